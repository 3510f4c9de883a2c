//! Boilerplate removal: which paragraphs of a web page's text are the report, as byte ranges of
//! the original text (so that every quote and offset stays true to the file).

use std::ops::Range;

/// Paragraph openings that mark page furniture rather than report content.
const FURNITURE: &[&str] = &[
    "share",
    "leave a comment",
    "leave a reply",
    "related:",
    "read more",
    "also read",
    "read the full story",
    "you can read the",
    "see also",
    "copyright",
    "all rights reserved",
    "previous next",
    "all headlines",
    "back to top",
    "advertisement",
    "sponsored",
    "subscribe",
    "sign up",
    "follow us",
    "updated on",
    "posted in",
    "filed under",
    "tags:",
    "your email address",
    "required fields",
    "overall rating",
    "all charts",
];

/// Headlines are shorter than this many words.
const HEADLINE_WORDS: usize = 20;

/// Phrases that mark a paragraph as an advertisement or a call to action wherever they occur.
const CALLS_TO_ACTION: &[&str] = &["click here", "sign up now", "subscribe now", "join free"];

/// The content paragraphs of `text`: each a byte range of `text`, trimmed of white space and list
/// bullets, in order. A paragraph is one line; page furniture (share buttons, comment prompts,
/// bylines, copyright lines, headline lists, title-case headlines, teasers ending in "…", ads)
/// is dropped, and so is any line that is not prose: fewer than six words (unless it is an
/// attribution opening a quotation, "According to X:", a designation opening a list, "OFAC
/// designated the following:", an item of such a list, or a notice's numbered entry,
/// "2. Eleni KALLISTRATOU. DOB: 19/06/1980."), or no sentence-ending punctuation
/// in a line of fewer than twenty words.
///
/// ```
/// use linkchart::extract::clean::content;
/// let page = "Share\n• 2 days Oil Prices Rise As Tanker Rates Soar Before Winter?\nThe tanker sailed to Nampo in May. It was seized.\n© 2020 News Co.\n";
/// let kept: Vec<&str> = content(page).into_iter().map(|r| &page[r]).collect();
/// assert_eq!(kept, ["The tanker sailed to Nampo in May. It was seized."]);
/// ```
pub fn content(text: &str) -> Vec<Range<usize>> {
    let mut kept = Vec::new();
    let mut start = 0;
    // Whether the lines read are a list of designations ("OFAC designated the following:").
    let mut listing = false;
    for line in text.split_inclusive('\n') {
        let range = trimmed(text, start, line);
        start += line.len();
        let Some(range) = range else {
            continue;
        };
        let body = &text[range.clone()];
        // "- Severny Potok Shipping LLC.": a short item of such a list is content too.
        let bulleted = line.trim_start().starts_with(['•', '·', '*', '-', '–']);
        let item = listing && (bulleted || body.ends_with(['.', ';']));
        let announces = super::designations::announces_list(body, 0..body.len());
        // "2. Eleni KALLISTRATOU. DOB: 19/06/1980.": a notice's entry, however capitalized.
        let entry = super::sentences::is_notice_entry(body);
        if is_prose(body) || announces || item || entry {
            kept.push(range);
            listing = announces || listing && bulleted;
        }
    }
    kept
}

/// The line's range without surrounding white space and bullets; `None` for a blank line.
fn trimmed(text: &str, start: usize, line: &str) -> Option<Range<usize>> {
    let is_padding = |c: char| c.is_whitespace() || matches!(c, '•' | '·' | '*' | '-' | '–' | '|');
    let body = line.trim_start_matches(is_padding);
    let offset = start + (line.len() - body.len());
    let body = body.trim_end();
    (!body.is_empty()).then(|| {
        let range = offset..offset + body.len();
        debug_assert_eq!(&text[range.clone()], body);
        range
    })
}

/// Whether a trimmed line reads as report prose rather than page furniture.
fn is_prose(line: &str) -> bool {
    let lower = line.to_lowercase();
    if FURNITURE.iter().any(|f| lower.starts_with(f))
        || CALLS_TO_ACTION.iter().any(|c| lower.contains(c))
        || line.contains('©')
        || line.ends_with('…')
        || line.ends_with("...")
    {
        return false;
    }
    // "By Maria Lopes": a byline is a short line of names after "By" ("By 2021 she was
    // trading as …" is prose).
    let byline = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .is_some_and(|rest| {
            rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() <= 12
        });
    if byline {
        return false;
    }
    let words = line.split_whitespace().count();
    let closed = line.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    let ends_sentence = closed.ends_with(['.', '!', '?', ':']);
    // ("“They hid it,” said Assistant Attorney General …": a quotation is no headline; nor is
    // a line that ends with a full stop, as headlines never do: "On Friday, Commerce Secretary
    // Ana Ruiz and OFAC Director Li Wei met in Seoul.")
    let quoted = line.starts_with(['“', '"']) || lower.contains(" said ");
    if is_title_case(line) && !quoted && !closed.ends_with('.') {
        return false;
    }
    // "According to Sina English:" opens a quoted passage and names its source.
    let introduces_quote = lower.starts_with("according to ") && line.ends_with(':');
    (words >= 6 || introduces_quote) && (ends_sentence || words >= HEADLINE_WORDS)
}

/// Whether a line is a headline: fewer than [`HEADLINE_WORDS`] words, nearly every one of four
/// letters or more capitalized ("Tanker Seized Off Oman As Tensions Rise"), which prose never
/// is; a longer line is prose, however many names it lists.
fn is_title_case(line: &str) -> bool {
    if line.split_whitespace().count() >= HEADLINE_WORDS {
        return false;
    }
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    let capitalized = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 4 && capitalized * 5 >= long.len() * 4
}

//! Sentence splitting that survives the abbreviations, initials, decimals and quotes of news text.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::discover::legal_form;

/// Words that end with a period without ending a sentence (compared without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "no", "nos", "vs", "bros", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ",
    "fig", "vol", "pp",
];

/// Capitalized words that commonly open a sentence: after a dotted acronym ("U.S.") one of them
/// means the acronym ended the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "However",
    "Meanwhile",
    "Its",
    "Their",
    "There",
    "His",
    "Her",
    "According",
    "Some",
    "Many",
    "Since",
    "After",
    "Before",
];

/// The sentences of `text[range]`, as byte ranges of `text`, trimmed.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white
/// space and a capital letter, digit or opening quote — unless the period follows an
/// abbreviation ("Dr.", "Jan."), a company's legal form followed by more of the form ("Pte.
/// Ltd.") or by a bracket ("Ltd. (Hong Kong)"), a single initial ("N. Korea", "Steven T. Mnuchin"), or a dotted acronym ("U.S.") not
/// followed by a common sentence opener. Decimals ("3.7") have no space after the period and
/// never split.
/// A notice's numbered entry ([`is_notice_entry`]) is one sentence.
///
/// ```
/// use linkchart::extract::sentences::split;
/// let text = "The U.S. Treasury named Dr. Kim. Exports rose 3.7 percent in Jan. 2020. N. Korea denied it. \
///     It named Kim Trading Pte. Ltd. and Lee Co. Ltd. Both deny it.";
/// let found: Vec<&str> = split(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["The U.S. Treasury named Dr. Kim.", "Exports rose 3.7 percent in Jan. 2020.", "N. Korea denied it.",
///     "It named Kim Trading Pte. Ltd. and Lee Co. Ltd.", "Both deny it."]);
/// ```
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let paragraph = &text[range.clone()];
    // "1. LEDA STAR. IMO: 9081007. Flag: Gabon.": a notice's numbered entry is one record,
    // its fields the clauses of one sentence.
    if is_notice_entry(paragraph) {
        let mut whole = Vec::new();
        push(&mut whole, range.start, paragraph, 0..paragraph.len());
        return whole;
    }
    let bytes = paragraph.as_bytes();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let c = bytes[index];
        if matches!(c, b'.' | b'!' | b'?') {
            let mut end = index + 1;
            end += closers_len(&paragraph[end..]);
            let rest = &paragraph[end..];
            let next = rest.trim_start();
            let spaced = next.len() < rest.len();
            if spaced
                && opens_sentence(next)
                && (c != b'.' || !is_abbreviation(paragraph, index, next))
            {
                push(&mut sentences, range.start, paragraph, start..end);
                start = end;
            }
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    push(
        &mut sentences,
        range.start,
        paragraph,
        start..paragraph.len(),
    );
    sentences
}

/// The length of the closing quotes and brackets at the start of `rest`.
fn closers_len(rest: &str) -> usize {
    rest.chars()
        .take_while(|c| matches!(c, '"' | '”' | '’' | '\'' | ')' | ']'))
        .map(char::len_utf8)
        .sum()
}

/// Whether the text after a sentence end can open a sentence.
fn opens_sentence(next: &str) -> bool {
    next.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '[')
    })
}

/// Whether the period at `dot` closes an abbreviation, an initial or a dotted acronym.
fn is_abbreviation(paragraph: &str, dot: usize, next: &str) -> bool {
    let word_start = paragraph[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |i| {
            i + paragraph[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &paragraph[word_start..dot];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // "Pte. Ltd.", "Sdn. Bhd.": an abbreviated legal form goes on with more of the form.
    let next_token = next.split_whitespace().next().unwrap_or_default();
    // ("Orient Star Ltd. (Hong Kong) arranged it": a bracket after the form is an aside.)
    if legal_form(word).is_some_and(|form| form.ends_with('.')) {
        return next.starts_with('(')
            || legal_form(next_token.trim_end_matches([',', ';', ':'])).is_some();
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2);
    if single_initial || dotted {
        let next_word = next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        return !SENTENCE_OPENERS.contains(&next_word);
    }
    false
}

/// A notice's entry: a number or bullet if any, a name ended by a period (or an IMO number in
/// brackets), then one of the labels of [`NOTICE_LABELS`] and a colon ("2. Eleni KALLISTRATOU.
/// DOB: 19/06/1980.", "5. LEDA STAR. IMO: 9081007.", "• Nordhaven Marine Ltd. Address: …").
static NOTICE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    let labels = NOTICE_LABELS.join("|");
    Regex::new(&format!(
        r"^\s*(?:\(?\d{{1,3}}[.)]\s+|[-•·*]\s*)?[^:\n]{{2,80}}?\.\s+(?:{labels}):\s"
    ))
    .expect("valid regex")
});

/// The labels that open the fields of sanctions notices' entries.
pub const NOTICE_LABELS: &[&str] = &[
    "DOB",
    "Date of birth",
    "Born",
    "Nationality",
    "Citizenship",
    "Passport",
    "Position",
    "Title",
    "Role",
    "Address",
    "IMO",
    "MMSI",
    "Flag",
    "Type",
    "Vessel type",
    "Registration number",
    "Company number",
    "Other information",
    "Also known as",
    "a\\.k\\.a",
];

/// Whether a paragraph is a notice's numbered entry.
///
/// ```
/// use linkchart::extract::sentences::is_notice_entry;
/// assert!(is_notice_entry("2. Eleni KALLISTRATOU. DOB: 19/06/1980. Nationality: Greece."));
/// assert!(is_notice_entry("Nordhaven Marine Ltd. Address: Victoria, Seychelles."));
/// assert!(is_notice_entry("Keyuan Co., Ltd. Address: Bao'an District, Shenzhen, China."));
/// assert!(!is_notice_entry("3. According to the Panel, the tanker sailed. It left."));
/// assert!(!is_notice_entry("The tanker sailed. According to Reuters: it left."));
/// ```
pub fn is_notice_entry(paragraph: &str) -> bool {
    NOTICE_ENTRY.is_match(paragraph)
}

/// A field of a notice's entry: its label and a colon at the start of a clause (". Position: ",
/// "Address: " opening the text; the label in group `label`).
static NOTICE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\.\s+)(?P<label>\p{Lu}[\w’' -]{1,30}):\s+").expect("valid regex")
});

/// A field of a notice's entry, as byte offsets into the entry's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeField<'a> {
    /// Where the field starts: the period that ends the field before it (0 at the text's start).
    pub start: usize,
    /// The field's label ("Position", "Other information").
    pub label: &'a str,
    /// Where the field's value starts, past the label, its colon and the space after it.
    pub value_start: usize,
}

/// The fields of a notice's entry (`entry`, its text), in order.
///
/// ```
/// use linkchart::extract::sentences::notice_fields;
/// let entry = "2. Eleni KALLISTRATOU. DOB: 19/06/1980. Position: Owner of Puma Ltd.";
/// let labels: Vec<&str> = notice_fields(entry).iter().map(|f| f.label).collect();
/// assert_eq!(labels, ["DOB", "Position"]);
/// assert_eq!(&entry[notice_fields(entry)[1].value_start..], "Owner of Puma Ltd.");
/// ```
pub fn notice_fields(entry: &str) -> Vec<NoticeField<'_>> {
    NOTICE_FIELD
        .captures_iter(entry)
        .filter_map(|c| {
            let whole = c.get(0)?;
            Some(NoticeField {
                start: whole.start(),
                label: c.name("label")?.as_str(),
                value_start: whole.end(),
            })
        })
        .collect()
}

fn push(sentences: &mut Vec<Range<usize>>, base: usize, paragraph: &str, range: Range<usize>) {
    let piece = &paragraph[range.clone()];
    let body = piece.trim();
    if !body.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        let start = base + range.start + lead;
        sentences.push(start..start + body.len());
    }
}

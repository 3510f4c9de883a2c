//! Statements that run across two sentences: a sentence that ends in a colon and names who
//! speaks ("According to Harbor Watch:", "The ministry said in a statement:", "the story was
//! published by the Daily Tide:") hands its speaker to the next sentence, which says what was
//! said; a quote that ends a sentence is given to the speaker of a short sentence right after
//! it ("“…in Peru.” Von Hippel told NK News.", [`speaker_after_quote`]).
//!
//! [`speaker`] finds the speaker of such a sentence; [`reported`] finds what the next sentence
//! is about, the way an attribution inside one sentence does: its first state (a demonym counts,
//! as in "North Korean tankers"), else its first actor. The speaker `reports` it, with both
//! sentences as the evidence. Only when nothing but white space separates the two sentences: a
//! quote that spans removed boilerplate would not be the report's words.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::links::{is_governed, qualifies, verb_of, Proposal, Spot};
use super::phrases::{is_nested, opens_agency, phrase, SPEAKER_SAYS};
use crate::model::ActorKind;

/// Before a speaker at the start of a sentence: "According to the ", "As reported by ".
static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:according\s+to|as\s+(?:reported|noted|stated)\s+by|in\s+an?\s+(?:report|statement|interview)\s+(?:by|from|with))\s+(?:the\s+)?$",
    )
    .expect("valid regex")
});

/// Before a speaker as the agent of a passive: "was published by the ".
static PUBLISHED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:published|reported|released|written|issued)\s+by\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// A "that" opening what a speaker says in the same sentence.
static THAT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bthat\b").expect("valid regex"));

/// The spot that speaks in a sentence ending in a colon, if the sentence says who speaks:
/// "According to S:", "S said in a statement:", "… published by S:".
///
/// ```
/// use linkchart::extract::discourse::speaker;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "According to Harbor Watch:";
/// let spots = [Spot { id: "harbor_watch".into(), range: 13..25, demonym: false, kind: ActorKind::Group }];
/// assert_eq!(speaker(text, 0..text.len(), &spots), Some(0));
/// assert_eq!(speaker("According to Harbor Watch.", 0..26, &spots), None);
/// ```
pub fn speaker(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Option<usize> {
    if !text[sentence.clone()].trim_end().ends_with(':') {
        return None;
    }
    (0..spots.len())
        .filter(|&i| !spots[i].demonym && !is_nested(spots, i))
        .find(|&i| {
            let range = &spots[i].range;
            let before = &text[sentence.start..range.start];
            let after = &text[range.end..sentence.end];
            ACCORDING.is_match(before)
                || PUBLISHED_BY.is_match(before)
                || SPEAKER_SAYS.find(after).is_some_and(|verb| {
                    // "S announced that X will …:" says its own statement.
                    !is_governed(text, range.start) && !THAT.is_match(&after[verb.end()..])
                })
        })
}

/// After the speaker of a sentence that only says who spoke: " told NK News.", " said on
/// Monday.", " added."
static SAID_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:said|says|told|added|noted|explained|wrote|argued|warned|stated|insisted)\b(?P<rest>[^.!?;:“”\x22]{0,60})\.\s*$",
    )
    .expect("valid regex")
});

/// The spot that speaks in a sentence that only says who spoke ("Von Hippel told NK News.")
/// right after a sentence that ends a quote ("…in Peru.”): the quote is the speaker's.
///
/// ```
/// use linkchart::extract::discourse::speaker_after_quote;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "“Peru sold the coal.” Ilse Morrow told reporters.";
/// let start = text.find("Ilse").unwrap();
/// let spots = [Spot { id: "morrow".into(), range: start..start + 11, demonym: false, kind: ActorKind::Person }];
/// assert_eq!(speaker_after_quote(text, start..text.len(), &spots), Some(0));
/// assert_eq!(speaker_after_quote(text, start..text.len(), &[]), None);
/// ```
pub fn speaker_after_quote(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Option<usize> {
    if !text[..sentence.start].trim_end().ends_with(['”', '"']) {
        return None;
    }
    let first = (0..spots.len()).find(|&i| !spots[i].demonym && !is_nested(spots, i))?;
    let range = &spots[first].range;
    let opens = text[sentence.start..range.start].trim().is_empty();
    let said = SAID_ONLY.captures(&text[range.end..sentence.end])?;
    // " told NK News on Monday." names whom and when; " said Chile paid." says something new.
    let rest: Vec<String> = said["rest"]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let only_who = rest.len() <= 6 && rest.iter().all(|w| w != "that" && verb_of(w).is_none());
    (opens && only_who).then_some(first)
}

/// What the sentence after a speaker's colon is about: its first state that does not qualify
/// a name ("Panama-flagged"), a demonym included, else its first actor; never the speaker.
///
/// ```
/// use linkchart::extract::discourse::reported;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "Oskel Shipping sold Tarvanian coal.";
/// let spots = [
///     Spot { id: "oskel".into(), range: 0..14, demonym: false, kind: ActorKind::Firm },
///     Spot { id: "tarvania".into(), range: 20..29, demonym: true, kind: ActorKind::State },
/// ];
/// assert_eq!(reported(text, &spots, "harbor_watch"), Some(1));
/// assert_eq!(reported(text, &spots[..1], "harbor_watch"), Some(0));
/// assert_eq!(reported(text, &spots[..1], "oskel"), None);
/// ```
pub fn reported(text: &str, spots: &[Spot], speaker: &str) -> Option<usize> {
    let candidate = |i: &usize| {
        spots[*i].id != speaker
            && !qualifies(text, spots, *i)
            && (spots[*i].demonym || !is_nested(spots, *i))
            && !opens_agency(spots, *i)
    };
    let state = (0..spots.len())
        .filter(candidate)
        .find(|&i| spots[i].kind == ActorKind::State);
    state.or_else(|| {
        (0..spots.len())
            .filter(candidate)
            .find(|&i| !spots[i].demonym)
    })
}

/// The proposal that spot `speaker` `reports` spot `about`, as an attribution across sentences
/// (less sure than one inside a sentence), with its cue ("attribution before a colon").
pub fn reports(speaker: usize, about: usize, cue: &str) -> Proposal {
    Proposal {
        confidence: 0.6,
        ..phrase(speaker, about, "reports", cue)
    }
}

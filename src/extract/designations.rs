//! Designations listed after a colon: "OFAC today designated the following:" and then one
//! paragraph, line or bullet per designated name ("Halvorsen Maritime Ltd., a Marshall
//! Islands-registered company, is the registered owner of …", "- Arkady Belotserkov, a Russian
//! national, …").
//!
//! A sentence that designates ([`designates`]: "designated", "listed", "sanctioned", "added …
//! to the list", "imposed restrictive measures") names its designator: its first agency or
//! state ([`designator`]). A sentence that announces a list ([`announces_list`]: such a verb,
//! then a colon that ends it) hands that designator, or the last one named when it names none
//! ("The following individuals were listed:"), to the items that follow: each line that opens
//! with a name ([`item`]) is a designation of that name, and, once an item was read, the first
//! line that does not ends the list (lines before the first item, such as a notice's numbered
//! remarks, do not). Sentences inside an item's paragraph are not items. [`Lists`] reads a
//! report's sentences in order and gives each designation it finds ([`Listed`]).
//!
//! Designations by count ("designated three companies, two vessels and one individual",
//! "is designating these five companies") name no one; [`Counts`] resolves them to the
//! actors of the counted kinds first named after (or, after "these", before) the sentence,
//! when there are exactly as many.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::links::{qualifies, Spot};
use super::phrases::is_nested;
use crate::model::ActorKind;

/// A verb that designates, or a measure imposed (case-insensitive).
static DESIGNATING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:designat(?:e|es|ed|ing)|list(?:s|ed|ing)?|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|add(?:s|ed|ing)?\b[^:]{0,60}\bto\s+(?:its|the)\b[^:]{0,40}\blist|(?:impos|adopt)(?:e|es|ed|ing|s)?\s+(?:[a-z-]+\s+){0,2}(?:measures|sanctions)|adopt(?:s|ed|ing)?\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:package|round)\s+of\s+(?:[a-z-]+\s+){0,5}?(?:measures|sanctions))\b",
    )
    .expect("valid regex")
});

/// Whether the sentence `text[sentence]` designates ("OFAC designated …", "The Council imposed
/// restrictive measures on …").
///
/// ```
/// use linkchart::extract::designations::designates;
/// let text = "The Council imposed restrictive measures on four entities.";
/// assert!(designates(text, 0..text.len()));
/// assert!(!designates("The Council met on Monday.", 0..26));
/// ```
pub fn designates(text: &str, sentence: Range<usize>) -> bool {
    DESIGNATING.is_match(&text[sentence])
}

/// Whether the sentence designates and ends in a colon that opens the list of what it
/// designates ("OFAC today designated the following:", "The following entities were listed:"),
/// or says that a list follows ("has today designated the following persons under …").
///
/// ```
/// use linkchart::extract::designations::announces_list;
/// let text = "The following entities were listed:";
/// assert!(announces_list(text, 0..text.len()));
/// assert!(!announces_list("According to Harbor Watch:", 0..26));
/// ```
pub fn announces_list(text: &str, sentence: Range<usize>) -> bool {
    let body = &text[sentence];
    (body.trim_end().ends_with(':') || FOLLOWING.is_match(body)) && LIST_VERB.is_match(body)
}

/// A verb that puts names on a list ("designated", "listed"), or its noun ("The new listings
/// include:"); "a statement about the sanctions:" opens a quotation, not a list.
static LIST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:designat(?:e|es|ed|ing|ions?)|list(?:s|ed|ings?)|sanctioned|sanctioning|blacklist(?:s|ed|ing)|add(?:s|ed|ing))\b")
        .expect("valid regex")
});

/// "designated the following persons", "the following two individuals", "the entities listed
/// below": a list comes after the sentence even without a colon.
static FOLLOWING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:persons|entities|individuals|companies|vessels|ships)\b|\blisted\s+below\b")
        .expect("valid regex")
});

/// The designator of a sentence that designates: its first agency or state that no other
/// name holds, before the designating verb, not a demonym ("Iranian crude") nor an owner ("the
/// Treasury’s Office of Foreign Assets Control").
///
/// ```
/// use linkchart::extract::designations::designator;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "OFAC today designated the following:";
/// let spots = [Spot { id: "ofac".into(), range: 0..4, demonym: false, kind: ActorKind::Agency }];
/// assert_eq!(designator(text, 0..text.len(), &spots), Some(0));
/// ```
pub fn designator(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Option<usize> {
    let verb = sentence.start + DESIGNATING.find(&text[sentence])?.start();
    // ("the Department of the Treasury’s Office of Foreign Assets Control (OFAC) designated":
    // an owner is not the one that acts.)
    let owner = |i: usize| {
        let after = &text[spots[i].range.end..];
        after.starts_with("’s") || after.starts_with("'s")
    };
    (0..spots.len()).find(|&i| {
        matches!(spots[i].kind, ActorKind::Agency | ActorKind::State)
            && !spots[i].demonym
            && !is_nested(spots, i)
            && spots[i].range.end <= verb
            && !owner(i)
    })
}

/// Marks that open a list's line: bullets, dashes, numbers.
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-–—•*·]|\(?\d{1,2}[.)])?\s*$").expect("valid regex"));

/// Whether the sentence `text[sentence]` starts a line, after a bullet if any (a list's item
/// can only).
pub fn starts_line(text: &str, sentence: Range<usize>) -> bool {
    let before = text[..sentence.start].trim_end_matches([' ', '\t', '-', '–', '—', '•', '*', '·']);
    before.is_empty() || before.ends_with('\n')
}

/// The name a list's item opens with: the first spot, right at the start of the sentence
/// (after a bullet, if any), when it is one that can be designated (not a state, a place, a
/// port or a name qualifying the next: "Panama-flagged").
///
/// ```
/// use linkchart::extract::designations::item;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "OFAC designated the following:\n- Halvorsen Maritime Ltd., a shipowner.";
/// let start = text.find('-').unwrap();
/// let name = text.find("Halvorsen").unwrap();
/// let spots = [Spot { id: "halvorsen".into(), range: name..name + 23, demonym: false, kind: ActorKind::Firm }];
/// assert_eq!(item(text, start..text.len(), &spots), Some(0));
/// ```
pub fn item(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Option<usize> {
    let first = (0..spots.len()).find(|&i| !is_nested(spots, i))?;
    let opens = BULLET.is_match(&text[sentence.start..spots[first].range.start]);
    let designable = !matches!(
        spots[first].kind,
        ActorKind::State | ActorKind::Place | ActorKind::Port
    ) && !spots[first].demonym
        && !qualifies(text, spots, first);
    (opens && designable).then_some(first)
}

/// A designation read from a list: who designated whom, and the sentence that opened the list.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The designator, as named where it was last named.
    pub by: Spot,
    /// The name the item opens with.
    pub listed: Spot,
    /// The sentence that announced the list.
    pub opened_by: Range<usize>,
}

/// A list being read: its designator, the sentence that opened it, and whether an item was
/// read yet.
#[derive(Debug, Clone)]
struct Open {
    by: Spot,
    opened_by: Range<usize>,
    begun: bool,
}

/// The lists of designations of a report, read sentence by sentence in text order.
///
/// ```
/// use linkchart::extract::designations::Lists;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "OFAC designated the following:\nHalvorsen Ltd., a shipowner.\n";
/// let spot = |id: &str, range: std::ops::Range<usize>, kind| Spot { id: id.into(), range, demonym: false, kind };
/// let mut lists = Lists::default();
/// assert!(lists.read(text, 0..30, &[spot("ofac", 0..4, ActorKind::Agency)]).is_none());
/// let listed = lists.read(text, 31..text.len() - 1, &[spot("halvorsen", 31..45, ActorKind::Firm)]);
/// assert_eq!(listed.unwrap().by.id, "ofac");
/// ```
#[derive(Debug, Default)]
pub struct Lists {
    /// The last designator named.
    designator: Option<Spot>,
    /// The list being read, if any.
    open: Option<Open>,
}

impl Lists {
    /// Reads the sentence `text[sentence]` with its `spots`: the designation it states as an
    /// item of the list being read, if it is one; and, for the sentences after it, the
    /// designator it names and the list it opens.
    pub fn read(&mut self, text: &str, sentence: Range<usize>, spots: &[Spot]) -> Option<Listed> {
        let mut listed = None;
        if starts_line(text, sentence.clone()) {
            if let Some(open) = self.open.take() {
                if let Some(i) = item(text, sentence.clone(), spots) {
                    listed = Some(Listed {
                        by: open.by.clone(),
                        listed: spots[i].clone(),
                        opened_by: open.opened_by.clone(),
                    });
                    self.open = Some(Open {
                        begun: true,
                        ..open
                    });
                } else if !open.begun {
                    self.open = Some(open);
                }
            }
        }
        if designates(text, sentence.clone()) || announces_list(text, sentence.clone()) {
            if let Some(i) = designator(text, sentence.clone(), spots) {
                self.designator = Some(spots[i].clone());
            }
            if announces_list(text, sentence.clone()) {
                self.open = self.designator.clone().map(|by| Open {
                    by,
                    opened_by: sentence,
                    begun: false,
                });
            }
        }
        listed
    }
}

/// The designator of a sentence that designates without naming whom: by count ("The Council
/// imposed restrictive measures on nine individuals") or before a list ("OFAC designated the
/// following:").
///
/// ```
/// use linkchart::extract::designations::designator_without_names;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "OFAC designated three companies.";
/// let spots = [Spot { id: "ofac".into(), range: 0..4, demonym: false, kind: ActorKind::Agency }];
/// assert_eq!(designator_without_names(text, 0..text.len(), &spots), Some(0));
/// ```
pub fn designator_without_names(
    text: &str,
    sentence: Range<usize>,
    spots: &[Spot],
) -> Option<usize> {
    let body = &text[sentence.clone()];
    let verb_end = DESIGNATING.find(body)?.end();
    let counted = COUNTED.is_match(&body[verb_end..]);
    (counted || announces_list(text, sentence.clone()))
        .then(|| designator(text, sentence, spots))
        .flatten()
}

/// Before the names of a designation whose subject is no designator: "Among those listed are ",
/// "Those designated today include ", "Today’s action targets ", "The sanctions also target the "
/// (the match ends where the names begin).
static UNNAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:among\s+)?(?:those|the\s+(?:[a-z-]+\s+)?(?:persons|entities|individuals|companies|firms|vessels|people))\s+(?:newly\s+)?(?:designated|listed|sanctioned|targeted)(?:\s+(?:today|on\s+\w+|this\s+week))?\s+(?:are|were|include|includes|included)|(?:(?:today[’']s|this|the|these|its)\s+)?(?:(?:new|latest|additional|restrictive)\s+)*(?:action|actions|designations?|measures|sanctions|listings?|package)\s+(?:(?:also|now)\s+)?(?:targets?|targeted|include|includes|included|hits?|names?|named|covers?|concerns?|affects?|appl(?:y|ies)\s+to))\s+(?:the\s+)?",
    )
    .expect("valid regex")
});

/// After the names of a passive designation without its agent: " is being designated",
/// " were also sanctioned", " (IMO 9123456) has been listed", " is being identified as blocked
/// property" (the caller checks that no "by" follows, nor "as": "listed as the owner" records,
/// it does not designate).
static PASSIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s*\([^)]{1,40}\))?,?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|today|now|additionally)\s+)?(?:being\s+)?(?:designated|sanctioned|listed|blacklisted|identified\s+as\s+(?:blocked\s+)?property)\b",
    )
    .expect("valid regex")
});

/// At the end of the words before a first name, what introduces the members of a count:
/// ", among them", " including", ", such as".
static MEMBERS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",?\s*(?:including|among\s+them|such\s+as|notably|namely)$").expect("valid regex")
});

/// Words that may stand between a designating verb and its first name ("listed two more firms
/// X and Y"; "imposed restrictive measures on X"; "target eleven individuals, among them X"): no
/// preposition but a leading "on" or "against", at most four words.
fn leads_to_names(gap: &str) -> bool {
    let gap = gap.trim_end().trim_end_matches([',', ':']);
    // ("eleven individuals, among them X": past the count, its members.)
    let gap = MEMBERS_NAMED.find(gap).map_or(gap, |m| &gap[..m.start()]);
    let words: Vec<&str> = gap.split_whitespace().collect();
    let words = match words.first() {
        Some(&("on" | "against")) => &words[1..],
        _ => &words[..],
    };
    words.len() <= 4
        && !gap.contains([',', ';', '.', '(', '“', '"'])
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
                && !super::links::is_preposition(w)
        })
}

/// Whether spot `i` can be designated: not a state, a place or a port, a demonym, a name
/// nested in another or one qualifying the next ("Panama-flagged").
fn designable(text: &str, spots: &[Spot], i: usize) -> bool {
    !matches!(
        spots[i].kind,
        ActorKind::State | ActorKind::Place | ActorKind::Port
    ) && !spots[i].demonym
        && !is_nested(spots, i)
        && !qualifies(text, spots, i)
}

/// The names a sentence designates without naming who designates them: after "Among those
/// listed are", "Today’s action targets", or an active designating verb whose subject is no
/// actor ("The Council also listed X and Y"); before a passive designation without its agent
/// ("X and Y were designated pursuant to …"). The first name and those listed with it ("X, a
/// ship manager, and Y"; "X and its owner, Y"), not the names inside their appositions.
/// Nothing when the sentence names its designator ([`designator`]).
///
/// ```
/// use linkchart::extract::designations::designated_unnamed;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "Among those listed are Alpha Ltd., a firm in Lima, and Beta Ltd.";
/// let spot = |id: &str, name: &str, kind| {
///     let at = text.find(name).unwrap();
///     Spot { id: id.into(), range: at..at + name.len(), demonym: false, kind }
/// };
/// let spots = [
///     spot("alpha", "Alpha Ltd.", ActorKind::Firm),
///     spot("lima", "Lima", ActorKind::Place),
///     spot("beta", "Beta Ltd.", ActorKind::Firm),
/// ];
/// assert_eq!(designated_unnamed(text, 0..text.len(), &spots), [0, 2]);
/// ```
pub fn designated_unnamed(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Vec<usize> {
    let body = &text[sentence.clone()];
    let at = |offset: usize| sentence.start + offset;
    if designator(text, sentence.clone(), spots).is_some() {
        return Vec::new();
    }
    let spot_before = |end: usize| spots.iter().any(|s| s.range.start < end);
    // The names after an opening without designator, or after an active verb with no actor
    // before it.
    let opening = UNNAMED_BEFORE.find(body).map(|m| at(m.end())).or_else(|| {
        let verb = DESIGNATING.find(body)?;
        let before = body[..verb.start()].trim_end().to_lowercase();
        let passive = ["is", "are", "was", "were", "been", "being", "be"]
            .iter()
            .any(|be| before.ends_with(&format!(" {be}")) || before == *be);
        let adjective = before.ends_with(" the") || before.ends_with(" a");
        // ("did not designate", "urged the bloc to list", "could sanction": not done.)
        let undone = before.split_whitespace().rev().take(3).any(|w| {
            matches!(
                w,
                "not"
                    | "never"
                    | "to"
                    | "could"
                    | "would"
                    | "may"
                    | "might"
                    | "should"
                    | "will"
                    | "can"
                    | "cannot"
                    | "must"
            )
        });
        // ("The Treasury also designated X" after two treasuries: a name that is no known
        // actor is a designator all the same, but not the last one.)
        let named = body[..verb.start()]
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase));
        (!passive && !adjective && !undone && !named && !spot_before(at(verb.start())))
            .then(|| at(verb.end()))
    });
    if let Some(from) = opening {
        let Some(first) = (0..spots.len()).find(|&i| spots[i].range.start >= from) else {
            return Vec::new();
        };
        // ("The registry lists X as the owner": a record, not a designation.)
        let listed_as = text[spots[first].range.end..].starts_with(" as ");
        if !designable(text, spots, first)
            || !leads_to_names(&text[from..spots[first].range.start])
            || listed_as
        {
            return Vec::new();
        }
        return listed_after(text, spots, first);
    }
    // "X and Y were designated …": the names right before a passive without agent.
    let Some(verb) = (0..spots.len()).rev().find(|&i| {
        PASSIVE_AFTER
            .find(&text[spots[i].range.end..sentence.end])
            .is_some_and(|m| {
                let rest = &text[spots[i].range.end + m.end()..sentence.end];
                !rest.starts_with(" by ") && !rest.starts_with(" as ")
            })
    }) else {
        return Vec::new();
    };
    let mut named = vec![verb];
    let mut next = verb;
    for i in (0..verb).rev().filter(|&i| !is_nested(spots, i)) {
        let joint = super::phrases::joint_before_article(
            &text[spots[i].range.end..spots[next].range.start],
        );
        if !super::phrases::is_list_joint(joint) {
            break;
        }
        named.push(i);
        next = i;
    }
    named.retain(|&i| designable(text, spots, i));
    named.reverse();
    named
}

/// At the end of the text before a list's last name, its role in the item before: ", and its
/// general director, " ("X, which runs a terminal, and its general director, Y").
static ROLE_CLOSING_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+and\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+,\s*$")
        .expect("valid regex")
});

/// Name `first` and the names listed after it: each whose text since the name before it (an
/// item's or one inside its apposition) joins a list (", and ", "and its owner, ") or ends with
/// ", and", and that no preposition governs.
fn listed_after(text: &str, spots: &[Spot], first: usize) -> Vec<usize> {
    let mut named = vec![first];
    for i in first + 1..spots.len() {
        if is_nested(spots, i) {
            continue;
        }
        let before = (0..i)
            .rev()
            .find(|&j| !is_nested(spots, j))
            .unwrap_or(first);
        let joint = &text[spots[before].range.end..spots[i].range.start];
        let bare = super::phrases::joint_before_article(joint);
        // ("X, a ship manager that runs tankers, and Y": ", and" closes an apposition or a
        // clause before the next item.)
        let joined = super::phrases::is_list_joint(bare)
            || super::phrases::ITS_ROLE.is_match(joint)
            || [", and", ", as well as"].iter().any(|j| bare.ends_with(j))
            || ROLE_CLOSING_LIST.is_match(joint);
        if joined
            && designable(text, spots, i)
            && !super::links::is_governed(text, spots[i].range.start)
        {
            named.push(i);
        } else if joint.contains(['.', ';']) {
            break;
        }
    }
    named
}

/// A count of what a sentence designates, after its verb: "three companies", "one individual",
/// "these five companies" (the number in group `n`, the noun in `noun`, "these" in `these`).
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<these>these\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?(?P<noun>compan(?:y|ies)|entit(?:y|ies)|firms?|individuals?|persons?|people|vessels?|ships?|tankers?)\b",
    )
    .expect("valid regex")
});

/// The number a count's word or digits say.
fn count_of(word: &str) -> Option<usize> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    word.parse().ok().or_else(|| {
        WORDS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
            .map(|i| i + 1)
    })
}

/// The kind of actor a counted noun names.
fn counted_kind(noun: &str) -> ActorKind {
    let noun = noun.to_lowercase();
    if noun.starts_with("individual") || noun.starts_with("person") || noun == "people" {
        ActorKind::Person
    } else if ["vessel", "ship", "tanker"]
        .iter()
        .any(|n| noun.starts_with(n))
    {
        ActorKind::Ship
    } else {
        ActorKind::Firm
    }
}

/// A sentence that designates by count, and what it counts: how many of which kind, and
/// whether they were named before ("these five companies") or are named after.
#[derive(Debug, Clone)]
struct Counting {
    by: Spot,
    sentence: Range<usize>,
    counts: Vec<(usize, ActorKind, bool)>,
}

/// A designation by count, resolved to a name: who designated, whom, the sentence that counted
/// and the sentence that names the designated (its first mention).
#[derive(Debug, Clone)]
pub struct Counted {
    /// The designation, as a list's item would give it (`opened_by` is the counting sentence).
    pub listed: Listed,
    /// The sentence of the designated name's first mention.
    pub named_in: Range<usize>,
}

/// Designations by count ("OFAC designated three companies, two vessels and one individual
/// involved in …", "OFAC is designating these five companies"), read sentence by sentence and
/// resolved once the report is read: when exactly as many actors of the counted kind are first
/// named after the sentence (or, after "these", before it), each is designated. Any other
/// number leaves the count unresolved: a report that names more firms than it counts does not
/// say which.
///
/// ```
/// use linkchart::extract::designations::Counts;
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "OFAC designated two companies. Alpha Ltd. shipped oil. Beta Ltd. paid for it.";
/// let spot = |id: &str, at: usize, kind| Spot { id: id.into(), range: at..at + 4, demonym: false, kind };
/// let mut counts = Counts::default();
/// counts.read(text, 0..30, &[spot("ofac", 0, ActorKind::Agency)], &[]);
/// counts.read(text, 31..55, &[spot("alpha", 31, ActorKind::Firm)], &[]);
/// counts.read(text, 56..text.len(), &[spot("beta", 56, ActorKind::Firm)], &[]);
/// let designated: Vec<String> = counts.resolve().into_iter().map(|c| c.listed.listed.id).collect();
/// assert_eq!(designated, ["alpha", "beta"]);
/// ```
#[derive(Debug, Default)]
pub struct Counts {
    /// Each actor's first mention (not a demonym nor a name nested in another), with its
    /// sentence.
    first: Vec<(Spot, Range<usize>)>,
    /// The ids of the actors in `first`.
    named: HashSet<String>,
    /// The sentences that designate by count.
    countings: Vec<Counting>,
}

impl Counts {
    /// Reads the sentence `text[sentence]` with its `spots`, of which those that start at one
    /// of `referring` are phrases that refer back ("the company"), not names as written.
    pub fn read(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        spots: &[Spot],
        referring: &[usize],
    ) {
        let written = |spot: &Spot| !referring.contains(&spot.range.start);
        for (i, spot) in spots.iter().enumerate() {
            if written(spot)
                && !spot.demonym
                && !is_nested(spots, i)
                && !self.named.contains(&spot.id)
            {
                self.named.insert(spot.id.clone());
                self.first.push((spot.clone(), sentence.clone()));
            }
        }
        if !designates(text, sentence.clone()) {
            return;
        }
        let names: Vec<Spot> = spots.iter().filter(|s| written(s)).cloned().collect();
        let Some(by) = designator(text, sentence.clone(), &names) else {
            return;
        };
        let spots = &names;
        let body = &text[sentence.clone()];
        let verb_end = DESIGNATING.find(body).map_or(0, |m| m.end());
        // ("imposed measures on four entities, and banned two vessels": the verb's own clause.)
        let clause = &body[verb_end..];
        let clause = clause
            .find(", and ")
            .or_else(|| clause.find(';'))
            .map_or(clause, |end| &clause[..end]);
        let counts: Vec<(usize, ActorKind, bool)> = COUNTED
            .captures_iter(clause)
            .filter_map(|c| {
                let n = count_of(&c["n"])?;
                Some((n, counted_kind(&c["noun"]), c.name("these").is_some()))
            })
            .collect();
        if !counts.is_empty() {
            self.countings.push(Counting {
                by: spots[by].clone(),
                sentence,
                counts,
            });
        }
    }

    /// The designations the counts resolve to, once every sentence was read.
    pub fn resolve(&self) -> Vec<Counted> {
        let mut found = Vec::new();
        for counting in &self.countings {
            for &(n, kind, these) in &counting.counts {
                let named: Vec<&(Spot, Range<usize>)> = self
                    .first
                    .iter()
                    .filter(|(spot, named_in)| {
                        let placed = if these {
                            named_in.end <= counting.sentence.start
                        } else {
                            named_in.start >= counting.sentence.end
                        };
                        spot.kind == kind && spot.id != counting.by.id && placed
                    })
                    .collect();
                if named.len() != n {
                    continue;
                }
                for (spot, named_in) in named {
                    found.push(Counted {
                        listed: Listed {
                            by: counting.by.clone(),
                            listed: spot.clone(),
                            opened_by: counting.sentence.clone(),
                        },
                        named_in: named_in.clone(),
                    });
                }
            }
        }
        found
    }
}

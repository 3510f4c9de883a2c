//! Phrases that refer back to an actor named before: "the vessel", "the company", "the
//! country", and the subject pronouns "it", "he" and "she".
//!
//! A report names a ship once and then writes "the vessel was seized"; it names a firm and then
//! "the company paid". [`anaphors`] gives each such phrase of a sentence a [`Spot`] of the actor
//! it refers to, so the link rules treat it as a mention:
//! - "the" + a noun of a kind ("vessel", "tanker" for ships; "port" for ports; "company",
//!   "firm" for firms; "ministry", "agency", "navy" for agencies; "foundation", "group" for
//!   groups; a narrower noun such as "ministry", "navy" or "bank" only for an actor whose
//!   mention holds it): the latest actor of that kind named before it in its sentence; else,
//!   in the latest of the [`MEMORY`] sentences
//!   before that names one, its subject if of that kind, or the first one named; never a
//!   plural ("North Korean vessels" are no "the vessel"). Not when a name, "of" or "’s"
//!   follows ("the vessel Sea Pearl", "The tanker, Sea Pearl,", "the company of", "the
//!   firm’s"), except a role and its holder ("the company’s president, P").
//! - "the country", "the nation", "the regime", "the government", and after an epithet "the
//!   isolated state", "the hermit kingdom" (not "the state" alone, nor the plural "the two
//!   countries"): a state, found the same way but in the last [`STATE_REACH`] sentences only;
//!   in its own sentence a state named before one a demonym gives ("Tarvanian tourists"), and
//!   in the memory no demonym. As an owner it is still a mention ("banned the country’s coal
//!   exports"); before "of", a hyphen or a name it is not ("the government of X").
//! - Neither sort is the subject of its own clause ("Tarvania sanctioned the regime" means
//!   another state): the sentence's subject is passed over when no comma, "that", verb of
//!   speech or other clause opener stands between it and the phrase, unless one of them is an
//!   owner ("Tarvania’s ports", "the country’s exports").
//! - "it", "he", "she" as a clause's subject (a verb of the link vocabulary follows within a
//!   few words, as in "It later sold", "it has shipped"): right after a verb of speech, the
//!   speaker ("X said it had shipped"); else, at the start of the sentence or after a time
//!   adverbial ("In mid-2020 she was sold"), the previous sentence's subject (its first actor
//!   that no preposition governs), if that is one actor of the right sort: a person for "he",
//!   a person or a vessel for "she", a singular non-person for "it" ("the authorities" are no
//!   "it"); "it" or "she" calling at a port is the last vessel of the last sentences. After a
//!   conjunction ("after it docked", "…, and it was last recorded unloading"), the sentence's
//!   subject, or for a port call the last vessel named before it.
//!
//! - "Its" opening a sentence with a role and its holder ("Its chairman, P, arranged …", "Its
//!   manager, X, said"): the previous sentence's subject, if one organisation (for a person's
//!   role) or one firm or vessel (for a manager, owner or operator).
//!
//! A phrase that finds no such actor refers to nothing: no link is better than a wrong one.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::links::{is_governed, verb_of, Spot, SPEECH_VERBS};
use crate::model::ActorKind;

/// How many earlier sentences a phrase may reach back into.
pub const MEMORY: usize = 3;

/// Nouns after "the" that refer back to an actor of a kind.
const KIND_NOUNS: &[(&str, ActorKind)] = &[
    ("vessel", ActorKind::Ship),
    ("ship", ActorKind::Ship),
    ("tanker", ActorKind::Ship),
    ("supertanker", ActorKind::Ship),
    ("freighter", ActorKind::Ship),
    ("carrier", ActorKind::Ship),
    ("port", ActorKind::Port),
    ("harbor", ActorKind::Port),
    ("harbour", ActorKind::Port),
    ("company", ActorKind::Firm),
    ("firm", ActorKind::Firm),
    ("bank", ActorKind::Firm),
    ("exchange", ActorKind::Firm),
    ("agency", ActorKind::Agency),
    ("ministry", ActorKind::Agency),
    ("department", ActorKind::Agency),
    ("bureau", ActorKind::Agency),
    ("navy", ActorKind::Agency),
    ("foundation", ActorKind::Group),
    ("charity", ActorKind::Group),
    ("organization", ActorKind::Group),
    ("organisation", ActorKind::Group),
    ("group", ActorKind::Group),
];

/// Nouns of [`KIND_NOUNS`] that name a narrower sort than their kind: "the ministry" means an
/// agency whose name says it is one (not "the European Union"), "the bank" a firm named a bank.
const NAMING_NOUNS: &[&str] = &[
    "navy",
    "ministry",
    "department",
    "bureau",
    "bank",
    "exchange",
    "foundation",
    "charity",
];

/// Words that may stand between a subject pronoun and its verb ("it has since shipped").
const BEFORE_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "also",
    "then",
    "later",
    "earlier",
    "since",
    "reportedly",
    "allegedly",
    "previously",
    "already",
    "still",
    "been",
    "being",
    "secretly",
    "illegally",
    "recently",
    "long",
    "once",
    "last",
    "recorded",
    "seen",
    "observed",
];

/// How many earlier sentences "the country" may reach back into: a state is taken up again
/// soon or named again.
pub const STATE_REACH: usize = 2;

/// How many earlier sentences "it" calling at a port may reach back into for its vessel.
const VESSEL_REACH: usize = 2;

/// Nouns after "the" that refer back to a state ("the country", "the regime").
const STATE_NOUNS: &[&str] = &["country", "nation", "regime", "government"];

/// Nouns that refer back to a state only after an epithet ("the hermit kingdom", "the isolated
/// state"): alone, "the state" is as often a federal state or an adjective ("the state media").
const EPITHET_NOUNS: &[&str] = &["state", "kingdom"];

/// Epithets of a state after "the" ("the isolated country", "the reclusive regime").
const STATE_EPITHETS: &[&str] = &[
    "isolated",
    "reclusive",
    "hermit",
    "secretive",
    "impoverished",
    "communist",
    "sanctioned",
    "nuclear-armed",
];

/// "the country", "the isolated state" (the noun in group `noun`, an epithet in group
/// `epithet`), with what follows that makes it no mention (group `after`): a name, "of" or a
/// hyphen ("the country of", "the nation-state", "the government-run").
static DEFINITE_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b[Tt]he (?:(?P<epithet>{}) )?(?P<noun>{}|{})\b(?P<after>\s+of\b|-|\s+\p{{Lu}})?",
        STATE_EPITHETS.join("|"),
        STATE_NOUNS.join("|"),
        EPITHET_NOUNS.join("|"),
    ))
    .expect("valid regex")
});

/// "the vessel", "The company" (group `noun`), with what follows it (group `after`) that makes
/// it no mention: "of", an owner's "’s", a hyphen, or a name right after it or in apposition
/// ("the tanker Sea Pearl", "The tanker, Sea Pearl (IMO …), sailed").
static DEFINITE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns: Vec<&str> = KIND_NOUNS.iter().map(|(noun, _)| *noun).collect();
    Regex::new(&format!(
        r"\b[Tt]he (?P<noun>{})\b(?P<after>\s+of\b|’s|'s|-|,?\s+\p{{Lu}})?",
        nouns.join("|")
    ))
    .expect("valid regex")
});

/// "Its chairman, ", "Its manager, ", "Her registered owner is ", "His lawyer, ": a sentence that
/// opens with the role of what "its" (a vessel's "her", a person's "his" or "her") means and
/// then the role's holder.
static ITS_ROLE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "^(?P<its>Its|Her|His){}",
        *super::phrases::ROLE_HOLDER
    ))
    .expect("valid regex")
});

/// A subject pronoun (group `pronoun`) and the words after it.
static PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?P<pronoun>[Ii]t|[Hh]e|[Ss]he)\b").expect("valid regex"));

/// A time adverbial that opens a sentence before its subject: "In mid-2020 ", "Later, ", "By
/// March 2021, ", "Two years later "; or its source: "According to AIS data we reviewed, ".
static SUBJECT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:In|By|On|During|Since|Until|Early\s+in|Late\s+in|Later\s+in)\s+(?:(?:early|mid|late)[-\s])?(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|the\s+(?:same|following|next)\s+(?:year|month|week|day))|Later|Then|Subsequently|Afterwards|Meanwhile|Soon\s+after(?:wards)?|Last\s+(?:year|month|week)|\w+\s+(?:years?|months?|weeks?|days?)\s+later|According\s+to\s+[^,;“”\x22]{1,80}),?\s+$",
    )
    .expect("valid regex")
});

/// An actor an earlier sentence named, as a later phrase may refer to it.
#[derive(Debug, Clone)]
struct Referent {
    id: String,
    kind: ActorKind,
    /// Whether it was the sentence's subject.
    subject: bool,
    /// Whether its mention is a plural common noun ("the authorities").
    plural: bool,
    /// Its mention as written, lowercased.
    mention: String,
}

/// The actors of the last [`MEMORY`] sentences, newest sentence last.
#[derive(Debug, Default)]
pub struct Memory {
    sentences: VecDeque<Vec<Referent>>,
}

impl Memory {
    /// Remembers the actors of a sentence (`spots`, in text order, anaphors included), forgetting
    /// the oldest sentence beyond [`MEMORY`].
    pub fn remember(&mut self, text: &str, sentence: &Range<usize>, spots: &[Spot]) {
        let subject = subject(text, sentence, spots);
        let referents = spots
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.demonym)
            .map(|(i, s)| Referent {
                id: s.id.clone(),
                kind: s.kind,
                subject: Some(i) == subject,
                plural: is_plural(&text[s.range.clone()], s.kind),
                mention: text[s.range.clone()].to_lowercase(),
            })
            .collect();
        self.sentences.push_back(referents);
        if self.sentences.len() > MEMORY {
            self.sentences.pop_front();
        }
    }

    /// The remembered actor of a kind that a phrase most likely means: in the latest of the
    /// last `reach` sentences naming one, its subject if of that kind, else the first one named
    /// (a subject or an early object is likelier to be taken up again than a late one); not
    /// the actor `barred` (see [`refer_back`]).
    fn latest(
        &self,
        kind: ActorKind,
        named: Option<&str>,
        reach: usize,
        barred: Option<&str>,
    ) -> Option<&Referent> {
        self.sentences
            .iter()
            .rev()
            .take(reach)
            .find_map(|referents| {
                let mut of_kind = referents.iter().filter(|r| {
                    r.kind == kind
                        && !r.plural
                        && Some(r.id.as_str()) != barred
                        && named.is_none_or(|noun| r.mention.contains(noun))
                });
                let first = of_kind.next()?;
                Some(
                    std::iter::once(first)
                        .chain(of_kind)
                        .find(|r| r.subject)
                        .unwrap_or(first),
                )
            })
    }

    /// The previous sentence's subject.
    fn last_subject(&self) -> Option<&Referent> {
        self.sentences.back()?.iter().find(|r| r.subject)
    }
}

/// The spots of the phrases of `text[sentence]` that refer back to an actor, given the
/// sentence's own spots (in text order) and the memory of the sentences before.
///
/// ```
/// use linkchart::extract::coreference::{anaphors, Memory};
/// use linkchart::extract::links::Spot;
/// use linkchart::model::ActorKind;
/// let text = "The tanker Sea Pearl left Nampo. The vessel was later seized by Harbor Watch.";
/// let first = 0..32;
/// let spots = [
///     Spot { id: "sea_pearl".into(), range: 11..20, demonym: false, kind: ActorKind::Ship },
///     Spot { id: "nampo".into(), range: 26..31, demonym: false, kind: ActorKind::Port },
/// ];
/// let mut memory = Memory::default();
/// memory.remember(text, &first, &spots);
/// let second = 33..text.len();
/// let found = anaphors(text, second, &[], &memory);
/// assert_eq!(found[0].id, "sea_pearl");
/// assert_eq!(&text[found[0].range.clone()], "vessel");
/// ```
pub fn anaphors(text: &str, sentence: Range<usize>, spots: &[Spot], memory: &Memory) -> Vec<Spot> {
    let body = &text[sentence.clone()];
    let taken = |range: &Range<usize>| {
        spots
            .iter()
            .any(|s| s.range.start < range.end && range.start < s.range.end)
    };
    let mut found = Vec::new();
    for captures in DEFINITE.captures_iter(body) {
        let noun = captures.name("noun").expect("a group of the match");
        let range = sentence.start + noun.start()..sentence.start + noun.end();
        // ("the company’s president, P" is a mention: P has a role in it.)
        let role_after = super::phrases::role_apposed(&body[noun.end()..]);
        if captures.name("after").is_some() && !role_after || taken(&range) {
            continue;
        }
        let kind = KIND_NOUNS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(noun.as_str()))
            .map(|(_, kind)| *kind)
            .expect("the regex matches the table's nouns");
        let lowered = noun.as_str().to_lowercase();
        let named = NAMING_NOUNS.iter().copied().find(|n| *n == lowered);
        let phrase = Phrase {
            range,
            kind,
            named,
            owner: false,
        };
        found.extend(refer_back(text, &sentence, phrase, spots, memory, MEMORY));
    }
    for captures in DEFINITE_STATE.captures_iter(body) {
        let noun = captures.name("noun").expect("a group of the match");
        // "the state" alone is no state's mention; "the hermit kingdom" is.
        let epithet_needed = EPITHET_NOUNS.contains(&noun.as_str());
        let range = sentence.start + noun.start()..sentence.start + noun.end();
        if captures.name("after").is_some()
            || epithet_needed && captures.name("epithet").is_none()
            || taken(&range)
        {
            continue;
        }
        let owner = ["’s", "'s"]
            .iter()
            .any(|s| text[range.end..].starts_with(s));
        let phrase = Phrase {
            range: range.clone(),
            kind: ActorKind::State,
            named: None,
            owner,
        };
        found.extend(refer_back(
            text,
            &sentence,
            phrase,
            spots,
            memory,
            STATE_REACH,
        ));
    }
    // "Its chairman, P, arranged …": at the start of a sentence, the previous sentence's
    // subject, if one organisation or vessel, whose role P holds.
    // (A manager, owner or operator is a vessel's or a firm's, and the vessel's when the
    // previous sentence names one: "Reuters tracked the tanker Y. Its manager, X, said …";
    // a chairman an organisation's.)
    if let Some(its) = ITS_ROLE_OPENING.captures(body) {
        let range = sentence.start..sentence.start + 3;
        let control = super::phrases::CONTROL_ROLES.contains(&&its["role"]);
        let vessel = control
            .then(|| memory.latest(ActorKind::Ship, None, 1, None))
            .flatten();
        // ("Her registered owner is X": a vessel's.)
        let her = &its["its"] == "Her";
        // ("His lawyer, P": the counsel of the previous sentence's subject, a person.)
        let counsel = super::phrases::COUNSEL.is_match(&its["role"]);
        let person = &its["its"] != "Its" && counsel;
        let referent = vessel.or_else(|| memory.last_subject()).filter(|r| {
            let holds = if person {
                r.kind == ActorKind::Person
            } else if her {
                control && r.kind == ActorKind::Ship
            } else if control {
                matches!(r.kind, ActorKind::Firm | ActorKind::Ship)
            } else {
                matches!(
                    r.kind,
                    ActorKind::Firm | ActorKind::Agency | ActorKind::Group
                )
            };
            !r.plural && holds
        });
        // ("The SEA PEONY is owned by X. Its sole director, P, …": a person's role in an
        // organisation, after a sentence about a vessel, is in the organisation it names.)
        let organisation_named = || {
            (!control && !person)
                .then(|| memory.latest(ActorKind::Firm, None, 1, None))
                .flatten()
                .filter(|_| {
                    memory
                        .last_subject()
                        .is_some_and(|s| s.kind == ActorKind::Ship)
                })
        };
        let referent = referent.or_else(organisation_named);
        if let Some(referent) = referent.filter(|_| !taken(&range)) {
            found.push(Spot {
                id: referent.id.clone(),
                range,
                demonym: false,
                kind: referent.kind,
            });
        }
    }
    for captures in PRONOUN.captures_iter(body) {
        let pronoun = captures.name("pronoun").expect("a group of the match");
        let range = sentence.start + pronoun.start()..sentence.start + pronoun.end();
        if taken(&range) || !leads_to_verb(&body[pronoun.end()..]) {
            continue;
        }
        let person = !pronoun.as_str().eq_ignore_ascii_case("it");
        // ("she was sold to X": a vessel is "she" as well as "it".)
        let she = pronoun.as_str().eq_ignore_ascii_case("she");
        let fits = |kind: ActorKind| {
            (kind == ActorKind::Person) == person || she && kind == ActorKind::Ship
        };
        let before = &body[..pronoun.start()];
        let referent = if let Some(speaker) = speaker_before(text, &sentence, before, spots) {
            Some((spots[speaker].id.clone(), spots[speaker].kind)).filter(|(_, kind)| {
                fits(*kind) && !is_plural(&text[spots[speaker].range.clone()], *kind)
            })
        } else if before.trim().is_empty() || SUBJECT_OPENING.is_match(before) {
            // ("It subsequently unloaded its cargo at Y": a vessel's call is the last vessel's,
            // named in the last sentences, whatever the last subject was.)
            let vessel = ((!person || she) && vessel_verb(&body[pronoun.end()..], false))
                .then(|| memory.latest(ActorKind::Ship, None, VESSEL_REACH, None))
                .flatten();
            vessel
                .or_else(|| memory.last_subject())
                .filter(|r| fits(r.kind) && !r.plural)
                .map(|r| (r.id.clone(), r.kind))
        } else if opens_subordinate(before) {
            // "X was seized last month after it transferred …": the sentence's subject; "agents
            // seized X after it docked at Y", "X sanctioned the tanker Y after it shipped coal
            // to Z": a vessel's call or a shipment is the last vessel's; "X fined Y after it
            // shipped …": what a measure answers is its object's act.
            let pronoun_start = sentence.start + pronoun.start();
            let vessel = ((!person || she) && vessel_verb(&body[pronoun.end()..], true))
                .then(|| {
                    spots
                        .iter()
                        .filter(|s| s.range.end <= pronoun_start)
                        .rfind(|s| s.kind == ActorKind::Ship)
                })
                .flatten();
            let subject = subject(text, &sentence, spots);
            let object = subject.and_then(|i| enforced_object(text, spots, i, pronoun_start));
            vessel
                .or(object)
                .or_else(|| subject.map(|i| &spots[i]))
                .filter(|s| {
                    s.range.end <= pronoun_start
                        && fits(s.kind)
                        && !is_plural(&text[s.range.clone()], s.kind)
                })
                .map(|s| (s.id.clone(), s.kind))
        } else {
            None
        };
        if let Some((id, kind)) = referent {
            found.push(Spot {
                id,
                range,
                demonym: false,
                kind,
            });
        }
    }
    found.sort_by_key(|s| s.range.start);
    found
}

/// Whether the text before a pronoun ends with a conjunction that opens a subordinate clause
/// ("… last month after ", "…, because ") or, after a comma, a coordinated one ("…, and ").
fn opens_subordinate(before: &str) -> bool {
    let coordinated = [", and ", ", but "].iter().any(|c| before.ends_with(c));
    coordinated
        || before.ends_with(' ')
            && before.split_whitespace().next_back().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "after" | "before" | "when" | "because" | "since" | "while" | "once" | "until"
                )
            })
}

/// A phrase that refers back: where it is, the kind of actor it means, and whether it is an
/// owner ("the country’s exports").
struct Phrase {
    range: Range<usize>,
    kind: ActorKind,
    /// A noun of [`NAMING_NOUNS`] that the actor's mention must hold.
    named: Option<&'static str>,
    owner: bool,
}

/// Words that open a new clause between a name and a phrase that refers back to it ("Tarvania
/// said that the country", "As Tarvania grew, the country").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "because", "while", "although", "though", "as", "after", "before", "when", "where",
    "which", "who", "if", "until", "since", "so",
];

/// The spot of a phrase that refers back to an actor of its kind in `text[sentence]`: the
/// latest one named before it in its sentence (`spots`; a state by its name rather than by a
/// demonym, "Tarvanian"), else the one [`Memory::latest`] finds in the last `reach` sentences.
///
/// Never the sentence's subject when the phrase is in the subject's own clause ("Tarvania
/// sanctioned the regime": the regime is another state, which would otherwise be "itself"),
/// unless one of them is an owner ("Tarvania’s ports" and "the country’s exports" may share a
/// clause with their state).
fn refer_back(
    text: &str,
    sentence: &Range<usize>,
    phrase: Phrase,
    spots: &[Spot],
    memory: &Memory,
    reach: usize,
) -> Option<Spot> {
    let Phrase {
        range,
        kind,
        named,
        owner,
    } = phrase;
    let barred = subject(text, sentence, spots)
        .map(|i| &spots[i])
        .filter(|s| {
            let owner_before = ["’s", "'s"]
                .iter()
                .any(|o| text[s.range.end..].starts_with(o));
            s.range.end <= range.start
                && !owner
                && !owner_before
                && !opens_clause(&text[s.range.end..range.start])
        })
        .map(|s| s.id.as_str());
    let before: Vec<&Spot> = spots
        .iter()
        .filter(|s| {
            s.range.end <= range.start
                && s.kind == kind
                && named.is_none_or(|noun| text[s.range.clone()].to_lowercase().contains(noun))
                && Some(s.id.as_str()) != barred
                && (!s.demonym || kind == ActorKind::State)
                && !is_plural(&text[s.range.clone()], s.kind)
        })
        .collect();
    let earlier_here = before
        .iter()
        .rev()
        .find(|s| !s.demonym)
        .or_else(|| before.last())
        .map(|s| s.id.clone());
    let id = earlier_here.or_else(|| {
        memory
            .latest(kind, named, reach, barred)
            .map(|r| r.id.clone())
    })?;
    Some(Spot {
        id,
        range,
        demonym: false,
        kind,
    })
}

/// Stems of verbs of speech that as often take an object as a clause ("revealed new sanctions
/// against the regime", "confirmed the sale"): they open a clause only with "that". ("States"
/// is as often a noun.)
const OBJECT_SPEECH_STEMS: &[&str] = &["announc", "confirm", "reveal", "states"];

/// Whether the words between a name and a later phrase open a new clause: a punctuation mark
/// of a clause's end, a verb of speech ("said"; not one of [`OBJECT_SPEECH_STEMS`]), or a word
/// of [`CLAUSE_OPENERS`].
fn opens_clause(between: &str) -> bool {
    between.contains([',', ';', ':', '—', '('])
        || between.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            let speech = SPEECH_VERBS.contains(&w.as_str())
                && !OBJECT_SPEECH_STEMS.iter().any(|stem| w.starts_with(stem));
            CLAUSE_OPENERS.contains(&w.as_str()) || speech
        })
}

/// The actor that the subject (`spots[subject]`) acts against with a measure before a
/// pronoun at `before`: the first name after the subject when the words between them hold an
/// active verb of enforcement ("X sanctioned the firm Y", "X fined Y"; not "Y was sanctioned
/// by X").
fn enforced_object<'s>(
    text: &str,
    spots: &'s [Spot],
    subject: usize,
    before: usize,
) -> Option<&'s Spot> {
    let start = spots[subject].range.end;
    let object = spots[subject + 1..]
        .iter()
        .find(|s| s.range.start >= start && !s.demonym)
        .filter(|s| s.range.end <= before)?;
    let words: Vec<String> = text[start..object.range.start]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    let passive = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "by" | "was" | "were" | "been" | "be" | "is" | "are"
        )
    });
    let enforces = words.iter().any(|w| {
        ENFORCEMENT_VERBS.contains(&w.as_str())
            || verb_of(w).is_some_and(|(relation, _)| {
                matches!(relation, "sanctions" | "bans" | "seizes" | "investigates")
            })
    });
    (enforces && !passive).then_some(object)
}

/// Verbs of a penalty that the link vocabulary has no relation for ("fined", "charged").
const ENFORCEMENT_VERBS: &[&str] = &["fined", "charged", "penalised", "penalized", "indicted"];

/// The relations of a vessel's call or voyage ("it docked at", "it later sailed to").
const PORT_CALLS: &[&str] = &["docks_at", "sails_to", "loads_at", "unloads_at"];

/// The relations of a vessel's shipment ("it shipped coal to", "it transferred oil to"): with
/// [`PORT_CALLS`], what a vessel named in the sentence does, rather than its subject, in a
/// clause that follows ("X sanctioned the tanker Y after it shipped …").
const SHIPMENTS: &[&str] = &["ships_to", "transfers_to", "smuggles_to"];

/// Whether the verb after a pronoun, within three words, is a vessel's: a port call, or with
/// `shipments` a shipment as well.
fn vessel_verb(after: &str, shipments: bool) -> bool {
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .filter_map(|w| verb_of(&w))
        .next()
        .is_some_and(|(relation, _)| {
            PORT_CALLS.contains(&relation) || shipments && SHIPMENTS.contains(&relation)
        })
}

/// After a pronoun, a copula and the role it holds: " was the owner and president of", " is a
/// director of" (the words before "of" in group `role`).
static HOLDS_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:the|a|an)\s+(?P<role>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s")
        .expect("valid regex")
});

/// Whether the words after a pronoun reach a verb of the link vocabulary past auxiliaries and
/// adverbs only ("has since shipped", "was seized"), or name a role it holds ("was the owner
/// and president of").
fn leads_to_verb(after: &str) -> bool {
    let holds_role = HOLDS_ROLE.captures(after).is_some_and(|c| {
        c["role"].split_whitespace().any(|w| {
            super::phrases::role(w).is_some() || super::phrases::CONTROL_ROLES.contains(&w)
        })
    });
    if holds_role {
        return true;
    }
    for word in after.split_whitespace().take(4) {
        let word = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        if verb_of(&word).is_some() {
            return true;
        }
        // ("it subsequently unloaded": any adverb in "-ly" as well.)
        if !BEFORE_VERB.contains(&word.as_str()) && !word.ends_with("ly") {
            return false;
        }
    }
    false
}

/// The spot that speaks a clause ending in `before` ("X said", "X told reporters on Tuesday"):
/// the last spot before a final verb of speech, with at most a few words between.
fn speaker_before(
    text: &str,
    sentence: &Range<usize>,
    before: &str,
    spots: &[Spot],
) -> Option<usize> {
    // Each word with its offset in `before`.
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
        .collect();
    let last = words
        .iter()
        .rposition(|(_, w)| SPEECH_VERBS.contains(&w.trim_end_matches(',')))?;
    // Only "that" or an addressee and a day may follow the verb ("said Tuesday that it").
    if words.len() - last > 3 {
        return None;
    }
    let verb_at = sentence.start + words[last].0;
    // ("The Panama Maritime Authority said": the whole name, not the state inside it.)
    let (speaker, _) = spots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.range.end <= verb_at && !s.demonym)
        .max_by_key(|(_, s)| (s.range.end, s.range.len()))?;
    let between = &text[spots[speaker].range.end..verb_at];
    // ("X, the country's banking regulator, said": past an apposition.)
    let next_to_verb = between.split_whitespace().count() <= 2 && !between.contains(',');
    (next_to_verb || SPEAKER_APPOSED.is_match(between)).then_some(speaker)
}

/// An apposition between a speaker and the verb of speech: ", the country's banking
/// regulator, ".
static SPEAKER_APPOSED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+(?:a|an|the)\s[^,;()]{1,50},\s*$").expect("valid regex"));

/// The sentence's subject: its first actor that no preposition governs and that is no name
/// made an adjective, if any.
fn subject(text: &str, sentence: &Range<usize>, spots: &[Spot]) -> Option<usize> {
    // ("Istanbul-based X sold": a name made an adjective is no subject.)
    spots.iter().position(|s| {
        !s.demonym
            && s.range.start >= sentence.start
            && !is_governed(text, s.range.start)
            && !super::links::made_adjective(text, s)
    })
}

/// Whether a mention is a plural common noun ("authorities", "North Korean workers"): its last
/// word is lowercase and ends in "s" (not "ss" or "us"). States are singular whatever their name.
fn is_plural(mention: &str, kind: ActorKind) -> bool {
    let last = mention.split_whitespace().last().unwrap_or_default();
    kind != ActorKind::State
        && last.starts_with(char::is_lowercase)
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
}

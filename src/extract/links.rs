//! Links between the actors of one sentence: the relation from the verb that connects them, the
//! direction from the voice (active, passive with or without an agent), the commodity, the date
//! (absolute, or relative to the publication date; not one inside an aside set off by commas,
//! "X, which was renamed Y in 2019, delivered …") and the grade that hedges lower.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{phrases, routes};
use crate::model::{ActorKind, DateSpan, Grade, PartialDate};

/// An actor's mention in a sentence, as the link finder sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    /// The actor's id.
    pub id: String,
    /// Byte range in the text.
    pub range: Range<usize>,
    /// True for a demonym standing for its state ("North Korean coal").
    pub demonym: bool,
    /// The actor's kind (known, or the one its cues gave).
    pub kind: ActorKind,
}

/// A link proposed from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Index of the source actor's spot.
    pub from: usize,
    /// Index of the target actor's spot.
    pub to: usize,
    /// A relation of the vocabulary.
    pub relation: &'static str,
    /// The verb that gave the relation, or the phrase's cue when no verb did.
    pub verb: String,
    /// `active`, `passive` or `passive with agent`; `none` for a phrase without a verb.
    pub voice: &'static str,
    /// What moves, if the sentence says.
    pub commodity: Option<String>,
    /// When, if the sentence says.
    pub date: Option<DateSpan>,
    /// Confirmed, or lowered by a hedge.
    pub grade: Grade,
    /// The hedging word.
    pub hedge: Option<String>,
    /// How sure the proposal is, 0 to 1.
    pub confidence: f64,
}

impl Proposal {
    /// What gave the link, for the analyst: `verb "shipped", active voice`, or
    /// `phrase "possessive or place of"`.
    pub fn cue(&self) -> String {
        if self.voice == "none" {
            format!("phrase \"{}\"", self.verb)
        } else {
            format!("verb \"{}\", {} voice", self.verb, self.voice)
        }
    }
}

/// Verb forms and the relation each gives.
pub(super) const VERBS: &[(&str, &[&str])] = &[
    (
        "ships_to",
        &[
            "ship",
            "ships",
            "shipped",
            "shipping",
            "carried",
            "carry",
            "carries",
            "carrying",
            "delivered",
            "deliver",
            "delivers",
            "delivering",
            "transported",
            "transport",
            "transports",
            "moved",
        ],
    ),
    (
        "exports_to",
        &["export", "exports", "exported", "exporting"],
    ),
    (
        "supplies",
        &[
            "supply",
            "supplies",
            "supplied",
            "supplying",
            "provide",
            "provides",
            "provided",
            "providing",
            "sent",
            "send",
            "sends",
            "sending",
        ],
    ),
    (
        "transfers_to",
        &[
            "transfer",
            "transfers",
            "transferred",
            "transferring",
            "reloaded",
            "reload",
            "reloading",
            "transshipped",
            "exchanging",
            "exchanged",
            "pumped",
            "pumping",
        ],
    ),
    ("smuggles_to", &["smuggle", "smuggles", "smuggled"]),
    ("sells_to", &["sell", "sells", "sold", "selling"]),
    ("trades_with", &["trade", "trades", "traded"]),
    ("pays", &["pay", "pays", "paid", "paying"]),
    (
        "funds",
        &[
            "fund",
            "funds",
            "funded",
            "financed",
            "finance",
            "finances",
            "financing",
            "bankrolled",
        ],
    ),
    (
        "invests_in",
        &["invest", "invests", "invested", "investing"],
    ),
    ("lends_to", &["lend", "lends", "lent", "lending", "loaned"]),
    (
        "remits_to",
        &["remit", "remits", "remitted", "remitting", "laundered"],
    ),
    (
        "employs",
        &[
            "employ",
            "employs",
            "employed",
            "employing",
            "hired",
            "hires",
            "hire",
        ],
    ),
    (
        "travels_to",
        &[
            "travel",
            "travels",
            "traveled",
            "travelled",
            "visited",
            "visit",
            "visits",
        ],
    ),
    (
        "docks_at",
        &[
            "dock",
            "docks",
            "docked",
            "docking",
            "berthed",
            "moored",
            "anchored",
            "photographed",
            "spotted",
            "sighted",
        ],
    ),
    (
        "sails_to",
        &[
            "sail", "sails", "sailed", "sailing", "steamed", "arrived", "arrives", "arriving",
            "headed", "heading",
        ],
    ),
    ("loads_at", &["load", "loads", "loaded", "loading"]),
    (
        "unloads_at",
        &[
            "unload",
            "unloads",
            "unloaded",
            "unloading",
            "discharge",
            "discharges",
            "discharged",
            "discharging",
            "offload",
            "offloads",
            "offloaded",
            "offloading",
        ],
    ),
    (
        "transits",
        &["transit", "transits", "transited", "transiting"],
    ),
    ("owns", &["own", "owns", "owned"]),
    ("controls", &["control", "controls", "controlled"]),
    (
        "operates",
        &[
            "operate",
            "operates",
            "operated",
            "operating",
            "managed",
            "manages",
            "runs",
            "run",
            "ran",
            "chartered",
            "charters",
            "chartering",
        ],
    ),
    (
        "leads",
        &[
            "lead",
            "leads",
            "led",
            "heads",
            "chairs",
            "chaired",
            "founded",
            "co-founded",
        ],
    ),
    (
        "cooperates_with",
        &[
            "cooperate",
            "cooperates",
            "cooperated",
            "cooperating",
            "collaborate",
            "collaborated",
            "collaborating",
            "partnered",
        ],
    ),
    (
        "helps",
        &[
            "help", "helps", "helped", "helping", "assisted", "assist", "assists",
        ],
    ),
    (
        "aids",
        &[
            "aid",
            "aided",
            "backed",
            "backs",
            "supported",
            "support",
            "supports",
            "supporting",
        ],
    ),
    (
        "attacks",
        &[
            "attack",
            "attacks",
            "attacked",
            "attacking",
            "struck",
            "shot",
        ],
    ),
    ("hacks", &["hack", "hacks", "hacked", "hacking", "breached"]),
    (
        "steals_from",
        &["steal", "steals", "stole", "stolen", "stealing"],
    ),
    (
        "threatens",
        &["threaten", "threatens", "threatened", "threatening"],
    ),
    (
        "sanctions",
        &[
            "sanction",
            "sanctioned",
            "sanctioning",
            "designated",
            "designate",
            "designates",
            "designating",
            "blacklisted",
            "blacklist",
            "listed",
            "lists",
            "penalized",
            "penalised",
            "suspended",
            "targeting",
            "targeted",
            "imposed",
            "adopted",
            "froze",
            "frozen",
            "freezing",
        ],
    ),
    (
        "bans",
        &[
            "ban",
            "bans",
            "banned",
            "banning",
            "prohibited",
            "prohibits",
            "barred",
        ],
    ),
    (
        "investigates",
        &[
            "investigate",
            "investigates",
            "investigated",
            "investigating",
            "probed",
            "probing",
            "inspected",
            "inspecting",
            "examined",
            "examining",
            "scrutinized",
            "scrutinised",
            "audited",
        ],
    ),
    (
        "seizes",
        &[
            "seize",
            "seizes",
            "seized",
            "seizing",
            "impounded",
            "detained",
            "confiscated",
            "intercepted",
        ],
    ),
    (
        "monitors",
        &[
            "monitor",
            "monitors",
            "monitored",
            "monitoring",
            "tracked",
            "observed",
        ],
    ),
    (
        "violates",
        &[
            "violate",
            "violates",
            "violated",
            "violating",
            "breaching",
            "defy",
            "defied",
            "defying",
            "evading",
            "evaded",
        ],
    ),
    (
        "accuses",
        &[
            "accuse",
            "accuses",
            "accused",
            "accusing",
            "blamed",
            "blames",
            "blame",
            "implicates",
            "implicated",
            "charged",
            "charges",
            "indicted",
            "indicts",
        ],
    ),
    (
        "attributes_to",
        &[
            "attributed",
            "attribute",
            "attributes",
            "attributing",
            "linked",
        ],
    ),
    ("denies", &["deny", "denies", "denied", "denying"]),
    ("borders", &["borders", "bordered", "bordering"]),
    ("works_for", &["worked", "works", "working"]),
    ("reports", &["reported", "reports", "revealed", "reveals"]),
    ("warns", &["warn", "warns", "warned", "warning"]),
    (
        "criticizes",
        &[
            "criticize",
            "criticized",
            "criticise",
            "criticised",
            "condemned",
            "condemns",
            "condemn",
            "slammed",
        ],
    ),
];

/// Verbs whose object after "from" is the source: "imported oil from X" runs from X.
const FROM_VERBS: &[(&str, &str)] = &[
    ("imported", "exports_to"),
    ("imports", "exports_to"),
    ("import", "exports_to"),
    ("importing", "exports_to"),
    ("received", "supplies"),
    ("receives", "supplies"),
    ("receiving", "supplies"),
    ("bought", "sells_to"),
    ("buys", "sells_to"),
    ("purchased", "sells_to"),
    ("purchasing", "sells_to"),
    ("obtained", "supplies"),
];

/// Past forms of the vocabulary's verbs that do not end in "ed".
const IRREGULAR_PAST: &[&str] = &[
    "sold", "sent", "paid", "lent", "led", "shot", "struck", "stolen", "stole", "bought", "run",
    "ran", "held", "frozen", "froze",
];

/// Verbs that carry a noun of the vocabulary as their object ("conducted a transfer with",
/// "made payments to"): the noun states the relation.
const LIGHT_VERBS: &[&str] = &[
    "slapped",
    "placed",
    "levied",
    "launched",
    "conducted",
    "conducts",
    "conduct",
    "conducting",
    "made",
    "makes",
    "make",
    "opened",
    "opens",
    "completed",
    "arranged",
    "facilitated",
    "undertook",
    "performed",
];

/// Nouns that are no verb form but state a relation after a light verb ("made payments to X",
/// "arranged shipments to X").
const CARRIED_NOUNS: &[(&str, &str)] = &[
    ("payment", "pays"),
    ("payments", "pays"),
    ("shipment", "ships_to"),
    ("shipments", "ships_to"),
    ("deliveries", "supplies"),
    ("delivery", "supplies"),
    ("trip", "travels_to"),
    ("trips", "travels_to"),
    ("voyage", "sails_to"),
    ("voyages", "sails_to"),
    ("inquiry", "investigates"),
    ("investigation", "investigates"),
    ("probe", "investigates"),
];

/// Verbs that make a measure public ("announced sanctions against X"): the measure's noun
/// gives the relation.
const ANNOUNCING: &[&str] = &[
    "announced",
    "announces",
    "revealed",
    "reveals",
    "unveiled",
    "unveils",
    "issued",
    "issues",
];

/// The measure named right after a verb that makes it public: "new sanctions against", "a
/// ban on" (the noun's place in `after`, the relation it gives, whether its object after
/// "from" is the source). The noun is a verb form, or one with an "s" ("sanctions").
fn measure(after: &[&str]) -> Option<(usize, &'static str, bool)> {
    let noun = usize::from(after.first().is_some_and(|w| is_noun_before(w)));
    let word = after.get(noun)?;
    let (relation, from_verb) =
        verb_of(word).or_else(|| word.strip_suffix('s').and_then(verb_of))?;
    let next = after.get(noun + 1)?;
    (is_preposition(next) || *next == "against").then_some((noun, relation, from_verb))
}

/// Whether the words after a verb of speech name a measure it makes public ("revealed new
/// sanctions against"): then the verb reports nothing.
pub(super) fn announces_measure(verb: &str, rest: &str) -> bool {
    let after: Vec<String> = WORD
        .find_iter(rest)
        .take(3)
        .map(|m| m.as_str().to_lowercase())
        .collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    ANNOUNCING.contains(&verb.to_lowercase().as_str()) && measure(&after).is_some()
}

/// Determiners and adjectives that open a noun phrase: after one, a verb form is a noun ("the
/// ships", "its supplies", "fresh bans").
const NOUN_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "no", "any",
    "strict", "new", "fresh", "further", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "several", "many", "some", "more", "other", "both", "few",
];

/// Words that may stand between a comma and the verb of the actor before the comma ("X, which
/// has also shipped"): relative pronouns, auxiliaries, adverbs and hedges.
const CLAUSE_GLUE: &[&str] = &[
    "which",
    "who",
    "that",
    "and",
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "reportedly",
    "allegedly",
    "already",
    "still",
    "recently",
    "previously",
    "once",
    "never",
    "not",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "did",
    "does",
    "do",
    "itself",
    "in",
    "turn",
    "however",
    "meanwhile",
    "subsequently",
    "secretly",
    "illegally",
    "directly",
];

/// Adverbs that may stand between "and" and a verb it joins ("shipped coal and then sold").
const ADVERBS_OF_SEQUENCE: &[&str] = &["then", "also", "later", "subsequently"];

/// A preposition right before a name ("a front for X", "according to X", "managed by PRC
/// national X"): that name is no subject.
static GOVERNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<preposition>to|of|for|in|at|by|from|with|on|against|about|after|before|under|near|off)\s+(?:the\s+)?(?:\S+\s+(?:national|citizen)\s+)?$",
    )
    .expect("valid regex")
});

/// Whether a state's name or demonym stands as an adjective after "a" or "an" ("a Chinese
/// businessman", "a DPRK national"), or before the noun of a national and a name ("managed by
/// PRC national Zhou Weiming"): it describes a noun, not the state.
pub(super) fn state_as_adjective(text: &str, spot: &Spot) -> bool {
    let adjective = spot.demonym || spot.kind == ActorKind::State;
    let after_article = || {
        text[..spot.range.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    };
    adjective && (after_article() || NATIONAL_NAMED.is_match(&text[spot.range.end..]))
}

/// After a state that describes a person named next: " national Zhou", " citizen Ana".
static NATIONAL_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:national|citizen|businessman|businesswoman)\s+\p{Lu}").expect("valid regex")
});

/// After a state whose register of ships is meant: " registry", " ship register", " flag".
static REGISTRY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:’s|'s)?\s+(?:(?:ship|shipping|vessel|maritime)\s+)?(?:registry|register|flag)\b",
    )
    .expect("valid regex")
});

/// An object that counts what the names after it are: " two men", " three of them", " 12
/// companies".
static COUNTED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:of\s+them|[a-z-]+)\s*$",
    )
    .expect("valid regex")
});

/// An apposition after an item of a list, before the joint to the next: ", a Lima-based firm,"
/// (the rule reads on from its closing comma).
static ITEM_APPOSED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+(?:a|an|the)\s+[^,;()—]{1,60},").expect("valid regex"));

/// The places right after name `i` that "in" makes qualifiers of it ("X in Lima", "X in
/// Yerevan, Armenia"): the first and the last, if any.
fn item_places(text: &str, spots: &[Spot], i: usize) -> Option<(usize, usize)> {
    // (Spots are in the order of their starts.)
    let next_after = |k: usize| {
        let next = spots.partition_point(|s| s.range.start < spots[k].range.end);
        (next < spots.len()).then_some(next)
    };
    let first = next_after(i)?;
    let placed = matches!(
        spots[first].kind,
        ActorKind::Place | ActorKind::Port | ActorKind::State
    );
    if !placed || text.get(spots[i].range.end..spots[first].range.start) != Some(" in ") {
        return None;
    }
    let country = next_after(first).filter(|&c| {
        spots[c].kind == ActorKind::State
            && spots[first].kind != ActorKind::State
            && text.get(spots[first].range.end..spots[c].range.start) == Some(", ")
    });
    Some((first, country.unwrap_or(first)))
}

/// Whether name `j` is a place of the name before it ("Lima" in "X in Lima, Y in Singapore").
fn placed_item(text: &str, spots: &[Spot], j: usize) -> bool {
    spots[..j].iter().enumerate().rev().take(2).any(|(i, _)| {
        item_places(text, spots, i).is_some_and(|(first, last)| (first..=last).contains(&j))
    })
}

/// Where the item of a list that name `i` opens ends: past its places ("X in Lima").
fn item_end(text: &str, spots: &[Spot], i: usize) -> usize {
    item_places(text, spots, i).map_or(spots[i].range.end, |(_, last)| spots[last].range.end)
}

/// Whether the name that starts at `start` is the agent of a passive ("by X").
fn is_agent(text: &str, start: usize) -> bool {
    governing(text, start).is_some_and(|preposition| preposition == "by")
}

/// After a demonym, its noun and the name apposed to it: " firm, " (before "Gudzon Shipping
/// Co.").
static DEMONYM_NOUN_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+[a-z-]+(?:\s+[a-z-]+)?,\s+(?:the\s+)?$").expect("valid regex")
});

/// Whether a demonym's spot is followed by a commodity it qualifies ("North Korean munitions",
/// "Russian crude oil").
fn owns_goods(text: &str, spot: &Spot) -> bool {
    let end = (spot.range.end + 40).min(text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let after = text[spot.range.end..end].to_lowercase();
    let goods = after
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| COMMODITIES.contains(&w));
    goods
}

/// Whether a preposition governs the name that starts at `start` ([`GOVERNED`]).
pub(super) fn is_governed(text: &str, start: usize) -> bool {
    governing(text, start).is_some()
}

/// Whether a spot is a place that "in", "at", "near" or "off" governs: where something is
/// ("flagged in Malta"), which is no verb's subject.
pub(super) fn is_where(text: &str, spot: &Spot) -> bool {
    let place = matches!(
        spot.kind,
        ActorKind::Place | ActorKind::Port | ActorKind::State
    );
    place
        && governing(text, spot.range.start)
            .is_some_and(|p| matches!(p.to_lowercase().as_str(), "in" | "at" | "near" | "off"))
}

/// The preposition that governs the name that starts at `start`, as written, if one does.
pub(super) fn governing(text: &str, start: usize) -> Option<&str> {
    let found = GOVERNED.captures(just_before(text, start))?;
    Some(found.name("preposition")?.as_str())
}

/// Whether a relative clause set off by a comma opens right before `start`: ", of which ",
/// ", whose parent ", ", which ".
fn opens_relative(text: &str, start: usize) -> bool {
    RELATIVE.is_match(just_before(text, start))
}

/// The last word before the name that starts at `start`, past an article, lowercased ("from"
/// in "cargo from the X").
pub(super) fn last_word_before(text: &str, start: usize) -> Option<String> {
    let before = phrases::before_article(just_before(text, start));
    let word = before.split_whitespace().last()?;
    Some(word.to_lowercase())
}

/// The 40 or so bytes of text before `start`, where the words that govern a name stand.
pub(super) fn just_before(text: &str, start: usize) -> &str {
    let from = (start.saturating_sub(40)..start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(start);
    &text[from..start]
}

/// An aside that a past participle and its agent make, set off by commas: ", owned by Y,",
/// ", reportedly controlled by Y,".
static REDUCED_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+(?:\p{Ll}+ly\s+)?(?P<participle>\p{Ll}+)\s+by\s[^,;]*,").expect("valid regex")
});

/// A relative clause right after a name, or an apposition with one: ", which ", ", an area
/// which ", ", a firm that ".
static APPOSED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,\s+(?:(?:which|who)\s|(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,4}?(?:which|that|who)\s)",
    )
    .expect("valid regex")
});

/// A relative clause set off by commas: ", which sails under the flag of Togo,".
static RELATIVE_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+(?:which|who)\s[^,;]{1,100},").expect("valid regex"));

/// Words a relative clause holds that are not its own: the speaker of "which it said was",
/// "who, the people said, controls" or "who, according to X, owns" (group `said` or `aside`),
/// the "used to" of "was used to deliver" (group `used`, before the verb in group `next`).
static INSERTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:which|that|who)\s+(?P<said>(?:it|they|he|she|officials|prosecutors|police|investigators|authorities)\s+(?:said|says|alleged|alleges|claimed|claims))\b|\b(?:which|that|who)(?P<aside>,\s+(?:(?:the|its|their)\s+)?(?:[\w’'.-]+\s+){0,3}?(?:said|says|alleged|alleges|claimed|claims|believe|believes|believed),|,\s+according\s+to\s+[^,;]{1,60},)|\b(?:is|was|were|are|been|being)\s+(?P<used>used\s+to)\s+(?P<next>[a-z]+)")
        .expect("valid regex")
});

/// The opening of a relative clause before a name: ", of which (the)? ", ", whose ".
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+(?:(?:of|in|to|with|for|by)\s+)?(?:which|whom|whose|where)\s+(?:[\p{L}’'-]+\s+){0,2}$")
        .expect("valid regex")
});

/// Verbs of speech: a relation verb after one is the reported clause's, not the speaker's.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "noted",
    "notes",
    "added",
    "explained",
    "explains",
    "stated",
    "states",
    "wrote",
    "writes",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "revealed",
    "reveals",
    "claimed",
    "claims",
    "argued",
    "argues",
];

/// Verbs that attribute what a clause says to its source without being verbs of speech ("X
/// reported", "data from X shows that"): like those, a relation verb after one belongs to the
/// reported clause.
pub(super) const ATTRIBUTING_VERBS: &[&str] = &[
    "reported",
    "reports",
    "estimated",
    "estimates",
    "showed",
    "shows",
    "show",
    "found",
    "suggested",
    "suggests",
    "indicated",
    "indicates",
];

/// Whether the kinds of a link's ends can hold the relation at all, whatever rule proposed it:
/// no state, body or place docks, and no body or place loads or unloads (a state may: "Iran
/// loaded diesel at Latakia"); what is seized is no place, state or body;
/// nobody owns, operates or controls a state or a place, and no place or port owns anything;
/// no place, state or vessel leads or works for anyone, and no firm leads (it owns or
/// controls); a place or a vessel reports nothing; a firm, a vessel or a place sanctions nobody;
/// a place or port buys and sells nothing; a vessel is not `located_in` anywhere (it sails). A
/// person is left possible everywhere: a name found without a cue is taken for a person's
/// ("Sahara Pearl"), and may be a vessel's.
///
/// ```
/// use linkchart::extract::links::plausible;
/// use linkchart::model::ActorKind;
/// assert!(plausible("loads_at", ActorKind::Ship, ActorKind::Port));
/// assert!(plausible("loads_at", ActorKind::State, ActorKind::Port));
/// assert!(!plausible("docks_at", ActorKind::State, ActorKind::Port));
/// assert!(!plausible("owns", ActorKind::Firm, ActorKind::State));
/// assert!(!plausible("owns", ActorKind::Firm, ActorKind::Place));
/// assert!(!plausible("operates", ActorKind::Place, ActorKind::Ship));
/// assert!(!plausible("leads", ActorKind::Firm, ActorKind::Firm));
/// assert!(plausible("leads", ActorKind::Person, ActorKind::Firm));
/// assert!(!plausible("sells_to", ActorKind::State, ActorKind::Place));
/// assert!(!plausible("docks_at", ActorKind::Ship, ActorKind::Ship));
/// assert!(plausible("owns", ActorKind::Firm, ActorKind::Person));
/// ```
pub fn plausible(relation: &str, from: ActorKind, to: ActorKind) -> bool {
    use ActorKind::{Agency, Firm, Person, Place, Port, Ship, State};
    match relation {
        // (A vessel moored alongside another docks at no port: "docked next to the tanker X".)
        "docks_at" => {
            !matches!(from, State | Agency | Place | Port) && !matches!(to, Ship | Person)
        }
        "loads_at" | "unloads_at" => {
            !matches!(from, Agency | Place | Port) && !matches!(to, Ship | Person)
        }
        "seizes" => !matches!(to, Place | State | Agency | Port),
        // (A city or a country is nobody’s property.)
        "owns" | "operates" | "controls" => {
            !matches!(to, State | Place) && !matches!(from, Place | Port)
        }
        // (A firm does not lead another; it owns or controls it.)
        "leads" => !matches!(from, Place | Port | State | Ship | Firm),
        "works_for" => !matches!(from, Place | Port | State | Ship),
        "reports" => !matches!(from, Place | Port | Ship),
        "sanctions" => !matches!(from, Ship | Place | Port | Firm),
        "located_in" => from != Ship,
        // ("bought oscilloscopes from U.S. vendors": a place buys and sells nothing.)
        "sells_to" => !matches!(from, Place | Port) && !matches!(to, Place | Port),
        _ => true,
    }
}

/// What follows a place that qualifies the name after it ("Singapore-based", "Togo-flagged").
const MODIFIER_SUFFIXES: &[&str] = &[
    "-based",
    "-flagged",
    "-registered",
    "-headquartered",
    "-owned",
    "-run",
    "-backed",
    "-linked",
];

/// Nouns of places that name a place after "of" ("the port of X").
const PLACE_NOUNS: &[&str] = &[
    "port",
    "ports",
    "city",
    "cities",
    "town",
    "village",
    "province",
    "region",
    "county",
    "district",
    "island",
    "harbor",
    "harbour",
    "terminal",
    "terminals",
    "anchorage",
    "capital",
];

/// What a vessel carries, written before its noun: "the crude tanker X", "the bulk carrier X".
const VESSEL_TRADES: &[&str] = &[
    "crude", "oil", "product", "products", "bulk", "chemical", "gas",
];

/// What an actor holds, named by "of" after it: "froze the assets of X" acts on X.
const HOLDINGS: &[&str] = &[
    "assets", "accounts", "funds", "property", "holdings", "shares", "servers", "domains",
    "websites", "wallets",
];

/// Forms of "to be" that make a past participle passive.
const BE: &[&str] = &[
    "is", "are", "was", "were", "been", "being", "be", "get", "got", "gets",
];

/// Hedges and the grade each gives, most doubtful first.
const HEDGES: &[(&str, &[&str])] = &[
    (
        "doubtful",
        &[
            "denies", "denied", "deny", "denying", "disputed", "disputes", "rejected", "rejects",
        ],
    ),
    (
        "possible",
        &[
            "allegedly",
            "alleged",
            "reportedly",
            "believed",
            "suspected",
            "suspects",
            "claims",
            "claimed",
            "claim",
            "may",
            "might",
            "could",
            "purportedly",
            "presumably",
            "rumored",
            "rumoured",
            "possibly",
            "perhaps",
            "speculation",
        ],
    ),
    (
        "probable",
        &[
            "likely",
            "appears",
            "appeared",
            "apparently",
            "indicates",
            "indicated",
            "suggests",
            "suggested",
            "estimated",
            "seems",
            "seem",
            "seemed",
            "seeming",
            "probably",
        ],
    ),
];

/// Goods, money and people that links move; the longest name that occurs wins.
const COMMODITIES: &[&str] = &[
    "refined petroleum",
    "petroleum products",
    "crude oil",
    "iron ore",
    "rare earth",
    "coal",
    "oil",
    "crude",
    "fuel",
    "diesel",
    "gasoline",
    "petroleum",
    "petrochemicals",
    "methanol",
    "lng",
    "natural gas",
    "sand",
    "iron",
    "steel",
    "seafood",
    "fish",
    "textiles",
    "weapons",
    "arms",
    "munitions",
    "missiles",
    "artillery shells",
    "ammunition",
    "bitcoin",
    "cryptocurrency",
    "cash",
    "gold",
    "silver",
    "copper",
    "zinc",
    "timber",
    "luxury goods",
    "tourists",
    "troops",
    "workers",
    "soldiers",
];

/// A word, hyphenated compounds whole ("ship-to-ship" is no "ship").
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}’']+(?:-[\p{L}’']+)*").expect("valid regex"));

/// The links that the verbs of one sentence (`text[sentence]`) state between the actors spotted
/// in it (`spots`, in text order), dated against `published` when the date is relative.
///
/// For each pair of actors, the first verb of the vocabulary between them gives the relation;
/// the first actor is the subject (from) in the active voice; in the passive with an agent
/// ("was banned by X") the agent is; in the passive without one, a movement verb keeps the
/// subject's side ("coal was shipped to X" runs from the coal's owner to X). "Imported from X"
/// and its kin run from X. Another actor between the verb and the second one, other than in a
/// list ("X and Y"), ends the pair: the verb is that actor's.
///
/// ```
/// use linkchart::extract::links::{propose, Spot};
/// use linkchart::model::ActorKind;
/// let text = "Iranian oil was allegedly shipped to Syria last March.";
/// let spots = vec![
///     Spot { id: "iran".into(), range: 0..7, demonym: true, kind: ActorKind::State },
///     Spot { id: "syria".into(), range: 36..41, demonym: false, kind: ActorKind::State },
/// ];
/// let published = "2020-06".parse().ok();
/// let found = propose(text, 0..text.len(), &spots, published);
/// assert_eq!(found[0].relation, "ships_to");
/// assert_eq!((found[0].from, found[0].to), (0, 1));
/// assert_eq!(found[0].commodity.as_deref(), Some("oil"));
/// assert_eq!(found[0].date.unwrap().to_string(), "2020-03");
/// assert_eq!(found[0].grade.to_string(), "possible");
/// ```
pub fn propose(
    text: &str,
    sentence: Range<usize>,
    spots: &[Spot],
    published: Option<PartialDate>,
) -> Vec<Proposal> {
    let body = &text[sentence.clone()];
    // "X, which was renamed Y in 2019, delivered coal": an aside's date is not the clause's.
    let main_clause = RELATIVE_ASIDE.replace_all(body, ",");
    let date = find_date(&REDUCED_ASIDE.replace_all(&main_clause, ","), published);
    let commodity = find_commodity(&outside_names(text, sentence.clone(), spots));
    let nested: Vec<bool> = (0..spots.len())
        .map(|i| phrases::is_nested(spots, i))
        .collect();
    let qualifying: Vec<bool> = (0..spots.len())
        .map(|i| qualifies(text, spots, i))
        .collect();
    let mut proposals = Vec::new();
    for a in (0..spots.len()).filter(|&a| !nested[a]) {
        for b in (a + 1..spots.len()).filter(|&b| !nested[b]) {
            if spots[a].id == spots[b].id || spots[a].range.end > spots[b].range.start {
                continue;
            }
            proposals.extend(pair(text, spots, &nested, &qualifying, a, b));
        }
    }
    // "the Kestrel Bay made four trips to Y": a vessel that travels sails (a movement the
    // routes below read on from).
    for proposal in &mut proposals {
        if proposal.relation == "travels_to" && spots[proposal.from].kind == ActorKind::Ship {
            proposal.relation = "sails_to";
        }
    }
    // "moved through Russian ports", "sailed to Chinese ports": the state whose ports they are
    // is on the way or at the end as well.
    let through_state: Vec<Proposal> = proposals
        .iter()
        .filter(|p| is_movement(p.relation) || p.relation == "transits")
        .filter_map(|p| {
            let state = phrases::opening_state(text, spots, p.to)?;
            Some(Proposal {
                to: state,
                ..p.clone()
            })
        })
        .collect();
    proposals.extend(through_state);
    let top: Vec<usize> = (0..spots.len()).filter(|&i| !nested[i]).collect();
    let second_goals = second_goals(text, spots, &top, &proposals);
    proposals.extend(second_goals);
    let legs = routes::propose(text, spots, &top, &proposals);
    proposals.extend(legs);
    proposals.extend(phrases::propose(text, sentence.clone(), spots));
    let seized = seized_by_speaker(text, spots, &proposals);
    proposals.extend(seized);
    // "Iran said the country …": two mentions of one actor link nothing, whatever rule paired
    // them.
    proposals.retain(|p| spots[p.from].id != spots[p.to].id);
    proposals.retain(|p| plausible(p.relation, spots[p.from].kind, spots[p.to].kind));
    // "Nationality: Russia. Position: Director of X": a notice's fields are records of their
    // own; only the rules that read fields link across them.
    if let Some(fields) = phrases::notice_field_numbers(text, &sentence, spots) {
        proposals.retain(|p| fields[p.from] == fields[p.to] || p.verb.starts_with("notice field"));
    }
    for proposal in &mut proposals {
        // "P, who runs O", "O is managed by P": a person who runs a firm or body leads it (a
        // firm that runs a vessel operates it).
        let organisation = matches!(
            spots[proposal.to].kind,
            ActorKind::Firm | ActorKind::Group | ActorKind::Agency | ActorKind::Other
        );
        if proposal.relation == "operates"
            && spots[proposal.from].kind == ActorKind::Person
            && organisation
        {
            proposal.relation = "leads";
        }
        // "SEA PEONY received fuel from ORCHID TIDE": goods that pass from one vessel to
        // another pass in a ship-to-ship transfer, whatever verb tells it.
        let between_vessels = spots[proposal.from].kind == ActorKind::Ship
            && spots[proposal.to].kind == ActorKind::Ship;
        let handed_over = matches!(
            proposal.relation,
            "supplies" | "ships_to" | "sells_to" | "exports_to" | "smuggles_to"
        );
        if between_vessels && handed_over {
            proposal.relation = "transfers_to";
        }
        if proposal.voice == "none" && !is_movement(proposal.relation) {
            continue;
        }
        let (grade, hedge) = hedge(body, &proposal.verb);
        proposal.grade = grade;
        proposal.hedge = hedge;
        proposal.date = date;
        proposal.commodity = commodity
            .clone()
            .filter(|_| is_movement(proposal.relation) || proposal.relation == "bans");
    }
    proposals
}

/// Before the agent of a passive verb: "was sold by ", "were reportedly shipped by the "
/// (the verb in group `verb`).
static PASSIVE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+by\s+(?:the\s+)?$",
    )
    .expect("valid regex")
});

/// An apposition after the agent of a passive verb, before where the goods went: ", a DPRK
/// entity,".
static AGENT_APPOSED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+(?:a|an|the)\s+[^,;:()]{1,60},").expect("valid regex"));

/// "The cargo was sold by X to Y", "coal was shipped by X to Y": X, the agent of a passive verb
/// of movement, sends to Y, named right after it with "to".
fn agent_then_goal(text: &str, spots: &[Spot], a: usize, b: usize, gap: &str) -> Option<Proposal> {
    // ("sold by X, a DPRK entity, to Y": past the agent's apposition.)
    let gap = AGENT_APPOSED
        .find(gap)
        .map_or(gap, |aside| &gap[aside.end()..]);
    let to_goal = gap.strip_prefix(" to ")?;
    if !matches!(to_goal, "" | "the ") {
        return None;
    }
    let verb = PASSIVE_BY
        .captures(just_before(text, spots[a].range.start))?
        .name("verb")?
        .as_str()
        .to_lowercase();
    let (relation, from_verb) = verb_of(&verb)?;
    let goes = is_movement(relation) && !matches!(relation, "loads_at" | "unloads_at" | "docks_at");
    (goes && !from_verb).then(|| proposal(a, b, relation, verb, "passive with agent", gap.len()))
}

/// An aside of means opened after a verb and not yet closed: ", through its accounts at ",
/// ", via ", ", using ".
static MEANS_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+(?:through|via|using)\s+[^,;]*$").expect("valid regex"));

/// After a name inside such an aside, its close and the goal's "to": ", to ", " in Dubai, to
/// the ".
static AFTER_ASIDE_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^,;.]{0,40},\s+to\s").expect("valid regex"));

/// After a vessel, a seizure without its agent: " (IMO 9361275) was boarded", " was seized on
/// Monday" (the verb in group `verb`; no "by" may follow it).
static SEIZED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*\([^)]{1,40}\))?,?\s+(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>seized|detained|impounded|boarded|confiscated|intercepted)\b(?P<rest>[^,;.]{0,40})")
        .expect("valid regex")
});

/// "The tanker X was boarded on Wednesday …, the coast guard said": the agency or state that
/// reports a vessel's seizure without naming who seized it is the one that seized it.
fn seized_by_speaker(text: &str, spots: &[Spot], proposals: &[Proposal]) -> Vec<Proposal> {
    proposals
        .iter()
        .filter(|p| {
            p.relation == "reports"
                && spots[p.to].kind == ActorKind::Ship
                && matches!(spots[p.from].kind, ActorKind::Agency | ActorKind::State)
        })
        .filter_map(|p| {
            let seized = SEIZED_AFTER.captures(&text[spots[p.to].range.end..])?;
            let agent = seized["rest"].contains(" by ");
            (!agent).then(|| {
                let verb = seized["verb"].to_owned();
                proposal(p.from, p.to, "seizes", verb, "passive", 0)
            })
        })
        .collect()
}

/// Before one who is urged or advised to act: "recommends that the ", "urged ", "called on ",
/// "asked the ".
static URGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:recommends?|recommended|recommending|urges?|urged|urging|calls?\s+on|called\s+on|calling\s+on|asks?|asked|requests?|requested|proposes?|proposed)\s+(?:that\s+)?(?:the\s+)?$")
        .expect("valid regex")
});

/// Before the subject of a relative clause whose object is the name before it: ", which ",
/// ", a front company that ", " whom ".
static RELATIVE_OBJECT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:that|which|whom)\s+$").expect("valid regex"));

/// After the subject of such a clause, its verb alone and the comma that closes it: " owns, ",
/// " reportedly controlled, ", " has run, ".
static CLOSED_CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:\p{Ll}+ly\s+)?(?:(?:has|had|have)\s+)?\p{Ll}+,").expect("valid regex")
});

/// Between who blames and whom a deed is blamed on: " blamed the hack on ", " has blamed the
/// attacks on the " (the verb in group `verb`).
static BLAMED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?P<verb>blamed|blames|blame|blaming)\s+(?:the|this|that|its|their|a|an)\s+[a-z\s-]{1,40}?\s+on\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// Between a vessel and the port where the cargo it carries was loaded: ", carrying about
/// 700,000 barrels of fuel oil loaded at the port of ", " laden with coal loaded in ".
static CARGO_LOADED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:carrying|carried|carries|laden\s+with)\s+[^;:()“”]{0,80}?\bloaded\s+(?:at|in)\s+(?:the\s+)?(?:(?:port|terminal|harbou?r)\s+of\s+(?:the\s+)?)?$",
    )
    .expect("valid regex")
});

/// "The tanker X, carrying fuel oil loaded at the port of Y": a vessel loads at the port where
/// the cargo it carries was loaded.
fn cargo_loaded(spots: &[Spot], a: usize, b: usize, gap: &str) -> Option<Proposal> {
    let port = matches!(spots[b].kind, ActorKind::Port | ActorKind::Place);
    (spots[a].kind == ActorKind::Ship && port && CARGO_LOADED.is_match(gap))
        .then(|| proposal(a, b, "loads_at", "loaded".into(), "cargo's port", gap.len()))
}

/// After the goal of a movement, another goal with its own "to": " and to ", " in Yerevan,
/// Armenia, and to the ", " as well as to ".
static AND_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+in\s+[^,;.]{1,40}?(?:,\s+[^,;.]{1,30}?)?)?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?to\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// More bytes than the longest gap [`AND_TO`] matches in text: " in " and 40 characters, ", " and
/// 30 (of up to four bytes each), ", as well as also to the ".
const AND_TO_REACH: usize = 320;

/// "X shipped the goods to Y in Yerevan, Armenia, and to Z": a movement `to` one goal goes to
/// the next goal given with its own "to" as well.
fn second_goals(
    text: &str,
    spots: &[Spot],
    top: &[usize],
    proposals: &[Proposal],
) -> Vec<Proposal> {
    proposals
        .iter()
        .filter(|p| p.relation.ends_with("_to") && is_movement(p.relation))
        .filter_map(|p| {
            let end = spots[p.to].range.end;
            // (No name further on than the pattern's longest gap can be the second goal.)
            let next = top
                .iter()
                .copied()
                .filter(|&i| spots[i].range.start >= end)
                .take_while(|&i| spots[i].range.start - end <= AND_TO_REACH)
                .find(|&i| AND_TO.is_match(&text[end..spots[i].range.start]))?;
            (next != p.from).then(|| Proposal {
                to: next,
                ..p.clone()
            })
        })
        .collect()
}

/// Whether a relation moves goods, money or carriers (and so has a commodity and a date).
pub(super) fn is_movement(relation: &str) -> bool {
    matches!(
        relation,
        "ships_to"
            | "exports_to"
            | "supplies"
            | "transfers_to"
            | "smuggles_to"
            | "sells_to"
            | "trades_with"
            | "pays"
            | "funds"
            | "lends_to"
            | "remits_to"
            | "loads_at"
            | "unloads_at"
            | "docks_at"
            | "sails_to"
    )
}

/// Before a place inside an address: "located at Room 1807, Harbourfront Tower, 33 Kai Lok
/// Road, ", "Address: 14 Port Street, ".
static IN_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:located|based|registered|headquartered)\s+at|\bAddress:)[^.;:]*,\s+$")
        .expect("valid regex")
});

/// Whether the name at `start` is a place of an address ([`IN_ADDRESS`] in the 100 characters
/// before it).
fn in_address(text: &str, start: usize) -> bool {
    let window = text[..start]
        .char_indices()
        .rev()
        .nth(100)
        .map_or(0, |(at, _)| at);
    IN_ADDRESS.is_match(&text[window..start])
}

/// A verb of speech after a comma, with its speaker's title after it, right before a name:
/// ", said Assistant Attorney General ".
static INVERTED_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,”\x22]\s*(?:said|says|told|added|noted|explained|stated|wrote|argued|claimed)(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}\s+$")
        .expect("valid regex")
});

/// The end of a quotation: a comma or a full stop, then the closing mark.
static CLOSING_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[,.!?]["”]"#).expect("valid regex"));

/// The link between spots `a` and `b` (in text order), if a verb between them states one;
/// `nested` and `qualifying` say which spots lie inside another and which qualify the name
/// after them ([`qualifies`]).
fn pair(
    text: &str,
    spots: &[Spot],
    nested: &[bool],
    qualifying: &[bool],
    a: usize,
    b: usize,
) -> Option<Proposal> {
    let gap_range = spots[a].range.end..spots[b].range.start;
    let gap = &text[gap_range.clone()];
    if gap.len() > 160 || gap.contains([';', '?', '!']) {
        return None;
    }
    // "“X paid for it,” said a Y official": a quote's end parts what is said from who says it.
    if CLOSING_QUOTE.is_match(gap) {
        return None;
    }
    // "X, located at 33 Kai Lok Road, Kowloon, Hong Kong, supplied Y": a place of an address
    // is no subject.
    let placed = matches!(
        spots[a].kind,
        ActorKind::Place | ActorKind::State | ActorKind::Port
    );
    if placed && gap.starts_with(',') && in_address(text, spots[a].range.start) {
        return None;
    }
    // "the cargo was sold by X to Y": the agent of a passive verb of movement, and where the
    // goods went, both follow the verb.
    if let Some(proposal) = agent_then_goal(text, spots, a, b, gap) {
        return Some(proposal);
    }
    // "The Panel recommends that the Security Council designate Y", "urged X to sanction Y":
    // what one is urged to do is not done.
    if URGED_BEFORE.is_match(just_before(text, spots[a].range.start)) {
        return None;
    }
    // "X, which P owns, paid Y": the verb of an object's relative clause, closed by its comma,
    // has its object before P.
    if RELATIVE_OBJECT_BEFORE.is_match(just_before(text, spots[a].range.start))
        && CLOSED_CLAUSE_VERB.is_match(gap)
    {
        return None;
    }
    // "the tanker X, carrying fuel oil loaded at the port of Y": where its cargo was loaded.
    if let Some(proposal) = cargo_loaded(spots, a, b, gap) {
        return Some(proposal);
    }
    // "X blamed the hack on Y": blaming a deed on someone attributes it.
    if let Some(blamed) = BLAMED_ON.captures(gap) {
        let verb = blamed["verb"].to_lowercase();
        return Some(proposal(
            a,
            b,
            "attributes_to",
            verb,
            "blamed on",
            gap.len(),
        ));
    }
    // "X FZE of Fujairah operates Y": the place of a firm's name is no subject.
    if places_firm_before(text, spots, a) {
        return None;
    }
    // "X sold it, said P": P, after the comma and a verb of speech, is who speaks.
    if INVERTED_SPEECH.is_match(gap) {
        return None;
    }
    // "X exported coal to Y, the Z committee reports": Z, after a comma and before a verb of
    // speech, opens a clause of its own; it is no object of X's verb.
    let clause_after = phrases::before_article(gap).ends_with(',');
    if clause_after && phrases::speaks_next(text, spots, b) {
        return None;
    }
    // "owned by Ruiz’s brother-in-law": the owner of a person is not the one meant.
    if phrases::owns_person(&text[spots[a].range.end..])
        || phrases::owns_person(&text[spots[b].range.end..])
    {
        return None;
    }
    // "sells Iranian petrochemicals": the goods' state is not who buys them (but "banned North
    // Korean coal exports" and "a ban on Peruvian coal" bar the state's trade).
    let measure_on_goods = || {
        let last_words: Vec<&str> = WORD.find_iter(gap).map(|w| w.as_str()).collect();
        last_words[last_words.len().saturating_sub(2)..]
            .iter()
            .filter_map(|word| verb_of(&word.to_lowercase()))
            .any(|(relation, _)| matches!(relation, "bans" | "sanctions"))
    };
    if spots[b].demonym && owns_goods(text, &spots[b]) && !measure_on_goods() {
        return None;
    }
    // "Ji Feng, a Chinese businessman, laundered": one of a state's people is not the state.
    // "seized a North Korean vessel": nor is one of its things the object.
    if state_as_adjective(text, &spots[a]) || state_as_adjective(text, &spots[b]) {
        return None;
    }
    // "moved her to the Panama registry": a state's register of ships is no end.
    if spots[b].kind == ActorKind::State && REGISTRY_AFTER.is_match(&text[spots[b].range.end..]) {
        return None;
    }
    // "the Russian firm, Gudzon Shipping Co., operated": the name apposed to the demonym's noun
    // is the subject.
    let apposed_next = spots[a + 1..]
        .iter()
        .find(|s| s.range.start >= spots[a].range.end)
        .is_some_and(|next| {
            DEMONYM_NOUN_APPOSED.is_match(&text[spots[a].range.end..next.range.start])
        });
    if spots[a].demonym && apposed_next {
        return None;
    }
    // "a Hong Kong-based company that owns X": a name made an adjective is nobody's subject.
    if MODIFIER_SUFFIXES
        .iter()
        .any(|suffix| gap.starts_with(suffix))
    {
        return None;
    }
    // "X, owned by Y, shipped coal to Z": an aside that describes X is not X's verb.
    // "X, which sails under the flag of Y, conducted …": nor is a relative clause closed
    // before the verb.
    // ("X, which it said was used to deliver oil to Y": the speaker inside the relative clause
    // and the instrument's "used to" are not the clause's words.)
    let asides: Vec<Range<usize>> = REDUCED_ASIDE
        .captures_iter(gap)
        .filter(|c| is_past(&c["participle"].to_lowercase()))
        .filter_map(|c| c.get(0))
        .chain(RELATIVE_ASIDE.find_iter(gap))
        .chain(
            INSERTED
                .captures_iter(gap)
                .filter(|c| {
                    c.name("next")
                        .is_none_or(|next| verb_of(next.as_str()).is_some())
                })
                .filter_map(|c| c.name("said").or(c.name("aside")).or(c.name("used"))),
        )
        .map(|m| m.range())
        .collect();
    // A word of another actor's name ("Korea Trade Agency") is no verb.
    let named = |at: usize| {
        spots
            .iter()
            .any(|s| s.range.contains(&(gap_range.start + at)))
    };
    let words: Vec<(usize, String)> = WORD
        .find_iter(gap)
        .filter(|m| !named(m.start()) && !asides.iter().any(|r| r.contains(&m.start())))
        .map(|m| (m.start(), m.as_str().to_lowercase()))
        .collect();
    // "a shipping company", "the smuggling network": a gerund before such a noun describes it;
    // "a ship manager": so does any form before the noun of one who runs a trade.
    let describes_noun = |i: usize| {
        words.get(i + 1).is_some_and(|(_, next)| {
            words[i].1.ends_with("ing") && DESCRIBED_NOUNS.contains(&next.as_str())
                || TRADERS.contains(&next.as_str())
        })
    };
    // "made payments to Y", "opened an inquiry into Y", "made at least four trips to Y": a noun
    // that is no verb form states the relation after a light verb.
    let after_light = |i: usize| {
        words[i.saturating_sub(4)..i]
            .iter()
            .rposition(|(_, w)| LIGHT_VERBS.contains(&w.as_str()))
            .is_some_and(|light| {
                let light = i.saturating_sub(4) + light;
                words[light + 1..i]
                    .iter()
                    .all(|(_, w)| verb_of(w).is_none())
            })
    };
    let carried_noun = |i: usize, word: &str| {
        CARRIED_NOUNS
            .iter()
            .find(|&&(noun, _)| noun == word)
            .filter(|_| after_light(i))
            .map(|&(_, relation)| (relation, false))
    };
    let verbs: Vec<(usize, &'static str, bool)> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| !describes_noun(i))
        .filter_map(|(i, (_, w))| {
            verb_of(w)
                .or_else(|| carried_noun(i, w))
                .map(|(relation, from_verb)| (i, relation, from_verb))
        })
        .collect();
    // "announced new sanctions against X": a verb that makes a measure public leaves the
    // relation to the measure's noun.
    let mut verbs = verbs;
    let announcing = words
        .iter()
        .position(|(_, w)| ANNOUNCING.contains(&w.as_str()))
        .filter(|&at| verbs.first().is_none_or(|&(first, ..)| at <= first));
    let measure = announcing.and_then(|verb| {
        let after: Vec<&str> = words[verb + 1..].iter().map(|(_, w)| w.as_str()).collect();
        let (offset, relation, from_verb) = measure(&after)?;
        Some((verb + 1 + offset, relation, from_verb))
    });
    let announced = measure.is_some();
    if let Some(measure) = measure {
        verbs.retain(|&(i, ..)| i > measure.0);
        verbs.insert(0, measure);
    }
    let &(first, ..) = verbs.first()?;
    // "the strict sanctions", "its fuel supplies", "coal exports": a noun, which heads a noun
    // phrase of its own between the actors, not the first actor's verb; but after a verb
    // that only carries it ("conducted a transfer with Y"), the noun states the relation.
    let carried = announced || after_light(first);
    // ("X and Y both sanction Z": "both" right after the subjects is an adverb.)
    let adverb_both =
        first > 0 && matches!(words[first - 1].1.as_str(), "both" | "all" | "each") && {
            let subject_end = text[..gap_range.start + words[first - 1].0]
                .trim_end()
                .len();
            spots.iter().any(|s| s.range.end == subject_end)
        };
    // ("X, a company based in the Philippines, shipped": the article is the name's, which is
    // no word of the gap.)
    let next_to_verb = first > 0 && {
        let (at, word) = &words[first - 1];
        gap.get(at + word.len()..words[first].0)
            .is_some_and(|between| between.trim().is_empty())
    };
    if next_to_verb && is_noun_before(&words[first - 1].1) && !carried && !adverb_both {
        return None;
    }
    // "6 ships bearing": a number counts a noun.
    let counted = gap[..words[first].0]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit());
    if counted {
        return None;
    }
    // "X said the firm paid Y", "data from X shows that Y …": the speaker is not the one who
    // paid.
    let reported = words[..first].iter().any(|(_, w)| {
        SPEECH_VERBS.contains(&w.as_str()) || ATTRIBUTING_VERBS.contains(&w.as_str())
    });
    let speaks_of_itself = speaker_acts(gap, &words[..first]);
    if reported && !announced && !speaks_of_itself {
        return None;
    }
    // "sanctioned Singapore-based X": the place qualifies the next name; it is not the object.
    if qualifying[b] {
        return None;
    }
    let after_first: Vec<&str> = words[first + 1..].iter().map(|(_, w)| w.as_str()).collect();
    // "X, a firm owned by Y", "… controlled by Singaporean businessman Y".
    let reduced = is_past(&words[first].1)
        && after_first.first() == Some(&"by")
        && after_first.len() <= 3
        && after_first[1..].iter().all(|w| verb_of(w).is_none());
    // "a front for X, paid Y": a name that a preposition governs is no subject (but "bought
    // from X, a firm owned by Y" describes X).
    // ("in Sinuiju, an area which borders Y": an apposition's relative clause is the name's.)
    let apposed_relative = APPOSED_RELATIVE.is_match(gap);
    if gap.starts_with(',')
        && is_governed(text, spots[a].range.start)
        && !reduced
        && !apposed_relative
    {
        return None;
    }
    // "X, of which Y is a member, banned Z": Y is in a relative clause that closes before the
    // verb.
    if gap[..words[first].0].contains(',') && opens_relative(text, spots[a].range.start) {
        return None;
    }
    // "X, satellite imagery revealed": after a lone comma, another subject takes the verb; "X,
    // a firm owned by Y" describes X.
    let lead_in = &gap[..words[first].0];
    if lead_in.matches(',').count() == 1 && !reduced {
        let comma = lead_in.find(',').unwrap_or(0);
        let subject = words[..first].iter().any(|(at, w)| {
            *at > comma && !CLAUSE_GLUE.contains(&w.as_str()) && !BE.contains(&w.as_str())
        });
        // "X, a Hong Kong-based company that owns Y": an apposition whose relative clause
        // has X's verb ("that has repeatedly docked at Y": past an adverb).
        let after_comma: Vec<&str> = words[..first]
            .iter()
            .filter(|(at, _)| *at > comma)
            .map(|(_, w)| w.as_str())
            .collect();
        let apposition = matches!(after_comma.first(), Some(&("a" | "an" | "the")))
            && after_comma
                .iter()
                .rposition(|w| matches!(*w, "that" | "which" | "who"))
                .is_some_and(|relative| {
                    after_comma[relative + 1..]
                        .iter()
                        .all(|w| CLAUSE_GLUE.contains(w) || BE.contains(w) || w.ends_with("ly"))
                });
        // "X, Y and Z, all of which had been designated by W": a relative clause of the whole
        // list.
        let quantified_relative = after_comma.len() >= 3
            && QUANTIFIERS.contains(&after_comma[0])
            && after_comma[1] == "of"
            && matches!(after_comma[2], "which" | "whom")
            && after_comma[3..]
                .iter()
                .all(|w| CLAUSE_GLUE.contains(w) || BE.contains(w) || w.ends_with("ly"));
        if subject && !apposition && !quantified_relative {
            return None;
        }
    }
    // "seized by X and sold to Y", "shipped oil to X and sold": X ends the first clause and
    // the verb after "and" is not its own (but "X and Y have banned" lists X with Y).
    let listed_before_verb = spots[a + 1..b]
        .iter()
        .any(|s| s.range.start < gap_range.start + words[first].0);
    // ("Last month X went dark and transferred her cargo to Y": the sentence's subject, before a
    // verb that states no link, keeps the verb after "and".)
    let opens_sentence = spots[..a]
        .iter()
        .all(|s| s.range.end > spots[a].range.start)
        && !is_governed(text, spots[a].range.start);
    let own_verb = opens_sentence || speaks_of_itself;
    if joined_at(&words, first).is_some() && !listed_before_verb && !own_verb {
        return None;
    }
    // "X shipped coal to Y and sold oil to Z": the last verb coordinated with the first, past
    // the first clause's objects, is the subject's verb for the actor after it.
    let coordinated = verbs
        .iter()
        .rev()
        .find(|(i, ..)| {
            *i > first
                && joined_at(&words, *i).is_some()
                && (is_past(&words[*i].1) || words[*i].1.ends_with("ing"))
        })
        .copied();
    let (index, relation, from_verb) = coordinated.unwrap_or(verbs[0]);
    let verb = words[index].1.clone();
    // Where the chosen verb's clause starts in the gap: its coordinator, or the gap's start.
    // ("X went dark off Ilo and transferred", "X said it had no record of the vessel and
    // accused": the subject's own verb after "and" opens its clause there too.)
    let joint = coordinated
        .and_then(|(i, ..)| joined_at(&words, i))
        .or_else(|| own_verb.then(|| joined_at(&words, index)).flatten());
    let clause_from = match joint {
        Some(joint) => gap_range.start + words[joint].0,
        None => gap_range.start,
    };
    let verb_start = gap_range.start + words[index].0;
    let verb_end = verb_start + words[index].1.len();
    // Whether `b` is what something is attributed to ("attributed … to Y").
    let attributed_to = governing(text, spots[b].range.start)
        .is_some_and(|preposition| preposition.eq_ignore_ascii_case("to"));
    // "remitted the funds, through its accounts at X, to Y": an aside names the means; the goal
    // comes after it (but "shipped it, via X, to Y" transits X).
    let means_open = |from: usize, to: usize| {
        from <= to && text.get(from..to).is_some_and(|t| MEANS_ASIDE.is_match(t))
    };
    let goal_after = |end: usize| AFTER_ASIDE_TO.is_match(&text[end..]);
    let way = phrases::before_article(&text[..spots[b].range.start])
        .rsplit(' ')
        .next()
        .is_some_and(|p| matches!(p, "via" | "through"));
    if !way && means_open(verb_end, spots[b].range.start) && goal_after(spots[b].range.end) {
        return None;
    }
    // Another actor between the verb and `b` takes the verb, unless it heads a list with `b`
    // or qualifies the name after it ("Singapore-based").
    for (middle, middle_at) in (a + 1..b)
        .filter(|&i| !nested[i] && !qualifying[i])
        .map(|i| (&spots[i], i))
    {
        // "carried North Korean munitions to X": the goods' owner stands for no one; nor does
        // the state of a person's nationality ("managed by PRC national X").
        if middle.demonym && owns_goods(text, middle) || state_as_adjective(text, middle) {
            continue;
        }
        // ("remitted the funds, through its accounts at X, to Y": X is in the aside.)
        if middle.range.start >= verb_end
            && means_open(verb_end, middle.range.start)
            && goal_after(middle.range.end)
        {
            continue;
        }
        // "borders China’s Liaoning Province": the owner of `b` is part of its name phrase.
        let owner_of_b = ["’s ", "'s "]
            .iter()
            .any(|s| text[middle.range.end..spots[b].range.start] == **s);
        if owner_of_b && middle.range.start >= verb_end {
            continue;
        }
        // Another actor before the verb is its subject, unless it is listed with `a`
        // ("X and Y shipped"), a demonym ("Russian oil") or set off by commas ("X, of which Y
        // is a member, banned").
        // ("was insured by Y and chartered by Z": Y, an earlier verb's agent, is no subject.)
        // ("flagged in Malta and owned by Y": where the subject is, is no subject either.)
        // ("in Sinuiju, an area which borders Y": but an apposition after it has its verb.)
        let governed = is_agent(text, middle.range.start)
            || is_where(text, middle)
                && text
                    .get(middle.range.end..verb_start)
                    .is_some_and(|between| !between.contains(','));
        if middle.range.start >= clause_from
            && middle.range.end <= verb_start
            && !middle.demonym
            && !governed
        {
            // ("The X and the Y are owned by": an article opens the next subject after "and".)
            let joint = text[spots[a].range.end..middle.range.start].trim();
            let joint = match phrases::joint_before_article(joint) {
                listed @ ("and" | ", and") => listed,
                _ => joint,
            };
            let aside = text[spots[a].range.end..middle.range.start].contains(',')
                && text[middle.range.end..verb_start].contains(',');
            if !aside && !matches!(joint, "," | "and" | ", and" | "&") {
                return None;
            }
        }
        // ("attributed the theft from X to Y": X is inside what is attributed.)
        let attributed = relation == "attributes_to" && attributed_to;
        // "transferred its cargo in the Yellow Sea to Y": where the goods moved is on the way
        // to Y, who takes them.
        let where_moved = is_movement(relation)
            && is_where(text, middle)
            && text[middle.range.end..spots[b].range.start]
                .trim_start()
                .starts_with("to ");
        // "controls X in Lima, Y in Singapore and Z": a place after "in" qualifies the item
        // before it, inside the list.
        if middle.range.start >= verb_end && placed_item(text, spots, middle_at) {
            continue;
        }
        if middle.range.start >= verb_end && !attributed && !where_moved {
            // The joint to the next name: "X, Y and Z" lists Y with Z through X's joints.
            let joint_from = item_end(text, spots, middle_at);
            // ("X, a Lima-based firm, and Y": past an apposition and the names inside it.)
            // ("controls X in Lima": `b` is the place of the item before it.)
            let joint_from = ITEM_APPOSED
                .find(text.get(joint_from..spots[b].range.start)?)
                .map_or(joint_from, |apposed| joint_from + apposed.end() - 1);
            let next = spots[..b]
                .iter()
                .filter(|s| s.range.start >= joint_from)
                .map(|s| s.range.start)
                .min()
                .unwrap_or(spots[b].range.start);
            // "including the X and the Y": an article opens the next item of the list.
            let link = phrases::joint_before_article(&text[joint_from..next]);
            // "owned by Ruiz’s brother-in-law, Pedro Salas": the owner of a person apposed to
            // `b` stands for no one else.
            // "X and its owner, Y": Y is listed with X.
            let owns_apposed = phrases::owns_person(link) && link.ends_with(',')
                || phrases::ITS_ROLE.is_match(link);
            let listed = owns_apposed || phrases::is_list_joint(link);
            // "to Vanino, Russia, in May": a place and its country, not a list of two.
            let place_in_country = link.trim() == ","
                && matches!(middle.kind, ActorKind::Place | ActorKind::Port)
                && spots[b].kind == ActorKind::State
                && !phrases::continues_list(&text[spots[b].range.end..]);
            if !listed || place_in_country {
                return None;
            }
        }
    }
    // ("controls X in Lima, Y": the "in" of an item's place governs no later name.)
    let places_item = |at: usize| {
        (a + 1..b).any(|j| {
            spots[j].range.start == gap_range.start + at + 3 && placed_item(text, spots, j)
        })
    };
    let after_verb: Vec<&str> = words[index + 1..]
        .iter()
        .filter(|(at, w)| w != "in" || !places_item(*at))
        .map(|(_, w)| w.as_str())
        .collect();
    // The first verb's own clause: "X, of which Y is a member, banned" is active; a verb
    // coordinated with a passive one shares its "was" ("was seized and sold to").
    let clause_start = gap[..words[first].0].rfind(',').unwrap_or(0);
    let before_verb: Vec<&str> = words[..first]
        .iter()
        .filter(|(at, _)| *at >= clause_start)
        .map(|(_, w)| w.as_str())
        .collect();
    // "X shipped coal to Y and was sanctioned by Z": a coordinated verb with its own "was" is
    // passive whatever the first one is.
    let own_be = coordinated
        .and_then(|(i, ..)| joined_at(&words, i).map(|joint| (joint, i)))
        .is_some_and(|(joint, i)| {
            words[joint + 1..i]
                .iter()
                .any(|(_, w)| BE.contains(&w.as_str()))
        });
    let passive = if own_be {
        is_past(&verb)
    } else {
        before_verb.iter().rev().take(3).any(|w| BE.contains(w))
            && is_past(&words[first].1)
            && is_past(&verb)
    };
    // "X, a firm owned by Y": a participle right before "by" and the agent is passive without
    // its "is" (a reduced relative clause).
    let reduced = reduced && coordinated.is_none();
    // "owned by his brother-in-law, Pedro Salas": an agent named in apposition to a short noun
    // phrase.
    let apposed_agent = after_verb
        .iter()
        .rposition(|w| *w == "by")
        .is_some_and(|by| {
            after_verb.len() - by <= 5
                && gap.trim_end().ends_with(',')
                && gap.matches(',').count() == 1
                && after_verb[by + 1..].iter().all(|w| verb_of(w).is_none())
        });
    let agent = (passive || reduced)
        && (after_verb.iter().rev().take(2).any(|w| *w == "by") || apposed_agent);
    // "X and Y (a firm funded by Z)": a reduced relative clause is the nearest actor's alone
    // (but in "X, flagged in Malta and owned by Z" the place is where X is flagged).
    let nearer = spots[a + 1..b]
        .iter()
        .zip(&nested[a + 1..b])
        .any(|(s, nested)| {
            !nested
                && s.range.start >= clause_from
                && s.range.end <= verb_start
                && !is_agent(text, s.range.start)
                && !(is_where(text, s) && text[s.range.end..verb_start].trim() == "and")
        });
    if reduced && !passive && nearer {
        return None;
    }
    let last = last_preposition(&after_verb);
    // "worked for X", "works at X", "worked with X"; not "worked in Peru" nor "worked on it".
    if relation == "works_for" && !matches!(last, "for" | "at" | "with") {
        return None;
    }
    // (The verb's own relation says how it takes its object: "provided aid to X" is `aids`,
    // with the "to" of "provided".)
    let verb_relation = relation;
    // "adopted a package of measures against X"; not "adopted a resolution on X".
    let measures = ["measures", "sanctions", "package"];
    if verb.starts_with("adopt") && !after_verb.iter().any(|w| measures.contains(w)) {
        return None;
    }
    // "lists X as the owner", "was listed as its manager": a record, not a designation.
    let listed_as = text[spots[b].range.end..].starts_with(" as ");
    if verb.starts_with("list") && (after_verb.contains(&"as") || listed_as) {
        return None;
    }
    let relation = refine(relation, &after_verb);
    // "reloaded the coal at Nakhodka": a vessel loads what it reloads where it does so.
    let relation = if verb.starts_with("reload") && matches!(last, "at" | "in") {
        "loads_at"
    } else {
        relation
    };
    // "reported to X": X is the one told, not the one reported on.
    if relation == "reports" && last == "to" {
        return None;
    }
    // "sold no oil to X", "did not ship to X", "never paid X": the sentence denies the link.
    let negated = after_verb.first().is_some_and(|w| *w == "no")
        || words[..index]
            .iter()
            .rev()
            .take(2)
            .any(|(_, w)| matches!(w.as_str(), "not" | "never" | "didn’t" | "didn't"));
    // "recommends that the Committee consider designating X": what is only proposed is not
    // done.
    let proposed = index > 0
        && matches!(
            words[index - 1].1.as_str(),
            "consider" | "considering" | "considers" | "recommend" | "recommends" | "recommended"
        );
    if negated || proposed {
        return None;
    }
    // "sanctioned firms in X", "employed people to run tours to X": a verb that takes its
    // target as a direct object has none in an actor after a preposition, nor in one after
    // the reason it gives ("designated X for shipping North Korean coal").
    let reason = after_verb
        .windows(2)
        .any(|w| w[0] == "for" && w[1].ends_with("ing"));
    let misplaced = is_preposition(last) && !takes_after(relation, last);
    // ("designated five entities in Iran, China and Türkiye": the list's preposition governs
    // every name of it.)
    let mut list_head = b;
    for i in (a + 1..b)
        .rev()
        .filter(|&i| !nested[i] && !placed_item(text, spots, i))
    {
        let Some(joint) = text.get(item_end(text, spots, i)..spots[list_head].range.start) else {
            break;
        };
        let joint = phrases::joint_before_article(joint);
        if spots[i].range.start < verb_end || !phrases::is_list_joint(joint) {
            break;
        }
        list_head = i;
    }
    let list_governed = list_head != b
        && governing(text, spots[list_head].range.start)
            .is_some_and(|p| is_preposition(p) && !takes_after(relation, p));
    let misplaced = (misplaced || list_governed) && takes_direct_object(verb_relation);
    // "transferred oil in the Yellow Sea", "supplied fuel off Peru": where goods change hands
    // is not where they go.
    let goods_relation = takes_goods_object(relation) || relation == "supplies";
    let before_b = after_verb
        .iter()
        .rev()
        .find(|w| !matches!(**w, "the" | "a" | "an"))
        .copied()
        .unwrap_or_default();
    let offshore = after_verb
        .iter()
        .rev()
        .take(4)
        .any(|w| matches!(*w, "off" | "coast" | "waters"));
    if goods_relation
        && (offshore || matches!(before_b, "in" | "off" | "near" | "at" | "inside" | "within"))
    {
        return None;
    }
    // "carried North Korean munitions to X": a demonym before goods owns them; it is no
    // destination (but "banned North Korean coal exports" bans the owner).
    if spots[b].demonym && is_movement(relation) && owns_goods(text, &spots[b]) {
        return None;
    }
    // "warned shippers that carrying oil to X …": X is in what is said, not the one warned.
    let said_after_object = matches!(relation, "warns" | "accuses" | "criticizes" | "threatens")
        && after_verb.iter().skip(1).any(|w| *w == "that");
    if said_after_object {
        return None;
    }
    // "supported the sanctions as a permanent member of X": X is in the subject's role, not the
    // verb's object.
    let in_role = before_b == "of" && after_verb.iter().rev().take(8).any(|w| *w == "as");
    if in_role {
        return None;
    }
    // "had sold the vessel": a ship right after the verb is what was sold, not the buyer.
    let sold_ship = spots[b].kind == ActorKind::Ship
        && takes_goods_object(relation)
        && !after_verb.iter().any(|w| is_preposition(w));
    // ("bought the vessel Y": the buyer owns it.)
    if sold_ship && !agent && from_verb && relation == "sells_to" {
        return Some(proposal(a, b, "owns", verb, "active", gap.len()));
    }
    if sold_ship && !agent {
        return None;
    }
    // ("the tanker was purchased by Y": Y owns it.)
    let bought_ship = spots[a].kind == ActorKind::Ship && agent && from_verb;
    if bought_ship && relation == "sells_to" {
        return Some(proposal(
            b,
            a,
            "owns",
            verb,
            "passive with agent",
            gap.len(),
        ));
    }
    // "the panel monitoring sanctions violations, X has": a comma ends the object, and X
    // opens a clause of its own right after it (not so "…, targeting X").
    // Likewise "violating sanctions, an accusation X denies": a comma after the object ends it.
    let object_ends = text[verb_end..spots[b].range.start]
        .rsplit_once(',')
        .is_some_and(|(object, rest)| {
            let verb_after = rest
                .split(|c: char| !c.is_alphabetic())
                .any(|w| verb_of(&w.to_lowercase()).is_some());
            // ("six vessels, including the X" goes on with the object.)
            let lists = [
                "including",
                "as well as",
                "such as",
                "among them",
                "namely",
                "notably",
                "especially",
            ]
            .iter()
            .any(|opener| rest.trim_start().starts_with(opener));
            // ("charged two men, X and Y, with": the names are apposed to a counted noun.)
            let counted = COUNTED_OBJECT.is_match(object);
            !counted
                && (matches!(rest.trim(), "" | "the" | "The")
                    || !object.trim().is_empty() && !verb_after && !lists)
        })
        && !spots[a + 1..b].iter().any(|s| s.range.start >= verb_end);
    if takes_direct_object(relation) && (misplaced || reason || object_ends) && !agent {
        return None;
    }
    // "the vessel was sold by X": the subject of a passive verb that takes goods as its object
    // is the goods, not where they went.
    if agent && takes_goods_object(relation) && !from_verb {
        return None;
    }
    let (from, to, voice) = if from_verb && last == "from" {
        (b, a, "active")
    } else if from_verb || (last == "from" && is_movement(relation)) {
        // "sailed from X" leaves X; it does not go there.
        return None;
    } else if agent {
        (b, a, "passive with agent")
    } else if passive && verb == "linked" {
        // "X was linked to Y": no one attributes; X is linked to Y.
        return Some(proposal(a, b, "linked_to", verb, "passive", gap.len()));
    } else if passive {
        // "Coal bound for X was shipped to Y": the goods' owner is no name after a preposition
        // other than one of provenance ("the coal from X", "shipments of X").
        let owner = governing(text, spots[a].range.start).is_none_or(|preposition| {
            preposition.eq_ignore_ascii_case("from") || preposition.eq_ignore_ascii_case("of")
        });
        // "shipped to the port of X before being reloaded": a place owns no goods.
        let place = matches!(spots[a].kind, ActorKind::Place | ActorKind::Port);
        if !owner || place || !is_movement(relation) && !matches!(relation, "transits") {
            return None;
        }
        // "In 2020 the tanker was sold to X": a vessel sold is the goods; its buyer owns it.
        let buyer = matches!(
            spots[b].kind,
            ActorKind::Firm | ActorKind::Person | ActorKind::Group | ActorKind::State
        ) && !spots[b].demonym;
        if spots[a].kind == ActorKind::Ship && relation == "sells_to" {
            return buyer.then(|| proposal(b, a, "owns", verb, "passive", gap.len()));
        }
        (a, b, "passive")
    } else {
        // "connections in X to defy Y", "a front for X, paid Y": a name after a preposition
        // other than an owner's "of" or "from" is no subject.
        let governed = governing(text, spots[a].range.start).is_some_and(|preposition| {
            !preposition.eq_ignore_ascii_case("of") && !preposition.eq_ignore_ascii_case("from")
        });
        // ("after it transferred": a subject pronoun follows a conjunction, not a preposition.)
        let pronoun = matches!(
            text[spots[a].range.clone()].to_lowercase().as_str(),
            "it" | "he" | "she"
        );
        if governed && !pronoun && !apposed_relative {
            return None;
        }
        (a, b, "active")
    };
    // "attributed the theft from X to Y": what is attributed goes to the name after "to".
    if relation == "attributes_to" && voice == "active" && !attributed_to {
        return None;
    }
    // "a firm backed by Y": what backs a firm, a group or an agency funds it (a state or a
    // person backed by Y is aided).
    let funded = matches!(
        spots[a].kind,
        ActorKind::Firm | ActorKind::Group | ActorKind::Agency | ActorKind::Other
    );
    let relation = if relation == "aids" && verb == "backed" && agent && funded {
        "funds"
    } else {
        relation
    };
    // "X is headed by P": led, not sailed to.
    let relation = if verb == "headed" && voice != "active" {
        "leads"
    } else {
        relation
    };
    Some(proposal(from, to, relation, verb, voice, gap.len()))
}

/// The relation a word gives as a verb, and whether it is one whose object after "from" is
/// the source ("imported oil from X").
pub(super) fn verb_of(word: &str) -> Option<(&'static str, bool)> {
    VERB_FORMS.get(word).copied()
}

/// Every verb form of [`FROM_VERBS`] and [`VERBS`] with what [`verb_of`] gives for it (the
/// first entry of a form wins, `FROM_VERBS` first): every word between two actors is looked up.
static VERB_FORMS: LazyLock<HashMap<&'static str, (&'static str, bool)>> = LazyLock::new(|| {
    let from = FROM_VERBS
        .iter()
        .map(|&(form, relation)| (form, (relation, true)));
    let other = VERBS
        .iter()
        .flat_map(|&(relation, forms)| forms.iter().map(move |&form| (form, (relation, false))));
    let mut forms = HashMap::new();
    for (form, meaning) in from.chain(other) {
        forms.entry(form).or_insert(meaning);
    }
    forms
});

/// Whether the subject of the verb after `lead` (the words of a gap before its first verb) is
/// the actor before the gap, who speaks of itself: "X said it had opened an inquiry into",
/// "X, the country's regulator, said on Monday that it had frozen".
fn speaker_acts(gap: &str, lead: &[(usize, String)]) -> bool {
    let Some(speech) = lead
        .iter()
        .rposition(|(_, w)| SPEECH_VERBS.contains(&w.as_str()))
    else {
        return false;
    };
    // The speaker is the actor right before the verb of speech, or before an apposition.
    let before = gap[..lead[speech].0].trim();
    let speaker_next = before.is_empty() || before.starts_with(',') && before.ends_with(',');
    let said: Vec<&str> = lead[speech + 1..]
        .iter()
        .map(|(_, w)| w.as_str())
        .filter(|w| !WHEN_SAID.contains(w))
        .collect();
    // ("X said it had no record of the vessel and accused Y": the pronoun's clause may hold
    // other words before "and".)
    let verb_clause = said
        .iter()
        .rposition(|w| *w == "and")
        .map_or(1, |and| and + 1);
    speaker_next
        && matches!(said.first(), Some(&("it" | "they")))
        && said[verb_clause.max(1)..].iter().all(|w| {
            CLAUSE_GLUE.contains(w)
                || BE.contains(w)
                || LIGHT_VERBS.contains(w)
                || matches!(*w, "a" | "an" | "the")
        })
}

/// Words of when something was said, between a verb of speech and what is said ("said on
/// Monday that").
const WHEN_SAID: &[&str] = &[
    "that",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
];

/// Words that count the members of a list before "of which" ("all of which", "two of whom").
const QUANTIFIERS: &[&str] = &[
    "all", "both", "each", "some", "most", "many", "several", "none", "one", "two", "three",
    "four", "five",
];

/// Where the conjunction that joins the verb `words[verb]` to an earlier subject stands ("and",
/// "but", with "then", "also" or "later" or an auxiliary between it and the verb: "and was
/// later seized"; "before" or "after" a participle: "loaded at X before discharging at Y"), if
/// one does.
fn joined_at(words: &[(usize, String)], verb: usize) -> Option<usize> {
    let joint = words[..verb].iter().rposition(|(_, w)| {
        !ADVERBS_OF_SEQUENCE.contains(&w.as_str())
            && !BE.contains(&w.as_str())
            && !matches!(w.as_str(), "has" | "have" | "had")
    })?;
    let participle = words[verb].1.ends_with("ing") && joint + 1 == verb;
    let joins = match words[joint].1.as_str() {
        "and" | "but" => true,
        "before" | "after" => participle,
        _ => false,
    };
    joins.then_some(joint)
}

/// The word that leads to the second actor, past a place noun that names it ("at the port of
/// X" is "at"; "to the city of X" is "to"), a holding ("froze the assets of X" has none) or a
/// vessel's noun with its flag and trade ("from the Togo-flagged crude tanker X" is "from"),
/// empty if none.
fn last_preposition<'a>(after_verb: &[&'a str]) -> &'a str {
    let mut end = after_verb.len();
    if end >= 2 && super::discover::names_vessel(after_verb[end - 1]) {
        end -= 1;
        let describes = |w: &str| {
            w.ends_with("-flagged") || w.ends_with("-registered") || VESSEL_TRADES.contains(&w)
        };
        while end > 0 && describes(after_verb[end - 1]) {
            end -= 1;
        }
        while end > 0 && matches!(after_verb[end - 1], "the" | "a" | "an") {
            end -= 1;
        }
        return after_verb[..end].last().copied().unwrap_or_default();
    }
    let named_by_of = |noun: &str| PLACE_NOUNS.contains(&noun) || HOLDINGS.contains(&noun);
    if end >= 2 && after_verb[end - 1] == "of" && named_by_of(after_verb[end - 2]) {
        end -= 2;
        while end > 0 && matches!(after_verb[end - 1], "the" | "a" | "an") {
            end -= 1;
        }
    }
    after_verb[..end].last().copied().unwrap_or_default()
}

/// Whether a word before a verb form makes it a noun: one that opens a noun phrase, or a
/// commodity that modifies it ("coal exports").
fn is_noun_before(word: &str) -> bool {
    NOUN_OPENERS.contains(&word) || COMMODITIES.contains(&word)
}

/// Nouns that a gerund before them describes ("shipping company", "trading firms").
const DESCRIBED_NOUNS: &[&str] = &[
    "unit",
    "units",
    "team",
    "cell",
    "entity",
    "entities",
    "organization",
    "organisation",
    "company",
    "companies",
    "firm",
    "firms",
    "business",
    "businesses",
    "group",
    "agency",
    "agent",
    "agents",
    "network",
    "networks",
    "vessel",
    "vessels",
    "ship",
    "ships",
    "tanker",
    "tankers",
    "line",
    "lines",
    "operation",
    "operations",
    "partner",
    "partners",
    "route",
    "routes",
    "hub",
    "scheme",
    "schemes",
    "ring",
];

/// Those who run a trade, which a verb's form before them names: "ship manager", "supply
/// broker".
const TRADERS: &[&str] = &[
    "manager",
    "managers",
    "owner",
    "owners",
    "operator",
    "operators",
    "broker",
    "brokers",
];

/// Whether a verb form is a past tense or participle ("shipped", "sold").
fn is_past(verb: &str) -> bool {
    verb.ends_with("ed") || IRREGULAR_PAST.contains(&verb)
}

/// Whether a relation's verb takes the goods as its direct object ("shipped coal", "sold the
/// vessel"), so that its target comes after a preposition, if at all.
fn takes_goods_object(relation: &str) -> bool {
    matches!(
        relation,
        "ships_to" | "exports_to" | "sells_to" | "smuggles_to" | "transfers_to"
    )
}

/// Whether a relation's verb takes its target as a direct object ("sanctioned X", "employs X",
/// "owns X"), not after a preposition.
pub(super) fn takes_direct_object(relation: &str) -> bool {
    matches!(
        relation,
        "sanctions"
            | "bans"
            | "investigates"
            | "seizes"
            | "monitors"
            | "employs"
            | "owns"
            | "controls"
            | "operates"
            | "leads"
            | "funds"
            | "attacks"
            | "accuses"
            | "violates"
            | "hacks"
            | "aids"
            | "threatens"
    )
}

/// Whether a direct-object relation also takes its target after a preposition: "imposed
/// sanctions on X", "a ban against X".
fn takes_after(relation: &str, preposition: &str) -> bool {
    matches!(
        (relation, preposition),
        ("sanctions" | "bans", "on" | "against") | ("investigates", "into")
    )
}

/// Whether a word is a preposition that places or directs ("in", "to", "at").
pub(super) fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "to"
            | "on"
            | "from"
            | "with"
            | "of"
            | "for"
            | "into"
            | "onto"
            | "near"
            | "off"
            | "across"
            | "through"
            | "via"
            | "between"
            | "among"
            | "over"
            | "under"
    )
}

/// Whether a name is made an adjective by a participle after it: "Singapore-based",
/// "Togo-flagged".
pub(super) fn made_adjective(text: &str, spot: &Spot) -> bool {
    let after = &text[spot.range.end..];
    MODIFIER_SUFFIXES
        .iter()
        .any(|suffix| after.starts_with(suffix))
}

/// Whether spot `i` is a place that says where the firm named right before it is ("Arcturus
/// Ship Management FZE of Fujairah"), and so part of that name's phrase.
fn places_firm_before(text: &str, spots: &[Spot], i: usize) -> bool {
    let place = &spots[i];
    let placed = matches!(
        place.kind,
        ActorKind::Place | ActorKind::Port | ActorKind::State
    );
    placed
        && spots[..i]
            .iter()
            .rev()
            .find(|s| s.range.end <= place.range.start)
            .is_some_and(|firm| {
                firm.kind == ActorKind::Firm && text[firm.range.end..place.range.start] == *" of "
            })
}

/// Whether spot `i` (of `spots`, in text order) qualifies the name after it (or before it, as
/// a flag: "under the flag of Tuvalu", "the Panamanian flag"):
/// "Singapore-based", "Togo-flagged", an owner ("Russia’s Vostochny Port"), a firm's place
/// ("X FZE of Fujairah"); a demonym or a state's name before a place noun and "of" ("the North
/// Korean port of Nampo", "the DPRK port of Taeryong"), or a demonym before a few lowercase
/// words and the next name ("the North Korean tanker Sea Star", "Chinese state firm Arun Oil").
pub(super) fn qualifies(text: &str, spots: &[Spot], i: usize) -> bool {
    let spot = &spots[i];
    // "sailing under the Panamanian flag", "under the flag of Tuvalu": a flag state, neither a
    // destination nor what a statement is about.
    let flag_of = phrases::before_article(&text[..spot.range.start]).ends_with("flag of");
    if made_adjective(text, spot) || flag_of || text[spot.range.end..].starts_with(" flag") {
        return true;
    }
    let after = &text[spot.range.end..];
    let next = spots[i + 1..]
        .iter()
        .find(|s| s.range.start >= spot.range.end);
    // "Russia’s Vostochny Port": the owner, right before what it owns.
    let owns_next = next.is_some_and(|next| {
        matches!(
            text[spot.range.end..next.range.start].trim_end(),
            "’s" | "'s"
        )
    });
    // "the North Korean tanker Chong Gen", "the UN Panel": a name right before another
    // qualifies it.
    let right_before = next.is_some_and(|next| &text[spot.range.end..next.range.start] == " ");
    if owns_next || right_before || places_firm_before(text, spots, i) {
        return true;
    }
    // ("the DPRK port of Taeryong": a state's name as a demonym.)
    if spot.kind == ActorKind::State && PLACE_OF_AFTER.is_match(after) {
        return true;
    }
    if !spot.demonym {
        return false;
    }
    let heads_next = next.is_some_and(|next| {
        let between = &text[spot.range.end..next.range.start];
        let words: Vec<&str> = between.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !is_preposition(w)
                    && (verb_of(w).is_none() || DESCRIBED_NOUNS.contains(w))
            })
    });
    heads_next || PLACE_OF_AFTER.is_match(after)
}

/// After a demonym, a place noun and "of": " port of ", " border city of ".
static PLACE_OF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s+(?:[a-z]+\s+)?(?:{})\s+of\s",
        PLACE_NOUNS.join("|")
    ))
    .expect("valid regex")
});

/// A sharper relation from the words after the verb: "sent workers to" is `sends_workers_to`,
/// "sailed to" stays `sails_to` while "arrived in" is `docks_at`.
fn refine(relation: &'static str, after_verb: &[&str]) -> &'static str {
    let has = |word: &str| after_verb.contains(&word);
    match relation {
        "supplies" | "ships_to" if has("workers") || has("labourers") || has("laborers") => {
            "sends_workers_to"
        }
        "supplies" | "ships_to" if has("troops") || has("soldiers") => "sends_troops_to",
        "supplies" | "ships_to" if has("tourists") => "sends_tourists_to",
        "supplies" | "transfers_to" if has("payments") || has("payment") || has("money") => "pays",
        // "provided humanitarian assistance to X", "providing X with a lifeline".
        "supplies"
            if ["aid", "assistance", "lifeline", "support", "help"]
                .iter()
                .any(|noun| has(noun)) =>
        {
            "aids"
        }
        // "worked with X": together, not for X.
        "works_for" if last_preposition(after_verb) == "with" => "cooperates_with",
        "sails_to" if matches!(last_preposition(after_verb), "at" | "in") => "docks_at",
        // "moved through X", "shipped via X": X is on the way, not the end of it.
        "ships_to" | "exports_to" | "smuggles_to" | "sails_to"
            if matches!(last_preposition(after_verb), "through" | "via") =>
        {
            "transits"
        }
        other => other,
    }
}

fn proposal(
    from: usize,
    to: usize,
    relation: &'static str,
    verb: String,
    voice: &'static str,
    gap: usize,
) -> Proposal {
    let confidence = if gap <= 40 {
        0.8
    } else if gap <= 90 {
        0.65
    } else {
        0.5
    };
    Proposal {
        from,
        to,
        relation,
        verb,
        voice,
        commodity: None,
        date: None,
        grade: Grade::CONFIRMED,
        hedge: None,
        confidence,
    }
}

/// The lowest grade the sentence's hedges give, with the hedge; the link's own verb ("denied")
/// is no hedge of itself.
fn hedge(body: &str, verb: &str) -> (Grade, Option<String>) {
    // "in May" names a month; the hedge is the modal "may".
    let words: Vec<String> = WORD
        .find_iter(body)
        .filter(|m| m.as_str() != "May")
        .map(|m| m.as_str().to_lowercase())
        .collect();
    for (grade, hedges) in HEDGES {
        if let Some(word) = words
            .iter()
            .find(|w| w.as_str() != verb && hedges.contains(&w.as_str()))
        {
            return (grade.parse().expect("a grade word"), Some(word.clone()));
        }
    }
    (Grade::CONFIRMED, None)
}

/// The sentence `text[sentence]` with the actors' names blanked out (same length), so that a
/// word of a name ("the tanker Silver Dawn") is read as no commodity.
fn outside_names(text: &str, sentence: Range<usize>, spots: &[Spot]) -> String {
    let mut body = text[sentence.clone()].to_owned();
    for spot in spots {
        let start = spot.range.start.max(sentence.start) - sentence.start;
        let end = spot
            .range
            .end
            .min(sentence.end)
            .saturating_sub(sentence.start);
        if start < end && body.is_char_boundary(start) && body.is_char_boundary(end) {
            body.replace_range(start..end, &" ".repeat(end - start));
        }
    }
    body
}

/// The commodity the sentence names (the longest and first), not a carrier's kind ("oil
/// tanker").
fn find_commodity(body: &str) -> Option<String> {
    let lower = body.to_lowercase();
    COMMODITIES
        .iter()
        .filter_map(|c| {
            lower
                .match_indices(c)
                .find(|(at, _)| {
                    let before = lower[..*at].chars().next_back();
                    let rest = &lower[at + c.len()..];
                    let after = rest.chars().next();
                    // ("the oil tanker X": a carrier's kind, not what it carries.)
                    let carrier = [" tanker", " carrier", " freighter", " vessel", " ship"]
                        .iter()
                        .any(|noun| rest.starts_with(noun));
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                        && !carrier
                })
                .map(|(at, _)| (at, c))
        })
        .min_by_key(|(at, c)| (*at, std::cmp::Reverse(c.len())))
        .map(|(_, c)| (*c).to_owned())
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
    Regex::new(&format!(
        r"(?x)
        (?P<since>\b(?:since|from)\s+)?
        (?:
            \b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b
          | \b{month}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?\b
          | \b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{month}(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b
          | \b(?P<rel>last|this|next)\s+(?P<unit>year|month|{month})\b
          | \b{month},?\s+(?P<y3>(?:19|20)\d\d)\b
          | \b(?:in|during|by|of)\s+{month}(?:,?\s+(?P<y5>(?:19|20)\d\d))?\b
          | \b(?:in|during|by|of|since|from|until)\s+(?:(?:early|late|mid)[-\s])?(?P<y4>(?:19|20)\d\d)\b
          | \b(?:early|late|mid)-(?P<y6>(?:19|20)\d\d)\b
        )
        (?P<relyear>\s+(?:last|this)\s+year\b)?",
        month = month
    ))
    .expect("valid regex")
});

/// A span of months or years: "between March and June 2022", "from May 2019 to January 2020",
/// "between 2013 and 2015", "2013-2015".
static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let month =
        r"January|February|March|April|May|June|July|August|September|October|November|December";
    Regex::new(&format!(
        r"(?x)
        \b(?:(?:between|from)\s+)?
        (?:
            (?P<m1>{month})(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s+(?:and|to|until|through)\s+(?P<m2>{month}),?\s+(?P<y2>(?:19|20)\d\d)
          | (?P<ys>(?:19|20)\d\d)\s*(?:and|to|until|through|-|–)\s*(?P<ye>(?:19|20)\d\d)
        )\b"
    ))
    .expect("valid regex")
});

/// The span [`SPAN`] matches first in the sentence, if any.
fn find_span(body: &str) -> Option<DateSpan> {
    let captures = SPAN.captures(body)?;
    let year = |name: &str| {
        captures
            .name(name)
            .and_then(|m| m.as_str().parse::<i32>().ok())
    };
    let month = |name: &str| captures.name(name).and_then(|m| month_number(m.as_str()));
    let (start, end) = match (year("ys"), year("ye")) {
        (Some(first), Some(last)) => (
            PartialDate::new(first, None, None),
            PartialDate::new(last, None, None),
        ),
        _ => {
            let last = year("y2")?;
            (
                PartialDate::new(year("y1").unwrap_or(last), month("m1"), None),
                PartialDate::new(last, month("m2"), None),
            )
        }
    };
    DateSpan::range(start, end)
}

/// The first date of the sentence: a span ([`SPAN`]), absolute ("August 5th, 2017", "March
/// 2024", "in 2012"), or relative ("last August", "last year", "in October") resolved against
/// `published`; "since X" is an open range from X.
fn find_date(body: &str, published: Option<PartialDate>) -> Option<DateSpan> {
    if let Some(span) = find_span(body) {
        return Some(span);
    }
    let captures = DATE.captures(body)?;
    let month = (1..captures.len())
        .filter_map(|i| captures.get(i))
        .find_map(|m| month_number(m.as_str()));
    let number = |name: &str| {
        captures
            .name(name)
            .and_then(|m| m.as_str().parse::<i32>().ok())
    };
    // "on Feb. 12 last year": the year relative to publication.
    let relative_year = captures.name("relyear").and_then(|rel| {
        let shift = if rel.as_str().contains("last") { 1 } else { 0 };
        published.map(|p| p.year() - shift)
    });
    let year = ["y1", "y2", "y3", "y4", "y5", "y6", "iy"]
        .into_iter()
        .find_map(number)
        .or(relative_year);
    let month = month.or_else(|| number("im").and_then(|m| u8::try_from(m).ok()));
    let day = number("d1")
        .or(number("d2"))
        .or(number("id"))
        .and_then(|d| u8::try_from(d).ok());
    let date = if let Some(rel) = captures.name("rel") {
        let published = published?;
        let shift = match rel.as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        match captures.name("unit").map(|u| u.as_str()) {
            Some("year") => PartialDate::new(published.year() + shift, None, None),
            Some("month") => {
                let current = i32::from(published.month()?) + shift;
                let (year, month) = if current < 1 {
                    (published.year() - 1, current + 12)
                } else if current > 12 {
                    (published.year() + 1, current - 12)
                } else {
                    (published.year(), current)
                };
                PartialDate::new(year, u8::try_from(month).ok(), None)
            }
            _ => {
                let month = month?;
                let year = match (shift, published.month()) {
                    (-1, Some(now)) if month >= now => published.year() - 1,
                    (-1, None) => published.year() - 1,
                    (1, Some(now)) if month <= now => published.year() + 1,
                    _ => published.year(),
                };
                PartialDate::new(year, Some(month), None)
            }
        }
    } else if let Some(year) = year {
        PartialDate::new(year, month, month.and(day))
    } else {
        let published = published?;
        let month = month?;
        let year = match published.month() {
            Some(now) if month > now => published.year() - 1,
            _ => published.year(),
        };
        PartialDate::new(year, Some(month), day)
    }?;
    if captures.name("since").is_some() {
        DateSpan::range(Some(date), None)
    } else {
        Some(DateSpan::on(date))
    }
}

fn month_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let prefix = lower.get(..3)?;
    if lower.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == prefix)
        .and_then(|i| u8::try_from(i + 1).ok())
}

//! Links that the shape of a phrase states without a verb between the two actors: possessives
//! and demonyms of place ("Russia’s Vostochny Port", "the Chinese city of Dandong"), "X in Y",
//! "X, Y Province", "Y-based X", appositions ("X, a Chinese company"; "P, a researcher at O";
//! "the founder of O, P"; "Chinese leader P"), attribution ("according to S", "S said"),
//! movement from one actor to another ("shipments of coal from X to Y") and partners ("X’s
//! biggest trading partner, Y"; "Y is X’s closest ally").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::links::{Proposal, Spot, VERBS};
use crate::model::{ActorKind, Grade};

/// Nouns of places that name a place after "of" ("the port of X", "Russia’s border city of X").
const PLACE_NOUNS: &str = r"(?:city|cities|port|ports|town|towns|village|province|region|county|district|island|capital|harbou?r|area|prefecture|state)";

/// Role nouns of people: those that head what follows "of" (`leads`), the others (`works_for`).
const HEAD_ROLES: &[&str] = &[
    "leader",
    "president",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "head",
    "founder",
    "co-founder",
    "secretary",
    "minister",
    "premier",
    "governor",
    "mayor",
    "ceo",
    "commander",
    "consul",
    "king",
    "owner",
];
const STAFF_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researcher",
    "analyst",
    "professor",
    "official",
    "officer",
    "fellow",
    "associate",
    "employee",
    "adviser",
    "advisor",
    "diplomat",
    "expert",
    "economist",
    "executive",
    "staffer",
    "agent",
    "lawyer",
    "engineer",
    "manager",
    "editor",
    "reporter",
    "correspondent",
    "scholar",
    "lecturer",
    "member",
];

/// Verbs and phrases that attribute what a sentence says to its speaker.
const SAYS: &str = r"(?:said|says|say|told|tells|noted|notes|added|explained|explains|stated|states|wrote|writes|reported|reports|estimated|estimates|announced|announces|confirmed|confirms|revealed|reveals|showed|shows|found|claimed|claims|argued|argues)";

/// Nouns of movement before "from X to Y", with the relation each gives.
const MOVEMENT_NOUNS: &[(&str, &str)] = &[
    ("exports", "exports_to"),
    ("export", "exports_to"),
    ("imports", "exports_to"),
    ("import", "exports_to"),
    ("shipments", "ships_to"),
    ("shipment", "ships_to"),
    ("deliveries", "ships_to"),
    ("delivery", "ships_to"),
    ("cargo", "ships_to"),
    ("cargoes", "ships_to"),
    ("transfers", "transfers_to"),
    ("transfer", "transfers_to"),
    ("smuggling", "smuggles_to"),
    ("supplies", "supplies"),
    ("supply", "supplies"),
    ("sales", "sells_to"),
    ("sale", "sells_to"),
    ("remittances", "remits_to"),
    ("trade", "trades_with"),
];

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// Between a state or place and a place: "’s", "’s border city of", " city of" (after a demonym).
static PLACE_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<poss>(?:’s|'s))?\s+(?:(?:[a-z-]+\s+){{0,3}}?{PLACE_NOUNS}\s+of\s+(?:the\s+)?)?$"
    ))
});
/// Between an actor and a place it is in: " in ", ", based in the ", " is located in ".
static IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:located|based|headquartered|registered|stationed)\s+)?in\s+(?:the\s+)?$",
    )
});
/// An apposition or copula before a demonym or a place: ", a ", " is a leading ".
static IS_A: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:,\s+|\s+(?:is|was|are|were)\s+)(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$")
});
/// After the demonym or place of an apposition: " border city", "-based shipping company".
static KIND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<based>-based|-registered|-headquartered)?\s+(?:[a-z-]+\s+){{0,3}}?(?:{PLACE_NOUNS}|company|firm|bank|agency|group|organi[sz]ation|exchange|charity)\b"
    ))
});
/// Between a place and the larger place it is in: ", " (checked for lists separately).
static COMMA: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+$"));
/// Between a place and what is based there: "-based ", "-registered shipping ".
static BASED: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^-(?:based|registered|headquartered)\s+(?:[a-z-]+\s+){0,3}$"));
/// Between a person and an organisation: ", a senior analyst at the ", " from the ".
static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,6}?|\s+)(?:at|of|for|with|from)\s+(?:the\s+)?$",
    )
});
/// Between a person and an organisation named before its role: ", a former ".
static ROLE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$"));
/// Before an attributed speaker: "according to the ", "citing ".
static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)(?:according to|citing)\s+(?:(?:the\s+)?[a-z-]+\s+(?:from|by|of)\s+)?(?:the\s+)?$")
});
/// A speaker's own place or parent right after it: " in the ", " of the ".
static SPEAKER_OF: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:in|of|at|from)\s+(?:the\s+)?$"));
/// After a speaker: " said", " has also told", ", a Seoul-based analyst, said".
static SPEAKER_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:,[^,;“”]{{0,80}},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?{SAYS}\b"
    ))
});
/// Before the object of a preposition, which is no speaker ("an official at the X said").
static OBJECT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b(?:in|at|of|for|from|with|to|by|on|about|against)\s+(?:the\s+)?$"));
/// A speech verb that has an addressee after it: "told", "tells".
static TOLD: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(?:told|tells)$"));
/// Before an inverted speaker: "said ", "said the ".
static SAYS_SPEAKER: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"\b{SAYS}\s+(?:the\s+)?$")));
/// Between the source and the destination of a movement: " to ", " to the ".
static TO: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s+(?:in)?to\s+(?:the\s+)?$"));
/// Before the source of a movement: "shipments of coal from ", "shipped oil from the ".
static FROM: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(?P<word>[a-z]+)\s+(?:(?:of\s+)?[a-z-]+\s+){0,3}?from\s+(?:the\s+)?$")
});

/// After an owner: "’s biggest trading partner, " (the partner follows) or, after "Y is X",
/// "’s closest ally and trading partner" (the partner came first).
static PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+){0,3}?(?P<role>(?:ally|trading partner|trade partner)(?:\s+and\s+(?:[a-z-]+\s+)?(?:ally|trading partner|trade partner))?)\b",
    )
});
/// From the end of a role to the actor in apposition to it: ", ", " and de facto leader, ".
static APPOSED: LazyLock<Regex> = LazyLock::new(|| regex(r"^[^,;.“”]{0,60},\s+(?:the\s+)?$"));
/// Between a partner and its owner: " is ", " has long been ".
static IS: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s+(?:is|was|remains|remained|has\s+(?:long\s+)?been|had\s+been)\s+(?:also\s+)?$")
});

/// The links the phrases of one sentence state between its actors (`spots`, in text order;
/// a spot nested in another, such as the demonym opening "Japanese Ministry of Defense", is
/// the state of that name).
///
/// ```
/// use linkchart::extract::links::Spot;
/// use linkchart::extract::phrases::propose;
/// use linkchart::model::ActorKind;
/// let text = "Pedro Alves, a researcher at Harbor Watch, visited Georgia’s Poti port.";
/// let spot = |id: &str, name: &str, kind| {
///     let start = text.find(name).unwrap();
///     Spot { id: id.into(), range: start..start + name.len(), demonym: false, kind }
/// };
/// let spots = [
///     spot("pedro_alves", "Pedro Alves", ActorKind::Person),
///     spot("harbor_watch", "Harbor Watch", ActorKind::Group),
///     spot("georgia", "Georgia", ActorKind::State),
///     spot("poti", "Poti", ActorKind::Port),
/// ];
/// let found: Vec<(usize, &str, usize)> = propose(text, 0..text.len(), &spots)
///     .iter()
///     .map(|p| (p.from, p.relation, p.to))
///     .collect();
/// assert_eq!(found, [(0, "works_for", 1), (3, "located_in", 2)]);
/// ```
pub fn propose(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Vec<Proposal> {
    let top: Vec<usize> = (0..spots.len()).filter(|&i| !is_nested(spots, i)).collect();
    let mut found = Vec::new();
    nested_states(spots, &mut found);
    for pair in top.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if spots[a].id == spots[b].id {
            continue;
        }
        let gap = &text[spots[a].range.end..spots[b].range.start];
        let before = &text[sentence.start..spots[a].range.start];
        let after = &text[spots[b].range.end..sentence.end];
        if let Some((from, relation, cue)) = adjacent(spots, a, b, before, gap, after) {
            let to = if from == a { b } else { a };
            found.push(phrase(from, to, relation, cue));
            if from == b {
                for member in list_after(text, spots, &top, b) {
                    found.push(phrase(member, a, relation, cue));
                }
            }
        }
    }
    attribution(text, &sentence, spots, &top, &mut found);
    movement(text, &sentence, spots, &top, &mut found);
    partners(text, spots, &top, &mut found);
    found
}

/// "X’s biggest trading partner, Y" and "Y is X’s closest ally": X `trades_with` Y; Y is
/// `allied_with` X.
fn partners(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for &owner in top.iter().filter(|&&i| !spots[i].demonym) {
        let after_owner = &text[spots[owner].range.end..];
        let Some(role) = PARTNER.captures(after_owner) else {
            continue;
        };
        let phrase_end = spots[owner].range.end + role.get(0).map_or(0, |m| m.end());
        // The partner in apposition after the phrase ("…partner, Y"), else before the owner
        // ("Y is X’s…").
        let partner = top
            .iter()
            .copied()
            .find(|&i| {
                spots[i].range.start >= phrase_end
                    && APPOSED.is_match(&text[phrase_end..spots[i].range.start])
            })
            .or_else(|| {
                top.iter().copied().rev().find(|&i| {
                    spots[i].range.end <= spots[owner].range.start
                        && IS.is_match(&text[spots[i].range.end..spots[owner].range.start])
                })
            });
        let Some(partner) = partner else {
            continue;
        };
        let role = &role["role"];
        if role.contains("partner") {
            found.push(phrase(owner, partner, "trades_with", "trading partner"));
        }
        if role.contains("ally") {
            found.push(phrase(partner, owner, "allied_with", "ally"));
        }
    }
}

/// Whether spot `i` lies inside another spot.
pub(super) fn is_nested(spots: &[Spot], i: usize) -> bool {
    spots.iter().enumerate().any(|(j, s)| {
        j != i
            && s.range.start <= spots[i].range.start
            && spots[i].range.end <= s.range.end
            && s.range.len() > spots[i].range.len()
    })
}

/// "Japanese Ministry of Defense": the state of a demonym opening an agency's name is the
/// agency's whole; of another name, where it is.
fn nested_states(spots: &[Spot], found: &mut Vec<Proposal>) {
    for (inner, state) in spots.iter().enumerate() {
        if state.kind != ActorKind::State {
            continue;
        }
        for (outer, name) in spots.iter().enumerate() {
            let opens = name.range.start == state.range.start && name.range.end > state.range.end;
            if !opens || name.kind == ActorKind::State || name.kind == ActorKind::Person {
                continue;
            }
            let relation = if name.kind == ActorKind::Agency {
                "part_of"
            } else {
                "located_in"
            };
            found.push(phrase(outer, inner, relation, "demonym in name"));
        }
    }
}

/// The relation two neighbouring actors' phrase states, as (the index of the `from` end,
/// relation, cue).
fn adjacent(
    spots: &[Spot],
    a: usize,
    b: usize,
    before: &str,
    gap: &str,
    after: &str,
) -> Option<(usize, &'static str, &'static str)> {
    let (first, second) = (&spots[a], &spots[b]);
    let placed = |kind: ActorKind| {
        if kind == ActorKind::Agency {
            "part_of"
        } else {
            "located_in"
        }
    };
    let is_area = |kind: ActorKind| matches!(kind, ActorKind::State | ActorKind::Place);
    let organisation = |kind: ActorKind| {
        matches!(
            kind,
            ActorKind::Agency
                | ActorKind::Firm
                | ActorKind::Group
                | ActorKind::State
                | ActorKind::Other
        )
    };
    // "Russia’s Vostochny Port", "the Chinese city of Dandong", "Russia’s border city of Khasan".
    if let Some(captures) = PLACE_OF.captures(gap) {
        let owner = captures.name("poss").is_some() || first.demonym;
        let plain_possessive = gap.trim_start_matches(['’', '\'', 's']).trim().is_empty();
        if owner && is_area(first.kind) && second.kind != ActorKind::Person {
            if second.kind == ActorKind::State {
                return None;
            }
            let relation = if plain_possessive {
                placed(second.kind)
            } else {
                "located_in"
            };
            return Some((b, relation, "possessive or place of"));
        }
    }
    // "the Open Source Centre in the UK", "Dandong City in Liaoning".
    if IN.is_match(gap) && first.kind != ActorKind::State && is_area(second.kind) {
        return Some((a, "located_in", "in"));
    }
    // "Pihyun County, North Pyongan Province": a place, then a larger one that ends no list.
    if COMMA.is_match(gap)
        && matches!(first.kind, ActorKind::Place | ActorKind::Port)
        && is_area(second.kind)
        && !continues_list(after)
        && !before.trim_end().ends_with(',')
    {
        return Some((a, "located_in", "place, larger place"));
    }
    // "X, a Chinese company", "X is a Russian port city", "X, a Hong Kong-based firm".
    if IS_A.is_match(gap) && first.kind != ActorKind::Person && is_area(second.kind) {
        if let Some(noun) = KIND_NOUN.captures(after) {
            if second.demonym || noun.name("based").is_some() {
                return Some((a, placed(first.kind), "apposition of place"));
            }
        }
    }
    // "Washington-based Harbor Watch".
    if BASED.is_match(gap) && is_area(first.kind) && second.kind != ActorKind::Person {
        return Some((b, "located_in", "-based"));
    }
    // "P, a researcher at O", "P, the director of O", "P from O".
    if first.kind == ActorKind::Person && organisation(second.kind) && ROLE_AT.is_match(gap) {
        let role = gap.split_whitespace().find_map(role);
        let heads_it = role.is_some_and(|r| HEAD_ROLES.contains(&r))
            && gap.trim_end().ends_with("of")
            || gap.trim_end().ends_with("of the") && role.is_some_and(|r| HEAD_ROLES.contains(&r));
        if role.is_some() || gap.trim() == "from" || gap.trim() == "from the" {
            let relation = if role == Some("member") {
                "member_of"
            } else if heads_it {
                "leads"
            } else {
                "works_for"
            };
            return Some((a, relation, "role"));
        }
    }
    // "P, a former O analyst".
    if first.kind == ActorKind::Person && organisation(second.kind) && ROLE_BEFORE.is_match(gap) {
        let noun = after.split_whitespace().take(2).find_map(|w| role(w));
        if let Some(noun) = noun {
            let relation = if HEAD_ROLES.contains(&noun) {
                "leads"
            } else {
                "works_for"
            };
            return Some((a, relation, "role"));
        }
    }
    // "the founder of O, P"; "O leader P".
    if second.kind == ActorKind::Person && organisation(first.kind) {
        let lead_in = before.trim_end().trim_end_matches("the").trim_end();
        let role_before = lead_in
            .strip_suffix(" of")
            .or_else(|| lead_in.strip_suffix(" for"))
            .or_else(|| lead_in.strip_suffix(" at"))
            .and_then(|r| role(r.rsplit(' ').next().unwrap_or_default()));
        if let Some(noun) = role_before.filter(|_| COMMA.is_match(gap)) {
            let heads = HEAD_ROLES.contains(&noun) && !lead_in.ends_with(" at");
            return Some((b, if heads { "leads" } else { "works_for" }, "role"));
        }
        let words: Vec<&str> = gap.split_whitespace().collect();
        if let [word] = words.as_slice() {
            if let Some(noun) = role(word) {
                let heads = HEAD_ROLES.contains(&noun);
                return Some((b, if heads { "leads" } else { "works_for" }, "role"));
            }
        }
    }
    None
}

/// Whether the text after a name goes on with another name of a list (", Y", " and Y").
pub(super) fn continues_list(after: &str) -> bool {
    let rest = after
        .strip_prefix(',')
        .unwrap_or(after)
        .trim_start()
        .trim_start_matches("and ")
        .trim_start_matches("or ");
    (after.starts_with(',') || after.starts_with(" and ") || after.starts_with(" or "))
        && rest.starts_with(char::is_uppercase)
}

/// The role noun a word is, singular or plural, in any case.
fn role(word: &str) -> Option<&'static str> {
    let lower = word
        .trim_matches(|c: char| !c.is_alphabetic() && c != '-')
        .to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    HEAD_ROLES
        .iter()
        .chain(STAFF_ROLES)
        .find(|r| **r == lower || **r == singular)
        .copied()
}

/// The top-level spots listed after spot `b` ("b, c and d").
fn list_after(text: &str, spots: &[Spot], top: &[usize], b: usize) -> Vec<usize> {
    let mut members = Vec::new();
    let mut last = b;
    for &next in top
        .iter()
        .filter(|&&i| spots[i].range.start > spots[b].range.start)
    {
        let joint = text[spots[last].range.end..spots[next].range.start].trim();
        if !matches!(joint, "," | "and" | ", and" | "or" | "&") {
            break;
        }
        members.push(next);
        last = next;
    }
    members
}

/// "According to S, X …", "S said X …", "“…X…,” S said", "S told R that X …": S (and R)
/// `reports` the first actor of what S says.
fn attribution(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for &speaker in top.iter().filter(|&&i| !spots[i].demonym) {
        let spot = &spots[speaker];
        let before = &text[sentence.start..spot.range.start];
        let after = &text[spot.range.end..sentence.end];
        // "citing China’s customs authorities": the owner is not the one speaking.
        if after.starts_with("’s") || after.starts_with("'s") {
            continue;
        }
        let ends_clause = after.is_empty() || after.starts_with([',', '.', ';', ':']);
        let mut span = if let Some(m) = ACCORDING.find(before) {
            sentence.start + m.start()..spot.range.end
        } else if let Some(m) = SAYS_SPEAKER.find(before).filter(|_| ends_clause) {
            sentence.start + m.start()..spot.range.end
        } else if let Some(m) = SPEAKER_SAYS
            .find(after)
            .filter(|_| !OBJECT.is_match(before))
        {
            spot.range.start..spot.range.end + m.end()
        } else {
            continue;
        };
        // "S told R": R, who was told, reports it too.
        let told = top.iter().copied().find(|&i| {
            spots[i].range.start >= span.end
                && TOLD.is_match(&text[spot.range.end..span.end])
                && matches!(
                    text[span.end..spots[i].range.start].trim(),
                    "" | "the" | "The"
                )
        });
        let speakers: Vec<usize> = std::iter::once(speaker).chain(told).collect();
        if let Some(addressee) = told {
            span.end = spots[addressee].range.end;
        }
        // "according to the Harbor Watch office in Tartus, …": the speaker's place is no target.
        if let Some(&next) = top.iter().find(|&&i| spots[i].range.start >= span.end) {
            if SPEAKER_OF.is_match(&text[span.end..spots[next].range.start]) {
                span.end = spots[next].range.end;
            }
        }
        let outside = |i: &&usize| {
            let s = &spots[**i];
            s.id != spot.id && (s.range.end <= span.start || s.range.start >= span.end)
        };
        let earlier = top
            .iter()
            .filter(outside)
            .find(|&&i| spots[i].range.end <= span.start);
        let later = top
            .iter()
            .filter(outside)
            .find(|&&i| spots[i].range.start >= span.end);
        // "S said that X …" goes on after the attribution; "…X…, S said." and "According to
        // S, X …" do not, and point back or past the comma.
        let rest = text[span.end..sentence.end].trim_start();
        let goes_on = !rest.is_empty() && !rest.starts_with([',', '.', ';', ':']);
        let target = if goes_on {
            later.or(earlier)
        } else {
            earlier.or(later)
        };
        if let Some(&target) = target {
            for &speaker in &speakers {
                found.push(phrase(speaker, target, "reports", "attribution"));
            }
        }
    }
}

/// "shipments of coal from X to Y", "moved fuel from X into Y": a movement from X to Y.
fn movement(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for pair in top.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if spots[a].id == spots[b].id
            || !TO.is_match(&text[spots[a].range.end..spots[b].range.start])
        {
            continue;
        }
        let before = text[sentence.start..spots[a].range.start].to_lowercase();
        let Some(word) = FROM.captures(&before).and_then(|c| c.name("word")) else {
            continue;
        };
        let word = word.as_str();
        let relation = MOVEMENT_NOUNS
            .iter()
            .find(|(noun, _)| *noun == word)
            .map(|(_, relation)| *relation)
            .or_else(|| {
                VERBS
                    .iter()
                    .find(|(_, forms)| forms.contains(&word))
                    .map(|(relation, _)| *relation)
            });
        if let Some(relation) = relation.filter(|r| super::links::is_movement(r)) {
            found.push(phrase(a, b, relation, "from … to"));
        }
    }
}

fn phrase(from: usize, to: usize, relation: &'static str, cue: &str) -> Proposal {
    Proposal {
        from,
        to,
        relation,
        verb: cue.to_owned(),
        voice: "none",
        commodity: None,
        date: None,
        grade: Grade::CONFIRMED,
        hedge: None,
        confidence: 0.7,
    }
}

//! Where goods go beyond the first destination a sentence names.
//!
//! News of smuggling tells routes in one sentence: "coal was shipped to the ports of X and Y
//! before being reloaded and taken to Z", "the ships sailed to Z, specifically to the ports of X
//! and Y". The verb rules of [`super::links`] give the first leg (to X, to Z); this module reads
//! the rest from the movement proposals already made:
//! - the onward leg: after a destination, "before being (reloaded and) taken to", "and then
//!   shipped on to", "where it was transferred to" opens the next leg; each destination of the
//!   first leg (a place, port or state, with those listed with it) `ships_to` each place of the
//!   next (the transshipment an analyst traces);
//! - what the mover did at the destination: "sailed to X, where it unloaded diesel", "made four
//!   trips to X in the past year, where it reportedly unloaded crude" (`unloads_at`
//!   X; also `loads_at` and `docks_at`);
//! - the destination made precise: "to Z, specifically (to) the ports of X and Y", "…, namely
//!   X": the movement reaches X and Y too, by the same verb, and X and Y are `located_in` Z
//!   when Z is a state and they are ports or places.
//!
//! Both read only what follows a destination directly, so a leg is never guessed across a
//! clause that says something else.

use std::sync::LazyLock;

use regex::Regex;

use super::links::{is_movement, verb_of, Proposal, Spot};
use super::phrases::{listed_with, phrase, places_after};
use crate::model::ActorKind;

/// Between a destination and the first place of the next leg: ", before being reloaded and
/// taken to ", " in May and then shipped on to the port of ", ", where it was transferred to ".
static ONWARD: LazyLock<Regex> = LazyLock::new(|| {
    let moved = "(?:taken|shipped|reloaded|carried|transported|delivered|moved|sent|transferred|transshipped|re-exported|exported|smuggled|trucked|forwarded|brought)";
    Regex::new(&format!(
        r"^(?:\s+(?:in|on|last)\s+[A-Z]?[a-z]+(?:\s+\d{{1,4}})?)?,?\s+(?:before\s+(?:being|it\s+was|they\s+were)|(?:and\s+)?(?:was\s+|were\s+)?then|where\s+(?:it|they)\s+(?:was|were)(?:\s+then)?|from\s+where\s+(?:it|they)\s+(?:was|were))\s+(?:[a-z-]+\s+){{0,6}}?{moved}\s+(?:(?:it|them)\s+)?(?:(?:on|onward|again|back)\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:port|ports|city|cities|harbou?rs?)\s+of\s+)?$"
    ))
    .expect("valid regex")
});

/// Between a destination and the places that make it precise: ", specifically to the ports of
/// ", ", namely ", ", in particular the port of ".
static SPECIFIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,\s+(?:specifically|namely|particularly|in\s+particular|notably|mainly|mostly|chiefly)\s+(?:(?:to|at|in|into)\s+)?(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:port|ports|city|cities|harbou?rs?|terminals?)\s+of\s+)?$",
    )
    .expect("valid regex")
});

/// After a destination, perhaps past a time, what the mover did there: ", where it unloaded ",
/// ", where the tanker discharged ", " in the past year, where she reportedly unloaded " (the
/// verb in group `verb`).
static WHERE_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:in|during|over|on|last|this)\s+[^,;]{1,30}?)?,\s+where\s+(?:it|she|they|the\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?P<verb>[a-z]+ed)\b")
        .expect("valid regex")
});

/// Whether a spot is somewhere goods can reach.
fn is_destination(spot: &Spot) -> bool {
    matches!(
        spot.kind,
        ActorKind::Place | ActorKind::Port | ActorKind::State
    )
}

/// The top-level spot right after spot `i` whose gap to `i` matches `joint` (and passes
/// `accept`), and the places listed with it ("X, Y and the port of Z").
fn places_joined(
    text: &str,
    spots: &[Spot],
    top: &[usize],
    i: usize,
    joint: &Regex,
    accept: impl Fn(&regex::Captures) -> bool,
) -> Vec<usize> {
    let Some(&first) = top
        .iter()
        .find(|&&j| spots[j].range.start >= spots[i].range.end)
    else {
        return Vec::new();
    };
    let gap = &text[spots[i].range.end..spots[first].range.start];
    if !is_destination(&spots[first]) || !joint.captures(gap).is_some_and(|c| accept(&c)) {
        return Vec::new();
    }
    std::iter::once(first)
        .chain(places_after(text, spots, top, first))
        .collect()
}

/// The legs beyond the first destination that the text after the destinations of `found` (the
/// sentence's proposals so far) states; `top` are the spots no other holds.
///
/// ```
/// use linkchart::extract::links::{propose, Spot};
/// use linkchart::model::ActorKind;
/// let text = "Tarvanian coal was shipped to Port Ulm before being reloaded and taken to Norvia.";
/// let spots = vec![
///     Spot { id: "tarvania".into(), range: 0..9, demonym: true, kind: ActorKind::State },
///     Spot { id: "port_ulm".into(), range: 30..38, demonym: false, kind: ActorKind::Port },
///     Spot { id: "norvia".into(), range: 74..80, demonym: false, kind: ActorKind::State },
/// ];
/// let found = propose(text, 0..text.len(), &spots, None);
/// assert!(found.iter().any(|p| (p.from, p.to, p.relation) == (1, 2, "ships_to")));
/// ```
pub(super) fn propose(
    text: &str,
    spots: &[Spot],
    top: &[usize],
    found: &[Proposal],
) -> Vec<Proposal> {
    let mut legs = Vec::new();
    let destinations: Vec<(usize, bool)> = found
        .iter()
        .filter(|p| is_movement(p.relation) && is_destination(&spots[p.to]))
        .map(|p| (p.to, p.voice.starts_with("passive")))
        .collect();
    let reached: Vec<usize> = destinations.iter().map(|d| d.0).collect();
    for &(end, passive) in &destinations {
        // The onward leg opens after the last place of the first leg's list.
        let next = places_joined(text, spots, top, end, &ONWARD, |onward| {
            passive || onward.name("passive").is_some()
        });
        if !next.is_empty() {
            let first_leg = std::iter::once(end)
                .chain(listed_with(text, spots, top, end, false))
                .filter(|i| reached.contains(i));
            for from in first_leg {
                for &to in &next {
                    legs.push(Proposal {
                        confidence: 0.6,
                        ..phrase(from, to, "ships_to", "onward leg")
                    });
                }
            }
        }
    }
    for p in found.iter().filter(|p| is_movement(p.relation)) {
        // "sailed to X, where it unloaded diesel": the mover unloads at X.
        let at_place = WHERE_IT
            .captures(&text[spots[p.to].range.end..])
            .and_then(|c| verb_of(&c["verb"]))
            .map(|(relation, _)| relation)
            .filter(|relation| matches!(*relation, "loads_at" | "unloads_at" | "docks_at"));
        if let Some(relation) = at_place.filter(|_| is_destination(&spots[p.to])) {
            legs.push(phrase(p.from, p.to, relation, "where it"));
        }
        for place in places_joined(text, spots, top, p.to, &SPECIFIED, |_| true) {
            legs.push(Proposal {
                to: place,
                ..p.clone()
            });
            let within = spots[p.to].kind == ActorKind::State
                && matches!(spots[place].kind, ActorKind::Port | ActorKind::Place);
            if within {
                legs.push(phrase(place, p.to, "located_in", "place specified"));
            }
        }
    }
    legs
}

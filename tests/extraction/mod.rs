//! Helpers the extraction tests share: a state actor, the proposed links as triples, and a
//! check of a spec of links proposed and not proposed.

// Each test binary that includes this module uses some of the helpers, not all.
#![allow(dead_code)]

use linkchart::extract::Extraction;
use linkchart::model::{Actor, ActorKind};

/// A state with its ISO code.
pub fn state(id: &str, name: &str, code: &str) -> Actor {
    let mut actor = Actor::new(id, name, ActorKind::State);
    actor.country = Some(code.into());
    actor
}

/// The names of the extracted actors, in order.
pub fn names(found: &Extraction) -> Vec<&str> {
    found.actors.iter().map(|a| a.actor.name.as_str()).collect()
}

/// The extracted actor of this name (panics listing the names when there is none).
pub fn new_actor<'a>(found: &'a Extraction, name: &str) -> &'a Actor {
    &found
        .actors
        .iter()
        .find(|a| a.actor.name == name)
        .unwrap_or_else(|| panic!("no actor {name}: {:?}", names(found)))
        .actor
}

/// The proposed links as (from, relation, to).
pub fn links(found: &Extraction) -> Vec<(String, String, String)> {
    found
        .links
        .iter()
        .map(|l| {
            (
                l.record.from.clone(),
                l.record.relation.clone(),
                l.record.to.clone(),
            )
        })
        .collect()
}

/// Whether a link is proposed.
pub fn has(found: &Extraction, from: &str, relation: &str, to: &str) -> bool {
    links(found).contains(&(from.into(), relation.into(), to.into()))
}

/// Checks `spec` against what was extracted from `text`: links as "from relation to" separated
/// by ";", each proposed, or not proposed when it starts with "not ".
pub fn check_links(found: &Extraction, text: &str, spec: &str) {
    let found_links = links(found);
    for link in spec.split(';').map(str::trim) {
        let (wanted, link) = match link.strip_prefix("not ") {
            Some(rest) => (false, rest),
            None => (true, link),
        };
        let [from, relation, to] = link.split(' ').collect::<Vec<_>>()[..] else {
            panic!("a link is three words: {link}");
        };
        assert_eq!(
            has(found, from, relation, to),
            wanted,
            "{text}: {link}: {found_links:?}"
        );
    }
}

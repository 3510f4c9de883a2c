//! Finding an actor the way a person types it: by id, name or alias, ignoring case, punctuation
//! and accents; with the candidates when a name is ambiguous and the closest names when it is
//! unknown.

use petgraph::graph::NodeIndex;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Candidate, Error, Result};
use crate::graph::ActorGraph;

/// The form names are compared in: accents stripped, letters lower-cased, everything but letters
/// and digits dropped.
///
/// ```
/// use linkchart::resolve::normalize;
/// assert_eq!(normalize("N. Korea"), normalize("n korea"));
/// assert_eq!(normalize("Nakhódka"), "nakhodka");
/// ```
pub fn normalize(text: &str) -> String {
    text.nfkd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn candidate(graph: &ActorGraph, node: NodeIndex) -> Candidate {
    let actor = graph.actor(node);
    Candidate {
        id: actor.id.clone(),
        name: actor.name.clone(),
        kind: actor.kind.to_string(),
    }
}

/// The actor `query` names: an exact id first; otherwise every actor one of whose names
/// (id, name, aliases) normalizes to the same form as the query.
///
/// # Errors
/// [`Error::AmbiguousActor`] listing every candidate when several actors answer to the name;
/// [`Error::UnknownActor`] with the closest names when none does.
///
/// ```
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let dprk = linkchart::resolve::resolve(&graph, "n korea").unwrap();
/// assert_eq!(graph.actor(dprk).id, "north_korea");
/// ```
pub fn resolve(graph: &ActorGraph, query: &str) -> Result<NodeIndex> {
    if let Some(node) = graph.node(query) {
        return Ok(node);
    }
    let wanted = normalize(query);
    let matches: Vec<NodeIndex> = if wanted.is_empty() {
        Vec::new()
    } else {
        graph
            .actors()
            .filter(|(_, actor)| actor.names().any(|name| normalize(name) == wanted))
            .map(|(node, _)| node)
            .collect()
    };
    match matches.as_slice() {
        [node] => Ok(*node),
        [] => Err(Error::UnknownActor {
            query: query.to_owned(),
            suggestions: closest_actors(graph, query, 3)
                .into_iter()
                .map(|node| candidate(graph, node))
                .collect(),
        }),
        many => Err(Error::AmbiguousActor {
            query: query.to_owned(),
            candidates: many.iter().map(|&node| candidate(graph, node)).collect(),
        }),
    }
}

/// Similarity of two normalized names in 0..1: Jaro–Winkler, raised to 0.9 when one name
/// contains the other ("nakhodka" in "nakhodkaport") or they are one edit apart (short ids such
/// as `s1` and `s2`, which Jaro–Winkler scores low).
fn similarity(a: &str, b: &str) -> f64 {
    let jw = strsim::jaro_winkler(a, b);
    let contained = a.len() >= 3 && b.len() >= 3 && (a.contains(b) || b.contains(a));
    if contained || strsim::osa_distance(a, b) <= 1 {
        jw.max(0.9)
    } else {
        jw
    }
}

/// Up to `limit` actors whose names are closest to `query`, closest first.
pub fn closest_actors(graph: &ActorGraph, query: &str, limit: usize) -> Vec<NodeIndex> {
    let wanted = normalize(query);
    let mut scored: Vec<(f64, NodeIndex)> = graph
        .actors()
        .map(|(node, actor)| {
            let best = actor
                .names()
                .map(|name| similarity(&wanted, &normalize(name)))
                .fold(0.0, f64::max);
            (best, node)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, node)| node)
        .collect()
}

/// Up to `limit` actor ids closest to `id`, closest first.
pub fn closest_ids(graph: &ActorGraph, id: &str, limit: usize) -> Vec<String> {
    closest_actors(graph, id, limit)
        .into_iter()
        .map(|node| graph.actor(node).id.clone())
        .collect()
}

/// Up to `limit` of `words` closest to `word`, closest first.
pub fn closest(words: &[String], word: &str, limit: usize) -> Vec<String> {
    let wanted = normalize(word);
    let mut scored: Vec<(f64, &String)> = words
        .iter()
        .map(|w| (similarity(&wanted, &normalize(w)), w))
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, w)| w.clone())
        .collect()
}

/// Every actor one of whose names contains `query` (normalized), in graph order.
pub fn search(graph: &ActorGraph, query: &str) -> Vec<NodeIndex> {
    let wanted = normalize(query);
    graph
        .actors()
        .filter(|(_, actor)| actor.names().any(|name| normalize(name).contains(&wanted)))
        .map(|(node, _)| node)
        .collect()
}

/// Aliases (normalized) that name more than one actor, with the ids of those actors.
pub fn shared_aliases(graph: &ActorGraph) -> Vec<(String, Vec<String>)> {
    let mut owners: indexmap::IndexMap<String, Vec<String>> = indexmap::IndexMap::new();
    for (_, actor) in graph.actors() {
        let mut forms: Vec<String> = actor
            .names()
            .map(normalize)
            .filter(|f| !f.is_empty())
            .collect();
        forms.sort();
        forms.dedup();
        for form in forms {
            owners.entry(form).or_default().push(actor.id.clone());
        }
    }
    owners
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .collect()
}

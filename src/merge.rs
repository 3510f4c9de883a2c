//! Merging graph fragments (such as `linkchart extract` writes) into a base graph: actors unified
//! by id, IMO number, name, alias and normalized forms; aliases learned; every evidence item
//! kept; contradictions refused; the result written atomically.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::io::{GraphFile, LinkRecord};
use crate::model::Actor;
use crate::resolve::normalize;

/// What a merge did, or would do.
#[derive(Debug, Default, Clone, Serialize)]
pub struct MergeReport {
    /// Actors added: `(id, name, kind)`.
    pub added_actors: Vec<(String, String, String)>,
    /// Fragment actors unified with base actors: `(fragment id, base id, how)`.
    pub unified: Vec<(String, String, String)>,
    /// Aliases learned: `(base id, alias)`.
    pub aliases_added: Vec<(String, String)>,
    /// Identifiers or countries filled in: `(base id, field, value)`.
    pub facts_added: Vec<(String, String, String)>,
    /// Sources added.
    pub sources_added: Vec<String>,
    /// Links added: `from relation to`.
    pub links_added: Vec<String>,
    /// Evidence items added to links the base had: `(link, source)`.
    pub evidence_added: Vec<(String, String)>,
    /// Contradictions; a merge with any writes nothing.
    pub conflicts: Vec<String>,
}

/// Merges `fragment` into `base`, recording what changed in `report`.
///
/// An actor of the fragment is the base actor with the same id; else the one with its IMO
/// number; else the one one of whose names normalizes like one of its names (preferring one of
/// the same kind). A different kind, country or IMO number is a contradiction, unless (for the
/// kind) the fragment's actor is a
/// proposal (its notes start with `proposed:`), whose kind is a guess (the base's kind stays). A link equal in ends,
/// relation, commodity and date to a base link gives that link its new evidence.
///
/// ```
/// use linkchart::io::GraphFile;
/// use linkchart::merge::{merge, MergeReport};
/// let base: GraphFile = serde_json::from_str(r#"{"linkchart":1,"actors":[{"id":"nk","name":"North Korea","kind":"state"}]}"#).unwrap();
/// let fragment: GraphFile = serde_json::from_str(r#"{"linkchart":1,
///   "sources":[{"id":"r","title":"R"}],
///   "actors":[{"id":"north_korea","name":"North Korea","kind":"state","aliases":["DPRK"]},
///             {"id":"nampo","name":"Nampo","kind":"port","notes":"proposed: confidence 0.85"}],
///   "links":[{"from":"north_korea","to":"nampo","relation":"ships_to","evidence":[{"source":"r","quote":"q"}]}]}"#).unwrap();
/// let mut report = MergeReport::default();
/// let merged = merge(base, &fragment, &mut report);
/// assert_eq!(merged.actors.len(), 2);
/// assert_eq!(merged.links[0].from, "nk");
/// assert_eq!(report.aliases_added, [("nk".to_string(), "DPRK".to_string())]);
/// assert!(report.conflicts.is_empty());
/// ```
pub fn merge(mut base: GraphFile, fragment: &GraphFile, report: &mut MergeReport) -> GraphFile {
    for source in &fragment.sources {
        match base.sources.iter().find(|s| s.id == source.id) {
            Some(existing) if existing.title != source.title || existing.file != source.file => {
                report.conflicts.push(format!(
                    "source `{}` differs: title `{}` vs `{}`",
                    source.id, existing.title, source.title
                ));
            }
            Some(_) => {}
            None => {
                base.sources.push(source.clone());
                report.sources_added.push(source.id.clone());
            }
        }
    }
    let mut mapping: HashMap<String, String> = HashMap::new();
    for actor in &fragment.actors {
        let target = match find_actor(&base.actors, actor) {
            Ok(found) => found,
            Err(conflict) => {
                report.conflicts.push(conflict);
                continue;
            }
        };
        match target {
            Some((index, how)) => {
                let existing = &mut base.actors[index];
                if existing.id != actor.id || how != "id" {
                    report
                        .unified
                        .push((actor.id.clone(), existing.id.clone(), how.to_owned()));
                }
                learn(existing, actor, report);
                mapping.insert(actor.id.clone(), existing.id.clone());
            }
            None => {
                report.added_actors.push((
                    actor.id.clone(),
                    actor.name.clone(),
                    actor.kind.to_string(),
                ));
                mapping.insert(actor.id.clone(), actor.id.clone());
                base.actors.push(actor.clone());
            }
        }
    }
    for link in &fragment.links {
        let (Some(from), Some(to)) = (mapping.get(&link.from), mapping.get(&link.to)) else {
            continue;
        };
        let mut link = link.clone();
        link.from = from.clone();
        link.to = to.clone();
        let label = format!("{} {} {}", link.from, link.relation, link.to);
        let same = |l: &&mut LinkRecord| {
            l.from == link.from
                && l.to == link.to
                && l.relation == link.relation
                && l.commodity == link.commodity
                && l.date == link.date
        };
        if let Some(existing) = base.links.iter_mut().find(same) {
            for evidence in link.evidence {
                if !existing.evidence.contains(&evidence) {
                    report
                        .evidence_added
                        .push((label.clone(), evidence.source.clone()));
                    existing.evidence.push(evidence);
                }
            }
        } else {
            report.links_added.push(label);
            base.links.push(link);
        }
    }
    base
}

/// The base actor a fragment actor is, and how it was found; or a contradiction.
fn find_actor(base: &[Actor], actor: &Actor) -> Result<Option<(usize, &'static str)>, String> {
    let proposed = actor
        .notes
        .as_deref()
        .is_some_and(|n| n.starts_with("proposed:"));
    if let Some(index) = base.iter().position(|b| b.id == actor.id) {
        check(&base[index], actor, "id", proposed)?;
        return Ok(Some((index, "id")));
    }
    if let Some(imo) = &actor.identifiers.imo {
        if let Some(index) = base
            .iter()
            .position(|b| b.identifiers.imo.as_ref() == Some(imo))
        {
            check(&base[index], actor, "IMO number", proposed)?;
            return Ok(Some((index, "IMO number")));
        }
    }
    let wanted: Vec<String> = names(actor);
    let matches: Vec<usize> = base
        .iter()
        .enumerate()
        .filter(|(_, b)| names(b).iter().any(|n| wanted.contains(n)))
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = matches.first() else {
        return Ok(None);
    };
    let index = matches
        .iter()
        .copied()
        .find(|&i| base[i].kind == actor.kind)
        .unwrap_or(first);
    check(&base[index], actor, "name", proposed)?;
    Ok(Some((index, "name")))
}

/// Every normalized name of an actor (name and aliases).
fn names(actor: &Actor) -> Vec<String> {
    std::iter::once(&actor.name)
        .chain(&actor.aliases)
        .map(|n| normalize(n))
        .filter(|n| !n.is_empty())
        .collect()
}

/// A contradiction between a base actor and the fragment actor found to be it.
fn check(base: &Actor, actor: &Actor, how: &str, guessed_kind: bool) -> Result<(), String> {
    if base.kind != actor.kind && !guessed_kind {
        return Err(format!(
            "actor `{}` (matched by {how} to `{}`) has kind {} in the fragment but {} in the base",
            actor.id, base.id, actor.kind, base.kind
        ));
    }
    let differs =
        |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    if differs(&base.country, &actor.country) {
        return Err(format!(
            "actor `{}` (matched by {how} to `{}`) has country {} in the fragment but {} in the base",
            actor.id,
            base.id,
            actor.country.as_deref().unwrap_or_default(),
            base.country.as_deref().unwrap_or_default()
        ));
    }
    if differs(&base.identifiers.imo, &actor.identifiers.imo) {
        return Err(format!(
            "actor `{}` (matched by {how} to `{}`) has IMO number {} in the fragment but {} in the base",
            actor.id,
            base.id,
            actor.identifiers.imo.as_deref().unwrap_or_default(),
            base.identifiers.imo.as_deref().unwrap_or_default()
        ));
    }
    Ok(())
}

/// Takes into a base actor the surface forms, country and identifiers the fragment adds.
fn learn(existing: &mut Actor, actor: &Actor, report: &mut MergeReport) {
    for name in std::iter::once(&actor.name).chain(&actor.aliases) {
        if name != &existing.name && !existing.aliases.contains(name) {
            existing.aliases.push(name.clone());
            report
                .aliases_added
                .push((existing.id.clone(), name.clone()));
        }
    }
    let id = existing.id.clone();
    let ids = &mut existing.identifiers;
    let fields = [
        ("country", &mut existing.country, &actor.country),
        ("imo", &mut ids.imo, &actor.identifiers.imo),
        ("mmsi", &mut ids.mmsi, &actor.identifiers.mmsi),
        (
            "call_sign",
            &mut ids.call_sign,
            &actor.identifiers.call_sign,
        ),
        ("flag", &mut ids.flag, &actor.identifiers.flag),
    ];
    for (field, into, from) in fields {
        if let (None, Some(value)) = (&into, from) {
            *into = Some(value.clone());
            report
                .facts_added
                .push((id.clone(), field.to_owned(), value.clone()));
        }
    }
}

/// Writes `text` to `path` atomically: into a temporary file beside it, then renamed over it.
/// A failure leaves `path` as it was.
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(folder).map_err(io_error)?;
    temporary.write_all(text.as_bytes()).map_err(io_error)?;
    temporary.as_file().sync_all().map_err(io_error)?;
    temporary.persist(path).map_err(|e| io_error(e.error))?;
    Ok(())
}

/// Loads `base` and each fragment (every file checked as `validate` checks it), merges the
/// fragments in order, and checks the result; gives the merged document as JSON text and the
/// report. Nothing is written.
pub fn merge_files(base: &Path, fragments: &[std::path::PathBuf]) -> Result<(String, MergeReport)> {
    let load = |path: &Path| {
        crate::io::load(&[path.to_owned()]).map(|loaded| crate::io::to_graph_file(&loaded.graph))
    };
    let mut merged = load(base)?;
    let mut report = MergeReport::default();
    for fragment in fragments {
        merged = merge(merged, &load(fragment)?, &mut report);
    }
    let mut text = serde_json::to_string_pretty(&merged).expect("a graph serializes");
    text.push('\n');
    if report.conflicts.is_empty() {
        let mut loader = crate::io::Loader::default();
        loader.add_json("<merged>", &text)?;
        loader.finish()?;
    }
    Ok((text, report))
}

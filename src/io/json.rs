//! The native JSON format (version 1), documented in `graphs/README.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{is_country_code, position, Loader, PendingLink};
use crate::error::{Diagnostic, Error, Location, Result};
use crate::graph::ActorGraph;
use crate::model::{Actor, Category, DateSpan, Evidence, Grade, Link, Relation, Source};

/// The format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A graph file as written on disk.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraphFile {
    /// Format version: 1.
    pub linkchart: u32,
    /// The graph's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Free text about the graph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The documents evidence comes from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The actors.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The links.
    #[serde(default)]
    pub links: Vec<LinkRecord>,
}

/// A link as written on disk: its endpoints by id and its relation as a word.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkRecord {
    /// The id of the actor the link starts from.
    pub from: String,
    /// The id of the actor the link goes to.
    pub to: String,
    /// A word of the vocabulary, or any word with `category: other`.
    pub relation: String,
    /// Only needed for a relation outside the vocabulary (`other`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// What moves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commodity: Option<String>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpan>,
    /// How sure; confirmed when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
    /// The hedging word of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// The evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Facts without a field of their own, by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl LinkRecord {
    /// A link of `relation` from `from` to `to` that states nothing else yet.
    pub fn bare(from: String, to: String, relation: &str) -> LinkRecord {
        LinkRecord {
            from,
            to,
            relation: relation.to_owned(),
            category: None,
            commodity: None,
            date: None,
            grade: None,
            hedge: None,
            evidence: Vec::new(),
            notes: None,
            attributes: BTreeMap::new(),
        }
    }
}

/// A serde_json error as a located parse error (serde_json's message without its position).
fn parse_error(file: &str, error: &serde_json::Error) -> Error {
    let text = error.to_string();
    let message = match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    };
    Error::Parse {
        location: Location {
            file: file.to_owned(),
            line: error.line().max(1),
            column: error.column(),
        },
        message,
    }
}

/// Reads a JSON graph into the loader.
pub(super) fn read(loader: &mut Loader, file: usize, text: &str) -> Result<()> {
    let label = loader.files[file].clone();
    let document: GraphFile = serde_json::from_str(text).map_err(|e| parse_error(&label, &e))?;
    if document.linkchart != FORMAT_VERSION {
        return Err(Error::Parse {
            location: Location {
                file: label,
                line: 1,
                column: 1,
            },
            message: format!(
                "graph format version {} is not supported; this linkchart reads version {FORMAT_VERSION}",
                document.linkchart
            ),
        });
    }
    let starts = position::array_elements(text);
    let at = |key: &str, index: usize| {
        starts
            .get(key)
            .and_then(|offsets| offsets.get(index))
            .map(|&offset| position::locate_byte(&label, text.as_bytes(), offset))
    };
    read_document(loader, file, document, at)
}

/// Checks a document (read from any format) and adds it to the loader; `at(part, index)` is
/// where the `index`th element of `sources`, `actors` or `links` starts in the file.
pub(super) fn read_document(
    loader: &mut Loader,
    file: usize,
    document: GraphFile,
    at: impl Fn(&str, usize) -> Option<Location>,
) -> Result<()> {
    if loader.graph.title.is_none() {
        loader.graph.title = document.title;
        loader.graph.description = document.description;
    }
    for (index, source) in document.sources.into_iter().enumerate() {
        let location = at("sources", index);
        if source.id.trim().is_empty() || source.title.trim().is_empty() {
            let message = "a source needs a non-empty `id` and `title`";
            loader.report(file, Diagnostic::error(location, message));
            continue;
        }
        loader.merge_source(file, source, false, location)?;
    }
    for (index, actor) in document.actors.into_iter().enumerate() {
        let location = at("actors", index);
        let problems = check_actor(&actor);
        let fatal = problems.iter().any(|(error, _)| *error);
        for (error, message) in problems {
            let diagnostic = if error {
                Diagnostic::error(location.clone(), message)
            } else {
                Diagnostic::warning(location.clone(), message)
            };
            loader.report(file, diagnostic);
        }
        if !fatal {
            loader.merge_actor(file, actor, false, location)?;
        }
    }
    for (index, record) in document.links.into_iter().enumerate() {
        let location = at("links", index);
        match link_from_record(&record) {
            Ok((link, warnings)) => {
                for warning in warnings {
                    loader.report(file, Diagnostic::warning(location.clone(), warning));
                }
                loader.pending.push(PendingLink {
                    from: record.from,
                    to: record.to,
                    link,
                    location,
                    file,
                });
            }
            Err(problems) => {
                for message in problems {
                    let message = format!(
                        "link {} -[{}]-> {}: {message}",
                        record.from, record.relation, record.to
                    );
                    loader.report(file, Diagnostic::error(location.clone(), message));
                }
            }
        }
    }
    Ok(())
}

/// The problems of one actor definition: `(is_error, message)`.
fn check_actor(actor: &Actor) -> Vec<(bool, String)> {
    let mut problems = Vec::new();
    if actor.id.is_empty() || actor.id.trim() != actor.id {
        problems.push((
            true,
            format!(
                "actor id `{}` must be non-empty, without leading or trailing spaces",
                actor.id
            ),
        ));
    }
    if actor.name.trim().is_empty() {
        problems.push((true, format!("actor `{}` has an empty name", actor.id)));
    }
    let codes = [
        ("country", &actor.country),
        ("identifiers.flag", &actor.identifiers.flag),
    ];
    for (field, code) in codes {
        if let Some(code) = code {
            if !is_country_code(code) {
                problems.push((
                    true,
                    format!(
                        "actor `{}`: {field} `{code}` is not an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. KP, RU, CN)",
                        actor.id
                    ),
                ));
            }
        }
    }
    if actor.aliases.iter().any(|a| a.trim().is_empty()) {
        problems.push((false, format!("actor `{}` has an empty alias", actor.id)));
    }
    if let Some(imo) = &actor.identifiers.imo {
        if !is_valid_imo(imo) {
            problems.push((
                false,
                format!(
                    "actor `{}`: IMO number `{imo}` fails its check digit",
                    actor.id
                ),
            ));
        }
    }
    problems
}

/// True for a seven-digit IMO ship number (optionally written `IMO 1234567`) whose last digit is
/// the check digit: the digits weighted 7, 6, 5, 4, 3, 2, summed, modulo 10.
fn is_valid_imo(text: &str) -> bool {
    let digits: Vec<u32> = text
        .trim()
        .trim_start_matches("IMO")
        .trim()
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<Vec<u32>>>()
        .unwrap_or_default();
    if digits.len() != 7 {
        return false;
    }
    let sum: u32 = digits[..6]
        .iter()
        .zip((2..=7).rev())
        .map(|(d, w)| d * w)
        .sum();
    sum % 10 == digits[6]
}

/// A link from its record, with warnings; or every problem with it.
fn link_from_record(record: &LinkRecord) -> Result<(Link, Vec<String>), Vec<String>> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    if record.from.is_empty() || record.to.is_empty() {
        problems.push("`from` and `to` must name actors".to_owned());
    }
    let relation = match (Relation::known(&record.relation), record.category) {
        (Some(relation), Some(category)) if relation.category() != category => {
            problems.push(format!(
                "relation `{}` is in category `{}`, not `{category}`",
                record.relation,
                relation.category()
            ));
            relation
        }
        (Some(relation), _) => relation,
        (None, Some(Category::Other)) if !record.relation.trim().is_empty() => {
            Relation::other(&record.relation)
        }
        (None, _) => {
            problems.push(Relation::unknown_message(&record.relation));
            Relation::linked_to()
        }
    };
    if record.evidence.is_empty() {
        warnings.push(format!(
            "link {} -[{}]-> {} has no evidence",
            record.from, record.relation, record.to
        ));
    }
    for evidence in &record.evidence {
        if evidence.quote.trim().is_empty() {
            problems.push(format!(
                "evidence from source `{}` has an empty quote",
                evidence.source
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut link = Link::new(relation);
    link.grade = record.grade.unwrap_or_default();
    link.date = record.date;
    link.commodity = record.commodity.as_deref().map(Into::into);
    link.set_hedge(record.hedge.clone());
    link.set_notes(record.notes.clone());
    for evidence in &record.evidence {
        link.push_evidence(evidence.clone());
    }
    for (name, value) in &record.attributes {
        link.set_attribute(name.clone(), value.clone());
    }
    Ok((link, warnings))
}

/// The record of a link, for writing.
pub fn link_record(graph: &ActorGraph, link: crate::graph::LinkRef<'_>) -> LinkRecord {
    let data = link.link;
    LinkRecord {
        from: graph.actor(link.from).id.clone(),
        to: graph.actor(link.to).id.clone(),
        relation: data.relation.name().to_owned(),
        category: (!data.relation.is_known()).then_some(Category::Other),
        commodity: data.commodity.as_deref().map(str::to_owned),
        date: data.date,
        grade: (data.grade != Grade::CONFIRMED).then_some(data.grade),
        hedge: data.hedge().map(str::to_owned),
        evidence: data.evidence().to_vec(),
        notes: data.notes().map(str::to_owned),
        attributes: data.attributes().clone(),
    }
}

/// The graph as a native JSON document (pretty-printed, with a final newline).
///
/// ```
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let text = linkchart::io::to_json(&graph);
/// let mut loader = linkchart::io::Loader::default();
/// loader.add_json("again.json", &text).unwrap();
/// let again = loader.finish().unwrap().graph;
/// assert_eq!(again.link_count(), graph.link_count());
/// ```
pub fn to_json(graph: &ActorGraph) -> String {
    let mut text = serde_json::to_string_pretty(&to_graph_file(graph)).expect("a graph serializes");
    text.push('\n');
    text
}

/// The graph as the document written to disk.
pub fn to_graph_file(graph: &ActorGraph) -> GraphFile {
    GraphFile {
        linkchart: FORMAT_VERSION,
        title: graph.title.clone(),
        description: graph.description.clone(),
        sources: graph.sources().cloned().collect(),
        actors: graph.actors().map(|(_, a)| a.clone()).collect(),
        links: graph.links().map(|l| link_record(graph, l)).collect(),
    }
}

/// A document read from a format other than native JSON, with where each part starts.
#[derive(Debug)]
pub(super) struct Parsed {
    /// The graph, as the native format would hold it.
    pub document: GraphFile,
    /// Where the `index`th element of `sources`, `actors` and `links` starts.
    pub places: std::collections::HashMap<&'static str, Vec<Location>>,
}

impl Parsed {
    /// An empty document (format version 1) with no places.
    pub fn new() -> Parsed {
        Parsed {
            document: GraphFile {
                linkchart: FORMAT_VERSION,
                title: None,
                description: None,
                sources: Vec::new(),
                actors: Vec::new(),
                links: Vec::new(),
            },
            places: std::collections::HashMap::new(),
        }
    }

    /// Records where the next element of `part` starts.
    pub fn place(&mut self, part: &'static str, location: Location) {
        self.places.entry(part).or_default().push(location);
    }

    /// Checks the document and adds it to the loader.
    pub fn read_into(self, loader: &mut Loader, file: usize) -> Result<()> {
        let Parsed { document, places } = self;
        read_document(loader, file, document, |part, index| {
            places.get(part).and_then(|p| p.get(index)).cloned()
        })
    }
}

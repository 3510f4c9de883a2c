//! Reading and writing graph files. One file per format; [`Loader`] merges any number of files
//! into one [`ActorGraph`], checking everything it can on the way.

mod countries;
mod csv;
mod cypher;
mod format;
mod ftm;
mod gexf;
mod graphml;
mod json;
mod position;

use std::path::{Path, PathBuf};

use petgraph::graph::NodeIndex;

use crate::error::{Diagnostic, Error, Location, Result, Severity};
use crate::graph::ActorGraph;
use crate::model::{Actor, Link, Source};
use crate::resolve;

pub use countries::is_country_code;
pub use csv::TableKind;
pub use format::{write_graph, CypherDialect, Format, WriteOptions, Written};
pub use json::{to_graph_file, to_json, GraphFile, LinkRecord, FORMAT_VERSION};

/// The curated graph of the shared reports, built into the binary.
pub const BUNDLED_GRAPH: &str = include_str!("../../graphs/dprk-sanctions.json");

/// The name the bundled graph goes by in messages.
pub const BUNDLED_NAME: &str = "<bundled>/dprk-sanctions.json";

/// The text of a file, or where it stops being UTF-8.
fn read_text(path: &Path) -> Result<String> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::Parse {
        location: position::locate_byte(&label, e.as_bytes(), e.utf8_error().valid_up_to()),
        message: "the file is not valid UTF-8".into(),
    })
}

/// A loaded graph and the warnings found on the way.
#[derive(Debug)]
pub struct Loaded {
    /// The merged graph.
    pub graph: ActorGraph,
    /// Legitimate oddities worth a look (shared aliases, relations outside the vocabulary,
    /// links without evidence).
    pub warnings: Vec<Diagnostic>,
}

/// Loads and merges graph files in any format linkchart reads (see [`Format`]); with no files,
/// the bundled graph.
///
/// ```
/// let loaded = linkchart::io::load(&[]).unwrap();
/// assert!(loaded.graph.node("nakhodka").is_some());
/// ```
pub fn load(paths: &[PathBuf]) -> Result<Loaded> {
    load_as(paths, None, &[], &[])
}

/// Loads graph files (each in `format`, or as its name says), then actors tables and links
/// tables (CSV) named as such; with no files at all, the bundled graph.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let actors = dir.path().join("people.csv");
/// let links = dir.path().join("ties.csv");
/// std::fs::write(&actors, "id,name,kind\nkim,Kim,person\nacme,Acme,firm\n").unwrap();
/// std::fs::write(&links, "from,to,relation\nkim,acme,owns\n").unwrap();
/// let graph = linkchart::io::load_as(&[], None, &[actors], &[links]).unwrap().graph;
/// assert_eq!(graph.actor(graph.node("kim").unwrap()).name, "Kim");
/// assert_eq!(graph.link_count(), 1);
/// ```
pub fn load_as(
    paths: &[PathBuf],
    format: Option<Format>,
    actors: &[PathBuf],
    links: &[PathBuf],
) -> Result<Loaded> {
    let mut loader = Loader::default();
    if paths.is_empty() && actors.is_empty() && links.is_empty() {
        loader.add_json(BUNDLED_NAME, BUNDLED_GRAPH)?;
    }
    for path in paths {
        match format {
            Some(format) => loader.add_file_as(path, format)?,
            None => loader.add_file(path)?,
        }
    }
    for path in actors {
        loader.add_csv_table(path, Some(TableKind::Actors))?;
    }
    for path in links {
        loader.add_csv_table(path, Some(TableKind::Links))?;
    }
    loader.finish()
}

/// Where an actor or source came from: which file, and whether it was only implied there (an
/// actor created from a name in a links table, a source from a `source_id` cell).
#[derive(Debug, Clone, Copy)]
struct Origin {
    file: usize,
    implied: bool,
}

/// A link whose endpoints are resolved once every file is read.
#[derive(Debug)]
struct PendingLink {
    from: String,
    to: String,
    link: Link,
    location: Option<Location>,
    file: usize,
}

/// Merges graph files one by one into one graph.
#[derive(Debug, Default)]
pub struct Loader {
    graph: ActorGraph,
    files: Vec<String>,
    actor_origin: Vec<Origin>,
    source_origin: Vec<Origin>,
    pending: Vec<PendingLink>,
    problems: Vec<(usize, Diagnostic)>,
}

/// How many problems one load reports before it stops listing them.
const MAX_PROBLEMS: usize = 100;

impl Loader {
    /// Reads `path`, its format told by its extension (a folder: CSV tables).
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        self.add_file_as(path, Format::from_path(path)?)
    }

    /// Reads `path` in `format`. A CSV file is a links, actors or sources table as its header
    /// says; a folder holds `actors.csv`, `links.csv` and optionally `sources.csv`.
    pub fn add_file_as(&mut self, path: &Path, format: Format) -> Result<()> {
        let label = path.display().to_string();
        if format == Format::Csv && path.is_dir() {
            for (name, table) in [
                ("sources.csv", TableKind::Sources),
                ("actors.csv", TableKind::Actors),
                ("links.csv", TableKind::Links),
            ] {
                let file = path.join(name);
                if table == TableKind::Sources && !file.exists() {
                    continue;
                }
                self.add_csv_table(&file, Some(table))?;
            }
            return Ok(());
        }
        match format {
            Format::Json => {
                let text = read_text(path)?;
                self.add_json(&label, &text)
            }
            Format::Csv => self.add_csv_table(path, None),
            Format::Graphml => {
                let text = read_text(path)?;
                let parsed = graphml::read(&label, &text)?;
                self.add_parsed(&label, parsed)
            }
            Format::Ftm => {
                let text = read_text(path)?;
                let (parsed, skipped) = ftm::read(&label, &text)?;
                let file = self.begin_file(&label);
                if let Some(message) = skipped.message() {
                    self.report(file, Diagnostic::warning(None, message));
                }
                parsed.read_into(self, file)?;
                self.resolve_pending(false);
                Ok(())
            }
            Format::Gexf | Format::Cypher | Format::Neo4jCsv => Err(Error::Usage(format!(
                "{label}: linkchart writes {format} but does not read it"
            ))),
        }
    }

    /// Reads a CSV table: `kind` says which, or its header does.
    pub fn add_csv_table(&mut self, path: &Path, kind: Option<TableKind>) -> Result<()> {
        let label = path.display().to_string();
        let io_error = |source| Error::Io {
            path: path.to_owned(),
            source,
        };
        let open = || std::fs::File::open(path).map_err(io_error);
        let kind = match kind {
            Some(kind) => kind,
            None => {
                let mut header = Vec::new();
                std::io::BufRead::read_until(
                    &mut std::io::BufReader::new(open()?),
                    b'\n',
                    &mut header,
                )
                .map_err(io_error)?;
                csv::table_kind(&label, &header)?
            }
        };
        let read = || std::fs::read(path).map_err(io_error);
        match kind {
            TableKind::Links => {
                // Streamed from disk: a first pass counts the rows, so that a table of millions
                // of links is never held in memory beside the graph it becomes.
                let rows = count_lines(open()?).map_err(io_error)?;
                let input = std::io::BufReader::with_capacity(1 << 16, open()?);
                let file = self.begin_file(&label);
                csv::read(self, file, input, rows)
            }
            TableKind::Actors => self.add_parsed(&label, csv::read_actors(&label, &read()?)?),
            TableKind::Sources => self.add_parsed(&label, csv::read_sources(&label, &read()?)?),
        }
    }

    fn add_parsed(&mut self, label: &str, parsed: json::Parsed) -> Result<()> {
        let file = self.begin_file(label);
        parsed.read_into(self, file)?;
        self.resolve_pending(false);
        Ok(())
    }

    /// Reads a native JSON graph from `text`, named `label` in messages.
    pub fn add_json(&mut self, label: &str, text: &str) -> Result<()> {
        let file = self.begin_file(label);
        json::read(self, file, text)?;
        self.resolve_pending(false);
        Ok(())
    }

    /// Reads a links table (CSV) from `bytes`, named `label` in messages.
    pub fn add_csv(&mut self, label: &str, bytes: &[u8]) -> Result<()> {
        let file = self.begin_file(label);
        let rows = bytes.iter().filter(|&&b| b == b'\n').count();
        csv::read(self, file, bytes, rows)
    }

    fn begin_file(&mut self, label: &str) -> usize {
        self.files.push(label.to_owned());
        self.files.len() - 1
    }

    fn report(&mut self, file: usize, diagnostic: Diagnostic) {
        self.problems.push((file, diagnostic));
    }

    fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|(_, d)| d.severity == Severity::Error)
            .count()
    }

    /// Adds a source, merging it with one of the same id from another file.
    fn merge_source(
        &mut self,
        file: usize,
        source: Source,
        implied: bool,
        location: Option<Location>,
    ) -> Result<()> {
        let Some(index) = self.graph.source_index(&source.id) else {
            self.graph.add_source(source).expect("id is free");
            self.source_origin.push(Origin { file, implied });
            return Ok(());
        };
        let origin = self.source_origin[index];
        if implied {
            return Ok(());
        }
        if origin.file == file && !origin.implied {
            self.report(
                file,
                Diagnostic::error(location, format!("duplicate source id `{}`", source.id)),
            );
            return Ok(());
        }
        if origin.implied {
            self.graph.replace_source(index, source);
            self.source_origin[index] = Origin {
                file,
                implied: false,
            };
            return Ok(());
        }
        let existing = self.graph.sources().nth(index).expect("index in range");
        if let Some((field, a, b)) = source_difference(existing, &source) {
            return Err(Error::Conflict {
                what: "source",
                id: source.id,
                field,
                first: self.files[origin.file].clone(),
                second: self.files[file].clone(),
                first_value: a,
                second_value: b,
            });
        }
        Ok(())
    }

    /// Adds an actor, merging it with one of the same id from another file; an implied actor
    /// (a name in a links table) yields to a full definition.
    fn merge_actor(
        &mut self,
        file: usize,
        actor: Actor,
        implied: bool,
        location: Option<Location>,
    ) -> Result<NodeIndex> {
        let Some(node) = self.graph.node(&actor.id) else {
            let node = self.graph.add_actor(actor).expect("id is free");
            self.actor_origin.push(Origin { file, implied });
            return Ok(node);
        };
        let origin = self.actor_origin[node.index()];
        if implied {
            return Ok(node);
        }
        if origin.file == file && !origin.implied {
            let message = format!("duplicate actor id `{}`", actor.id);
            self.report(file, Diagnostic::error(location, message));
            return Ok(node);
        }
        if origin.implied {
            *self.graph.actor_mut(node) = actor;
            self.actor_origin[node.index()] = Origin {
                file,
                implied: false,
            };
            return Ok(node);
        }
        let existing = self.graph.actor_mut(node);
        match actor_difference(existing, &actor) {
            Some((field, a, b)) => Err(Error::Conflict {
                what: "actor",
                id: actor.id,
                field,
                first: self.files[origin.file].clone(),
                second: self.files[file].clone(),
                first_value: a,
                second_value: b,
            }),
            None => {
                absorb_actor(existing, actor);
                Ok(node)
            }
        }
    }

    /// Adds the links whose endpoints and sources are known; at the end (`last`), reports the
    /// others.
    fn resolve_pending(&mut self, last: bool) {
        let pending = std::mem::take(&mut self.pending);
        for item in pending {
            let from = self.graph.node(&item.from);
            let to = self.graph.node(&item.to);
            let unknown_source = item
                .link
                .evidence()
                .iter()
                .find(|e| self.graph.source(&e.source).is_none())
                .map(|e| e.source.clone());
            let message = match (from, to, unknown_source) {
                (Some(from), Some(to), None) => {
                    self.graph.add_link(from, to, item.link);
                    continue;
                }
                _ if !last => {
                    self.pending.push(item);
                    continue;
                }
                (Some(_), Some(_), Some(source)) => {
                    let known: Vec<String> = self.graph.sources().map(|s| s.id.clone()).collect();
                    format!(
                        "link {} -[{}]-> {}: evidence cites unknown source `{source}`{}",
                        item.from,
                        item.link.relation,
                        item.to,
                        suggestion(&resolve::closest(&known, &source, 3))
                    )
                }
                (from, _, _) => {
                    let missing = if from.is_none() { &item.from } else { &item.to };
                    format!(
                        "link {} -[{}]-> {} names unknown actor `{missing}`{}",
                        item.from,
                        item.link.relation,
                        item.to,
                        suggestion(&resolve::closest_ids(&self.graph, missing, 3))
                    )
                }
            };
            self.report(item.file, Diagnostic::error(item.location, message));
        }
    }

    /// Ends loading: the merged graph and its warnings, or every error found.
    pub fn finish(mut self) -> Result<Loaded> {
        self.resolve_pending(true);
        if self.error_count() > 0 {
            let first_file = self
                .problems
                .iter()
                .find(|(_, d)| d.severity == Severity::Error)
                .map(|(f, _)| *f)
                .unwrap_or(0);
            let files: Vec<&str> = {
                let mut files: Vec<usize> = self
                    .problems
                    .iter()
                    .filter(|(_, d)| d.severity == Severity::Error)
                    .map(|(f, _)| *f)
                    .collect();
                files.dedup();
                files.iter().map(|&f| self.files[f].as_str()).collect()
            };
            let file = if files.len() == 1 {
                self.files[first_file].clone()
            } else {
                files.join(", ")
            };
            let problems: Vec<Diagnostic> = self
                .problems
                .into_iter()
                .map(|(_, d)| d)
                .filter(|d| d.severity == Severity::Error)
                .take(MAX_PROBLEMS)
                .collect();
            return Err(Error::Invalid { file, problems });
        }
        Ok(Loaded {
            graph: self.graph,
            warnings: self.problems.into_iter().map(|(_, d)| d).collect(),
        })
    }
}

/// The number of newlines in `input`.
fn count_lines(mut input: impl std::io::Read) -> std::io::Result<usize> {
    let mut buffer = vec![0u8; 1 << 16];
    let mut lines = 0;
    loop {
        match input.read(&mut buffer)? {
            0 => return Ok(lines),
            n => lines += buffer[..n].iter().filter(|&&b| b == b'\n').count(),
        }
    }
}

/// "; did you mean `a`, `b`?" for a non-empty list of ids.
fn suggestion(ids: &[String]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = ids.iter().map(|s| format!("`{s}`")).collect();
    format!("; did you mean {}?", quoted.join(", "))
}

/// The first field in which two definitions of one actor contradict each other (a field one
/// side leaves out is no contradiction).
fn actor_difference(a: &Actor, b: &Actor) -> Option<(&'static str, String, String)> {
    let optional = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) if x != y => Some((x.clone(), y.clone())),
        _ => None,
    };
    if a.name != b.name {
        return Some(("name", a.name.clone(), b.name.clone()));
    }
    if a.kind != b.kind {
        return Some(("kind", a.kind.to_string(), b.kind.to_string()));
    }
    if let Some((x, y)) = optional(&a.country, &b.country) {
        return Some(("country", x, y));
    }
    let ids = [
        ("identifiers.imo", &a.identifiers.imo, &b.identifiers.imo),
        ("identifiers.mmsi", &a.identifiers.mmsi, &b.identifiers.mmsi),
        (
            "identifiers.call_sign",
            &a.identifiers.call_sign,
            &b.identifiers.call_sign,
        ),
        ("identifiers.flag", &a.identifiers.flag, &b.identifiers.flag),
    ];
    for (field, x, y) in ids {
        if let Some((x, y)) = optional(x, y) {
            return Some((field, x, y));
        }
    }
    None
}

/// Takes into `into` what `from` adds: aliases, country, identifiers, notes.
fn absorb_actor(into: &mut Actor, from: Actor) {
    for alias in from.aliases {
        if !into.aliases.contains(&alias) {
            into.aliases.push(alias);
        }
    }
    into.country = into.country.take().or(from.country);
    let ids = &mut into.identifiers;
    ids.imo = ids.imo.take().or(from.identifiers.imo);
    ids.mmsi = ids.mmsi.take().or(from.identifiers.mmsi);
    ids.call_sign = ids.call_sign.take().or(from.identifiers.call_sign);
    ids.flag = ids.flag.take().or(from.identifiers.flag);
    for (name, value) in from.identifiers.other {
        ids.other.entry(name).or_insert(value);
    }
    into.collective |= from.collective;
    into.notes = into.notes.take().or(from.notes);
    for (name, value) in from.attributes {
        into.attributes.entry(name).or_insert(value);
    }
}

/// The first field in which two definitions of one source differ.
fn source_difference(a: &Source, b: &Source) -> Option<(&'static str, String, String)> {
    let show = |x: &Option<String>| x.clone().unwrap_or_default();
    let fields = [
        ("title", Some(a.title.clone()), Some(b.title.clone())),
        ("publisher", a.publisher.clone(), b.publisher.clone()),
        ("file", a.file.clone(), b.file.clone()),
        ("url", a.url.clone(), b.url.clone()),
        (
            "published",
            a.published.map(|d| d.to_string()),
            b.published.map(|d| d.to_string()),
        ),
    ];
    fields
        .into_iter()
        .find(|(_, x, y)| x.is_some() && y.is_some() && x != y)
        .map(|(field, x, y)| (field, show(&x), show(&y)))
}

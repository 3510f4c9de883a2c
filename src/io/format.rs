//! The formats linkchart reads and writes, told from a file name or named on the command line,
//! and the atomic writing of any of them.

use std::fmt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// A graph file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// The native JSON graph (`.json`): nothing lost.
    Json,
    /// CSV tables (`.csv`): a links table, an actors table, a sources table, or a folder holding
    /// `actors.csv`, `links.csv` and optionally `sources.csv`.
    Csv,
    /// GraphML (`.graphml`), with typed keys.
    Graphml,
    /// GEXF 1.3 (`.gexf`), for Gephi; written only.
    Gexf,
    /// FollowTheMoney entities as JSON lines (`.ftm.json`, `.ftm.jsonl`).
    Ftm,
    /// A Cypher script (`.cypher`, `.cql`) that `MERGE`s the graph; written only.
    Cypher,
    /// A folder of `neo4j-admin database import` CSV files; written only.
    Neo4jCsv,
}

impl Format {
    /// Every format, in documentation order.
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Csv,
        Format::Graphml,
        Format::Gexf,
        Format::Ftm,
        Format::Cypher,
        Format::Neo4jCsv,
    ];

    /// The format's name on the command line (`--from`, `--to`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Ftm => "ftm",
            Format::Cypher => "cypher",
            Format::Neo4jCsv => "neo4j-csv",
        }
    }

    /// Whether linkchart reads this format.
    pub fn is_readable(self) -> bool {
        !matches!(self, Format::Gexf | Format::Cypher | Format::Neo4jCsv)
    }

    /// The format of `path` from its extension; an existing folder is a folder of CSV tables.
    ///
    /// ```
    /// use linkchart::io::Format;
    /// use std::path::Path;
    /// assert_eq!(Format::from_path(Path::new("net.ftm.jsonl")).unwrap(), Format::Ftm);
    /// assert_eq!(Format::from_path(Path::new("net.ftm.json")).unwrap(), Format::Ftm);
    /// assert_eq!(Format::from_path(Path::new("net.json")).unwrap(), Format::Json);
    /// assert!(Format::from_path(Path::new("net.xls")).is_err());
    /// ```
    pub fn from_path(path: &Path) -> Result<Format> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let by_suffix = [
            (".ftm.json", Format::Ftm),
            (".ftm.jsonl", Format::Ftm),
            (".json", Format::Json),
            (".csv", Format::Csv),
            (".graphml", Format::Graphml),
            (".gexf", Format::Gexf),
            (".cypher", Format::Cypher),
            (".cql", Format::Cypher),
        ];
        if let Some((_, format)) = by_suffix.iter().find(|(s, _)| name.ends_with(s)) {
            return Ok(*format);
        }
        if path.is_dir() {
            return Ok(Format::Csv);
        }
        Err(Error::UnknownFormat {
            path: path.to_owned(),
        })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// ```
    /// use linkchart::io::Format;
    /// assert_eq!("graphml".parse::<Format>().unwrap(), Format::Graphml);
    /// assert!("xls".parse::<Format>().unwrap_err().to_string().contains("json, csv, graphml"));
    /// ```
    fn from_str(text: &str) -> Result<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == text.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                Error::Usage(format!(
                    "unknown format `{text}`; formats: {}",
                    names.join(", ")
                ))
            })
    }
}

/// Which Cypher a script is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CypherDialect {
    /// Neo4j 5: a uniqueness constraint, then `MERGE`.
    #[default]
    Neo4j,
    /// Kùzu: `CREATE NODE TABLE`/`CREATE REL TABLE` first, then `MERGE`.
    Kuzu,
}

/// Options of [`write_graph`].
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// The Cypher dialect, for [`Format::Cypher`].
    pub cypher_dialect: CypherDialect,
}

/// What [`write_graph`] wrote.
#[derive(Debug, Clone, Serialize)]
pub struct Written {
    /// The format.
    pub format: Format,
    /// Every file written, in order.
    pub files: Vec<PathBuf>,
    /// Actors written.
    pub actors: usize,
    /// Links written.
    pub links: usize,
}

/// Writes `graph` to `path` in `format`. Folder formats (`csv` to a path without `.csv`,
/// `neo4j-csv`) create the folder. Every file is written to a temporary file beside it and
/// renamed into place, so a failure never leaves a truncated file.
///
/// ```
/// use linkchart::io::{write_graph, Format, WriteOptions};
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let dir = tempfile::tempdir().unwrap();
/// let out = dir.path().join("net.graphml");
/// let written = write_graph(&graph, &out, Format::Graphml, WriteOptions::default()).unwrap();
/// assert_eq!(written.files, [out.clone()]);
/// let again = linkchart::io::load(&[out]).unwrap().graph;
/// assert_eq!(again.link_count(), graph.link_count());
/// ```
pub fn write_graph(
    graph: &ActorGraph,
    path: &Path,
    format: Format,
    options: WriteOptions,
) -> Result<Written> {
    let mut files = Vec::new();
    let mut file = |path: PathBuf, write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
        write_atomically(&path, write)?;
        files.push(path);
        Ok::<(), Error>(())
    };
    match format {
        Format::Json => file(path.to_owned(), &|out| {
            out.write_all(super::to_json(graph).as_bytes())
        })?,
        Format::Csv if is_file_name(path, ".csv") => {
            file(path.to_owned(), &|out| super::csv::write_links(graph, out))?
        }
        Format::Csv => {
            create_dir(path)?;
            file(path.join("actors.csv"), &|out| {
                super::csv::write_actors(graph, out)
            })?;
            file(path.join("links.csv"), &|out| {
                super::csv::write_links(graph, out)
            })?;
            file(path.join("sources.csv"), &|out| {
                super::csv::write_sources(graph, out)
            })?;
        }
        Format::Graphml => file(path.to_owned(), &|out| super::graphml::write(graph, out))?,
        Format::Gexf => file(path.to_owned(), &|out| super::gexf::write(graph, out))?,
        Format::Ftm => file(path.to_owned(), &|out| super::ftm::write(graph, out))?,
        Format::Cypher => file(path.to_owned(), &|out| {
            super::cypher::write(graph, options.cypher_dialect, out)
        })?,
        Format::Neo4jCsv => {
            create_dir(path)?;
            for (name, write) in super::cypher::ADMIN_FILES {
                file(path.join(name), &|out| write(graph, out))?;
            }
        }
    }
    Ok(Written {
        format,
        files,
        actors: graph.actor_count(),
        links: graph.link_count(),
    })
}

fn is_file_name(path: &Path, suffix: &str) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().to_ascii_lowercase().ends_with(suffix))
}

fn create_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })
}

/// Writes one file through a buffer into a temporary file in the target's folder, then renames
/// it over the target.
fn write_atomically(
    path: &Path,
    write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temporary = tempfile::NamedTempFile::new_in(folder).map_err(io_error)?;
    // A temporary file is private (0600); the output gets the permissions of the file it
    // replaces, or those of a new file.
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => existing.permissions(),
        Err(_) => new_file_permissions(folder).map_err(io_error)?,
    };
    temporary
        .as_file()
        .set_permissions(permissions)
        .map_err(io_error)?;
    let mut out = BufWriter::new(temporary);
    write(&mut out).map_err(io_error)?;
    let temporary = out.into_inner().map_err(|e| io_error(e.into_error()))?;
    temporary.as_file().sync_all().map_err(io_error)?;
    temporary.persist(path).map_err(|e| io_error(e.error))?;
    Ok(())
}

/// The permissions a new file in `folder` gets (what the umask leaves), found by creating one.
fn new_file_permissions(folder: &Path) -> std::io::Result<std::fs::Permissions> {
    let probe = tempfile::Builder::new()
        .prefix(".linkchart-probe")
        .tempfile_in(folder)?;
    let path = probe.path().to_owned();
    drop(probe);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)?;
    let permissions = file.metadata()?.permissions();
    std::fs::remove_file(&path)?;
    Ok(permissions)
}

/// An actor's own fields besides its id and name, with their XML Schema types, as GraphML keys
/// and GEXF attributes write them.
pub(super) const ACTOR_FIELDS: [(&str, &str); 9] = [
    ("kind", "string"),
    ("aliases", "string"),
    ("country", "string"),
    ("imo", "string"),
    ("mmsi", "string"),
    ("call_sign", "string"),
    ("flag", "string"),
    ("collective", "boolean"),
    ("notes", "string"),
];

/// The name an attribute is written under where `reserved` names are the format's own fields:
/// a clashing name (or one that already starts with `attr:`) gets the prefix `attr:`.
pub(super) fn attribute_key(name: &str, reserved: &[&str]) -> String {
    if reserved.contains(&name) || name.starts_with("attr:") {
        format!("attr:{name}")
    } else {
        name.to_owned()
    }
}

/// The attribute name a key not among a format's own fields stands for (undoes
/// [`attribute_key`]).
pub(super) fn attribute_name(key: &str) -> &str {
    key.strip_prefix("attr:").unwrap_or(key)
}

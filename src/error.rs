//! The library's typed errors and the diagnostics that validation collects.

use std::fmt;
use std::path::PathBuf;

/// A place in an input file: `file:line:column` (line and column from 1; column 0 when the
/// format gives none).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// The file, as given.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1; 0 when unknown.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if self.column > 0 {
            write!(f, ":{}", self.column)?;
        }
        Ok(())
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong: nothing is loaded.
    Error,
    /// Legitimate but worth a look (a shared alias, a relation outside the vocabulary).
    Warning,
}

/// One finding about an input: where, how serious, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where, when the finding has a place.
    pub location: Option<Location>,
    /// What is wrong, with a suggestion where there is one.
    pub message: String,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Option<Location>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Option<Location>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}", self.message)
    }
}

/// An actor a query could mean.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Candidate {
    /// The actor's id.
    pub id: String,
    /// The actor's name.
    pub name: String,
    /// The actor's kind.
    pub kind: String,
}

impl fmt::Display for Candidate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, id `{}`)", self.name, self.kind, self.id)
    }
}

fn list<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn did_you_mean(suggestions: &[Candidate]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        many => format!("; did you mean one of: {}?", list(many)),
    }
}

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// An input is not well-formed (JSON or CSV syntax, a wrong value type).
    #[error("{location}: {message}")]
    Parse {
        /// Where.
        location: Location,
        /// What was expected.
        message: String,
    },
    /// An input is well-formed but wrong; every problem found is listed.
    #[error("{} {} in {file}:\n{}", problems.len(), if problems.len() == 1 { "problem" } else { "problems" },
        problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        /// The file.
        file: String,
        /// The errors found.
        problems: Vec<Diagnostic>,
    },
    /// Two graph files say different things about the same actor or source.
    #[error("{what} `{id}` has a different {field} in {first} and in {second}: `{first_value}` vs `{second_value}`")]
    Conflict {
        /// `actor` or `source`.
        what: &'static str,
        /// The id.
        id: String,
        /// The field that differs.
        field: &'static str,
        /// The file that defined it first.
        first: String,
        /// The file that contradicts it.
        second: String,
        /// The first file's value.
        first_value: String,
        /// The second file's value.
        second_value: String,
    },
    /// No actor answers to a name.
    #[error("no actor `{query}`{}", did_you_mean(suggestions))]
    UnknownActor {
        /// The name as typed.
        query: String,
        /// The closest actors.
        suggestions: Vec<Candidate>,
    },
    /// Several actors answer to a name.
    #[error("`{query}` is ambiguous: it names {}; use an id", list(candidates))]
    AmbiguousActor {
        /// The name as typed.
        query: String,
        /// Every actor it names.
        candidates: Vec<Candidate>,
    },
    /// An option's value is wrong (an unknown category, a relation outside the vocabulary).
    #[error("{0}")]
    Usage(String),
    /// A file's format cannot be told from its name.
    #[error("{}: unknown graph format (expected .json, .csv, .graphml, .gexf, .ftm.json, .ftm.jsonl, .cypher or a folder of CSV tables)", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// A selection has too many actors to draw legibly.
    #[error(
        "the selection has {actors} actors, more than the {limit} a picture can show legibly; \
narrow it with --focus ACTOR --hops N, --top N --by MEASURE, --chains FROM TO or the scope options \
(--category, --commodity, --since ...), or draw it anyway with --force"
    )]
    TooLarge {
        /// Actors selected.
        actors: usize,
        /// The most allowed.
        limit: usize,
    },
    /// Graphviz is needed (PNG, PDF, `--engine graphviz`) but `dot` is not on PATH.
    #[error(
        "{format} output needs Graphviz, and the `dot` program is not on PATH; install it \
(`apt-get install graphviz`, `brew install graphviz`) or write an SVG with the builtin engine \
(-o FILE.svg --engine builtin)"
    )]
    GraphvizMissing {
        /// The format asked (`PNG`, `PDF`, `SVG`).
        format: &'static str,
    },
    /// Graphviz ran and failed; its own message.
    #[error("Graphviz failed: {0}")]
    Graphviz(String),
}

impl Error {
    /// A short machine-readable name of the error's kind, used in JSON error output.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Parse { .. } => "parse",
            Error::Invalid { .. } => "invalid",
            Error::Conflict { .. } => "conflict",
            Error::UnknownActor { .. } => "unknown_actor",
            Error::AmbiguousActor { .. } => "ambiguous_actor",
            Error::Usage(_) => "usage",
            Error::UnknownFormat { .. } => "unknown_format",
            Error::TooLarge { .. } => "too_large",
            Error::GraphvizMissing { .. } => "graphviz_missing",
            Error::Graphviz(_) => "graphviz",
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

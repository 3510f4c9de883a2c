//! Printing: aligned tables, JSON, and errors (text, or `{"error": …}` with `--format json`).

use std::io::Write;

use serde::Serialize;

use super::{OutputFormat, EXIT_ERROR, EXIT_OK};
use crate::error::Error;

/// A table of text cells, printed with aligned columns.
#[derive(Debug, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with this header row.
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_uppercase()).collect()],
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Writes the table: columns padded to their widest cell, the last one not padded.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                if c + 1 == row.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.extend(std::iter::repeat_n(
                        ' ',
                        widths[c] - cell.chars().count() + 2,
                    ));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// The display name of the actor with id `id` (the id itself if the graph has no such actor).
pub fn actor_name(graph: &crate::ActorGraph, id: &str) -> String {
    graph
        .node(id)
        .map_or_else(|| id.to_owned(), |n| graph.actor(n).name.clone())
}

/// Writes `value` as pretty JSON with a final newline.
pub fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// An error of the command line: the library's, or one of writing the output.
#[derive(Debug)]
pub enum CliError {
    /// The library failed.
    Library(Error),
    /// Writing the output failed.
    Output(std::io::Error),
}

impl From<Error> for CliError {
    fn from(error: Error) -> Self {
        CliError::Library(error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        CliError::Output(error)
    }
}

impl From<csv::Error> for CliError {
    fn from(error: csv::Error) -> Self {
        CliError::Output(error.into())
    }
}

/// What a command returns: an exit code, or an error.
pub type CliResult = Result<u8, CliError>;

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    problems: Option<&'a [crate::error::Diagnostic]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    candidates: Option<&'a [crate::error::Candidate]>,
}

#[derive(Serialize)]
struct ErrorDocument<'a> {
    error: ErrorBody<'a>,
}

/// Prints an error to stderr and gives the exit code. A closed stdout (`| head`) is no error.
pub fn report_error(error: &CliError, format: OutputFormat) -> u8 {
    let error = match error {
        CliError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return EXIT_OK,
        CliError::Output(e) => {
            eprintln!("linkchart: cannot write output: {e}");
            return EXIT_ERROR;
        }
        CliError::Library(error) => error,
    };
    match format {
        OutputFormat::Table | OutputFormat::Csv => eprintln!("linkchart: {error}"),
        OutputFormat::Json => {
            let (problems, candidates) = match error {
                Error::Invalid { problems, .. } => (Some(problems.as_slice()), None),
                Error::AmbiguousActor { candidates, .. } => (None, Some(candidates.as_slice())),
                Error::UnknownActor { suggestions, .. } => (None, Some(suggestions.as_slice())),
                _ => (None, None),
            };
            let document = ErrorDocument {
                error: ErrorBody {
                    kind: error.kind(),
                    message: error.to_string(),
                    problems,
                    candidates,
                },
            };
            let text = serde_json::to_string(&document).expect("errors serialize");
            eprintln!("{text}");
        }
    }
    EXIT_ERROR
}

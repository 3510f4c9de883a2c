//! `validate`: every check on a loaded graph, and, given the reports' folder, that every quote
//! occurs in its source's text.

use std::path::Path;

use serde::Serialize;

use crate::error::{Diagnostic, Severity};
use crate::io::Loaded;
use crate::resolve;

/// What validation found.
#[derive(Debug, Clone, Serialize)]
pub struct Validation {
    /// Errors: the graph is wrong.
    pub errors: Vec<Diagnostic>,
    /// Warnings: legitimate, but worth a look.
    pub warnings: Vec<Diagnostic>,
    /// How many quotes were checked against their source text.
    pub quotes_checked: usize,
}

impl Validation {
    /// True when there is no error.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Text compared the way quotes are checked: curly quotes made straight, every run of white
/// space made one space.
///
/// ```
/// use linkchart::validate::comparable;
/// assert_eq!(comparable("“Caught  RED\n HANDED”"), "\"Caught RED HANDED\"");
/// ```
pub fn comparable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
            '\u{00A0}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Checks a loaded graph: its load warnings, aliases shared by several actors, and with
/// `reports` every quote against the text of its source's `file` in that folder.
pub fn validate(loaded: &Loaded, reports: Option<&Path>) -> Validation {
    let graph = &loaded.graph;
    let mut errors = Vec::new();
    let mut warnings: Vec<Diagnostic> = loaded.warnings.clone();
    for (alias, ids) in resolve::shared_aliases(graph) {
        warnings.push(Diagnostic::warning(
            None,
            format!(
                "the name `{alias}` (normalized) belongs to several actors: {}; resolving it lists them all",
                ids.join(", ")
            ),
        ));
    }
    let mut quotes_checked = 0;
    if let Some(folder) = reports {
        let mut texts: Vec<Option<String>> = Vec::new();
        for source in graph.sources() {
            let text = match &source.file {
                None => {
                    warnings.push(Diagnostic::warning(
                        None,
                        format!(
                            "source `{}` names no file: its quotes are not checked",
                            source.id
                        ),
                    ));
                    None
                }
                Some(file) => match std::fs::read_to_string(folder.join(file)) {
                    Ok(text) => Some(comparable(&text)),
                    Err(e) => {
                        errors.push(Diagnostic::error(
                            None,
                            format!(
                                "source `{}`: cannot read {}: {e}",
                                source.id,
                                folder.join(file).display()
                            ),
                        ));
                        None
                    }
                },
            };
            texts.push(text);
        }
        for link_ref in graph.links() {
            for evidence in link_ref.link.evidence() {
                let Some(index) = graph.source_index(&evidence.source) else {
                    continue;
                };
                let Some(text) = &texts[index] else {
                    continue;
                };
                quotes_checked += 1;
                if !text.contains(&comparable(&evidence.quote)) {
                    let shown: String = evidence.quote.chars().take(80).collect();
                    errors.push(Diagnostic::error(
                        None,
                        format!(
                            "link {} -[{}]-> {}: quote not found in `{}`: \"{shown}{}\"",
                            graph.actor(link_ref.from).id,
                            link_ref.link.relation,
                            graph.actor(link_ref.to).id,
                            evidence.source,
                            if evidence.quote.chars().count() > 80 {
                                "…"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
            }
        }
    }
    errors.extend(
        warnings
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned(),
    );
    warnings.retain(|d| d.severity == Severity::Warning);
    Validation {
        errors,
        warnings,
        quotes_checked,
    }
}

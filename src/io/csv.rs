//! Links tables: CSV with a header row, one link per row (see `graphs/README.md`).
//!
//! Written for large generated tables: one reused record buffer, actors looked up by the borrowed
//! cell text (a name allocates only the first time it is seen), and commodities and relations
//! outside the vocabulary shared between rows.

use std::collections::HashMap;
use std::sync::Arc;

use petgraph::graph::NodeIndex;

use super::{Loader, Origin};
use crate::error::{Diagnostic, Error, Location, Result};
use crate::model::{ActorKind, DateSpan, Evidence, Grade, Link, Relation, Source};

/// The positions of the columns linkchart reads.
#[derive(Debug, Default)]
struct Columns {
    from: usize,
    to: usize,
    relation: Option<usize>,
    commodity: Option<usize>,
    date: Option<usize>,
    grade: Option<usize>,
    hedge: Option<usize>,
    quote: Option<usize>,
    source_id: Option<usize>,
    kind: Option<usize>,
    from_kind: Option<usize>,
    to_kind: Option<usize>,
    notes: Option<usize>,
}

impl Columns {
    /// Reads the header, or says which required column is missing and what was found.
    fn from_header(header: &[String]) -> std::result::Result<(Columns, Vec<String>), String> {
        let find = |name: &str| header.iter().position(|h| h == name);
        let has_from = find("from").is_some();
        let from = find("from").or_else(|| find("source"));
        let to = find("to").or_else(|| find("target"));
        let missing = match (from, to) {
            (None, _) => Some("`from` (or `source`)"),
            (_, None) => Some("`to` (or `target`)"),
            _ => None,
        };
        if let Some(missing) = missing {
            return Err(format!(
                "missing column {missing}; found columns: {}",
                header.join(", ")
            ));
        }
        let source_id = find("source_id").or_else(|| if has_from { find("source") } else { None });
        let columns = Columns {
            from: from.expect("checked"),
            to: to.expect("checked"),
            relation: find("relation"),
            commodity: find("commodity"),
            date: find("date"),
            grade: find("grade"),
            hedge: find("hedge"),
            quote: find("quote"),
            source_id,
            kind: find("kind"),
            from_kind: find("from_kind"),
            to_kind: find("to_kind"),
            notes: find("notes"),
        };
        let used = columns.used();
        let ignored = header
            .iter()
            .enumerate()
            .filter(|(i, h)| !used.contains(i) && !h.is_empty())
            .map(|(_, h)| h.clone())
            .collect();
        Ok((columns, ignored))
    }

    fn used(&self) -> Vec<usize> {
        let optional = [
            self.relation,
            self.commodity,
            self.date,
            self.grade,
            self.hedge,
            self.quote,
            self.source_id,
            self.kind,
            self.from_kind,
            self.to_kind,
            self.notes,
        ];
        [self.from, self.to]
            .into_iter()
            .chain(optional.into_iter().flatten())
            .collect()
    }
}

/// Reads a links table into the loader from `input`, which holds about `rows` rows (to reserve
/// room for the links once).
pub(super) fn read(
    loader: &mut Loader,
    file: usize,
    input: impl std::io::Read,
    rows: usize,
) -> Result<()> {
    let label = loader.files[file].clone();
    // Cells are trimmed as they are read: the csv crate's own trimming allocates a new record
    // for every row.
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let header: Vec<String> = reader
        .byte_headers()
        .map_err(|e| csv_error(&label, &e))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
        .collect();
    let (columns, ignored) = Columns::from_header(&header).map_err(|message| Error::Parse {
        location: Location {
            file: label.clone(),
            line: 1,
            column: 0,
        },
        message,
    })?;
    if !ignored.is_empty() {
        let message = format!("columns not read: {}", ignored.join(", "));
        loader.report(file, Diagnostic::warning(None, message));
    }
    loader.graph.reserve_links(rows);

    let mut table = Table {
        loader,
        file,
        label: &label,
        header: &header,
        columns: &columns,
        commodities: HashMap::new(),
        linked_to: Relation::linked_to(),
        last: [
            (String::new(), NodeIndex::end()),
            (String::new(), NodeIndex::end()),
        ],
        other_relations: HashMap::new(),
        default_source: None,
    };
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(csv_error(&label, &e)),
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        if let Err(message) = table.row(&record, line) {
            let location = Location {
                file: label.clone(),
                line,
                column: 0,
            };
            table
                .loader
                .report(file, Diagnostic::error(Some(location), message));
            if table.loader.error_count() >= super::MAX_PROBLEMS {
                break;
            }
        }
    }
    let mut others: Vec<(String, (usize, usize))> = table
        .other_relations
        .into_iter()
        .map(|(k, (_, n, l))| (k, (n, l)))
        .collect();
    others.sort_by_key(|(_, (_, line))| *line);
    for (word, (count, line)) in others {
        let location = Location {
            file: label.clone(),
            line,
            column: 0,
        };
        let message =
            format!(
            "relation `{word}` is outside the vocabulary: kept with category `other` ({count} {})",
            if count == 1 { "row" } else { "rows, the first here" }
        );
        loader.report(file, Diagnostic::warning(Some(location), message));
    }
    Ok(())
}

fn csv_error(file: &str, error: &csv::Error) -> Error {
    let line = error.position().map_or(0, |p| p.line() as usize);
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("a row has {len} fields where the header has {expected_len}"),
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("field {} is not valid UTF-8", err.field() + 1)
        }
        _ => error.to_string(),
    };
    Error::Parse {
        location: Location {
            file: file.to_owned(),
            line,
            column: 0,
        },
        message,
    }
}

/// The state of reading one table.
struct Table<'a> {
    loader: &'a mut Loader,
    file: usize,
    label: &'a str,
    header: &'a [String],
    columns: &'a Columns,
    commodities: HashMap<String, Arc<str>>,
    /// The relation of a row with none, looked up once.
    linked_to: Relation,
    /// The last name seen in each endpoint column and its node: link tables are usually grouped
    /// by one end, and a short compare is cheaper than a lookup in a million-entry index.
    last: [(String, NodeIndex); 2],
    /// Relations outside the vocabulary: the shared relation, how many rows, first line.
    other_relations: HashMap<String, (Relation, usize, usize)>,
    default_source: Option<String>,
}

impl Table<'_> {
    fn cell<'r>(
        &self,
        record: &'r csv::ByteRecord,
        column: Option<usize>,
    ) -> std::result::Result<&'r str, String> {
        let Some(column) = column else {
            return Ok("");
        };
        let bytes = record.get(column).unwrap_or_default();
        std::str::from_utf8(bytes)
            .map(str::trim)
            .map_err(|_| format!("column `{}` is not valid UTF-8", self.header[column]))
    }

    fn row(&mut self, record: &csv::ByteRecord, line: usize) -> std::result::Result<(), String> {
        let columns = self.columns;
        let from = self.cell(record, Some(columns.from))?;
        let to = self.cell(record, Some(columns.to))?;
        if from.is_empty() || to.is_empty() {
            let column = if from.is_empty() {
                columns.from
            } else {
                columns.to
            };
            return Err(format!(
                "empty `{}`: a link needs both ends",
                self.header[column]
            ));
        }
        let kind = self.kind(record, columns.kind)?;
        let from_kind = self.kind(record, columns.from_kind)?.or(kind);
        let to_kind = self.kind(record, columns.to_kind)?.or(kind);

        let relation = self.relation(self.cell(record, columns.relation)?, line);
        let mut link = Link::new(relation);
        let date = self.cell(record, columns.date)?;
        if !date.is_empty() {
            link.date = Some(
                date.parse::<DateSpan>()
                    .map_err(|e| format!("column `date`: {e}"))?,
            );
        }
        let grade = self.cell(record, columns.grade)?;
        if !grade.is_empty() {
            link.grade = grade
                .parse::<Grade>()
                .map_err(|e| format!("column `grade`: {e}"))?;
        }
        let commodity = self.cell(record, columns.commodity)?;
        if !commodity.is_empty() {
            link.commodity = Some(self.commodity(commodity));
        }
        let hedge = self.cell(record, columns.hedge)?;
        if !hedge.is_empty() {
            link.set_hedge(Some(hedge.to_owned()));
        }
        let notes = self.cell(record, columns.notes)?;
        if !notes.is_empty() {
            link.set_notes(Some(notes.to_owned()));
        }
        let quote = self.cell(record, columns.quote)?;
        let source_id = self.cell(record, columns.source_id)?;
        if !quote.is_empty() {
            let source = self.evidence_source(source_id)?;
            link.push_evidence(Evidence {
                source,
                quote: quote.to_owned(),
            });
        } else if !source_id.is_empty() {
            return Err("a `source` without a `quote`: evidence needs the quote".to_owned());
        }

        let from = self.endpoint(0, from, from_kind)?;
        let to = self.endpoint(1, to, to_kind)?;
        self.loader.graph.add_link(from, to, link);
        Ok(())
    }

    fn kind(
        &self,
        record: &csv::ByteRecord,
        column: Option<usize>,
    ) -> std::result::Result<Option<ActorKind>, String> {
        let text = self.cell(record, column)?;
        if text.is_empty() {
            return Ok(None);
        }
        text.parse().map(Some).map_err(|e| {
            format!(
                "column `{}`: {e}",
                self.header[column.expect("non-empty cell")]
            )
        })
    }

    fn relation(&mut self, word: &str, line: usize) -> Relation {
        if word.is_empty() {
            return self.linked_to.clone();
        }
        if let Some(relation) = Relation::known(word) {
            return relation;
        }
        let entry = self
            .other_relations
            .entry(word.to_owned())
            .or_insert_with(|| (Relation::other(word), 0, line));
        entry.1 += 1;
        entry.0.clone()
    }

    fn commodity(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.commodities.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = text.into();
        self.commodities.insert(text.to_owned(), shared.clone());
        shared
    }

    /// The id of the source a quote comes from: the row's `source_id`, or a source standing for
    /// the table itself.
    fn evidence_source(&mut self, source_id: &str) -> std::result::Result<String, String> {
        if !source_id.is_empty() {
            if self.loader.graph.source(source_id).is_none() {
                self.add_implied_source(Source::new(source_id, source_id))?;
            }
            return Ok(source_id.to_owned());
        }
        if let Some(id) = &self.default_source {
            return Ok(id.clone());
        }
        let id = std::path::Path::new(self.label).file_name().map_or_else(
            || self.label.to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.add_implied_source(Source::new(
            id.clone(),
            format!("links table {}", self.label),
        ))?;
        self.default_source = Some(id.clone());
        Ok(id)
    }

    fn add_implied_source(&mut self, source: Source) -> std::result::Result<(), String> {
        self.loader
            .merge_source(self.file, source, true, None)
            .map_err(|e| e.to_string())
    }

    /// The node of the actor named `name` in endpoint column `column` (0 from, 1 to).
    fn endpoint(
        &mut self,
        column: usize,
        name: &str,
        kind: Option<ActorKind>,
    ) -> std::result::Result<NodeIndex, String> {
        let (last_name, last_node) = &self.last[column];
        if kind.is_none() && last_name == name && *last_node != NodeIndex::end() {
            return Ok(*last_node);
        }
        let node = self.actor(name, kind)?;
        let slot = &mut self.last[column];
        slot.0.clear();
        slot.0.push_str(name);
        slot.1 = node;
        Ok(node)
    }

    /// The node of the actor named `name`, created on first sight.
    fn actor(
        &mut self,
        name: &str,
        kind: Option<ActorKind>,
    ) -> std::result::Result<NodeIndex, String> {
        let loader = &mut *self.loader;
        if let Some(node) = loader.graph.node(name) {
            if let Some(kind) = kind {
                let known = loader.graph.actor(node).kind;
                let origin = &mut loader.actor_origin[node.index()];
                if origin.implied {
                    loader.graph.actor_mut(node).kind = kind;
                    *origin = Origin {
                        file: self.file,
                        implied: false,
                    };
                } else if known != kind {
                    return Err(format!(
                        "actor `{name}` is a {known} in {} but a {kind} here",
                        loader.files[origin.file]
                    ));
                }
            }
            return Ok(node);
        }
        let node = loader
            .graph
            .ensure_actor(name, kind.unwrap_or(ActorKind::Other));
        loader.actor_origin.push(Origin {
            file: self.file,
            implied: kind.is_none(),
        });
        Ok(node)
    }
}

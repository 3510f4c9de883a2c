//! CSV tables (see `graphs/README.md`): links tables (one link, or one more piece of a link's
//! evidence, per row), actors tables and sources tables; read and written.
//!
//! Written for large generated tables: a reading thread parses the CSV and each row's link into
//! reused batches of records while the calling thread looks the actors up (by the borrowed cell
//! text: a name allocates only the first time it is seen) and adds the links; commodities and
//! relations outside the vocabulary are shared between rows. Problems are reported in row order,
//! one per row, as when reading row by row.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::sync::Arc;

use petgraph::graph::NodeIndex;

use super::format::{attribute_key, attribute_name};
use super::json::Parsed;
use super::{Loader, Origin};
use crate::error::{Diagnostic, Error, Location, Result};
use crate::graph::{add_detached_link, ActorGraph, IdIndex};
use crate::model::{Actor, ActorKind, DateSpan, Evidence, Grade, Link, Relation, Source};

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
    /// Rows with the same non-empty `link` cell as the row before add evidence to its link.
    link: Option<usize>,
    /// Every other named column: kept as link attributes.
    attributes: Vec<usize>,
}

impl Columns {
    /// Reads the header, or says which required column is missing and what was found.
    fn from_header(header: &[String]) -> std::result::Result<Columns, String> {
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
            link: find("link"),
            attributes: Vec::new(),
        };
        let used = columns.used();
        let attributes = header
            .iter()
            .enumerate()
            .filter(|(i, h)| !used.contains(i) && !h.is_empty())
            .map(|(i, _)| i)
            .collect();
        Ok(Columns {
            attributes,
            ..columns
        })
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
            self.link,
        ];
        [self.from, self.to]
            .into_iter()
            .chain(optional.into_iter().flatten())
            .collect()
    }
}

/// Reads a links table into the loader.
/// Reads a links table into the loader from `input`, which holds about `rows` rows (to reserve
/// room for the links once).
pub(super) fn read(
    loader: &mut Loader,
    file: usize,
    input: impl std::io::Read + Send,
    rows: usize,
) -> Result<()> {
    let label = loader.files[file].clone();
    // Cells are trimmed as they are read: the csv crate's own trimming allocates a new record
    // for every row.
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let names: Vec<String> = reader
        .byte_headers()
        .map_err(|e| csv_error(&label, &e))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_owned())
        .collect();
    let header: Vec<String> = names.iter().map(|h| h.to_ascii_lowercase()).collect();
    let columns = Columns::from_header(&header).map_err(|message| Error::Parse {
        location: at(&label, 1),
        message,
    })?;
    loader.graph.reserve_links(rows);
    let links = loader.graph.detach_links();
    let mut parser = RowParser {
        header: &header,
        names: &names,
        columns: &columns,
        commodities: HashMap::new(),
        linked_to: Relation::linked_to(),
        others: HashMap::new(),
    };
    // Three threads in a pipeline: one parses the CSV and every row's link, this one finds the
    // actors, one adds the links to the petgraph graph. On a table of millions of rows each
    // stage takes a similar share. Record batches go back to the reader to be refilled, so
    // records are allocated once.
    let (outcome, other_relations, links) = std::thread::scope(|scope| {
        let (full, filled) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
        let (empty, emptied) = std::sync::mpsc::channel::<Batch>();
        for _ in 0..BATCHES_IN_FLIGHT + 1 {
            empty.send(Batch::default()).expect("receiver alive");
        }
        let label = &label;
        let parser = &mut parser;
        scope.spawn(move || {
            while let Ok(mut batch) = emptied.recv() {
                let more = batch.fill(&mut reader, parser, label);
                if full.send(batch).is_err() || !more {
                    break;
                }
            }
        });
        let (send_edges, edges_sent) =
            std::sync::mpsc::sync_channel::<Vec<Edge>>(BATCHES_IN_FLIGHT);
        // Emptied edge batches go back to be refilled, as record batches do.
        let (recycle_edges, edges_recycled) = std::sync::mpsc::channel::<Vec<Edge>>();
        let adder = scope.spawn(move || {
            let mut links = links;
            for mut batch in edges_sent {
                for (from, to, link) in batch.drain(..) {
                    add_detached_link(&mut links, from, to, link);
                }
                // The loading thread may be done: then nobody listens.
                let _ = recycle_edges.send(batch);
            }
            links
        });
        let mut table = Table {
            loader: &mut *loader,
            file,
            label,
            header: &header,
            columns: &columns,
            last: [
                (Vec::new(), NodeIndex::end()),
                (Vec::new(), NodeIndex::end()),
            ],
            other_relations: HashMap::new(),
            default_source: None,
            edges: EdgeSink {
                batch: Vec::with_capacity(BATCH_ROWS),
                send: send_edges,
                emptied: edges_recycled,
                newest: None,
            },
        };
        let outcome = table.load(filled, &empty);
        let Table {
            edges,
            other_relations,
            ..
        } = table;
        edges.finish();
        // Adding a link cannot fail: a panic there is a bug, passed on as one.
        let links = adder
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (outcome, other_relations, links)
    });
    loader.graph.attach_links(links);
    outcome?;
    let mut others: Vec<(String, (usize, usize))> = other_relations.into_iter().collect();
    others.sort_by_key(|(_, (_, line))| *line);
    for (word, (count, line)) in others {
        let location = at(&label, line);
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
        location: at(file, line),
        message,
    }
}

/// Records handed from the reading thread to the loading one at a time.
const BATCH_ROWS: usize = 1024;
/// Batches the reading thread may be ahead by.
const BATCHES_IN_FLIGHT: usize = 4;
/// How many rows ahead the loading thread starts reading the id index slots of a row's actors
/// ([`ActorGraph::prefetch_node`]): enough for the reads of a dozen rows to be under way at
/// once.
const PREFETCH_ROWS: usize = 12;

/// Rows read and parsed by the reading thread: the records, and for each the link it states
/// (or why it states none). A batch that ends the table early carries the read error.
#[derive(Default)]
struct Batch {
    records: Vec<csv::ByteRecord>,
    parsed: Vec<std::result::Result<RowLink, String>>,
    error: Option<Error>,
}

impl Batch {
    /// Refills the batch from `reader`; false when the table is over (or unreadable).
    fn fill<R: std::io::Read>(
        &mut self,
        reader: &mut csv::Reader<R>,
        parser: &mut RowParser<'_>,
        label: &str,
    ) -> bool {
        self.parsed.clear();
        self.records.resize_with(BATCH_ROWS, csv::ByteRecord::new);
        let mut count = 0;
        let mut more = true;
        while count < BATCH_ROWS {
            match reader.read_byte_record(&mut self.records[count]) {
                Ok(true) => {
                    self.parsed.push(parser.parse(&self.records[count]));
                    count += 1;
                }
                Ok(false) => {
                    more = false;
                    break;
                }
                Err(e) => {
                    self.error = Some(csv_error(label, &e));
                    more = false;
                    break;
                }
            }
        }
        self.records.truncate(count);
        more
    }
}

/// What a row says on its own, before its actors are looked up: the link without its evidence,
/// and the kinds and ids the row gives its ends.
struct RowLink {
    link: Link,
    kinds: [Option<ActorKind>; 2],
    ends: [EndId; 2],
}

/// An end's id as the reading thread found it, so that the thread that looks it up neither
/// checks, trims nor hashes it again: where it lies in its cell, and its [`IdIndex::hash`].
#[derive(Debug, Clone, Copy)]
struct EndId {
    start: usize,
    end: usize,
    hash: u64,
}

impl EndId {
    /// The id `id`, a part of the bytes of cell `raw`.
    fn new(raw: &[u8], id: &str) -> EndId {
        let start = id.as_ptr() as usize - raw.as_ptr() as usize;
        EndId {
            start,
            end: start + id.len(),
            hash: IdIndex::hash(id.as_bytes()),
        }
    }

    /// The id in cell `column` of `record` (the row it was found in): UTF-8, trimmed.
    fn bytes<'r>(&self, record: &'r csv::ByteRecord, column: usize) -> &'r [u8] {
        &record.get(column).unwrap_or_default()[self.start..self.end]
    }
}

/// The cell of `column` in `record`, trimmed; `""` when the table has no such column.
#[inline]
fn cell<'r>(
    header: &[String],
    record: &'r csv::ByteRecord,
    column: Option<usize>,
) -> std::result::Result<&'r str, String> {
    let Some(column) = column else {
        return Ok("");
    };
    let bytes = record.get(column).unwrap_or_default();
    std::str::from_utf8(bytes)
        .map(str::trim)
        .map_err(|_| format!("column `{}` is not valid UTF-8", header[column]))
}

/// The part of reading a row that needs no graph, done on the reading thread.
struct RowParser<'a> {
    header: &'a [String],
    /// The header as written, for attribute names.
    names: &'a [String],
    columns: &'a Columns,
    commodities: HashMap<String, Arc<str>>,
    /// The relation of a row with none, looked up once.
    linked_to: Relation,
    /// Relations outside the vocabulary, shared between rows.
    others: HashMap<String, Relation>,
}

impl RowParser<'_> {
    /// The link `record` states and the kinds of its ends, or the first problem.
    fn parse(&mut self, record: &csv::ByteRecord) -> std::result::Result<RowLink, String> {
        let columns = self.columns;
        let from = cell(self.header, record, Some(columns.from))?;
        let to = cell(self.header, record, Some(columns.to))?;
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

        let relation = self.relation(cell(self.header, record, columns.relation)?);
        let mut link = Link::new(relation);
        let date = cell(self.header, record, columns.date)?;
        if !date.is_empty() {
            link.date = Some(
                date.parse::<DateSpan>()
                    .map_err(|e| format!("column `date`: {e}"))?,
            );
        }
        let grade = cell(self.header, record, columns.grade)?;
        if !grade.is_empty() {
            link.grade = grade
                .parse::<Grade>()
                .map_err(|e| format!("column `grade`: {e}"))?;
        }
        let commodity = cell(self.header, record, columns.commodity)?;
        if !commodity.is_empty() {
            link.commodity = Some(self.commodity(commodity));
        }
        let hedge = cell(self.header, record, columns.hedge)?;
        if !hedge.is_empty() {
            link.set_hedge(Some(hedge.to_owned()));
        }
        let notes = cell(self.header, record, columns.notes)?;
        if !notes.is_empty() {
            link.set_notes(Some(notes.to_owned()));
        }
        for &column in &columns.attributes {
            let value = cell(self.header, record, Some(column))?;
            if !value.is_empty() {
                link.set_attribute(attribute_name(&self.names[column]), value);
            }
        }
        Ok(RowLink {
            link,
            kinds: [from_kind, to_kind],
            ends: [
                EndId::new(record.get(columns.from).unwrap_or_default(), from),
                EndId::new(record.get(columns.to).unwrap_or_default(), to),
            ],
        })
    }

    fn kind(
        &self,
        record: &csv::ByteRecord,
        column: Option<usize>,
    ) -> std::result::Result<Option<ActorKind>, String> {
        let text = cell(self.header, record, column)?;
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

    fn relation(&mut self, word: &str) -> Relation {
        if word.is_empty() {
            return self.linked_to.clone();
        }
        if let Some(relation) = Relation::known(word) {
            return relation;
        }
        self.others
            .entry(word.to_owned())
            .or_insert_with(|| Relation::other(word))
            .clone()
    }

    fn commodity(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.commodities.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = text.into();
        self.commodities.insert(text.to_owned(), shared.clone());
        shared
    }
}

/// The state of loading one table's rows into the graph.
struct Table<'a> {
    loader: &'a mut Loader,
    file: usize,
    label: &'a str,
    header: &'a [String],
    columns: &'a Columns,
    /// The last name seen in each endpoint column and its node: link tables are usually grouped
    /// by one end, and a short compare is cheaper than a lookup in a million-entry index.
    last: [(Vec<u8>, NodeIndex); 2],
    /// Relations outside the vocabulary: how many rows, first line.
    other_relations: HashMap<String, (usize, usize)>,
    default_source: Option<String>,
    /// Where new links go: to the thread that adds them.
    edges: EdgeSink,
}

/// A link on its way to the graph: its ends and itself.
type Edge = (NodeIndex, NodeIndex, Link);

/// The links of a table on their way to the thread that adds them to the graph, in batches.
/// The newest link is held back, with its `link` cell, until the next one comes: the rows after
/// it with the same cell add evidence to it.
struct EdgeSink {
    batch: Vec<Edge>,
    send: std::sync::mpsc::SyncSender<Vec<Edge>>,
    /// Batches the adding thread has emptied, to refill rather than allocate.
    emptied: std::sync::mpsc::Receiver<Vec<Edge>>,
    newest: Option<(Edge, String)>,
}

impl EdgeSink {
    /// Queues a link made by a row whose `link` cell is `link_id`.
    fn push(&mut self, edge: Edge, link_id: &str) {
        self.release();
        self.newest = Some((edge, link_id.to_owned()));
    }

    /// The held-back link, when a row with the `link` cell `link_id` continues it.
    fn continued(&mut self, link_id: &str) -> Option<&mut Link> {
        match &mut self.newest {
            Some(((_, _, link), id)) if !link_id.is_empty() && id == link_id => Some(link),
            _ => None,
        }
    }

    /// Sends the held-back link on (in a batch, when one is full).
    fn release(&mut self) {
        if let Some((edge, _)) = self.newest.take() {
            self.batch.push(edge);
            if self.batch.len() >= BATCH_ROWS {
                let next = self
                    .emptied
                    .try_recv()
                    .unwrap_or_else(|_| Vec::with_capacity(BATCH_ROWS));
                let full = std::mem::replace(&mut self.batch, next);
                // The adding thread stops only when this sink is dropped.
                let _ = self.send.send(full);
            }
        }
    }

    /// Sends every link left and drops the sink, which ends the adding thread.
    fn finish(mut self) {
        self.release();
        if !self.batch.is_empty() {
            let _ = self.send.send(std::mem::take(&mut self.batch));
        }
    }
}

impl Table<'_> {
    /// Loads the rows of every batch the reading thread fills, giving the batches back to it;
    /// stops at a read error or at too many problems.
    fn load(
        &mut self,
        filled: std::sync::mpsc::Receiver<Batch>,
        empty: &std::sync::mpsc::Sender<Batch>,
    ) -> Result<()> {
        for mut batch in filled {
            for (row, record) in batch.records.iter().enumerate() {
                if let Some(Ok(ahead)) = batch.parsed.get(row + PREFETCH_ROWS) {
                    for end in &ahead.ends {
                        self.loader.graph.prefetch_node(end.hash);
                    }
                }
                // Taken out (an empty `Err` allocates nothing); the batch is cleared on refill.
                let parsed = std::mem::replace(&mut batch.parsed[row], Err(String::new()));
                let line = record.position().map_or(0, |p| p.line() as usize);
                if let Err(message) = self.row(record, parsed, line) {
                    let location = at(self.label, line);
                    self.loader
                        .report(self.file, Diagnostic::error(Some(location), message));
                    if self.loader.error_count() >= super::MAX_PROBLEMS {
                        return Ok(());
                    }
                }
            }
            if let Some(error) = batch.error.take() {
                return Err(error);
            }
            // The reader may have stopped at the end of the table: then nobody listens.
            let _ = empty.send(batch);
        }
        Ok(())
    }

    /// Loads one row: more evidence for the link of the row before (same `link` cell), or the
    /// link `parsed` from it, with its evidence, between its actors.
    fn row(
        &mut self,
        record: &csv::ByteRecord,
        parsed: std::result::Result<RowLink, String>,
        line: usize,
    ) -> std::result::Result<(), String> {
        let columns = self.columns;
        let link_id = cell(self.header, record, columns.link)?;
        if self.edges.continued(link_id).is_some() {
            let evidence = self.evidence(record)?;
            if let Some(link) = self.edges.continued(link_id) {
                link.push_evidence(evidence);
            }
            return Ok(());
        }
        let RowLink {
            mut link,
            kinds,
            ends,
        } = parsed?;
        if !link.relation.is_known() {
            let tally = self
                .other_relations
                .entry(link.relation.name().to_owned())
                .or_insert((0, line));
            tally.0 += 1;
        }
        let quote = cell(self.header, record, columns.quote)?;
        let source_id = cell(self.header, record, columns.source_id)?;
        if !quote.is_empty() {
            let source = self.evidence_source(source_id)?;
            link.push_evidence(Evidence {
                source,
                quote: quote.to_owned(),
            });
        } else if !source_id.is_empty() {
            return Err("a `source` without a `quote`: evidence needs the quote".to_owned());
        }
        let from = ends[0].bytes(record, columns.from);
        let to = ends[1].bytes(record, columns.to);
        let from = self.endpoint(0, from, ends[0].hash, kinds[0])?;
        let to = self.endpoint(1, to, ends[1].hash, kinds[1])?;
        self.edges.push((from, to, link), link_id);
        Ok(())
    }

    /// The evidence of a further row of a link (same `link` cell).
    fn evidence(&mut self, record: &csv::ByteRecord) -> std::result::Result<Evidence, String> {
        let quote = cell(self.header, record, self.columns.quote)?;
        if quote.is_empty() {
            return Err("a further row of a link (same `link` cell) needs a `quote`".to_owned());
        }
        let source = cell(self.header, record, self.columns.source_id)?;
        Ok(Evidence {
            source: self.evidence_source(source)?,
            quote: quote.to_owned(),
        })
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

    /// The node of the actor named `name` (UTF-8, whose id hashes to `hash`) in endpoint column
    /// `column` (0 from, 1 to).
    fn endpoint(
        &mut self,
        column: usize,
        name: &[u8],
        hash: u64,
        kind: Option<ActorKind>,
    ) -> std::result::Result<NodeIndex, String> {
        let (last_name, last_node) = &self.last[column];
        if kind.is_none() && last_name == name && *last_node != NodeIndex::end() {
            return Ok(*last_node);
        }
        let node = self.actor(name, hash, kind)?;
        let slot = &mut self.last[column];
        slot.0.clear();
        slot.0.extend_from_slice(name);
        slot.1 = node;
        Ok(node)
    }

    /// The node of the actor named `name` (UTF-8, whose id hashes to `hash`), created on first
    /// sight.
    fn actor(
        &mut self,
        name: &[u8],
        hash: u64,
        kind: Option<ActorKind>,
    ) -> std::result::Result<NodeIndex, String> {
        let loader = &mut *self.loader;
        // Checked by the reading thread: an error here would be a bug, reported as a problem.
        let text = || std::str::from_utf8(name).map_err(|e| format!("actor id: {e}"));
        if let Some(node) = loader.graph.node_hashed(name, hash) {
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
                        "actor `{}` is a {known} in {} but a {kind} here",
                        text()?,
                        loader.files[origin.file]
                    ));
                }
            }
            return Ok(node);
        }
        let name = text()?;
        let actor = Actor::new(name, name, kind.unwrap_or(ActorKind::Other));
        let node = loader.graph.add_new_actor(actor, hash);
        loader.actor_origin.push(Origin {
            file: self.file,
            implied: kind.is_none(),
        });
        Ok(node)
    }
}

/// What a CSV table holds, told from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// One link (or one piece of a link's evidence) a row.
    Links,
    /// One actor a row.
    Actors,
    /// One source a row.
    Sources,
}

/// The kind of table whose first line is in `bytes`: links when it has endpoint columns, actors
/// when it has `id` and `kind` or `name`, sources when it has `id` and `title`.
pub(super) fn table_kind(label: &str, bytes: &[u8]) -> Result<TableKind> {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let header: Vec<String> = reader
        .byte_headers()
        .map_err(|e| csv_error(label, &e))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
        .collect();
    let has = |name: &str| header.iter().any(|h| h == name);
    if (has("from") || has("source")) && (has("to") || has("target")) {
        Ok(TableKind::Links)
    } else if has("id") && (has("kind") || has("name")) {
        Ok(TableKind::Actors)
    } else if has("id") && has("title") {
        Ok(TableKind::Sources)
    } else {
        Err(missing_column(
            label,
            "`from` and `to` (a links table), `id` and `name` (an actors table) or `id` and `title` (a sources table)",
            &header,
        ))
    }
}

fn missing_column(label: &str, missing: &str, found: &[String]) -> Error {
    Error::Parse {
        location: at(label, 1),
        message: format!(
            "missing column {missing}; found columns: {}",
            found.join(", ")
        ),
    }
}

/// The columns of an actors table, in the order written.
const ACTOR_COLUMNS: [&str; 11] = [
    "id",
    "name",
    "kind",
    "aliases",
    "country",
    "imo",
    "mmsi",
    "call_sign",
    "flag",
    "collective",
    "notes",
];

/// The columns of a links table, in the order written; the others the links reader knows.
const LINK_COLUMNS: [&str; 13] = [
    "link",
    "from",
    "to",
    "relation",
    "commodity",
    "date",
    "grade",
    "hedge",
    "notes",
    "from_kind",
    "to_kind",
    "source_id",
    "quote",
];
const LINK_READER_COLUMNS: [&str; 4] = ["source", "target", "kind", "category"];

/// The columns of a sources table, in the order written.
const SOURCE_COLUMNS: [&str; 8] = [
    "id",
    "title",
    "publisher",
    "author",
    "published",
    "file",
    "url",
    "notes",
];

/// The separator of several aliases in one cell.
const ALIAS_SEPARATOR: char = '|';

/// A header and the rows of a small table, each with its line.
type Rows = (Vec<String>, Vec<(usize, csv::StringRecord)>);

/// The header of a small table, its columns found by lower-case name.
struct SmallHeader {
    lower: Vec<String>,
}

impl SmallHeader {
    fn new(header: &[String]) -> SmallHeader {
        SmallHeader {
            lower: header.iter().map(|h| h.to_ascii_lowercase()).collect(),
        }
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.lower.iter().position(|h| h == name)
    }

    /// The cell of column `name` in `record`, when the table has that column and the cell is
    /// not empty.
    fn optional(&self, record: &csv::StringRecord, name: &str) -> Option<String> {
        self.find(name)
            .and_then(|column| record.get(column))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }
}

fn read_rows(label: &str, bytes: &[u8]) -> Result<Rows> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| csv_error(label, &e))?
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(label, &e))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        rows.push((line, record));
    }
    Ok((header, rows))
}

fn at(label: &str, line: usize) -> Location {
    Location {
        file: label.to_owned(),
        line,
        column: 0,
    }
}

fn value_error(label: &str, line: usize, column: &str, error: impl std::fmt::Display) -> Error {
    Error::Parse {
        location: at(label, line),
        message: format!("column `{column}`: {error}"),
    }
}

/// Reads an actors table: `id` required; `name` (the id when empty), `kind` (`other` when
/// empty), `aliases` (separated by `|`), `country`, `imo`, `mmsi`, `call_sign`, `flag`,
/// `collective` (`true`/`false`), `notes`; `identifier:NAME` columns are other identifiers, and
/// every other column an attribute.
pub(super) fn read_actors(label: &str, bytes: &[u8]) -> Result<Parsed> {
    let (header, rows) = read_rows(label, bytes)?;
    let columns = SmallHeader::new(&header);
    let id = columns
        .find("id")
        .ok_or_else(|| missing_column(label, "`id`", &header))?;
    let mut parsed = Parsed::new();
    for (line, record) in rows {
        let cell = |column: usize| record.get(column).unwrap_or_default();
        let optional = |name: &str| columns.optional(&record, name);
        let actor_id = cell(id);
        let kind = match optional("kind") {
            Some(kind) => kind
                .parse()
                .map_err(|e| value_error(label, line, "kind", e))?,
            None => ActorKind::Other,
        };
        let name = optional("name").unwrap_or_else(|| actor_id.to_owned());
        let mut actor = Actor::new(actor_id, name, kind);
        actor.aliases = optional("aliases")
            .map(|a| {
                a.split(ALIAS_SEPARATOR)
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        actor.country = optional("country");
        actor.identifiers.imo = optional("imo");
        actor.identifiers.mmsi = optional("mmsi");
        actor.identifiers.call_sign = optional("call_sign");
        actor.identifiers.flag = optional("flag");
        actor.collective = match optional("collective").as_deref() {
            None | Some("false" | "no" | "0") => false,
            Some("true" | "yes" | "1") => true,
            Some(other) => {
                let message = format!("`{other}` is not `true` or `false`");
                return Err(value_error(label, line, "collective", message));
            }
        };
        actor.notes = optional("notes");
        for (column, name) in header.iter().enumerate() {
            let value = cell(column);
            if value.is_empty() || ACTOR_COLUMNS.contains(&columns.lower[column].as_str()) {
                continue;
            }
            match name.strip_prefix("identifier:") {
                Some(identifier) => {
                    actor
                        .identifiers
                        .other
                        .insert(identifier.to_owned(), value.to_owned());
                }
                None => {
                    actor
                        .attributes
                        .insert(attribute_name(name).to_owned(), value.to_owned());
                }
            }
        }
        parsed.document.actors.push(actor);
        parsed.place("actors", at(label, line));
    }
    Ok(parsed)
}

/// Reads a sources table: `id` and `title` required; `publisher`, `author`, `published`,
/// `file`, `url`, `notes`.
pub(super) fn read_sources(label: &str, bytes: &[u8]) -> Result<Parsed> {
    let (header, rows) = read_rows(label, bytes)?;
    let columns = SmallHeader::new(&header);
    let required = |name: &str| {
        columns
            .find(name)
            .ok_or_else(|| missing_column(label, &format!("`{name}`"), &header))
    };
    let (id, title) = (required("id")?, required("title")?);
    let mut parsed = Parsed::new();
    for (line, record) in rows {
        let cell = |column: usize| record.get(column).unwrap_or_default();
        let optional = |name: &str| columns.optional(&record, name);
        let mut source = Source::new(cell(id), cell(title));
        source.publisher = optional("publisher");
        source.author = optional("author");
        source.published = match optional("published") {
            Some(date) => Some(
                date.parse()
                    .map_err(|e| value_error(label, line, "published", e))?,
            ),
            None => None,
        };
        source.file = optional("file");
        source.url = optional("url");
        source.notes = optional("notes");
        parsed.document.sources.push(source);
        parsed.place("sources", at(label, line));
    }
    Ok(parsed)
}

/// The names of every attribute some item has, sorted.
fn attribute_names<'a>(maps: impl Iterator<Item = &'a BTreeMap<String, String>>) -> Vec<String> {
    let names: BTreeSet<&String> = maps.flat_map(|m| m.keys()).collect();
    names.into_iter().cloned().collect()
}

/// Writes the actors table (see [`read_actors`] for the columns).
pub(super) fn write_actors(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let identifiers: BTreeSet<&String> = graph
        .actors()
        .flat_map(|(_, a)| a.identifiers.other.keys())
        .collect();
    let attributes = attribute_names(graph.actors().map(|(_, a)| &a.attributes));
    let mut reserved: Vec<&str> = ACTOR_COLUMNS.to_vec();
    let identifier_columns: Vec<String> = identifiers
        .iter()
        .map(|n| format!("identifier:{n}"))
        .collect();
    reserved.extend(identifier_columns.iter().map(String::as_str));
    let mut writer = csv::Writer::from_writer(out);
    let header = ACTOR_COLUMNS
        .iter()
        .map(|c| (*c).to_owned())
        .chain(identifier_columns.iter().cloned())
        .chain(attributes.iter().map(|a| attribute_key(a, &reserved)));
    writer.write_record(header)?;
    for (_, actor) in graph.actors() {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let ids = &actor.identifiers;
        let fixed = [
            actor.id.clone(),
            actor.name.clone(),
            actor.kind.to_string(),
            actor.aliases.join(&ALIAS_SEPARATOR.to_string()),
            text(&actor.country),
            text(&ids.imo),
            text(&ids.mmsi),
            text(&ids.call_sign),
            text(&ids.flag),
            if actor.collective { "true" } else { "" }.to_owned(),
            text(&actor.notes),
        ];
        let others = identifiers
            .iter()
            .map(|n| ids.other.get(*n).cloned().unwrap_or_default());
        let attrs = attributes
            .iter()
            .map(|n| actor.attributes.get(n).cloned().unwrap_or_default());
        writer.write_record(fixed.into_iter().chain(others).chain(attrs))?;
    }
    writer.flush()
}

/// Writes the links table: one row per piece of evidence (a link without evidence: one row),
/// the rows of one link sharing its `link` number; unknown fields as attribute columns.
pub(super) fn write_links(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let attributes = attribute_names(graph.links().map(|l| l.link.attributes()));
    let reserved: Vec<&str> = LINK_COLUMNS
        .iter()
        .chain(&LINK_READER_COLUMNS)
        .copied()
        .collect();
    let mut writer = csv::Writer::from_writer(out);
    let header = LINK_COLUMNS
        .iter()
        .map(|c| (*c).to_owned())
        .chain(attributes.iter().map(|a| attribute_key(a, &reserved)));
    writer.write_record(header)?;
    let mut row: Vec<String> = Vec::with_capacity(LINK_COLUMNS.len() + attributes.len());
    for (number, item) in graph.links().enumerate() {
        let link = item.link;
        let from = graph.actor(item.from);
        let to = graph.actor(item.to);
        row.clear();
        row.extend([
            (number + 1).to_string(),
            from.id.clone(),
            to.id.clone(),
            link.relation.name().to_owned(),
            link.commodity.as_deref().unwrap_or_default().to_owned(),
            link.date.map(|d| d.to_string()).unwrap_or_default(),
            link.grade.to_string(),
            link.hedge().unwrap_or_default().to_owned(),
            link.notes().unwrap_or_default().to_owned(),
            from.kind.to_string(),
            to.kind.to_string(),
            String::new(),
            String::new(),
        ]);
        row.extend(
            attributes
                .iter()
                .map(|n| link.attributes().get(n).cloned().unwrap_or_default()),
        );
        let evidence = link.evidence();
        if evidence.is_empty() {
            writer.write_record(&row)?;
        }
        for piece in evidence {
            row[11].clone_from(&piece.source);
            row[12].clone_from(&piece.quote);
            writer.write_record(&row)?;
        }
    }
    writer.flush()
}

/// Writes the sources table (see [`read_sources`] for the columns).
pub(super) fn write_sources(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(SOURCE_COLUMNS)?;
    for source in graph.sources() {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        writer.write_record([
            source.id.clone(),
            source.title.clone(),
            text(&source.publisher),
            text(&source.author),
            source.published.map(|d| d.to_string()).unwrap_or_default(),
            text(&source.file),
            text(&source.url),
            text(&source.notes),
        ])?;
    }
    writer.flush()
}

//! Cypher (written only): a script that `MERGE`s the graph into Neo4j or Kùzu, and the CSV files
//! of `neo4j-admin database import` for graphs beyond one machine.
//!
//! Actors are `(:Actor {id})` nodes (in Neo4j also labelled by kind: `:Ship`, `:Port` …),
//! sources `(:Source {id})`, links `[:LINK {key}]` relationships carrying `relation`,
//! `category`, `operational` (whether chains follow it by default), `grade`, `weight`, `date`,
//! `first_day`/`last_day` (ISO days), `commodity`, `hedge`, `notes` and the evidence as two
//! parallel lists `evidence_sources`/`evidence_quotes`. Attributes and other identifiers are
//! properties `attr_NAME`/`identifier_NAME`, the name reduced to letters, digits and `_`.

use std::collections::BTreeSet;
use std::io::Write;

use super::format::CypherDialect;
use crate::graph::{ActorGraph, LinkRef};
use crate::model::{Actor, DateSpan, PartialDate, Source};

/// The array delimiter of the bulk-import files: the unit separator, which no text holds
/// (`neo4j-admin database import full --array-delimiter=U+001F`).
const ARRAY_DELIMITER: char = '\u{1f}';

/// The files of a `neo4j-csv` folder and how each is written.
pub(super) type AdminFile = (
    &'static str,
    fn(&ActorGraph, &mut dyn Write) -> std::io::Result<()>,
);

/// The files of a `neo4j-csv` folder.
pub(super) const ADMIN_FILES: [AdminFile; 3] = [
    ("actors.csv", write_admin_actors),
    ("sources.csv", write_admin_sources),
    ("links.csv", write_admin_links),
];

/// A Cypher string literal: single-quoted, with backslashes and single quotes escaped (line
/// breaks are kept as they are, which both Neo4j and Kùzu accept, where Kùzu would not read
/// `\n`).
fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    for c in text.chars() {
        match c {
            '\\' => quoted.push_str("\\\\"),
            '\'' => quoted.push_str("\\'"),
            _ => quoted.push(c),
        }
    }
    quoted.push('\'');
    quoted
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = items.into_iter().map(quote).collect();
    format!("[{}]", quoted.join(", "))
}

/// A property name from any text: letters, digits and `_`, after `prefix`.
fn property(prefix: &str, name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{prefix}{cleaned}")
}

/// `yyyy-mm-dd` of the first and last day a partial date covers.
fn days(date: PartialDate) -> (String, String) {
    let month = date.month();
    let last = (28..=31)
        .rev()
        .find(|&d| PartialDate::new(date.year(), Some(month.unwrap_or(12)), Some(d)).is_some())
        .expect("every month has 28 days");
    (
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            month.unwrap_or(1),
            date.day().unwrap_or(1)
        ),
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            month.unwrap_or(12),
            date.day().unwrap_or(last)
        ),
    )
}

fn span_days(span: DateSpan) -> (Option<String>, Option<String>) {
    (
        span.start().map(|d| days(d).0),
        span.end().map(|d| days(d).1),
    )
}

/// An actor's properties as `(name, Cypher value)`, every actor with the same names in the same
/// order (absent values `NULL`), so that Kùzu's table matches.
fn actor_properties(
    actor: &Actor,
    identifiers: &BTreeSet<String>,
    attributes: &BTreeSet<String>,
) -> Vec<(String, String)> {
    let text = |v: &Option<String>| v.as_deref().map_or("NULL".to_owned(), quote);
    let ids = &actor.identifiers;
    let mut properties = vec![
        ("name".to_owned(), quote(&actor.name)),
        ("kind".to_owned(), quote(actor.kind.name())),
        (
            "aliases".to_owned(),
            list(actor.aliases.iter().map(String::as_str)),
        ),
        ("country".to_owned(), text(&actor.country)),
        ("imo".to_owned(), text(&ids.imo)),
        ("mmsi".to_owned(), text(&ids.mmsi)),
        ("call_sign".to_owned(), text(&ids.call_sign)),
        ("flag".to_owned(), text(&ids.flag)),
        ("collective".to_owned(), actor.collective.to_string()),
        ("notes".to_owned(), text(&actor.notes)),
    ];
    for name in identifiers {
        properties.push((
            property("identifier_", name),
            text(&ids.other.get(name).cloned()),
        ));
    }
    for name in attributes {
        properties.push((
            property("attr_", name),
            text(&actor.attributes.get(name).cloned()),
        ));
    }
    properties
}

fn source_properties(source: &Source) -> Vec<(&'static str, String)> {
    let text = |v: &Option<String>| v.as_deref().map_or("NULL".to_owned(), quote);
    vec![
        ("title", quote(&source.title)),
        ("publisher", text(&source.publisher)),
        ("author", text(&source.author)),
        ("published", text(&source.published.map(|d| d.to_string()))),
        ("file", text(&source.file)),
        ("url", text(&source.url)),
        ("notes", text(&source.notes)),
    ]
}

fn link_properties(link: LinkRef<'_>, attributes: &BTreeSet<String>) -> Vec<(String, String)> {
    let data = link.link;
    let text = |v: Option<&str>| v.map_or("NULL".to_owned(), quote);
    let (first, last) = data.date.map(span_days).unwrap_or_default();
    let evidence = data.evidence();
    let mut properties = vec![
        ("relation".to_owned(), quote(data.relation.name())),
        (
            "category".to_owned(),
            quote(data.relation.category().name()),
        ),
        (
            "operational".to_owned(),
            data.relation.category().is_operational().to_string(),
        ),
        ("grade".to_owned(), quote(&data.grade.to_string())),
        ("weight".to_owned(), format!("{:?}", data.grade.weight())),
        (
            "date".to_owned(),
            text(data.date.map(|d| d.to_string()).as_deref()),
        ),
        ("first_day".to_owned(), text(first.as_deref())),
        ("last_day".to_owned(), text(last.as_deref())),
        ("commodity".to_owned(), text(data.commodity.as_deref())),
        ("hedge".to_owned(), text(data.hedge())),
        ("notes".to_owned(), text(data.notes())),
        (
            "evidence_sources".to_owned(),
            list(evidence.iter().map(|e| e.source.as_str())),
        ),
        (
            "evidence_quotes".to_owned(),
            list(evidence.iter().map(|e| e.quote.as_str())),
        ),
    ];
    for name in attributes {
        properties.push((
            property("attr_", name),
            text(data.attributes().get(name).map(String::as_str)),
        ));
    }
    properties
}

/// The properties a `SET` names in `dialect`: Neo4j drops a property set to NULL, so those are
/// left out; Kùzu wants every column named.
fn for_dialect(properties: Vec<(String, String)>, dialect: CypherDialect) -> Vec<(String, String)> {
    match dialect {
        CypherDialect::Neo4j => properties
            .into_iter()
            .filter(|(_, v)| v != "NULL")
            .collect(),
        CypherDialect::Kuzu => properties,
    }
}

fn set(variable: &str, properties: &[(impl AsRef<str>, String)]) -> String {
    let assignments: Vec<String> = properties
        .iter()
        .map(|(name, value)| format!("{variable}.{} = {value}", name.as_ref()))
        .collect();
    assignments.join(", ")
}

/// The Kùzu type of a property written as `value`.
fn kuzu_type(value: &str) -> &'static str {
    if value.starts_with('[') {
        "STRING[]"
    } else if value == "true" || value == "false" {
        "BOOLEAN"
    } else if value.parse::<f64>().is_ok() {
        "DOUBLE"
    } else {
        "STRING"
    }
}

/// Every identifier and attribute name of the actors, and every attribute name of the links.
fn extra_names(graph: &ActorGraph) -> [BTreeSet<String>; 3] {
    let identifiers = graph
        .actors()
        .flat_map(|(_, a)| a.identifiers.other.keys().cloned())
        .collect();
    let actor_attributes = graph
        .actors()
        .flat_map(|(_, a)| a.attributes.keys().cloned())
        .collect();
    let link_attributes = graph
        .links()
        .flat_map(|l| l.link.attributes().keys().cloned().collect::<Vec<_>>())
        .collect();
    [identifiers, actor_attributes, link_attributes]
}

/// Writes the Cypher script: schema (Kùzu) or constraints (Neo4j), then one `MERGE` statement
/// a line per source, actor and link.
pub(super) fn write(
    graph: &ActorGraph,
    dialect: CypherDialect,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let [identifiers, actor_attributes, link_attributes] = extra_names(graph);
    let probe = crate::model::Actor::new("", "", crate::model::ActorKind::Other);
    writeln!(
        out,
        "// linkchart graph: {} actors, {} links",
        graph.actor_count(),
        graph.link_count()
    )?;
    match dialect {
        CypherDialect::Neo4j => {
            writeln!(
                out,
                "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;"
            )?;
            writeln!(
                out,
                "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;"
            )?;
        }
        CypherDialect::Kuzu => {
            let columns = |properties: Vec<(String, String)>| {
                properties
                    .iter()
                    .map(|(name, value)| {
                        let kind = match name.as_str() {
                            "aliases" => "STRING[]",
                            "collective" => "BOOLEAN",
                            _ => kuzu_type(value),
                        };
                        format!("{name} {kind}")
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut probe = probe.clone();
            probe.notes = Some(String::new());
            writeln!(
                out,
                "CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, {}, PRIMARY KEY(id));",
                columns(actor_properties(&probe, &identifiers, &actor_attributes))
                    .replace("NULL", "STRING")
            )?;
            writeln!(
                out,
                "CREATE NODE TABLE IF NOT EXISTS Source(id STRING, title STRING, publisher STRING, author STRING, published STRING, file STRING, url STRING, notes STRING, PRIMARY KEY(id));"
            )?;
            let mut link_columns = vec![
                "key STRING".to_owned(),
                "relation STRING".to_owned(),
                "category STRING".to_owned(),
                "operational BOOLEAN".to_owned(),
                "grade STRING".to_owned(),
                "weight DOUBLE".to_owned(),
            ];
            for name in [
                "date",
                "first_day",
                "last_day",
                "commodity",
                "hedge",
                "notes",
            ] {
                link_columns.push(format!("{name} STRING"));
            }
            link_columns.push("evidence_sources STRING[]".to_owned());
            link_columns.push("evidence_quotes STRING[]".to_owned());
            for name in &link_attributes {
                link_columns.push(format!("{} STRING", property("attr_", name)));
            }
            writeln!(
                out,
                "CREATE REL TABLE IF NOT EXISTS LINK(FROM Actor TO Actor, {});",
                link_columns.join(", ")
            )?;
        }
    }
    for source in graph.sources() {
        writeln!(
            out,
            "MERGE (s:Source {{id: {}}}) SET {};",
            quote(&source.id),
            set("s", &source_properties(source))
        )?;
    }
    for (_, actor) in graph.actors() {
        let properties = for_dialect(
            actor_properties(actor, &identifiers, &actor_attributes),
            dialect,
        );
        let label = match dialect {
            CypherDialect::Neo4j => {
                let kind = actor.kind.name();
                let mut label = kind[..1].to_ascii_uppercase();
                label.push_str(&kind[1..]);
                format!(", a:{label}")
            }
            CypherDialect::Kuzu => String::new(),
        };
        writeln!(
            out,
            "MERGE (a:Actor {{id: {}}}) SET {}{label};",
            quote(&actor.id),
            set("a", &properties)
        )?;
    }
    for (number, link) in graph.links().enumerate() {
        let properties = for_dialect(link_properties(link, &link_attributes), dialect);
        writeln!(
            out,
            "MATCH (a:Actor), (b:Actor) WHERE a.id = {} AND b.id = {} MERGE (a)-[r:LINK {{key: 'l{}'}}]->(b) SET {};",
            quote(&graph.actor(link.from).id),
            quote(&graph.actor(link.to).id),
            number + 1,
            set("r", &properties)
        )?;
    }
    Ok(())
}

/// A bulk-import cell from a Cypher value: unquoted text, lists joined by the array delimiter.
fn cell(value: &str) -> String {
    if value == "NULL" {
        return String::new();
    }
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        return split_list(inner).join(&ARRAY_DELIMITER.to_string());
    }
    unquote(value)
}

fn unquote(value: &str) -> String {
    match value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        Some(inner) => inner.replace("\\'", "'").replace("\\\\", "\\"),
        None => value.to_owned(),
    }
}

/// The items of a Cypher list of string literals (as [`list`] writes them).
fn split_list(inner: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut in_string = false;
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (true, '\\') => {
                current.push(c);
                current.extend(chars.next());
            }
            (_, '\'') => {
                in_string = !in_string;
                current.push(c);
            }
            (false, ',') => items.push(unquote(std::mem::take(&mut current).trim())),
            (false, ' ') => {}
            _ => current.push(c),
        }
    }
    if !current.is_empty() {
        items.push(unquote(current.trim()));
    }
    items
}

fn admin_type(name: &str, value: &str) -> String {
    match name {
        "aliases" | "evidence_sources" | "evidence_quotes" => format!("{name}:string[]"),
        "collective" | "operational" => format!("{name}:boolean"),
        "weight" => format!("{name}:double"),
        _ if value.starts_with('[') => format!("{name}:string[]"),
        _ => name.to_owned(),
    }
}

fn write_admin_actors(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let [identifiers, attributes, _] = extra_names(graph);
    let probe = crate::model::Actor::new("", "", crate::model::ActorKind::Other);
    let mut writer = csv::Writer::from_writer(out);
    let names: Vec<String> = actor_properties(&probe, &identifiers, &attributes)
        .iter()
        .map(|(n, v)| admin_type(n, v))
        .collect();
    writer.write_record(
        std::iter::once("id:ID(Actor)".to_owned())
            .chain(names)
            .chain(std::iter::once(":LABEL".to_owned())),
    )?;
    for (_, actor) in graph.actors() {
        let values = actor_properties(actor, &identifiers, &attributes);
        let kind = actor.kind.name();
        let label = format!("Actor;{}{}", kind[..1].to_ascii_uppercase(), &kind[1..]);
        writer.write_record(
            std::iter::once(actor.id.clone())
                .chain(values.iter().map(|(_, v)| cell(v)))
                .chain(std::iter::once(label)),
        )?;
    }
    writer.flush()
}

fn write_admin_sources(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let probe = Source::new("", "");
    writer.write_record(
        std::iter::once("id:ID(Source)")
            .chain(source_properties(&probe).iter().map(|(n, _)| *n))
            .chain(std::iter::once(":LABEL")),
    )?;
    for source in graph.sources() {
        writer.write_record(
            std::iter::once(source.id.clone())
                .chain(source_properties(source).iter().map(|(_, v)| cell(v)))
                .chain(std::iter::once("Source".to_owned())),
        )?;
    }
    writer.flush()
}

fn write_admin_links(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let [_, _, attributes] = extra_names(graph);
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec![
        ":START_ID(Actor)".to_owned(),
        ":END_ID(Actor)".to_owned(),
        ":TYPE".to_owned(),
        "key".to_owned(),
    ];
    let mut names: Option<Vec<String>> = None;
    for (number, link) in graph.links().enumerate() {
        let properties = link_properties(link, &attributes);
        if names.is_none() {
            let typed: Vec<String> = properties.iter().map(|(n, v)| admin_type(n, v)).collect();
            header.extend(typed.iter().cloned());
            writer.write_record(&header)?;
            names = Some(typed);
        }
        writer.write_record(
            [
                graph.actor(link.from).id.clone(),
                graph.actor(link.to).id.clone(),
                "LINK".to_owned(),
                format!("l{}", number + 1),
            ]
            .into_iter()
            .chain(properties.iter().map(|(_, v)| cell(v))),
        )?;
    }
    if names.is_none() {
        writer.write_record(&header)?;
    }
    writer.flush()
}

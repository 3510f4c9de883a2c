//! GraphML: read and write, with a typed `<key>` for every field and attribute (readable by
//! networkx `read_graphml`, yEd, Gephi and Cytoscape).
//!
//! Node ids are actor ids and every actor field is a `<data>` of the node; aliases are joined
//! with `|`; a link's evidence is one `evidence` value holding a JSON array of
//! `{"source", "quote"}`; the sources are one graph-level `sources` value holding their JSON
//! array. Attributes are keys of their own (prefixed `attr:` where a name is taken).

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::format::{attribute_key, attribute_name, ACTOR_FIELDS};
use super::json::{link_record, LinkRecord, Parsed};
use super::position;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::model::{Actor, ActorKind, Category, Evidence, Source};

/// The keys of an actor's own fields and their GraphML types: its name, then the fields every
/// attribute-carrying format writes.
fn node_keys() -> impl Iterator<Item = (&'static str, &'static str)> {
    std::iter::once(("name", "string")).chain(ACTOR_FIELDS)
}

/// The keys of a link's own fields and their GraphML types; `category` and `weight` (the
/// grade's weight) are written for other tools and recomputed on reading.
const EDGE_KEYS: [(&str, &str); 9] = [
    ("relation", "string"),
    ("category", "string"),
    ("commodity", "string"),
    ("date", "string"),
    ("grade", "string"),
    ("weight", "double"),
    ("hedge", "string"),
    ("notes", "string"),
    ("evidence", "string"),
];

/// The graph-level keys.
const GRAPH_KEYS: [&str; 3] = ["title", "description", "sources"];

/// The prefix of an actor's other identifiers.
const IDENTIFIER: &str = "identifier:";

/// Writes the graph as GraphML, element by element.
pub(super) fn write(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for name in GRAPH_KEYS {
        key(out, "graph", &format!("g_{name}"), name, "string")?;
    }
    // An attribute may not take a field's key, nor look like an identifier.
    let reserved: Vec<&str> = node_keys()
        .map(|(k, _)| k)
        .chain(std::iter::once(IDENTIFIER))
        .collect();
    let mut node_extra: BTreeMap<String, String> = BTreeMap::new();
    for (_, actor) in graph.actors() {
        for name in actor.identifiers.other.keys() {
            node_extra.insert(format!("{IDENTIFIER}{name}"), format!("{IDENTIFIER}{name}"));
        }
        for name in actor.attributes.keys() {
            let written = if name.starts_with(IDENTIFIER) {
                format!("attr:{name}")
            } else {
                attribute_key(name, &reserved)
            };
            node_extra.insert(format!("attr {name}"), written);
        }
    }
    let edge_reserved: Vec<&str> = EDGE_KEYS.iter().map(|(k, _)| *k).collect();
    let mut edge_extra: BTreeMap<String, String> = BTreeMap::new();
    for link in graph.links() {
        for name in link.link.attributes().keys() {
            edge_extra.insert(name.clone(), attribute_key(name, &edge_reserved));
        }
    }
    for (name, kind) in node_keys() {
        key(out, "node", &format!("n_{name}"), name, kind)?;
    }
    let node_ids: HashMap<&String, String> = node_extra
        .iter()
        .enumerate()
        .map(|(i, (internal, _))| (internal, format!("n{i}")))
        .collect();
    for (internal, written) in &node_extra {
        key(out, "node", &node_ids[internal], written, "string")?;
    }
    for (name, kind) in EDGE_KEYS {
        key(out, "edge", &format!("e_{name}"), name, kind)?;
    }
    let edge_ids: HashMap<&String, String> = edge_extra
        .iter()
        .enumerate()
        .map(|(i, (internal, _))| (internal, format!("e{i}")))
        .collect();
    for (internal, written) in &edge_extra {
        key(out, "edge", &edge_ids[internal], written, "string")?;
    }
    writeln!(out, r#"  <graph id="G" edgedefault="directed">"#)?;
    if let Some(title) = &graph.title {
        data(out, "    ", "g_title", title)?;
    }
    if let Some(description) = &graph.description {
        data(out, "    ", "g_description", description)?;
    }
    if graph.sources().len() > 0 {
        let sources: Vec<&Source> = graph.sources().collect();
        let json = serde_json::to_string(&sources).map_err(std::io::Error::other)?;
        data(out, "    ", "g_sources", &json)?;
    }
    for (_, actor) in graph.actors() {
        writeln!(out, r#"    <node id="{}">"#, escape(actor.id.as_str()))?;
        let fixed = [
            ("name", Some(actor.name.clone())),
            ("kind", Some(actor.kind.to_string())),
            (
                "aliases",
                (!actor.aliases.is_empty()).then(|| actor.aliases.join("|")),
            ),
            ("country", actor.country.clone()),
            ("imo", actor.identifiers.imo.clone()),
            ("mmsi", actor.identifiers.mmsi.clone()),
            ("call_sign", actor.identifiers.call_sign.clone()),
            ("flag", actor.identifiers.flag.clone()),
            ("collective", actor.collective.then(|| "true".to_owned())),
            ("notes", actor.notes.clone()),
        ];
        for (name, value) in fixed {
            if let Some(value) = value {
                data(out, "      ", &format!("n_{name}"), &value)?;
            }
        }
        for (name, value) in &actor.identifiers.other {
            let internal = format!("{IDENTIFIER}{name}");
            data(out, "      ", &node_ids[&internal], value)?;
        }
        for (name, value) in &actor.attributes {
            data(out, "      ", &node_ids[&format!("attr {name}")], value)?;
        }
        writeln!(out, "    </node>")?;
    }
    for (number, link) in graph.links().enumerate() {
        let record = link_record(graph, link);
        writeln!(
            out,
            r#"    <edge id="l{number}" source="{}" target="{}">"#,
            escape(record.from.as_str()),
            escape(record.to.as_str())
        )?;
        let evidence = (!record.evidence.is_empty())
            .then(|| serde_json::to_string(&record.evidence).expect("evidence serializes"));
        let fixed = [
            ("relation", Some(record.relation.clone())),
            ("category", Some(link.link.relation.category().to_string())),
            ("commodity", record.commodity.clone()),
            ("date", record.date.map(|d| d.to_string())),
            ("grade", Some(link.link.grade.to_string())),
            ("weight", Some(link.link.grade.weight().to_string())),
            ("hedge", record.hedge.clone()),
            ("notes", record.notes.clone()),
            ("evidence", evidence),
        ];
        for (name, value) in fixed {
            if let Some(value) = value {
                data(out, "      ", &format!("e_{name}"), &value)?;
            }
        }
        for (name, value) in &record.attributes {
            data(out, "      ", &edge_ids[name], value)?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>\n</graphml>")
}

fn key(out: &mut dyn Write, domain: &str, id: &str, name: &str, kind: &str) -> std::io::Result<()> {
    writeln!(
        out,
        r#"  <key id="{id}" for="{domain}" attr.name="{}" attr.type="{kind}"/>"#,
        escape(name)
    )
}

fn data(out: &mut dyn Write, indent: &str, key: &str, value: &str) -> std::io::Result<()> {
    writeln!(out, r#"{indent}<data key="{key}">{}</data>"#, escape(value))
}

/// A key declared in the file.
struct Key {
    name: String,
}

/// The element being read.
enum Open {
    Graph,
    Node(Actor),
    Edge(LinkRecord),
}

/// Reads GraphML into a document: known keys are fields, others attributes; a node without
/// `name` is named by its id, one without `kind` is `other`, an edge without `relation` is
/// `linked_to`.
pub(super) fn read(label: &str, text: &str) -> Result<Parsed> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut parsed = Parsed::new();
    let mut keys: HashMap<String, Key> = HashMap::new();
    let mut open: Option<Open> = None;
    let mut current_data: Option<(String, String, usize)> = None;
    let locate = |offset: usize| position::locate_byte(label, text.as_bytes(), offset);
    loop {
        let start = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| Error::Parse {
            location: locate(reader.error_position() as usize),
            message: format!("malformed XML: {e}"),
        })?;
        let attribute = |element: &BytesStart<'_>, name: &str| -> Result<Option<String>> {
            for attribute in element.attributes() {
                let attribute = attribute.map_err(|e| Error::Parse {
                    location: locate(start),
                    message: format!("malformed XML attribute: {e}"),
                })?;
                if attribute.key.as_ref() == name.as_bytes() {
                    let value = attribute.unescape_value().map_err(|e| Error::Parse {
                        location: locate(start),
                        message: format!("malformed XML attribute value: {e}"),
                    })?;
                    return Ok(Some(value.into_owned()));
                }
            }
            Ok(None)
        };
        let required = |element: &BytesStart<'_>, name: &str| -> Result<String> {
            attribute(element, name)?.ok_or_else(|| Error::Parse {
                location: locate(start),
                message: format!(
                    "<{}> needs the attribute `{name}`",
                    String::from_utf8_lossy(element.name().as_ref())
                ),
            })
        };
        match event {
            Event::Eof => break,
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == b"key" =>
            {
                let id = required(&element, "id")?;
                let name = attribute(&element, "attr.name")?.unwrap_or_else(|| id.clone());
                keys.insert(id, Key { name });
            }
            Event::Start(element) => match element.local_name().as_ref() {
                b"graph" => open = Some(Open::Graph),
                b"node" => {
                    let id = required(&element, "id")?;
                    open = Some(Open::Node(Actor::new(id.clone(), id, ActorKind::Other)));
                    parsed.place("actors", locate(start));
                }
                b"edge" => {
                    let from = required(&element, "source")?;
                    let to = required(&element, "target")?;
                    open = Some(Open::Edge(LinkRecord::bare(from, to, "linked_to")));
                    parsed.place("links", locate(start));
                }
                b"data" => {
                    let key = required(&element, "key")?;
                    current_data = Some((key, String::new(), start));
                }
                _ => {}
            },
            Event::Empty(element) => match element.local_name().as_ref() {
                b"node" => {
                    let id = required(&element, "id")?;
                    parsed.place("actors", locate(start));
                    parsed
                        .document
                        .actors
                        .push(Actor::new(id.clone(), id, ActorKind::Other));
                }
                b"edge" => {
                    let from = required(&element, "source")?;
                    let to = required(&element, "target")?;
                    parsed.place("links", locate(start));
                    parsed
                        .document
                        .links
                        .push(LinkRecord::bare(from, to, "linked_to"));
                }
                _ => {}
            },
            Event::Text(content) => {
                if let Some((_, value, _)) = &mut current_data {
                    let decoded = content.decode().map_err(|e| Error::Parse {
                        location: locate(start),
                        message: format!("undecodable text: {e}"),
                    })?;
                    value.push_str(&decoded);
                }
            }
            Event::CData(content) => {
                if let Some((_, value, _)) = &mut current_data {
                    value.push_str(&String::from_utf8_lossy(&content));
                }
            }
            Event::GeneralRef(reference) => {
                if let Some((_, value, _)) = &mut current_data {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => {
                            let name = String::from_utf8_lossy(&reference).into_owned();
                            quick_xml::escape::resolve_xml_entity(&name).map(str::to_owned)
                        }
                    };
                    let resolved = resolved.ok_or_else(|| Error::Parse {
                        location: locate(start),
                        message: format!(
                            "unknown entity `&{};`",
                            String::from_utf8_lossy(&reference)
                        ),
                    })?;
                    value.push_str(&resolved);
                }
            }
            Event::End(element) => match element.local_name().as_ref() {
                b"data" => {
                    if let Some((key, value, at)) = current_data.take() {
                        let name = keys.get(&key).map_or(key.as_str(), |k| k.name.as_str());
                        set_data(&mut parsed, open.as_mut(), name, value).map_err(|message| {
                            Error::Parse {
                                location: locate(at),
                                message,
                            }
                        })?;
                    }
                }
                b"node" => {
                    if let Some(Open::Node(actor)) = open.take() {
                        parsed.document.actors.push(actor);
                    }
                    open = Some(Open::Graph);
                }
                b"edge" => {
                    if let Some(Open::Edge(record)) = open.take() {
                        parsed.document.links.push(record);
                    }
                    open = Some(Open::Graph);
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(parsed)
}

/// Stores one `<data>` value where it belongs; or says what was expected.
fn set_data(
    parsed: &mut Parsed,
    open: Option<&mut Open>,
    name: &str,
    value: String,
) -> std::result::Result<(), String> {
    match open {
        Some(Open::Graph) | None => match name {
            "title" => parsed.document.title = Some(value),
            "description" => parsed.document.description = Some(value),
            "sources" => {
                parsed.document.sources = serde_json::from_str(&value)
                    .map_err(|e| format!("`sources` must be a JSON array of sources: {e}"))?;
            }
            _ => {}
        },
        Some(Open::Node(actor)) => {
            let ids = &mut actor.identifiers;
            match name {
                "name" => actor.name = value,
                "kind" => actor.kind = value.parse().map_err(|e| format!("key `kind`: {e}"))?,
                "aliases" => {
                    actor.aliases = value
                        .split('|')
                        .filter(|a| !a.is_empty())
                        .map(str::to_owned)
                        .collect();
                }
                "country" => actor.country = Some(value),
                "imo" => ids.imo = Some(value),
                "mmsi" => ids.mmsi = Some(value),
                "call_sign" => ids.call_sign = Some(value),
                "flag" => ids.flag = Some(value),
                "collective" => actor.collective = matches!(value.as_str(), "true" | "1"),
                "notes" => actor.notes = Some(value),
                _ => match name.strip_prefix(IDENTIFIER) {
                    Some(identifier) => {
                        ids.other.insert(identifier.to_owned(), value);
                    }
                    None => {
                        actor
                            .attributes
                            .insert(attribute_name(name).to_owned(), value);
                    }
                },
            }
        }
        Some(Open::Edge(record)) => match name {
            "relation" => record.relation = value,
            "category" => {
                // Only a relation outside the vocabulary needs its category said.
                if value == Category::Other.name() {
                    record.category = Some(Category::Other);
                }
            }
            "commodity" => record.commodity = Some(value),
            "date" => {
                record.date = Some(value.parse().map_err(|e| format!("key `date`: {e}"))?);
            }
            "grade" => {
                record.grade = Some(value.parse().map_err(|e| format!("key `grade`: {e}"))?);
            }
            "weight" => {}
            "hedge" => record.hedge = Some(value),
            "notes" => record.notes = Some(value),
            "evidence" => {
                record.evidence = serde_json::from_str::<Vec<Evidence>>(&value).map_err(|e| {
                    format!("`evidence` must be a JSON array of {{\"source\", \"quote\"}}: {e}")
                })?;
            }
            _ => {
                record
                    .attributes
                    .insert(attribute_name(name).to_owned(), value);
            }
        },
    }
    Ok(())
}

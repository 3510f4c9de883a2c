//! FollowTheMoney entities as JSON lines (`.ftm.json`, `.ftm.jsonl`): read and write.
//!
//! One entity a line: `{"id", "schema", "properties": {name: [values]}}`. The mapping is
//! documented in the README ("Formats"); in short: ships are `Vessel`, firms `Company`, agencies
//! and states `PublicBody` (states with topic `gov.national`), persons `Person`, ports and groups
//! `Organization`, places and others `LegalEntity`; every actor carries the keyword
//! `linkchart:KIND`. Links are `Ownership`, `Directorship`, `Membership`, `Employment`,
//! `Payment` where the relation and the endpoints' schemata fit, else `UnknownLink` with the
//! relation as `role`. A link's quotes are its `summary`; its grade, hedge, commodity, notes and
//! evidence (`evidence [SOURCE]: QUOTE`) are `description` lines; sources are `Document`s.
//! Reading also takes OpenSanctions-style exports: a `Sanction` becomes an attribute of the
//! sanctioned actor, an `Event` links its parties pairwise, and other schemata are counted and
//! skipped.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::json::{LinkRecord, Parsed};
use super::{is_country_code, position};
use crate::error::{Error, Location, Result};
use crate::graph::ActorGraph;
use crate::model::{Actor, ActorKind, Category, DateSpan, Evidence, PartialDate, Relation, Source};

/// The keyword prefix that records an actor's kind (and `linkchart:collective`).
const KEYWORD: &str = "linkchart:";

/// The id prefix of a source's `Document`.
const SOURCE_PREFIX: &str = "source";

/// The schemata a legal entity can be, an organization can be, an asset can be.
const LEGAL: [&str; 5] = [
    "Person",
    "Company",
    "Organization",
    "PublicBody",
    "LegalEntity",
];
const ORGANIZATION: [&str; 3] = ["Company", "Organization", "PublicBody"];
const ASSET: [&str; 2] = ["Company", "Vessel"];
const PERSON: [&str; 1] = ["Person"];

/// An FtM interval schema that links two entities.
struct LinkSchema {
    schema: &'static str,
    /// The property of the link's start, and the schemata it may name.
    from: (&'static str, &'static [&'static str]),
    /// The property of the link's end, and the schemata it may name.
    to: (&'static str, &'static [&'static str]),
    /// Whether the schema has a `role` property.
    role: bool,
    /// The relation when no role says otherwise.
    relation: &'static str,
}

/// Link schemata, in the order writing tries them: (relation written this way, schema).
const WRITTEN: [(&str, LinkSchema); 6] = [
    (
        "owns",
        LinkSchema {
            schema: "Ownership",
            from: ("owner", &LEGAL),
            to: ("asset", &ASSET),
            role: true,
            relation: "owns",
        },
    ),
    (
        "leads",
        LinkSchema {
            schema: "Directorship",
            from: ("director", &LEGAL),
            to: ("organization", &ORGANIZATION),
            role: true,
            relation: "leads",
        },
    ),
    (
        "member_of",
        LinkSchema {
            schema: "Membership",
            from: ("member", &LEGAL),
            to: ("organization", &ORGANIZATION),
            role: true,
            relation: "member_of",
        },
    ),
    (
        "employs",
        LinkSchema {
            schema: "Employment",
            from: ("employer", &ORGANIZATION),
            to: ("employee", &PERSON),
            role: true,
            relation: "employs",
        },
    ),
    (
        "pays",
        LinkSchema {
            schema: "Payment",
            from: ("payer", &LEGAL),
            to: ("beneficiary", &LEGAL),
            role: false,
            relation: "pays",
        },
    ),
    (
        "",
        LinkSchema {
            schema: "UnknownLink",
            from: ("subject", &[]),
            to: ("object", &[]),
            role: true,
            relation: "linked_to",
        },
    ),
];

/// Link schemata only read (OpenSanctions uses them).
const READ_ONLY: [LinkSchema; 3] = [
    LinkSchema {
        schema: "Family",
        from: ("person", &[]),
        to: ("relative", &[]),
        role: false,
        relation: "linked_to",
    },
    LinkSchema {
        schema: "Associate",
        from: ("person", &[]),
        to: ("associate", &[]),
        role: false,
        relation: "linked_to",
    },
    LinkSchema {
        schema: "Representation",
        from: ("agent", &[]),
        to: ("client", &[]),
        role: true,
        relation: "represents",
    },
];

/// The schema an actor of `kind` is written as.
fn actor_schema(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Ship => "Vessel",
        ActorKind::Firm => "Company",
        ActorKind::State | ActorKind::Agency => "PublicBody",
        ActorKind::Person => "Person",
        ActorKind::Port | ActorKind::Group => "Organization",
        ActorKind::Place | ActorKind::Other => "LegalEntity",
    }
}

/// The kind of an actor read from `schema` without a `linkchart:` keyword; `None` for schemata
/// that are not actors.
fn schema_kind(schema: &str, topics: &[String]) -> Option<ActorKind> {
    Some(match schema {
        "Vessel" | "Airplane" | "Vehicle" => ActorKind::Ship,
        "Company" => ActorKind::Firm,
        "PublicBody" if topics.iter().any(|t| t == "gov.national") => ActorKind::State,
        "PublicBody" => ActorKind::Agency,
        "Person" => ActorKind::Person,
        "Organization" => ActorKind::Group,
        "Address" => ActorKind::Place,
        "LegalEntity" => ActorKind::Other,
        _ => return None,
    })
}

/// FtM entity ids: letters, digits, `.` and `-`, starting and ending with a letter or digit.
#[derive(Default)]
struct EntityIds {
    taken: HashSet<String>,
}

impl EntityIds {
    /// A free entity id for `id`: itself when valid, else with every other character as `-`,
    /// numbered when taken.
    fn for_id(&mut self, prefix: &str, id: &str) -> String {
        let cleaned: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let trimmed = cleaned.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let base = match (prefix, trimmed) {
            ("", "") => "actor".to_owned(),
            ("", t) => t.to_owned(),
            (p, "") => p.to_owned(),
            (p, t) => format!("{p}-{t}"),
        };
        let mut candidate = base.clone();
        let mut number = 1;
        while !self.taken.insert(candidate.clone()) {
            number += 1;
            candidate = format!("{base}-{number}");
        }
        candidate
    }
}

impl EntityIds {
    /// The id of the `number`th link, `link-NUMBER` unless a source or actor has it; not
    /// remembered, as no other link can take it (a graph's worth of ids saved).
    fn link_id(&self, number: usize) -> String {
        let base = format!("link-{number}");
        let mut candidate = base.clone();
        let mut suffix = 1;
        while self.taken.contains(&candidate) {
            suffix += 1;
            candidate = format!("{base}-{suffix}");
        }
        candidate
    }
}

/// The keyword that keeps an id FtM could not take as it was.
const ID_KEYWORD: &str = "linkchart:id=";

/// Writes the graph as FtM entities, one a line: the sources, the actors, the links.
pub(super) fn write(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let mut ids = EntityIds::default();
    let original =
        |entity_id: &str, id: &str| (entity_id != id).then(|| format!("{ID_KEYWORD}{id}"));
    for source in graph.sources() {
        let mut properties = Map::new();
        put(&mut properties, "title", [source.title.as_str()]);
        put(&mut properties, "publisher", source.publisher.as_deref());
        put(&mut properties, "author", source.author.as_deref());
        let published = source.published.map(|d| d.to_string());
        put(&mut properties, "publishedAt", published.as_deref());
        put(&mut properties, "fileName", source.file.as_deref());
        put(&mut properties, "sourceUrl", source.url.as_deref());
        put(&mut properties, "notes", source.notes.as_deref());
        let entity_id = ids.for_id(SOURCE_PREFIX, &source.id);
        let keyword = format!("{ID_KEYWORD}{}", source.id);
        put(&mut properties, "keywords", [keyword.as_str()]);
        entity(out, &entity_id, "Document", properties)?;
    }
    let mut actor_ids = Vec::with_capacity(graph.actor_count());
    for (_, actor) in graph.actors() {
        let schema = actor_schema(actor.kind);
        let mut properties = Map::new();
        put(&mut properties, "name", [actor.name.as_str()]);
        put(
            &mut properties,
            "alias",
            actor.aliases.iter().map(String::as_str),
        );
        let country = actor.country.as_deref().map(str::to_ascii_lowercase);
        put(&mut properties, "country", country.as_deref());
        if schema == "Vessel" {
            let ids = &actor.identifiers;
            put(&mut properties, "imoNumber", ids.imo.as_deref());
            put(&mut properties, "mmsi", ids.mmsi.as_deref());
            put(&mut properties, "callSign", ids.call_sign.as_deref());
            let flag = ids.flag.as_deref().map(str::to_ascii_lowercase);
            put(&mut properties, "flag", flag.as_deref());
        }
        put(&mut properties, "notes", actor.notes.as_deref());
        if actor.kind == ActorKind::State {
            put(&mut properties, "topics", ["gov.national"]);
        }
        let entity_id = ids.for_id("", &actor.id);
        let kind = format!("{KEYWORD}{}", actor.kind);
        let collective = format!("{KEYWORD}collective");
        let id_keyword = original(&entity_id, &actor.id);
        put(
            &mut properties,
            "keywords",
            std::iter::once(kind.as_str())
                .chain(actor.collective.then_some(collective.as_str()))
                .chain(id_keyword.as_deref()),
        );
        entity(out, &entity_id, schema, properties)?;
        actor_ids.push(entity_id);
    }
    for (number, item) in graph.links().enumerate() {
        let link = item.link;
        let from = graph.actor(item.from);
        let to = graph.actor(item.to);
        let fits = |allowed: &[&str], kind: ActorKind| {
            allowed.is_empty() || allowed.contains(&actor_schema(kind))
        };
        let (_, schema) = WRITTEN
            .iter()
            .find(|(relation, s)| {
                relation.is_empty()
                    || (*relation == link.relation.name()
                        && fits(s.from.1, from.kind)
                        && fits(s.to.1, to.kind))
            })
            .expect("UnknownLink takes any link");
        let mut properties = Map::new();
        put(
            &mut properties,
            schema.from.0,
            [actor_ids[item.from.index()].as_str()],
        );
        put(
            &mut properties,
            schema.to.0,
            [actor_ids[item.to.index()].as_str()],
        );
        if schema.role {
            put(&mut properties, "role", [link.relation.name()]);
        }
        if let Some(span) = link.date {
            match (span.start(), span.end()) {
                (Some(start), Some(end)) if start == end => {
                    put(&mut properties, "date", [start.to_string().as_str()]);
                }
                (start, end) => {
                    let start = start.map(|d| d.to_string());
                    let end = end.map(|d| d.to_string());
                    put(&mut properties, "startDate", start.as_deref());
                    put(&mut properties, "endDate", end.as_deref());
                }
            }
        }
        let evidence = link.evidence();
        put(
            &mut properties,
            "summary",
            evidence.iter().map(|e| e.quote.as_str()),
        );
        let mut lines = Vec::new();
        if !schema.role {
            lines.push(format!("relation: {}", link.relation.name()));
        }
        lines.push(format!("grade: {}", link.grade));
        if let Some(hedge) = link.hedge() {
            lines.push(format!("hedge: {hedge}"));
        }
        if let Some(commodity) = &link.commodity {
            lines.push(format!("commodity: {commodity}"));
        }
        if let Some(notes) = link.notes() {
            lines.push(format!("notes: {notes}"));
        }
        lines.extend(
            evidence
                .iter()
                .map(|e| format!("evidence [{}]: {}", e.source, e.quote)),
        );
        put(
            &mut properties,
            "description",
            lines.iter().map(String::as_str),
        );
        let cited = evidence.iter().filter_map(|e| graph.source(&e.source));
        let urls: Vec<&str> = cited.clone().filter_map(|s| s.url.as_deref()).collect();
        let publishers: Vec<&str> = cited.filter_map(|s| s.publisher.as_deref()).collect();
        put(&mut properties, "sourceUrl", urls);
        put(&mut properties, "publisher", publishers);
        let entity_id = ids.link_id(number + 1);
        entity(out, &entity_id, schema.schema, properties)?;
    }
    Ok(())
}

/// Adds a multi-valued property: its distinct values, in order; nothing when there are none.
fn put<'a>(
    properties: &mut Map<String, Value>,
    name: &str,
    values: impl IntoIterator<Item = &'a str>,
) {
    let mut distinct: Vec<&str> = Vec::new();
    for value in values {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    if !distinct.is_empty() {
        properties.insert(name.to_owned(), json!(distinct));
    }
}

fn entity(
    out: &mut dyn Write,
    id: &str,
    schema: &str,
    properties: Map<String, Value>,
) -> std::io::Result<()> {
    let line = json!({"id": id, "schema": schema, "properties": properties});
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// The entities a read skipped, by schema.
#[derive(Debug, Default)]
pub(super) struct Skipped {
    schemata: BTreeMap<String, usize>,
    /// Sanctions of entities not in the file.
    orphan_sanctions: usize,
}

impl Skipped {
    /// A warning listing what was skipped, if anything was.
    pub fn message(&self) -> Option<String> {
        let mut parts: Vec<String> = self
            .schemata
            .iter()
            .map(|(schema, count)| format!("{schema} {count}"))
            .collect();
        if self.orphan_sanctions > 0 {
            parts.push(format!(
                "Sanction of an entity not in the file {}",
                self.orphan_sanctions
            ));
        }
        let total: usize = self.schemata.values().sum::<usize>() + self.orphan_sanctions;
        (total > 0).then(|| {
            format!(
                "skipped {total} FtM {} linkchart cannot use: {}",
                if total == 1 { "entity" } else { "entities" },
                parts.join(", ")
            )
        })
    }
}

/// One line of an FtM file.
#[derive(Debug, Deserialize)]
struct Entity {
    id: String,
    schema: String,
    #[serde(default)]
    properties: BTreeMap<String, Vec<Value>>,
}

impl Entity {
    /// The text values of a property (nested entities, as OpenSanctions embeds them, by id).
    fn values(&self, name: &str) -> Vec<String> {
        self.properties
            .get(name)
            .map(|values| {
                values
                    .iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(o) => o.get("id").and_then(Value::as_str).map(str::to_owned),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn first(&self, name: &str) -> Option<String> {
        self.values(name).into_iter().next()
    }
}

/// Reads FtM JSON lines into a document; gives what it skipped.
pub(super) fn read(label: &str, text: &str) -> Result<(Parsed, Skipped)> {
    let mut parsed = Parsed::new();
    let mut skipped = Skipped::default();
    let mut sanctions: Vec<(String, String, String)> = Vec::new();
    // Entity ids written for ids FtM could not take as they were → those ids.
    let mut renamed: HashMap<String, String> = HashMap::new();
    let file_source = std::path::Path::new(label)
        .file_name()
        .map_or_else(|| label.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut needs_file_source = false;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let location = |column: usize| Location {
            file: label.to_owned(),
            line: number,
            column,
        };
        let entity: Entity = serde_json::from_str(line).map_err(|e| {
            let message = e.to_string();
            let message = message
                .rfind(" at line ")
                .map_or(message.clone(), |cut| message[..cut].to_owned());
            Error::Parse {
                location: location(e.column()),
                message: format!(
                    "expected an FtM entity {{\"id\", \"schema\", \"properties\"}}: {message}"
                ),
            }
        })?;
        let value_error = |property: &str, error: String| Error::Parse {
            location: location(1),
            message: format!("entity `{}`, property `{property}`: {error}", entity.id),
        };
        if let Some(schema) = WRITTEN
            .iter()
            .map(|(_, s)| s)
            .chain(READ_ONLY.iter())
            .find(|s| s.schema == entity.schema)
        {
            let record = link_from_entity(&entity, schema, &file_source, &mut needs_file_source)
                .map_err(|(property, e)| value_error(property, e))?;
            if let Some(record) = record {
                parsed.document.links.push(record);
                parsed.place("links", location(1));
            }
            continue;
        }
        match entity.schema.as_str() {
            "Document" => {
                let id = original_id(&entity).unwrap_or_else(|| entity.id.clone());
                let title = entity
                    .first("title")
                    .or_else(|| entity.first("name"))
                    .unwrap_or_else(|| id.clone());
                let mut source = Source::new(id, title);
                source.publisher = entity.first("publisher");
                source.author = entity.first("author");
                source.published = match entity.first("publishedAt") {
                    Some(date) => {
                        Some(parse_date(&date).map_err(|e| value_error("publishedAt", e))?)
                    }
                    None => None,
                };
                source.file = entity.first("fileName");
                source.url = entity.first("sourceUrl");
                source.notes = entity.first("notes");
                parsed.document.sources.push(source);
                parsed.place("sources", location(1));
            }
            "Sanction" => {
                let description = sanction_text(&entity);
                for target in entity.values("entity") {
                    sanctions.push((target, entity.id.clone(), description.clone()));
                }
            }
            "Event" => {
                let mut parties = entity.values("organizer");
                for party in entity.values("involved") {
                    if !parties.contains(&party) {
                        parties.push(party);
                    }
                }
                let date = span(&entity).map_err(|(p, e)| value_error(p, e))?;
                let name = entity.first("name").unwrap_or_else(|| entity.id.clone());
                for (i, from) in parties.iter().enumerate() {
                    for to in &parties[i + 1..] {
                        let mut record = LinkRecord::bare(from.clone(), to.clone(), "linked_to");
                        record.date = date;
                        record.attributes.insert("event".into(), name.clone());
                        parsed.document.links.push(record);
                        parsed.place("links", location(1));
                    }
                }
            }
            schema => {
                let topics = entity.values("topics");
                let keywords = entity.values("keywords");
                let keyword_kind = keywords
                    .iter()
                    .filter_map(|k| k.strip_prefix(KEYWORD))
                    .find_map(|k| k.parse::<ActorKind>().ok());
                let Some(kind) = keyword_kind.or_else(|| schema_kind(schema, &topics)) else {
                    *skipped.schemata.entry(schema.to_owned()).or_default() += 1;
                    continue;
                };
                let mut actor = actor_from_entity(&entity, kind, &keywords);
                if let Some(id) = original_id(&entity) {
                    renamed.insert(entity.id.clone(), id.clone());
                    actor.id = id;
                }
                parsed.document.actors.push(actor);
                parsed.place("actors", location(1));
            }
        }
    }
    let rename = |id: &mut String| {
        if let Some(original) = renamed.get(id.as_str()) {
            id.clone_from(original);
        }
    };
    for record in &mut parsed.document.links {
        rename(&mut record.from);
        rename(&mut record.to);
    }
    for (mut target, sanction, description) in sanctions {
        rename(&mut target);
        match parsed.document.actors.iter_mut().find(|a| a.id == target) {
            Some(actor) => {
                actor
                    .attributes
                    .insert(format!("sanction:{sanction}"), description);
            }
            None => skipped.orphan_sanctions += 1,
        }
    }
    if needs_file_source && !parsed.document.sources.iter().any(|s| s.id == file_source) {
        parsed.document.sources.push(Source::new(
            file_source.clone(),
            format!("FtM entities {label}"),
        ));
        parsed.place("sources", position::locate_byte(label, text.as_bytes(), 0));
    }
    Ok((parsed, skipped))
}

/// The id an entity stood for when linkchart wrote it (`linkchart:id=…` keyword).
fn original_id(entity: &Entity) -> Option<String> {
    entity
        .values("keywords")
        .iter()
        .find_map(|k| k.strip_prefix(ID_KEYWORD).map(str::to_owned))
}

fn actor_from_entity(entity: &Entity, kind: ActorKind, keywords: &[String]) -> Actor {
    let names = entity.values("name");
    let name = names.first().cloned().unwrap_or_else(|| entity.id.clone());
    let mut actor = Actor::new(entity.id.clone(), name, kind);
    for alias in names
        .iter()
        .skip(1)
        .cloned()
        .chain(entity.values("alias"))
        .chain(entity.values("weakAlias"))
        .chain(entity.values("previousName"))
    {
        if !actor.aliases.contains(&alias) {
            actor.aliases.push(alias);
        }
    }
    let code = |value: Option<String>| {
        value
            .map(|c| c.to_ascii_uppercase())
            .filter(|c| is_country_code(c))
    };
    actor.country = code(entity.first("country"));
    actor.identifiers.imo = entity.first("imoNumber");
    actor.identifiers.mmsi = entity.first("mmsi");
    actor.identifiers.call_sign = entity.first("callSign");
    actor.identifiers.flag = code(entity.first("flag"));
    actor.collective = keywords
        .iter()
        .any(|k| *k == format!("{KEYWORD}collective"));
    actor.notes = entity.first("notes");
    let used = [
        "name",
        "alias",
        "weakAlias",
        "previousName",
        "imoNumber",
        "mmsi",
        "callSign",
        "notes",
        "keywords",
    ];
    for (property, values) in &entity.properties {
        let written = match property.as_str() {
            "country" | "flag" => values.len() > 1 || code(entity.first(property)).is_none(),
            "topics" => actor.kind != ActorKind::State || values.len() > 1,
            name => !used.contains(&name),
        };
        if written {
            actor.attributes.insert(
                format!("ftm:{property}"),
                entity.values(property).join("; "),
            );
        }
    }
    let foreign_keywords: Vec<&String> = keywords
        .iter()
        .filter(|k| !k.starts_with(KEYWORD))
        .collect();
    if !foreign_keywords.is_empty() {
        let joined: Vec<&str> = foreign_keywords.iter().map(|k| k.as_str()).collect();
        actor
            .attributes
            .insert("ftm:keywords".into(), joined.join("; "));
    }
    actor
}

/// A link record from an interval entity; `None` when an end is missing.
fn link_from_entity(
    entity: &Entity,
    schema: &LinkSchema,
    file_source: &str,
    needs_file_source: &mut bool,
) -> std::result::Result<Option<LinkRecord>, (&'static str, String)> {
    let (Some(mut from), Some(mut to)) = (entity.first(schema.from.0), entity.first(schema.to.0))
    else {
        return Ok(None);
    };
    let mut relation = entity
        .first("role")
        .filter(|_| schema.role)
        .unwrap_or_else(|| schema.relation.to_owned());
    let mut record = LinkRecord::bare(String::new(), String::new(), "");
    let mut explicit_evidence = Vec::new();
    for line in entity.values("description") {
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        match key {
            "relation" => relation = value.to_owned(),
            "grade" => {
                record.grade = Some(value.parse().map_err(|e| ("description", format!("{e}")))?);
            }
            "hedge" => record.hedge = Some(value.to_owned()),
            "commodity" => record.commodity = Some(value.to_owned()),
            "notes" => record.notes = Some(value.to_owned()),
            _ => {
                if let Some(source) = key
                    .strip_prefix("evidence [")
                    .and_then(|k| k.strip_suffix(']'))
                {
                    explicit_evidence.push(Evidence {
                        source: source.to_owned(),
                        quote: value.to_owned(),
                    });
                }
            }
        }
    }
    if schema.schema == "Employment" && relation == "works_for" {
        std::mem::swap(&mut from, &mut to);
    }
    record.evidence = if explicit_evidence.is_empty() {
        let quotes = entity.values("summary");
        if !quotes.is_empty() {
            *needs_file_source = true;
        }
        quotes
            .into_iter()
            .map(|quote| Evidence {
                source: file_source.to_owned(),
                quote,
            })
            .collect()
    } else {
        explicit_evidence
    };
    if Relation::known(&relation).is_none() {
        record.category = Some(Category::Other);
    }
    if schema.schema == "Family" || schema.schema == "Associate" {
        if let Some(kind) = entity.first("relationship") {
            record.attributes.insert("relationship".into(), kind);
        }
    }
    record.from = from;
    record.to = to;
    record.relation = relation;
    record.date = span(entity)?;
    Ok(Some(record))
}

/// A date of FtM (`2017`, `2017-08`, `2017-08-05`, or a timestamp, cut to its day).
fn parse_date(text: &str) -> std::result::Result<PartialDate, String> {
    let day = text.get(..10).unwrap_or(text);
    day.parse().map_err(|e| format!("{e}"))
}

/// The span of `date`, or `startDate`–`endDate`.
fn span(entity: &Entity) -> std::result::Result<Option<DateSpan>, (&'static str, String)> {
    let date = |name: &'static str| {
        entity
            .first(name)
            .map(|d| parse_date(&d).map_err(|e| (name, e)))
            .transpose()
    };
    let (start, end) = (date("startDate")?, date("endDate")?);
    if start.is_some() || end.is_some() {
        return DateSpan::range(start, end)
            .map(Some)
            .ok_or(("endDate", "the range ends before it starts".to_owned()));
    }
    Ok(date("date")?.map(DateSpan::on))
}

/// A sanction in one line: authority, program, dates, reason.
fn sanction_text(entity: &Entity) -> String {
    let mut parts = Vec::new();
    for property in ["authority", "program", "reason"] {
        let values = entity.values(property);
        if !values.is_empty() {
            parts.push(values.join("; "));
        }
    }
    let dates = [entity.first("startDate"), entity.first("endDate")];
    if dates.iter().any(Option::is_some) {
        let [start, end] = dates.map(Option::unwrap_or_default);
        parts.push(format!("{start}/{end}"));
    }
    if parts.is_empty() {
        "sanctioned".to_owned()
    } else {
        parts.join(" — ")
    }
}

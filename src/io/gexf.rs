//! GEXF 1.3, for Gephi (written only).
//!
//! Actors are nodes labelled by name with `kind` and every other field as node attributes; links
//! are edges labelled by relation, weighted by the grade's weight, with a `<spell>` covering the
//! link's date so that Gephi's timeline works (a partial date covers its whole period: `2017-08`
//! is the spell 2017-08-01 to 2017-08-31).

use std::collections::BTreeSet;
use std::io::Write;

use quick_xml::escape::escape;

use super::format::{attribute_key, ACTOR_FIELDS};
use crate::graph::ActorGraph;
use crate::model::{DateSpan, PartialDate};

/// A link's own attributes and their GEXF types.
const EDGE_ATTRIBUTES: [(&str, &str); 8] = [
    ("relation", "string"),
    ("category", "string"),
    ("commodity", "string"),
    ("date", "string"),
    ("grade", "string"),
    ("hedge", "string"),
    ("notes", "string"),
    ("evidence", "string"),
];

/// Writes the graph as GEXF 1.3, element by element.
pub(super) fn write(graph: &ActorGraph, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(out, "  <meta>\n    <creator>linkchart</creator>")?;
    let description = [graph.title.as_deref(), graph.description.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(": ");
    if !description.is_empty() {
        writeln!(
            out,
            "    <description>{}</description>",
            escape(description)
        )?;
    }
    writeln!(out, "  </meta>")?;
    writeln!(
        out,
        r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#
    )?;

    let node_reserved: Vec<&str> = ACTOR_FIELDS.iter().map(|(n, _)| *n).collect();
    let node_extra: BTreeSet<String> = graph
        .actors()
        .flat_map(|(_, a)| {
            a.identifiers
                .other
                .keys()
                .map(|k| format!("identifier:{k}"))
                .chain(
                    a.attributes
                        .keys()
                        .map(|k| attribute_key(k, &node_reserved)),
                )
                .collect::<Vec<_>>()
        })
        .collect();
    writeln!(out, r#"    <attributes class="node" mode="static">"#)?;
    for (name, kind) in ACTOR_FIELDS {
        attribute(out, name, kind)?;
    }
    for name in &node_extra {
        attribute(out, name, "string")?;
    }
    writeln!(out, "    </attributes>")?;
    let edge_reserved: Vec<&str> = EDGE_ATTRIBUTES.iter().map(|(n, _)| *n).collect();
    let edge_extra: BTreeSet<String> = graph
        .links()
        .flat_map(|l| {
            l.link
                .attributes()
                .keys()
                .map(|k| attribute_key(k, &edge_reserved))
                .collect::<Vec<_>>()
        })
        .collect();
    writeln!(out, r#"    <attributes class="edge" mode="static">"#)?;
    for (name, kind) in EDGE_ATTRIBUTES {
        attribute(out, name, kind)?;
    }
    for name in &edge_extra {
        attribute(out, name, "string")?;
    }
    writeln!(out, "    </attributes>")?;

    writeln!(out, "    <nodes>")?;
    for (_, actor) in graph.actors() {
        writeln!(
            out,
            r#"      <node id="{}" label="{}">"#,
            escape(actor.id.as_str()),
            escape(actor.name.as_str())
        )?;
        writeln!(out, "        <attvalues>")?;
        let ids = &actor.identifiers;
        let aliases = actor.aliases.join("|");
        let fixed = [
            ("kind", Some(actor.kind.name())),
            ("aliases", (!aliases.is_empty()).then_some(aliases.as_str())),
            ("country", actor.country.as_deref()),
            ("imo", ids.imo.as_deref()),
            ("mmsi", ids.mmsi.as_deref()),
            ("call_sign", ids.call_sign.as_deref()),
            ("flag", ids.flag.as_deref()),
            ("collective", actor.collective.then_some("true")),
            ("notes", actor.notes.as_deref()),
        ];
        for (name, value) in fixed {
            if let Some(value) = value {
                attvalue(out, name, value)?;
            }
        }
        for (name, value) in &ids.other {
            attvalue(out, &format!("identifier:{name}"), value)?;
        }
        for (name, value) in &actor.attributes {
            attvalue(out, &attribute_key(name, &node_reserved), value)?;
        }
        writeln!(out, "        </attvalues>\n      </node>")?;
    }
    writeln!(out, "    </nodes>\n    <edges>")?;
    for (number, item) in graph.links().enumerate() {
        let link = item.link;
        writeln!(
            out,
            r#"      <edge id="{number}" source="{}" target="{}" label="{}" weight="{}">"#,
            escape(graph.actor(item.from).id.as_str()),
            escape(graph.actor(item.to).id.as_str()),
            escape(link.relation.name()),
            link.grade.weight()
        )?;
        writeln!(out, "        <attvalues>")?;
        let date = link.date.map(|d| d.to_string());
        let grade = link.grade.to_string();
        let evidence = (!link.evidence().is_empty())
            .then(|| serde_json::to_string(link.evidence()).expect("evidence serializes"));
        let fixed = [
            ("relation", Some(link.relation.name())),
            ("category", Some(link.relation.category().name())),
            ("commodity", link.commodity.as_deref()),
            ("date", date.as_deref()),
            ("grade", Some(grade.as_str())),
            ("hedge", link.hedge()),
            ("notes", link.notes()),
            ("evidence", evidence.as_deref()),
        ];
        for (name, value) in fixed {
            if let Some(value) = value {
                attvalue(out, name, value)?;
            }
        }
        for (name, value) in link.attributes() {
            attvalue(out, &attribute_key(name, &edge_reserved), value)?;
        }
        writeln!(out, "        </attvalues>")?;
        if let Some(span) = link.date {
            writeln!(
                out,
                "        <spells>\n          {}\n        </spells>",
                spell(span)
            )?;
        }
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>\n  </graph>\n</gexf>")
}

fn attribute(out: &mut dyn Write, name: &str, kind: &str) -> std::io::Result<()> {
    let name = escape(name);
    writeln!(
        out,
        r#"      <attribute id="{name}" title="{name}" type="{kind}"/>"#
    )
}

fn attvalue(out: &mut dyn Write, name: &str, value: &str) -> std::io::Result<()> {
    writeln!(
        out,
        r#"          <attvalue for="{}" value="{}"/>"#,
        escape(name),
        escape(value)
    )
}

/// The `<spell>` covering a date span, its open ends left out.
fn spell(span: DateSpan) -> String {
    let mut spell = "<spell".to_owned();
    if let Some(start) = span.start() {
        spell.push_str(&format!(r#" start="{}""#, first_day(start)));
    }
    if let Some(end) = span.end() {
        spell.push_str(&format!(r#" end="{}""#, last_day(end)));
    }
    spell.push_str("/>");
    spell
}

/// `yyyy-mm-dd` of the first day a partial date covers.
fn first_day(date: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month().unwrap_or(1),
        date.day().unwrap_or(1)
    )
}

/// `yyyy-mm-dd` of the last day a partial date covers.
fn last_day(date: PartialDate) -> String {
    let month = date.month().unwrap_or(12);
    let day = date.day().unwrap_or_else(|| {
        (28..=31)
            .rev()
            .find(|&d| PartialDate::new(date.year(), Some(month), Some(d)).is_some())
            .expect("every month has 28 days")
    });
    format!("{:04}-{month:02}-{day:02}", date.year())
}

//! DOT for a [`Picture`], built as graphviz-rust's AST and printed by its printer.
//!
//! The printer writes an [`Id::Escaped`] verbatim, so every quoted string is made here:
//! - ids (actor ids, stable across runs) escape `\` and `"`, which is all the DOT grammar
//!   interprets inside quotes, so two different ids never print alike;
//! - labels and tooltips are Graphviz *escString*s, where `\` starts an escape (`\n`, `\N`…) and
//!   `&…;` is an HTML entity: `\` becomes `\\`, `"` becomes `\"`, `&` becomes `&amp;` and a line
//!   break becomes `\n`, so that Graphviz shows the text exactly as written.

use std::collections::{BTreeMap, HashMap};

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::graphviz::Layout;
use super::style::{self, kind_style, pen_width, printable, wrap};
use super::{ClusterBy, Flow, Picture, PictureActor, PictureLink};

/// Above this many actors a drawing without a chosen layout uses `sfdp` with overlap removal:
/// `dot`'s layered layout of a large network is a wide unreadable band.
pub const LARGE_DRAWING: usize = 120;

/// A quoted DOT id for `text`.
///
/// ```
/// use linkchart::render::dot::quoted_id;
/// assert_eq!(quoted_id(r#"a"b\c"#), graphviz_rust::dot_structures::Id::Escaped(r#""a\"b\\c""#.into()));
/// ```
pub fn quoted_id(text: &str) -> Id {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '\\' => quoted.push_str("\\\\"),
            '"' => quoted.push_str("\\\""),
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    Id::Escaped(quoted)
}

/// A quoted escString showing `lines` verbatim, each line ended by `end` (`\n` centred, `\l`
/// left-justified).
///
/// ```
/// use linkchart::render::dot::label;
/// use graphviz_rust::dot_structures::Id;
/// assert_eq!(label(&["A & B", r"C:\x"], r"\n"), Id::Escaped(r#""A &amp; B\nC:\\x""#.into()));
/// ```
pub fn label<S: AsRef<str>>(lines: &[S], end: &str) -> Id {
    let mut quoted = String::from("\"");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            quoted.push_str(end);
        }
        for c in printable(line.as_ref()).chars() {
            match c {
                '\\' => quoted.push_str("\\\\"),
                '"' => quoted.push_str("\\\""),
                '&' => quoted.push_str("&amp;"),
                '\n' => quoted.push_str("\\n"),
                _ => quoted.push(c),
            }
        }
    }
    if end == r"\l" {
        quoted.push_str(end);
    }
    quoted.push('"');
    Id::Escaped(quoted)
}

fn attr(name: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(name.to_owned()), value)
}

fn plain(name: &str, value: impl ToString) -> Attribute {
    attr(name, quoted_id(&value.to_string()))
}

fn node(id: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(NodeId(quoted_id(id), None), attributes))
}

fn edge(from: &str, to: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted_id(from), None)),
            Vertex::N(NodeId(quoted_id(to), None)),
        ),
        attributes,
    })
}

fn subgraph(id: &str, stmts: Vec<Stmt>) -> Stmt {
    Stmt::Subgraph(Subgraph {
        id: quoted_id(id),
        stmts,
    })
}

/// Ids of the drawing's own nodes (legend, time axis) start with this, which no sensible actor
/// id does.
const OWN: &str = "~linkchart~";

/// The DOT graph of `picture`; `layout` picks the Graphviz layout (default: `dot`, or `sfdp`
/// with overlap removal for large drawings).
///
/// ```
/// use linkchart::render::{dot, Picture, Flow};
/// let picture = Picture { title: "t".into(), selection: "s".into(), actors: vec![], links: vec![],
///     flow: Flow::TopDown, cluster: None, timeline: false, faded: false, notice: None };
/// let text = dot::to_dot_string(&picture, None);
/// assert!(graphviz_rust::parse(&text).is_ok());
/// ```
pub fn to_dot(picture: &Picture, layout: Option<Layout>) -> Graph {
    let layout = layout.unwrap_or(if picture.actors.len() > LARGE_DRAWING {
        Layout::Sfdp
    } else {
        Layout::Dot
    });
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attributes(picture, layout))),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            plain("fontname", "Helvetica"),
            plain("fontsize", 11),
            plain("style", "filled"),
            plain("penwidth", 1.2),
            plain("margin", "0.12,0.05"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            plain("fontname", "Helvetica"),
            plain("fontsize", 9),
            plain("arrowsize", 0.7),
        ])),
    ];
    let nodes: Vec<(&PictureActor, Stmt)> = picture
        .actors
        .iter()
        .map(|a| (a, node(&a.id, actor_attributes(picture, a))))
        .collect();
    if picture.timeline {
        stmts.extend(nodes.into_iter().map(|(_, n)| n));
        stmts.extend(time_axis(picture));
    } else if let Some(by) = picture.cluster {
        stmts.extend(clustered(nodes, by));
    } else {
        stmts.extend(nodes.into_iter().map(|(_, n)| n));
    }
    stmts.extend(
        picture
            .links
            .iter()
            .map(|l| edge(&l.from, &l.to, link_attributes(picture, l))),
    );
    stmts.push(legend(picture));
    Graph::DiGraph {
        id: quoted_id("linkchart"),
        strict: false,
        stmts,
    }
}

/// The DOT text of `picture` (see [`to_dot`]).
pub fn to_dot_string(picture: &Picture, layout: Option<Layout>) -> String {
    let mut context = PrinterContext::default();
    let mut text = to_dot(picture, layout).print(&mut context);
    text.push('\n');
    text
}

fn graph_attributes(picture: &Picture, layout: Layout) -> Vec<Attribute> {
    let mut attributes = vec![
        attr("label", label(&[&picture.title, &picture.selection], r"\n")),
        plain("labelloc", "t"),
        plain("fontname", "Helvetica-Bold"),
        plain("fontsize", 16),
        plain(
            "rankdir",
            if picture.flow == Flow::LeftRight {
                "LR"
            } else {
                "TB"
            },
        ),
        plain("nodesep", 0.35),
        plain("ranksep", 0.6),
        plain("pad", 0.3),
        plain("layout", layout.name()),
        plain("bgcolor", "white"),
    ];
    if layout != Layout::Dot {
        attributes.extend([
            plain("overlap", "prism"),
            plain("overlap_scaling", 2),
            plain("splines", "true"),
            plain("sep", "+8"),
        ]);
    }
    attributes
}

fn actor_attributes(picture: &Picture, actor: &PictureActor) -> Vec<Attribute> {
    let look = kind_style(actor.kind);
    let faded = picture.faded && !actor.highlighted && !actor.anchor;
    let (border, font) = match (actor.highlighted, faded) {
        (true, _) => (style::HIGHLIGHT, "#000000"),
        (false, true) => (style::FADED, "#8a8a8a"),
        (false, false) => (look.colour, "#000000"),
    };
    let pen = if actor.anchor || actor.highlighted {
        2.8
    } else {
        1.2
    };
    let mut attributes = vec![
        attr("label", label(&wrap(&actor.name, style::WRAP), r"\n")),
        attr(
            "tooltip",
            label(&[format!("{} ({})", actor.name, actor.kind)], r"\n"),
        ),
        plain("shape", look.shape),
        plain("fillcolor", if faded { "#f4f4f4" } else { look.fill }),
        plain("color", border),
        plain("fontcolor", font),
        plain("penwidth", pen),
    ];
    if look.rounded {
        attributes.push(plain("style", "filled,rounded"));
    }
    if actor.size > 1.0 {
        attributes.push(plain(
            "fontsize",
            format!("{:.1}", 11.0 * actor.size.sqrt()),
        ));
        attributes.push(plain("margin", format!("{:.2}", 0.1 * actor.size)));
    }
    attributes
}

fn link_attributes(picture: &Picture, link: &PictureLink) -> Vec<Attribute> {
    let mut facts: Vec<&str> = Vec::new();
    if let Some(commodity) = &link.commodity {
        facts.push(commodity);
    }
    if let Some(date) = &link.date {
        facts.push(date);
    }
    let mut lines = wrap(&link.relation, 30);
    if !facts.is_empty() {
        lines.push(facts.join(" · "));
    }
    let faded = picture.faded && !link.highlighted;
    let colour = style::link_colour(picture, link);
    let mut width = pen_width(link.evidence);
    if link.highlighted {
        width += 2.0;
    }
    let mut attributes = vec![
        attr("label", label(&lines, r"\n")),
        plain("color", colour),
        plain("fontcolor", if faded { style::FADED } else { "#444444" }),
        plain("penwidth", format!("{width:.1}")),
    ];
    if link.hedged {
        attributes.push(plain("style", "dashed"));
    }
    attributes
}

/// The actors grouped in one box per country or kind (actors with no country stay outside).
fn clustered(nodes: Vec<(&PictureActor, Stmt)>, by: ClusterBy) -> Vec<Stmt> {
    let mut groups: BTreeMap<String, Vec<Stmt>> = BTreeMap::new();
    let mut loose = Vec::new();
    for (actor, stmt) in nodes {
        let key = match by {
            ClusterBy::Country => actor.country.clone(),
            ClusterBy::Kind => Some(actor.kind.to_string()),
        };
        match key {
            Some(key) => groups.entry(key).or_default().push(stmt),
            None => loose.push(stmt),
        }
    }
    let mut stmts: Vec<Stmt> = groups
        .into_iter()
        .enumerate()
        .map(|(i, (key, mut members))| {
            let mut inner = vec![
                Stmt::Attribute(attr("label", label(&[key], r"\n"))),
                Stmt::Attribute(plain("style", "rounded,dashed")),
                Stmt::Attribute(plain("color", "#9a9a9a")),
                Stmt::Attribute(plain("fontname", "Helvetica-Bold")),
                Stmt::Attribute(plain("fontsize", 12)),
            ];
            inner.append(&mut members);
            subgraph(&format!("cluster_{i}"), inner)
        })
        .collect();
    stmts.extend(loose);
    stmts
}

/// The time axis: one rank per year holding the year's label and the actors first reached that
/// year (an actor reached by no dated link: first left by one), the years chained in order.
fn time_axis(picture: &Picture) -> Vec<Stmt> {
    let mut reached: HashMap<&str, i32> = HashMap::new();
    let mut left: HashMap<&str, i32> = HashMap::new();
    for link in &picture.links {
        if let Some(year) = link.year {
            let entry = reached.entry(link.to.as_str()).or_insert(year);
            *entry = (*entry).min(year);
            let entry = left.entry(link.from.as_str()).or_insert(year);
            *entry = (*entry).min(year);
        }
    }
    let mut years: BTreeMap<i32, Vec<&str>> = BTreeMap::new();
    for actor in &picture.actors {
        let id = actor.id.as_str();
        if let Some(&year) = reached.get(id).or_else(|| left.get(id)) {
            years.entry(year).or_default().push(id);
        }
    }
    let year_id = |year: i32| format!("{OWN}year{year}");
    let mut stmts = Vec::new();
    for (year, actors) in &years {
        let mut rank = vec![
            Stmt::Attribute(plain("rank", "same")),
            node(
                &year_id(*year),
                vec![
                    attr("label", label(&[year.to_string()], r"\n")),
                    plain("shape", "plaintext"),
                    plain("style", ""),
                    plain("fontsize", 14),
                    plain("fontcolor", "#555555"),
                ],
            ),
        ];
        rank.extend(actors.iter().map(|id| node(id, Vec::new())));
        stmts.push(subgraph(&format!("{OWN}rank{year}"), rank));
    }
    let ordered: Vec<&i32> = years.keys().collect();
    for pair in ordered.windows(2) {
        stmts.push(edge(
            &year_id(*pair[0]),
            &year_id(*pair[1]),
            vec![plain("style", "invis"), plain("weight", 10)],
        ));
    }
    stmts
}

/// The legend: one sample per kind drawn, in its shape and colour, and what the lines mean.
fn legend(picture: &Picture) -> Stmt {
    let mut row = vec![Stmt::Attribute(plain("rank", "same"))];
    for kind in picture.kinds() {
        let look = kind_style(kind);
        let mut attributes = vec![
            attr("label", label(&[kind.name()], r"\n")),
            plain("shape", look.shape),
            plain("fillcolor", look.fill),
            plain("color", look.colour),
            plain("fontsize", 10),
        ];
        if look.rounded {
            attributes.push(plain("style", "filled,rounded"));
        }
        row.push(node(&format!("{OWN}legend:{kind}"), attributes));
    }
    let lines: Vec<&str> = style::LINK_LEGEND.split(" · ").collect();
    let mut ids: Vec<String> = picture
        .kinds()
        .iter()
        .map(|k| format!("{OWN}legend:{k}"))
        .chain([format!("{OWN}legend:links")])
        .collect();
    // Invisible links keep the samples in the documented order (top-down in a left-right
    // drawing, where dot stacks a rank's nodes the other way).
    if picture.flow == Flow::LeftRight {
        ids.reverse();
    }
    for pair in ids.windows(2) {
        row.push(edge(&pair[0], &pair[1], vec![plain("style", "invis")]));
    }
    row.push(node(
        &format!("{OWN}legend:links"),
        vec![
            attr("label", label(&lines, r"\l")),
            plain("shape", "plaintext"),
            plain("style", ""),
            plain("fontsize", 10),
        ],
    ));
    subgraph(
        "cluster_legend",
        vec![
            Stmt::Attribute(attr("label", label(&["Legend"], r"\n"))),
            Stmt::Attribute(plain("style", "rounded")),
            Stmt::Attribute(plain("color", "#bbbbbb")),
            Stmt::Attribute(plain("fontname", "Helvetica-Bold")),
            Stmt::Attribute(plain("fontsize", 11)),
            subgraph(&format!("{OWN}legend"), row),
        ],
    )
}

//! Pictures of the graph: what to draw ([`select`] gives a plain [`Picture`]), how each kind of
//! actor looks ([`style`]), and the engines that turn a picture into DOT ([`dot`]), a builtin
//! SVG ([`svg`]) or Graphviz's SVG, PNG and PDF ([`graphviz`]).
//!
//! ```
//! use linkchart::{io, render, resolve, scope::Scope};
//! let graph = io::load(&[]).unwrap().graph;
//! let port = resolve::resolve(&graph, "Nakhodka").unwrap();
//! let selection = render::Selection::Focus { center: port, hops: 1 };
//! let picture = render::select(&graph, &Scope::default(), &selection, &Default::default()).unwrap();
//! assert!(picture.actors.iter().any(|a| a.name == "Nakhodka"));
//! let svg = render::svg::to_svg(&picture);
//! assert!(svg.contains("Nakhodka"));
//! ```

pub mod dot;
pub mod graphviz;
pub mod style;
pub mod svg;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::Serialize;

use crate::chains::{find_chains, ChainQuery, Traversal};
use crate::error::{Error, Result};
use crate::explore::neighbours;
use crate::graph::ActorGraph;
use crate::model::{ActorKind, DateSpan, PartialDate};
use crate::rank::{rank, Measure, RankQuery};
use crate::scope::{PassFilter, Scope};

/// The most actors a picture holds unless forced: past it a drawing is a hairball.
pub const MAX_ACTORS: usize = 300;

/// What to draw.
#[derive(Debug, Clone)]
pub enum Selection {
    /// Every actor with a link in scope, and those links.
    Whole,
    /// An actor's ego network: the actors within `hops` (links followed both ways) and every
    /// link among them.
    Focus {
        /// The center.
        center: NodeIndex,
        /// How far.
        hops: usize,
    },
    /// The actors and links on the chains from `from` to each of `to`, drawn left to right.
    Chains {
        /// Where the chains start.
        from: NodeIndex,
        /// Where they end (one or several ends).
        to: Vec<NodeIndex>,
        /// Which chains.
        query: ChainQuery,
    },
    /// The `n` most central actors by `measure` and the links among them.
    Top {
        /// How many.
        n: usize,
        /// By which measure.
        measure: Measure,
    },
}

/// How to group actors in boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ClusterBy {
    /// One box per country.
    Country,
    /// One box per kind of actor.
    Kind,
}

/// How to draw a selection.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which chains links may use when `highlight` or a chain selection asks (passing rules).
    pub pass: PassFilter,
    /// Scale actors by this centrality.
    pub size_by: Option<Measure>,
    /// Draw the best chain between these two in a strong colour over the faded rest.
    pub highlight: Option<(NodeIndex, NodeIndex)>,
    /// Group actors in boxes.
    pub cluster: Option<ClusterBy>,
    /// Order actors left to right by the date of their links.
    pub timeline: bool,
    /// Refuse selections with more actors than this; `None` draws anything.
    pub max_actors: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            pass: PassFilter::default(),
            size_by: None,
            highlight: None,
            cluster: None,
            timeline: false,
            max_actors: Some(MAX_ACTORS),
        }
    }
}

/// Which way the drawing flows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// Top to bottom.
    TopDown,
    /// Left to right (chains, timelines).
    LeftRight,
}

/// One actor to draw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PictureActor {
    /// Id (the stable node id of the drawing).
    pub id: String,
    /// Name, shown verbatim.
    pub name: String,
    /// Kind: shape and colour.
    pub kind: ActorKind,
    /// Country code, for clusters.
    pub country: Option<String>,
    /// With `size_by`: the actor's score.
    pub score: Option<f64>,
    /// Relative size, 1 (default) to 3 (the highest score).
    pub size: f64,
    /// An end of the selection (chain end, focus center, highlighted end): drawn bold.
    pub anchor: bool,
    /// On the highlighted chain.
    pub highlighted: bool,
}

/// One link to draw: the links of one relation and commodity between two actors, merged (and
/// when a pair has more than [`MAX_PARALLEL`] of those in one direction, all of them bundled).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PictureLink {
    /// Id of the actor it leaves.
    pub from: String,
    /// Id of the actor it reaches.
    pub to: String,
    /// Relation.
    pub relation: String,
    /// What moves.
    pub commodity: Option<String>,
    /// When, short (`2017`, `2019-01–2019-08`).
    pub date: Option<String>,
    /// The earliest year it is dated, for timelines.
    pub year: Option<i32>,
    /// Every merged link is hedged (graded below confirmed).
    pub hedged: bool,
    /// Number of evidence items.
    pub evidence: usize,
    /// Number of graph links drawn as this one.
    pub links: usize,
    /// On the highlighted chain.
    pub highlighted: bool,
}

/// A selection ready to draw: plain data, the same for every engine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Picture {
    /// The graph's title.
    pub title: String,
    /// What was selected, in words.
    pub selection: String,
    /// The actors, in graph order (stable).
    pub actors: Vec<PictureActor>,
    /// The links, in graph order (stable).
    pub links: Vec<PictureLink>,
    /// Which way it flows.
    pub flow: Flow,
    /// Grouping in boxes.
    pub cluster: Option<ClusterBy>,
    /// Left-to-right order by date.
    pub timeline: bool,
    /// A chain is highlighted: the rest is drawn faded.
    pub faded: bool,
    /// Why the picture is empty, when it is.
    pub notice: Option<String>,
}

impl Picture {
    /// The kinds of the actors drawn, in documentation order (the legend's rows).
    pub fn kinds(&self) -> Vec<ActorKind> {
        ActorKind::ALL
            .into_iter()
            .filter(|k| self.actors.iter().any(|a| a.kind == *k))
            .collect()
    }
}

/// Selects what to draw from `graph` in `scope`.
///
/// Errors: [`Error::TooLarge`] when the selection has more actors than `options.max_actors`;
/// the ranking's errors with `--top` or `size_by`.
///
/// ```
/// use linkchart::{io, render, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let dprk = resolve::resolve(&graph, "North Korea").unwrap();
/// let japan = resolve::resolve(&graph, "Japan").unwrap();
/// let selection = render::Selection::Chains { from: dprk, to: vec![japan], query: Default::default() };
/// let picture = render::select(&graph, &Scope::default(), &selection, &Default::default()).unwrap();
/// assert_eq!(picture.flow, render::Flow::LeftRight);
/// assert!(picture.links.iter().any(|l| l.from == "north_korea"));
/// ```
pub fn select(
    graph: &ActorGraph,
    scope: &Scope,
    selection: &Selection,
    options: &Options,
) -> Result<Picture> {
    let mut anchors: Vec<NodeIndex> = Vec::new();
    let mut notice = None;
    let (actors, links, description) = match selection {
        Selection::Whole => {
            let view = scope.view(graph);
            let links: Vec<EdgeIndex> = view
                .out
                .edges()
                .map(|(_, _, e)| EdgeIndex::new(e as usize))
                .collect();
            let actors = graph
                .actors()
                .map(|(n, _)| n)
                .filter(|n| view.degree(n.index() as u32) > 0)
                .collect();
            (actors, links, "whole graph".to_owned())
        }
        Selection::Focus { center, hops } => {
            let ego = neighbours(graph, scope, &options.pass, false, *center, *hops);
            let mut actors = vec![*center];
            actors.extend(ego.actors.iter().filter_map(|a| graph.node(&a.id)));
            anchors.push(*center);
            let links = induced(graph, scope, &actors);
            let hops_word = if *hops == 1 { "hop" } else { "hops" };
            let name = &graph.actor(*center).name;
            (
                actors,
                links,
                format!("{name} and its actors within {hops} {hops_word}"),
            )
        }
        Selection::Chains { from, to, query } => {
            let query = ChainQuery {
                pass: options.pass.clone(),
                ..query.clone()
            };
            let mut actors = Vec::new();
            let mut links = Vec::new();
            anchors.push(*from);
            let mut notices = Vec::new();
            for &end in to {
                anchors.push(end);
                let found = find_chains(graph, scope, &query, *from, end);
                if let Some(text) = &found.notice {
                    notices.push(text.clone());
                }
                for chain in &found.chains {
                    for id in &chain.actors {
                        actors.extend(graph.node(id));
                    }
                    for hop in &chain.hops {
                        links.extend(hop_links(graph, scope, &hop.from, &hop.to, &hop.links));
                    }
                }
            }
            if !notices.is_empty() {
                notice = Some(notices.join("; "));
            }
            let ends: Vec<&str> = to.iter().map(|n| graph.actor(*n).name.as_str()).collect();
            let description = format!(
                "chains from {} to {}",
                graph.actor(*from).name,
                ends.join(" and ")
            );
            (actors, links, description)
        }
        Selection::Top { n, measure } => {
            let query = RankQuery {
                measure: *measure,
                top: Some(*n),
                ..RankQuery::default()
            };
            let ranking = rank(graph, scope, &query)?;
            let actors: Vec<NodeIndex> = ranking
                .scores
                .iter()
                .filter_map(|s| graph.node(&s.id))
                .collect();
            let links = induced(graph, scope, &actors);
            (
                actors,
                links,
                format!("top {n} actors by {}", measure.name()),
            )
        }
    };
    let actors = dedup_in_graph_order(actors);
    if let Some(limit) = options.max_actors {
        if actors.len() > limit {
            return Err(Error::TooLarge {
                actors: actors.len(),
                limit,
            });
        }
    }
    let mut links = links;
    links.sort();
    links.dedup();

    let highlighted = match options.highlight {
        Some((from, to)) => best_chain(graph, scope, options, from, to),
        None => HashSet::new(),
    };
    if let Some((from, to)) = options.highlight {
        anchors.extend([from, to]);
    }
    let scores = match options.size_by {
        Some(measure) => scores_by(graph, scope, measure)?,
        None => HashMap::new(),
    };
    let picture_actors = picture_actors(graph, &actors, &anchors, &highlighted, &scores);
    let picture_links = merge_links(graph, &links, &highlighted);
    let flow = if matches!(selection, Selection::Chains { .. }) || options.timeline {
        Flow::LeftRight
    } else {
        Flow::TopDown
    };
    Ok(Picture {
        title: graph
            .title
            .clone()
            .unwrap_or_else(|| "linkchart".to_owned()),
        selection: describe_selection(description, scope, options),
        actors: picture_actors,
        links: picture_links,
        flow,
        cluster: options.cluster,
        timeline: options.timeline,
        faded: options.highlight.is_some(),
        notice,
    })
}

/// The links in scope among `actors`.
fn induced(graph: &ActorGraph, scope: &Scope, actors: &[NodeIndex]) -> Vec<EdgeIndex> {
    let members: HashSet<u32> = actors.iter().map(|n| n.index() as u32).collect();
    scope
        .view(graph)
        .out
        .edges()
        .filter(|(u, v, _)| members.contains(u) && members.contains(v))
        .map(|(_, _, e)| EdgeIndex::new(e as usize))
        .collect()
}

/// The graph links behind a hop's links: those in scope between the two actors, either way, of
/// the relations the hop names.
fn hop_links(
    graph: &ActorGraph,
    scope: &Scope,
    from: &str,
    to: &str,
    hop_links: &[crate::chains::HopLink],
) -> Vec<EdgeIndex> {
    let (Some(a), Some(b)) = (graph.node(from), graph.node(to)) else {
        return Vec::new();
    };
    let filter = scope.filter();
    let mut found = Vec::new();
    for hop_link in hop_links {
        let (tail, head) = match hop_link.direction {
            Traversal::Forward => (a, b),
            Traversal::Backward => (b, a),
        };
        found.extend(
            graph
                .links_at(tail, petgraph::Direction::Outgoing)
                .into_iter()
                .filter(|l| {
                    l.to == head
                        && filter.keeps(l.link)
                        && l.link.relation.name() == hop_link.facts.relation
                        && l.link.commodity.as_deref() == hop_link.facts.commodity.as_deref()
                })
                .map(|l| l.index),
        );
    }
    found
}

fn dedup_in_graph_order(mut actors: Vec<NodeIndex>) -> Vec<NodeIndex> {
    actors.sort();
    actors.dedup();
    actors
}

/// The links of the best (shortest) chain from `from` to `to`, as (tail, head) node pairs.
fn best_chain(
    graph: &ActorGraph,
    scope: &Scope,
    options: &Options,
    from: NodeIndex,
    to: NodeIndex,
) -> HashSet<(String, String)> {
    let query = ChainQuery {
        k: 1,
        pass: options.pass.clone(),
        ..ChainQuery::default()
    };
    let found = find_chains(graph, scope, &query, from, to);
    let mut pairs = HashSet::new();
    for hop in found.chains.iter().flat_map(|c| &c.hops) {
        match hop.main.direction {
            Traversal::Forward => pairs.insert((hop.from.clone(), hop.to.clone())),
            Traversal::Backward => pairs.insert((hop.to.clone(), hop.from.clone())),
        };
    }
    pairs
}

/// Every actor's score by `measure` in `scope`, oriented so that higher is more central.
fn scores_by(graph: &ActorGraph, scope: &Scope, measure: Measure) -> Result<HashMap<String, f64>> {
    let query = RankQuery {
        measure,
        ..RankQuery::default()
    };
    Ok(rank(graph, scope, &query)?
        .scores
        .into_iter()
        .filter_map(|s| s.score.map(|x| (s.id, x)))
        .collect())
}

fn picture_actors(
    graph: &ActorGraph,
    actors: &[NodeIndex],
    anchors: &[NodeIndex],
    highlighted: &HashSet<(String, String)>,
    scores: &HashMap<String, f64>,
) -> Vec<PictureActor> {
    let drawn: Vec<f64> = actors
        .iter()
        .filter_map(|n| scores.get(&graph.actor(*n).id).copied())
        .collect();
    let low = drawn.iter().copied().fold(f64::INFINITY, f64::min);
    let high = drawn.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    actors
        .iter()
        .map(|&node| {
            let actor = graph.actor(node);
            let score = scores.get(&actor.id).copied();
            let size = match score {
                Some(x) if high > low => 1.0 + 2.0 * (x - low) / (high - low),
                _ => 1.0,
            };
            PictureActor {
                id: actor.id.clone(),
                name: actor.name.clone(),
                kind: actor.kind,
                country: actor.country.clone(),
                score,
                size,
                anchor: anchors.contains(&node),
                highlighted: highlighted
                    .iter()
                    .any(|(a, b)| *a == actor.id || *b == actor.id),
            }
        })
        .collect()
}

/// One drawn link per (tail, head, relation, commodity), in the order of the first link.
fn merge_links(
    graph: &ActorGraph,
    links: &[EdgeIndex],
    highlighted: &HashSet<(String, String)>,
) -> Vec<PictureLink> {
    let mut merged: Vec<(PictureLink, Option<DateSpan>)> = Vec::new();
    let mut index: HashMap<(usize, usize, String, Option<String>), usize> = HashMap::new();
    for &edge in links {
        let link = graph.link(edge);
        let commodity = link.link.commodity.as_deref().map(str::to_owned);
        let relation = link.link.relation.name().to_owned();
        let key = (
            link.from.index(),
            link.to.index(),
            relation.clone(),
            commodity.clone(),
        );
        let hedged = link.link.grade.is_hedged();
        let evidence = link.link.evidence().len();
        match index.get(&key) {
            Some(&i) => {
                let (drawn, span) = &mut merged[i];
                drawn.hedged &= hedged;
                drawn.evidence += evidence;
                drawn.links += 1;
                *span = widest(*span, link.link.date);
            }
            None => {
                index.insert(key, merged.len());
                let from = graph.actor(link.from).id.clone();
                let to = graph.actor(link.to).id.clone();
                let on_chain = highlighted.contains(&(from.clone(), to.clone()));
                merged.push((
                    PictureLink {
                        from,
                        to,
                        relation,
                        commodity,
                        date: None,
                        year: None,
                        hedged,
                        evidence,
                        links: 1,
                        highlighted: on_chain,
                    },
                    link.link.date,
                ));
            }
        }
    }
    bundle_parallel(merged)
        .into_iter()
        .map(|(mut link, span)| {
            link.date = span.map(short_date);
            link.year = span.and_then(|s| s.start().or(s.end())).map(|d| d.year());
            link
        })
        .collect()
}

/// Drawn links between one pair in one direction past which they are bundled into one.
pub const MAX_PARALLEL: usize = 3;

/// Replaces the drawn links of a pair (one direction) that has more than [`MAX_PARALLEL`] by one
/// link summing them: its relation reads `12 links: exports_to ×5, supplies ×3, +4 more`.
fn bundle_parallel(
    merged: Vec<(PictureLink, Option<DateSpan>)>,
) -> Vec<(PictureLink, Option<DateSpan>)> {
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    for (link, _) in &merged {
        *pairs
            .entry((link.from.clone(), link.to.clone()))
            .or_default() += 1;
    }
    let mut bundles: HashMap<(String, String), usize> = HashMap::new();
    // Each drawn link with its span and, for a bundle, its relations and their link counts.
    type Bundle = (PictureLink, Option<DateSpan>, Vec<(String, usize)>);
    let mut drawn: Vec<Bundle> = Vec::new();
    for (link, span) in merged {
        let key = (link.from.clone(), link.to.clone());
        if pairs[&key] <= MAX_PARALLEL {
            drawn.push((link, span, Vec::new()));
            continue;
        }
        match bundles.get(&key) {
            Some(&i) => {
                let (bundle, bundle_span, relations) = &mut drawn[i];
                bundle.hedged &= link.hedged;
                bundle.evidence += link.evidence;
                bundle.links += link.links;
                bundle.highlighted |= link.highlighted;
                *bundle_span = widest(*bundle_span, span);
                match relations.iter_mut().find(|(r, _)| *r == link.relation) {
                    Some((_, n)) => *n += link.links,
                    None => relations.push((link.relation.clone(), link.links)),
                }
            }
            None => {
                bundles.insert(key, drawn.len());
                let relations = vec![(link.relation.clone(), link.links)];
                drawn.push((
                    PictureLink {
                        commodity: None,
                        ..link
                    },
                    span,
                    relations,
                ));
            }
        }
    }
    drawn
        .into_iter()
        .map(|(mut link, span, mut relations)| {
            if !relations.is_empty() {
                relations.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                let mut words: Vec<String> = relations
                    .iter()
                    .take(3)
                    .map(|(r, n)| {
                        if *n > 1 {
                            format!("{r} ×{n}")
                        } else {
                            r.clone()
                        }
                    })
                    .collect();
                if relations.len() > 3 {
                    words.push(format!("+{} more", relations.len() - 3));
                }
                link.relation = format!("{} links: {}", link.links, words.join(", "));
            }
            (link, span)
        })
        .collect()
}

/// The span covering both (open ends are closed at the other dates).
fn widest(a: Option<DateSpan>, b: Option<DateSpan>) -> Option<DateSpan> {
    let dates: Vec<PartialDate> = [a, b]
        .into_iter()
        .flatten()
        .flat_map(|s| [s.start(), s.end()])
        .flatten()
        .collect();
    let start = dates.iter().copied().min_by_key(|d| d.first_day())?;
    let end = dates.iter().copied().max_by_key(|d| d.last_day())?;
    if start == end {
        Some(DateSpan::on(start))
    } else {
        DateSpan::range(Some(start), Some(end))
    }
}

/// `2017`, `2017-08` (days dropped), `2019-01–2019-08`, `2024-03–`.
///
/// ```
/// use linkchart::render::short_date;
/// assert_eq!(short_date("2017-08-05".parse().unwrap()), "2017-08");
/// assert_eq!(short_date("2019-01/2019-08".parse().unwrap()), "2019-01–2019-08");
/// assert_eq!(short_date("2018/2018".parse().unwrap()), "2018");
/// ```
pub fn short_date(span: DateSpan) -> String {
    let short = |d: PartialDate| match d.month() {
        Some(m) => format!("{}-{m:02}", d.year()),
        None => d.year().to_string(),
    };
    let start = span.start().map(short);
    let end = span.end().map(short);
    match (start, end) {
        (Some(s), Some(e)) if s == e => s,
        (Some(s), None) if span.to_string().contains('/') => format!("{s}–"),
        (Some(s), None) => s,
        (None, Some(e)) => format!("–{e}"),
        (Some(s), Some(e)) => format!("{s}–{e}"),
        (None, None) => String::new(),
    }
}

/// The selection in words, with the scope options that narrow it.
fn describe_selection(base: String, scope: &Scope, options: &Options) -> String {
    let mut parts = vec![base];
    if !scope.categories.is_empty() {
        let names: Vec<&str> = scope.categories.iter().map(|c| c.name()).collect();
        parts.push(format!("categories {}", names.join(", ")));
    }
    if !scope.relations.is_empty() {
        parts.push(format!("relations {}", scope.relations.join(", ")));
    }
    if !scope.commodities.is_empty() {
        parts.push(scope.commodities.join(", "));
    }
    match (scope.since, scope.until) {
        (Some(s), Some(u)) => parts.push(format!("{s} to {u}")),
        (Some(s), None) => parts.push(format!("since {s}")),
        (None, Some(u)) => parts.push(format!("until {u}")),
        (None, None) => {}
    }
    if let Some(grade) = scope.min_grade {
        parts.push(format!("graded {grade} or better"));
    }
    if let Some(measure) = options.size_by {
        parts.push(format!("sized by {}", measure.name()));
    }
    parts.join(" · ")
}

/// The kind of file an extension names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    /// Scalable vector graphics.
    Svg,
    /// A bitmap (Graphviz only).
    Png,
    /// A document (Graphviz only).
    Pdf,
    /// The DOT text itself.
    Dot,
}

impl ImageFormat {
    /// The format an output file's extension names.
    ///
    /// ```
    /// use linkchart::render::ImageFormat;
    /// assert_eq!(ImageFormat::from_path("out/chart.PNG".as_ref()).unwrap(), ImageFormat::Png);
    /// assert!(ImageFormat::from_path("chart.jpg".as_ref()).is_err());
    /// ```
    pub fn from_path(path: &Path) -> Result<ImageFormat> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("svg") => Ok(ImageFormat::Svg),
            Some("png") => Ok(ImageFormat::Png),
            Some("pdf") => Ok(ImageFormat::Pdf),
            Some("dot" | "gv") => Ok(ImageFormat::Dot),
            _ => Err(Error::Usage(format!(
                "{}: cannot tell the picture format from the extension; use .svg, .png, .pdf or .dot",
                path.display()
            ))),
        }
    }
}

/// Which program draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    /// Graphviz when `dot` is on PATH, else the builtin engine.
    Auto,
    /// The pure-Rust layout and SVG writer (SVG only).
    Builtin,
    /// The Graphviz `dot` program (SVG, PNG, PDF).
    Graphviz,
}

/// A drawn picture: the file's bytes and the engine that drew them.
#[derive(Debug, Clone)]
pub struct Drawing {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The engine that drew it (`builtin`, `graphviz`, or `dot` for DOT text).
    pub engine: &'static str,
}

/// Draws `picture` in `format` with `engine` (and the Graphviz `layout`).
///
/// Errors: [`Error::GraphvizMissing`] for PNG or PDF (or `Engine::Graphviz`) without `dot` on
/// PATH; [`Error::Graphviz`] with Graphviz's own message when its run fails; [`Error::Usage`]
/// for PNG or PDF with the builtin engine.
///
/// ```
/// use linkchart::render::{self, Engine, ImageFormat};
/// let picture = render::select(&linkchart::io::load(&[]).unwrap().graph,
///     &Default::default(), &render::Selection::Top { n: 5, measure: linkchart::rank::Measure::Degree },
///     &Default::default()).unwrap();
/// let drawing = render::draw(&picture, ImageFormat::Svg, Engine::Builtin, None).unwrap();
/// assert!(drawing.bytes.starts_with(b"<?xml"));
/// ```
pub fn draw(
    picture: &Picture,
    format: ImageFormat,
    engine: Engine,
    layout: Option<graphviz::Layout>,
) -> Result<Drawing> {
    if format == ImageFormat::Dot {
        return Ok(Drawing {
            bytes: dot::to_dot_string(picture, layout).into_bytes(),
            engine: "dot",
        });
    }
    let use_graphviz = match engine {
        Engine::Graphviz => true,
        Engine::Builtin => false,
        Engine::Auto => format != ImageFormat::Svg || graphviz::available(),
    };
    if use_graphviz {
        return Ok(Drawing {
            bytes: graphviz::render(picture, format, layout)?,
            engine: "graphviz",
        });
    }
    match format {
        ImageFormat::Svg => Ok(Drawing {
            bytes: builtin_svg(picture)?.into_bytes(),
            engine: "builtin",
        }),
        _ => Err(Error::Usage(format!(
            "the builtin engine draws SVG only; for {} use --engine graphviz (or write .svg)",
            format_name(format)
        ))),
    }
}

/// The builtin engine's SVG. layout-rs asserts on some degenerate geometries; such a failure
/// becomes an error that points to Graphviz, never a crash. The default panic message is held
/// back while the layout runs (the hook is process-wide: the command line draws on one thread).
fn builtin_svg(picture: &Picture) -> Result<String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| svg::to_svg(picture)));
    std::panic::set_hook(hook);
    drawn.map_err(|_| {
        Error::Usage(
            "the builtin layout failed on this selection; draw it with Graphviz              (apt-get install graphviz, then --engine graphviz) or narrow the selection"
                .into(),
        )
    })
}

/// Draws `picture` to `path` (the format from its extension) and writes it atomically.
///
/// ```
/// use linkchart::render::{self, Engine, Selection};
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let port = linkchart::resolve::resolve(&graph, "Nakhodka").unwrap();
/// let picture = render::select(&graph, &Default::default(),
///     &Selection::Focus { center: port, hops: 1 }, &Default::default()).unwrap();
/// let dir = tempfile::tempdir().unwrap();
/// let drawing = render::save(&picture, &dir.path().join("n.svg"), Engine::Builtin, None).unwrap();
/// assert_eq!(drawing.engine, "builtin");
/// ```
pub fn save(
    picture: &Picture,
    path: &Path,
    engine: Engine,
    layout: Option<graphviz::Layout>,
) -> Result<Drawing> {
    let drawing = draw(picture, ImageFormat::from_path(path)?, engine, layout)?;
    write_atomically(path, &drawing.bytes)?;
    Ok(drawing)
}

/// `PNG`, `PDF`, `SVG`, `DOT`.
pub(crate) fn format_name(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Svg => "SVG",
        ImageFormat::Png => "PNG",
        ImageFormat::Pdf => "PDF",
        ImageFormat::Dot => "DOT",
    }
}

/// Writes `bytes` to `path` atomically: to a temporary file in the same directory, then renamed
/// over `path`, so that a reader never sees a partial file and a failure leaves none.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("chart.svg");
/// linkchart::render::write_atomically(&path, b"<svg/>").unwrap();
/// assert_eq!(std::fs::read(&path).unwrap(), b"<svg/>");
/// ```
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        // A picture is a document to share, not a secret: readable like any new file.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let mut file = builder
        .prefix(".linkchart-")
        .tempfile_in(dir)
        .map_err(io_error)?;
    file.write_all(bytes).map_err(io_error)?;
    file.as_file().sync_all().map_err(io_error)?;
    file.persist(path).map_err(|e| io_error(e.error))?;
    Ok(())
}

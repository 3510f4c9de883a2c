//! What the first commands report: a graph's summary ([`GraphInfo`]), actor lists
//! ([`ActorRow`]) and an actor's card with every link and its evidence ([`ActorCard`]).
//! Plain serializable data; the command line prints it.

use indexmap::IndexMap;
use petgraph::graph::NodeIndex;
use petgraph::Direction;
use serde::Serialize;

use crate::graph::{ActorGraph, LinkRef};
use crate::model::{Actor, ActorKind, Category, Evidence, Identifiers, Link, PartialDate};

/// A source's id and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceSummary {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Publication date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// How many evidence items cite it.
    pub citations: usize,
}

/// The first and last dates the links carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateBounds {
    /// The earliest start of a dated link.
    pub first: Option<PartialDate>,
    /// The latest end of a dated link.
    pub last: Option<PartialDate>,
}

/// A graph's summary, as `linkchart info` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GraphInfo {
    /// The graph's title.
    pub title: Option<String>,
    /// Number of actors.
    pub actors: usize,
    /// Number of links.
    pub links: usize,
    /// Actors by kind, in the documented order of kinds.
    pub kinds: IndexMap<ActorKind, usize>,
    /// Links by relation, most frequent first.
    pub relations: IndexMap<String, usize>,
    /// Links by category, in the documented order of categories.
    pub categories: IndexMap<Category, usize>,
    /// The sources.
    pub sources: Vec<SourceSummary>,
    /// The span of the links' dates.
    pub dates: DateBounds,
    /// Number of weakly connected components.
    pub components: usize,
    /// Links carrying at least one evidence item.
    pub evidenced_links: usize,
    /// Links graded below confirmed.
    pub hedged_links: usize,
}

/// Summarizes a graph.
///
/// ```
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let info = linkchart::describe::info(&graph);
/// assert_eq!(info.actors, graph.actor_count());
/// assert_eq!(info.kinds.values().sum::<usize>(), info.actors);
/// ```
pub fn info(graph: &ActorGraph) -> GraphInfo {
    let mut kinds: IndexMap<ActorKind, usize> = ActorKind::ALL.iter().map(|&k| (k, 0)).collect();
    for (_, actor) in graph.actors() {
        kinds[&actor.kind] += 1;
    }
    kinds.retain(|_, n| *n > 0);

    let mut relations: IndexMap<String, usize> = IndexMap::new();
    let mut categories: IndexMap<Category, usize> = Category::ALL.iter().map(|&c| (c, 0)).collect();
    let mut citations: IndexMap<&str, usize> = IndexMap::new();
    let (mut first, mut last): (Option<PartialDate>, Option<PartialDate>) = (None, None);
    let (mut evidenced_links, mut hedged_links) = (0, 0);
    for LinkRef { link, .. } in graph.links() {
        *relations
            .entry(link.relation.name().to_owned())
            .or_default() += 1;
        categories[&link.relation.category()] += 1;
        for evidence in link.evidence() {
            *citations.entry(evidence.source.as_str()).or_default() += 1;
        }
        evidenced_links += usize::from(!link.evidence().is_empty());
        hedged_links += usize::from(link.grade.is_hedged());
        if let Some(span) = link.date {
            if let Some(start) = span.start() {
                if first.is_none_or(|f| start.first_day() < f.first_day()) {
                    first = Some(start);
                }
            }
            if let Some(end) = span.end() {
                if last.is_none_or(|l| end.last_day() > l.last_day()) {
                    last = Some(end);
                }
            }
        }
    }
    relations.sort_by(|a, ca, b, cb| cb.cmp(ca).then(a.cmp(b)));
    categories.retain(|_, n| *n > 0);
    GraphInfo {
        title: graph.title.clone(),
        actors: graph.actor_count(),
        links: graph.link_count(),
        kinds,
        relations,
        categories,
        sources: graph
            .sources()
            .map(|s| SourceSummary {
                id: s.id.clone(),
                title: s.title.clone(),
                published: s.published,
                citations: citations.get(s.id.as_str()).copied().unwrap_or(0),
            })
            .collect(),
        dates: DateBounds { first, last },
        components: petgraph::algo::connected_components(graph.petgraph()),
        evidenced_links,
        hedged_links,
    }
}

/// One line of an actor list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Links in and out.
    pub degree: usize,
}

/// The actors among `nodes` of kind `kind` (all kinds when `None`), in graph order.
pub fn actor_rows(
    graph: &ActorGraph,
    nodes: impl IntoIterator<Item = NodeIndex>,
    kind: Option<ActorKind>,
) -> Vec<ActorRow> {
    nodes
        .into_iter()
        .map(|node| (node, graph.actor(node)))
        .filter(|(_, actor)| kind.is_none_or(|k| actor.kind == k))
        .map(|(node, actor)| ActorRow {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            aliases: actor.aliases.clone(),
            degree: graph.degree(node),
        })
        .collect()
}

/// An actor as the other end of a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
}

impl ActorRef {
    /// The reference to `actor`.
    pub fn of(actor: &Actor) -> ActorRef {
        ActorRef {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
        }
    }
}

/// Which way a link runs, seen from the actor on the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkDirection {
    /// From the actor to the other.
    Out,
    /// From the other to the actor.
    In,
}

/// What a link states, as outputs print it: relation, commodity, date and grade. Cards and
/// chains embed it (flattened: its fields are theirs in JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkFacts {
    /// The relation.
    pub relation: String,
    /// The relation's category.
    pub category: Category,
    /// What moves.
    pub commodity: Option<String>,
    /// When.
    pub date: Option<String>,
    /// How sure.
    pub grade: String,
    /// The grade's weight in 0..1.
    pub weight: f64,
}

impl LinkFacts {
    /// The facts of `link`.
    pub fn of(link: &Link) -> LinkFacts {
        LinkFacts {
            relation: link.relation.name().to_owned(),
            category: link.relation.category(),
            commodity: link.commodity.as_deref().map(str::to_owned),
            date: link.date.map(|d| d.to_string()),
            grade: link.grade.to_string(),
            weight: link.grade.weight(),
        }
    }
}

/// One link on an actor's card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardLink {
    /// Out of or into the actor.
    pub direction: LinkDirection,
    /// The actor at the other end.
    pub other: ActorRef,
    /// What the link states.
    #[serde(flatten)]
    pub facts: LinkFacts,
    /// The hedging word, if any.
    pub hedge: Option<String>,
    /// The evidence.
    pub evidence: Vec<Evidence>,
}

/// An actor's card: who it is and every link in and out, grouped by relation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCard {
    /// The actor.
    pub actor: ActorDetails,
    /// Every link, grouped by relation (relations in order of first appearance), outgoing
    /// before incoming within a relation.
    pub links: Vec<CardLink>,
}

/// The actor part of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorDetails {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Country code.
    pub country: Option<String>,
    /// Identifiers.
    pub identifiers: Identifiers,
    /// An unnamed collective.
    pub collective: bool,
    /// Notes.
    pub notes: Option<String>,
    /// Links in and out.
    pub degree: usize,
}

/// The card of the actor at `node`.
///
/// ```
/// let graph = linkchart::io::load(&[]).unwrap().graph;
/// let port = graph.node("nakhodka").unwrap();
/// let card = linkchart::describe::actor_card(&graph, port);
/// assert_eq!(card.links.len(), graph.degree(port));
/// ```
pub fn actor_card(graph: &ActorGraph, node: NodeIndex) -> ActorCard {
    let actor = graph.actor(node);
    let mut links: Vec<(usize, CardLink)> = Vec::new();
    let mut group_of: IndexMap<String, usize> = IndexMap::new();
    let all = graph
        .links_at(node, Direction::Outgoing)
        .into_iter()
        .map(|l| (LinkDirection::Out, l))
        .chain(
            graph
                .links_at(node, Direction::Incoming)
                .into_iter()
                .filter(|l| l.from != l.to)
                .map(|l| (LinkDirection::In, l)),
        );
    for (direction, link_ref) in all {
        let other = if direction == LinkDirection::Out {
            link_ref.to
        } else {
            link_ref.from
        };
        let link = link_ref.link;
        let groups = group_of.len();
        let group = *group_of
            .entry(link.relation.name().to_owned())
            .or_insert(groups);
        links.push((
            group,
            CardLink {
                direction,
                other: ActorRef::of(graph.actor(other)),
                facts: LinkFacts::of(link),
                hedge: link.hedge().map(str::to_owned),
                evidence: link.evidence().to_vec(),
            },
        ));
    }
    links.sort_by_key(|(group, _)| *group);
    ActorCard {
        actor: ActorDetails {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            aliases: actor.aliases.clone(),
            country: actor.country.clone(),
            identifiers: actor.identifiers.clone(),
            collective: actor.collective,
            notes: actor.notes.clone(),
            degree: graph.degree(node),
        },
        links: links.into_iter().map(|(_, l)| l).collect(),
    }
}

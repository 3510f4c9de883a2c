//! Beyond two actors: the intermediaries that cut every chain between two actors ([`cut`]), the
//! smallest network joining several ([`connect`]), and an actor's ego network ([`neighbours`]).
//! Plain serializable results; the command line prints them.

use petgraph::graph::NodeIndex;
use serde::Serialize;

use crate::algo::{connect as steiner, cut as vertex_cut};
use crate::chains::{build_hop, find_chains_in, search_graph, ChainQuery, Hop, Named};
use crate::describe::ActorRef;
use crate::graph::ActorGraph;
use crate::scope::{PassFilter, Scope};

/// One actor of a cut, with the number of chains it sits on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CutActor {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// How many of the chains examined pass through it.
    pub chains: usize,
}

/// The smallest set of intermediaries whose removal leaves no chain between two actors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cut {
    /// Where chains start.
    pub from: Named,
    /// Where they end.
    pub to: Named,
    /// The intermediaries, most chains first.
    pub cut: Vec<CutActor>,
    /// True when the two are directly linked (no intermediary can cut that link).
    pub direct: bool,
    /// How many chains were examined to count `chains` (simple chains up to `max_hops`).
    pub chains_examined: usize,
    /// True when that examination stopped at its limit.
    pub truncated: bool,
}

/// The minimum vertex cut between `from` and `to` in `scope`, with how many of the chains (all
/// simple chains up to `query.max_hops`, or 6, capped at `query.limit`) each cut actor sits on.
///
/// ```
/// use linkchart::{explore, io, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let dprk = resolve::resolve(&graph, "North Korea").unwrap();
/// let japan = resolve::resolve(&graph, "Japan").unwrap();
/// let cut = explore::cut(&graph, &Scope::default(), &Default::default(), dprk, japan);
/// assert!(cut.direct); // "North Korean coal was allegedly shipped ... to Japan"
/// ```
pub fn cut(
    graph: &ActorGraph,
    scope: &Scope,
    query: &ChainQuery,
    from: NodeIndex,
    to: NodeIndex,
) -> Cut {
    let view = scope.view(graph);
    let passable = query
        .pass
        .passable(graph, &view.removed, |v| view.degree(v));
    let g = search_graph(&view, query.undirected, &passable);
    let found = vertex_cut::min_vertex_cut(&g, from.index() as u32, to.index() as u32);
    let all = ChainQuery {
        all: true,
        ..query.clone()
    };
    let chains = find_chains_in(graph, Some(&view), scope, &all, from, to);
    let mut cut: Vec<CutActor> = found
        .cut
        .iter()
        .map(|&v| {
            let actor = graph.actor(NodeIndex::new(v as usize));
            CutActor {
                id: actor.id.clone(),
                name: actor.name.clone(),
                chains: chains
                    .chains
                    .iter()
                    .filter(|c| c.actors.contains(&actor.id))
                    .count(),
            }
        })
        .collect();
    cut.sort_by(|a, b| b.chains.cmp(&a.chains).then(a.id.cmp(&b.id)));
    Cut {
        from: Named::of(graph, from),
        to: Named::of(graph, to),
        cut,
        direct: found.direct,
        chains_examined: chains.chains.len(),
        truncated: chains.truncated,
    }
}

/// An actor of a connecting network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NetworkActor {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// True for the actors asked to be joined.
    pub terminal: bool,
}

/// The smallest network joining a set of actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Connection {
    /// Every actor of the network: the terminals, then the intermediaries added.
    pub actors: Vec<NetworkActor>,
    /// Its hops, each with its links and evidence.
    pub links: Vec<Hop>,
    /// The ids of the intermediaries it needed.
    pub added: Vec<String>,
    /// The ids of the actors it could not join to the rest: gaps in the evidence.
    pub unreached: Vec<String>,
}

/// A small network joining `terminals` in `scope` (Steiner tree, Kou–Markowsky–Berman
/// approximation), following links in both directions unless `directed`.
pub fn connect(
    graph: &ActorGraph,
    scope: &Scope,
    pass: &PassFilter,
    directed: bool,
    terminals: &[NodeIndex],
) -> Connection {
    let view = scope.view(graph);
    let passable = pass.passable(graph, &view.removed, |v| view.degree(v));
    let g = search_graph(&view, !directed, &passable);
    let ids: Vec<u32> = terminals.iter().map(|n| n.index() as u32).collect();
    let tree = steiner::steiner_tree(&g, &ids);
    let links: Vec<Hop> = tree
        .hops
        .iter()
        .map(|&(u, v)| build_hop(graph, &g, u, v, None))
        .collect();
    let mut members: Vec<u32> = ids.clone();
    for &(u, v) in &tree.hops {
        for x in [u, v] {
            if !members.contains(&x) {
                members.push(x);
            }
        }
    }
    let id_of = |v: u32| graph.actor(NodeIndex::new(v as usize)).id.clone();
    Connection {
        actors: members
            .iter()
            .map(|&v| {
                let actor = graph.actor(NodeIndex::new(v as usize));
                NetworkActor {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                    kind: actor.kind.to_string(),
                    terminal: ids.contains(&v),
                }
            })
            .collect(),
        links,
        added: members
            .iter()
            .filter(|v| !ids.contains(v))
            .map(|&v| id_of(v))
            .collect(),
        unreached: tree.unreached.iter().map(|&v| id_of(v)).collect(),
    }
}

/// An actor of an ego network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbour {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Hops from the center.
    pub distance: usize,
    /// The hop that reached it (none for the center).
    pub via: Option<Hop>,
}

/// An actor's ego network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbourhood {
    /// The center.
    pub center: ActorRef,
    /// The actors within reach, nearest first (the center is not listed).
    pub actors: Vec<Neighbour>,
}

/// The actors within `hops` of `center` in `scope`, following links both ways unless `directed`.
///
/// ```
/// use linkchart::{explore, io, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let port = resolve::resolve(&graph, "Nakhodka").unwrap();
/// let ego = explore::neighbours(&graph, &Scope::default(), &Default::default(), false, port, 1);
/// assert!(ego.actors.iter().all(|a| a.distance == 1));
/// ```
pub fn neighbours(
    graph: &ActorGraph,
    scope: &Scope,
    pass: &PassFilter,
    directed: bool,
    center: NodeIndex,
    hops: usize,
) -> Neighbourhood {
    let view = scope.view(graph);
    let passable = pass.passable(graph, &view.removed, |v| view.degree(v));
    let g = search_graph(&view, !directed, &passable);
    let reached = steiner::ego_network(&g, center.index() as u32, hops);
    Neighbourhood {
        center: ActorRef::of(graph.actor(center)),
        actors: reached
            .into_iter()
            .skip(1)
            .map(|(v, distance, parent)| {
                let actor = graph.actor(NodeIndex::new(v as usize));
                Neighbour {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                    kind: actor.kind.to_string(),
                    distance,
                    via: parent.map(|u| build_hop(graph, &g, u, v, None)),
                }
            })
            .collect(),
    }
}

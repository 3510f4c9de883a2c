//! Intermediary chains between two actors, with the evidence for every hop: the query options,
//! the choice of algorithm, the ranking, and the plain serializable result that `paths` prints.

use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::Serialize;

use crate::algo::paths::{self, Adjacency, ChainFilter, Cost, SearchGraph, TimeOrder};
use crate::describe::LinkFacts;
use crate::graph::ActorGraph;
use crate::model::{ActorKind, Evidence};
use crate::scope::{link_days, PassFilter, Scope, ScopedGraph, Undated};

/// How many hops the enumerating searches (`--all`, `--via`, `--pattern`, time order) go when
/// no `--max-hops` is given.
pub const DEFAULT_ENUMERATION_HOPS: usize = 6;

/// What to look for between two actors.
#[derive(Debug, Clone)]
pub struct ChainQuery {
    /// How many chains (the k shortest).
    pub k: usize,
    /// The most hops a chain may have.
    pub max_hops: Option<usize>,
    /// Every simple chain up to `max_hops`, not just the k best.
    pub all: bool,
    /// With `all`: the most chains listed.
    pub limit: usize,
    /// Follow links against their direction too.
    pub undirected: bool,
    /// Every chain passes through all of these actors.
    pub via: Vec<NodeIndex>,
    /// Actors chains may not pass through.
    pub pass: PassFilter,
    /// The kinds of a chain's actors, in order.
    pub pattern: Option<Vec<ActorKind>>,
    /// Each hop no earlier than the one before.
    pub in_time_order: bool,
    /// With time order: the longest wait between hops, in days.
    pub max_gap_days: Option<i32>,
    /// Rank time-ordered chains by when they reach the end.
    pub earliest_arrival: bool,
    /// Rank by credibility (the product of the hops' grade weights) instead of length.
    pub most_credible: bool,
}

impl Default for ChainQuery {
    fn default() -> Self {
        ChainQuery {
            k: 5,
            max_hops: None,
            all: false,
            limit: 1000,
            undirected: false,
            via: Vec::new(),
            pass: PassFilter::default(),
            pattern: None,
            in_time_order: false,
            max_gap_days: None,
            earliest_arrival: false,
            most_credible: false,
        }
    }
}

impl ChainQuery {
    /// Whether the query needs the bounded enumeration rather than Yen's k shortest.
    fn enumerates(&self) -> bool {
        self.all || !self.via.is_empty() || self.pattern.is_some() || self.in_time_order
    }
}

/// An actor's id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

impl Named {
    /// The id and name of the actor at `node`.
    pub fn of(graph: &ActorGraph, node: NodeIndex) -> Named {
        let actor = graph.actor(node);
        Named {
            id: actor.id.clone(),
            name: actor.name.clone(),
        }
    }
}

/// Which way a hop uses its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Traversal {
    /// In the link's direction.
    Forward,
    /// Against it (undirected queries only).
    Backward,
}

/// One link of a hop, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopLink {
    /// What the link states.
    #[serde(flatten)]
    pub facts: LinkFacts,
    /// Whether the hop follows the link's direction.
    pub direction: Traversal,
    /// The evidence.
    pub evidence: Vec<Evidence>,
}

/// One hop of a chain: the fields of its main link (the time-ordered choice, else the most
/// credible), and every parallel link in scope under `links`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hop {
    /// The id of the actor the hop leaves.
    pub from: String,
    /// The id of the actor it reaches.
    pub to: String,
    /// The main link.
    #[serde(flatten)]
    pub main: HopLink,
    /// Every link between the two actors in scope, the main one first.
    pub links: Vec<HopLink>,
}

/// One chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chain {
    /// The actors' ids, first to last.
    pub actors: Vec<String>,
    /// The hops.
    pub hops: Vec<Hop>,
    /// Number of hops.
    pub length: usize,
    /// Credibility: the product of the main links' grade weights.
    pub score: f64,
    /// For time-ordered chains: the earliest date the chain can reach its end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival: Option<String>,
}

/// The chains between two actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chains {
    /// Where the chains start.
    pub from: Named,
    /// Where they end.
    pub to: Named,
    /// The chains, best first.
    pub chains: Vec<Chain>,
    /// True when the search stopped at its limit: more chains may exist.
    pub truncated: bool,
    /// Why there is no chain, when there is none; or what limited the search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

fn kind_code(kind: ActorKind) -> u8 {
    ActorKind::ALL.iter().position(|&k| k == kind).unwrap_or(0) as u8
}

/// Chains found, as actor sequences with the links chosen by time order.
struct Found {
    chains: Vec<paths::EnumeratedChain>,
    cut: bool,
}

/// One chain query: the graph, the scope, the options and the two ends.
#[derive(Clone, Copy)]
struct Ask<'a> {
    graph: &'a ActorGraph,
    scope: &'a Scope,
    query: &'a ChainQuery,
    from: NodeIndex,
    to: NodeIndex,
}

/// The snapshot searches walk, for a scope and a query's direction and passing rules.
pub(crate) fn search_graph<'a>(
    view: &'a ScopedGraph,
    undirected: bool,
    passable: &'a [bool],
) -> SearchGraph<'a> {
    SearchGraph::snapshot(&view.out, &view.inc, undirected, passable)
}

/// The chains `query` asks for on the snapshot `g` (built for the query's scope, direction and
/// passing rules), ranked, as actor sequences.
fn search(ask: &Ask<'_>, g: &SearchGraph<'_>) -> Found {
    let Ask {
        graph,
        scope,
        query,
        from,
        to,
    } = *ask;
    let g = *g;
    let (s, t) = (from.index() as u32, to.index() as u32);
    // Per-link vectors are built only for the queries that read them: on a million-link graph
    // each is a pass over every link.
    let weight = |e: u32| graph.link(EdgeIndex::new(e as usize)).link.grade.weight();
    if !query.enumerates() {
        let costs: Vec<f64> = if query.most_credible {
            graph.links().map(|l| -l.link.grade.weight().ln()).collect()
        } else {
            Vec::new()
        };
        let cost = if query.most_credible {
            Cost::Weighted(&costs)
        } else {
            Cost::Hops
        };
        let max_hops = query.max_hops.unwrap_or(usize::MAX);
        let chains = paths::k_shortest(&g, s, t, query.k, cost, max_hops)
            .into_iter()
            .map(|c| paths::EnumeratedChain {
                actors: c.actors,
                links: Vec::new(),
                arrival: None,
            })
            .collect();
        return Found { chains, cut: false };
    }
    let kinds: Vec<u8> = if query.pattern.is_some() {
        graph.actors().map(|(_, a)| kind_code(a.kind)).collect()
    } else {
        Vec::new()
    };
    let filter = ChainFilter {
        via: query.via.iter().map(|n| n.index() as u32).collect(),
        pattern: query
            .pattern
            .as_ref()
            .map(|p| (kinds.as_slice(), p.iter().map(|&k| kind_code(k)).collect())),
    };
    let days: Vec<Option<(i32, i32)>> = if query.in_time_order {
        graph.links().map(|l| link_days(l.link.date)).collect()
    } else {
        Vec::new()
    };
    let time = TimeOrder {
        days: &days,
        allow_undated: scope.undated == Undated::Allow,
        max_gap: query.max_gap_days,
    };
    let max_hops = query.max_hops.unwrap_or(DEFAULT_ENUMERATION_HOPS);
    let limit = if query.all {
        query.limit
    } else {
        paths::WORK_BUDGET
    };
    let found = paths::enumerate(
        &g,
        s,
        t,
        max_hops,
        limit,
        &filter,
        query.in_time_order.then_some(&time),
    );
    let mut chains = found.chains;
    // The score shown: the product of the main links' weights (the links time order chose,
    // else each hop's most credible link).
    let credibility = |c: &paths::EnumeratedChain| -> f64 {
        if !c.links.is_empty() {
            return c.links.iter().map(|&e| weight(e)).product();
        }
        c.actors
            .windows(2)
            .map(|w| {
                g.hop_links(w[0], w[1])
                    .iter()
                    .map(|&e| weight(e))
                    .fold(0.0, f64::max)
            })
            .product()
    };
    if query.earliest_arrival {
        chains.sort_by(|a, b| {
            let key = |c: &paths::EnumeratedChain| (c.arrival.is_none(), c.arrival);
            key(a)
                .cmp(&key(b))
                .then(a.actors.len().cmp(&b.actors.len()))
                .then(a.actors.cmp(&b.actors))
        });
    } else if query.most_credible {
        chains.sort_by(|a, b| {
            credibility(b)
                .total_cmp(&credibility(a))
                .then(a.actors.len().cmp(&b.actors.len()))
                .then(a.actors.cmp(&b.actors))
        });
    } else {
        chains.sort_by(|a, b| {
            a.actors
                .len()
                .cmp(&b.actors.len())
                .then(a.actors.cmp(&b.actors))
        });
    }
    if !query.all {
        chains.truncate(query.k);
    }
    Found {
        chains,
        cut: found.cut,
    }
}

fn hop_link(graph: &ActorGraph, edge: u32, u: u32) -> HopLink {
    let link_ref = graph.link(EdgeIndex::new(edge as usize));
    let link = link_ref.link;
    HopLink {
        facts: LinkFacts::of(link),
        direction: if link_ref.from.index() as u32 == u {
            Traversal::Forward
        } else {
            Traversal::Backward
        },
        evidence: link.evidence().to_vec(),
    }
}

/// The hop `u → v` with every link that carries it in scope; the main link is `chosen` when
/// given, else the most credible (the earliest added among equals).
pub(crate) fn build_hop(
    graph: &ActorGraph,
    g: &SearchGraph<'_>,
    u: u32,
    v: u32,
    chosen: Option<u32>,
) -> Hop {
    let mut edges = g.hop_links(u, v);
    let main = chosen.unwrap_or_else(|| {
        *edges
            .iter()
            .max_by(|&&a, &&b| {
                let w = |e: u32| graph.link(EdgeIndex::new(e as usize)).link.grade.weight();
                w(a).total_cmp(&w(b)).then(b.cmp(&a))
            })
            .expect("a hop has a link")
    });
    edges.retain(|&e| e != main);
    edges.insert(0, main);
    let links: Vec<HopLink> = edges.iter().map(|&e| hop_link(graph, e, u)).collect();
    Hop {
        from: graph.actor(NodeIndex::new(u as usize)).id.clone(),
        to: graph.actor(NodeIndex::new(v as usize)).id.clone(),
        main: links[0].clone(),
        links,
    }
}

fn build_chain(graph: &ActorGraph, g: &SearchGraph<'_>, found: &paths::EnumeratedChain) -> Chain {
    let hops: Vec<Hop> = found
        .actors
        .windows(2)
        .enumerate()
        .map(|(i, pair)| build_hop(graph, g, pair[0], pair[1], found.links.get(i).copied()))
        .collect();
    let score = hops.iter().map(|h| h.main.facts.weight).product();
    Chain {
        actors: found
            .actors
            .iter()
            .map(|&a| graph.actor(NodeIndex::new(a as usize)).id.clone())
            .collect(),
        length: hops.len(),
        hops,
        score,
        arrival: found.arrival.map(day_to_date),
    }
}

/// A day number (since 1970-01-01) as an ISO date.
fn day_to_date(day: i32) -> String {
    // Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The chains from `from` to `to` in `scope` that `query` asks for, best first, with a notice
/// saying why when there is none.
///
/// ```
/// use linkchart::{chains, io, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let dprk = resolve::resolve(&graph, "North Korea").unwrap();
/// let japan = resolve::resolve(&graph, "Japan").unwrap();
/// let found = chains::find_chains(&graph, &Scope::default(), &Default::default(), dprk, japan);
/// let first = &found.chains[0];
/// assert_eq!(first.actors.first().unwrap(), "north_korea");
/// assert!(first.hops.iter().all(|h| !h.main.evidence.is_empty()));
/// ```
pub fn find_chains(
    graph: &ActorGraph,
    scope: &Scope,
    query: &ChainQuery,
    from: NodeIndex,
    to: NodeIndex,
) -> Chains {
    find_chains_in(graph, None, scope, query, from, to)
}

/// [`find_chains`] on the snapshot `view` of `scope` when the caller already built one; without
/// it, the links are read on demand: a chain search touches a small part of the graph, and a
/// snapshot of a million links would cost more than the search.
pub(crate) fn find_chains_in(
    graph: &ActorGraph,
    view: Option<&ScopedGraph>,
    scope: &Scope,
    query: &ChainQuery,
    from: NodeIndex,
    to: NodeIndex,
) -> Chains {
    let live;
    let (links, passable) = match view {
        Some(view) => (
            Adjacency::Snapshot {
                out: &view.out,
                inc: &view.inc,
            },
            query
                .pass
                .passable(graph, &view.removed, |v| view.degree(v)),
        ),
        None => {
            live = scope.live(graph);
            let passable = query
                .pass
                .passable(graph, live.removed(), |v| live.degree(v));
            (Adjacency::Live(&live), passable)
        }
    };
    let g = SearchGraph {
        links,
        undirected: query.undirected,
        passable: &passable,
    };
    let ask = Ask {
        graph,
        scope,
        query,
        from,
        to,
    };
    find_chains_on(&ask, &g)
}

/// The chains `ask` asks for on the search graph `g`.
fn find_chains_on(ask: &Ask<'_>, g: &SearchGraph<'_>) -> Chains {
    let graph = ask.graph;
    let found = search(ask, g);
    let chains: Vec<Chain> = found
        .chains
        .iter()
        .map(|c| build_chain(graph, g, c))
        .collect();
    let notice = if chains.is_empty() {
        Some(absence(ask, g))
    } else if found.cut {
        Some(if ask.query.all {
            format!(
                "search cut at the limit of {} chains (--limit): more chains exist",
                ask.query.limit
            )
        } else {
            "search cut at its work budget: these are the best chains among those examined"
                .to_owned()
        })
    } else {
        None
    };
    Chains {
        from: Named::of(graph, ask.from),
        to: Named::of(graph, ask.to),
        chains,
        truncated: found.cut,
        notice,
    }
}

/// Why there is no chain: no connection at all, only against the links' direction, or none
/// within the scope, hops or time order asked.
fn absence(ask: &Ask<'_>, g: &SearchGraph<'_>) -> String {
    let Ask {
        graph, from, to, ..
    } = *ask;
    let (a, b) = (&graph.actor(from).name, &graph.actor(to).name);
    if from == to {
        return format!("{a} is both ends: a chain joins two different actors");
    }
    let one = |query: &ChainQuery, scope: &Scope, g: &SearchGraph<'_>| {
        let ask = Ask {
            scope,
            query,
            ..*ask
        };
        !search(&ask, g).chains.is_empty()
    };
    let single = ChainQuery {
        k: 1,
        all: false,
        ..ask.query.clone()
    };
    if !ask.query.undirected {
        let undirected = ChainQuery {
            undirected: true,
            ..single.clone()
        };
        let both_ways = SearchGraph {
            undirected: true,
            ..*g
        };
        if one(&undirected, ask.scope, &both_ways) {
            return format!(
                "no chain from {a} to {b} follows the links' direction; one exists ignoring direction (--undirected)"
            );
        }
    }
    let everything = Scope {
        all_categories: true,
        ..Scope::default()
    };
    let wide = ChainQuery {
        k: 1,
        undirected: true,
        ..ChainQuery::default()
    };
    let everything_live = everything.live(graph);
    let everyone = vec![true; graph.actor_count()];
    if one(
        &wide,
        &everything,
        &SearchGraph {
            links: Adjacency::Live(&everything_live),
            undirected: true,
            passable: &everyone,
        },
    ) {
        format!(
            "no chain from {a} to {b} within the scope, hops, intermediaries or time order asked; \
             they are connected outside it (try --category all, --undirected, or fewer constraints)"
        )
    } else {
        format!("{a} and {b} are not connected at all: no chain of any links joins them")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    /// Chains read on demand from the graph equal chains found on a snapshot, option by option:
    /// the live links come in the snapshot's order, so even ties break the same way.
    #[test]
    fn live_and_snapshot_searches_agree() {
        let graph = crate::io::load(&[]).expect("bundled graph").graph;
        let ids = [
            "north_korea",
            "japan",
            "south_korea",
            "russia",
            "china",
            "nakhodka",
        ];
        let nodes: Vec<NodeIndex> = ids.iter().map(|id| graph.node(id).unwrap()).collect();
        let hub = graph.node("china").unwrap();
        let scopes = [
            Scope::default(),
            Scope {
                all_categories: true,
                remove: vec![hub],
                ..Scope::default()
            },
            Scope {
                categories: vec![Category::Goods, Category::Transport],
                ..Scope::default()
            },
        ];
        let queries = [
            ChainQuery::default(),
            ChainQuery {
                undirected: true,
                k: 3,
                ..ChainQuery::default()
            },
            ChainQuery {
                most_credible: true,
                ..ChainQuery::default()
            },
            ChainQuery {
                all: true,
                max_hops: Some(4),
                undirected: true,
                ..ChainQuery::default()
            },
            ChainQuery {
                pass: PassFilter {
                    max_degree: Some(20),
                    ..PassFilter::default()
                },
                undirected: true,
                ..ChainQuery::default()
            },
        ];
        let mut found = 0;
        for scope in &scopes {
            let view = scope.view(&graph);
            for query in &queries {
                for &from in &nodes {
                    for &to in &nodes {
                        let live = find_chains(&graph, scope, query, from, to);
                        let snapshot = find_chains_in(&graph, Some(&view), scope, query, from, to);
                        assert_eq!(live, snapshot, "{from:?} → {to:?} in {scope:?}, {query:?}");
                        found += live.chains.len();
                    }
                }
            }
        }
        assert!(found > 100, "the queries find chains: {found}");
    }
}

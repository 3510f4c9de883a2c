//! Ranking actors by centrality, in a scope and per period, and explaining a score: the plain
//! serializable results that `rank` and `why` print.
//!
//! Centrality runs on the *simple* graph of the scope (parallel links between two actors count
//! once, as in the networkx `DiGraph` or `Graph` built from the same links; a self-loop counts
//! as networkx counts it), with the removed actors taken out entirely. `--weighted` degree sums
//! the grade weights of every link at an actor.

use std::collections::HashMap;

use petgraph::graph::NodeIndex;
use serde::Serialize;

use crate::algo::centrality::{
    self, BetweennessOptions, Direction, EigenvectorOptions, PageRankOptions,
};
use crate::algo::Csr;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::model::{ActorKind, PartialDate};
use crate::scope::{Scope, Undated};

/// A centrality measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Measure {
    /// Links in and out, over n − 1.
    Degree,
    /// Links in, over n − 1.
    InDegree,
    /// Links out, over n − 1.
    OutDegree,
    /// Share of shortest chains between other actors that pass through the actor (Brandes).
    Betweenness,
    /// Inverse mean distance from the actors that reach it (Wasserman–Faust for disconnected
    /// graphs).
    Closeness,
    /// Sum of inverse distances from the other actors.
    Harmonic,
    /// PageRank.
    Pagerank,
    /// Eigenvector centrality.
    Eigenvector,
    /// Burt's constraint: low constraint marks a broker across structural holes.
    Constraint,
}

impl Measure {
    /// The measure's name as written on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::InDegree => "in-degree",
            Measure::OutDegree => "out-degree",
            Measure::Betweenness => "betweenness",
            Measure::Closeness => "closeness",
            Measure::Harmonic => "harmonic",
            Measure::Pagerank => "pagerank",
            Measure::Eigenvector => "eigenvector",
            Measure::Constraint => "constraint",
        }
    }

    /// Whether a lower score ranks higher (constraint: the least constrained are the brokers).
    pub fn lower_is_higher(self) -> bool {
        self == Measure::Constraint
    }
}

/// How to rank.
#[derive(Debug, Clone)]
pub struct RankQuery {
    /// The measure.
    pub measure: Measure,
    /// Follow links in their direction (the default for every measure).
    pub directed: bool,
    /// Normalize as networkx does (degree, betweenness).
    pub normalized: bool,
    /// Degree weighted by grade.
    pub weighted: bool,
    /// Betweenness estimated from this many sampled sources, with this seed.
    pub sample: Option<(usize, u64)>,
    /// PageRank damping.
    pub damping: f64,
    /// PageRank: stop when the L1 change of the whole score vector is below this.
    pub tolerance: f64,
    /// Rank only actors of this kind (computed on the whole scoped graph).
    pub kind: Option<ActorKind>,
    /// Keep the first N.
    pub top: Option<usize>,
}

impl Default for RankQuery {
    fn default() -> Self {
        RankQuery {
            measure: Measure::Degree,
            directed: true,
            normalized: true,
            weighted: false,
            sample: None,
            damping: 0.85,
            tolerance: 1e-10,
            kind: None,
            top: None,
        }
    }
}

/// One ranked actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// The score (`null` where the measure is undefined, e.g. constraint of an isolated actor).
    pub score: Option<f64>,
    /// Position, from 1; equal scores share a rank (1, 2, 2, 4).
    pub rank: usize,
    /// With periods: the rank in the previous period, if ranked there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_rank: Option<usize>,
}

/// The ranking of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    /// The period: `2017` or `2017-Q3`.
    pub period: String,
    /// The ranking on the links dated in it.
    pub scores: Vec<Score>,
}

/// A ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    /// The measure.
    pub measure: &'static str,
    /// Whether links were followed in their direction.
    pub directed: bool,
    /// Whether scores are normalized.
    pub normalized: bool,
    /// The actors, best first.
    pub scores: Vec<Score>,
    /// With `--sample`: the number of sampled sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampled: Option<usize>,
    /// With `--per-period`: one ranking per period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periods: Option<Vec<Period>>,
}

/// The scoped simple graph over the actors that are not removed.
pub(crate) struct Snapshot {
    /// The simple graph, nodes renumbered `0..kept.len()`.
    pub simple: Csr,
    /// The multigraph with the same numbering (edge ids are link indices).
    pub multi: Csr,
    /// Actor node of each snapshot node.
    pub kept: Vec<NodeIndex>,
    /// Snapshot node of each actor node (`u32::MAX` when removed).
    positions: Vec<u32>,
}

impl Snapshot {
    pub(crate) fn new(graph: &ActorGraph, scope: &Scope) -> Snapshot {
        let (out, removed) = scope.out_links(graph);
        let mut position = vec![u32::MAX; graph.actor_count()];
        let mut kept = Vec::with_capacity(graph.actor_count());
        for (node, _) in graph.actors() {
            if !removed[node.index()] {
                position[node.index()] = kept.len() as u32;
                kept.push(node);
            }
        }
        // With nobody removed the numbering is the graph's own: no copy to renumber.
        let multi = if kept.len() == graph.actor_count() {
            out
        } else {
            Csr::from_edge_passes(kept.len(), || {
                out.edges()
                    .map(|(u, v, e)| (position[u as usize], position[v as usize], e))
            })
        };
        Snapshot {
            simple: multi.simple(),
            multi,
            kept,
            positions: position,
        }
    }

    /// The snapshot node of an actor, if kept.
    pub(crate) fn position(&self, node: NodeIndex) -> Option<u32> {
        Some(self.positions[node.index()]).filter(|&p| p != u32::MAX)
    }
}

fn direction(directed: bool) -> Direction {
    if directed {
        Direction::Directed
    } else {
        Direction::Undirected
    }
}

/// The weight of each simple edge: the sum of the grade weights of the links it stands for.
fn hop_weights(graph: &ActorGraph, snapshot: &Snapshot) -> Vec<f64> {
    let mut weights = vec![0.0; graph.link_count()];
    let mut first: HashMap<(u32, u32), u32> = HashMap::new();
    for (u, v, e) in snapshot.simple.edges() {
        first.insert((u, v), e);
    }
    for (u, v, e) in snapshot.multi.edges() {
        let w = graph
            .link(petgraph::graph::EdgeIndex::new(e as usize))
            .link
            .grade
            .weight();
        weights[first[&(u, v)] as usize] += w;
    }
    weights
}

/// The scores of every kept actor, in snapshot order (`None` where undefined).
fn scores(graph: &ActorGraph, snapshot: &Snapshot, query: &RankQuery) -> Result<Vec<Option<f64>>> {
    let g = &snapshot.simple;
    let dir = direction(query.directed);
    let n = g.node_count();
    let scale = |values: Vec<f64>| -> Vec<Option<f64>> { values.into_iter().map(Some).collect() };
    let unnormalize = |values: Vec<f64>| -> Vec<f64> {
        if query.normalized || n < 2 {
            values
        } else {
            values.into_iter().map(|x| x * (n - 1) as f64).collect()
        }
    };
    let failed =
        |e: centrality::CentralityError| Error::Usage(format!("{}: {e}", query.measure.name()));
    Ok(match query.measure {
        Measure::Degree | Measure::InDegree | Measure::OutDegree if query.weighted => {
            let weights = hop_weights(graph, snapshot);
            scale(match query.measure {
                Measure::InDegree => centrality::weighted_in_degree(g, &weights),
                Measure::OutDegree => centrality::weighted_out_degree(g, &weights),
                _ => centrality::weighted_degree(g, dir, &weights),
            })
        }
        Measure::Degree => scale(unnormalize(centrality::degree_centrality(g, dir))),
        Measure::InDegree => scale(unnormalize(centrality::in_degree_centrality(g))),
        Measure::OutDegree => scale(unnormalize(centrality::out_degree_centrality(g))),
        Measure::Betweenness => {
            let mut options = BetweennessOptions::new(dir).normalized(query.normalized);
            if let Some((k, seed)) = query.sample {
                options = options.sample(k.min(n), seed);
            }
            scale(centrality::betweenness_centrality(g, &options))
        }
        Measure::Closeness => scale(centrality::closeness_centrality(g, dir, true)),
        Measure::Harmonic => scale(centrality::harmonic_centrality(g, dir)),
        Measure::Pagerank => {
            let mut options = PageRankOptions::new(dir);
            options.alpha = query.damping;
            options.tolerance = query.tolerance;
            scale(centrality::pagerank(g, &options).map_err(failed)?.scores)
        }
        Measure::Eigenvector => scale(
            centrality::eigenvector_centrality(g, &EigenvectorOptions::new(dir)).map_err(failed)?,
        ),
        Measure::Constraint => centrality::constraint(g, dir),
    })
}

/// Orders scored actors best first (score, then id), assigns competition ranks, and keeps the
/// ones of the asked kind, up to `top`.
fn ranked(
    graph: &ActorGraph,
    snapshot: &Snapshot,
    values: &[Option<f64>],
    query: &RankQuery,
) -> Vec<Score> {
    let mut order: Vec<usize> = (0..values.len())
        .filter(|&i| {
            query
                .kind
                .is_none_or(|k| graph.actor(snapshot.kept[i]).kind == k)
        })
        .collect();
    let key = |i: usize| match values[i] {
        Some(x) if query.measure.lower_is_higher() => -x,
        Some(x) => x,
        None => f64::NEG_INFINITY,
    };
    let best_first = |&a: &usize, &b: &usize| {
        key(b).total_cmp(&key(a)).then_with(|| {
            graph
                .actor(snapshot.kept[a])
                .id
                .cmp(&graph.actor(snapshot.kept[b]).id)
        })
    };
    // With `top`, only the best `top` are sorted and named: the order is total, so they are the
    // same as the first `top` of a full sort, and their competition ranks depend only on the
    // actors before them.
    if let Some(top) = query.top.filter(|&top| top < order.len()) {
        if top == 0 {
            order.clear();
        } else {
            order.select_nth_unstable_by(top - 1, best_first);
            order.truncate(top);
        }
    }
    order.sort_by(best_first);
    let mut scores: Vec<Score> = Vec::with_capacity(order.len());
    for (position, &i) in order.iter().enumerate() {
        let rank = match scores.last() {
            Some(last) if last.score == values[i] => last.rank,
            _ => position + 1,
        };
        let actor = graph.actor(snapshot.kept[i]);
        scores.push(Score {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            score: values[i],
            rank,
            previous_rank: None,
        });
    }
    scores
}

/// Ranks the actors of `graph` in `scope` by `query.measure`.
///
/// ```
/// use linkchart::{io, rank, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let query = rank::RankQuery { measure: rank::Measure::Betweenness, kind: Some(linkchart::model::ActorKind::Port), ..Default::default() };
/// let ranking = rank::rank(&graph, &Scope::default(), &query).unwrap();
/// assert!(ranking.scores.iter().all(|s| s.kind == linkchart::model::ActorKind::Port));
/// assert_eq!(ranking.scores[0].rank, 1);
/// ```
pub fn rank(graph: &ActorGraph, scope: &Scope, query: &RankQuery) -> Result<Ranking> {
    let snapshot = Snapshot::new(graph, scope);
    let values = scores(graph, &snapshot, query)?;
    Ok(Ranking {
        measure: query.measure.name(),
        directed: query.directed,
        normalized: normalized(query),
        scores: ranked(graph, &snapshot, &values, query),
        sampled: (query.measure == Measure::Betweenness)
            .then_some(query.sample.map(|(k, _)| k.min(snapshot.kept.len())))
            .flatten(),
        periods: None,
    })
}

/// Whether the scores a query gives are normalized.
fn normalized(query: &RankQuery) -> bool {
    match query.measure {
        Measure::Degree | Measure::InDegree | Measure::OutDegree => {
            query.normalized && !query.weighted
        }
        Measure::Betweenness => query.normalized,
        Measure::Closeness | Measure::Pagerank | Measure::Eigenvector => true,
        Measure::Harmonic | Measure::Constraint => false,
    }
}

/// The length of the periods of `--per-period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodLength {
    /// Calendar years.
    Year,
    /// Calendar quarters.
    Quarter,
}

/// Ranks in each period that the links' dates cover, on the links dated in that period (undated
/// links are left out), and notes each actor's rank in the previous period.
pub fn rank_per_period(
    graph: &ActorGraph,
    scope: &Scope,
    query: &RankQuery,
    length: PeriodLength,
) -> Result<Ranking> {
    let mut ranking = rank(graph, scope, query)?;
    let filter = scope.filter();
    let dated = graph
        .links()
        .filter(|l| filter.keeps(l.link))
        .filter_map(|l| l.link.date);
    let (mut first, mut last) = (i32::MAX, i32::MIN);
    for span in dated {
        if let Some(start) = span.start() {
            first = first.min(start.year());
        }
        if let Some(end) = span.end() {
            last = last.max(end.year());
        }
    }
    let mut periods = Vec::new();
    let mut previous: HashMap<String, usize> = HashMap::new();
    for year in first..=last.max(first - 1) {
        let quarters: Vec<Option<u8>> = match length {
            PeriodLength::Year => vec![None],
            PeriodLength::Quarter => (1..=4).map(Some).collect(),
        };
        for quarter in quarters {
            let (since, until, label) = match quarter {
                None => (
                    PartialDate::new(year, None, None),
                    PartialDate::new(year, None, None),
                    year.to_string(),
                ),
                Some(q) => (
                    PartialDate::new(year, Some(3 * q - 2), None),
                    PartialDate::new(year, Some(3 * q), None),
                    format!("{year}-Q{q}"),
                ),
            };
            let period_scope = Scope {
                since: scope.since.max(since),
                until: match (scope.until, until) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                },
                undated: Undated::Deny,
                ..scope.clone()
            };
            let mut scores = rank(graph, &period_scope, query)?.scores;
            // Only the actors active in the period: a score, and for most measures a non-zero one.
            scores.retain(|s| {
                s.score
                    .is_some_and(|x| x != 0.0 || query.measure.lower_is_higher())
            });
            for score in &mut scores {
                score.previous_rank = previous.get(&score.id).copied();
            }
            previous = scores.iter().map(|s| (s.id.clone(), s.rank)).collect();
            periods.push(Period {
                period: label,
                scores,
            });
        }
    }
    ranking.periods = Some(periods);
    Ok(ranking)
}

/// An actor's id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorName {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// The `top` largest `(actor, share)` parts, largest first (ties by actor), named.
fn largest(
    mut parts: Vec<(u32, f64)>,
    top: usize,
    name_of: &dyn Fn(u32) -> ActorName,
) -> Vec<Contribution> {
    parts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    parts
        .into_iter()
        .take(top)
        .map(|(u, share)| Contribution {
            actor: name_of(u),
            share,
        })
        .collect()
}

fn actor_name(graph: &ActorGraph, node: NodeIndex) -> ActorName {
    let actor = graph.actor(node);
    ActorName {
        id: actor.id.clone(),
        name: actor.name.clone(),
    }
}

/// A pair of actors whose shortest chains run through the explained actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairShare {
    /// Where the chains start.
    pub from: ActorName,
    /// Where they end.
    pub to: ActorName,
    /// The share of the pair's shortest chains that pass through the actor.
    pub share: f64,
}

/// Links at the actor with one relation and direction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationCount {
    /// The relation.
    pub relation: String,
    /// `out` or `in`.
    pub direction: &'static str,
    /// How many links.
    pub links: usize,
}

/// An in-neighbour's part of a PageRank score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// The neighbour.
    pub actor: ActorName,
    /// Its part of the score.
    pub share: f64,
}

/// An actor at some distance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AtDistance {
    /// The actor.
    pub actor: ActorName,
    /// Hops from it to the explained actor (either way when undirected).
    pub distance: u32,
}

/// How many actors are at one distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DistanceCount {
    /// Hops.
    pub distance: u32,
    /// Actors that far.
    pub actors: usize,
}

/// Who reaches an actor and how far they are: what closeness and harmonic centrality sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// Actors that reach it (the score's `r`).
    pub reached: usize,
    /// The sum of their distances (closeness is `r / sum`, scaled by `r / (n - 1)`).
    pub distance_sum: u64,
    /// How many at each distance, nearest first.
    pub by_distance: Vec<DistanceCount>,
    /// The nearest actors (up to the asked number), by distance then id.
    pub nearest: Vec<AtDistance>,
}

/// The components of a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "measure", rename_all = "kebab-case")]
pub enum Components {
    /// The pairs whose shortest chains pass through the actor, largest share first.
    Betweenness {
        /// The pairs (up to the asked number).
        pairs: Vec<PairShare>,
        /// How many pairs there are in all.
        pair_count: usize,
        /// The sum of every pair's share (the unnormalized score).
        share_sum: f64,
        /// The factor from `share_sum` to the normalized score.
        scale: f64,
    },
    /// The links at the actor by relation and direction.
    Degree {
        /// Counts, most links first.
        relations: Vec<RelationCount>,
        /// Distinct neighbours (what the degree score counts).
        neighbours: usize,
    },
    /// The in-neighbours' contributions, largest first, with the teleport and dangling parts.
    Pagerank {
        /// The contributors (up to the asked number).
        contributors: Vec<Contribution>,
        /// The part every actor gets from random jumps.
        teleport: f64,
        /// The part spread from actors with no outgoing link.
        dangling: f64,
    },
    /// The actors that reach it, by distance.
    Closeness(Reach),
    /// The actors that reach it, by distance (harmonic sums `1 / distance`).
    Harmonic(Reach),
    /// Its in-neighbours' parts of the score (`x_v ∝ Σ x_u`), largest first.
    Eigenvector {
        /// The contributors (up to the asked number).
        contributors: Vec<Contribution>,
    },
    /// Its contacts' dyadic constraints `c_vj`, which sum to the score, largest first: the
    /// contacts that hem the actor in.
    Constraint {
        /// The contacts (up to the asked number).
        contacts: Vec<Contribution>,
    },
}

/// Why an actor ranks where it does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Why {
    /// The actor.
    pub actor: ActorName,
    /// Its score.
    pub score: Option<f64>,
    /// Its rank among all actors.
    pub rank: usize,
    /// The score's components.
    pub components: Components,
}

/// Explains `node`'s score under `query.measure` in `scope`: for betweenness the pairs whose
/// shortest chains run through it, for degree its links by relation, for PageRank and
/// eigenvector its top contributors, for closeness and harmonic the actors that reach it by
/// distance, for constraint its contacts' dyadic constraints. Lists at most `top` items.
///
/// ```
/// use linkchart::{io, rank, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let port = resolve::resolve(&graph, "Nakhodka").unwrap();
/// let query = rank::RankQuery { measure: rank::Measure::Betweenness, ..Default::default() };
/// let why = rank::why(&graph, &Scope::default(), &query, port, 10).unwrap();
/// if let rank::Components::Betweenness { share_sum, scale, .. } = why.components {
///     assert!((share_sum * scale - why.score.unwrap()).abs() < 1e-9);
/// }
/// ```
pub fn why(
    graph: &ActorGraph,
    scope: &Scope,
    query: &RankQuery,
    node: NodeIndex,
    top: usize,
) -> Result<Why> {
    let snapshot = Snapshot::new(graph, scope);
    let Some(v) = snapshot.position(node) else {
        return Err(Error::Usage(format!(
            "{} is removed from the graph (--remove): it has no score",
            graph.actor(node).name
        )));
    };
    let all = RankQuery {
        kind: None,
        top: None,
        ..query.clone()
    };
    let values = scores(graph, &snapshot, &all)?;
    let ranking = ranked(graph, &snapshot, &values, &all);
    let id = &graph.actor(node).id;
    let rank = ranking.iter().find(|s| &s.id == id).map_or(0, |s| s.rank);
    let n = snapshot.kept.len();
    let name_of = |i: u32| actor_name(graph, snapshot.kept[i as usize]);
    let components = match query.measure {
        Measure::Betweenness => {
            let pairs =
                centrality::betweenness_pairs(&snapshot.simple, direction(query.directed), v);
            let share_sum = pairs.iter().fold(0.0, |sum, p| sum + p.share);
            let pairs_possible = ((n.max(2) - 1) * (n.max(3) - 2)) as f64;
            let scale = match (query.normalized, query.directed) {
                (false, _) => 1.0,
                (true, true) => 1.0 / pairs_possible,
                (true, false) => 2.0 / pairs_possible,
            };
            Components::Betweenness {
                pair_count: pairs.len(),
                pairs: pairs
                    .iter()
                    .take(top)
                    .map(|p| PairShare {
                        from: name_of(p.source),
                        to: name_of(p.target),
                        share: p.share,
                    })
                    .collect(),
                share_sum,
                scale,
            }
        }
        Measure::Degree | Measure::InDegree | Measure::OutDegree => {
            let filter = scope.filter();
            let mut counts: Vec<RelationCount> = Vec::new();
            let directions = [
                (
                    petgraph::Direction::Outgoing,
                    "out",
                    query.measure != Measure::InDegree,
                ),
                (
                    petgraph::Direction::Incoming,
                    "in",
                    query.measure != Measure::OutDegree,
                ),
            ];
            for (dir, label, wanted) in directions {
                if !wanted {
                    continue;
                }
                for link in graph.links_at(node, dir) {
                    let other = if label == "out" { link.to } else { link.from };
                    if !filter.keeps(link.link) || snapshot.position(other).is_none() {
                        continue;
                    }
                    let relation = link.link.relation.name();
                    match counts
                        .iter_mut()
                        .find(|c| c.relation == relation && c.direction == label)
                    {
                        Some(count) => count.links += 1,
                        None => counts.push(RelationCount {
                            relation: relation.to_owned(),
                            direction: label,
                            links: 1,
                        }),
                    }
                }
            }
            counts.sort_by(|a, b| b.links.cmp(&a.links).then(a.relation.cmp(&b.relation)));
            let mut neighbours: Vec<u32> = Vec::new();
            if query.measure != Measure::InDegree {
                neighbours.extend(snapshot.simple.neighbors(v).iter().filter(|&&w| w != v));
            }
            if query.measure != Measure::OutDegree {
                let reversed = snapshot.simple.reversed();
                neighbours.extend(reversed.neighbors(v).iter().filter(|&&w| w != v));
            }
            neighbours.sort_unstable();
            neighbours.dedup();
            counts.truncate(top);
            Components::Degree {
                relations: counts,
                neighbours: neighbours.len(),
            }
        }
        Measure::Pagerank => {
            let mut options = PageRankOptions::new(direction(query.directed));
            options.alpha = query.damping;
            options.tolerance = query.tolerance;
            let pr: Vec<f64> = values.iter().map(|x| x.unwrap_or(0.0)).collect();
            let parts = centrality::pagerank_contributions(&snapshot.simple, &options, &pr, v);
            Components::Pagerank {
                contributors: largest(parts.neighbors.clone(), top, &name_of),
                teleport: parts.teleport,
                dangling: parts.dangling,
            }
        }
        Measure::Closeness | Measure::Harmonic => {
            let found = centrality::distances_to(&snapshot.simple, direction(query.directed), v);
            let mut by_distance: Vec<DistanceCount> = Vec::new();
            for &(_, d) in &found {
                match by_distance.last_mut() {
                    Some(count) if count.distance == d => count.actors += 1,
                    _ => by_distance.push(DistanceCount {
                        distance: d,
                        actors: 1,
                    }),
                }
            }
            let reach = Reach {
                reached: found.len(),
                distance_sum: found.iter().map(|&(_, d)| u64::from(d)).sum(),
                by_distance,
                nearest: found
                    .iter()
                    .take(top)
                    .map(|&(u, distance)| AtDistance {
                        actor: name_of(u),
                        distance,
                    })
                    .collect(),
            };
            if query.measure == Measure::Closeness {
                Components::Closeness(reach)
            } else {
                Components::Harmonic(reach)
            }
        }
        Measure::Eigenvector => {
            let x = |u: u32| values[u as usize].unwrap_or(0.0);
            let inward = if query.directed {
                snapshot.simple.reversed()
            } else {
                snapshot.simple.undirected().simple()
            };
            let from: Vec<u32> = inward.neighbors(v).to_vec();
            let total: f64 = from.iter().map(|&u| x(u)).sum();
            let score = x(v);
            let parts = from
                .iter()
                .map(|&u| {
                    let share = if total > 0.0 {
                        score * x(u) / total
                    } else {
                        0.0
                    };
                    (u, share)
                })
                .collect();
            Components::Eigenvector {
                contributors: largest(parts, top, &name_of),
            }
        }
        Measure::Constraint => {
            let parts =
                centrality::constraint_contacts(&snapshot.simple, direction(query.directed), v);
            Components::Constraint {
                contacts: largest(parts, top, &name_of),
            }
        }
    };
    Ok(Why {
        actor: actor_name(graph, node),
        score: values[v as usize],
        rank,
        components,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `top` selects before it sorts: the result is the full ranking's first `top`, ties and
    /// their competition ranks included (degree has many ties on the bundled graph).
    #[test]
    fn top_is_the_prefix_of_the_full_ranking() {
        let graph = crate::io::load(&[]).expect("bundled graph").graph;
        for measure in [Measure::Degree, Measure::Betweenness] {
            let full = RankQuery {
                measure,
                ..RankQuery::default()
            };
            let all = rank(&graph, &Scope::default(), &full).unwrap().scores;
            assert!(all.len() > 100);
            for top in [0, 1, 2, 5, 17, 40, all.len(), all.len() + 3] {
                let query = RankQuery {
                    top: Some(top),
                    ..full.clone()
                };
                let some = rank(&graph, &Scope::default(), &query).unwrap().scores;
                assert_eq!(some, all[..top.min(all.len())], "{measure:?}, top {top}");
            }
        }
    }
}

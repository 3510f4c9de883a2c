//! Scope: which links and actors a query may use (categories, relations, commodities, grades,
//! dates, removed actors), and the two ways algorithms read the scoped graph: a compact
//! snapshot ([`ScopedGraph`], built in one pass over every link, for measures and sweeps) or
//! the graph itself filtered on demand ([`LiveScope`], for searches that touch few actors).

use petgraph::graph::{EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::algo::paths::LiveLinks;
use crate::algo::Csr;
use crate::graph::ActorGraph;
use crate::model::{ActorKind, Category, DateSpan, Grade, Link, PartialDate};
use crate::resolve::normalize;

/// What to do with undated links when a time constraint (`--since`, `--until`, time order)
/// is asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Undated {
    /// An undated link may be at any time: it passes windows and never breaks time order.
    #[default]
    Allow,
    /// An undated link is dropped whenever a time constraint is asked.
    Deny,
}

/// Which links and actors a query may use. The default keeps the operational categories (see
/// [`Category::is_operational`]) and everything else.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Categories to keep; empty means the operational ones.
    pub categories: Vec<Category>,
    /// Keep every category (`--category all`).
    pub all_categories: bool,
    /// Relations to keep (by word); empty means all that the categories keep.
    pub relations: Vec<String>,
    /// Commodities to keep: a link whose commodity contains one of these (normalized) words.
    pub commodities: Vec<String>,
    /// The weakest grade to keep.
    pub min_grade: Option<Grade>,
    /// Keep links whose date overlaps this window.
    pub since: Option<PartialDate>,
    /// Keep links whose date overlaps this window.
    pub until: Option<PartialDate>,
    /// Policy for undated links under time constraints.
    pub undated: Undated,
    /// Actors taken out of the graph (what-if interdiction).
    pub remove: Vec<NodeIndex>,
}

impl Scope {
    /// Whether a time constraint is asked.
    pub fn has_window(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether `link` is in scope.
    ///
    /// ```
    /// use linkchart::model::{Link, Relation};
    /// use linkchart::scope::Scope;
    /// let statement = Link::new(Relation::known("accuses").unwrap());
    /// assert!(!Scope::default().keeps(&statement));
    /// assert!(Scope { all_categories: true, ..Scope::default() }.keeps(&statement));
    /// ```
    pub fn keeps(&self, link: &Link) -> bool {
        self.filter().keeps(link)
    }

    /// The scope's link test, prepared once (commodities normalized, window in days) for loops
    /// over every link.
    pub fn filter(&self) -> LinkFilter<'_> {
        LinkFilter {
            scope: self,
            commodities: self.commodities.iter().map(|c| normalize(c)).collect(),
            window: self.has_window().then(|| {
                (
                    self.since.map_or(i32::MIN, PartialDate::first_day),
                    self.until.map_or(i32::MAX, PartialDate::last_day),
                )
            }),
        }
    }

    /// The snapshot of the graph in this scope.
    pub fn view(&self, graph: &ActorGraph) -> ScopedGraph {
        let (out, removed) = self.out_links(graph);
        let inc = out.reversed();
        ScopedGraph { out, inc, removed }
    }

    /// The kept links by tail (node ids are actor node indices, edge ids link indices), and which
    /// actors were removed: the half of [`Scope::view`] that measures on out-links need.
    pub fn out_links(&self, graph: &ActorGraph) -> (Csr, Vec<bool>) {
        let removed = self.removed(graph);
        let filter = self.filter();
        let kept = || {
            graph
                .links()
                .filter(|link| {
                    !removed[link.from.index()]
                        && !removed[link.to.index()]
                        && filter.keeps(link.link)
                })
                .map(|link| {
                    (
                        link.from.index() as u32,
                        link.to.index() as u32,
                        link.index.index() as u32,
                    )
                })
        };
        let out = Csr::from_edge_passes(graph.actor_count(), kept);
        (out, removed)
    }

    /// The graph in this scope, read on demand: nothing is built but the removed-actor mask.
    pub fn live<'a>(&'a self, graph: &'a ActorGraph) -> LiveScope<'a> {
        LiveScope {
            graph,
            filter: self.filter(),
            removed: self.removed(graph),
        }
    }

    /// For every actor, whether `--remove` took it out.
    fn removed(&self, graph: &ActorGraph) -> Vec<bool> {
        let mut removed = vec![false; graph.actor_count()];
        for node in &self.remove {
            removed[node.index()] = true;
        }
        removed
    }
}

/// The graph in one scope read on demand: the links at an actor are its petgraph links that
/// the scope keeps, between actors it does not remove.
///
/// ```
/// use linkchart::{io, resolve, scope::Scope};
/// use linkchart::algo::paths::LiveLinks;
/// let graph = io::load(&[]).unwrap().graph;
/// let scope = Scope::default();
/// let live = scope.live(&graph);
/// let nakhodka = resolve::resolve(&graph, "Nakhodka").unwrap().index() as u32;
/// let view = scope.view(&graph);
/// let into: Vec<(u32, u32)> =
///     view.inc.neighbors(nakhodka).iter().copied().zip(view.inc.edge_ids(nakhodka).iter().copied()).collect();
/// assert_eq!(live.links_at(nakhodka, false), into);
/// ```
#[derive(Debug)]
pub struct LiveScope<'a> {
    graph: &'a ActorGraph,
    filter: LinkFilter<'a>,
    removed: Vec<bool>,
}

impl LiveScope<'_> {
    /// For every actor, whether the scope removed it.
    pub fn removed(&self) -> &[bool] {
        &self.removed
    }

    /// Number of kept links at `node`, in and out.
    pub fn degree(&self, node: u32) -> usize {
        [Direction::Outgoing, Direction::Incoming]
            .into_iter()
            .map(|direction| self.kept(node, direction).count())
            .sum()
    }

    /// The kept links at `node` in `direction` as `(other end, link id)`, newest first (the
    /// order petgraph keeps them in).
    fn kept(&self, node: u32, direction: Direction) -> impl Iterator<Item = (u32, u32)> + '_ {
        let graph = self.graph.petgraph();
        let pick_other: fn(&EdgeReference<'_, Link>) -> NodeIndex = match direction {
            Direction::Outgoing => |e| e.target(),
            Direction::Incoming => |e| e.source(),
        };
        let blocked = self.removed[node as usize];
        graph
            .edges_directed(NodeIndex::new(node as usize), direction)
            .filter(move |e| !blocked && !self.removed[pick_other(e).index()])
            .filter(|e| self.filter.keeps(e.weight()))
            .map(move |e| (pick_other(&e).index() as u32, e.id().index() as u32))
    }
}

impl LiveLinks for LiveScope<'_> {
    fn node_count(&self) -> usize {
        self.graph.actor_count()
    }

    fn link_count(&self) -> usize {
        self.graph.link_count()
    }

    fn links_at(&self, v: u32, outgoing: bool) -> Vec<(u32, u32)> {
        let direction = if outgoing {
            Direction::Outgoing
        } else {
            Direction::Incoming
        };
        let mut links: Vec<(u32, u32)> = self.kept(v, direction).collect();
        // The snapshot's order: out-links by link id (petgraph lists them newest first),
        // in-links by tail, then link id (the order `Csr::reversed` gives).
        if outgoing {
            links.reverse();
        } else {
            links.sort_unstable();
        }
        links
    }
}

/// A [`Scope`]'s test of links, prepared once.
#[derive(Debug, Clone)]
pub struct LinkFilter<'a> {
    scope: &'a Scope,
    commodities: Vec<String>,
    window: Option<(i32, i32)>,
}

impl LinkFilter<'_> {
    /// Whether `link` is in scope.
    pub fn keeps(&self, link: &Link) -> bool {
        let scope = self.scope;
        let category = link.relation.category();
        let category_kept = if scope.all_categories {
            true
        } else if scope.categories.is_empty() {
            category.is_operational()
        } else {
            scope.categories.contains(&category)
        };
        if !category_kept
            || (!scope.relations.is_empty()
                && !scope.relations.iter().any(|r| r == link.relation.name()))
        {
            return false;
        }
        if !self.commodities.is_empty() {
            let Some(commodity) = &link.commodity else {
                return false;
            };
            let commodity = normalize(commodity);
            if !self
                .commodities
                .iter()
                .any(|c| commodity.contains(c.as_str()))
            {
                return false;
            }
        }
        if scope
            .min_grade
            .is_some_and(|min| link.grade.weight() < min.weight())
        {
            return false;
        }
        match (self.window, link.date) {
            (None, _) => true,
            (Some((first, last)), Some(span)) => span.overlaps(first, last),
            (Some(_), None) => scope.undated == Undated::Allow,
        }
    }
}

/// The graph in one scope: the kept links as out- and in-adjacency (node ids are actor node
/// indices, edge ids are link indices), and which actors were removed.
#[derive(Debug, Clone)]
pub struct ScopedGraph {
    /// Links by tail.
    pub out: Csr,
    /// Links by head.
    pub inc: Csr,
    /// Actors removed from the graph.
    pub removed: Vec<bool>,
}

impl ScopedGraph {
    /// Number of kept links at `node`, in and out.
    pub fn degree(&self, node: u32) -> usize {
        self.out.out_degree(node) + self.inc.out_degree(node)
    }
}

/// Which actors a chain may pass through (its ends are always allowed): not removed, not avoided,
/// not of an avoided kind, not above a degree.
#[derive(Debug, Clone, Default)]
pub struct PassFilter {
    /// Actors chains must not pass through.
    pub avoid: Vec<NodeIndex>,
    /// Kinds of actor chains must not pass through.
    pub avoid_kinds: Vec<ActorKind>,
    /// Hub suppression: do not pass through actors with more links than this (in scope).
    pub max_degree: Option<usize>,
}

impl PassFilter {
    /// For every actor, whether a chain may pass through it; `removed` is the scope's removed-actor mask, `degree` an actor's number of links in scope.
    pub fn passable(
        &self,
        graph: &ActorGraph,
        removed: &[bool],
        degree: impl Fn(u32) -> usize,
    ) -> Vec<bool> {
        let mut passable: Vec<bool> = removed.iter().map(|r| !r).collect();
        for node in &self.avoid {
            passable[node.index()] = false;
        }
        if !self.avoid_kinds.is_empty() || self.max_degree.is_some() {
            for (node, actor) in graph.actors() {
                let v = node.index();
                if self.avoid_kinds.contains(&actor.kind)
                    || self.max_degree.is_some_and(|max| degree(v as u32) > max)
                {
                    passable[v] = false;
                }
            }
        }
        passable
    }
}

/// The days `(first, last)` a link's date covers; open for undated links.
pub fn link_days(date: Option<DateSpan>) -> Option<(i32, i32)> {
    date.map(|d| (d.first_day(), d.last_day()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The live links at every actor are the snapshot's, in the snapshot's order.
    #[test]
    fn live_links_equal_the_snapshot() {
        let graph = crate::io::load(&[]).expect("bundled graph").graph;
        let scope = Scope {
            remove: vec![graph.node("china").unwrap()],
            ..Scope::default()
        };
        let view = scope.view(&graph);
        let live = scope.live(&graph);
        for v in 0..graph.actor_count() as u32 {
            for (outgoing, csr) in [(true, &view.out), (false, &view.inc)] {
                let expected: Vec<(u32, u32)> = csr
                    .neighbors(v)
                    .iter()
                    .copied()
                    .zip(csr.edge_ids(v).iter().copied())
                    .collect();
                assert_eq!(
                    live.links_at(v, outgoing),
                    expected,
                    "actor {v}, {outgoing}"
                );
            }
            assert_eq!(live.degree(v), view.degree(v));
        }
    }
}

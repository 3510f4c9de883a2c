//! Scope: which links and actors a query may use (categories, relations, commodities, grades,
//! dates, removed actors), and the compact snapshot of the scoped graph the algorithms run on.

use petgraph::graph::NodeIndex;

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
        let mut removed = vec![false; graph.actor_count()];
        for node in &self.remove {
            removed[node.index()] = true;
        }
        let filter = self.filter();
        let mut pairs = Vec::with_capacity(graph.link_count());
        let mut ids = Vec::with_capacity(graph.link_count());
        for link in graph.links() {
            if removed[link.from.index()] || removed[link.to.index()] || !filter.keeps(link.link) {
                continue;
            }
            pairs.push((link.from.index() as u32, link.to.index() as u32));
            ids.push(link.index.index() as u32);
        }
        (
            Csr::from_edges_with_ids(graph.actor_count(), &pairs, &ids),
            removed,
        )
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
    /// For every actor, whether a chain may pass through it.
    pub fn passable(&self, graph: &ActorGraph, view: &ScopedGraph) -> Vec<bool> {
        let mut passable: Vec<bool> = view.removed.iter().map(|r| !r).collect();
        for node in &self.avoid {
            passable[node.index()] = false;
        }
        if !self.avoid_kinds.is_empty() || self.max_degree.is_some() {
            for (node, actor) in graph.actors() {
                let v = node.index();
                if self.avoid_kinds.contains(&actor.kind)
                    || self
                        .max_degree
                        .is_some_and(|max| view.degree(v as u32) > max)
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

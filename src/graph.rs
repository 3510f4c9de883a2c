//! [`ActorGraph`]: the petgraph graph of actors and links, the id → node index, and the sources.

mod id_index;

use indexmap::IndexMap;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::model::{Actor, ActorKind, Link, Source};
pub(crate) use id_index::IdIndex;

/// A directed multigraph of actors and evidence-carrying links.
///
/// Node indices follow the order in which actors were added, and so does the id index, so every
/// iteration — and every output built from one — is deterministic.
///
/// ```
/// use linkchart::{ActorGraph, model::{Actor, ActorKind, Link, Relation}};
/// let mut graph = ActorGraph::new();
/// let dprk = graph.add_actor(Actor::new("north_korea", "North Korea", ActorKind::State)).unwrap();
/// let port = graph.add_actor(Actor::new("nakhodka", "Nakhodka", ActorKind::Port)).unwrap();
/// graph.add_link(dprk, port, Link::new(Relation::known("ships_to").unwrap()));
/// assert_eq!(graph.node("nakhodka"), Some(port));
/// assert_eq!(graph.degree(dprk), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    /// The graph's title.
    pub title: Option<String>,
    /// Free text about the graph.
    pub description: Option<String>,
    /// The structure and the links. Node weights are empty: the actors live beside the graph
    /// in `actors`, at their node's index, so that a petgraph node is 8 bytes and adding a link
    /// (which updates both end nodes) touches a small, cache-resident array instead of two
    /// 270-byte actors; on a million-actor table that halves the time spent adding links.
    graph: DiGraph<(), Link>,
    /// The actor of each node, by node index.
    actors: Vec<Actor>,
    /// Whether `graph` is out with a loading thread ([`ActorGraph::detach_links`]): actors are
    /// then added without their petgraph nodes, which [`ActorGraph::attach_links`] adds.
    links_detached: bool,
    /// Id → node.
    ids: IdIndex,
    sources: IndexMap<String, Source>,
}

/// Adds a link to a graph handed out by [`ActorGraph::detach_links`], with the nodes up to its
/// ends (nodes carry nothing; their actors are in the [`ActorGraph`]).
pub(crate) fn add_detached_link(
    links: &mut DiGraph<(), Link>,
    from: NodeIndex,
    to: NodeIndex,
    link: Link,
) -> EdgeIndex {
    while links.node_count() <= from.index().max(to.index()) {
        links.add_node(());
    }
    links.add_edge(from, to, link)
}

/// A link with its endpoints, as iteration yields it.
#[derive(Debug, Clone, Copy)]
pub struct LinkRef<'a> {
    /// The link's index.
    pub index: EdgeIndex,
    /// Where it starts.
    pub from: NodeIndex,
    /// Where it ends.
    pub to: NodeIndex,
    /// The link.
    pub link: &'a Link,
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// An empty graph with room for `actors` actors and `links` links.
    pub fn with_capacity(actors: usize, links: usize) -> ActorGraph {
        ActorGraph {
            graph: DiGraph::with_capacity(actors, links),
            actors: Vec::with_capacity(actors),
            ids: IdIndex::with_capacity(actors),
            ..ActorGraph::default()
        }
    }

    /// Adds an actor; gives the existing node back as `Err` when the id is taken.
    pub fn add_actor(&mut self, actor: Actor) -> Result<NodeIndex, NodeIndex> {
        let hash = IdIndex::hash(actor.id.as_bytes());
        match self.ids.get(actor.id.as_bytes(), hash) {
            Some(existing) => Err(existing),
            None => Ok(self.add_new_actor(actor, hash)),
        }
    }

    /// Appends `actor`, whose id is not taken and hashes to `hash` ([`IdIndex::hash`]), at the
    /// next node index (with its petgraph node, unless the links are detached).
    pub(crate) fn add_new_actor(&mut self, actor: Actor, hash: u64) -> NodeIndex {
        let node = NodeIndex::new(self.actors.len());
        self.ids.insert(&actor.id, hash, node);
        self.actors.push(actor);
        if !self.links_detached {
            self.graph.add_node(());
        }
        node
    }

    /// The node of the actor with id `id`, adding an actor of that id, name and `kind` if there
    /// is none. Allocates only when it adds.
    pub fn ensure_actor(&mut self, id: &str, kind: ActorKind) -> NodeIndex {
        let hash = IdIndex::hash(id.as_bytes());
        match self.ids.get(id.as_bytes(), hash) {
            Some(node) => node,
            None => self.add_new_actor(Actor::new(id, id, kind), hash),
        }
    }

    /// Hands the petgraph graph (structure and links) to a loading thread, which adds links with
    /// [`add_detached_link`] while this one adds actors; [`ActorGraph::attach_links`] takes it
    /// back.
    pub(crate) fn detach_links(&mut self) -> DiGraph<(), Link> {
        debug_assert!(!self.links_detached);
        self.links_detached = true;
        std::mem::take(&mut self.graph)
    }

    /// Takes back the graph of [`ActorGraph::detach_links`], with a node for every actor added
    /// meanwhile.
    pub(crate) fn attach_links(&mut self, mut links: DiGraph<(), Link>) {
        while links.node_count() < self.actors.len() {
            links.add_node(());
        }
        self.graph = links;
        self.links_detached = false;
    }

    /// Makes room for `additional` more links.
    pub fn reserve_links(&mut self, additional: usize) {
        self.graph.reserve_edges(additional);
    }

    /// Adds a link from `from` to `to`.
    pub fn add_link(&mut self, from: NodeIndex, to: NodeIndex, link: Link) -> EdgeIndex {
        self.graph.add_edge(from, to, link)
    }

    /// Adds a source; gives it back as `Err` when the id is taken.
    pub fn add_source(&mut self, source: Source) -> Result<(), Source> {
        if self.sources.contains_key(&source.id) {
            return Err(source);
        }
        self.sources.insert(source.id.clone(), source);
        Ok(())
    }

    /// The position of the source with id `id`, in the order added.
    pub(crate) fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.get_index_of(id)
    }

    /// Replaces the source at `index` by one of the same id.
    pub(crate) fn replace_source(&mut self, index: usize, source: Source) {
        let (_, slot) = self.sources.get_index_mut(index).expect("index in range");
        debug_assert_eq!(slot.id, source.id);
        *slot = source;
    }

    /// The node of the actor with exactly this id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id.as_bytes(), IdIndex::hash(id.as_bytes()))
    }

    /// The node of the actor with exactly this id (as UTF-8), given the id's
    /// [`IdIndex::hash`].
    pub(crate) fn node_hashed(&self, id: &[u8], hash: u64) -> Option<NodeIndex> {
        self.ids.get(id, hash)
    }

    /// Starts reading what [`ActorGraph::node_hashed`] reads for an id of this hash into the
    /// cache, so that a lookup a little later does not wait for memory.
    pub(crate) fn prefetch_node(&self, hash: u64) {
        self.ids.prefetch(hash);
    }

    /// The actor at `node`.
    ///
    /// # Panics
    /// If `node` is not a node of this graph.
    pub fn actor(&self, node: NodeIndex) -> &Actor {
        &self.actors[node.index()]
    }

    /// The actor at `node`, to change it (its id must stay the same).
    pub(crate) fn actor_mut(&mut self, node: NodeIndex) -> &mut Actor {
        &mut self.actors[node.index()]
    }

    /// The link at `edge` with its endpoints.
    ///
    /// # Panics
    /// If `edge` is not a link of this graph.
    pub fn link(&self, edge: EdgeIndex) -> LinkRef<'_> {
        let (from, to) = self.graph.edge_endpoints(edge).expect("link of this graph");
        LinkRef {
            index: edge,
            from,
            to,
            link: &self.graph[edge],
        }
    }

    /// Every actor with its node, in the order added.
    pub fn actors(&self) -> impl ExactSizeIterator<Item = (NodeIndex, &Actor)> + '_ {
        self.actors
            .iter()
            .enumerate()
            .map(|(index, actor)| (NodeIndex::new(index), actor))
    }

    /// Every link with its endpoints, in the order added.
    pub fn links(&self) -> impl ExactSizeIterator<Item = LinkRef<'_>> + '_ {
        self.graph.edge_references().map(|e| LinkRef {
            index: e.id(),
            from: e.source(),
            to: e.target(),
            link: e.weight(),
        })
    }

    /// The links leaving (`Outgoing`) or reaching (`Incoming`) `node`, in the order added.
    pub fn links_at(&self, node: NodeIndex, direction: Direction) -> Vec<LinkRef<'_>> {
        let mut links: Vec<LinkRef<'_>> = self
            .graph
            .edges_directed(node, direction)
            .map(|e| LinkRef {
                index: e.id(),
                from: e.source(),
                to: e.target(),
                link: e.weight(),
            })
            .collect();
        links.sort_by_key(|l| l.index);
        links
    }

    /// The number of links at `node`, in and out (a self-loop counts twice).
    pub fn degree(&self, node: NodeIndex) -> usize {
        self.graph.edges_directed(node, Direction::Outgoing).count()
            + self.graph.edges_directed(node, Direction::Incoming).count()
    }

    /// The number of actors.
    pub fn actor_count(&self) -> usize {
        self.graph.node_count()
    }

    /// The number of links.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The sources, in the order added.
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &Source> + '_ {
        self.sources.values()
    }

    /// The source with id `id`.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// The underlying petgraph graph, for algorithms: the links as edge weights; the actors are
    /// [`ActorGraph::actor`] of each node index.
    pub fn petgraph(&self) -> &DiGraph<(), Link> {
        &self.graph
    }
}

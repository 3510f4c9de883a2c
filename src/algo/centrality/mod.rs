//! Centrality measures on [`Csr`] snapshots, each equal to its networkx 3.x counterpart.
//!
//! # Conventions shared by every measure
//!
//! * **Input.** Every measure takes the *simple* snapshot, `g.simple()`: parallel edges merged,
//!   self-loops kept once, rows sorted. Measures read edges as given; a snapshot with parallel
//!   edges counts them more than once, as a networkx multigraph would not.
//! * **Direction.** Every measure that exists for both kinds of graph takes a [`Direction`].
//!   With [`Direction::Directed`] the snapshot is read as the networkx `DiGraph` built from the
//!   same edge list. With [`Direction::Undirected`] it is read as the networkx `Graph` built from
//!   it: the measure derives the symmetric simple view itself (`g.undirected().simple()`), so
//!   two opposite edges `a -> b` and `b -> a` make one undirected link (the one with the smaller
//!   edge id, where ids matter). The caller never symmetrises.
//! * **Output.** Nodes are `0..g.node_count()`; a result is a `Vec` indexed by node.
//! * **Parallelism.** Measures that run one traversal per source (betweenness; closeness and
//!   harmonic, whose traversals go in batches of sources) spread the sources over the rayon
//!   thread pool in contiguous chunks, with one set of reusable buffers per chunk, and run the
//!   very same code on a single chunk on the calling thread below [`PARALLEL_THRESHOLD`] nodes. Chunk results are combined in chunk
//!   order, so a result does not depend on thread scheduling.
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use rayon::prelude::*;

use super::Csr;

mod betweenness;
mod bfs;
mod closeness;
mod constraint;
mod degree;
mod eigenvector;
mod harmonic;
mod msbfs;
mod pagerank;
mod rng;

pub use betweenness::{betweenness_centrality, betweenness_pairs, BetweennessOptions, PairShare};
pub use closeness::{closeness_centrality, distances_to};
pub use constraint::{constraint, constraint_contacts};
pub use degree::{
    degree_centrality, in_degree_centrality, out_degree_centrality, weighted_degree,
    weighted_in_degree, weighted_out_degree,
};
pub use eigenvector::{eigenvector_centrality, EigenvectorOptions};
pub use harmonic::harmonic_centrality;
pub use pagerank::{
    pagerank, pagerank_contributions, PageRank, PageRankContributions, PageRankOptions,
};
pub use rng::SplitMix64;

/// Below this many sources (nodes, or sampled sources) the per-source measures run sequentially
/// on the calling thread.
pub const PARALLEL_THRESHOLD: usize = 128;

/// How a measure reads the edges of a snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Edges are arcs `tail -> head` (a networkx `DiGraph`).
    Directed,
    /// Edges are links between two nodes (a networkx `Graph`).
    Undirected,
}

/// Why a centrality measure could not produce a result.
#[derive(Debug, Clone, PartialEq)]
pub enum CentralityError {
    /// A power iteration did not reach its tolerance within the allowed number of iterations.
    NotConverged {
        /// Iterations run.
        iterations: usize,
        /// L1 change of the score vector in the last iteration.
        last_change: f64,
    },
    /// A parameter is outside its domain; the message names it.
    InvalidArgument(&'static str),
}

impl fmt::Display for CentralityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CentralityError::NotConverged {
                iterations,
                last_change,
            } => write!(
                f,
                "power iteration did not converge in {iterations} iterations \
                 (last L1 change {last_change:e})"
            ),
            CentralityError::InvalidArgument(what) => write!(f, "invalid argument: {what}"),
        }
    }
}

impl std::error::Error for CentralityError {}

/// The graph a measure walks: the snapshot itself, or its symmetric simple view.
fn view(g: &Csr, direction: Direction) -> Cow<'_, Csr> {
    match direction {
        Direction::Directed => Cow::Borrowed(g),
        Direction::Undirected => Cow::Owned(g.undirected().simple()),
    }
}

/// Runs `work` over `0..len` split into contiguous ranges, each with its own state from `init`,
/// and returns the results in range order. Below `threshold` items there is one range, run on
/// the calling thread; otherwise the ranges go to the rayon pool.
fn chunked<S, T, I, W>(len: usize, threshold: usize, init: I, work: W) -> Vec<T>
where
    T: Send,
    I: Fn() -> S + Sync,
    W: Fn(&mut S, Range<usize>) -> T + Sync,
{
    if len < threshold || len < 2 {
        return vec![work(&mut init(), 0..len)];
    }
    let chunks = (rayon::current_num_threads() * 4).min(len);
    let size = len.div_ceil(chunks);
    (0..len.div_ceil(size))
        .into_par_iter()
        .map(|c| work(&mut init(), c * size..((c + 1) * size).min(len)))
        .collect()
}

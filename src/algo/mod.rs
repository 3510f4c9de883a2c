//! Algorithms on actor graphs and on their compact snapshots.

pub mod centrality;
pub mod connect;
mod csr;
pub mod cut;
pub mod paths;

pub use csr::Csr;

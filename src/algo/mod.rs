//! Algorithms on actor graphs and on their compact snapshots.

mod csr;
pub mod paths;

pub use csr::Csr;

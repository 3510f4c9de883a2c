//! Algorithms on actor graphs and on their compact snapshots.

mod csr;

pub use csr::Csr;

//! The brokers: the 15 actors with the highest betweenness (the share of shortest chains between
//! others that pass through them), sized by it. Writes `examples/top_betweenness.svg` (builtin
//! engine) and, when Graphviz is installed, `examples/top_betweenness.png`.
//!
//! `cargo run --example top_betweenness`
#![allow(clippy::print_stdout)]

use linkchart::rank::Measure;
mod common;

use common::save;
use linkchart::render::{self, Options, Selection};
use linkchart::{io, scope::Scope};

fn main() -> linkchart::Result<()> {
    let graph = io::load(&[])?.graph;
    let selection = Selection::Top {
        n: 15,
        measure: Measure::Betweenness,
    };
    let options = Options {
        size_by: Some(Measure::Betweenness),
        ..Options::default()
    };
    let picture = render::select(&graph, &Scope::default(), &selection, &options)?;
    save(&picture, "top_betweenness")
}

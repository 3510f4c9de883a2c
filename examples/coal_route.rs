//! The coal route: how North Korean coal reaches Japan and South Korea, through the Russian
//! ports, drawn left to right. Writes `examples/coal_route.svg` (builtin engine) and, when
//! Graphviz is installed, `examples/coal_route.png`.
//!
//! `cargo run --example coal_route`
#![allow(clippy::print_stdout)]

mod common;

use common::save;
use linkchart::render::{self, Options, Selection};
use linkchart::{io, resolve, scope::Scope};

fn main() -> linkchart::Result<()> {
    let graph = io::load(&[])?.graph;
    let scope = Scope {
        commodities: vec!["coal".into()],
        ..Scope::default()
    };
    let selection = Selection::Chains {
        from: resolve::resolve(&graph, "North Korea")?,
        to: vec![
            resolve::resolve(&graph, "Japan")?,
            resolve::resolve(&graph, "South Korea")?,
        ],
        query: Default::default(),
    };
    let picture = render::select(&graph, &scope, &selection, &Options::default())?;
    save(&picture, "coal_route")
}

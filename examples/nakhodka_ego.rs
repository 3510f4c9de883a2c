//! Who is around Nakhodka: the port's ego network (every actor one hop away, and the links among
//! them). Writes `examples/nakhodka_ego.svg` (builtin engine) and, when Graphviz is installed,
//! `examples/nakhodka_ego.png`.
//!
//! `cargo run --example nakhodka_ego`
#![allow(clippy::print_stdout)]

mod common;

use common::save;
use linkchart::render::{self, Options, Selection};
use linkchart::{io, resolve, scope::Scope};

fn main() -> linkchart::Result<()> {
    let graph = io::load(&[])?.graph;
    let selection = Selection::Focus {
        center: resolve::resolve(&graph, "Nakhodka")?,
        hops: 1,
    };
    let picture = render::select(&graph, &Scope::default(), &selection, &Options::default())?;
    save(&picture, "nakhodka_ego")
}

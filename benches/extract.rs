//! Extraction speed: a 1 MB report (a synthetic news paragraph repeated) against the bundled
//! gazetteer. Run: `cargo bench --bench extract`.

#![allow(clippy::print_stdout)] // a benchmark reports on stdout

use std::time::Instant;

use linkchart::extract::{extract, gazetteer::Gazetteer, Options};

const PARAGRAPH: &str = "The Togo-flagged tanker Blue Heron (IMO 9354521) reportedly loaded \
diesel at Nakhodka last August before sailing to Nampo, according to Reuters. Orchid Star Trading \
Co., Ltd., a Hong Kong-based shipping company, was sanctioned by the U.S. Treasury in March 2023. \
North Korean coal was allegedly shipped to Chinese ports, and Russia denied supplying fuel to \
North Korea.\n\n";

fn main() {
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(PARAGRAPH);
    }
    let graph = linkchart::io::load(&[]).expect("bundled graph").graph;
    let gazetteer = Gazetteer::from_graph(&graph);
    let options = Options {
        published: "2024-01".parse().ok(),
        ..Options::new("bench", "Benchmark")
    };
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let found = extract(&text, &gazetteer, &options);
        let seconds = start.elapsed().as_secs_f64();
        best = best.min(seconds);
        assert!(!found.links.is_empty());
    }
    println!("extract: {} bytes in {best:.3} s (best of 5)", text.len());
}

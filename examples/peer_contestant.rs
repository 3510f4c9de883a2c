//! A contestant for the peer benchmark harness (`../shared/bench/peers.py --lib cmd`).
//!
//! ```sh
//! cargo build --release --examples
//! target/release/examples/peer_contestant GRAPH.csv ALGO [SOURCE TARGET]
//! ```
//!
//! Loads a links table (`source,target` header) with [`linkchart::io::load`], runs one algorithm
//! through the library's public API, and prints ONE JSON line:
//!
//! ```json
//! {"load_s": 0.41, "algo_s": 0.003, "nodes": 100000, "links": 499975,
//!  "result": {"source": "n0", "target": "n99999", "length": 4}}
//! ```
//!
//! `load_s` is the whole load (read the file, parse the CSV, build the `ActorGraph`); `algo_s`
//! is the query as the `paths` command runs it: the scoped snapshot (`Scope::view`, CSR out- and
//! in-adjacency), the search, and the chains with their evidence. Both are timed with
//! `std::time::Instant`; the harness measures the whole process's wall time around them.
//!
//! SOURCE and TARGET are actor ids; without them, the smallest and the largest id in plain
//! string order (the harness's choice: it passes `{source}` `{target}`).
//!
//! Algorithms (one match arm each, so centrality measures can be added alongside):
//!
//! | ALGO | what |
//! |---|---|
//! | `bfs_shortest_path` | one shortest chain, links followed both ways (bidirectional BFS) |
//! | `bfs_shortest_path_directed` | the same, following the links' direction |
//! | `k5_shortest` | the 5 shortest distinct chains, directed (Yen over bidirectional BFS) |
//! | `k5_shortest_undirected` | the same, links followed both ways |
//! | `betweenness` | exact betweenness, undirected, normalized (`rank --by betweenness --undirected`) |
//! | `betweenness_approx` | the same from 256 sampled sources, seed 42 (`--sample 256 --seed 42`) |
//! | `closeness` | closeness, undirected, Wasserman–Faust (`rank --by closeness --undirected`) |
//! | `pagerank` | pagerank, directed, damping 0.85, until the L1 change is below 1e-6 |
//! | `degree` | degree centrality, undirected (`rank --by degree --undirected`) |
//!
//! `result.length` is the number of hops of the first (shortest) chain, `null` when there is
//! none; the k-shortest variants add `lengths`, the hops of every chain found. The centrality
//! measures print `top10` as the harness expects: `[[id, score], ...]`, best first.
//!
//! Exit codes: 0 ran, 2 bad arguments or input (message on stderr).

#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use linkchart::chains::{find_chains, ChainQuery};
use linkchart::rank::{rank, Measure, RankQuery};
use linkchart::scope::Scope;
use linkchart::ActorGraph;
use serde_json::{json, Value};

/// The allocator of the `linkchart` binary, so that the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The algorithms this contestant knows, with a line on each (for the usage message).
const ALGORITHMS: &[(&str, &str)] = &[
    (
        "bfs_shortest_path",
        "one shortest chain, links followed both ways",
    ),
    (
        "bfs_shortest_path_directed",
        "one shortest chain, following the links' direction",
    ),
    ("k5_shortest", "the 5 shortest distinct chains, directed"),
    (
        "k5_shortest_undirected",
        "the 5 shortest distinct chains, links followed both ways",
    ),
    ("betweenness", "exact betweenness, undirected, normalized"),
    (
        "betweenness_approx",
        "betweenness from 256 sampled sources, seed 42",
    ),
    ("closeness", "closeness, undirected"),
    ("pagerank", "pagerank, directed, L1 change below 1e-6"),
    ("degree", "degree centrality, undirected"),
];

fn usage() -> String {
    let algos: Vec<String> = ALGORITHMS
        .iter()
        .map(|(name, what)| format!("  {name:<28} {what}"))
        .collect();
    format!(
        "usage: peer_contestant CSV ALGO [SOURCE TARGET]\nsupported ALGO:\n{}",
        algos.join("\n")
    )
}

/// The `(source, target)` actor ids: given, or the smallest and largest id in string order.
fn endpoints(graph: &ActorGraph, given: &[String]) -> Result<(String, String), String> {
    match given {
        [s, t] => Ok((s.clone(), t.clone())),
        [] => {
            let ids = || graph.actors().map(|(_, a)| a.id.as_str());
            let min = ids().min().ok_or("the graph has no actors")?;
            let max = ids().max().ok_or("the graph has no actors")?;
            Ok((min.to_owned(), max.to_owned()))
        }
        _ => Err(format!(
            "give both SOURCE and TARGET, or neither\n{}",
            usage()
        )),
    }
}

/// Runs the chain query `query` between the actors `source` and `target`; the JSON result.
fn chains(
    graph: &ActorGraph,
    query: &ChainQuery,
    source: &str,
    target: &str,
) -> Result<Value, String> {
    let node = |id: &str| {
        graph
            .node(id)
            .ok_or_else(|| format!("no actor with id `{id}` in the graph"))
    };
    let (s, t) = (node(source)?, node(target)?);
    let found = find_chains(graph, &Scope::default(), query, s, t);
    let lengths: Vec<usize> = found.chains.iter().map(|c| c.length).collect();
    let mut result = json!({
        "source": source,
        "target": target,
        "length": lengths.first(),
    });
    if query.k > 1 {
        result["lengths"] = json!(lengths);
    }
    Ok(result)
}

/// Ranks every actor by `query`; the harness's `top10`.
fn top10(graph: &ActorGraph, query: RankQuery) -> Result<Value, String> {
    let query = RankQuery {
        top: Some(10),
        ..query
    };
    let ranking = rank(graph, &Scope::default(), &query).map_err(|e| e.to_string())?;
    Ok(json!(ranking
        .scores
        .iter()
        .map(|s| json!([s.id, s.score]))
        .collect::<Vec<_>>()))
}

fn run(args: &[String]) -> Result<Value, String> {
    let [csv, algo, rest @ ..] = args else {
        return Err(usage());
    };
    if !ALGORITHMS.iter().any(|(name, _)| name == algo) {
        return Err(format!("unknown algorithm `{algo}`\n{}", usage()));
    }

    let started = Instant::now();
    let loaded = linkchart::io::load(&[PathBuf::from(csv)]).map_err(|e| e.to_string())?;
    let load_s = started.elapsed().as_secs_f64();
    let graph = loaded.graph;

    let (source, target) = endpoints(&graph, rest)?;
    let shortest = |k: usize, undirected: bool| ChainQuery {
        k,
        undirected,
        ..ChainQuery::default()
    };
    let undirected = |measure: Measure| RankQuery {
        measure,
        directed: false,
        ..RankQuery::default()
    };
    let started = Instant::now();
    let mut top = None;
    let result = match algo.as_str() {
        "bfs_shortest_path" => chains(&graph, &shortest(1, true), &source, &target)?,
        "bfs_shortest_path_directed" => chains(&graph, &shortest(1, false), &source, &target)?,
        "k5_shortest" => chains(&graph, &shortest(5, false), &source, &target)?,
        "k5_shortest_undirected" => chains(&graph, &shortest(5, true), &source, &target)?,
        "betweenness" | "closeness" | "degree" | "betweenness_approx" | "pagerank" => {
            let query = match algo.as_str() {
                "betweenness" => undirected(Measure::Betweenness),
                "closeness" => undirected(Measure::Closeness),
                "degree" => undirected(Measure::Degree),
                "betweenness_approx" => RankQuery {
                    sample: Some((256, 42)),
                    ..undirected(Measure::Betweenness)
                },
                _ => RankQuery {
                    measure: Measure::Pagerank,
                    tolerance: 1e-6,
                    ..RankQuery::default()
                },
            };
            top = Some(top10(&graph, query)?);
            Value::Null
        }
        _ => unreachable!("checked against ALGORITHMS above"),
    };
    let algo_s = started.elapsed().as_secs_f64();

    let mut line = json!({
        "load_s": load_s,
        "algo_s": algo_s,
        "nodes": graph.actor_count(),
        "links": graph.link_count(),
    });
    match top {
        Some(top) => line["top10"] = top,
        None => line["result"] = result,
    }
    // As the `linkchart` command does: the graph is freed on a thread the exit does not wait for.
    std::thread::spawn(move || drop(graph));
    Ok(line)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("peer_contestant: {message}");
            ExitCode::from(2)
        }
    }
}

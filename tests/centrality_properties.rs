//! Properties every graph must satisfy, checked on the fixture graphs.

use std::fs;
use std::path::Path;

use linkchart::algo::centrality::{
    betweenness_centrality, betweenness_pairs, closeness_centrality, constraint, degree_centrality,
    eigenvector_centrality, harmonic_centrality, pagerank, BetweennessOptions, Direction,
    EigenvectorOptions, PageRankOptions, SplitMix64,
};
use linkchart::algo::Csr;
use serde_json::Value;

const DIRECTIONS: [Direction; 2] = [Direction::Undirected, Direction::Directed];

/// A fixture graph: its file, node count and edges.
type EdgeList = (String, usize, Vec<(u32, u32)>);

/// The fixture graphs as edge lists.
fn graphs() -> Vec<EdgeList> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/centrality");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 7);
    names
        .into_iter()
        .map(|path| {
            let json: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let n = json["nodes"].as_array().unwrap().len();
            let edges = json["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| (e[0].as_u64().unwrap() as u32, e[1].as_u64().unwrap() as u32))
                .collect();
            (path.display().to_string(), n, edges)
        })
        .collect()
}

#[track_caller]
fn assert_close(what: &str, actual: &[f64], expected: &[f64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (v, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            (a - e).abs() <= tol * e.abs().max(1.0),
            "{what}: node {v}: {a} vs {e}"
        );
    }
}

#[test]
fn leaves_have_no_betweenness() {
    for (name, n, edges) in graphs() {
        let g = Csr::from_edges(n, edges).simple();
        let sym = g.undirected().simple();
        let reversed = g.reversed();
        for direction in DIRECTIONS {
            let b = betweenness_centrality(&g, &BetweennessOptions::new(direction));
            for v in 0..n as u32 {
                let others = |h: &Csr| h.neighbors(v).iter().filter(|&&w| w != v).count();
                let leaf = match direction {
                    Direction::Undirected => others(&sym) <= 1,
                    Direction::Directed => others(&g) == 0 || others(&reversed) == 0,
                };
                if leaf {
                    assert_eq!(b[v as usize], 0.0, "{name} {direction:?} leaf {v}");
                }
            }
        }
    }
}

#[test]
fn renaming_nodes_permutes_scores() {
    for (name, n, edges) in graphs() {
        // perm[v] is the new name of v.
        let perm = SplitMix64::new(n as u64).sample(n, n);
        let g = Csr::from_edges(n, edges.iter().copied()).simple();
        let renamed = Csr::from_edges(
            n,
            edges
                .iter()
                .map(|&(u, v)| (perm[u as usize], perm[v as usize])),
        )
        .simple();
        let check = |what: &str, before: Vec<f64>, after: Vec<f64>, tol: f64| {
            assert_eq!(before.len(), after.len(), "{name} {what}");
            if after.is_empty() {
                return;
            }
            let back: Vec<f64> = (0..n).map(|v| after[perm[v] as usize]).collect();
            assert_close(&format!("{name} {what}"), &back, &before, tol);
        };
        for direction in DIRECTIONS {
            let each = |h: &Csr| {
                let b = betweenness_centrality(h, &BetweennessOptions::new(direction));
                let c = closeness_centrality(h, direction, true);
                let hc = harmonic_centrality(h, direction);
                let d = degree_centrality(h, direction);
                let pr = pagerank(h, &PageRankOptions::new(direction))
                    .unwrap()
                    .scores;
                // Read as directed, the undirected fixtures are acyclic and do not converge:
                // then both must fail.
                let ev = eigenvector_centrality(h, &EigenvectorOptions::new(direction))
                    .unwrap_or_default();
                let con: Vec<f64> = constraint(h, direction)
                    .into_iter()
                    .map(|c| c.unwrap_or(-1.0))
                    .collect();
                [b, c, hc, d, pr, ev, con]
            };
            let labels = ["betweenness", "closeness", "harmonic", "degree", "pagerank"];
            let labels = labels.iter().chain(&["eigenvector", "constraint"]);
            for ((label, before), after) in labels.zip(each(&g)).zip(each(&renamed)) {
                let tol = if label.starts_with('p') || label.starts_with('e') {
                    1e-9
                } else {
                    1e-12
                };
                check(&format!("{direction:?} {label}"), before, after, tol);
            }
        }
    }
}

#[test]
fn sampling_every_node_is_exact() {
    for (name, n, edges) in graphs() {
        let g = Csr::from_edges(n, edges).simple();
        for direction in DIRECTIONS {
            for normalized in [true, false] {
                let options = BetweennessOptions::new(direction).normalized(normalized);
                let exact = betweenness_centrality(&g, &options);
                let sampled = betweenness_centrality(&g, &options.sample(n, 99));
                assert_close(&name, &sampled, &exact, 1e-12);
            }
        }
    }
}

#[test]
fn sampling_is_reproducible_for_a_seed() {
    let (_, n, edges) = graphs().swap_remove(0);
    let g = Csr::from_edges(n, edges).simple();
    let options = BetweennessOptions::new(Direction::Undirected);
    let a = betweenness_centrality(&g, &options.sample(n / 2, 5));
    assert_eq!(a, betweenness_centrality(&g, &options.sample(n / 2, 5)));
    assert_ne!(a, betweenness_centrality(&g, &options.sample(n / 2, 6)));
}

#[test]
fn sequential_and_parallel_betweenness_agree() {
    for (name, n, edges) in graphs() {
        let g = Csr::from_edges(n, edges).simple();
        for direction in DIRECTIONS {
            let options = BetweennessOptions::new(direction);
            let sequential = betweenness_centrality(&g, &options.parallel_threshold(usize::MAX));
            let parallel = betweenness_centrality(&g, &options.parallel_threshold(0));
            assert_close(&name, &parallel, &sequential, 1e-12);
        }
    }
}

#[test]
fn pair_shares_add_up_to_betweenness() {
    for (name, n, edges) in graphs() {
        let g = Csr::from_edges(n, edges).simple();
        for direction in DIRECTIONS {
            let raw =
                betweenness_centrality(&g, &BetweennessOptions::new(direction).normalized(false));
            let normalized = betweenness_centrality(&g, &BetweennessOptions::new(direction));
            let scale = match direction {
                Direction::Directed => 1.0,
                Direction::Undirected => 2.0,
            } / ((n - 1) * (n - 2)) as f64;
            for v in 0..n as u32 {
                let pairs = betweenness_pairs(&g, direction, v);
                let sum: f64 = pairs.iter().map(|p| p.share).sum();
                assert!(
                    (sum - raw[v as usize]).abs() <= 1e-9,
                    "{name} {direction:?} {v}"
                );
                assert!((sum * scale - normalized[v as usize]).abs() <= 1e-12);
                assert!(pairs.windows(2).all(|w| w[0].share > w[1].share
                    || (w[0].share == w[1].share
                        && (w[0].source, w[0].target) < (w[1].source, w[1].target))));
                assert!(pairs.iter().all(|p| p.source != v
                    && p.target != v
                    && p.source != p.target
                    && p.share > 0.0
                    && p.share <= 1.0
                    && (direction == Direction::Directed || p.source < p.target)));
            }
        }
    }
}

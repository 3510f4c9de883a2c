//! Compares every measure with networkx on the fixtures written by
//! `tests/fixtures/centrality/generate.py` (see its header for the exact calls).

use std::fs;
use std::path::Path;

use linkchart::algo::centrality::{
    betweenness_centrality, closeness_centrality, constraint, degree_centrality,
    eigenvector_centrality, harmonic_centrality, in_degree_centrality, out_degree_centrality,
    pagerank, weighted_degree, weighted_in_degree, weighted_out_degree, BetweennessOptions,
    Direction, EigenvectorOptions, PageRankOptions,
};
use linkchart::algo::Csr;
use serde_json::Value;

/// Exact measures: agreement to 1e-9, relative to the size of the value when above 1.
const EXACT: f64 = 1e-9;
/// Iterative measures (PageRank, eigenvector).
const ITERATIVE: f64 = 1e-6;

const FIXTURES: [&str; 7] = [
    "karate",
    "florentine",
    "les_miserables",
    "davis",
    "gnp_directed_30",
    "gnp_directed_45",
    "gnp_directed_60",
];

struct Fixture {
    name: String,
    graph: Csr,
    weights: Vec<f64>,
    json: Value,
}

fn load(name: &str) -> Fixture {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/centrality")
        .join(format!("{name}.json"));
    let json: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let n = json["nodes"].as_array().unwrap().len();
    let edges: Vec<(u32, u32)> = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_u64().unwrap() as u32, e[1].as_u64().unwrap() as u32))
        .collect();
    let weights = floats(&json["weights"]);
    Fixture {
        name: name.to_string(),
        graph: Csr::from_edges(n, edges).simple(),
        weights,
        json,
    }
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

fn assert_close(what: &str, actual: &[f64], expected: &[f64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (v, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            (a - e).abs() <= tol * e.abs().max(1.0),
            "{what}: node {v}: got {a}, networkx {e}"
        );
    }
}

/// Runs `check` for every fixture and each direction it has results for.
fn each(check: impl Fn(&Fixture, Direction, &Value, &str)) {
    for name in FIXTURES {
        let fixture = load(name);
        for (key, direction) in [
            ("undirected", Direction::Undirected),
            ("directed", Direction::Directed),
        ] {
            if let Some(results) = fixture.json["results"].get(key) {
                check(
                    &fixture,
                    direction,
                    results,
                    &format!("{}/{key}", fixture.name),
                );
            }
        }
    }
}

#[test]
fn degree_matches_networkx() {
    each(|f, direction, r, at| {
        let g = &f.graph;
        assert_close(
            at,
            &degree_centrality(g, direction),
            &floats(&r["degree"]),
            EXACT,
        );
        assert_close(
            at,
            &weighted_degree(g, direction, &f.weights),
            &floats(&r["weighted_degree"]),
            EXACT,
        );
        if direction == Direction::Directed {
            assert_close(
                at,
                &in_degree_centrality(g),
                &floats(&r["in_degree"]),
                EXACT,
            );
            assert_close(
                at,
                &out_degree_centrality(g),
                &floats(&r["out_degree"]),
                EXACT,
            );
            assert_close(
                at,
                &weighted_in_degree(g, &f.weights),
                &floats(&r["weighted_in_degree"]),
                EXACT,
            );
            assert_close(
                at,
                &weighted_out_degree(g, &f.weights),
                &floats(&r["weighted_out_degree"]),
                EXACT,
            );
        }
    });
}

#[test]
fn betweenness_matches_networkx() {
    each(|f, direction, r, at| {
        let options = BetweennessOptions::new(direction);
        for threshold in [0, usize::MAX] {
            let options = options.parallel_threshold(threshold);
            let normalized = betweenness_centrality(&f.graph, &options);
            assert_close(at, &normalized, &floats(&r["betweenness"]), EXACT);
            let raw = betweenness_centrality(&f.graph, &options.normalized(false));
            assert_close(at, &raw, &floats(&r["betweenness_raw"]), EXACT);
        }
    });
}

#[test]
fn sampled_betweenness_matches_networkx_on_the_same_sources() {
    each(|f, direction, r, at| {
        let sampled = &r["betweenness_sampled"];
        let k = sampled["k"].as_u64().unwrap() as usize;
        let seed = sampled["seed"].as_u64().unwrap();
        let options = BetweennessOptions::new(direction).sample(k, seed);
        let normalized = betweenness_centrality(&f.graph, &options);
        assert_close(at, &normalized, &floats(&sampled["normalized"]), EXACT);
        let raw = betweenness_centrality(&f.graph, &options.normalized(false));
        assert_close(at, &raw, &floats(&sampled["raw"]), EXACT);
    });
}

#[test]
fn closeness_and_harmonic_match_networkx() {
    each(|f, direction, r, at| {
        let g = &f.graph;
        assert_close(
            at,
            &closeness_centrality(g, direction, true),
            &floats(&r["closeness"]),
            EXACT,
        );
        assert_close(
            at,
            &closeness_centrality(g, direction, false),
            &floats(&r["closeness_plain"]),
            EXACT,
        );
        assert_close(
            at,
            &harmonic_centrality(g, direction),
            &floats(&r["harmonic"]),
            EXACT,
        );
    });
}

#[test]
fn pagerank_matches_networkx() {
    each(|f, direction, r, at| {
        for run in r["pagerank"].as_array().unwrap() {
            let options = PageRankOptions {
                alpha: run["alpha"].as_f64().unwrap(),
                ..PageRankOptions::new(direction)
            };
            let pr = pagerank(&f.graph, &options).unwrap();
            assert!(pr.iterations > 0);
            assert_close(at, &pr.scores, &floats(&run["scores"]), ITERATIVE);
        }
    });
}

#[test]
fn eigenvector_matches_networkx() {
    each(|f, direction, r, at| {
        let x = eigenvector_centrality(&f.graph, &EigenvectorOptions::new(direction)).unwrap();
        assert_close(at, &x, &floats(&r["eigenvector"]), ITERATIVE);
    });
}

#[test]
fn constraint_matches_networkx() {
    each(|f, direction, r, at| {
        let expected: Vec<Option<f64>> = r["constraint"]
            .as_array()
            .unwrap()
            .iter()
            .map(Value::as_f64)
            .collect();
        let actual = constraint(&f.graph, direction);
        assert_eq!(
            actual.iter().map(Option::is_none).collect::<Vec<_>>(),
            expected.iter().map(Option::is_none).collect::<Vec<_>>(),
            "{at}: undefined nodes"
        );
        let defined = |c: &[Option<f64>]| c.iter().flatten().copied().collect::<Vec<f64>>();
        assert_close(at, &defined(&actual), &defined(&expected), EXACT);
    });
}

//! Every measure on hand-checked tiny graphs, with the expected values as exact fractions.

use linkchart::algo::centrality::{
    betweenness_centrality, betweenness_pairs, closeness_centrality, constraint, degree_centrality,
    eigenvector_centrality, harmonic_centrality, in_degree_centrality, out_degree_centrality,
    pagerank, pagerank_contributions, weighted_degree, weighted_in_degree, weighted_out_degree,
    BetweennessOptions, CentralityError, Direction, EigenvectorOptions, PageRankOptions, PairShare,
};
use linkchart::algo::Csr;

use Direction::{Directed, Undirected};

fn graph(n: usize, edges: &[(u32, u32)]) -> Csr {
    Csr::from_edges(n, edges.iter().copied()).simple()
}

#[track_caller]
fn assert_close(what: &str, actual: &[f64], expected: &[f64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (v, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            (a - e).abs() <= tol,
            "{what}: node {v}: got {a}, expected {e}"
        );
    }
}

/// What every measure should give on one graph read in one direction.
struct Expected {
    degree: Vec<f64>,
    betweenness: Vec<f64>,
    betweenness_raw: Vec<f64>,
    closeness: Vec<f64>,
    harmonic: Vec<f64>,
    pagerank: Vec<f64>,
    /// `None`: the power iteration does not converge (as in networkx).
    eigenvector: Option<Vec<f64>>,
    constraint: Vec<Option<f64>>,
}

#[track_caller]
fn check(g: &Csr, direction: Direction, e: &Expected) {
    const EXACT: f64 = 1e-12;
    const ITERATIVE: f64 = 1e-9;
    let at = |what: &str| format!("{direction:?} {what}");
    assert_close(
        &at("degree"),
        &degree_centrality(g, direction),
        &e.degree,
        EXACT,
    );
    let options = BetweennessOptions::new(direction);
    assert_close(
        &at("betweenness"),
        &betweenness_centrality(g, &options),
        &e.betweenness,
        EXACT,
    );
    let raw = betweenness_centrality(g, &options.normalized(false));
    assert_close(&at("raw betweenness"), &raw, &e.betweenness_raw, EXACT);
    for v in 0..g.node_count() as u32 {
        let shares: f64 = betweenness_pairs(g, direction, v)
            .iter()
            .map(|p| p.share)
            .sum();
        assert!(
            (shares - raw[v as usize]).abs() <= EXACT,
            "{direction:?} pairs of {v}"
        );
    }
    assert_close(
        &at("closeness"),
        &closeness_centrality(g, direction, true),
        &e.closeness,
        EXACT,
    );
    assert_close(
        &at("harmonic"),
        &harmonic_centrality(g, direction),
        &e.harmonic,
        EXACT,
    );
    let pr_options = PageRankOptions::new(direction);
    let pr = pagerank(g, &pr_options).unwrap().scores;
    assert_close(&at("pagerank"), &pr, &e.pagerank, ITERATIVE);
    for v in 0..g.node_count() as u32 {
        let parts = pagerank_contributions(g, &pr_options, &pr, v);
        assert!(
            (parts.total() - pr[v as usize]).abs() <= 1e-10,
            "{direction:?} parts of {v}"
        );
    }
    let eigen = eigenvector_centrality(g, &EigenvectorOptions::new(direction));
    match (&e.eigenvector, eigen) {
        (Some(expected), Ok(x)) => assert_close(&at("eigenvector"), &x, expected, ITERATIVE),
        (None, Err(CentralityError::NotConverged { iterations, .. })) => {
            assert_eq!(iterations, 10_000)
        }
        (expected, got) => panic!("{direction:?} eigenvector: got {got:?}, expected {expected:?}"),
    }
    let c = constraint(g, direction);
    assert_eq!(c.len(), e.constraint.len());
    for (v, (a, x)) in c.iter().zip(&e.constraint).enumerate() {
        match (a, x) {
            (Some(a), Some(x)) => assert!((a - x).abs() <= EXACT, "{direction:?} constraint {v}"),
            (None, None) => {}
            _ => panic!("{direction:?} constraint of {v}: got {a:?}, expected {x:?}"),
        }
    }
}

#[test]
fn star() {
    // 0 -> 1, 0 -> 2, 0 -> 3.
    let g = graph(4, &[(0, 1), (0, 2), (0, 3)]);
    let third = 1.0 / 3.0;
    check(
        &g,
        Undirected,
        &Expected {
            degree: vec![1.0, third, third, third],
            betweenness: vec![1.0, 0.0, 0.0, 0.0],
            betweenness_raw: vec![3.0, 0.0, 0.0, 0.0],
            closeness: vec![1.0, 3.0 / 5.0, 3.0 / 5.0, 3.0 / 5.0],
            harmonic: vec![3.0, 2.0, 2.0, 2.0],
            // x0 = 0.15/4 + 0.85 (1 - x0): x0 = 71/148, each leaf (1 - x0)/3 = 77/444.
            pagerank: vec![71.0 / 148.0, 77.0 / 444.0, 77.0 / 444.0, 77.0 / 444.0],
            eigenvector: Some(vec![
                0.5f64.sqrt(),
                (1.0f64 / 6.0).sqrt(),
                (1.0f64 / 6.0).sqrt(),
                (1.0f64 / 6.0).sqrt(),
            ]),
            constraint: vec![Some(third), Some(1.0), Some(1.0), Some(1.0)],
        },
    );
    check(
        &g,
        Directed,
        &Expected {
            degree: vec![1.0, third, third, third],
            betweenness: vec![0.0; 4],
            betweenness_raw: vec![0.0; 4],
            closeness: vec![0.0, third, third, third],
            harmonic: vec![0.0, 1.0, 1.0, 1.0],
            // Leaves dangle: x0 = 0.15/4 + 0.85 (1 - x0)/4, so x0 = 20/97.
            pagerank: vec![20.0 / 97.0, 77.0 / 291.0, 77.0 / 291.0, 77.0 / 291.0],
            // x0 stays, the leaves grow by x0 each step: no fixed point is reached.
            eigenvector: None,
            constraint: vec![Some(third), Some(1.0), Some(1.0), Some(1.0)],
        },
    );
    assert_eq!(in_degree_centrality(&g), vec![0.0, third, third, third]);
    assert_eq!(out_degree_centrality(&g), vec![1.0, 0.0, 0.0, 0.0]);
    let w = [1.0, 2.0, 4.0];
    assert_eq!(
        weighted_degree(&g, Undirected, &w),
        vec![7.0, 1.0, 2.0, 4.0]
    );
    assert_eq!(weighted_degree(&g, Directed, &w), vec![7.0, 1.0, 2.0, 4.0]);
    assert_eq!(weighted_in_degree(&g, &w), vec![0.0, 1.0, 2.0, 4.0]);
    assert_eq!(weighted_out_degree(&g, &w), vec![7.0, 0.0, 0.0, 0.0]);
    let pair = |source, target| PairShare {
        source,
        target,
        share: 1.0,
    };
    assert_eq!(
        betweenness_pairs(&g, Undirected, 0),
        vec![pair(1, 2), pair(1, 3), pair(2, 3)]
    );
    assert_eq!(betweenness_pairs(&g, Directed, 0), vec![]);
    let options = PageRankOptions::new(Directed);
    let pr = pagerank(&g, &options).unwrap().scores;
    let parts = pagerank_contributions(&g, &options, &pr, 1);
    assert_eq!(parts.neighbors, vec![(0, 0.85 * pr[0] / 3.0)]);
    assert_eq!(parts.teleport, (1.0 - 0.85) / 4.0);
    assert_eq!(parts.dangling, 0.85 * (pr[1] + pr[2] + pr[3]) / 4.0);
}

#[test]
fn path() {
    // 0 -> 1 -> 2 -> 3.
    let g = graph(4, &[(0, 1), (1, 2), (2, 3)]);
    let (third, two_thirds) = (1.0 / 3.0, 2.0 / 3.0);
    // P4's principal eigenvector: sin(jπ/5), j = 1..4, of squared norm 5/2.
    let s = |j: f64| (j * std::f64::consts::PI / 5.0).sin() * (2.0f64 / 5.0).sqrt();
    check(
        &g,
        Undirected,
        &Expected {
            degree: vec![third, two_thirds, two_thirds, third],
            betweenness: vec![0.0, two_thirds, two_thirds, 0.0],
            betweenness_raw: vec![0.0, 2.0, 2.0, 0.0],
            closeness: vec![0.5, 0.75, 0.75, 0.5],
            harmonic: vec![11.0 / 6.0, 2.5, 2.5, 11.0 / 6.0],
            // x0 = 0.15/4 + 0.85 x1/2 with x0 + x1 = 1/2: x0 = 10/57, x1 = 37/114.
            pagerank: vec![10.0 / 57.0, 37.0 / 114.0, 37.0 / 114.0, 10.0 / 57.0],
            eigenvector: Some(vec![s(1.0), s(2.0), s(3.0), s(4.0)]),
            constraint: vec![Some(1.0), Some(0.5), Some(0.5), Some(1.0)],
        },
    );
    // 3 dangles: every node gets c = 0.15/4 + 0.85 x3/4, then 0.85 times its predecessor.
    let c = 1.0 / 8.609125;
    check(
        &g,
        Directed,
        &Expected {
            degree: vec![third, two_thirds, two_thirds, third],
            betweenness: vec![0.0, third, third, 0.0],
            betweenness_raw: vec![0.0, 2.0, 2.0, 0.0],
            closeness: vec![0.0, third, 4.0 / 9.0, 0.5],
            harmonic: vec![0.0, 1.0, 1.5, 11.0 / 6.0],
            pagerank: vec![c, 1.85 * c, 2.5725 * c, 3.186625 * c],
            // A + I is unipotent on a DAG: the iterates drift towards node 3 ever more slowly.
            eigenvector: None,
            constraint: vec![Some(1.0), Some(0.5), Some(0.5), Some(1.0)],
        },
    );
    assert_eq!(in_degree_centrality(&g), vec![0.0, third, third, third]);
    assert_eq!(out_degree_centrality(&g), vec![third, third, third, 0.0]);
    assert_eq!(
        closeness_centrality(&g, Directed, false),
        vec![0.0, 1.0, two_thirds, 0.5]
    );
    assert_eq!(
        betweenness_pairs(&g, Directed, 1),
        vec![
            PairShare {
                source: 0,
                target: 2,
                share: 1.0
            },
            PairShare {
                source: 0,
                target: 3,
                share: 1.0
            },
        ]
    );
}

#[test]
fn cycle() {
    // 0 -> 1 -> 2 -> 3 -> 0.
    let g = graph(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
    let two_thirds = 2.0 / 3.0;
    check(
        &g,
        Undirected,
        &Expected {
            degree: vec![two_thirds; 4],
            // Each node carries half the paths between its two neighbours.
            betweenness: vec![1.0 / 6.0; 4],
            betweenness_raw: vec![0.5; 4],
            closeness: vec![0.75; 4],
            harmonic: vec![2.5; 4],
            pagerank: vec![0.25; 4],
            eigenvector: Some(vec![0.5; 4]),
            constraint: vec![Some(0.5); 4],
        },
    );
    check(
        &g,
        Directed,
        &Expected {
            degree: vec![two_thirds; 4],
            betweenness: vec![0.5; 4],
            betweenness_raw: vec![3.0; 4],
            closeness: vec![0.5; 4],
            harmonic: vec![11.0 / 6.0; 4],
            pagerank: vec![0.25; 4],
            eigenvector: Some(vec![0.5; 4]),
            constraint: vec![Some(0.5); 4],
        },
    );
    assert_eq!(
        betweenness_pairs(&g, Undirected, 2),
        vec![PairShare {
            source: 1,
            target: 3,
            share: 0.5
        }]
    );
}

#[test]
fn disconnected_pairs() {
    // 0 -> 1 and 2 -> 3, two components.
    let g = graph(4, &[(0, 1), (2, 3)]);
    let third = 1.0 / 3.0;
    check(
        &g,
        Undirected,
        &Expected {
            degree: vec![third; 4],
            betweenness: vec![0.0; 4],
            betweenness_raw: vec![0.0; 4],
            closeness: vec![third; 4],
            harmonic: vec![1.0; 4],
            pagerank: vec![0.25; 4],
            eigenvector: Some(vec![0.5; 4]),
            constraint: vec![Some(1.0); 4],
        },
    );
    check(
        &g,
        Directed,
        &Expected {
            degree: vec![third; 4],
            betweenness: vec![0.0; 4],
            betweenness_raw: vec![0.0; 4],
            closeness: vec![0.0, third, 0.0, third],
            harmonic: vec![0.0, 1.0, 0.0, 1.0],
            // x0 = 0.15/4 + 0.85 (x1 + x3)/4 with x0 + x1 = 1/2: x0 = 10/57.
            pagerank: vec![10.0 / 57.0, 37.0 / 114.0, 10.0 / 57.0, 37.0 / 114.0],
            eigenvector: None,
            constraint: vec![Some(1.0); 4],
        },
    );
    assert_eq!(in_degree_centrality(&g), vec![0.0, third, 0.0, third]);
    assert_eq!(out_degree_centrality(&g), vec![third, 0.0, third, 0.0]);
    assert_eq!(closeness_centrality(&g, Undirected, false), vec![1.0; 4]);
}

#[test]
fn self_loop() {
    // 0 -> 1 -> 2 with a self-loop on 1.
    let g = graph(3, &[(0, 1), (1, 1), (1, 2)]);
    check(
        &g,
        Undirected,
        &Expected {
            // The loop counts 2 towards the degree.
            degree: vec![0.5, 2.0, 0.5],
            betweenness: vec![0.0, 1.0, 0.0],
            betweenness_raw: vec![0.0, 1.0, 0.0],
            closeness: vec![2.0 / 3.0, 1.0, 2.0 / 3.0],
            harmonic: vec![1.5, 2.0, 1.5],
            // Node 1 has 3 out-links (one to itself): x0 = 0.05 + 0.85 x1/3 with
            // x1 = 1 - 2 x0, so x0 = 10/47.
            pagerank: vec![10.0 / 47.0, 27.0 / 47.0, 10.0 / 47.0],
            // λ = 2 with x1 = 2 x0 = 2 x2.
            eigenvector: Some(vec![
                (1.0f64 / 6.0).sqrt(),
                (4.0f64 / 6.0).sqrt(),
                (1.0f64 / 6.0).sqrt(),
            ]),
            // Every link (the loop too) weighs 2: p_01 = 1, p_1j = 1/3.
            constraint: vec![Some(16.0 / 9.0), Some(44.0 / 27.0), Some(16.0 / 9.0)],
        },
    );
    check(
        &g,
        Directed,
        &Expected {
            degree: vec![0.5, 2.0, 0.5],
            betweenness: vec![0.0, 0.5, 0.0],
            betweenness_raw: vec![0.0, 1.0, 0.0],
            closeness: vec![0.0, 0.5, 2.0 / 3.0],
            harmonic: vec![0.0, 1.0, 1.5],
            // x1 = c + 0.85 x0 + 0.85 x1/2, x2 = c + 0.85 x1/2 with x0 = c: c = 23/151.45.
            pagerank: vec![23.0 / 151.45, 74.0 / 151.45, 54.45 / 151.45],
            // The loop makes x1 grow as 2^k, x2 follows it, x0 fades.
            eigenvector: Some(vec![0.0, 0.5f64.sqrt(), 0.5f64.sqrt()]),
            // Mutual weights 1 (0, 1), 2 (the loop), 1 (1, 2): p_1 = (1/4, 1/2, 1/4).
            constraint: vec![Some(9.0 / 4.0), Some(59.0 / 32.0), Some(9.0 / 4.0)],
        },
    );
    assert_eq!(in_degree_centrality(&g), vec![0.0, 1.0, 0.5]);
    assert_eq!(out_degree_centrality(&g), vec![0.5, 1.0, 0.0]);
    let w = [1.0, 2.0, 4.0];
    assert_eq!(weighted_degree(&g, Undirected, &w), vec![1.0, 9.0, 4.0]);
    assert_eq!(weighted_degree(&g, Directed, &w), vec![1.0, 9.0, 4.0]);
    assert_eq!(weighted_in_degree(&g, &w), vec![0.0, 3.0, 4.0]);
    assert_eq!(weighted_out_degree(&g, &w), vec![1.0, 6.0, 0.0]);
}

#[test]
fn parallel_links_are_merged_by_simple() {
    let multi = Csr::from_edges(3, [(0, 1), (0, 1), (1, 2), (1, 2)]).simple();
    let path = graph(3, &[(0, 1), (1, 2)]);
    for direction in [Undirected, Directed] {
        let options = BetweennessOptions::new(direction);
        assert_eq!(
            betweenness_centrality(&multi, &options),
            betweenness_centrality(&path, &options)
        );
        assert_eq!(
            closeness_centrality(&multi, direction, true),
            closeness_centrality(&path, direction, true)
        );
        assert_eq!(
            harmonic_centrality(&multi, direction),
            harmonic_centrality(&path, direction)
        );
        let pr = PageRankOptions::new(direction);
        assert_eq!(pagerank(&multi, &pr), pagerank(&path, &pr));
        let ev = EigenvectorOptions::new(direction);
        assert_eq!(
            eigenvector_centrality(&multi, &ev),
            eigenvector_centrality(&path, &ev)
        );
        assert_eq!(constraint(&multi, direction), constraint(&path, direction));
    }
    assert_eq!(degree_centrality(&multi, Undirected), vec![0.5, 1.0, 0.5]);
    assert_eq!(
        betweenness_centrality(&multi, &BetweennessOptions::new(Undirected)),
        vec![0.0, 1.0, 0.0]
    );
    // The first of the parallel edges (ids 0 and 2) carries the weight.
    let w = [1.0, 2.0, 4.0, 8.0];
    assert_eq!(weighted_degree(&multi, Undirected, &w), vec![1.0, 5.0, 4.0]);
    assert_eq!(weighted_out_degree(&multi, &w), vec![1.0, 4.0, 0.0]);
    // Opposite edges are two arcs directed but one link undirected, with the smaller id.
    let both_ways = graph(2, &[(1, 0), (0, 1)]);
    assert_eq!(degree_centrality(&both_ways, Directed), vec![2.0, 2.0]);
    assert_eq!(degree_centrality(&both_ways, Undirected), vec![1.0, 1.0]);
    assert_eq!(
        weighted_degree(&both_ways, Undirected, &[3.0, 5.0]),
        vec![3.0, 3.0]
    );
    assert_eq!(
        weighted_degree(&both_ways, Directed, &[3.0, 5.0]),
        vec![8.0, 8.0]
    );
    assert_eq!(
        constraint(&both_ways, Undirected),
        constraint(&both_ways, Directed)
    );
}

#[test]
fn empty_graph() {
    let g = graph(0, &[]);
    for direction in [Undirected, Directed] {
        assert!(degree_centrality(&g, direction).is_empty());
        assert!(weighted_degree(&g, direction, &[]).is_empty());
        let options = BetweennessOptions::new(direction);
        assert!(betweenness_centrality(&g, &options).is_empty());
        assert!(betweenness_centrality(&g, &options.sample(0, 1)).is_empty());
        assert!(closeness_centrality(&g, direction, true).is_empty());
        assert!(harmonic_centrality(&g, direction).is_empty());
        let pr = pagerank(&g, &PageRankOptions::new(direction)).unwrap();
        assert!(pr.scores.is_empty());
        assert_eq!(pr.iterations, 0);
        let ev = eigenvector_centrality(&g, &EigenvectorOptions::new(direction)).unwrap();
        assert!(ev.is_empty());
        assert!(constraint(&g, direction).is_empty());
    }
    assert!(in_degree_centrality(&g).is_empty());
    assert!(out_degree_centrality(&g).is_empty());
    assert!(weighted_in_degree(&g, &[]).is_empty());
    assert!(weighted_out_degree(&g, &[]).is_empty());
}

#[test]
fn single_node() {
    let g = graph(1, &[]);
    for direction in [Undirected, Directed] {
        check(
            &g,
            direction,
            &Expected {
                // networkx gives every node 1 when n <= 1.
                degree: vec![1.0],
                betweenness: vec![0.0],
                betweenness_raw: vec![0.0],
                closeness: vec![0.0],
                harmonic: vec![0.0],
                pagerank: vec![1.0],
                eigenvector: Some(vec![1.0]),
                constraint: vec![None],
            },
        );
        assert_eq!(weighted_degree(&g, direction, &[]), vec![0.0]);
        assert_eq!(betweenness_pairs(&g, direction, 0), vec![]);
    }
    assert_eq!(in_degree_centrality(&g), vec![1.0]);
    assert_eq!(out_degree_centrality(&g), vec![1.0]);
}

#[test]
fn invalid_damping_is_an_error() {
    let g = graph(2, &[(0, 1)]);
    let options = PageRankOptions {
        alpha: 1.5,
        ..PageRankOptions::new(Directed)
    };
    assert_eq!(
        pagerank(&g, &options),
        Err(CentralityError::InvalidArgument("alpha must be in [0, 1]"))
    );
}

//! `rank` and `why` through the binary, on the small fixture graph.
//!
//! In the default (operational) scope the fixture is the directed path
//! capitol_city → northland → port_aleph → grey_tankers → southland (the `denies` statement is
//! out of scope), so every score below can be checked by hand: with n = 5, directed betweenness
//! is normalized by 1/((n−1)(n−2)) = 1/12.

mod common;

use common::run;
use serde_json::{json, Value};

const SMALL: &str = "tests/fixtures/graphs/small.json";

fn json_of(args: &[&str]) -> Value {
    let mut all = vec!["-g", SMALL, "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&run(&all, 0).0).unwrap()
}

fn scores(ranking: &Value) -> Vec<(String, f64, u64)> {
    ranking["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_owned(),
                s["score"].as_f64().unwrap(),
                s["rank"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn betweenness_on_a_path_with_ties_and_the_documented_shape() {
    let ranking = json_of(&["rank", "--by", "betweenness"]);
    assert_eq!(ranking["measure"], "betweenness");
    assert_eq!(ranking["directed"], true);
    assert_eq!(ranking["normalized"], true);
    assert!(ranking.get("sampled").is_none());
    let first = &ranking["scores"][0];
    assert_eq!(first["name"], "Port Áleph");
    assert_eq!(first["kind"], "port");
    let expected = [
        ("port_aleph", 4.0 / 12.0, 1),
        ("grey_tankers", 3.0 / 12.0, 2),
        ("northland", 3.0 / 12.0, 2),
        ("capitol_city", 0.0, 4),
        ("southland", 0.0, 4),
    ];
    let got = scores(&ranking);
    assert_eq!(got.len(), expected.len());
    for ((id, score, rank), (want_id, want_score, want_rank)) in got.iter().zip(expected) {
        assert_eq!((id.as_str(), *rank), (want_id, want_rank));
        assert!(close(*score, want_score), "{id}: {score} vs {want_score}");
    }
}

#[test]
fn kind_filters_the_list_but_not_the_computation() {
    let ranking = json_of(&["rank", "--by", "betweenness", "--kind", "port"]);
    let got = scores(&ranking);
    assert_eq!(got.len(), 1);
    assert!(close(got[0].1, 4.0 / 12.0));
}

#[test]
fn remove_takes_the_actor_out_of_the_graph() {
    // Without northland: capitol_city is alone, and port_aleph → grey_tankers → southland is a
    // path of the 4 remaining actors: grey_tankers carries 1 of (n−1)(n−2) = 6 ordered pairs.
    let ranking = json_of(&[
        "rank",
        "--by",
        "betweenness",
        "--remove",
        "Northland",
        "--top",
        "1",
    ]);
    let got = scores(&ranking);
    assert_eq!(got[0].0, "grey_tankers");
    assert!(close(got[0].1, 1.0 / 6.0));
}

#[test]
fn degree_plain_raw_and_weighted() {
    // northland: in from capitol_city (part_of, confirmed), out to port_aleph (ships_to, possible).
    let find =
        |ranking: &Value, id: &str| scores(ranking).into_iter().find(|s| s.0 == id).unwrap().1;
    assert!(close(
        find(&json_of(&["rank", "--by", "degree"]), "northland"),
        2.0 / 4.0
    ));
    let raw = json_of(&["rank", "--by", "degree", "--raw"]);
    assert_eq!(raw["normalized"], false);
    assert!(close(find(&raw, "northland"), 2.0));
    let weighted = json_of(&["rank", "--by", "degree", "--weighted"]);
    assert!(close(find(&weighted, "northland"), 1.0 + 0.6));
    assert!(close(
        find(
            &json_of(&["rank", "--by", "in-degree", "--raw"]),
            "northland"
        ),
        1.0
    ));
}

#[test]
fn sampling_every_source_gives_the_exact_scores() {
    let sampled = json_of(&[
        "rank",
        "--by",
        "betweenness",
        "--sample",
        "5",
        "--seed",
        "7",
    ]);
    assert_eq!(sampled["sampled"], 5);
    let exact = json_of(&["rank", "--by", "betweenness"]);
    for (a, b) in scores(&sampled).iter().zip(scores(&exact)) {
        assert_eq!(a.0, b.0);
        assert!(close(a.1, b.1));
    }
}

#[test]
fn statements_count_only_when_asked() {
    // With every category, northland also `denies` port_aleph: a parallel link in the same
    // direction, so the simple graph and the scores do not change.
    let all = json_of(&["rank", "--by", "betweenness", "--category", "all"]);
    assert_eq!(
        scores(&all),
        scores(&json_of(&["rank", "--by", "betweenness"]))
    );
}

#[test]
fn csv_output() {
    let (out, _) = run(
        &[
            "-g",
            SMALL,
            "rank",
            "--by",
            "betweenness",
            "--top",
            "2",
            "--format",
            "csv",
        ],
        0,
    );
    assert_eq!(
        out,
        "period,rank,id,name,kind,score\n,1,port_aleph,Port Áleph,port,0.3333333333333333\n,2,grey_tankers,Grey tankers,ship,0.25\n"
    );
}

#[test]
fn per_period_ranks_on_the_links_dated_in_each_period() {
    // ships_to is dated 2017-08 and part_of 2017/2018-02; the other links are undated.
    let ranking = json_of(&["rank", "--by", "degree", "--raw", "--per-period", "year"]);
    let periods = ranking["periods"].as_array().unwrap();
    let labels: Vec<&str> = periods
        .iter()
        .map(|p| p["period"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["2017", "2018"]);
    let ids = |p: &Value| -> Vec<(String, f64)> {
        scores(p)
            .into_iter()
            .map(|(id, score, _)| (id, score))
            .collect()
    };
    assert_eq!(
        ids(&periods[0]),
        [
            ("northland".to_owned(), 2.0),
            ("capitol_city".to_owned(), 1.0),
            ("port_aleph".to_owned(), 1.0)
        ]
    );
    assert_eq!(
        ids(&periods[1]),
        [
            ("capitol_city".to_owned(), 1.0),
            ("northland".to_owned(), 1.0)
        ]
    );
    assert_eq!(periods[1]["scores"][1]["previous_rank"], 1);
}

#[test]
fn why_betweenness_lists_the_pairs_and_sums_to_the_score() {
    let why = json_of(&["why", "aleph", "--by", "betweenness"]);
    assert_eq!(
        why["actor"],
        json!({"id": "port_aleph", "name": "Port Áleph"})
    );
    assert_eq!(why["rank"], 1);
    let components = &why["components"];
    assert_eq!(components["measure"], "betweenness");
    assert_eq!(components["pair_count"], 4);
    let pairs: Vec<(String, String, f64)> = components["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["from"]["id"].as_str().unwrap().to_owned(),
                p["to"]["id"].as_str().unwrap().to_owned(),
                p["share"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), 4);
    assert!(pairs.iter().all(|p| close(p.2, 1.0)));
    assert!(pairs.contains(&("capitol_city".to_owned(), "southland".to_owned(), 1.0)));
    let sum = components["share_sum"].as_f64().unwrap() * components["scale"].as_f64().unwrap();
    assert!(close(sum, why["score"].as_f64().unwrap()));
}

#[test]
fn why_degree_counts_links_by_relation() {
    let why = json_of(&["why", "northland", "--by", "degree", "--category", "all"]);
    let components = &why["components"];
    assert_eq!(components["neighbours"], 2);
    assert_eq!(
        components["relations"],
        json!([
            {"relation": "denies", "direction": "out", "links": 1},
            {"relation": "part_of", "direction": "in", "links": 1},
            {"relation": "ships_to", "direction": "out", "links": 1}
        ])
    );
}

#[test]
fn why_pagerank_contributions_add_up() {
    let why = json_of(&["why", "southland", "--by", "pagerank"]);
    let components = &why["components"];
    let from_neighbours = shares(&components["contributors"]);
    let total = from_neighbours
        + components["teleport"].as_f64().unwrap()
        + components["dangling"].as_f64().unwrap();
    assert!((total - why["score"].as_f64().unwrap()).abs() < 1e-9);
    assert_eq!(components["contributors"][0]["actor"]["id"], "grey_tankers");
}

/// The sum of a list of parts' `share`s.
fn shares(parts: &serde_json::Value) -> f64 {
    parts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["share"].as_f64().unwrap())
        .sum()
}

#[test]
fn why_closeness_gives_who_reaches_the_actor_and_the_score_follows() {
    let n = json_of(&["actors"]).as_array().unwrap().len() as f64;
    for measure in ["closeness", "harmonic"] {
        let why = json_of(&["why", "southland", "--by", measure, "--undirected"]);
        let reach = &why["components"];
        assert_eq!(reach["measure"], measure);
        let reached = reach["reached"].as_f64().unwrap();
        let counted: u64 = reach["by_distance"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["actors"].as_u64().unwrap())
            .sum();
        assert_eq!(counted as f64, reached);
        let score = why["score"].as_f64().unwrap();
        if measure == "closeness" {
            // Wasserman–Faust: (r / (n - 1)) · (r / Σd).
            let sum = reach["distance_sum"].as_f64().unwrap();
            assert!(close(score, reached / (n - 1.0) * reached / sum), "{why}");
        } else {
            let harmonic: f64 = reach["by_distance"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["actors"].as_f64().unwrap() / c["distance"].as_f64().unwrap())
                .sum();
            assert!(close(score, harmonic), "{why}");
        }
        let nearest = reach["nearest"].as_array().unwrap();
        assert_eq!(nearest[0]["distance"], 1);
    }
}

#[test]
fn why_constraint_and_eigenvector_parts_sum_to_the_score() {
    for (measure, key) in [("constraint", "contacts"), ("eigenvector", "contributors")] {
        let why = json_of(&[
            "why",
            "southland",
            "--by",
            measure,
            "--undirected",
            "--top",
            "100",
        ]);
        let parts = &why["components"][key];
        assert!(!parts.as_array().unwrap().is_empty(), "{why}");
        assert!(
            close(shares(parts), why["score"].as_f64().unwrap()),
            "{why}"
        );
    }
}

#[test]
fn csv_is_refused_where_it_has_no_meaning() {
    let (_, err) = run(&["-g", SMALL, "show", "aleph", "--format", "csv"], 2);
    assert_eq!(
        err,
        "linkchart: --format csv is available for `rank` and `actors`\n"
    );
}

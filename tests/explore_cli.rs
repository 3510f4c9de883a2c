//! `cut`, `connect` and `neighbours` through the binary, on the small fixture graph (in the
//! default scope the path capitol_city → northland → port_aleph → grey_tankers → southland).

mod common;

use serde_json::{json, Value};

const SMALL: &str = "tests/fixtures/graphs/small.json";

/// Runs linkchart on the small graph, expecting exit code `code`; gives stdout.
fn run(args: &[&str], code: i32) -> String {
    let mut all = vec!["-g", SMALL];
    all.extend_from_slice(args);
    common::run(&all, code).0
}

fn json_of(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--format", "json"]);
    serde_json::from_str(&run(&all, 0)).unwrap()
}

#[test]
fn cut_finds_the_single_chokepoint_nearest_the_source() {
    let cut = json_of(&["cut", "northland", "southland"]);
    assert_eq!(cut["from"], json!({"id": "northland", "name": "Northland"}));
    assert_eq!(cut["to"]["id"], "southland");
    assert_eq!(
        cut["cut"],
        json!([{"id": "port_aleph", "name": "Port Áleph", "chains": 1}])
    );
    assert_eq!(cut["direct"], false);
    assert_eq!(cut["chains_examined"], 1);
}

#[test]
fn cut_says_when_the_ends_are_directly_linked() {
    let cut = json_of(&["cut", "northland", "aleph"]);
    assert_eq!(cut["direct"], true);
    assert_eq!(cut["cut"], json!([]));
    let text = run(&["cut", "northland", "aleph"], 0);
    assert!(
        text.starts_with(
            "Northland and Port Áleph are directly linked: no intermediary can cut that link.\n"
        ),
        "{text}"
    );
}

#[test]
fn cut_with_no_chain_is_exit_1() {
    run(&["cut", "southland", "northland"], 1);
}

#[test]
fn connect_joins_with_the_intermediaries_it_needs() {
    let network = json_of(&["connect", "Capitol City", "Southland"]);
    assert_eq!(
        network["added"],
        json!(["northland", "port_aleph", "grey_tankers"])
    );
    assert_eq!(network["unreached"], json!([]));
    let hops: Vec<(&str, &str)> = network["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["from"].as_str().unwrap(), h["to"].as_str().unwrap()))
        .collect();
    assert_eq!(hops.len(), 4);
    let actors = network["actors"].as_array().unwrap();
    assert_eq!(
        actors[0],
        json!({"id": "capitol_city", "name": "Capitol", "kind": "place", "terminal": true})
    );
    assert_eq!(actors.len(), 5);
}

#[test]
fn connect_names_the_actors_it_cannot_join() {
    // With only statements kept, southland has no link at all.
    let network = json_of(&[
        "connect",
        "northland",
        "aleph",
        "southland",
        "--category",
        "statement",
    ]);
    assert_eq!(network["unreached"], json!(["southland"]));
    assert_eq!(network["links"].as_array().unwrap().len(), 1);
    assert_eq!(network["links"][0]["relation"], "denies");
}

#[test]
fn neighbours_lists_distance_and_the_hop_that_reached_each() {
    let ego = json_of(&["neighbours", "aleph", "--hops", "2"]);
    assert_eq!(
        ego["center"],
        json!({"id": "port_aleph", "name": "Port Áleph", "kind": "port"})
    );
    let actors: Vec<(&str, u64)> = ego["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a["distance"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        actors,
        [
            ("grey_tankers", 1),
            ("northland", 1),
            ("southland", 2),
            ("capitol_city", 2)
        ]
    );
    let northland = &ego["actors"][1];
    assert_eq!(northland["via"]["relation"], "ships_to");
    assert_eq!(northland["via"]["direction"], "backward");
    assert_eq!(northland["via"]["evidence"][0]["source"], "gazette");
    let directed = json_of(&["neighbours", "aleph", "--hops", "2", "--directed"]);
    let ids: Vec<&str> = directed["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["grey_tankers", "southland"]);
}

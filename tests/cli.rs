//! The binary, driven as a user would: exit codes, stdout, stderr, and the documented JSON shapes.

use std::path::{Path, PathBuf};

mod common;

use common::{json, run};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

const SMALL: &str = "tests/fixtures/graphs/small.json";

#[test]
fn info_json_has_the_documented_shape_and_values() {
    let info = json(&["-g", SMALL, "info", "--format", "json"]);
    assert_eq!(info["title"], "Small test graph");
    assert_eq!(info["actors"], 5);
    assert_eq!(info["links"], 5);
    assert_eq!(
        info["kinds"],
        serde_json::json!({"state": 2, "ship": 1, "port": 1, "place": 1})
    );
    assert_eq!(info["relations"]["ships_to"], 1);
    assert_eq!(
        info["categories"],
        serde_json::json!({"goods": 2, "transport": 1, "place": 1, "statement": 1})
    );
    assert_eq!(info["sources"][0]["id"], "gazette");
    assert_eq!(info["sources"][0]["title"], "Harbour Gazette, 3 March 2018");
    assert_eq!(
        info["dates"],
        serde_json::json!({"first": "2017", "last": "2018-02"})
    );
    assert_eq!(info["components"], 1);
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let before = run(&["--format", "json", "-g", SMALL, "actors"], 0).0;
    let after = run(&["actors", "-g", SMALL, "--format", "json"], 0).0;
    assert_eq!(before, after);
}

#[test]
fn show_resolves_names_ignoring_case_accents_and_punctuation() {
    for typed in [
        "port_aleph",
        "Port Áleph",
        "port aleph",
        "PORT-ALEPH",
        "aleph",
    ] {
        let card = json(&["-g", SMALL, "show", typed, "--format", "json"]);
        assert_eq!(card["actor"]["id"], "port_aleph", "{typed}");
    }
    let card = json(&["-g", SMALL, "show", "n land", "--format", "json"]);
    assert_eq!(card["actor"]["id"], "northland");
}

#[test]
fn show_json_has_the_documented_shape() {
    let card = json(&["-g", SMALL, "show", "Port Aleph", "--format", "json"]);
    assert_eq!(card["actor"]["name"], "Port Áleph");
    assert_eq!(card["actor"]["kind"], "port");
    assert_eq!(card["actor"]["aliases"], serde_json::json!(["Aleph"]));
    let links = card["links"].as_array().unwrap();
    assert_eq!(links.len(), 3);
    // Grouped by relation in order of first appearance; out before in within a relation.
    let relations: Vec<&str> = links
        .iter()
        .map(|l| l["relation"].as_str().unwrap())
        .collect();
    assert_eq!(relations, ["transfers_to", "ships_to", "denies"]);
    let shipped = &links[1];
    assert_eq!(shipped["direction"], "in");
    assert_eq!(
        shipped["other"],
        serde_json::json!({"id": "northland", "name": "Northland", "kind": "state"})
    );
    assert_eq!(shipped["category"], "goods");
    assert_eq!(shipped["commodity"], "coal");
    assert_eq!(shipped["date"], "2017-08");
    assert_eq!(shipped["grade"], "possible");
    assert_eq!(shipped["evidence"][0]["source"], "gazette");
    assert_eq!(
        shipped["evidence"][0]["quote"],
        "Coal from Northland was allegedly shipped to Port Aleph last August."
    );
    assert_eq!(links[0]["direction"], "out");
    assert_eq!(links[2]["grade"], "B2");
}

#[test]
fn show_table_prints_the_card_with_evidence() {
    let (out, _) = run(&["-g", SMALL, "show", "aleph"], 0);
    assert!(
        out.starts_with("Port Áleph (port; id port_aleph)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "ships_to (goods)\n  ← Northland [state]  coal, 2017-08, possible (allegedly)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "“Coal from Northland was allegedly shipped to Port Aleph last August.” — gazette"
        ),
        "{out}"
    );
}

#[test]
fn ambiguous_name_lists_every_candidate() {
    let (_, err) = run(&["-g", SMALL, "show", "capitol"], 2);
    assert_eq!(
        err,
        "linkchart: `capitol` is ambiguous: it names Northland (state, id `northland`), Capitol (place, id `capitol_city`); use an id\n"
    );
}

#[test]
fn unknown_name_suggests_the_closest_and_json_errors_go_to_stderr() {
    let (_, err) = run(&["-g", SMALL, "show", "Sothland"], 2);
    assert_eq!(
        err,
        "linkchart: no actor `Sothland`; did you mean one of: Southland (state, id `southland`), Northland (state, id `northland`)?\n"
    );
    let (out, err) = run(&["-g", SMALL, "show", "Sothland", "--format", "json"], 2);
    assert!(out.is_empty());
    let error: Value = serde_json::from_str(&err).unwrap();
    assert_eq!(error["error"]["kind"], "unknown_actor");
    assert_eq!(error["error"]["candidates"][0]["id"], "southland");
}

#[test]
fn actors_filters_by_kind_and_query() {
    let rows = json(&["-g", SMALL, "actors", "--kind", "state", "--format", "json"]);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["northland", "southland"]);
    assert_eq!(rows[0]["degree"], 3);
    assert_eq!(
        rows[0]["aliases"],
        serde_json::json!(["N. Land", "Capitol"])
    );
    assert_eq!(rows[0]["name"], "Northland");
    assert_eq!(rows[0]["kind"], "state");

    let (_, err) = run(&["-g", SMALL, "actors", "--kind", "vessel"], 2);
    assert!(
        err.contains("unknown actor kind `vessel`; valid kinds: state, firm, ship, port"),
        "{err}"
    );
    run(&["-g", SMALL, "actors", "zzz"], 1);
}

#[test]
fn validate_checks_quotes_against_the_reports() {
    let reports = fixture("reports");
    let (out, _) = run(
        &[
            "-g",
            SMALL,
            "validate",
            "--reports",
            reports.to_str().unwrap(),
        ],
        0,
    );
    assert!(
        out.ends_with(
            "valid: 5 actors, 5 links, 1 sources; 5 quotes checked; 0 errors, 1 warnings\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "the name `capitol` (normalized) belongs to several actors: northland, capitol_city"
        ),
        "{out}"
    );

    let dir = tempfile::tempdir().unwrap();
    let altered = std::fs::read_to_string(SMALL)
        .unwrap()
        .replace("sailed on to", "sailed to");
    let path = dir.path().join("altered.json");
    std::fs::write(&path, altered).unwrap();
    let (out, _) = run(
        &[
            "-g",
            path.to_str().unwrap(),
            "validate",
            "--reports",
            reports.to_str().unwrap(),
        ],
        2,
    );
    assert!(out.contains("error: link grey_tankers -[sails_to]-> southland: quote not found in `gazette`: \"which sailed to Southland.\""), "{out}");
}

#[test]
fn invalid_graph_fails_every_command_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    std::fs::write(
        &path,
        "{\"linkchart\": 1, \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"boat\"}]}",
    )
    .unwrap();
    let (out, err) = run(&["-g", path.to_str().unwrap(), "info"], 2);
    assert!(out.is_empty());
    assert!(err.contains("broken.json:1:"), "{err}");
    assert!(err.contains("unknown variant `boat`"), "{err}");
}

#[test]
fn csv_and_json_graphs_merge() {
    let csv = "tests/fixtures/graphs/small.csv";
    let info = json(&["-g", csv, "info", "--format", "json"]);
    assert_eq!(info["actors"], 4);
    assert_eq!(info["categories"]["other"], 2);
    let merged = json(&["-g", SMALL, "-g", csv, "info", "--format", "json"]);
    assert_eq!(merged["actors"], 9);
    assert_eq!(merged["links"], 8);
}

#[test]
fn missing_file_is_a_clear_error() {
    let (_, err) = run(&["-g", "no/such/graph.json", "info"], 2);
    assert!(err.starts_with("linkchart: no/such/graph.json: "), "{err}");
}

// The bundled graph: the curated graph of the shared reports.

#[test]
fn bundled_graph_answers_the_first_questions() {
    let card = json(&["show", "Nakhodka", "--format", "json"]);
    assert_eq!(card["actor"]["id"], "nakhodka");
    assert_eq!(card["actor"]["kind"], "port");
    let links = card["links"].as_array().unwrap();
    assert!(links.iter().any(|l| l["relation"] == "ships_to"
        && l["other"]["id"] == "north_korea"
        && l["direction"] == "in"));
    assert!(links
        .iter()
        .all(|l| !l["evidence"].as_array().unwrap().is_empty()));

    for typed in ["North Korea", "n korea", "DPRK", "N.Korea"] {
        assert_eq!(
            json(&["show", typed, "--format", "json"])["actor"]["id"],
            "north_korea",
            "{typed}"
        );
    }

    let ports = json(&["actors", "--kind", "port", "--format", "json"]);
    let ids: Vec<&str> = ports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for port in [
        "nakhodka",
        "kholmsk",
        "vostochny",
        "incheon",
        "pohang",
        "rajin",
    ] {
        assert!(ids.contains(&port), "{port} missing from {ids:?}");
    }

    let info = json(&["info", "--format", "json"]);
    assert!(info["actors"].as_u64().unwrap() > 100);
    assert!(info["links"].as_u64().unwrap() > 300);
    assert_eq!(info["sources"].as_array().unwrap().len(), 5);
}

#[test]
fn bundled_graph_quotes_occur_in_the_shared_reports() {
    let reports = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reports");
    if !reports.is_dir() {
        eprintln!(
            "skipped: {} not found (CI runs it via .ci/run)",
            reports.display()
        );
        return;
    }
    let (out, _) = run(&["validate", "--reports", reports.to_str().unwrap()], 0);
    assert!(out.contains("valid: "), "{out}");
    assert!(out.contains(" 0 errors"), "{out}");
}

#[test]
fn zero_chains_asked_is_a_usage_error() {
    let (_, err) = run(
        &["-g", SMALL, "paths", "northland", "southland", "-k", "0"],
        2,
    );
    assert_eq!(err, "linkchart: -k and --limit must be at least 1\n");
    run(
        &[
            "-g",
            SMALL,
            "paths",
            "northland",
            "southland",
            "--all",
            "--limit",
            "0",
        ],
        2,
    );
}

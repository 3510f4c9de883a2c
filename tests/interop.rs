//! Interop: round trips native → format → native for every readable format, what each format
//! keeps, the readers of foreign files (OpenSanctions-style FtM), located errors, atomic writes.

mod common;

use std::path::{Path, PathBuf};

use linkchart::io::{self, write_graph, Format, WriteOptions};
use linkchart::ActorGraph;
use serde_json::Value;

const GRAPHS: [&str; 2] = [
    "tests/fixtures/graphs/small.json",
    "graphs/dprk-sanctions.json",
];

fn load(path: &Path) -> ActorGraph {
    io::load(&[path.to_owned()]).unwrap().graph
}

/// The native JSON of a graph as a value, to compare whole graphs.
fn native(graph: &ActorGraph) -> Value {
    serde_json::from_str(&io::to_json(graph)).unwrap()
}

/// Writes `graph` in `format` to `name` in `dir` and reads it back.
fn round_trip(graph: &ActorGraph, dir: &Path, name: &str, format: Format) -> ActorGraph {
    let path = dir.join(name);
    write_graph(graph, &path, format, WriteOptions::default()).unwrap();
    load(&path)
}

fn drop_fields(value: &mut Value, part: &str, fields: &[&str]) {
    for item in value[part].as_array_mut().unwrap() {
        let object = item.as_object_mut().unwrap();
        for field in fields {
            object.remove(*field);
        }
    }
}

/// Gives the graph an attribute on an actor and a link, and another identifier, so that
/// round trips show whether they survive.
fn with_attributes(path: &str) -> ActorGraph {
    let text = std::fs::read_to_string(path).unwrap();
    let mut document: Value = serde_json::from_str(&text).unwrap();
    document["actors"][0]["attributes"] = serde_json::json!({"risk": "high", "kind": "clash"});
    document["actors"][0]["identifiers"]["registry"] = "RN-1".into();
    document["links"][0]["attributes"] = serde_json::json!({"vessel_count": "3", "source": "x"});
    let mut loader = io::Loader::default();
    loader.add_json(path, &document.to_string()).unwrap();
    loader.finish().unwrap().graph
}

#[test]
fn graphml_keeps_everything() {
    for path in GRAPHS {
        let graph = with_attributes(path);
        let dir = tempfile::tempdir().unwrap();
        let again = round_trip(&graph, dir.path(), "g.graphml", Format::Graphml);
        assert_eq!(native(&again), native(&graph), "{path}");
    }
}

#[test]
fn csv_folder_keeps_everything_but_the_title() {
    for path in GRAPHS {
        let graph = with_attributes(path);
        let dir = tempfile::tempdir().unwrap();
        let again = round_trip(&graph, dir.path(), "tables", Format::Csv);
        let mut expected = native(&graph);
        let object = expected.as_object_mut().unwrap();
        object.remove("title");
        object.remove("description");
        assert_eq!(native(&again), expected, "{path}");
    }
}

#[test]
fn single_links_table_keeps_links_and_kinds() {
    for path in GRAPHS {
        let graph = with_attributes(path);
        let dir = tempfile::tempdir().unwrap();
        let again = round_trip(&graph, dir.path(), "links.csv", Format::Csv);
        let (expected, got) = (native(&graph), native(&again));
        assert_eq!(got["links"], expected["links"], "{path}");
        let kinds = |v: &Value| -> Vec<(String, String)> {
            let mut kinds: Vec<(String, String)> = v["actors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| (a["id"].to_string(), a["kind"].to_string()))
                .collect();
            kinds.sort();
            kinds
        };
        let linked: Vec<(String, String)> = kinds(&expected)
            .into_iter()
            .filter(|(id, _)| kinds(&got).iter().any(|(i, _)| i == id))
            .collect();
        assert_eq!(kinds(&got), linked, "{path}");
    }
}

#[test]
fn ftm_keeps_actors_links_dates_grades_and_evidence() {
    for path in GRAPHS {
        let graph = with_attributes(path);
        let dir = tempfile::tempdir().unwrap();
        let again = round_trip(&graph, dir.path(), "g.ftm.jsonl", Format::Ftm);
        let mut expected = native(&graph);
        // FtM has no place for other identifiers, attributes, the title; ship identifiers only
        // on vessels.
        drop_fields(&mut expected, "actors", &["attributes"]);
        drop_fields(&mut expected, "links", &["attributes"]);
        for actor in expected["actors"].as_array_mut().unwrap() {
            if let Some(ids) = actor.get_mut("identifiers").and_then(Value::as_object_mut) {
                ids.remove("registry");
                if ids.is_empty() {
                    actor.as_object_mut().unwrap().remove("identifiers");
                }
            }
        }
        let object = expected.as_object_mut().unwrap();
        object.remove("title");
        object.remove("description");
        assert_eq!(native(&again), expected, "{path}");
    }
}

#[test]
fn every_format_is_read_by_graph_option() {
    let dir = tempfile::tempdir().unwrap();
    for (name, format) in [
        ("g.graphml", "graphml"),
        ("g.ftm.json", "ftm"),
        ("tables", "csv"),
    ] {
        let out = dir.path().join(name);
        let out = out.to_str().unwrap();
        common::run(
            &[
                "convert",
                "tests/fixtures/graphs/small.json",
                out,
                "--to",
                format,
            ],
            0,
        );
        let (stdout, _) = common::run(&["-g", out, "paths", "northland", "southland"], 0);
        assert!(stdout.contains("Southland"), "{name}: {stdout}");
    }
    let actors = dir.path().join("tables/actors.csv");
    let links = dir.path().join("tables/links.csv");
    let info = common::json(&[
        "--actors",
        actors.to_str().unwrap(),
        "--links",
        links.to_str().unwrap(),
        "info",
        "--format",
        "json",
    ]);
    assert_eq!(info["actors"], 5);
}

#[test]
fn gexf_and_cypher_are_written_with_dates_and_escapes() {
    let graph = load(Path::new("tests/fixtures/graphs/small.json"));
    let dir = tempfile::tempdir().unwrap();
    let gexf = dir.path().join("g.gexf");
    write_graph(&graph, &gexf, Format::Gexf, WriteOptions::default()).unwrap();
    let text = std::fs::read_to_string(&gexf).unwrap();
    assert!(text.contains(r#"version="1.3""#));
    assert!(
        text.contains(r#"<spell start="2017-08-01" end="2017-08-31"/>"#),
        "{text}"
    );
    assert!(text.contains(r#"<attvalue for="kind" value="port"/>"#));

    let mut loader = io::Loader::default();
    loader
        .add_json(
            "t.json",
            r#"{"linkchart": 1, "actors": [{"id": "o'brien", "name": "O'Brien \\ Sons \"Ltd\"", "kind": "firm"}]}"#,
        )
        .unwrap();
    let tricky = loader.finish().unwrap().graph;
    for dialect in [io::CypherDialect::Neo4j, io::CypherDialect::Kuzu] {
        let path = dir.path().join("t.cypher");
        let options = WriteOptions {
            cypher_dialect: dialect,
        };
        write_graph(&tricky, &path, Format::Cypher, options).unwrap();
        let script = std::fs::read_to_string(&path).unwrap();
        assert!(
            script.contains(
                r#"MERGE (a:Actor {id: 'o\'brien'}) SET a.name = 'O\'Brien \\ Sons "Ltd"'"#
            ),
            "{script}"
        );
    }
}

#[test]
fn opensanctions_export_maps_and_counts_what_it_skips() {
    let path = "tests/fixtures/interop/opensanctions.ftm.jsonl";
    let loaded = io::load(&[PathBuf::from(path)]).unwrap();
    let graph = &loaded.graph;
    // The vessel, the company, the person, and the address (a place).
    assert_eq!(graph.actor_count(), 4);
    let vessel = graph.actor(graph.node("os-vessel-1").unwrap());
    assert_eq!(vessel.kind, linkchart::model::ActorKind::Ship);
    assert_eq!(vessel.identifiers.imo.as_deref(), Some("8660313"));
    assert_eq!(vessel.identifiers.flag.as_deref(), Some("KP"));
    assert_eq!(
        vessel
            .attributes
            .get("sanction:os-sanction-1")
            .map(String::as_str),
        Some("UN Security Council — UNSCR 2397 — 2018-03-30/")
    );
    let relations: Vec<String> = graph
        .links()
        .map(|l| l.link.relation.name().to_owned())
        .collect();
    // Ownership, Directorship (role Director), and the event's three parties pairwise.
    assert_eq!(
        relations,
        ["owns", "Director", "linked_to", "linked_to", "linked_to"]
    );
    let skipped: Vec<&str> = loaded.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(
        skipped.contains(&"skipped 2 FtM entities linkchart cannot use: Identification 2"),
        "{skipped:?}"
    );
}

#[test]
fn malformed_input_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let graphml = dir.path().join("bad.graphml");
    std::fs::write(
        &graphml,
        "<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n",
    )
    .unwrap();
    let error = io::load(std::slice::from_ref(&graphml))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!("{}:4", graphml.display())),
        "{error}"
    );

    let ftm = dir.path().join("bad.ftm.json");
    std::fs::write(
        &ftm,
        "{\"id\": \"a\", \"schema\": \"Person\"}\n{\"id\": 3}\n",
    )
    .unwrap();
    let error = io::load(std::slice::from_ref(&ftm))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!("{}:2:", ftm.display())),
        "{error}"
    );
    assert!(error.contains("expected an FtM entity"), "{error}");

    let actors = dir.path().join("actors.csv");
    std::fs::write(&actors, "name,kind\nKim,person\n").unwrap();
    let error = io::load_as(&[], None, &[actors], &[])
        .unwrap_err()
        .to_string();
    assert!(
        error.ends_with("missing column `id`; found columns: name, kind"),
        "{error}"
    );
}

#[test]
fn a_failed_write_leaves_no_file() {
    let graph = load(Path::new("tests/fixtures/graphs/small.json"));
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/g.graphml");
    assert!(write_graph(&graph, &missing, Format::Graphml, WriteOptions::default()).is_err());
    let target = dir.path().join("g.graphml");
    write_graph(&graph, &target, Format::Graphml, WriteOptions::default()).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["g.graphml"]);
}

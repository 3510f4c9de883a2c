//! Loading, merging and validation: every error the format spec promises, with its position.

use linkchart::error::{Error, Severity};
use linkchart::io::{Loaded, Loader};

const SOURCES: &str = r#"[{"id": "s1", "title": "Report one"}]"#;
const ACTORS: &str = r#"[
    {"id": "north_korea", "name": "North Korea", "kind": "state"},
    {"id": "nakhodka", "name": "Nakhodka", "kind": "port"}
  ]"#;
const LINK: &str = r#"{"from": "north_korea", "to": "nakhodka", "relation": "ships_to",
      "evidence": [{"source": "s1", "quote": "Coal went to Nakhodka."}]}"#;

fn document(sources: &str, actors: &str, links: &str) -> String {
    format!(
        "{{\n  \"linkchart\": 1,\n  \"sources\": {sources},\n  \"actors\": {actors},\n  \"links\": [\n    {links}\n  ]\n}}\n"
    )
}

fn load_json(text: &str) -> Result<Loaded, Error> {
    let mut loader = Loader::default();
    loader.add_json("t.json", text)?;
    loader.finish()
}

/// The problems of a load that must fail validation, as `location: message` lines.
fn problems(text: &str) -> Vec<String> {
    match load_json(text) {
        Err(Error::Invalid { problems, .. }) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected invalid input, got {other:?}"),
    }
}

fn one_problem(text: &str) -> String {
    let mut found = problems(text);
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

#[test]
fn a_valid_document_loads() {
    let loaded = load_json(&document(SOURCES, ACTORS, LINK)).unwrap();
    assert_eq!(loaded.graph.actor_count(), 2);
    assert_eq!(loaded.graph.link_count(), 1);
    assert!(loaded.warnings.is_empty());
}

#[test]
fn malformed_json_names_line_and_column() {
    let text = "{\n  \"linkchart\": 1,\n  \"actors\": [ {\"id\": \"a\",, } ]\n}";
    match load_json(text) {
        Err(Error::Parse { location, message }) => {
            assert_eq!(
                (location.file.as_str(), location.line, location.column),
                ("t.json", 3, 26)
            );
            assert_eq!(message, "key must be a string");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_kind_lists_the_valid_kinds_at_its_position() {
    let actors = r#"[{"id": "x", "name": "X", "kind": "prot"}]"#;
    let error = load_json(&document(SOURCES, actors, ""))
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("t.json:4:"), "{error}");
    assert!(error.contains("unknown variant `prot`"), "{error}");
    assert!(error.contains("state"), "{error}");
    assert!(error.contains("other"), "{error}");
}

#[test]
fn unknown_actor_in_a_link_names_the_link_and_suggests_ids() {
    let link = LINK.replace("\"to\": \"nakhodka\"", "\"to\": \"nakhdoka\"");
    let problem = one_problem(&document(SOURCES, ACTORS, &link));
    assert_eq!(
        problem,
        "t.json:9:5: error: link north_korea -[ships_to]-> nakhdoka names unknown actor `nakhdoka`; did you mean `nakhodka`?"
    );
}

#[test]
fn duplicate_actor_and_source_ids_are_errors() {
    let actors = ACTORS.replace("\"nakhodka\", \"name\"", "\"north_korea\", \"name\"");
    let found = problems(&document(SOURCES, &actors, ""));
    assert_eq!(
        found,
        ["t.json:6:5: error: duplicate actor id `north_korea`"]
    );

    let sources = r#"[{"id": "s1", "title": "A"}, {"id": "s1", "title": "B"}]"#;
    let found = problems(&document(sources, ACTORS, ""));
    assert_eq!(found, ["t.json:3:43: error: duplicate source id `s1`"]);
}

#[test]
fn relation_outside_the_vocabulary_is_an_error_with_a_suggestion() {
    let link = LINK.replace("ships_to", "ship_to");
    let problem = one_problem(&document(SOURCES, ACTORS, &link));
    assert!(problem.starts_with("t.json:9:5: error: link north_korea -[ship_to]-> nakhodka: unknown relation `ship_to`: did you mean `ships_to`?"), "{problem}");
}

#[test]
fn relation_outside_the_vocabulary_is_kept_when_marked_other() {
    let link = LINK.replace("\"ships_to\"", "\"barters_with\", \"category\": \"other\"");
    let loaded = load_json(&document(SOURCES, ACTORS, &link)).unwrap();
    let relation = &loaded.graph.links().next().unwrap().link.relation;
    assert_eq!(relation.name(), "barters_with");
    assert_eq!(relation.category(), linkchart::model::Category::Other);
}

#[test]
fn category_that_contradicts_the_relation_is_an_error() {
    let link = LINK.replace("\"ships_to\"", "\"ships_to\", \"category\": \"money\"");
    let problem = one_problem(&document(SOURCES, ACTORS, &link));
    assert!(
        problem.contains("relation `ships_to` is in category `goods`, not `money`"),
        "{problem}"
    );
}

#[test]
fn invalid_dates_and_grades_are_parse_errors_at_their_position() {
    for (field, value, expected) in [
        ("date", "2017-13", "invalid date `2017-13`"),
        ("date", "2017-02-29", "invalid date `2017-02-29`"),
        ("date", "2018/2017", "invalid date range `2018/2017`"),
        ("grade", "G7", "invalid grade `G7`"),
    ] {
        let link = LINK.replace(
            "\"relation\": \"ships_to\",",
            &format!("\"relation\": \"ships_to\", \"{field}\": \"{value}\","),
        );
        let error = load_json(&document(SOURCES, ACTORS, &link)).unwrap_err();
        match error {
            Error::Parse { location, message } => {
                assert_eq!(location.line, 9, "{message}");
                assert!(message.contains(expected), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn evidence_citing_an_unknown_source_is_an_error() {
    let link = LINK.replace("\"source\": \"s1\"", "\"source\": \"s2\"");
    let problem = one_problem(&document(SOURCES, ACTORS, &link));
    assert!(
        problem.contains("evidence cites unknown source `s2`; did you mean `s1`?"),
        "{problem}"
    );
}

#[test]
fn empty_quote_is_an_error() {
    let link = LINK.replace("Coal went to Nakhodka.", "  ");
    let problem = one_problem(&document(SOURCES, ACTORS, &link));
    assert!(
        problem.contains("evidence from source `s1` has an empty quote"),
        "{problem}"
    );
}

#[test]
fn link_without_evidence_is_a_warning() {
    let link = r#"{"from": "north_korea", "to": "nakhodka", "relation": "ships_to"}"#;
    let loaded = load_json(&document(SOURCES, ACTORS, link)).unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].severity, Severity::Warning);
    assert!(loaded.warnings[0].message.contains("has no evidence"));
}

#[test]
fn bad_country_code_and_unknown_field_are_errors() {
    let actors = r#"[{"id": "x", "name": "X", "kind": "state", "country": "UK"}]"#;
    let problem = one_problem(&document(SOURCES, actors, ""));
    assert!(
        problem.contains("country `UK` is not an ISO 3166-1 alpha-2 code"),
        "{problem}"
    );

    let actors = r#"[{"id": "x", "name": "X", "kind": "state", "contry": "GB"}]"#;
    let error = load_json(&document(SOURCES, actors, ""))
        .unwrap_err()
        .to_string();
    assert!(error.contains("unknown field `contry`"), "{error}");
}

#[test]
fn wrong_format_version_is_refused() {
    let error = load_json("{\"linkchart\": 2}").unwrap_err().to_string();
    assert!(error.contains("version 2 is not supported"), "{error}");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let links = [
        LINK.replace("\"to\": \"nakhodka\"", "\"to\": \"nowhere\""),
        LINK.replace("\"source\": \"s1\"", "\"source\": \"s9\""),
    ]
    .join(",\n    ");
    assert_eq!(problems(&document(SOURCES, ACTORS, &links)).len(), 2);
}

#[test]
fn files_merge_by_id_and_links_may_cross_files() {
    let first = document(SOURCES, ACTORS, "");
    let second = document(
        SOURCES,
        r#"[{"id": "nakhodka", "name": "Nakhodka", "kind": "port", "aliases": ["Nakhodka port"], "country": "RU"}]"#,
        LINK,
    );
    let mut loader = Loader::default();
    loader.add_json("a.json", &first).unwrap();
    loader.add_json("b.json", &second).unwrap();
    let graph = loader.finish().unwrap().graph;
    assert_eq!(graph.actor_count(), 2);
    let port = graph.actor(graph.node("nakhodka").unwrap());
    assert_eq!(port.aliases, ["Nakhodka port"]);
    assert_eq!(port.country.as_deref(), Some("RU"));
    assert_eq!(graph.link_count(), 1);
}

#[test]
fn conflicting_facts_name_both_files() {
    let first = document(SOURCES, ACTORS, "");
    let second = document(
        "[]",
        r#"[{"id": "nakhodka", "name": "Nakhodka", "kind": "place"}]"#,
        "",
    );
    let mut loader = Loader::default();
    loader.add_json("a.json", &first).unwrap();
    let error = loader.add_json("b.json", &second).unwrap_err().to_string();
    assert_eq!(
        error,
        "actor `nakhodka` has a different kind in a.json and in b.json: `port` vs `place`"
    );
}

#[test]
fn an_actor_implied_by_a_links_table_takes_a_later_full_definition() {
    let mut loader = Loader::default();
    loader
        .add_csv("t.csv", b"from,to\nnorth_korea,nakhodka\n")
        .unwrap();
    loader
        .add_json("a.json", &document(SOURCES, ACTORS, ""))
        .unwrap();
    let graph = loader.finish().unwrap().graph;
    let port = graph.actor(graph.node("nakhodka").unwrap());
    assert_eq!(port.kind, linkchart::model::ActorKind::Port);
    assert_eq!(port.name, "Nakhodka");
}

fn load_csv(bytes: &[u8]) -> Result<Loaded, Error> {
    let mut loader = Loader::default();
    loader.add_csv("t.csv", bytes)?;
    loader.finish()
}

#[test]
fn csv_links_table_creates_actors_from_names() {
    let table = "source,target,relation,commodity,date,grade,source_id,quote\n\
                 North Korea,Nakhodka,ships_to,coal,2017,possible,r1,Coal went there.\n\
                 Nakhodka,Incheon,,,,,,\n";
    let loaded = load_csv(table.as_bytes()).unwrap();
    let graph = &loaded.graph;
    assert_eq!(graph.actor_count(), 3);
    let links: Vec<_> = graph.links().collect();
    assert_eq!(links[0].link.commodity.as_deref(), Some("coal"));
    assert_eq!(links[0].link.evidence()[0].source, "r1");
    assert_eq!(links[1].link.relation.name(), "linked_to");
    assert_eq!(graph.actor(links[1].to).id, "Incheon");
    assert!(graph.source("r1").is_some());
}

#[test]
fn csv_ids_are_trimmed_and_matched_exactly_whatever_their_script() {
    // Padding (ASCII and no-break spaces) is not part of an id; case and accents are.
    let table = "from,to\n  Nakhodka ,\u{a0}Ōsaka\u{a0}\nNakhodka,Ōsaka\nnakhodka,Osaka\n\
                 \"Ōsaka\" ,Пхеньян\n";
    let loaded = load_csv(table.as_bytes()).unwrap();
    let graph = &loaded.graph;
    let ids: Vec<&str> = graph.actors().map(|(_, a)| a.id.as_str()).collect();
    assert_eq!(ids, ["Nakhodka", "Ōsaka", "nakhodka", "Osaka", "Пхеньян"]);
    let ends: Vec<(usize, usize)> = graph
        .links()
        .map(|l| (l.from.index(), l.to.index()))
        .collect();
    assert_eq!(ends, [(0, 1), (0, 1), (2, 3), (1, 4)]);
    assert_eq!(graph.node("Пхеньян").map(|n| n.index()), Some(4));
    assert_eq!(graph.node(" Nakhodka"), None);
}

#[test]
fn csv_relation_outside_the_vocabulary_is_kept_with_a_warning() {
    let loaded = load_csv(b"from,to,relation\na,b,reloads\nb,c,reloads\n").unwrap();
    let relation = &loaded.graph.links().next().unwrap().link.relation;
    assert_eq!(relation.category(), linkchart::model::Category::Other);
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(
        loaded.warnings[0].to_string(),
        "t.csv:2: warning: relation `reloads` is outside the vocabulary: kept with category `other` (2 rows, the first here)"
    );
}

#[test]
fn csv_missing_column_lists_the_columns_found() {
    let error = load_csv(b"origin,to\na,b\n").unwrap_err().to_string();
    assert_eq!(
        error,
        "t.csv:1: missing column `from` (or `source`); found columns: origin, to"
    );
}

#[test]
fn csv_malformed_rows_and_values_name_their_line() {
    let error = load_csv(b"from,to\na,b\nc,d,e\n").unwrap_err().to_string();
    assert_eq!(error, "t.csv:3: a row has 3 fields where the header has 2");

    let error = load_csv(b"from,to,date\na,b,2017\nc,d,2017-13\n")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("t.csv:3: error: column `date`: invalid date `2017-13`"),
        "{error}"
    );

    let error = load_csv(b"from,to,kind\na,b,vessel\n")
        .unwrap_err()
        .to_string();
    assert!(error.contains("t.csv:2: error: column `kind`: unknown actor kind `vessel`; valid kinds: state, firm, ship"), "{error}");

    let error = load_csv(b"from,to\na,\n").unwrap_err().to_string();
    assert!(error.contains("t.csv:2: error: empty `to`"), "{error}");
}

#[test]
fn unknown_extension_is_refused() {
    let error = linkchart::io::load(&["graph.xlsx".into()]).unwrap_err();
    assert_eq!(error.kind(), "unknown_format");
}

#[test]
fn random_bytes_never_panic() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for length in 0..200 {
        let bytes: Vec<u8> = (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                b"{}[],:\"\n ab1-/\\"[(state % 15) as usize]
            })
            .collect();
        let _ = load_csv(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = load_json(text);
        }
    }
}

/// A table longer than the batches the reading, loading and adding threads pass on: evidence
/// rows (same `link` cell) that continue a link across a batch boundary join it, links keep the
/// table's order, and a bad row deep in the table is reported at its line.
#[test]
fn csv_long_table_keeps_order_evidence_and_error_lines_across_batches() {
    let mut table = String::from("link,from,to,quote,source,date\n");
    let mut line = 1;
    let mut bad_line = 0;
    for i in 0..3000 {
        let date = if i == 2222 { "2017-13" } else { "2017" };
        for piece in 0..2 {
            line += 1;
            if i == 2222 && piece == 0 {
                bad_line = line;
            }
            let quote = format!("quote {i}.{piece}");
            table.push_str(&format!(
                "l{i},a{},b{},{quote},s,{date}\n",
                i % 700,
                i % 300
            ));
        }
    }
    let error = load_csv(table.as_bytes()).unwrap_err().to_string();
    assert!(
        error.contains(&format!("t.csv:{bad_line}: error: column `date`")),
        "{error}"
    );
    let table = table.replace("2017-13", "2018");
    let graph = load_csv(table.as_bytes()).unwrap().graph;
    assert_eq!(graph.link_count(), 3000);
    assert_eq!(graph.actor_count(), 1000);
    for (i, link) in graph.links().enumerate() {
        let quotes: Vec<&str> = link
            .link
            .evidence()
            .iter()
            .map(|e| e.quote.as_str())
            .collect();
        assert_eq!(
            quotes,
            [format!("quote {i}.0"), format!("quote {i}.1")],
            "link {i}"
        );
        assert_eq!(graph.actor(link.from).id, format!("a{}", i % 700));
        assert_eq!(graph.actor(link.to).id, format!("b{}", i % 300));
    }
    assert_eq!(graph.node("b0").map(|n| n.index()), Some(1));
}

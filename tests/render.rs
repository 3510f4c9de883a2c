//! Pictures: DOT that parses back (graphviz-rust's parser always, Graphviz's `dot` when
//! installed), builtin SVG that is well-formed XML showing every name, PNG/PDF magic bytes,
//! adversarial names through every engine, the size guard, the missing-Graphviz error, and no
//! file left behind by a failure.

use std::path::Path;

use assert_cmd::Command;
use linkchart::model::{Actor, ActorKind, Evidence, Link, Relation};
use linkchart::render::{
    self, dot, graphviz, svg, Engine, ImageFormat, Options, Picture, Selection,
};
use linkchart::scope::Scope;
use linkchart::ActorGraph;

const ADVERSARIAL: [&str; 8] = [
    r#"Say "hi" Ltd"#,
    r"C:\ships\new",
    "Line one\nline two",
    "</text><script>alert(1)</script>",
    "A & B <Holdings> 'Ltd'",
    "Корё Трейдинг 高丽 🚢⚓",
    "",
    "x",
];

/// A small graph whose actors carry the adversarial names (plus a 300-character one), linked in
/// a ring so that every actor is drawn.
fn adversarial_graph() -> ActorGraph {
    let mut names: Vec<String> = ADVERSARIAL.iter().map(|s| s.to_string()).collect();
    names.push(
        "Very Long Name ".repeat(20).trim_end().to_owned()
            + &"z".repeat(300 - "Very Long Name ".repeat(20).trim_end().len()),
    );
    let mut graph = ActorGraph::new();
    let kinds = ActorKind::ALL;
    let nodes: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut actor = Actor::new(format!("id\"{i}\\"), name.clone(), kinds[i % kinds.len()]);
            actor.aliases = vec![String::new()];
            graph.add_actor(actor).unwrap()
        })
        .collect();
    for (i, &from) in nodes.iter().enumerate() {
        let to = nodes[(i + 1) % nodes.len()];
        let mut link = Link::new(Relation::known("ships_to").unwrap());
        link.commodity = Some("coal \"& <oil>\\".into());
        link.push_evidence(Evidence {
            source: "s".into(),
            quote: "q".into(),
        });
        graph.add_link(from, to, link);
    }
    graph
}

fn adversarial_picture() -> (ActorGraph, Picture) {
    let graph = adversarial_graph();
    let picture = render::select(
        &graph,
        &Scope::default(),
        &Selection::Whole,
        &Options::default(),
    )
    .unwrap();
    assert_eq!(picture.actors.len(), graph.actor_count());
    (graph, picture)
}

fn curated() -> ActorGraph {
    linkchart::io::load(&[]).unwrap().graph
}

fn dot_installed() -> bool {
    let found = graphviz::available();
    if !found {
        eprintln!("note: Graphviz `dot` is not installed; skipping the checks that run it");
    }
    found
}

/// The names of every node the DOT declares with a label, as Graphviz shows them: the label's
/// escString undone (`\\` → `\`, `\"` → `"`, `\n` → line break, `&amp;` → `&`).
fn shown_labels(text: &str) -> Vec<String> {
    use graphviz_rust::dot_structures::{Attribute, Graph, Id, Stmt};
    let Graph::DiGraph { stmts, .. } = graphviz_rust::parse(text).expect("graphviz-rust parses it")
    else {
        panic!("a digraph")
    };
    let mut labels = Vec::new();
    for stmt in stmts {
        if let Stmt::Node(node) = stmt {
            for Attribute(key, value) in node.attributes {
                if key == Id::Plain("label".into()) {
                    let Id::Escaped(quoted) = value else {
                        panic!("quoted")
                    };
                    let inner = &quoted[1..quoted.len() - 1];
                    let mut shown = String::new();
                    let mut chars = inner.chars();
                    while let Some(c) = chars.next() {
                        if c == '\\' {
                            match chars.next() {
                                Some('n') => shown.push('\n'),
                                Some(other) => shown.push(other),
                                None => panic!("dangling backslash"),
                            }
                        } else {
                            shown.push(c);
                        }
                    }
                    labels.push(shown.replace("&amp;", "&"));
                }
            }
        }
    }
    labels
}

/// `name` with its wrapping undone: what a wrapped label shows, ignoring where lines break.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn dot_parses_back_and_shows_every_name_verbatim() {
    let (graph, picture) = adversarial_picture();
    let text = dot::to_dot_string(&picture, None);
    let labels = shown_labels(&text);
    for (_, actor) in graph.actors() {
        assert!(
            labels.iter().any(|l| squeeze(l) == squeeze(&actor.name)),
            "{:?} not shown; labels: {labels:?}",
            actor.name
        );
    }
    // Same selection, same DOT.
    assert_eq!(text, dot::to_dot_string(&picture, None));
}

#[test]
fn dot_of_the_curated_graph_parses_with_graphviz_rust_and_dot() {
    let graph = curated();
    let selections = [
        Selection::Whole,
        Selection::Top {
            n: 10,
            measure: linkchart::rank::Measure::Pagerank,
        },
    ];
    for selection in selections {
        let options = Options {
            cluster: Some(render::ClusterBy::Country),
            size_by: Some(linkchart::rank::Measure::Degree),
            ..Options::default()
        };
        let picture = render::select(&graph, &Scope::default(), &selection, &options).unwrap();
        let text = dot::to_dot_string(&picture, None);
        graphviz_rust::parse(&text).unwrap();
        if dot_installed() {
            let svg = render::draw(&picture, ImageFormat::Svg, Engine::Graphviz, None).unwrap();
            svg_text(std::str::from_utf8(&svg.bytes).unwrap());
        }
    }
}

/// Every text node of an SVG, concatenated.
fn svg_text(document: &str) -> String {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let parsed =
        roxmltree::Document::parse_with_options(document, options).expect("well-formed XML");
    parsed
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every name appears in `text` (both with their white space squeezed).
fn assert_names_shown<'a>(text: &str, names: impl Iterator<Item = &'a str>) {
    for name in names {
        assert!(text.contains(&squeeze(name)), "{name:?} missing");
    }
}

#[test]
fn builtin_svg_is_xml_and_shows_every_name() {
    let (graph, picture) = adversarial_picture();
    let document = svg::to_svg(&picture);
    let text = squeeze(&svg_text(&document));
    assert_names_shown(&text, graph.actors().map(|(_, a)| a.name.as_str()));
    assert!(!document.contains("<script>"));

    let graph = curated();
    let top = Selection::Top {
        n: 40,
        measure: linkchart::rank::Measure::Degree,
    };
    let picture = render::select(&graph, &Scope::default(), &top, &Options::default()).unwrap();
    let text = squeeze(&svg_text(&svg::to_svg(&picture)));
    assert_names_shown(&text, picture.actors.iter().map(|a| a.name.as_str()));
}

#[test]
fn graphviz_draws_adversarial_names_in_every_format() {
    if !dot_installed() {
        return;
    }
    let (graph, picture) = adversarial_picture();
    let drawn = render::draw(&picture, ImageFormat::Svg, Engine::Graphviz, None).unwrap();
    let document = String::from_utf8(drawn.bytes).unwrap();
    let text = squeeze(&svg_text(&document));
    assert_names_shown(&text, graph.actors().map(|(_, a)| a.name.as_str()));
    assert!(!document.contains("<script>"));
    let png = render::draw(&picture, ImageFormat::Png, Engine::Graphviz, None).unwrap();
    assert!(png.bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let pdf = render::draw(&picture, ImageFormat::Pdf, Engine::Graphviz, None).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    for layout in [
        graphviz::Layout::Neato,
        graphviz::Layout::Sfdp,
        graphviz::Layout::Circo,
    ] {
        render::draw(&picture, ImageFormat::Svg, Engine::Graphviz, Some(layout)).unwrap();
    }
}

#[test]
fn size_guard_refuses_large_selections_unless_forced() {
    let mut graph = ActorGraph::new();
    let hub = graph
        .add_actor(Actor::new("hub", "Hub", ActorKind::Port))
        .unwrap();
    for i in 0..320 {
        let ship = graph
            .add_actor(Actor::new(
                format!("s{i}"),
                format!("Ship {i}"),
                ActorKind::Ship,
            ))
            .unwrap();
        graph.add_link(ship, hub, Link::new(Relation::known("docks_at").unwrap()));
    }
    let error = render::select(
        &graph,
        &Scope::default(),
        &Selection::Whole,
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(
        error,
        linkchart::Error::TooLarge {
            actors: 321,
            limit: 300
        }
    ));
    assert!(error.to_string().contains("--focus"));
    let forced = Options {
        max_actors: None,
        ..Options::default()
    };
    let picture = render::select(&graph, &Scope::default(), &Selection::Whole, &forced).unwrap();
    assert!(dot::to_dot_string(&picture, None).contains("layout=\"sfdp\""));
}

fn linkchart() -> Command {
    Command::cargo_bin("linkchart").unwrap()
}

#[test]
fn cli_size_guard_and_summary() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("big.csv");
    let mut csv = String::from("from,to,relation\n");
    for i in 0..310 {
        csv.push_str(&format!("ship{i},hub,docks_at\n"));
    }
    std::fs::write(&graph, csv).unwrap();
    let out = dir.path().join("big.svg");
    if !dot_installed() {
        return;
    }
    let output = linkchart()
        .args([
            "-g",
            graph.to_str().unwrap(),
            "render",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    assert!(!out.exists());
    let output = linkchart()
        .args([
            "-g",
            graph.to_str().unwrap(),
            "render",
            "--force",
            "--engine",
            "graphviz",
        ])
        .args(["-o", out.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["engine"], "graphviz");
    assert_eq!(summary["format"], "svg");
    assert_eq!(summary["actors"], 311);
    assert_eq!(summary["links"], 310);
    assert!(Path::new(summary["file"].as_str().unwrap()).exists());
}

/// Runs `render --chains "North Korea" Japan -o OUT` with only `dir` on PATH (no `dot`).
fn render_without_graphviz(dir: &Path, out: &Path) -> std::process::Output {
    linkchart()
        .env("PATH", dir)
        .args(["render", "--chains", "North Korea", "Japan", "-o"])
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn missing_graphviz_names_the_install_and_the_svg_alternative() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chain.png");
    let output = render_without_graphviz(dir.path(), &out);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("apt-get install graphviz"), "{stderr}");
    assert!(stderr.contains(".svg"), "{stderr}");
    assert!(!out.exists());
    // SVG still works: auto falls back to the builtin engine.
    let out = dir.path().join("chain.svg");
    let output = render_without_graphviz(dir.path(), &out);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("builtin"));
    roxmltree::Document::parse(&std::fs::read_to_string(&out).unwrap()).unwrap();
}

#[test]
fn failing_graphviz_reports_its_message_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    // A fake `dot` that fails as Graphviz does, with a message on stderr.
    let fake = dir.path().join("dot");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho 'Error: syntax error in line 1 near x' >&2\nexit 1\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = dir.path().join("focus.png");
    let output = linkchart()
        .env("PATH", format!("{}:/bin:/usr/bin", dir.path().display()))
        .args(["render", "--focus", "Nakhodka", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("syntax error in line 1 near x"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the fake dot remains: {left:?}");
}

#[test]
fn unwritable_output_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing/dir/focus.svg");
    let output = linkchart()
        .args(["render", "--focus", "Nakhodka", "--engine", "builtin"])
        .args(["-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
    let output = linkchart()
        .args(["render", "--focus", "Nakhodka", "-o"])
        .arg(dir.path().join("focus.jpg"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".svg, .png, .pdf"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn dot_command_prints_dot_or_a_json_summary() {
    let output = linkchart()
        .args(["dot", "--chains", "North Korea", "South Korea", "-k", "3"])
        .args(["--highlight", "North Korea", "South Korea", "--timeline"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    graphviz_rust::parse(&text).unwrap();
    assert!(text.contains("rankdir=\"LR\""));
    let output = linkchart()
        .args([
            "dot",
            "--top",
            "5",
            "--by",
            "betweenness",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["actors"], 5);
    assert_eq!(summary["engine"], "dot");
    graphviz_rust::parse(summary["dot"].as_str().unwrap()).unwrap();
    let output = linkchart()
        .args([
            "dot",
            "--chains",
            "Nakhodka",
            "Japan",
            "--relation",
            "located_in",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

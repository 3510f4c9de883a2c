//! Scores `extract` on short news texts with hand-written gold annotations
//! (`tests/fixtures/news/*/news_N.txt` and `news_N.gold.json`; see the README there).
//!
//! Each text is read with an empty gazetteer (discovery alone). An extracted actor matches a
//! gold actor when its name or an alias, normalized and without a leading "the", is the gold
//! name; a link matches when both ends match and the relation and direction are the gold's.
//! Precision and recall are micro-averaged over the texts of the folder.
//!
//! Run: `cargo run --release --example evaluate_news -- tests/fixtures/news/heldout [--explain]`.

#![allow(clippy::print_stdout)] // a report printed for the README

mod scoring;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use linkchart::extract::{self, gazetteer::Gazetteer, Options};
use scoring::{name_key, ratio};
use serde::Deserialize;

/// A gold annotation: the actors and links a careful reader records.
#[derive(Deserialize)]
struct Gold {
    actors: Vec<GoldActor>,
    links: Vec<GoldLink>,
}

#[derive(Deserialize)]
struct GoldActor {
    name: String,
}

#[derive(Deserialize)]
struct GoldLink {
    from: String,
    relation: String,
    to: String,
}

/// Counts over the texts: found, correct, in the gold, recalled (actors, then links).
#[derive(Default)]
struct Counts {
    actors: [usize; 4],
    links: [usize; 3],
}

/// Scores one text, printing what it missed and proposed wrongly when `explain`.
fn score(text_path: &Path, gold_path: &Path, explain: bool, counts: &mut Counts) {
    let text = std::fs::read_to_string(text_path).expect("a readable text");
    let gold: Gold =
        serde_json::from_str(&std::fs::read_to_string(gold_path).expect("a readable gold file"))
            .expect("a gold annotation");
    let found = extract::extract(&text, &Gazetteer::new(Vec::new()), &Options::new("t", "t"));
    let gold_names: HashMap<String, &str> = gold
        .actors
        .iter()
        .map(|a| (name_key(&a.name), a.name.as_str()))
        .collect();
    let mut mapping: HashMap<&str, &str> = HashMap::new();
    for proposed in &found.actors {
        let names = std::iter::once(&proposed.actor.name).chain(&proposed.actor.aliases);
        if let Some(name) = names.filter_map(|n| gold_names.get(&name_key(n))).next() {
            mapping.insert(&proposed.actor.id, name);
        }
    }
    let recalled: BTreeSet<&str> = mapping.values().copied().collect();
    let gold_links: BTreeSet<(String, String, String)> = gold
        .links
        .iter()
        .map(|l| (l.from.clone(), l.relation.clone(), l.to.clone()))
        .collect();
    let end = |id: &str| {
        mapping
            .get(id)
            .map_or(format!("?{id}"), |n| (*n).to_owned())
    };
    let proposed: BTreeSet<(String, String, String)> = found
        .links
        .iter()
        .map(|l| {
            (
                end(&l.record.from),
                l.record.relation.clone(),
                end(&l.record.to),
            )
        })
        .collect();
    let right = proposed.intersection(&gold_links).count();
    counts.actors[0] += found.actors.len();
    counts.actors[1] += mapping.len();
    counts.actors[2] += gold.actors.len();
    counts.actors[3] += recalled.len();
    counts.links[0] += proposed.len();
    counts.links[1] += right;
    counts.links[2] += gold_links.len();
    if explain {
        println!("## {}", text_path.display());
        for (from, relation, to) in gold_links.difference(&proposed) {
            println!("missed: {from} {relation} {to}");
        }
        for (from, relation, to) in proposed.difference(&gold_links) {
            println!("false:  {from} {relation} {to}");
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    let folder = PathBuf::from(
        args.iter()
            .find(|a| !a.starts_with("--"))
            .map_or("tests/fixtures/news/heldout", String::as_str),
    );
    let mut counts = Counts::default();
    for n in 1.. {
        let text = folder.join(format!("news_{n}.txt"));
        if !text.exists() {
            break;
        }
        score(
            &text,
            &folder.join(format!("news_{n}.gold.json")),
            explain,
            &mut counts,
        );
    }
    let [found, correct, gold, recalled] = counts.actors;
    let [proposed, right, reference] = counts.links;
    println!(
        "{}: actors P {:.2} R {:.2}; links P {:.2} R {:.2} ({right} right of {reference}, {} false)",
        folder.display(),
        ratio(correct, found),
        ratio(recalled, gold),
        ratio(right, proposed),
        ratio(right, reference),
        proposed - right
    );
}

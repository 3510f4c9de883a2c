//! Scores `extract` against the curated graph, report by report.
//!
//! For each source of the bundled graph whose text is in the reports folder, the reference is
//! the actors and links that the curated graph attributes to that report (the endpoints of
//! links with evidence from it). Three runs per report:
//! - discovery: an empty gazetteer; actors only;
//! - realistic: the curated graph minus that report's actors as the gazetteer; actors and links.
//!
//! An extracted actor matches a reference actor when one of its names (name, aliases) normalizes
//! to one of the reference actor's names, a leading "the" aside; a link matches when
//! both ends match and the relation and direction are right. With `python3` and spaCy's
//! `en_core_web_sm` installed, the same actor scoring is done for spaCy's entities (PERSON, ORG,
//! GPE, LOC, NORP, FAC) on the same cleaned text, via `scripts/spacy_entities.py`.
//!
//! Run: `cargo run --release --example evaluate_extract -- [REPORTS_DIR] [--explain]` (default
//! `../shared/reports`). `--explain` also prints, per report, the discovery run's new actors
//! that match nothing, then the realistic run's missed reference actors and links, the
//! proposals that match nothing and those that match, each missed link with why: an end not found, the same ends
//! with another relation or the other direction, or nothing between the ends; and, over all
//! reports, how many links of each relation were found, were right and are in the reference.

#![allow(clippy::print_stdout)] // a report printed for the README

mod scoring;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use linkchart::extract::{self, gazetteer::Gazetteer, Options};
use linkchart::io;
use linkchart::model::Actor;
use scoring::{name_key, ratio};

/// Precision and recall from counts.
#[derive(Default, Clone, Copy)]
struct Score {
    found: usize,
    correct: usize,
    reference: usize,
    recalled: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.found += other.found;
        self.correct += other.correct;
        self.reference += other.reference;
        self.recalled += other.recalled;
    }
    fn precision(self) -> f64 {
        ratio(self.correct, self.found)
    }
    fn recall(self) -> f64 {
        ratio(self.recalled, self.reference)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn cells(self) -> String {
        format!("{:.2} | {:.2}", self.precision(), self.recall())
    }
}

/// Every compared form of an actor's names.
fn names(actor: &Actor) -> Vec<String> {
    std::iter::once(actor.name.as_str())
        .chain(actor.aliases.iter().map(String::as_str))
        .map(name_key)
        .filter(|n| !n.is_empty())
        .collect()
}

/// Which reference actor (id) an extracted actor's names match: first one whose name matches,
/// else one whose alias does ("Pyongyang" is the city's name and the state's alias). Ids are not
/// compared, since a proposal's id is made from its name and would match a reference id only by
/// coincidence.
fn match_actor(names: &[String], reference: &[Actor]) -> Option<String> {
    reference
        .iter()
        .find(|r| names.contains(&name_key(&r.name)))
        .or_else(|| {
            reference
                .iter()
                .find(|r| self::names(r).iter().any(|n| names.contains(n)))
        })
        .map(|r| r.id.clone())
}

/// Scores extracted actors (as name lists with ids) against the reference actors.
fn score_actors(
    extracted: &[(String, Vec<String>)],
    reference: &[Actor],
) -> (Score, HashMap<String, String>) {
    let mut mapping = HashMap::new();
    let mut correct = 0;
    let mut recalled = BTreeSet::new();
    for (id, names) in extracted {
        if let Some(found) = match_actor(names, reference) {
            correct += 1;
            recalled.insert(found.clone());
            mapping.insert(id.clone(), found);
        }
    }
    (
        Score {
            found: extracted.len(),
            correct,
            reference: reference.len(),
            recalled: recalled.len(),
        },
        mapping,
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    let reports = PathBuf::from(
        args.iter()
            .find(|a| !a.starts_with("--"))
            .map_or("../shared/reports", String::as_str),
    );
    let curated = io::load(&[]).expect("bundled graph").graph;
    let cleaned: BTreeMap<String, String> = curated
        .sources()
        .filter_map(|s| s.file.clone())
        .filter_map(|file| {
            let text = std::fs::read_to_string(reports.join(&file)).ok()?;
            let paragraphs: Vec<&str> = extract::clean::content(&text)
                .into_iter()
                .map(|r| &text[r])
                .collect();
            Some((file, paragraphs.join("\n\n")))
        })
        .collect();
    let spacy = spacy_entities(&cleaned);
    let mut rows = Vec::new();
    let mut totals = [Score::default(); 4];
    let mut by_relation: BTreeMap<String, Score> = BTreeMap::new();
    for source in curated.sources() {
        let Some(file) = &source.file else { continue };
        let Ok(text) = std::fs::read_to_string(reports.join(file)) else {
            eprintln!("skipping {file}: not in {}", reports.display());
            continue;
        };
        let mut reference_ids = BTreeSet::new();
        let mut reference_links = BTreeMap::new();
        for link in curated.links() {
            if let Some(evidence) = link.link.evidence().iter().find(|e| e.source == source.id) {
                let from = curated.actor(link.from).id.clone();
                let to = curated.actor(link.to).id.clone();
                reference_ids.insert(from.clone());
                reference_ids.insert(to.clone());
                reference_links.insert(
                    (from, to, link.link.relation.name().to_owned()),
                    evidence.quote.clone(),
                );
            }
        }
        let reference: Vec<Actor> = curated
            .actors()
            .filter(|(_, a)| reference_ids.contains(&a.id))
            .map(|(_, a)| a.clone())
            .collect();
        let others: Vec<Actor> = curated
            .actors()
            .filter(|(_, a)| !reference_ids.contains(&a.id))
            .map(|(_, a)| a.clone())
            .collect();
        let mut options = Options::new(source.id.clone(), source.title.clone());
        options.published = source.published;
        let as_names = |e: &extract::Extraction| -> Vec<(String, Vec<String>)> {
            e.actors
                .iter()
                .map(|a| (a.actor.id.clone(), names(&a.actor)))
                .collect()
        };
        let discovery = extract::extract(&text, &Gazetteer::new(Vec::new()), &options);
        let (discovery_score, discovery_mapping) = score_actors(&as_names(&discovery), &reference);
        let realistic = extract::extract(&text, &Gazetteer::new(others), &options);
        let (realistic_score, mapping) = score_actors(&as_names(&realistic), &reference);
        let found_links: BTreeMap<LinkKey, &extract::ProposedLink> = realistic
            .links
            .iter()
            .map(|l| {
                let map = |id: &str| mapping.get(id).cloned().unwrap_or_else(|| format!("?{id}"));
                let key = (
                    map(&l.record.from),
                    map(&l.record.to),
                    l.record.relation.clone(),
                );
                (key, l)
            })
            .collect();
        let correct_links = found_links
            .keys()
            .filter(|k| reference_links.contains_key(*k))
            .count();
        if explain {
            println!("## {file}");
            for a in unmatched_new(&discovery, &discovery_mapping) {
                println!(
                    "discovery false actor: {} ({:?}; {})",
                    a.actor.name, a.actor.kind, a.cue
                );
            }
            explain_report(
                &reference,
                &realistic,
                &mapping,
                &reference_links,
                &found_links,
            );
        }
        for (key, relation) in found_links.keys().map(|k| (k, &k.2)) {
            let score = by_relation.entry(relation.clone()).or_default();
            score.found += 1;
            score.correct += usize::from(reference_links.contains_key(key));
        }
        for (key, relation) in reference_links.keys().map(|k| (k, &k.2)) {
            let score = by_relation.entry(relation.clone()).or_default();
            score.reference += 1;
            score.recalled += usize::from(found_links.contains_key(key));
        }
        let link_score = Score {
            found: found_links.len(),
            correct: correct_links,
            reference: reference_links.len(),
            recalled: correct_links,
        };
        let spacy_score = spacy.get(file).map(|entities| {
            let extracted: Vec<(String, Vec<String>)> = entities
                .iter()
                .map(|e| (String::new(), vec![name_key(e)]))
                .collect();
            score_actors(&extracted, &reference).0
        });
        totals[0].add(discovery_score);
        totals[1].add(realistic_score);
        totals[2].add(link_score);
        if let Some(s) = spacy_score {
            totals[3].add(s);
        }
        rows.push((
            file.clone(),
            reference.len(),
            reference_links.len(),
            discovery_score,
            realistic_score,
            link_score,
            spacy_score,
        ));
    }
    if explain {
        println!("## links by relation (found, correct, reference)");
        for (relation, score) in &by_relation {
            println!(
                "{relation}: {} found, {} correct, {} in the reference",
                score.found, score.correct, score.reference
            );
        }
        println!();
    }
    println!("| report | ref. actors | ref. links | discovery P | discovery R | realistic P | realistic R | links P | links R | spaCy P | spaCy R |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (file, actors, links, d, r, l, s) in &rows {
        let spacy = s.map_or("– | –".to_owned(), Score::cells);
        println!(
            "| {file} | {actors} | {links} | {} | {} | {} | {spacy} |",
            d.cells(),
            r.cells(),
            l.cells()
        );
    }
    let spacy = if spacy.is_empty() {
        "– | –".to_owned()
    } else {
        totals[3].cells()
    };
    println!(
        "| **all (micro)** | {} | {} | {} | {} | {} | {spacy} |",
        totals[0].reference,
        totals[2].reference,
        totals[0].cells(),
        totals[1].cells(),
        totals[2].cells()
    );
    println!();
    println!(
        "F1: discovery {:.2}, realistic {:.2}, links {:.2}{}",
        totals[0].f1(),
        totals[1].f1(),
        totals[2].f1(),
        if spacy.starts_with('–') {
            String::from("; spaCy not available (python3 scripts/spacy_entities.py failed)")
        } else {
            format!(", spaCy {:.2}", totals[3].f1())
        }
    );
}

/// A link as scored: reference ids of both ends (`?id` for an end matching no reference actor)
/// and the relation.
type LinkKey = (String, String, String);

/// Prints what one report's realistic run missed and proposed wrongly.
fn explain_report(
    reference: &[Actor],
    found: &extract::Extraction,
    mapping: &HashMap<String, String>,
    reference_links: &BTreeMap<LinkKey, String>,
    found_links: &BTreeMap<LinkKey, &extract::ProposedLink>,
) {
    let recalled: BTreeSet<&String> = mapping.values().collect();
    for actor in reference.iter().filter(|a| !recalled.contains(&a.id)) {
        println!(
            "missed actor: {} ({:?}) {:?}",
            actor.name, actor.kind, actor.aliases
        );
    }
    for a in unmatched_new(found, mapping) {
        println!(
            "false actor: {} ({:?}; {})",
            a.actor.name, a.actor.kind, a.cue
        );
    }
    for ((from, to, relation), quote) in reference_links {
        if found_links.contains_key(&(from.clone(), to.clone(), relation.clone())) {
            continue;
        }
        let ends_found = recalled.contains(from) && recalled.contains(to);
        let same_ends: Vec<String> = found_links
            .keys()
            .filter(|(f, t, _)| (f == from && t == to) || (f == to && t == from))
            .map(|(f, _, r)| {
                if f == from {
                    r.clone()
                } else {
                    format!("{r} reversed")
                }
            })
            .collect();
        let why = if !ends_found {
            "end not found".to_owned()
        } else if same_ends.is_empty() {
            "no proposal between the ends".to_owned()
        } else {
            format!("proposed {}", same_ends.join(", "))
        };
        println!("missed link: {from} {relation} {to} [{why}] « {quote} »");
    }
    for ((from, to, relation), link) in found_links {
        let quote = &link.record.evidence[0].quote;
        if reference_links.contains_key(&(from.clone(), to.clone(), relation.clone())) {
            println!("right link: {from} {relation} {to} « {quote} »");
        } else {
            println!("false link: {from} {relation} {to} « {quote} »");
        }
    }
}

/// The new actors of an extraction that match no reference actor.
fn unmatched_new<'a>(
    found: &'a extract::Extraction,
    mapping: &'a HashMap<String, String>,
) -> impl Iterator<Item = &'a extract::ProposedActor> {
    found
        .actors
        .iter()
        .filter(|a| !a.known && !mapping.contains_key(&a.actor.id))
}

/// spaCy's entities per report file, from `scripts/spacy_entities.py` run on the cleaned
/// texts (empty when it cannot run).
fn spacy_entities(cleaned: &BTreeMap<String, String>) -> BTreeMap<String, Vec<String>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/spacy_entities.py");
    let Ok(mut child) = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return BTreeMap::new();
    };
    let input = serde_json::to_vec(cleaned).expect("texts serialize");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&input);
    }
    match child.wait_with_output() {
        Ok(output) if output.status.success() => {
            serde_json::from_slice(&output.stdout).unwrap_or_default()
        }
        _ => BTreeMap::new(),
    }
}

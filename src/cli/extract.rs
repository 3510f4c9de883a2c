//! `linkchart extract`: a report's text → proposed actors and links, as a graph fragment.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::output::{write_json, CliResult, Table};
use super::{Context, OutputFormat, EXIT_OK};
use crate::error::Error;
use crate::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use crate::model::PartialDate;

/// Arguments of `extract`.
#[derive(Debug, Args)]
#[command(
    after_help = "Proposals are marked in the fragment by notes starting with `proposed:`.\n\n\
Examples:\n  linkchart extract report.txt --published 2018-02 -o fragment.json\n  \
linkchart extract report.txt --gazetteer empty.csv --format json\n  \
linkchart merge graphs/dprk-sanctions.json fragment.json -o merged.json --dry-run"
)]
pub struct ExtractArgs {
    /// The report's text file.
    #[arg(value_name = "REPORT")]
    pub report: PathBuf,
    /// Graph whose actors are the known names (default: the -g graph, else the bundled one).
    ///
    /// A graph with no actors (a CSV file holding only its header) means discovery alone.
    #[arg(long, value_name = "GRAPH")]
    pub gazetteer: Option<PathBuf>,
    /// Source id the evidence cites (default: the report's file stem).
    #[arg(long, value_name = "ID")]
    pub source_id: Option<String>,
    /// The source's title (default: the file name).
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Publication date (2018, 2018-02, 2018-02-12): resolves "last August".
    #[arg(long, value_name = "D")]
    pub published: Option<PartialDate>,
    /// New actors below this confidence are left out.
    #[arg(long, value_name = "C", default_value_t = 0.5)]
    pub min_confidence: f64,
    /// Write the fragment (native JSON) to this file.
    #[arg(short = 'o', long = "output", value_name = "FRAGMENT")]
    pub output: Option<PathBuf>,
}

/// Runs `extract`.
pub fn run(args: &ExtractArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let text = std::fs::read_to_string(&args.report).map_err(|source| Error::Io {
        path: args.report.clone(),
        source,
    })?;
    let gazetteer;
    let graph = match &args.gazetteer {
        Some(path) => {
            gazetteer = crate::io::load(std::slice::from_ref(path))?;
            &gazetteer.graph
        }
        None => &context.load()?.graph,
    };
    let file_name = args
        .report
        .file_name()
        .map(|f| f.to_string_lossy().into_owned());
    let stem = args
        .report
        .file_stem()
        .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
    let mut options = Options::new(
        args.source_id.clone().unwrap_or(stem),
        args.title
            .clone()
            .or_else(|| file_name.clone())
            .unwrap_or_default(),
    );
    options.published = args.published;
    options.file = file_name;
    options.min_confidence = args.min_confidence;
    let extraction = extract(&text, &Gazetteer::from_graph(graph), &options);
    if let Some(path) = &args.output {
        let mut document =
            serde_json::to_string_pretty(&extraction.fragment()).expect("serializes");
        document.push('\n');
        crate::merge::write_atomically(path, &document)?;
    }
    match context.global.format {
        OutputFormat::Json => write_json(out, &extraction)?,
        OutputFormat::Table | OutputFormat::Csv => write_review(out, &text, &extraction)?,
    }
    Ok(EXIT_OK)
}

/// The proposals for review: actors, then links with their sentence, the two mentions in
/// [brackets].
fn write_review(out: &mut dyn Write, text: &str, extraction: &Extraction) -> std::io::Result<()> {
    writeln!(
        out,
        "{} paragraphs, {} sentences; {} actors ({} new), {} links proposed",
        extraction.paragraphs,
        extraction.sentences,
        extraction.actors.len(),
        extraction.actors.iter().filter(|a| !a.known).count(),
        extraction.links.len()
    )?;
    writeln!(out)?;
    let mut table = Table::new(&["id", "kind", "status", "confidence", "mentions", "cue"]);
    for actor in &extraction.actors {
        table.row(vec![
            actor.actor.id.clone(),
            actor.actor.kind.to_string(),
            if actor.known { "known" } else { "NEW" }.into(),
            format!("{:.2}", actor.confidence),
            actor.mentions.len().to_string(),
            actor.cue.clone(),
        ]);
    }
    table.write(out)?;
    for link in &extraction.links {
        let record = &link.record;
        writeln!(out)?;
        let mut extras = Vec::new();
        if let Some(c) = &record.commodity {
            extras.push(format!("commodity {c}"));
        }
        if let Some(d) = &record.date {
            extras.push(format!("date {d}"));
        }
        if let Some(g) = &record.grade {
            extras.push(format!(
                "grade {g} ({})",
                record.hedge.as_deref().unwrap_or("")
            ));
        }
        writeln!(
            out,
            "{} -[{}]-> {}  confidence {:.2}{}{}",
            record.from,
            record.relation,
            record.to,
            link.confidence,
            if extras.is_empty() { "" } else { "; " },
            extras.join("; ")
        )?;
        writeln!(out, "  \"{}\"", highlight(text, link))?;
    }
    Ok(())
}

/// The link's sentence with its two mentions in [brackets]; a mention inside the other (the
/// demonym opening "Japanese Ministry of Defense") is bracketed inside it.
fn highlight(text: &str, link: &crate::extract::ProposedLink) -> String {
    // (position, closes, length): at one position, closing brackets come first, then the longer
    // mention opens before the shorter one inside it.
    let mut marks: Vec<(usize, bool, std::cmp::Reverse<usize>)> = link
        .mentions
        .iter()
        // (A designator named in the sentence that opened a list is outside the item's.)
        .filter(|r| link.sentence.start <= r.start && r.end <= link.sentence.end)
        .flat_map(|r| {
            [
                (r.start, false, std::cmp::Reverse(r.len())),
                (r.end, true, std::cmp::Reverse(usize::MAX - r.len())),
            ]
        })
        .collect();
    marks.sort_by_key(|&(at, closes, length)| (at, !closes, length));
    let mut result = String::new();
    let mut at = link.sentence.start;
    for (position, closes, _) in marks {
        result.push_str(&text[at..position]);
        result.push(if closes { ']' } else { '[' });
        at = position;
    }
    result.push_str(&text[at..link.sentence.end]);
    result
}

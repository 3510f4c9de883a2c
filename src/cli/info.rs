//! `linkchart info`: the graph's summary.

use std::io::Write;

use clap::Args;

use super::output::{write_json, CliResult, Table};
use super::{Context, OutputFormat, EXIT_OK};
use crate::describe::{self, GraphInfo};

/// Arguments of `info`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  linkchart info\n  linkchart info --format json\n  linkchart -g links.csv info"
)]
pub struct InfoArgs {}

/// Runs `info`.
pub fn run(_args: &InfoArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let loaded = context.load()?;
    let info = describe::info(&loaded.graph);
    match context.global.format {
        OutputFormat::Json => write_json(out, &info)?,
        OutputFormat::Table | OutputFormat::Csv => write_table(&info, out)?,
    }
    Ok(EXIT_OK)
}

fn counts<K: ToString>(pairs: impl IntoIterator<Item = (K, usize)>) -> String {
    pairs
        .into_iter()
        .map(|(k, n)| format!("{} {n}", k.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_table(info: &GraphInfo, out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(title) = &info.title {
        writeln!(out, "{title}\n")?;
    }
    let dates = match (&info.dates.first, &info.dates.last) {
        (Some(first), Some(last)) => format!("{first} to {last}"),
        (Some(only), None) | (None, Some(only)) => only.to_string(),
        (None, None) => "no dated links".to_owned(),
    };
    let mut table = Table::new(&["", ""]);
    table.row(vec!["actors".into(), info.actors.to_string()]);
    table.row(vec![
        "  by kind".into(),
        counts(info.kinds.iter().map(|(k, n)| (k, *n))),
    ]);
    table.row(vec![
        "links".into(),
        format!(
            "{} ({} with evidence, {} hedged)",
            info.links, info.evidenced_links, info.hedged_links
        ),
    ]);
    table.row(vec![
        "  by category".into(),
        counts(info.categories.iter().map(|(k, n)| (k, *n))),
    ]);
    table.row(vec![
        "  by relation".into(),
        counts(info.relations.iter().map(|(k, n)| (k, *n))),
    ]);
    table.row(vec!["dates".into(), dates]);
    table.row(vec!["components".into(), info.components.to_string()]);
    let mut lines = Vec::new();
    table.write(&mut lines)?;
    // The header row of an unlabelled table is blank: skip it.
    let text = String::from_utf8_lossy(&lines);
    for line in text.lines().skip(1) {
        writeln!(out, "{line}")?;
    }
    if !info.sources.is_empty() {
        writeln!(out, "\nsources")?;
        let mut sources = Table::new(&["id", "published", "cited", "title"]);
        for source in &info.sources {
            sources.row(vec![
                source.id.clone(),
                source.published.map(|d| d.to_string()).unwrap_or_default(),
                source.citations.to_string(),
                source.title.clone(),
            ]);
        }
        sources.write(out)?;
    }
    Ok(())
}

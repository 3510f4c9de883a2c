//! `linkchart merge`: fragments into a base graph, atomically.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::output::{write_json, CliResult};
use super::{Context, OutputFormat, EXIT_ERROR, EXIT_OK};
use crate::merge::{merge_files, write_atomically, MergeReport};

/// Arguments of `merge`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit code 0 when merged (or mergeable, with --dry-run); 2 on a contradiction, \
which is reported and writes nothing.\n\nExamples:\n  linkchart merge graph.json fragment.json -o graph.json\n  \
linkchart merge graph.json a.json b.json -o merged.json --dry-run"
)]
pub struct MergeArgs {
    /// The base graph.
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// Fragments to merge in, in order.
    #[arg(value_name = "FRAGMENT", required = true)]
    pub fragments: Vec<PathBuf>,
    /// Where to write the merged graph (may be BASE; written via a temporary file and a rename).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// Report what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `merge`.
pub fn run(args: &MergeArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let (text, report) = merge_files(&args.base, &args.fragments)?;
    let refused = !report.conflicts.is_empty();
    if !refused && !args.dry_run {
        write_atomically(&args.output, &text)?;
    }
    match context.global.format {
        OutputFormat::Json => write_json(out, &report)?,
        OutputFormat::Table | OutputFormat::Csv => write_report(out, &report, args, refused)?,
    }
    Ok(if refused { EXIT_ERROR } else { EXIT_OK })
}

fn write_report(
    out: &mut dyn Write,
    report: &MergeReport,
    args: &MergeArgs,
    refused: bool,
) -> std::io::Result<()> {
    for conflict in &report.conflicts {
        writeln!(out, "CONFLICT: {conflict}")?;
    }
    for (id, name, kind) in &report.added_actors {
        writeln!(out, "added actor {id} ({kind}): {name}")?;
    }
    for (from, into, how) in &report.unified {
        writeln!(out, "unified {from} with {into} (by {how})")?;
    }
    for (id, alias) in &report.aliases_added {
        writeln!(out, "alias of {id}: {alias}")?;
    }
    for (id, field, value) in &report.facts_added {
        writeln!(out, "{id}: {field} = {value}")?;
    }
    for source in &report.sources_added {
        writeln!(out, "added source {source}")?;
    }
    for link in &report.links_added {
        writeln!(out, "added link {link}")?;
    }
    for (link, source) in &report.evidence_added {
        writeln!(out, "evidence from {source} added to {link}")?;
    }
    let outcome = if refused {
        "refused: nothing written".to_owned()
    } else if args.dry_run {
        "dry run: nothing written".to_owned()
    } else {
        format!("written to {}", args.output.display())
    };
    writeln!(
        out,
        "{} actors added, {} unified, {} aliases, {} links added, {} evidence items added; {outcome}",
        report.added_actors.len(),
        report.unified.len(),
        report.aliases_added.len(),
        report.links_added.len(),
        report.evidence_added.len()
    )
}

//! `linkchart validate`: every check, and quotes against the reports.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::output::{write_json, CliResult};
use super::{Context, OutputFormat, EXIT_ERROR, EXIT_OK};
use crate::validate::validate;

/// Arguments of `validate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit code 0 when the graph is valid (warnings allowed), 2 otherwise.\n\n\
Examples:\n  linkchart validate\n  linkchart validate --reports ../shared/reports\n  linkchart -g mine.json validate --format json"
)]
pub struct ValidateArgs {
    /// Folder holding the sources' text files: check that every quote occurs in its source
    /// (white space and curly quotes aside).
    #[arg(long, value_name = "DIR")]
    pub reports: Option<PathBuf>,
}

/// Runs `validate`.
pub fn run(args: &ValidateArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let loaded = context.load()?;
    let validation = validate(loaded, args.reports.as_deref());
    match context.global.format {
        OutputFormat::Json => write_json(out, &validation)?,
        OutputFormat::Table | OutputFormat::Csv => {
            for diagnostic in validation.errors.iter().chain(&validation.warnings) {
                writeln!(out, "{diagnostic}")?;
            }
            let graph = &loaded.graph;
            writeln!(
                out,
                "{}: {} actors, {} links, {} sources; {} quotes checked; {} errors, {} warnings",
                if validation.is_ok() {
                    "valid"
                } else {
                    "INVALID"
                },
                graph.actor_count(),
                graph.link_count(),
                graph.sources().len(),
                validation.quotes_checked,
                validation.errors.len(),
                validation.warnings.len()
            )?;
        }
    }
    Ok(if validation.is_ok() {
        EXIT_OK
    } else {
        EXIT_ERROR
    })
}

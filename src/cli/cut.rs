//! `linkchart cut`: the intermediaries whose removal leaves no chain between two actors.

use std::io::Write;

use clap::Args;

use super::output::{write_json, CliResult, Table};
use super::scope_args::{PassArgs, ScopeArgs};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::chains::ChainQuery;
use crate::explore;
use crate::resolve::resolve;

/// Arguments of `cut`.
#[derive(Debug, Args)]
#[command(
    after_help = "The cut is a minimum vertex cut (max-flow on the split graph): the fewest \
actors to interdict so that no chain in scope remains. Each is listed with the number of chains \
(simple chains up to --max-hops) it sits on.\n\nExamples:\n  linkchart cut \"North Korea\" \"South Korea\"\n  \
linkchart cut dprk Japan --undirected --format json"
)]
pub struct CutArgs {
    /// Where chains start.
    #[arg(value_name = "FROM")]
    pub from: String,
    /// Where chains end.
    #[arg(value_name = "TO")]
    pub to: String,
    /// Count chains of at most this many hops (default 6).
    #[arg(long, value_name = "N")]
    pub max_hops: Option<usize>,
    /// Count at most this many chains.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub limit: usize,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Passing.
    #[command(flatten)]
    pub pass: PassArgs,
}

/// Runs `cut`; exit code 1 when no chain exists to cut.
pub fn run(args: &CutArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let from = resolve(graph, &args.from)?;
    let to = resolve(graph, &args.to)?;
    let scope = args.scope.scope(graph)?;
    let query = ChainQuery {
        max_hops: args.max_hops,
        limit: args.limit,
        undirected: args.pass.undirected,
        pass: args.pass.pass_filter(graph)?,
        ..ChainQuery::default()
    };
    let cut = explore::cut(graph, &scope, &query, from, to);
    match context.global.format {
        OutputFormat::Json => write_json(out, &cut)?,
        OutputFormat::Table | OutputFormat::Csv => {
            if cut.direct {
                writeln!(
                    out,
                    "{} and {} are directly linked: no intermediary can cut that link.",
                    cut.from.name, cut.to.name
                )?;
            }
            if cut.cut.is_empty() {
                writeln!(
                    out,
                    "No chain through intermediaries from {} to {}.",
                    cut.from.name, cut.to.name
                )?;
            } else {
                writeln!(
                    out,
                    "Removing these {} actor(s) cuts every chain through intermediaries from {} to {}:\n",
                    cut.cut.len(),
                    cut.from.name,
                    cut.to.name
                )?;
                let mut table = Table::new(&["id", "name", "on chains"]);
                for actor in &cut.cut {
                    table.row(vec![
                        actor.id.clone(),
                        actor.name.clone(),
                        format!("{} of {}", actor.chains, cut.chains_examined),
                    ]);
                }
                table.write(out)?;
                if cut.truncated {
                    writeln!(out, "(chain count cut at --limit {})", args.limit)?;
                }
            }
        }
    }
    Ok(if cut.cut.is_empty() && !cut.direct {
        EXIT_NO_RESULT
    } else {
        EXIT_OK
    })
}

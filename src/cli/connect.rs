//! `linkchart connect`: the smallest network joining several actors.

use std::io::Write;

use clap::Args;

use super::output::{actor_name, write_json, CliResult};
use super::paths::hop_line;
use super::scope_args::{PassArgs, ScopeArgs};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::error::Error;
use crate::explore;
use crate::resolve::resolve;

/// Arguments of `connect`.
#[derive(Debug, Args)]
#[command(
    after_help = "The network is a Steiner tree approximated by the Kou–Markowsky–Berman \
construction (at most twice the fewest links), following links in both directions unless \
--directed. Actors it cannot join are listed as gaps in the evidence.\n\nExamples:\n  \
linkchart connect \"North Korea\" Japan Incheon\n  linkchart connect Russia China \"South Korea\" --format json"
)]
pub struct ConnectArgs {
    /// The actors to join (two or more).
    #[arg(value_name = "ACTOR", num_args = 2.., required = true)]
    pub actors: Vec<String>,
    /// Follow links only in their direction.
    #[arg(long)]
    pub directed: bool,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Passing.
    #[command(flatten)]
    pub pass: PassArgs,
}

/// Runs `connect`; exit code 1 when nothing could be joined.
pub fn run(args: &ConnectArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let mut terminals = Vec::new();
    for name in &args.actors {
        let node = resolve(graph, name)?;
        if terminals.contains(&node) {
            return Err(Error::Usage(format!("`{name}` names an actor given twice")).into());
        }
        terminals.push(node);
    }
    let scope = args.scope.scope(graph)?;
    let network = explore::connect(
        graph,
        &scope,
        &args.pass.pass_filter(graph)?,
        args.directed,
        &terminals,
    );
    match context.global.format {
        OutputFormat::Json => write_json(out, &network)?,
        OutputFormat::Table | OutputFormat::Csv => {
            let name = |id: &str| actor_name(graph, id);
            writeln!(
                out,
                "A network of {} actors and {} hops joins them:\n",
                network.actors.len(),
                network.links.len()
            )?;
            for hop in &network.links {
                writeln!(out, "  {}", hop_line(hop, &name))?;
            }
            let added: Vec<String> = network.added.iter().map(|id| name(id)).collect();
            writeln!(
                out,
                "\nintermediaries needed: {}",
                if added.is_empty() {
                    "none".into()
                } else {
                    added.join(", ")
                }
            )?;
            if !network.unreached.is_empty() {
                let gaps: Vec<String> = network.unreached.iter().map(|id| name(id)).collect();
                writeln!(
                    out,
                    "could not join (gaps in the evidence): {}",
                    gaps.join(", ")
                )?;
            }
        }
    }
    Ok(if network.links.is_empty() {
        EXIT_NO_RESULT
    } else {
        EXIT_OK
    })
}

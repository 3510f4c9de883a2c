//! `linkchart neighbours`: an actor's ego network.

use std::io::Write;

use clap::Args;

use super::output::{actor_name, write_json, CliResult, Table};
use super::paths::hop_line;
use super::scope_args::{PassArgs, ScopeArgs};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::explore;
use crate::resolve::resolve;

/// Arguments of `neighbours`.
#[derive(Debug, Args)]
#[command(
    visible_alias = "neighbors",
    after_help = "Links are followed both ways unless \
--directed (then only outward).\n\nExamples:\n  linkchart neighbours Nakhodka\n  \
linkchart neighbours \"North Korea\" --hops 2 --category goods --format json"
)]
pub struct NeighboursArgs {
    /// The center: id, name or alias.
    #[arg(value_name = "ACTOR")]
    pub actor: String,
    /// How far to reach, in hops.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub hops: usize,
    /// Follow links only outward, in their direction.
    #[arg(long)]
    pub directed: bool,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Passing.
    #[command(flatten)]
    pub pass: PassArgs,
}

/// Runs `neighbours`; exit code 1 when the actor has none in scope.
pub fn run(args: &NeighboursArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let center = resolve(graph, &args.actor)?;
    let scope = args.scope.scope(graph)?;
    let ego = explore::neighbours(
        graph,
        &scope,
        &args.pass.pass_filter(graph)?,
        args.directed,
        center,
        args.hops,
    );
    match context.global.format {
        OutputFormat::Json => write_json(out, &ego)?,
        OutputFormat::Table | OutputFormat::Csv => {
            let name = |id: &str| actor_name(graph, id);
            let mut table = Table::new(&["distance", "actor", "kind", "reached by"]);
            for actor in &ego.actors {
                let via = actor
                    .via
                    .as_ref()
                    .map(|hop| hop_line(hop, &name))
                    .unwrap_or_default();
                table.row(vec![
                    actor.distance.to_string(),
                    actor.name.clone(),
                    actor.kind.clone(),
                    via,
                ]);
            }
            table.write(out)?;
            writeln!(
                out,
                "{} actors within {} hop(s) of {}",
                ego.actors.len(),
                args.hops,
                ego.center.name
            )?;
        }
    }
    Ok(if ego.actors.is_empty() {
        EXIT_NO_RESULT
    } else {
        EXIT_OK
    })
}

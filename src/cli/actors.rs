//! `linkchart actors`: list actors, by name and kind.

use std::io::Write;

use clap::Args;

use super::output::{write_json, CliResult, Table};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::describe;
use crate::model::ActorKind;
use crate::resolve;

/// Arguments of `actors`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  linkchart actors --kind port\n  linkchart actors korea\n  linkchart actors --format json"
)]
pub struct ActorsArgs {
    /// Only actors one of whose names contains this text (case, accents and punctuation ignored).
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// Only actors of this kind: state, firm, ship, port, agency, person, group, place, other.
    #[arg(long, value_name = "KIND")]
    pub kind: Option<ActorKind>,
}

/// Runs `actors`; exit code 1 when nothing matches.
pub fn run(args: &ActorsArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let nodes = match &args.query {
        Some(query) => resolve::search(graph, query),
        None => graph.actors().map(|(node, _)| node).collect(),
    };
    let rows = describe::actor_rows(graph, nodes, args.kind);
    match context.global.format {
        OutputFormat::Json => write_json(out, &rows)?,
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(["id", "name", "kind", "degree", "aliases"])?;
            for row in &rows {
                writer.write_record([
                    row.id.as_str(),
                    &row.name,
                    row.kind.name(),
                    &row.degree.to_string(),
                    &row.aliases.join("; "),
                ])?;
            }
            writer.flush()?;
        }
        OutputFormat::Table => {
            let mut table = Table::new(&["id", "name", "kind", "degree", "aliases"]);
            for row in &rows {
                table.row(vec![
                    row.id.clone(),
                    row.name.clone(),
                    row.kind.to_string(),
                    row.degree.to_string(),
                    row.aliases.join("; "),
                ]);
            }
            table.write(out)?;
            writeln!(out, "{} actors", rows.len())?;
        }
    }
    Ok(if rows.is_empty() {
        EXIT_NO_RESULT
    } else {
        EXIT_OK
    })
}

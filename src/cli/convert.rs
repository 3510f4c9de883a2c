//! `linkchart convert`: a graph from one format to another.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::output::{write_json, CliResult};
use super::{Context, OutputFormat, EXIT_OK};
use crate::io::{self, CypherDialect, Format, WriteOptions};

/// The Cypher dialects on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Dialect {
    /// Neo4j 5: constraints, then MERGE.
    Neo4j,
    /// Kùzu: node and rel tables, then MERGE.
    Kuzu,
}

/// Arguments of `convert`.
#[derive(Debug, Args)]
#[command(
    after_help = "Formats (from the extension, or --from/--to): json, csv (a .csv links \
table, or a folder with actors.csv, links.csv, sources.csv), graphml, gexf (write), ftm \
(.ftm.json, .ftm.jsonl), cypher (.cypher, write), neo4j-csv (a folder, write).\n\n\
Examples:\n  linkchart convert graphs/dprk-sanctions.json net.graphml\n  \
linkchart convert net.graphml tables/ --to csv\n  linkchart --actors a.csv --links l.csv convert net.ftm.jsonl\n  \
linkchart convert net.json net.cypher --cypher-dialect kuzu\n  linkchart convert net.json import/ --to neo4j-csv"
)]
pub struct ConvertArgs {
    /// The input and the output; with --actors/--links (or -g), only the output.
    #[arg(value_name = "IN OUT", num_args = 1..=2, required = true)]
    pub paths: Vec<PathBuf>,
    /// The input's format, when its name does not say.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub from: Option<Format>,
    /// The output's format, when its name does not say.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub to: Option<Format>,
    /// The Cypher dialect of a .cypher output.
    #[arg(long, value_enum, value_name = "DIALECT", default_value_t = Dialect::Neo4j)]
    pub cypher_dialect: Dialect,
}

fn parse_format(text: &str) -> Result<Format, String> {
    text.parse().map_err(|e: crate::Error| e.to_string())
}

/// Runs `convert`.
pub fn run(args: &ConvertArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let global = &context.global;
    let (inputs, output) = match args.paths.as_slice() {
        [input, output] => (std::slice::from_ref(input), output),
        [output] => (&[][..], output),
        _ => unreachable!("clap takes one or two paths"),
    };
    let graphs: Vec<PathBuf> = global.graphs.iter().chain(inputs).cloned().collect();
    if graphs.is_empty() && global.actor_tables.is_empty() && global.link_tables.is_empty() {
        return Err(crate::Error::Usage(
            "convert needs an input: IN OUT, or -g/--actors/--links and OUT".into(),
        )
        .into());
    }
    let loaded = io::load_as(
        &graphs,
        args.from,
        &global.actor_tables,
        &global.link_tables,
    )?;
    let format = match args.to {
        Some(format) => format,
        None => Format::from_path(output)?,
    };
    let options = WriteOptions {
        cypher_dialect: match args.cypher_dialect {
            Dialect::Neo4j => CypherDialect::Neo4j,
            Dialect::Kuzu => CypherDialect::Kuzu,
        },
    };
    let written = io::write_graph(&loaded.graph, output, format, options)?;
    for warning in &loaded.warnings {
        eprintln!("linkchart: {warning}");
    }
    match global.format {
        OutputFormat::Json => write_json(out, &written)?,
        OutputFormat::Table | OutputFormat::Csv => {
            let files: Vec<String> = written
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect();
            writeln!(
                out,
                "wrote {} actors and {} links as {}: {}",
                written.actors,
                written.links,
                written.format,
                files.join(", ")
            )?;
        }
    }
    Ok(EXIT_OK)
}

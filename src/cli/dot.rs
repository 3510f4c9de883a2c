//! `linkchart dot`: the DOT text of a selection, to stdout or a file.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::output::{write_json, CliResult};
use super::picture_args::{SelectionArgs, Summary};
use super::render::refuse_empty;
use super::{Context, OutputFormat, EXIT_OK};
use crate::render::{self, dot, graphviz::Layout, ImageFormat};

/// Arguments of `dot`.
#[derive(Debug, Args)]
#[command(
    after_help = "Without -o the DOT goes to stdout. Any actor name, quotes, backslashes \
and all, is shown verbatim by Graphviz.\n\nExamples:\n  linkchart dot --focus Nakhodka | dot -Tsvg > nakhodka.svg\n  \
linkchart dot --chains \"North Korea\" \"South Korea\" -k 3 -o chains.dot\n  \
linkchart dot --top 20 --by pagerank --cluster country -o hubs.dot"
)]
pub struct DotArgs {
    /// Write the DOT to this file instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The layout the DOT asks Graphviz for (default: dot; sfdp for large drawings).
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub layout: Option<Layout>,
    /// What to draw.
    #[command(flatten)]
    pub selection: SelectionArgs,
}

/// Runs `dot`; exit code 1 when the selection is empty.
pub fn run(args: &DotArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let picture = args.selection.picture(graph)?;
    if let Some(code) = refuse_empty(&picture) {
        return Ok(code);
    }
    let text = dot::to_dot_string(&picture, args.layout);
    if let Some(path) = &args.output {
        render::write_atomically(path, text.as_bytes())?;
    }
    let json = context.global.format == OutputFormat::Json;
    if json {
        let summary = Summary {
            file: args.output.as_deref(),
            format: ImageFormat::Dot,
            engine: "dot",
            selection: &picture.selection,
            actors: picture.actors.len(),
            links: picture.links.len(),
            dot: args.output.is_none().then_some(text.as_str()),
        };
        write_json(out, &summary)?;
    } else if let Some(path) = &args.output {
        writeln!(
            out,
            "wrote {} ({} actors, {} links)",
            path.display(),
            picture.actors.len(),
            picture.links.len()
        )?;
    } else {
        out.write_all(text.as_bytes())?;
    }
    Ok(EXIT_OK)
}

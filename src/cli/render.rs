//! `linkchart render`: a picture file (SVG, PNG, PDF, DOT), drawn by Graphviz or the builtin
//! engine, written atomically.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::output::{write_json, CliResult};
use super::picture_args::{SelectionArgs, Summary};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::render::{self, graphviz::Layout, Engine, ImageFormat, Picture};

/// Arguments of `render`.
#[derive(Debug, Args)]
#[command(
    after_help = "The format comes from the file's extension: .svg, .png, .pdf or .dot. \
PNG and PDF need Graphviz (`apt-get install graphviz`); without it SVG is drawn by the builtin \
engine.\n\nExamples:\n  linkchart render --chains \"North Korea\" Japan --commodity coal -o coal.svg\n  \
linkchart render --focus Nakhodka --hops 2 -o nakhodka.png\n  \
linkchart render --top 15 --by betweenness --size-by betweenness -o brokers.pdf\n  \
linkchart render --highlight \"North Korea\" Japan --cluster country -o all.svg --engine builtin"
)]
pub struct RenderArgs {
    /// The file to write; its extension picks the format.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Who draws: graphviz when `dot` is installed, else builtin (SVG only).
    #[arg(long, value_enum, default_value_t = Engine::Auto, value_name = "ENGINE")]
    pub engine: Engine,
    /// Graphviz layout (default: dot; sfdp with overlap removal for large drawings).
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub layout: Option<Layout>,
    /// What to draw.
    #[command(flatten)]
    pub selection: SelectionArgs,
}

/// Runs `render`; exit code 1 when the selection is empty (no chain, nothing in scope).
pub fn run(args: &RenderArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let format = ImageFormat::from_path(&args.output)?;
    let picture = args.selection.picture(graph)?;
    if let Some(code) = refuse_empty(&picture) {
        return Ok(code);
    }
    let drawing = render::save(&picture, &args.output, args.engine, args.layout)?;
    let summary = Summary {
        file: Some(&args.output),
        format,
        engine: drawing.engine,
        selection: &picture.selection,
        actors: picture.actors.len(),
        links: picture.links.len(),
        dot: None,
    };
    match context.global.format {
        OutputFormat::Json => write_json(out, &summary)?,
        OutputFormat::Table | OutputFormat::Csv => writeln!(
            out,
            "wrote {} ({} actors, {} links; {}, {})",
            args.output.display(),
            summary.actors,
            summary.links,
            render::format_name(format),
            summary.engine
        )?,
    }
    Ok(EXIT_OK)
}

/// An empty selection draws nothing: says why on stderr and gives exit code 1.
pub fn refuse_empty(picture: &Picture) -> Option<u8> {
    if !picture.actors.is_empty() {
        return None;
    }
    let why = picture
        .notice
        .as_deref()
        .unwrap_or("nothing in scope to draw");
    eprintln!("linkchart: {why}; no picture written");
    Some(EXIT_NO_RESULT)
}

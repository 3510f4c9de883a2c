//! The command line: arguments (clap), one module per subcommand, and the printing of results
//! and errors. Only this module prints.

mod actors;
mod connect;
mod convert;
mod cut;
mod dot;
mod extract;
mod info;
mod merge;
mod neighbours;
mod output;
mod paths;
mod picture_args;
mod rank;
mod render;
mod scope_args;
pub use output::{CliError, CliResult};
mod show;
mod validate;

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::io::{self, Loaded};

/// Exit code: the command answered.
pub const EXIT_OK: u8 = 0;
/// Exit code: the command ran but found nothing (no chain, no actor matched).
pub const EXIT_NO_RESULT: u8 = 1;
/// Exit code: an error (bad input, bad arguments, unreadable file).
pub const EXIT_ERROR: u8 = 2;

/// Link analysis of illicit networks: actors, evidence-carrying links, chains and hubs.
#[derive(Debug, Parser)]
#[command(name = "linkchart", version, about, long_about = None)]
#[command(
    after_help = "With no --graph, linkchart works on its built-in curated graph of the \
shared DPRK sanctions reports.\n\nExamples:\n  linkchart show Nakhodka\n  linkchart actors --kind port\n  \
linkchart info --format json\n  linkchart -g links.csv validate"
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Graph file to load (.json, .csv, .graphml, .ftm.json(l), a folder of CSV tables);
    /// repeat to merge several.
    ///
    /// Files are merged: the same id is the same actor, and conflicting facts about one actor
    /// are an error naming both files. Without this option the built-in curated graph is used.
    #[arg(short = 'g', long = "graph", value_name = "FILE", global = true)]
    pub graphs: Vec<PathBuf>,
    /// Actors table (CSV: id, name, kind, …) to load; repeatable.
    #[arg(long = "actors", value_name = "FILE", global = true)]
    pub actor_tables: Vec<PathBuf>,
    /// Links table (CSV: from, to, relation, …) to load; repeatable.
    #[arg(long = "links", value_name = "FILE", global = true)]
    pub link_tables: Vec<PathBuf>,
    /// Output format: `table` for people, `json` for programs.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table, global = true)]
    pub format: OutputFormat,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned text for people.
    Table,
    /// Stable JSON for programs (documented in the README).
    Json,
    /// CSV, for `rank` and `actors`.
    Csv,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Summarize the graph: counts by kind, relation and category, sources, dates, components.
    Info(info::InfoArgs),
    /// List actors, optionally those matching a name and of one kind.
    Actors(actors::ActorsArgs),
    /// Show an actor's card: who it is, and every link in and out with its evidence.
    Show(show::ShowArgs),
    /// Check the graph; with --reports, check every quote against its source text.
    Validate(validate::ValidateArgs),
    /// Find the intermediary chains from one actor to another, with evidence for every hop.
    Paths(Box<paths::PathsArgs>),
    /// The fewest intermediaries whose removal cuts every chain between two actors.
    Cut(Box<cut::CutArgs>),
    /// The smallest network joining several actors, and the gaps between them.
    Connect(Box<connect::ConnectArgs>),
    /// An actor's ego network: the actors within N hops and the link that reached each.
    Neighbours(Box<neighbours::NeighboursArgs>),
    /// Rank actors by a centrality measure: the hubs and the brokers.
    Rank(Box<rank::RankArgs>),
    /// Explain an actor's score by its parts: pairs it brokers, links, contributors, who reaches it.
    Why(Box<rank::WhyArgs>),
    /// Write the DOT of a selection (whole graph, ego network, chains, top N) for Graphviz.
    Dot(Box<dot::DotArgs>),
    /// Draw a selection to an SVG, PNG or PDF file, with Graphviz or the builtin engine.
    Render(Box<render::RenderArgs>),
    /// Convert a graph between formats: JSON, CSV, GraphML, GEXF, FtM, Cypher, neo4j-admin CSV.
    Convert(Box<convert::ConvertArgs>),
    /// Propose actors and links from a report's text, as a graph fragment with evidence.
    Extract(Box<extract::ExtractArgs>),
    /// Merge graph fragments into a base graph, refusing contradictions; written atomically.
    Merge(Box<merge::MergeArgs>),
}

/// What every command gets: the global options, and the graph loaded on demand.
pub struct Context {
    /// The global options.
    pub global: GlobalArgs,
    /// The graph, once loaded. The context owns it, not the command, so that [`run`] can
    /// free it off the main thread once the output is written.
    loaded: std::cell::OnceCell<Loaded>,
}

impl Context {
    /// A context for these options, with nothing loaded yet.
    pub fn new(global: GlobalArgs) -> Context {
        Context {
            global,
            loaded: std::cell::OnceCell::new(),
        }
    }

    /// The graph the options name (or the bundled one), loaded on the first call.
    pub fn load(&self) -> crate::Result<&Loaded> {
        if let Some(loaded) = self.loaded.get() {
            return Ok(loaded);
        }
        let global = &self.global;
        let loaded = io::load_as(
            &global.graphs,
            None,
            &global.actor_tables,
            &global.link_tables,
        )?;
        Ok(self.loaded.get_or_init(|| loaded))
    }
}

/// Runs a parsed command line, printing to stdout and stderr; returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let context = Context::new(cli.global);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let csv_capable = matches!(cli.command, Command::Rank(_) | Command::Actors(_));
    if context.global.format == OutputFormat::Csv && !csv_capable {
        let error = crate::Error::Usage("--format csv is available for `rank` and `actors`".into());
        return output::report_error(&error.into(), OutputFormat::Table);
    }
    let result: CliResult = match &cli.command {
        Command::Info(args) => info::run(args, &context, &mut out),
        Command::Actors(args) => actors::run(args, &context, &mut out),
        Command::Show(args) => show::run(args, &context, &mut out),
        Command::Validate(args) => validate::run(args, &context, &mut out),
        Command::Paths(args) => paths::run(args, &context, &mut out),
        Command::Cut(args) => cut::run(args, &context, &mut out),
        Command::Connect(args) => connect::run(args, &context, &mut out),
        Command::Neighbours(args) => neighbours::run(args, &context, &mut out),
        Command::Rank(args) => rank::run(args, &context, &mut out),
        Command::Why(args) => rank::run_why(args, &context, &mut out),
        Command::Dot(args) => dot::run(args, &context, &mut out),
        Command::Render(args) => render::run(args, &context, &mut out),
        Command::Convert(args) => convert::run(args, &context, &mut out),
        Command::Extract(args) => extract::run(args, &context, &mut out),
        Command::Merge(args) => merge::run(args, &context, &mut out),
    };
    let result = result.and_then(|code| out.flush().map(|()| code).map_err(Into::into));
    let code = match result {
        Ok(code) => code,
        Err(error) => output::report_error(&error, context.global.format),
    };
    // Freeing a million-actor graph takes a tenth of a second that nobody needs to wait for:
    // a thread does it, and the process may exit before it is done.
    if let Some(loaded) = context.loaded.into_inner() {
        std::thread::spawn(move || drop(loaded));
    }
    code
}

//! The `linkchart` command: parses arguments, runs the command, maps the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = linkchart::cli::Cli::parse();
    ExitCode::from(linkchart::cli::run(cli))
}

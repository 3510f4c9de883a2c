//! The `linkchart` command: parses arguments, runs the command, maps the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = linkchart::cli::Cli::parse();
    ExitCode::from(linkchart::cli::run(cli))
}

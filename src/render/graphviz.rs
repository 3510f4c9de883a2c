//! The Graphviz engine: the picture's DOT run through the `dot` program (graphviz-rust's
//! `exec`), for the best SVG, and for PNG and PDF.

use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format};
use graphviz_rust::printer::PrinterContext;
use serde::Serialize;

use super::{dot, format_name, ImageFormat, Picture};
use crate::error::{Error, Result};

/// A Graphviz layout program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// Layered, in the direction of the links: chains, hierarchies.
    Dot,
    /// Spring model: small undirected networks.
    Neato,
    /// Force-directed: medium networks.
    Fdp,
    /// Multiscale force-directed: large networks.
    Sfdp,
    /// Circular: rings and cliques.
    Circo,
}

impl Layout {
    /// The program's name.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }
}

/// Whether the `dot` program is on PATH.
pub fn available() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| is_program(&dir.join("dot"))))
}

fn is_program(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.with_extension("exe").is_file()
    }
}

/// Draws `picture` with Graphviz in `format` (SVG, PNG or PDF); the layout is carried in the
/// DOT (see [`dot::to_dot`]).
///
/// Errors: [`Error::GraphvizMissing`] when `dot` is not on PATH; [`Error::Graphviz`] with
/// Graphviz's own message when it fails.
pub fn render(picture: &Picture, format: ImageFormat, layout: Option<Layout>) -> Result<Vec<u8>> {
    let format_arg = match format {
        ImageFormat::Svg => Format::Svg,
        ImageFormat::Png => Format::Png,
        ImageFormat::Pdf => Format::Pdf,
        ImageFormat::Dot => Format::Dot,
    };
    if !available() {
        return Err(Error::GraphvizMissing {
            format: format_name(format),
        });
    }
    let graph = dot::to_dot(picture, layout);
    let mut context = PrinterContext::default();
    let mut args = vec![CommandArg::Format(format_arg)];
    if format == ImageFormat::Png {
        args.push(CommandArg::Custom("-Gdpi=110".to_owned()));
    }
    graphviz_rust::exec(graph, &mut context, args).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::GraphvizMissing {
            format: format_name(format),
        },
        _ => Error::Graphviz(e.to_string().trim().to_owned()),
    })
}

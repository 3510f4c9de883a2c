//! Options shared by `dot` and `render`: what to draw and how, resolved here into the library's
//! `Selection` and `Options`, and the summary both print.

use std::path::Path;

use clap::Args;
use serde::Serialize;

use super::scope_args::{PassArgs, ScopeArgs};
use crate::chains::ChainQuery;
use crate::error::Error;
use crate::graph::ActorGraph;
use crate::rank::Measure;
use crate::render::{self, ClusterBy, Options, Picture, Selection};
use crate::resolve::resolve;
use crate::scope::Scope;

/// What to draw and how.
#[derive(Debug, Args)]
pub struct SelectionArgs {
    /// Draw an actor's ego network: the actors within --hops of it and the links among them.
    #[arg(long, value_name = "ACTOR", help_heading = "Selection", conflicts_with_all = ["chains", "top"])]
    pub focus: Option<String>,
    /// With --focus: how far to reach, in hops.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1,
        help_heading = "Selection"
    )]
    pub hops: usize,
    /// Draw only the chains from FROM to TO, left to right.
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"], help_heading = "Selection", conflicts_with = "top")]
    pub chains: Option<Vec<String>>,
    /// With --chains: how many chains (the k shortest).
    #[arg(
        short = 'k',
        value_name = "N",
        default_value_t = 5,
        help_heading = "Selection"
    )]
    pub k: usize,
    /// With --chains: the most hops a chain may have.
    #[arg(long, value_name = "N", help_heading = "Selection")]
    pub max_hops: Option<usize>,
    /// With --chains: every chain passes through this actor (repeatable).
    #[arg(long = "via", value_name = "ACTOR", help_heading = "Selection")]
    pub via: Vec<String>,
    /// With --chains: time-respecting chains, each hop no earlier than the one before.
    #[arg(long, help_heading = "Selection")]
    pub in_time_order: bool,
    /// With --chains: rank chains by credibility instead of hop count.
    #[arg(long, help_heading = "Selection")]
    pub most_credible: bool,
    /// Draw the N most central actors (by --by) and the links among them.
    #[arg(long, value_name = "N", help_heading = "Selection")]
    pub top: Option<usize>,
    /// With --top: the centrality measure.
    #[arg(long, value_enum, value_name = "MEASURE", default_value_t = Measure::Degree, help_heading = "Selection")]
    pub by: Measure,
    /// Draw even a selection of more than 300 actors.
    #[arg(long, help_heading = "Selection")]
    pub force: bool,
    /// Scale actors by this centrality.
    #[arg(long, value_enum, value_name = "MEASURE", help_heading = "Style")]
    pub size_by: Option<Measure>,
    /// Draw the shortest chain from FROM to TO in red over the faded rest.
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"], help_heading = "Style")]
    pub highlight: Option<Vec<String>>,
    /// Group actors in boxes by country or by kind.
    #[arg(long, value_enum, value_name = "BY", help_heading = "Style")]
    pub cluster: Option<ClusterBy>,
    /// Left to right by date: one column per year (Graphviz engines; overrides --cluster).
    #[arg(long, help_heading = "Style")]
    pub timeline: bool,
    /// The title (default: the graph's title).
    #[arg(long, value_name = "TEXT", help_heading = "Style")]
    pub title: Option<String>,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Passing.
    #[command(flatten)]
    pub pass: PassArgs,
}

impl SelectionArgs {
    /// The picture these options select from `graph`.
    pub fn picture(&self, graph: &ActorGraph) -> crate::Result<Picture> {
        let scope: Scope = self.scope.scope(graph)?;
        let pass = self.pass.pass_filter(graph)?;
        let selection = if let Some(center) = &self.focus {
            Selection::Focus {
                center: resolve(graph, center)?,
                hops: self.hops,
            }
        } else if let Some(ends) = &self.chains {
            let (from, to) = (resolve(graph, &ends[0])?, resolve(graph, &ends[1])?);
            if from == to {
                return Err(Error::Usage(
                    "--chains FROM TO: FROM and TO are the same actor".into(),
                ));
            }
            Selection::Chains {
                from,
                to: vec![to],
                query: ChainQuery {
                    k: self.k,
                    max_hops: self.max_hops,
                    undirected: self.pass.undirected,
                    via: self
                        .via
                        .iter()
                        .map(|name| resolve(graph, name))
                        .collect::<crate::Result<_>>()?,
                    in_time_order: self.in_time_order,
                    most_credible: self.most_credible,
                    ..ChainQuery::default()
                },
            }
        } else if let Some(n) = self.top {
            Selection::Top {
                n,
                measure: self.by,
            }
        } else {
            Selection::Whole
        };
        let highlight = match &self.highlight {
            Some(ends) => Some((resolve(graph, &ends[0])?, resolve(graph, &ends[1])?)),
            None => None,
        };
        let options = Options {
            pass,
            size_by: self.size_by,
            highlight,
            cluster: self.cluster,
            timeline: self.timeline,
            max_actors: (!self.force).then_some(render::MAX_ACTORS),
        };
        let mut picture = render::select(graph, &scope, &selection, &options)?;
        if let Some(title) = &self.title {
            picture.title.clone_from(title);
        }
        Ok(picture)
    }
}

/// What `dot` and `render` print with `--format json`.
#[derive(Debug, Serialize)]
pub struct Summary<'a> {
    /// The file written (none when DOT went to stdout).
    pub file: Option<&'a Path>,
    /// `svg`, `png`, `pdf` or `dot`.
    pub format: render::ImageFormat,
    /// `builtin`, `graphviz` or `dot`.
    pub engine: &'static str,
    /// The selection in words.
    pub selection: &'a str,
    /// Actors drawn.
    pub actors: usize,
    /// Links drawn (parallel links of one relation and commodity count once).
    pub links: usize,
    /// The DOT text, when no file was written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dot: Option<&'a str>,
}

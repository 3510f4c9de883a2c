//! `linkchart paths`: intermediary chains between two actors, with evidence on every hop.

use std::io::Write;

use clap::Args;

use super::output::{actor_name, write_json, CliResult};
use super::scope_args::{PassArgs, ScopeArgs};
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::chains::{find_chains, Chain, ChainQuery, Chains, Hop, Traversal};
use crate::describe::LinkFacts;
use crate::error::Error;
use crate::model::ActorKind;
use crate::resolve::resolve;

/// Arguments of `paths`.
#[derive(Debug, Args)]
#[command(
    after_help = "Chains follow links in their direction and keep to the operational \
categories (no chain through a statement or a sanction) unless asked otherwise.\n\n\
Exit code 1 when there is no chain, with the reason.\n\nExamples:\n  \
linkchart paths \"North Korea\" Japan --evidence\n  \
linkchart paths Russia \"North Korea\" --commodity oil -k 3\n  \
linkchart paths dprk \"South Korea\" --pattern state,port,ship,port,state\n  \
linkchart paths dprk Japan --remove Nakhodka --format json"
)]
pub struct PathsArgs {
    /// Where chains start: id, name or alias.
    #[arg(value_name = "FROM")]
    pub from: String,
    /// Where chains end: id, name or alias.
    #[arg(value_name = "TO")]
    pub to: String,
    /// How many chains: the k shortest distinct ones.
    #[arg(short = 'k', value_name = "N", default_value_t = 5)]
    pub k: usize,
    /// The most hops a chain may have.
    #[arg(long, value_name = "N")]
    pub max_hops: Option<usize>,
    /// Every simple chain up to --max-hops (default 6), not just the k shortest.
    #[arg(long)]
    pub all: bool,
    /// With --all: stop after this many chains, and say so.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub limit: usize,
    /// Every chain passes through this actor (repeatable: through all of them).
    #[arg(long = "via", value_name = "ACTOR", help_heading = "Chains")]
    pub via: Vec<String>,
    /// Only chains whose actors' kinds match, in order, e.g. state,port,ship,port,state.
    #[arg(
        long,
        value_name = "KIND,KIND,...",
        value_delimiter = ',',
        help_heading = "Chains"
    )]
    pub pattern: Option<Vec<ActorKind>>,
    /// Time-respecting chains: each hop no earlier than the hop before.
    #[arg(long, help_heading = "Time")]
    pub in_time_order: bool,
    /// With --in-time-order: the longest wait between two hops (e.g. 90d, 12w, 6m, 1y).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration_days, help_heading = "Time")]
    pub max_gap: Option<i32>,
    /// Rank time-ordered chains by the date they reach TO (implies --in-time-order).
    #[arg(long, help_heading = "Time")]
    pub earliest_arrival: bool,
    /// Rank by credibility (the product of the hops' grade weights) instead of by hop count.
    #[arg(long)]
    pub most_credible: bool,
    /// Show the quotes and sources for every hop.
    #[arg(long)]
    pub evidence: bool,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Passing.
    #[command(flatten)]
    pub pass: PassArgs,
}

/// `90d`, `12w`, `6m` (30 days each), `1y` (365 days), or a number of days.
fn parse_duration_days(text: &str) -> Result<i32, String> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => (&text[..i], &text[i..]),
        None => (text, "d"),
    };
    let n: i32 = number
        .parse()
        .map_err(|_| format!("invalid duration `{text}`: expected e.g. 90d, 12w, 6m or 1y"))?;
    let days = match unit {
        "d" => 1,
        "w" => 7,
        "m" => 30,
        "y" => 365,
        _ => {
            return Err(format!(
                "invalid duration unit in `{text}`: use d, w, m or y"
            ))
        }
    };
    Ok(n * days)
}

/// Runs `paths`; exit code 1 when there is no chain.
pub fn run(args: &PathsArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    if args.k == 0 || args.limit == 0 {
        return Err(Error::Usage("-k and --limit must be at least 1".into()).into());
    }
    let graph = &context.load()?.graph;
    let from = resolve(graph, &args.from)?;
    let to = resolve(graph, &args.to)?;
    if from == to {
        let name = &graph.actor(from).name;
        return Err(Error::Usage(format!(
            "FROM and TO are both {name}: a chain joins two different actors"
        ))
        .into());
    }
    let scope = args.scope.scope(graph)?;
    if scope.remove.contains(&from) || scope.remove.contains(&to) {
        return Err(Error::Usage("--remove cannot take out FROM or TO".into()).into());
    }
    let query = ChainQuery {
        k: args.k,
        max_hops: args.max_hops,
        all: args.all,
        limit: args.limit,
        undirected: args.pass.undirected,
        via: args
            .via
            .iter()
            .map(|name| resolve(graph, name))
            .collect::<crate::Result<_>>()?,
        pass: args.pass.pass_filter(graph)?,
        pattern: args.pattern.clone(),
        in_time_order: args.in_time_order || args.earliest_arrival,
        max_gap_days: args.max_gap,
        earliest_arrival: args.earliest_arrival,
        most_credible: args.most_credible,
    };
    let found = find_chains(graph, &scope, &query, from, to);
    match context.global.format {
        OutputFormat::Json => write_json(out, &found)?,
        OutputFormat::Table | OutputFormat::Csv => write_table(&found, graph, args.evidence, out)?,
    }
    if found.chains.is_empty() {
        if context.global.format == OutputFormat::Table {
            if let Some(notice) = &found.notice {
                eprintln!("linkchart: {notice}");
            }
        }
        return Ok(EXIT_NO_RESULT);
    }
    Ok(EXIT_OK)
}

/// How many of a hop's parallel links the table shows with `--evidence` (JSON has them all).
const PARALLEL_LINKS_SHOWN: usize = 4;

/// `relation (commodity, date)`.
pub fn hop_label(link: &LinkFacts) -> String {
    let facts: Vec<&str> = [link.commodity.as_deref(), link.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if facts.is_empty() {
        link.relation.clone()
    } else {
        format!("{} ({})", link.relation, facts.join(", "))
    }
}

/// One hop as read in the link's own direction: `A —relation (…)→ B`, or `A ←relation (…)— B`
/// when the hop runs against the link.
pub fn hop_line(hop: &Hop, name: &dyn Fn(&str) -> String) -> String {
    match hop.main.direction {
        Traversal::Forward => format!(
            "{} —{}→ {}",
            name(&hop.from),
            hop_label(&hop.main.facts),
            name(&hop.to)
        ),
        Traversal::Backward => format!(
            "{} ←{}— {}",
            name(&hop.from),
            hop_label(&hop.main.facts),
            name(&hop.to)
        ),
    }
}

/// `North Korea —ships_to (coal, 2017)→ Nakhodka —…→ Japan`.
pub fn chain_line(chain: &Chain, name: &dyn Fn(&str) -> String) -> String {
    let mut line = name(&chain.actors[0]);
    for hop in &chain.hops {
        let step = match hop.main.direction {
            Traversal::Forward => format!(" —{}→ ", hop_label(&hop.main.facts)),
            Traversal::Backward => format!(" ←{}— ", hop_label(&hop.main.facts)),
        };
        line.push_str(&step);
        line.push_str(&name(&hop.to));
    }
    line
}

fn write_table(
    found: &Chains,
    graph: &crate::ActorGraph,
    evidence: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if found.chains.is_empty() {
        return Ok(());
    }
    let name = |id: &str| actor_name(graph, id);
    let count = found.chains.len();
    writeln!(
        out,
        "{} → {}: {count} chain{}\n",
        found.from.name,
        found.to.name,
        if count == 1 { "" } else { "s" }
    )?;
    for (i, chain) in found.chains.iter().enumerate() {
        writeln!(out, "{}. {}", i + 1, chain_line(chain, &name))?;
        let arrival = chain
            .arrival
            .as_ref()
            .map(|a| format!(" · arrives {a}"))
            .unwrap_or_default();
        writeln!(
            out,
            "   {} hop{} · credibility {:.2}{arrival}",
            chain.length,
            if chain.length == 1 { "" } else { "s" },
            chain.score
        )?;
        if evidence {
            for hop in &chain.hops {
                writeln!(out, "   {} → {}", name(&hop.from), name(&hop.to))?;
                for link in hop.links.iter().take(PARALLEL_LINKS_SHOWN) {
                    let hedge = if link.facts.weight < 1.0 {
                        format!(", {}", link.facts.grade)
                    } else {
                        String::new()
                    };
                    let against = if link.direction == Traversal::Backward {
                        " (against its direction)"
                    } else {
                        ""
                    };
                    writeln!(out, "     {}{hedge}{against}", hop_label(&link.facts))?;
                    for item in &link.evidence {
                        writeln!(out, "       “{}” — {}", item.quote, item.source)?;
                    }
                }
                if hop.links.len() > PARALLEL_LINKS_SHOWN {
                    writeln!(
                        out,
                        "     … and {} more links between these two (--format json lists them all)",
                        hop.links.len() - PARALLEL_LINKS_SHOWN
                    )?;
                }
            }
        }
        writeln!(out)?;
    }
    if let Some(notice) = &found.notice {
        writeln!(out, "note: {notice}")?;
    }
    Ok(())
}

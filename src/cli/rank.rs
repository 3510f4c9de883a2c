//! `linkchart rank` and `linkchart why`: actors ranked by centrality, and why one ranks where it
//! does.

use std::io::Write;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use super::output::{write_json, CliResult, Table};
use super::scope_args::ScopeArgs;
use super::{Context, OutputFormat, EXIT_NO_RESULT, EXIT_OK};
use crate::model::ActorKind;
use crate::rank::{
    self, Components, Contribution, Measure, PeriodLength, RankQuery, Ranking, Score,
};
use crate::resolve::resolve;

/// How a measure is computed (shared by `rank` and `why`).
#[derive(Debug, Args)]
pub struct MeasureArgs {
    /// The measure: degree, in-degree, out-degree, betweenness, closeness, harmonic, pagerank,
    /// eigenvector, constraint (low = broker; ranked lowest first).
    #[arg(long = "by", value_enum, value_name = "MEASURE")]
    pub measure: Measure,
    /// Ignore link direction (default: directed, for every measure).
    #[arg(long)]
    pub undirected: bool,
    /// Raw scores instead of networkx's normalization (degree, betweenness).
    #[arg(long)]
    pub raw: bool,
    /// Degree weighted by grade: the sum of the grade weights of the links.
    #[arg(long)]
    pub weighted: bool,
    /// Betweenness estimated from K sampled sources.
    #[arg(long, value_name = "K")]
    pub sample: Option<usize>,
    /// Seed of the sampling (the same seed gives the same estimate).
    #[arg(long, value_name = "S", default_value_t = 42)]
    pub seed: u64,
    /// PageRank damping factor.
    #[arg(long, value_name = "D", default_value_t = 0.85)]
    pub damping: f64,
    /// PageRank stops when the L1 change of the whole score vector falls below this (not n·tol
    /// as networkx, which at a million actors stops at the uniform start).
    #[arg(long, value_name = "TOL", default_value_t = 1e-10)]
    pub tolerance: f64,
    /// No progress indicator on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Scope.
    #[command(flatten)]
    pub scope: ScopeArgs,
}

impl MeasureArgs {
    fn query(&self) -> RankQuery {
        RankQuery {
            measure: self.measure,
            directed: !self.undirected,
            normalized: !self.raw,
            weighted: self.weighted,
            sample: self.sample.map(|k| (k, self.seed)),
            damping: self.damping,
            tolerance: self.tolerance,
            kind: None,
            top: None,
        }
    }

    /// A spinner on stderr for computations on large graphs (hidden when stderr is not a
    /// terminal, or with --quiet).
    fn progress(&self, actors: usize) -> Option<ProgressBar> {
        if self.quiet || actors < 20_000 {
            return None;
        }
        let bar = ProgressBar::new_spinner()
            .with_message(format!("{} on {actors} actors", self.measure.name()));
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("valid template"),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Some(bar)
    }
}

/// Arguments of `rank`.
#[derive(Debug, Args)]
#[command(
    after_help = "Scores equal networkx's with the same settings (degree and betweenness \
normalized as networkx does; closeness with the Wasserman–Faust correction; pagerank with \
dangling actors spread uniformly). Parallel links between two actors count once.\n\n\
Examples:\n  linkchart rank --by betweenness --kind port\n  linkchart rank --by constraint --kind firm --top 10\n  \
linkchart rank --by degree --per-period year --commodity oil\n  linkchart rank --by pagerank --format csv"
)]
pub struct RankArgs {
    /// The measure and its settings.
    #[command(flatten)]
    pub measure: MeasureArgs,
    /// List only actors of this kind (scores are computed on the whole scoped graph).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<ActorKind>,
    /// List only the first N.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Rank in each period of the links' dates, on the links dated in it, and show who rose and
    /// fell.
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub per_period: Option<PeriodLength>,
    /// Explain the leading actor's score (as `why`).
    #[arg(long)]
    pub explain: bool,
}

/// Runs `rank`.
pub fn run(args: &RankArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let scope = args.measure.scope.scope(graph)?;
    let query = RankQuery {
        kind: args.kind,
        top: args.top,
        ..args.measure.query()
    };
    let progress = args.measure.progress(graph.actor_count());
    let ranking = match args.per_period {
        Some(length) => rank::rank_per_period(graph, &scope, &query, length)?,
        None => rank::rank(graph, &scope, &query)?,
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    match context.global.format {
        OutputFormat::Json => write_json(out, &ranking)?,
        OutputFormat::Csv => write_csv(&ranking, out)?,
        OutputFormat::Table => write_table(&ranking, out)?,
    }
    if args.explain {
        if let Some(first) = ranking.scores.first() {
            let node = graph.node(&first.id).expect("ranked actors exist");
            let why = rank::why(graph, &scope, &query, node, 10)?;
            if context.global.format == OutputFormat::Table {
                writeln!(out)?;
                write_why(&why, out)?;
            } else {
                write_json(out, &why)?;
            }
        }
    }
    Ok(if ranking.scores.is_empty() {
        EXIT_NO_RESULT
    } else {
        EXIT_OK
    })
}

fn format_score(score: Option<f64>) -> String {
    score.map_or_else(|| "undefined".to_owned(), |x| format!("{x:.6}"))
}

fn score_table(scores: &[Score], periods: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let header: &[&str] = if periods {
        &["rank", "score", "actor", "kind", "id", "change"]
    } else {
        &["rank", "score", "actor", "kind", "id"]
    };
    let mut table = Table::new(header);
    for score in scores {
        let change = match score.previous_rank {
            None => String::new(),
            Some(previous) if previous > score.rank => format!("▲ from {previous}"),
            Some(previous) if previous < score.rank => format!("▼ from {previous}"),
            Some(_) => "=".to_owned(),
        };
        let mut row = vec![
            score.rank.to_string(),
            format_score(score.score),
            score.name.clone(),
            score.kind.to_string(),
            score.id.clone(),
        ];
        if periods {
            row.push(change);
        }
        table.row(row);
    }
    table.write(out)
}

fn write_table(ranking: &Ranking, out: &mut dyn Write) -> std::io::Result<()> {
    let sampled = ranking
        .sampled
        .map(|k| format!(", estimated from {k} sampled sources"))
        .unwrap_or_default();
    writeln!(
        out,
        "{} ({}, {}{sampled})\n",
        ranking.measure,
        if ranking.directed {
            "directed"
        } else {
            "undirected"
        },
        if ranking.normalized {
            "normalized"
        } else {
            "not normalized"
        }
    )?;
    match &ranking.periods {
        None => score_table(&ranking.scores, false, out)?,
        Some(periods) => {
            for period in periods {
                writeln!(out, "{}", period.period)?;
                if period.scores.is_empty() {
                    writeln!(out, "  (no dated links)")?;
                } else {
                    score_table(&period.scores, true, out)?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

fn write_csv(ranking: &Ranking, out: &mut dyn Write) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["period", "rank", "id", "name", "kind", "score"])?;
    let rows: Vec<(&str, &Score)> = match &ranking.periods {
        None => ranking.scores.iter().map(|s| ("", s)).collect(),
        Some(periods) => periods
            .iter()
            .flat_map(|p| p.scores.iter().map(move |s| (p.period.as_str(), s)))
            .collect(),
    };
    for (period, score) in rows {
        writer.write_record([
            period,
            &score.rank.to_string(),
            &score.id,
            &score.name,
            score.kind.name(),
            &score.score.map(|x| x.to_string()).unwrap_or_default(),
        ])?;
    }
    writer.flush()
}

/// Arguments of `why`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  linkchart why Nakhodka --by betweenness\n  \
linkchart why \"North Korea\" --by degree\n  linkchart why China --by pagerank --format json"
)]
pub struct WhyArgs {
    /// The actor to explain.
    #[arg(value_name = "ACTOR")]
    pub actor: String,
    /// List at most N components.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// The measure and its settings.
    #[command(flatten)]
    pub measure: MeasureArgs,
}

/// Runs `why`.
pub fn run_why(args: &WhyArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let node = resolve(graph, &args.actor)?;
    let scope = args.measure.scope.scope(graph)?;
    let why = rank::why(graph, &scope, &args.measure.query(), node, args.top)?;
    match context.global.format {
        OutputFormat::Json => write_json(out, &why)?,
        _ => write_why(&why, out)?,
    }
    Ok(EXIT_OK)
}

fn write_why(why: &rank::Why, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}: score {}, rank {}",
        why.actor.name,
        format_score(why.score),
        why.rank
    )?;
    match &why.components {
        Components::Betweenness {
            pairs,
            pair_count,
            share_sum,
            scale,
        } => {
            writeln!(
                out,
                "{pair_count} pairs of actors have shortest chains through it; their shares sum to {share_sum:.4} (× {scale:.3e} = the score)\n"
            )?;
            let mut table = Table::new(&["share", "from", "to"]);
            for pair in pairs {
                table.row(vec![
                    format!("{:.3}", pair.share),
                    pair.from.name.clone(),
                    pair.to.name.clone(),
                ]);
            }
            table.write(out)?;
        }
        Components::Degree {
            relations,
            neighbours,
        } => {
            writeln!(
                out,
                "{neighbours} distinct neighbours; links by relation:\n"
            )?;
            let mut table = Table::new(&["links", "direction", "relation"]);
            for count in relations {
                table.row(vec![
                    count.links.to_string(),
                    count.direction.to_owned(),
                    count.relation.clone(),
                ]);
            }
            table.write(out)?;
        }
        Components::Pagerank {
            contributors,
            teleport,
            dangling,
        } => {
            writeln!(out, "random jumps {teleport:.6}, from dangling actors {dangling:.6}; top contributors:\n")?;
            write_parts(out, "from", contributors)?;
        }
        Components::Eigenvector { contributors } => {
            writeln!(
                out,
                "its score is its in-neighbours' scores, scaled; their parts:\n"
            )?;
            write_parts(out, "from", contributors)?;
        }
        Components::Constraint { contacts } => {
            writeln!(out, "constraint from each contact (they sum to the score; high = the contact hems it in):\n")?;
            write_parts(out, "contact", contacts)?;
        }
        Components::Closeness(reach) | Components::Harmonic(reach) => {
            let counts: Vec<String> = reach
                .by_distance
                .iter()
                .map(|c| format!("{} at {}", c.actors, c.distance))
                .collect();
            writeln!(
                out,
                "{} actors reach it, {} hops in all: {}; the nearest:\n",
                reach.reached,
                reach.distance_sum,
                counts.join(", ")
            )?;
            let mut table = Table::new(&["hops", "actor"]);
            for at in &reach.nearest {
                table.row(vec![at.distance.to_string(), at.actor.name.clone()]);
            }
            table.write(out)?;
        }
    }
    Ok(())
}

/// A table of named parts of a score, largest first.
fn write_parts(out: &mut dyn Write, who: &str, parts: &[Contribution]) -> std::io::Result<()> {
    let mut table = Table::new(&["share", who]);
    for part in parts {
        table.row(vec![format!("{:.6}", part.share), part.actor.name.clone()]);
    }
    table.write(out)
}

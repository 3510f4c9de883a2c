//! `linkchart show`: an actor's card.

use std::io::Write;

use clap::Args;

use super::output::{write_json, CliResult};
use super::{Context, OutputFormat, EXIT_OK};
use crate::describe::{self, ActorCard, LinkDirection};
use crate::resolve;

/// Arguments of `show`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  linkchart show Nakhodka\n  linkchart show \"N. Korea\"\n  linkchart show dprk --format json"
)]
pub struct ShowArgs {
    /// The actor: its id, name or any alias (case, accents and punctuation ignored).
    #[arg(value_name = "ACTOR")]
    pub actor: String,
}

/// Runs `show`.
pub fn run(args: &ShowArgs, context: &Context, out: &mut dyn Write) -> CliResult {
    let graph = &context.load()?.graph;
    let node = resolve::resolve(graph, &args.actor)?;
    let card = describe::actor_card(graph, node);
    match context.global.format {
        OutputFormat::Json => write_json(out, &card)?,
        OutputFormat::Table | OutputFormat::Csv => write_card(&card, out)?,
    }
    Ok(EXIT_OK)
}

fn write_card(card: &ActorCard, out: &mut dyn Write) -> std::io::Result<()> {
    let actor = &card.actor;
    let collective = if actor.collective {
        ", unnamed collective"
    } else {
        ""
    };
    writeln!(
        out,
        "{} ({}{collective}; id {})",
        actor.name, actor.kind, actor.id
    )?;
    if !actor.aliases.is_empty() {
        writeln!(out, "  aliases:     {}", actor.aliases.join("; "))?;
    }
    if let Some(country) = &actor.country {
        writeln!(out, "  country:     {country}")?;
    }
    let identifiers: Vec<String> = actor
        .identifiers
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    if !identifiers.is_empty() {
        writeln!(out, "  identifiers: {}", identifiers.join(", "))?;
    }
    if let Some(notes) = &actor.notes {
        writeln!(out, "  notes:       {notes}")?;
    }
    writeln!(out, "  links:       {}", card.links.len())?;
    let mut relation = None;
    for link in &card.links {
        if relation != Some(&link.facts.relation) {
            relation = Some(&link.facts.relation);
            writeln!(out, "\n{} ({})", link.facts.relation, link.facts.category)?;
        }
        let arrow = match link.direction {
            LinkDirection::Out => "→",
            LinkDirection::In => "←",
        };
        let mut facts = Vec::new();
        if let Some(commodity) = &link.facts.commodity {
            facts.push(commodity.clone());
        }
        if let Some(date) = &link.facts.date {
            facts.push(date.clone());
        }
        let grade = match &link.hedge {
            Some(hedge) => format!("{} ({hedge})", link.facts.grade),
            None => link.facts.grade.clone(),
        };
        facts.push(grade);
        writeln!(
            out,
            "  {arrow} {} [{}]  {}",
            link.other.name,
            link.other.kind,
            facts.join(", ")
        )?;
        for evidence in &link.evidence {
            writeln!(out, "      “{}” — {}", evidence.quote, evidence.source)?;
        }
    }
    Ok(())
}

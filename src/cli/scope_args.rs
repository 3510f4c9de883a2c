//! Options shared by the commands that query the graph: the scope (which links and actors), and
//! which actors chains may pass through. Resolved here into the library's `Scope`.

use clap::{Args, ValueEnum};

use crate::error::Error;
use crate::graph::ActorGraph;
use crate::model::{ActorKind, Category, Grade, PartialDate, Relation};
use crate::resolve::resolve;
use crate::scope::{PassFilter, Scope, Undated};

/// `--undated`: what undated links do under a time constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UndatedArg {
    /// They may be at any time: kept by windows, never break time order.
    Allow,
    /// They are dropped whenever a time constraint is asked.
    Deny,
}

/// Which links and actors a query uses.
#[derive(Debug, Clone, Args)]
pub struct ScopeArgs {
    /// Keep only links of this category (repeatable; `all` for every category). Default: the
    /// operational ones (everything but hostile, enforcement and statement links).
    #[arg(long = "category", value_name = "CAT", help_heading = "Scope")]
    pub categories: Vec<String>,
    /// Keep only links with this relation (repeatable), e.g. ships_to.
    #[arg(long = "relation", value_name = "REL", help_heading = "Scope")]
    pub relations: Vec<String>,
    /// Keep only links moving this commodity (repeatable; `oil` matches "crude oil").
    #[arg(long = "commodity", value_name = "C", help_heading = "Scope")]
    pub commodities: Vec<String>,
    /// Drop links graded weaker than this (confirmed, probable, possible, ... or a code like B2).
    #[arg(long, value_name = "GRADE", help_heading = "Scope")]
    pub min_grade: Option<Grade>,
    /// Keep links whose date overlaps the window from this date (2017, 2017-08, 2017-08-05).
    #[arg(long, value_name = "DATE", help_heading = "Scope")]
    pub since: Option<PartialDate>,
    /// Keep links whose date overlaps the window up to this date.
    #[arg(long, value_name = "DATE", help_heading = "Scope")]
    pub until: Option<PartialDate>,
    /// Undated links under --since/--until/--in-time-order: `allow` (any time) or `deny`.
    #[arg(long, value_enum, default_value_t = UndatedArg::Allow, value_name = "POLICY", help_heading = "Scope")]
    pub undated: UndatedArg,
    /// What-if: run as if this actor were interdicted, removed with its links (repeatable).
    #[arg(long = "remove", value_name = "ACTOR", help_heading = "Scope")]
    pub remove: Vec<String>,
}

impl ScopeArgs {
    /// The library's scope, with actors resolved and words checked.
    pub fn scope(&self, graph: &ActorGraph) -> crate::Result<Scope> {
        let mut scope = Scope {
            min_grade: self.min_grade,
            since: self.since,
            until: self.until,
            undated: match self.undated {
                UndatedArg::Allow => Undated::Allow,
                UndatedArg::Deny => Undated::Deny,
            },
            commodities: self.commodities.clone(),
            ..Scope::default()
        };
        for category in &self.categories {
            if category.eq_ignore_ascii_case("all") {
                scope.all_categories = true;
            } else {
                scope.categories.push(
                    category
                        .parse::<Category>()
                        .map_err(|e| Error::Usage(e.to_string()))?,
                );
            }
        }
        for relation in &self.relations {
            let known = relation
                .parse::<Relation>()
                .map_err(|e| Error::Usage(e.to_string()))?;
            scope.relations.push(known.name().to_owned());
        }
        if !scope.relations.is_empty() && scope.categories.is_empty() {
            // Naming a relation asks for it, whatever its category.
            scope.all_categories = true;
        }
        for name in &self.remove {
            scope.remove.push(resolve(graph, name)?);
        }
        Ok(scope)
    }
}

/// Which actors chains may pass through, and in which direction links are followed.
#[derive(Debug, Clone, Args)]
pub struct PassArgs {
    /// Follow links in both directions (default: in their direction).
    #[arg(long, help_heading = "Chains")]
    pub undirected: bool,
    /// Chains must not pass through this actor (repeatable).
    #[arg(long = "avoid", value_name = "ACTOR", help_heading = "Chains")]
    pub avoid: Vec<String>,
    /// Chains must not pass through actors of this kind (repeatable).
    #[arg(long = "avoid-kind", value_name = "KIND", help_heading = "Chains")]
    pub avoid_kinds: Vec<ActorKind>,
    /// Hub suppression: do not pass through actors with more than N links (in scope).
    #[arg(long, value_name = "N", help_heading = "Chains")]
    pub max_degree: Option<usize>,
}

impl PassArgs {
    /// The library's pass filter, with actors resolved.
    pub fn pass_filter(&self, graph: &ActorGraph) -> crate::Result<PassFilter> {
        Ok(PassFilter {
            avoid: self
                .avoid
                .iter()
                .map(|name| resolve(graph, name))
                .collect::<crate::Result<_>>()?,
            avoid_kinds: self.avoid_kinds.clone(),
            max_degree: self.max_degree,
        })
    }
}

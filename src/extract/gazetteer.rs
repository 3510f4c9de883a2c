//! Known actors in text: one multi-pattern automaton (aho-corasick) over every name, alias and
//! demonym of a graph's actors; the longest match wins, matches respect word boundaries, and
//! acronyms match only in their own case.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::countries;
use crate::graph::ActorGraph;
use crate::model::{Actor, ActorKind};

/// A surface form of an actor.
#[derive(Debug, Clone)]
struct Pattern {
    actor: usize,
    demonym: bool,
    acronym: bool,
}

/// The known actors and the automaton that finds them.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    patterns: Vec<Pattern>,
    texts: Vec<String>,
    automaton: Option<AhoCorasick>,
}

/// One mention of a known actor: which actor, where (bytes of the text), and whether it was its
/// demonym ("Chinese" in "Chinese coal").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the actor in [`Gazetteer::actors`].
    pub actor: usize,
    /// Byte range in the text.
    pub range: Range<usize>,
    /// True when the mention is the demonym of a state.
    pub demonym: bool,
}

/// True for an acronym: at least two letters, all of them capitals ("UN", "DPRK", "F.B.I.").
pub(super) fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

impl Gazetteer {
    /// A gazetteer of these actors: their names, their aliases that contain a capital letter
    /// (an all-lower-case alias such as "banks" is a reference in context, not a name), the
    /// demonyms of states ("North Korean" for North Korea), and each form with straight and
    /// curly apostrophes.
    ///
    /// ```
    /// use linkchart::extract::gazetteer::Gazetteer;
    /// use linkchart::model::{Actor, ActorKind};
    /// let mut un = Actor::new("un", "United Nations", ActorKind::Agency);
    /// un.aliases.push("UN".into());
    /// let mut china = Actor::new("china", "China", ActorKind::State);
    /// china.country = Some("CN".into());
    /// let gazetteer = Gazetteer::new(vec![un, china]);
    /// let text = "The UN said Chinese ships run coal; a unit of the United Nations agreed.";
    /// let found: Vec<&str> = gazetteer.find(text, 0..text.len()).iter().map(|m| &text[m.range.clone()]).collect();
    /// assert_eq!(found, ["UN", "Chinese", "United Nations"]);
    /// ```
    pub fn new(actors: Vec<Actor>) -> Gazetteer {
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut add = |actor: usize, text: &str, demonym: bool| {
            if text.chars().count() < 2 {
                return;
            }
            for form in [text.replace('’', "'"), text.replace('\'', "’")] {
                match texts.iter().position(|t| *t == form) {
                    // A state's alias that is its demonym ("Russian" for Russia) is a demonym
                    // mention all the same.
                    Some(at) if demonym && patterns[at].actor == actor => {
                        patterns[at].demonym = true;
                    }
                    Some(_) => {}
                    None => {
                        patterns.push(Pattern {
                            actor,
                            demonym,
                            acronym: is_acronym(&form),
                        });
                        texts.push(form);
                    }
                }
            }
        };
        for (index, actor) in actors.iter().enumerate() {
            add(index, &actor.name, false);
            for alias in &actor.aliases {
                if alias.chars().any(char::is_uppercase) {
                    add(index, alias, false);
                }
            }
        }
        for (index, actor) in actors.iter().enumerate() {
            if actor.kind != ActorKind::State {
                continue;
            }
            let country = actor
                .country
                .as_deref()
                .and_then(countries::by_code)
                .or_else(|| countries::lookup(&actor.name));
            if let Some(country) = country {
                add(index, country.demonym, true);
            }
        }
        // An alias "the Chinese" is the demonym with its article ("the Chinese national P").
        for (pattern, text) in patterns.iter_mut().zip(&texts) {
            let actor = &actors[pattern.actor];
            let demonym = actor.kind == ActorKind::State
                && without_article(text)
                    .is_some_and(|bare| countries::lookup(bare).is_some_and(|c| c.demonym == bare));
            pattern.demonym |= demonym;
        }
        let automaton = (!texts.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&texts)
                .expect("names build an automaton")
        });
        Gazetteer {
            actors,
            patterns,
            texts,
            automaton,
        }
    }

    /// The gazetteer of every actor of a graph.
    pub fn from_graph(graph: &ActorGraph) -> Gazetteer {
        Gazetteer::new(graph.actors().map(|(_, a)| a.clone()).collect())
    }

    /// The known actors, indexed by [`Mention::actor`].
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// Every mention in `text[range]`, in text order: the longest matches first, at word
    /// boundaries, acronyms in their own case and capitals of a name kept (a name's first letter
    /// may differ in case, as at the start of a sentence).
    pub fn find(&self, text: &str, range: Range<usize>) -> Vec<Mention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let haystack = &text[range.clone()];
        let mut candidates: Vec<Mention> = automaton
            .find_overlapping_iter(haystack)
            .filter(|m| {
                let pattern = &self.patterns[m.pattern().as_usize()];
                let found = &haystack[m.range()];
                // ("US$370 million": a currency's prefix.)
                let currency = haystack[m.end()..].starts_with('$');
                at_word_boundary(haystack, m.range())
                    && !currency
                    && case_agrees(&self.texts[m.pattern().as_usize()], found, pattern.acronym)
            })
            .map(|m| {
                let pattern = &self.patterns[m.pattern().as_usize()];
                // "the UN": the mention is the name, not its article.
                let found = &haystack[m.range()];
                let article = without_article(found).map_or(0, |bare| found.len() - bare.len());
                Mention {
                    actor: pattern.actor,
                    range: range.start + m.start() + article..range.start + m.end(),
                    demonym: pattern.demonym,
                }
            })
            .collect();
        candidates.sort_by_key(|m| (std::cmp::Reverse(m.range.len()), m.range.start));
        let mut chosen: Vec<Mention> = Vec::new();
        for candidate in candidates {
            if chosen.iter().all(|c| {
                c.range.end <= candidate.range.start || candidate.range.end <= c.range.start
            }) {
                chosen.push(candidate);
            }
        }
        chosen.sort_by_key(|m| m.range.start);
        chosen
    }
}

/// A name without the article that opens it ("the UN" is "UN"), if one does.
fn without_article(name: &str) -> Option<&str> {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
}

/// Whether `range` of `text` starts and ends at word boundaries.
fn at_word_boundary(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether the text found has the pattern's capitals: exactly, for an acronym; otherwise every
/// capital of the pattern but the first letter is a capital in the text.
fn case_agrees(pattern: &str, found: &str, acronym: bool) -> bool {
    if acronym {
        return pattern == found;
    }
    pattern
        .bytes()
        .zip(found.bytes())
        .skip(1)
        .all(|(p, f)| !p.is_ascii_uppercase() || f.is_ascii_uppercase())
}

//! Report text → proposed actors and links with evidence.
//!
//! The pipeline: [`clean`] keeps the report's paragraphs (as byte ranges of the original text),
//! [`sentences`] splits them, [`gazetteer`] finds the known actors, [`discover`] proposes new
//! ones, [`coreference`] gives the phrases that refer back ("the vessel", "it") the actor they
//! mean, [`links`] proposes the links each sentence states (by its verbs, through [`phrases`]
//! by its phrases and through [`routes`] the legs beyond a first destination), [`discourse`]
//! the ones that run across two sentences ("According to S:" and then what S says), and
//! [`designations`] the names listed after "designated the following:" or counted ("designated
//! three companies"). A sanctions notice's numbered entry is one sentence, whose fields
//! [`phrases`] reads. [`extract`] runs it and returns plain data; [`Extraction::fragment`] is
//! the native graph fragment an analyst reviews and merges.
//!
//! Proposals are marked in the fragment by their `notes`, which start with `proposed:` and give
//! the confidence and the cue (`proposed: confidence 0.80; verb "shipped", active voice`). Known
//! actors are copied from the gazetteer unchanged; new actors and every link carry the mark.
//!
//! ```
//! use linkchart::extract::{extract, gazetteer::Gazetteer, Options};
//! let text = "The Panama-flagged tanker Sea Pearl (IMO 9354521) was seized by Indonesian Navy officers.\n\
//!             Sea Pearl Shipping Co. reportedly sold diesel to Nampo Trading Corp. last May.\n";
//! let options = Options { published: "2021-03".parse().ok(), ..Options::new("r1", "Test") };
//! let found = extract(text, &Gazetteer::new(vec![]), &options);
//! let names: Vec<&str> = found.actors.iter().map(|a| a.actor.name.as_str()).collect();
//! assert!(names.contains(&"Sea Pearl"));
//! let sale = found.links.iter().find(|l| l.record.relation == "sells_to").unwrap();
//! assert_eq!(sale.record.grade.unwrap().to_string(), "possible");
//! assert_eq!(sale.record.date.unwrap().to_string(), "2020-05");
//! ```

pub mod clean;
pub mod coreference;
pub mod countries;
pub mod designations;
pub mod discourse;
pub mod discover;
pub mod gazetteer;
pub mod links;
pub mod phrases;
pub mod routes;
pub mod sentences;

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;

use crate::io::{GraphFile, LinkRecord};
use crate::model::{Actor, ActorKind, Evidence, PartialDate, Source};
use crate::resolve::normalize;
use gazetteer::Gazetteer;
use links::Spot;

/// What `extract` needs to know besides the text.
#[derive(Debug, Clone)]
pub struct Options {
    /// The id of the source the evidence cites.
    pub source_id: String,
    /// The source's title.
    pub title: String,
    /// Publication date, to resolve "last August".
    pub published: Option<PartialDate>,
    /// The report's file name, for `validate --reports`.
    pub file: Option<String>,
    /// New actors below this confidence are left out (0 to 1).
    pub min_confidence: f64,
}

impl Options {
    /// Options with a source id and title, no date or file, and the default confidence 0.5.
    pub fn new(source_id: impl Into<String>, title: impl Into<String>) -> Options {
        Options {
            source_id: source_id.into(),
            title: title.into(),
            published: None,
            file: None,
            min_confidence: 0.5,
        }
    }
}

/// An actor found in the report.
#[derive(Debug, Clone, Serialize)]
pub struct ProposedActor {
    /// The actor as it goes into the fragment.
    pub actor: Actor,
    /// True for a gazetteer actor, false for a proposal.
    pub known: bool,
    /// How sure, 0 to 1 (1 for known actors).
    pub confidence: f64,
    /// What made it an actor of its kind.
    pub cue: String,
    /// Where it is mentioned (byte ranges of the text).
    pub mentions: Vec<Range<usize>>,
}

/// A link proposed from one or more sentences.
#[derive(Debug, Clone, Serialize)]
pub struct ProposedLink {
    /// The link as it goes into the fragment.
    pub record: LinkRecord,
    /// How sure, 0 to 1.
    pub confidence: f64,
    /// The first supporting sentence (byte range of the text).
    pub sentence: Range<usize>,
    /// The mentions of its two actors in that sentence.
    pub mentions: [Range<usize>; 2],
}

/// Everything extracted from one report.
#[derive(Debug, Clone, Serialize)]
pub struct Extraction {
    /// The report as a source.
    pub source: Source,
    /// Paragraphs kept after boilerplate removal.
    pub paragraphs: usize,
    /// Sentences read.
    pub sentences: usize,
    /// Known actors mentioned, then new ones, each in order of first mention.
    pub actors: Vec<ProposedActor>,
    /// Proposed links.
    pub links: Vec<ProposedLink>,
}

impl Extraction {
    /// The native graph fragment: the source, the actors, the links.
    pub fn fragment(&self) -> GraphFile {
        GraphFile {
            linkchart: crate::io::FORMAT_VERSION,
            title: Some(format!("Proposals from {}", self.source.title)),
            description: Some(
                "Written by `linkchart extract`; proposals carry notes starting with `proposed:`."
                    .into(),
            ),
            sources: vec![self.source.clone()],
            actors: self.actors.iter().map(|a| a.actor.clone()).collect(),
            links: self.links.iter().map(|l| l.record.clone()).collect(),
        }
    }
}

/// What makes two proposals one link: ends, relation, commodity, date.
type LinkKey = (String, String, &'static str, Option<String>, Option<String>);

/// A sentence as its links are recorded: where it is, its spots, and which spots are phrases
/// that refer back.
#[derive(Clone)]
struct Sentence<'a> {
    text: &'a str,
    range: Range<usize>,
    spots: &'a [Spot],
    anaphor_starts: &'a [usize],
}

/// The links proposed so far, one per [`LinkKey`], each with every sentence that states it.
#[derive(Default)]
struct FoundLinks {
    index: HashMap<LinkKey, usize>,
    links: Vec<ProposedLink>,
}

impl FoundLinks {
    /// Records that `speaker` reports what the sentence with spots `said` is about, for a
    /// statement spread over two sentences (`sentences`, in text order, one of them `said`'s):
    /// only when nothing but white space stands between them, with both as the evidence.
    fn add_across(
        &mut self,
        read: &Sentence,
        said: &[Spot],
        speaker: Spot,
        sentences: (&Range<usize>, &Range<usize>),
        cue: &str,
        options: &Options,
    ) {
        let (first, second) = sentences;
        if !read.text[first.end..second.start].trim().is_empty() {
            return;
        }
        let Some(about) = discourse::reported(read.text, said, &speaker.id) else {
            return;
        };
        let mut both = said.to_vec();
        both.push(speaker);
        let across = Sentence {
            range: first.start..second.end,
            spots: &both,
            ..read.clone()
        };
        self.add(
            &across,
            discourse::reports(both.len() - 1, about, cue),
            options,
        );
    }

    /// Records a designation read from a list or resolved from a count (`cue` says which),
    /// named in the sentence `read` as an item of the list, or first named there, after the
    /// sentence that opened the list or counted: both sentences are the evidence.
    fn add_listed(
        &mut self,
        read: &Sentence,
        listed: designations::Listed,
        cue: &str,
        options: &Options,
    ) {
        let designations::Listed {
            by,
            listed,
            opened_by,
        } = listed;
        let both = [by, listed];
        let item = Sentence {
            spots: &both,
            anaphor_starts: &[],
            ..read.clone()
        };
        let proposal = links::Proposal {
            confidence: 0.75,
            ..phrases::phrase(0, 1, "sanctions", cue)
        };
        let index = self.add(&item, proposal, options);
        let quote = read.text[opened_by].to_owned();
        let evidence = &mut self.links[index].record.evidence;
        if !evidence.iter().any(|e| e.quote == quote) {
            evidence.insert(
                0,
                Evidence {
                    source: options.source_id.clone(),
                    quote,
                },
            );
        }
    }

    /// Records a sentence's proposal: a new link, or one more piece of evidence for the same
    /// (the link's index).
    fn add(&mut self, sentence: &Sentence, proposal: links::Proposal, options: &Options) -> usize {
        let (text, spots, anaphor_starts) =
            (sentence.text, sentence.spots, sentence.anaphor_starts);
        let from = &spots[proposal.from];
        let to = &spots[proposal.to];
        // "The vessel was seized": a link through a phrase that refers back is less sure.
        let read_as: Vec<String> = [from, to]
            .into_iter()
            .filter(|s| anaphor_starts.contains(&s.range.start))
            .map(|s| format!("“{}” read as {}", &text[s.range.clone()], s.id))
            .collect();
        let quote = text[sentence.range.clone()].to_owned();
        let evidence = Evidence {
            source: options.source_id.clone(),
            quote,
        };
        let key = (
            from.id.clone(),
            to.id.clone(),
            proposal.relation,
            proposal.commodity.clone(),
            proposal.date.map(|d| d.to_string()),
        );
        if let Some(&existing) = self.index.get(&key) {
            let link = &mut self.links[existing];
            if !link
                .record
                .evidence
                .iter()
                .any(|e| e.quote == evidence.quote)
            {
                link.record.evidence.push(evidence);
            }
            return existing;
        }
        let demonym_penalty = if from.demonym || to.demonym { 0.1 } else { 0.0 };
        let anaphor_penalty = 0.1 * read_as.len() as f64;
        let confidence = proposal.confidence - demonym_penalty - anaphor_penalty;
        let cue = std::iter::once(proposal.cue())
            .chain(read_as)
            .collect::<Vec<_>>()
            .join("; ");
        self.index.insert(key, self.links.len());
        self.links.push(ProposedLink {
            record: LinkRecord {
                from: from.id.clone(),
                to: to.id.clone(),
                relation: proposal.relation.to_owned(),
                category: None,
                commodity: proposal.commodity,
                date: proposal.date,
                grade: proposal.hedge.is_some().then_some(proposal.grade),
                hedge: proposal.hedge,
                evidence: vec![evidence],
                notes: Some(format!("proposed: confidence {confidence:.2}; {cue}")),
                attributes: Default::default(),
            },
            confidence,
            sentence: sentence.range.clone(),
            mentions: [from.range.clone(), to.range.clone()],
        });
        self.links.len() - 1
    }
}

/// Keeps the spots (in text order) that either hold one another or stand apart: of two that
/// only overlap, the longer (the link rules read a sentence as names side by side or nested).
fn drop_partial_overlaps(spots: &mut Vec<Spot>) {
    let partial = |a: &Range<usize>, b: &Range<usize>| {
        let overlap = a.start < b.end && b.start < a.end;
        let nested = a.start <= b.start && b.end <= a.end || b.start <= a.start && a.end <= b.end;
        overlap && !nested
    };
    let mut kept: Vec<Spot> = Vec::with_capacity(spots.len());
    let mut by_length: Vec<Spot> = std::mem::take(spots);
    by_length.sort_by_key(|s| std::cmp::Reverse(s.range.len()));
    for spot in by_length {
        if !kept.iter().any(|k| partial(&k.range, &spot.range)) {
            kept.push(spot);
        }
    }
    kept.sort_by_key(|s| s.range.start);
    *spots = kept;
}

/// A new actor being gathered from its candidates.
struct Gathered {
    candidate: discover::Candidate,
    mentions: Vec<Range<usize>>,
    aliases: Vec<String>,
    seen_inside: bool,
}

/// Reads a report: keeps its content, finds the gazetteer's actors and new ones, and proposes
/// the links its sentences state, each with the sentence as evidence.
pub fn extract(text: &str, gazetteer: &Gazetteer, options: &Options) -> Extraction {
    let paragraphs = clean::content(text);
    let sentences: Vec<Range<usize>> = paragraphs
        .iter()
        .flat_map(|p| sentences::split(text, p.clone()))
        .collect();
    let known_names: HashMap<String, usize> = gazetteer
        .actors()
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            std::iter::once(a.name.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .map(move |n| (normalize(n), i))
        })
        .collect();
    let mut known_mentions: Vec<Vec<gazetteer::Mention>> = Vec::with_capacity(sentences.len());
    let mut gathered: Vec<Gathered> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut sentence_candidates: Vec<Vec<(usize, Range<usize>, bool)>> =
        Vec::with_capacity(sentences.len());
    let mut states: Vec<StateMention> = Vec::new();
    let mut known_persons: Vec<(usize, &str)> = Vec::new();
    for sentence in &sentences {
        let mut mentions = gazetteer.find(text, sentence.clone());
        // "Japan’s Defense Ministry" is not the known South Korean one of that alias.
        mentions
            .retain(|m| !owned_by_other_state(text, m.range.start, &gazetteer.actors()[m.actor]));
        absorb_own_state(text, &mut mentions, gazetteer.actors());
        // "Beijing denied": a known city standing for its government is left to discovery,
        // which names its state.
        mentions.retain(|m| {
            !matches!(
                gazetteer.actors()[m.actor].kind,
                ActorKind::Place | ActorKind::Port
            ) || !discover::capital_for_government(text, sentence.clone(), m.range.clone())
        });
        for m in &mentions {
            let actor = &gazetteer.actors()[m.actor];
            if actor.kind == ActorKind::Person && !known_persons.iter().any(|p| p.0 == m.actor) {
                known_persons.push((m.actor, &actor.name));
            }
        }
        let ranges: Vec<Range<usize>> = mentions.iter().map(|m| m.range.clone()).collect();
        states.extend(
            mentions
                .iter()
                .filter(|m| gazetteer.actors()[m.actor].kind == ActorKind::State)
                .map(|m| StateMention {
                    start: m.range.start,
                    name: gazetteer.actors()[m.actor].name.clone(),
                    known: Some(m.actor),
                }),
        );
        let mut here: Vec<(usize, Range<usize>, bool)> = Vec::new();
        for mut candidate in discover::candidates(text, sentence.clone(), &ranges) {
            if candidate.anaphor {
                let Some(state) = antecedent(&states, &candidate) else {
                    continue;
                };
                if let Some(actor) = state.known {
                    mentions.push(gazetteer::Mention {
                        actor,
                        range: candidate.range.clone(),
                        demonym: false,
                    });
                    continue;
                }
                candidate.name = state.name.clone();
            } else if candidate.kind == ActorKind::State {
                states.push(StateMention {
                    start: candidate.range.start,
                    name: candidate.name.clone(),
                    known: None,
                });
            }
            let key = normalize(&candidate.name);
            let known = known_names.get(&key).copied().filter(|&actor| {
                !owned_by_other_state(text, candidate.range.start, &gazetteer.actors()[actor])
            });
            if let Some(actor) = known {
                mentions.push(gazetteer::Mention {
                    actor,
                    range: candidate.range.clone(),
                    demonym: candidate.demonym,
                });
                continue;
            }
            // "the Panel" after "the Panel of Experts".
            let earlier = known_mentions.iter().flatten().chain(&mentions);
            let by_first_word =
                named_by_first_word(text, &candidate, gazetteer, earlier, &gathered);
            if let Some(Named::New(index)) = by_first_word {
                gathered[index].mentions.push(candidate.range.clone());
                here.push((index, candidate.range.clone(), false));
                continue;
            }
            let known_actor = match by_first_word {
                Some(Named::Known(actor)) => Some(actor),
                _ => {
                    // "Morrow said" after "Ilse Morrow": a known person's family name.
                    let new_persons: Vec<&str> = gathered
                        .iter()
                        .filter(|g| g.candidate.kind == ActorKind::Person)
                        .map(|g| g.candidate.name.as_str())
                        .collect();
                    match discover::family_name_of(&candidate, &known_persons, &new_persons) {
                        discover::FamilyName::Known(actor) => Some(actor),
                        discover::FamilyName::Ambiguous => continue,
                        discover::FamilyName::Other => None,
                    }
                }
            };
            if let Some(actor) = known_actor {
                mentions.push(gazetteer::Mention {
                    actor,
                    range: candidate.range.clone(),
                    demonym: false,
                });
                continue;
            }
            // "the tanker New Konk, which changed its name to Sun Flower": another name of the
            // vessel or firm named just before in the sentence.
            let renamed = here
                .last()
                .map(|&(previous, ..)| previous)
                .filter(|&previous| {
                    matches!(
                        gathered[previous].candidate.kind,
                        ActorKind::Ship | ActorKind::Firm
                    ) && discover::other_name_before(&text[sentence.start..candidate.range.start])
                });
            if let Some(previous) = renamed {
                let entry = &mut gathered[previous];
                if !entry.aliases.contains(&candidate.name)
                    && entry.candidate.name != candidate.name
                {
                    entry.aliases.push(candidate.name.clone());
                }
                entry.mentions.push(candidate.range.clone());
                by_name.entry(key).or_insert(previous);
                here.push((previous, candidate.range.clone(), false));
                continue;
            }
            let index = *by_name.entry(key).or_insert_with(|| {
                gathered.push(Gathered {
                    candidate: candidate.clone(),
                    mentions: Vec::new(),
                    aliases: Vec::new(),
                    seen_inside: false,
                });
                gathered.len() - 1
            });
            let entry = &mut gathered[index];
            entry.seen_inside |= !candidate.sentence_initial;
            entry.mentions.push(candidate.range.clone());
            if candidate.confidence > entry.candidate.confidence {
                let identifiers = std::mem::take(&mut entry.candidate.identifiers);
                entry.candidate = candidate.clone();
                absorb_identifiers(&mut entry.candidate.identifiers, identifiers);
            } else {
                absorb_identifiers(
                    &mut entry.candidate.identifiers,
                    candidate.identifiers.clone(),
                );
            }
            if let Some(alias) = &candidate.alias {
                if !entry.aliases.contains(alias) {
                    entry.aliases.push(alias.clone());
                }
            }
            here.push((index, candidate.range.clone(), candidate.demonym));
        }
        mentions.sort_by_key(|m| m.range.start);
        known_mentions.push(mentions);
        sentence_candidates.push(here);
    }
    let target = fold_short_forms(&mut gathered);
    let mut used_ids: Vec<String> = gazetteer.actors().iter().map(|a| a.id.clone()).collect();
    let mut new_ids: Vec<Option<String>> = vec![None; gathered.len()];
    let mut new_actors = Vec::new();
    for (index, entry) in gathered.iter().enumerate() {
        if target[index] != Some(index) {
            continue;
        }
        let repeats = entry.mentions.len() as f64 - 1.0;
        let confidence = (entry.candidate.confidence + 0.05 * repeats).min(0.95);
        let weak_initial = !entry.seen_inside && entry.candidate.confidence < 0.8;
        if confidence < options.min_confidence || weak_initial {
            continue;
        }
        let id = unique_id(&entry.candidate.name, &mut used_ids);
        new_ids[index] = Some(id.clone());
        let candidate = &entry.candidate;
        let mut actor = Actor::new(id, candidate.name.clone(), candidate.kind);
        actor.aliases = entry.aliases.clone();
        actor.country = candidate.country.clone();
        actor.identifiers = candidate.identifiers.clone();
        actor.collective = candidate.collective;
        actor.notes = Some(format!(
            "proposed: confidence {confidence:.2}; cue {}",
            candidate.cue
        ));
        let mut mentions = entry.mentions.clone();
        for (other, folded) in gathered.iter().enumerate() {
            if other != index && target[other] == Some(index) {
                mentions.extend(folded.mentions.iter().cloned());
            }
        }
        mentions.sort_by_key(|m| m.start);
        new_actors.push(ProposedActor {
            actor,
            known: false,
            confidence,
            cue: candidate.cue.clone(),
            mentions,
        });
    }
    let mut known_seen: Vec<Option<Vec<Range<usize>>>> = vec![None; gazetteer.actors().len()];
    let mut found_links = FoundLinks::default();
    let mut memory = coreference::Memory::default();
    // The speaker of a sentence that ends in a colon, and that sentence.
    let mut handover: Option<(Spot, Range<usize>)> = None;
    // The spots of the sentence before, and that sentence, for a quote it may end.
    let mut quoted: Option<(Vec<Spot>, Range<usize>)> = None;
    // The lists of designations ("OFAC designated the following:").
    let mut lists = designations::Lists::default();
    // The designations by count ("designated three companies").
    let mut counts = designations::Counts::default();
    // The agency or state of the last `sanctions` link proposed, or of the last designation
    // by count or before a list.
    let mut last_designator: Option<Spot> = None;
    for ((sentence, mentions), candidates) in sentences
        .iter()
        .zip(&known_mentions)
        .zip(&sentence_candidates)
    {
        let mut spots: Vec<Spot> = Vec::new();
        for mention in mentions {
            known_seen[mention.actor]
                .get_or_insert_with(Vec::new)
                .push(mention.range.clone());
            let actor = &gazetteer.actors()[mention.actor];
            spots.push(Spot {
                id: actor.id.clone(),
                range: mention.range.clone(),
                demonym: mention.demonym,
                kind: actor.kind,
            });
        }
        for (index, range, demonym) in candidates {
            let Some(actor) = target[*index] else {
                continue;
            };
            if let Some(id) = &new_ids[actor] {
                spots.push(Spot {
                    id: id.clone(),
                    range: range.clone(),
                    demonym: *demonym,
                    kind: gathered[actor].candidate.kind,
                });
            }
        }
        spots.sort_by_key(|s| s.range.start);
        drop_partial_overlaps(&mut spots);
        let anaphors = coreference::anaphors(text, sentence.clone(), &spots, &memory);
        let anaphor_starts: Vec<usize> = anaphors.iter().map(|s| s.range.start).collect();
        spots.extend(anaphors);
        spots.sort_by_key(|s| s.range.start);
        memory.remember(text, sentence, &spots);
        let read = Sentence {
            text,
            range: sentence.clone(),
            spots: &spots,
            anaphor_starts: &anaphor_starts,
        };
        let proposals = links::propose(text, sentence.clone(), &spots, options.published);
        // "Among those listed are X and Y", "X was designated pursuant to …": by the one who
        // designated last.
        if let Some(by) = &last_designator {
            let designated = designations::designated_unnamed(text, sentence.clone(), &spots);
            for i in designated.into_iter().filter(|&i| spots[i].id != by.id) {
                let listed = designations::Listed {
                    by: by.clone(),
                    listed: spots[i].clone(),
                    opened_by: sentence.clone(),
                };
                found_links.add_listed(
                    &read,
                    listed,
                    "designated, designator named before",
                    options,
                );
            }
        }
        if let Some(i) = designations::designator_without_names(text, sentence.clone(), &spots) {
            last_designator = Some(spots[i].clone());
        }
        for proposal in proposals {
            let designator = &spots[proposal.from];
            if proposal.relation == "sanctions"
                && matches!(designator.kind, ActorKind::Agency | ActorKind::State)
            {
                last_designator = Some(designator.clone());
            }
            found_links.add(&read, proposal, options);
        }
        // "According to S:" and then what S says: S reports what this sentence is about.
        if let Some((speaker, colon)) = handover.take() {
            let cue = "attribution before a colon";
            found_links.add_across(&read, &spots, speaker, (&colon, sentence), cue, options);
        }
        // "“… in Peru.” Von Hippel told NK News.": the quote before is the speaker's.
        if let Some((quote_spots, quote)) = quoted.take() {
            if let Some(speaker) = discourse::speaker_after_quote(text, sentence.clone(), &spots) {
                let speaker = spots[speaker].clone();
                let cue = "speaker after a quote";
                found_links.add_across(
                    &read,
                    &quote_spots,
                    speaker,
                    (&quote, sentence),
                    cue,
                    options,
                );
            }
        }
        counts.read(text, sentence.clone(), &spots, &anaphor_starts);
        // "OFAC designated the following:" and then a name per line.
        if let Some(listed) = lists.read(text, sentence.clone(), &spots) {
            found_links.add_listed(&read, listed, "listed after a designation", options);
        }
        handover = discourse::speaker(text, sentence.clone(), &spots)
            .map(|i| (spots[i].clone(), sentence.clone()));
        let ends_quote = text[sentence.clone()].trim_end().ends_with(['”', '"']);
        quoted = ends_quote.then(|| (spots, sentence.clone()));
    }
    for counted in counts.resolve() {
        let read = Sentence {
            text,
            range: counted.named_in,
            spots: &[],
            anaphor_starts: &[],
        };
        found_links.add_listed(&read, counted.listed, "designated by count", options);
    }
    let proposed_links = found_links.links;
    let mut actors: Vec<ProposedActor> = known_seen
        .into_iter()
        .enumerate()
        .filter_map(|(index, mentions)| {
            mentions.map(|mentions| ProposedActor {
                actor: gazetteer.actors()[index].clone(),
                known: true,
                confidence: 1.0,
                cue: "gazetteer".into(),
                mentions,
            })
        })
        .collect();
    actors.sort_by_key(|a| a.mentions[0].start);
    actors.extend(new_actors);
    let mut source = Source::new(options.source_id.clone(), options.title.clone());
    source.published = options.published;
    source.file = options.file.clone();
    Extraction {
        source,
        paragraphs: paragraphs.len(),
        sentences: sentences.len(),
        actors,
        links: proposed_links,
    }
}

/// A state's mention, known (the gazetteer's index) or new, as "the North" may refer to it.
struct StateMention {
    start: usize,
    name: String,
    known: Option<usize>,
}

/// The state "the North" or "the South" refers to: the most recent one before it whose name
/// opens with that word ("North Korea"). ("The country" and "the regime" are
/// [`coreference`]'s.)
fn antecedent<'a>(
    states: &'a [StateMention],
    anaphor: &discover::Candidate,
) -> Option<&'a StateMention> {
    let opening = format!("{} ", anaphor.name);
    states
        .iter()
        .filter(|s| s.start < anaphor.range.start && s.name.starts_with(&opening))
        .max_by_key(|s| s.start)
}

/// Whether the name that starts at `start` is owned or qualified by a state other than the
/// known actor's own country ("Vietnam’s Ministry of Public Security", "the Japanese Defense
/// Ministry" for an actor of another country): then it names another actor.
fn owned_by_other_state(text: &str, start: usize, actor: &Actor) -> bool {
    let Some(own) = actor.country.as_deref() else {
        return false;
    };
    if actor.kind == ActorKind::State {
        return false;
    }
    let before = text[..start].trim_end();
    let (before, possessive) = match before
        .strip_suffix("’s")
        .or_else(|| before.strip_suffix("'s"))
    {
        Some(owner) => (owner, true),
        None => (before, false),
    };
    let words: Vec<&str> = before.rsplit(char::is_whitespace).take(3).collect();
    (1..=words.len()).any(|n| {
        let phrase: Vec<&str> = words[..n].iter().rev().copied().collect();
        let phrase = phrase.join(" ");
        countries::lookup(&phrase)
            .is_some_and(|country| country.code != own && (possessive || country.demonym == phrase))
    })
}

/// "U.S. Treasury", "Chinese Foreign Ministry": a state's name or demonym just before a known
/// body of that state opens the body's name; the two mentions become one of the body.
fn absorb_own_state(text: &str, mentions: &mut Vec<gazetteer::Mention>, actors: &[Actor]) {
    let mut absorbed = vec![false; mentions.len()];
    for i in 1..mentions.len() {
        let (state, body) = (&mentions[i - 1], &mentions[i]);
        let adjacent = text[state.range.end..body.range.start]
            .chars()
            .all(|c| c == ' ')
            && state.range.end < body.range.start;
        let own = adjacent
            && actors[state.actor].kind == ActorKind::State
            && actors[body.actor].kind != ActorKind::State
            && actors[body.actor].country.as_deref().is_some_and(|code| {
                countries::lookup(&text[state.range.clone()]).is_some_and(|c| c.code == code)
            });
        if own {
            absorbed[i - 1] = true;
            mentions[i].range.start = mentions[i - 1].range.start;
        }
    }
    let mut index = 0;
    mentions.retain(|_| {
        index += 1;
        !absorbed[index - 1]
    });
}

/// Takes the identifiers `from` has that `into` lacks.
fn absorb_identifiers(into: &mut crate::model::Identifiers, from: crate::model::Identifiers) {
    into.imo = into.imo.take().or(from.imo);
    into.mmsi = into.mmsi.take().or(from.mmsi);
    into.flag = into.flag.take().or(from.flag);
}

/// For each gathered actor, the one it is a short form of (itself if none, `None` if it could
/// be several): an acronym given in brackets after a name or made of its initials ("OFAC" of
/// "Office of Foreign Assets Control"), a person's family name
/// ([`discover::is_family_name`]: "Moriuchi" of "Priscilla Moriuchi", "Park" of "Park Ji-won")
/// that no cue makes another kind, a firm's name without its legal form ("Delta Fuels" of
/// "Delta Fuels SpA", [`discover::without_legal_forms`]), or a department's shorter name
/// ("Treasury" of "U.S. Department of the Treasury", [`discover::is_department_short_form`];
/// the fullest when there are several).
fn fold_short_forms(gathered: &mut [Gathered]) -> Vec<Option<usize>> {
    let mut target: Vec<Option<usize>> = (0..gathered.len()).map(Some).collect();
    for short in 0..gathered.len() {
        let name = gathered[short].candidate.name.clone();
        let may_be_family = discover::may_be_family_name(&gathered[short].candidate);
        // "Sea Pearl", a tanker, is no short form of "Sea Pearl Shipping Co.".
        let may_be_firm = matches!(
            gathered[short].candidate.kind,
            ActorKind::Firm | ActorKind::Person | ActorKind::Other
        );
        let full: Vec<usize> = (0..gathered.len())
            .filter(|&f| f != short)
            .filter(|&f| {
                let g = &gathered[f];
                let person = g.candidate.kind == ActorKind::Person;
                let firm = g.candidate.kind == ActorKind::Firm;
                let organisation = matches!(
                    g.candidate.kind,
                    ActorKind::Agency | ActorKind::Firm | ActorKind::Group
                );
                g.aliases.contains(&name)
                    || organisation && discover::is_acronym_of(&name, &g.candidate.name)
                    || person && may_be_family && discover::is_family_name(&name, &g.candidate.name)
                    || firm && discover::without_legal_forms(&g.candidate.name) == Some(&name)
                    || firm && may_be_firm && discover::is_firm_short_form(&name, &g.candidate.name)
                    || organisation && discover::is_department_short_form(&name, &g.candidate.name)
            })
            .collect();
        // ("Treasury" of "Treasury Department" and of "U.S. Department of the Treasury": the
        // fullest.)
        let full: Vec<usize> = full
            .iter()
            .copied()
            .filter(|&f| {
                !full.iter().any(|&g| {
                    discover::is_department_short_form(
                        &gathered[f].candidate.name,
                        &gathered[g].candidate.name,
                    )
                })
            })
            .collect();
        match full.as_slice() {
            [] => {}
            [full] => {
                target[short] = Some(*full);
                if !gathered[*full].aliases.contains(&name) {
                    gathered[*full].aliases.push(name);
                }
            }
            _ => target[short] = None,
        }
    }
    target
}

/// The actor a one-word name stands for when it is the first word of an organisation's name
/// given before in the report: a known one, or a new one (its index among those gathered).
enum Named {
    Known(usize),
    New(usize),
}

/// "the Panel" after "the Panel of Experts": a capitalized word after "the" (not an acronym,
/// "the UN", nor a state) that opens the name of exactly one organisation named before, among
/// the known actors' `earlier` mentions (as the report wrote them) and the new ones `gathered`.
fn named_by_first_word<'a>(
    text: &str,
    candidate: &discover::Candidate,
    gazetteer: &Gazetteer,
    earlier: impl Iterator<Item = &'a gazetteer::Mention>,
    gathered: &[Gathered],
) -> Option<Named> {
    let before = &text[..candidate.range.start];
    let after_the = before.ends_with("the ") || before.ends_with("The ");
    let word =
        !candidate.name.contains(' ') && candidate.name.chars().skip(1).all(char::is_lowercase);
    if !after_the || !word || candidate.kind == ActorKind::State {
        return None;
    }
    let opens = |name: &str, kind: ActorKind| {
        let mut words = name.split(' ');
        words.next() == Some(candidate.name.as_str())
            && words.next().is_some()
            && matches!(kind, ActorKind::Agency | ActorKind::Group | ActorKind::Firm)
    };
    let actors = gazetteer.actors();
    let mut known: Vec<usize> = earlier
        .filter(|m| opens(&text[m.range.clone()], actors[m.actor].kind))
        .map(|m| m.actor)
        .collect();
    known.sort_unstable();
    known.dedup();
    let new: Vec<usize> = (0..gathered.len())
        .filter(|&g| opens(&gathered[g].candidate.name, gathered[g].candidate.kind))
        .collect();
    match (known.as_slice(), new.as_slice()) {
        ([actor], []) => Some(Named::Known(*actor)),
        ([], [index]) => Some(Named::New(*index)),
        _ => None,
    }
}

/// A snake_case id from a name, not yet in `used` (which it joins).
fn unique_id(name: &str, used: &mut Vec<String>) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let base = if words.is_empty() {
        "actor".to_owned()
    } else {
        words.join("_")
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    used.push(id.clone());
    id
}

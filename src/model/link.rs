//! Links between actors and the evidence they carry, and the sources evidence comes from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{DateSpan, Grade, PartialDate, Relation};

/// A document that evidence comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique id, cited by evidence.
    pub id: String,
    /// The document's title.
    pub title: String,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Byline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// File name of the document's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where it was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Source {
    /// A source with only an id and a title.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Source {
        Source {
            id: id.into(),
            title: title.into(),
            publisher: None,
            author: None,
            published: None,
            file: None,
            url: None,
            notes: None,
        }
    }
}

/// One piece of evidence: a verbatim quote from a source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The id of the source quoted.
    pub source: String,
    /// The quote, verbatim.
    pub quote: String,
}

/// What a link says beyond its relation, date and grade; boxed, because the large generated
/// graphs have none of it and a link must stay small.
#[derive(Debug, Clone, Default, PartialEq)]
struct LinkDetails {
    hedge: Option<String>,
    notes: Option<String>,
    evidence: Vec<Evidence>,
    attributes: BTreeMap<String, String>,
}

/// A link between two actors (the endpoints are the graph's business): a relation, what it
/// moves, when, how sure, and the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The relation.
    pub relation: Relation,
    /// The grade; confirmed unless hedged.
    pub grade: Grade,
    /// When, if known.
    pub date: Option<DateSpan>,
    /// What moves (coal, oil …), if said.
    pub commodity: Option<std::sync::Arc<str>>,
    details: Option<Box<LinkDetails>>,
}

impl Link {
    /// A confirmed link with no date, commodity or evidence.
    ///
    /// ```
    /// use linkchart::model::{Evidence, Link, Relation};
    /// let mut link = Link::new(Relation::known("ships_to").unwrap());
    /// link.push_evidence(Evidence { source: "r1".into(), quote: "They shipped coal.".into() });
    /// assert_eq!(link.evidence().len(), 1);
    /// assert_eq!(link.hedge(), None);
    /// ```
    pub fn new(relation: Relation) -> Link {
        Link {
            relation,
            grade: Grade::CONFIRMED,
            date: None,
            commodity: None,
            details: None,
        }
    }

    fn details_mut(&mut self) -> &mut LinkDetails {
        self.details.get_or_insert_with(Box::default)
    }

    /// The evidence for this link.
    pub fn evidence(&self) -> &[Evidence] {
        self.details.as_ref().map_or(&[], |d| &d.evidence)
    }

    /// Adds a piece of evidence.
    pub fn push_evidence(&mut self, evidence: Evidence) {
        self.details_mut().evidence.push(evidence);
    }

    /// The hedging word the source uses ("allegedly"), if any.
    pub fn hedge(&self) -> Option<&str> {
        self.details.as_ref().and_then(|d| d.hedge.as_deref())
    }

    /// Sets the hedging word.
    pub fn set_hedge(&mut self, hedge: Option<String>) {
        if hedge.is_some() || self.details.is_some() {
            self.details_mut().hedge = hedge;
        }
    }

    /// Free-text notes, if any.
    pub fn notes(&self) -> Option<&str> {
        self.details.as_ref().and_then(|d| d.notes.as_deref())
    }

    /// Sets the notes.
    pub fn set_notes(&mut self, notes: Option<String>) {
        if notes.is_some() || self.details.is_some() {
            self.details_mut().notes = notes;
        }
    }

    /// Facts without a field of their own, by name (see [`Actor::attributes`](super::Actor)).
    ///
    /// ```
    /// use linkchart::model::{Link, Relation};
    /// let mut link = Link::new(Relation::linked_to());
    /// link.set_attribute("vessel_count", "3");
    /// assert_eq!(link.attributes().get("vessel_count").map(String::as_str), Some("3"));
    /// ```
    pub fn attributes(&self) -> &BTreeMap<String, String> {
        static EMPTY: BTreeMap<String, String> = BTreeMap::new();
        self.details.as_ref().map_or(&EMPTY, |d| &d.attributes)
    }

    /// Sets one attribute, replacing a value of the same name.
    pub fn set_attribute(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.details_mut()
            .attributes
            .insert(name.into(), value.into());
    }
}

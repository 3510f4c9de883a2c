//! Relations: the documented vocabulary of link words, each in a category, and the categories
//! that path queries follow by default (the operational ones).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{serde_via_str, ValueError};

/// The category of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Movement of goods.
    Goods,
    /// Movement of money.
    Money,
    /// Movement of people.
    People,
    /// Transport and transit.
    Transport,
    /// Ownership and control.
    Control,
    /// Geography: where things are.
    Place,
    /// Cooperation.
    Cooperation,
    /// Hostile acts.
    Hostile,
    /// Enforcement: sanctions, bans, investigations.
    Enforcement,
    /// Statements and attributions.
    Statement,
    /// Relations outside the vocabulary.
    Other,
}

impl Category {
    /// Every category, in documentation order.
    pub const ALL: [Category; 11] = [
        Category::Goods,
        Category::Money,
        Category::People,
        Category::Transport,
        Category::Control,
        Category::Place,
        Category::Cooperation,
        Category::Hostile,
        Category::Enforcement,
        Category::Statement,
        Category::Other,
    ];

    /// The category's name as written in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Category::Goods => "goods",
            Category::Money => "money",
            Category::People => "people",
            Category::Transport => "transport",
            Category::Control => "control",
            Category::Place => "place",
            Category::Cooperation => "cooperation",
            Category::Hostile => "hostile",
            Category::Enforcement => "enforcement",
            Category::Statement => "statement",
            Category::Other => "other",
        }
    }

    /// Whether chains follow links of this category by default: everything but hostile acts,
    /// enforcement and statements, which say something *about* actors rather than connect them.
    ///
    /// ```
    /// use linkchart::model::Category;
    /// assert!(Category::Goods.is_operational());
    /// assert!(!Category::Statement.is_operational());
    /// ```
    pub fn is_operational(self) -> bool {
        !matches!(
            self,
            Category::Hostile | Category::Enforcement | Category::Statement
        )
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = ValueError;

    fn from_str(text: &str) -> Result<Self, ValueError> {
        let wanted = text.trim().to_ascii_lowercase();
        Category::ALL
            .into_iter()
            .find(|c| c.name() == wanted)
            .ok_or_else(|| {
                let valid: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
                ValueError(format!(
                    "unknown category `{text}`; valid categories: {}",
                    valid.join(", ")
                ))
            })
    }
}

/// The vocabulary: every known relation word with its category, in documentation order.
const VOCABULARY: &[(&str, Category)] = &[
    ("ships_to", Category::Goods),
    ("exports_to", Category::Goods),
    ("supplies", Category::Goods),
    ("transfers_to", Category::Goods),
    ("smuggles_to", Category::Goods),
    ("sells_to", Category::Goods),
    ("trades_with", Category::Goods),
    ("pays", Category::Money),
    ("funds", Category::Money),
    ("invests_in", Category::Money),
    ("lends_to", Category::Money),
    ("remits_to", Category::Money),
    ("sends_workers_to", Category::People),
    ("sends_troops_to", Category::People),
    ("sends_tourists_to", Category::People),
    ("employs", Category::People),
    ("travels_to", Category::People),
    ("docks_at", Category::Transport),
    ("sails_to", Category::Transport),
    ("loads_at", Category::Transport),
    ("unloads_at", Category::Transport),
    ("transits", Category::Transport),
    ("connects_to", Category::Transport),
    ("owns", Category::Control),
    ("controls", Category::Control),
    ("operates", Category::Control),
    ("subsidiary_of", Category::Control),
    ("member_of", Category::Control),
    ("leads", Category::Control),
    ("works_for", Category::Control),
    ("represents", Category::Control),
    ("located_in", Category::Place),
    ("part_of", Category::Place),
    ("borders", Category::Place),
    ("cooperates_with", Category::Cooperation),
    ("allied_with", Category::Cooperation),
    ("helps", Category::Cooperation),
    ("agreement_with", Category::Cooperation),
    ("aids", Category::Cooperation),
    ("attacks", Category::Hostile),
    ("hacks", Category::Hostile),
    ("steals_from", Category::Hostile),
    ("threatens", Category::Hostile),
    ("sanctions", Category::Enforcement),
    ("bans", Category::Enforcement),
    ("investigates", Category::Enforcement),
    ("seizes", Category::Enforcement),
    ("monitors", Category::Enforcement),
    ("violates", Category::Enforcement),
    ("accuses", Category::Statement),
    ("attributes_to", Category::Statement),
    ("denies", Category::Statement),
    ("reports", Category::Statement),
    ("warns", Category::Statement),
    ("criticizes", Category::Statement),
    ("linked_to", Category::Other),
];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Word {
    Known(u8),
    Other(std::sync::Arc<str>),
}

/// A link's relation: a word of the vocabulary, or a word outside it (category `other`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Relation(Word);

impl Relation {
    /// The generic relation used when a links table has no relation column.
    pub fn linked_to() -> Relation {
        Relation::known("linked_to").expect("linked_to is in the vocabulary")
    }

    /// The vocabulary word `word`, or `None` when it is not one.
    ///
    /// ```
    /// use linkchart::model::{Category, Relation};
    /// assert_eq!(Relation::known("ships_to").unwrap().category(), Category::Goods);
    /// assert!(Relation::known("ship_to").is_none());
    /// ```
    pub fn known(word: &str) -> Option<Relation> {
        VOCABULARY
            .iter()
            .position(|(w, _)| *w == word)
            .map(|i| Relation(Word::Known(i as u8)))
    }

    /// A relation outside the vocabulary (category `other`).
    pub fn other(word: &str) -> Relation {
        Relation(Word::Other(word.into()))
    }

    /// The relation's word.
    pub fn name(&self) -> &str {
        match &self.0 {
            Word::Known(i) => VOCABULARY[usize::from(*i)].0,
            Word::Other(word) => word,
        }
    }

    /// The relation's category.
    pub fn category(&self) -> Category {
        match &self.0 {
            Word::Known(i) => VOCABULARY[usize::from(*i)].1,
            Word::Other(_) => Category::Other,
        }
    }

    /// True for a word of the vocabulary.
    pub fn is_known(&self) -> bool {
        matches!(self.0, Word::Known(_))
    }

    /// Every word of the vocabulary with its category.
    pub fn vocabulary() -> impl Iterator<Item = (&'static str, Category)> {
        VOCABULARY.iter().copied()
    }

    /// The error message for a word outside the vocabulary, with the closest words.
    pub fn unknown_message(word: &str) -> String {
        let mut close: Vec<(f64, &str)> = VOCABULARY
            .iter()
            .map(|(w, _)| (strsim::jaro_winkler(word, w), *w))
            .filter(|(score, _)| *score > 0.8)
            .collect();
        close.sort_by(|a, b| b.0.total_cmp(&a.0));
        let hint = match close.first() {
            Some((_, w)) => format!("did you mean `{w}`? "),
            None => String::new(),
        };
        format!(
            "unknown relation `{word}`: {hint}(see `linkchart relations` for the vocabulary, \
             or mark a relation of your own with \"category\": \"other\")"
        )
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Relation {
    type Err = ValueError;

    /// Parses a vocabulary word; a word outside the vocabulary is an error.
    fn from_str(text: &str) -> Result<Self, ValueError> {
        Relation::known(text.trim()).ok_or_else(|| ValueError(Relation::unknown_message(text)))
    }
}

serde_via_str!(Relation, "a relation of the vocabulary, such as ships_to");

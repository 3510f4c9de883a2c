//! Actors: the states, firms, ships, ports, agencies, people and groups of a network.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ValueError;

/// What kind of actor a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A country, or its government acting as a whole.
    State,
    /// A company, media outlet, bank or exchange.
    Firm,
    /// A vessel, or an unnamed collective of vessels.
    Ship,
    /// A port, terminal or harbour.
    Port,
    /// A government body or an international organisation.
    Agency,
    /// A person.
    Person,
    /// A non-governmental organisation, hacker group, association or network.
    Group,
    /// A city, region, river or facility.
    Place,
    /// Anything else.
    Other,
}

impl ActorKind {
    /// Every kind, in documentation order.
    pub const ALL: [ActorKind; 9] = [
        ActorKind::State,
        ActorKind::Firm,
        ActorKind::Ship,
        ActorKind::Port,
        ActorKind::Agency,
        ActorKind::Person,
        ActorKind::Group,
        ActorKind::Place,
        ActorKind::Other,
    ];

    /// The kind's name as written in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Firm => "firm",
            ActorKind::Ship => "ship",
            ActorKind::Port => "port",
            ActorKind::Agency => "agency",
            ActorKind::Person => "person",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ActorKind {
    type Err = ValueError;

    /// ```
    /// use linkchart::model::ActorKind;
    /// assert_eq!("Port".parse::<ActorKind>().unwrap(), ActorKind::Port);
    /// assert!("prot".parse::<ActorKind>().unwrap_err().to_string().contains("state, firm, ship"));
    /// ```
    fn from_str(text: &str) -> Result<Self, ValueError> {
        let wanted = text.trim().to_ascii_lowercase();
        ActorKind::ALL
            .into_iter()
            .find(|kind| kind.name() == wanted)
            .ok_or_else(|| {
                let valid: Vec<&str> = ActorKind::ALL.iter().map(|k| k.name()).collect();
                ValueError(format!(
                    "unknown actor kind `{text}`; valid kinds: {}",
                    valid.join(", ")
                ))
            })
    }
}

/// Identifiers that pin an actor down beyond its name (for ships: IMO number, MMSI, call sign,
/// flag), plus any other named identifiers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifiers {
    /// IMO ship identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imo: Option<String>,
    /// Maritime Mobile Service Identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mmsi: Option<String>,
    /// Radio call sign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_sign: Option<String>,
    /// Flag state, ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Any other identifiers, by name.
    #[serde(flatten)]
    pub other: BTreeMap<String, String>,
}

impl Identifiers {
    /// True when no identifier is set.
    pub fn is_empty(&self) -> bool {
        self.imo.is_none()
            && self.mmsi.is_none()
            && self.call_sign.is_none()
            && self.flag.is_none()
            && self.other.is_empty()
    }

    /// Every identifier as `(name, value)`, the well-known ones first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        [
            ("imo", &self.imo),
            ("mmsi", &self.mmsi),
            ("call_sign", &self.call_sign),
            ("flag", &self.flag),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
        .chain(self.other.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// One actor of the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable, unique id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// Every other surface form the sources use for this actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// IMO number, MMSI, call sign, flag and other identifiers.
    #[serde(default, skip_serializing_if = "Identifiers::is_empty")]
    pub identifiers: Identifiers,
    /// True for an unnamed collective of like actors ("Chinese vessels").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub collective: bool,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Facts without a field of their own, by name: the unknown columns of a CSV table, the
    /// unknown keys of a GraphML file, an FtM `Sanction` on this actor. Kept through every
    /// format that can hold them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Actor {
    /// A new actor with no aliases, country, identifiers or notes.
    ///
    /// ```
    /// use linkchart::model::{Actor, ActorKind};
    /// let port = Actor::new("nakhodka", "Nakhodka", ActorKind::Port);
    /// assert_eq!(port.names().collect::<Vec<_>>(), ["nakhodka", "Nakhodka"]);
    /// ```
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: ActorKind) -> Actor {
        Actor {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            country: None,
            identifiers: Identifiers::default(),
            collective: false,
            notes: None,
            attributes: BTreeMap::new(),
        }
    }

    /// The id, the name and every alias, in that order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.id.as_str(), self.name.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
    }
}

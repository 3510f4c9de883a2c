//! The vocabulary of a link chart: actors and their kinds, links and their relations, the grades,
//! dates and evidence that links carry, and the sources that evidence comes from.

mod actor;
mod date;
mod grade;
mod link;
mod relation;

pub use actor::{Actor, ActorKind, Identifiers};
pub use date::{DateSpan, PartialDate};
pub use grade::Grade;
pub use link::{Evidence, Link, Source};
pub use relation::{Category, Relation};

/// The error of parsing one of the model's textual values (a kind, relation, date, grade).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// Implements `Serialize`/`Deserialize` through `Display`/`FromStr`, so that a value's JSON form
/// is its documented text form and a bad value fails with its own message at the right position.
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$ty, E> {
                        text.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use serde_via_str;

//! # linkchart
//!
//! Link analysis of illicit networks: the actors of sanctions-evasion reports (states, firms,
//! ships, ports, agencies, people, groups) and the links between them, each link carrying its
//! evidence — which report, which sentence, when, how sure.
//!
//! The library does the work and returns plain data; the `linkchart` binary parses arguments and
//! prints. A graph comes from files ([`io::load`]) or is built in code:
//!
//! ```
//! use linkchart::{io, resolve, describe};
//!
//! // With no files, the curated graph of the shared reports.
//! let graph = io::load(&[]).unwrap().graph;
//! let port = resolve::resolve(&graph, "Nakhodka").unwrap();
//! let card = describe::actor_card(&graph, port);
//! assert_eq!(card.actor.kind, linkchart::model::ActorKind::Port);
//! assert!(card.links.iter().all(|l| !l.evidence.is_empty()));
//! ```

pub mod algo;
pub mod chains;
pub mod cli;
pub mod describe;
pub mod error;
pub mod explore;
pub mod extract;
pub mod graph;
pub mod io;
pub mod merge;
pub mod model;
pub mod rank;
pub mod render;
pub mod resolve;
pub mod scope;
pub mod validate;

pub use error::{Error, Result};
pub use graph::ActorGraph;

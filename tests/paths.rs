//! Chain queries (`find_chains`, `paths::k_shortest`, `paths::enumerate`, `linkchart paths`) on
//! small hand-built graphs whose answers are checked by hand, and on seeded random graphs checked
//! against networkx (`tests/fixtures/paths/generate.py`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use linkchart::algo::{paths, Csr};
use linkchart::chains::{find_chains, ChainQuery, Chains, Traversal};
use linkchart::model::{ActorKind, Category, Grade};
use linkchart::scope::{PassFilter, Scope, Undated};
use linkchart::ActorGraph;
mod common;

use common::run;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// Building graphs by hand

/// A link of a hand-built graph, written as native JSON.
struct L(Value);

/// A link `from relation to`, confirmed, undated, with one quote.
fn l(from: &str, to: &str, relation: &str) -> L {
    L(json!({
        "from": from,
        "to": to,
        "relation": relation,
        "evidence": [{"source": "s", "quote": format!("{from} {relation} {to}")}],
    }))
}

impl L {
    fn set(mut self, key: &str, value: &str) -> L {
        self.0[key] = json!(value);
        self
    }
    fn grade(self, grade: &str) -> L {
        self.set("grade", grade)
    }
    fn date(self, date: &str) -> L {
        self.set("date", date)
    }
    fn commodity(self, commodity: &str) -> L {
        self.set("commodity", commodity)
    }
}

/// A graph of actors `(id, kind)` (named by their id in upper case) and links, loaded through
/// the native JSON reader.
fn graph(actors: &[(&str, &str)], links: Vec<L>) -> ActorGraph {
    let actors: Vec<Value> = actors
        .iter()
        .map(|(id, kind)| json!({"id": id, "name": id.to_uppercase(), "kind": kind}))
        .collect();
    let links: Vec<Value> = links.into_iter().map(|l| l.0).collect();
    let text = json!({
        "linkchart": 1,
        "sources": [{"id": "s", "title": "Hand-made"}],
        "actors": actors,
        "links": links,
    })
    .to_string();
    let mut loader = linkchart::io::Loader::default();
    loader.add_json("hand.json", &text).unwrap();
    loader.finish().unwrap().graph
}

/// Actors of kind `other`.
fn others<'a>(ids: &[&'a str]) -> Vec<(&'a str, &'static str)> {
    ids.iter().map(|&id| (id, "other")).collect()
}

fn node(graph: &ActorGraph, id: &str) -> petgraph::graph::NodeIndex {
    graph.node(id).unwrap_or_else(|| panic!("no actor {id}"))
}

fn find_with(
    graph: &ActorGraph,
    scope: &Scope,
    query: &ChainQuery,
    from: &str,
    to: &str,
) -> Chains {
    find_chains(graph, scope, query, node(graph, from), node(graph, to))
}

fn find_q(graph: &ActorGraph, query: &ChainQuery, from: &str, to: &str) -> Chains {
    find_with(graph, &Scope::default(), query, from, to)
}

fn find_s(graph: &ActorGraph, scope: &Scope, from: &str, to: &str) -> Chains {
    find_with(graph, scope, &ChainQuery::default(), from, to)
}

fn find(graph: &ActorGraph, from: &str, to: &str) -> Chains {
    find_with(graph, &Scope::default(), &ChainQuery::default(), from, to)
}

/// The chains as space-separated actor ids, in the order given.
fn seqs(found: &Chains) -> Vec<String> {
    found.chains.iter().map(|c| c.actors.join(" ")).collect()
}

/// The chains as a set, for results whose ties may come in any order.
fn seq_set(found: &Chains) -> BTreeSet<String> {
    let set: BTreeSet<String> = seqs(found).into_iter().collect();
    assert_eq!(set.len(), found.chains.len(), "duplicate chains: {found:?}");
    set
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn query() -> ChainQuery {
    ChainQuery::default()
}

/// One-field changes to a query, to keep the tests short.
trait Set: Sized {
    fn k(self, k: usize) -> Self;
    fn max_hops(self, max_hops: Option<usize>) -> Self;
    fn all(self, all: bool) -> Self;
    fn limit(self, limit: usize) -> Self;
    fn undirected(self, undirected: bool) -> Self;
    fn in_time_order(self, in_time_order: bool) -> Self;
    fn max_gap_days(self, days: Option<i32>) -> Self;
    fn earliest_arrival(self, earliest_arrival: bool) -> Self;
    fn most_credible(self, most_credible: bool) -> Self;
}

impl Set for ChainQuery {
    fn k(self, k: usize) -> Self {
        ChainQuery { k, ..self }
    }
    fn max_hops(self, max_hops: Option<usize>) -> Self {
        ChainQuery { max_hops, ..self }
    }
    fn all(self, all: bool) -> Self {
        ChainQuery { all, ..self }
    }
    fn limit(self, limit: usize) -> Self {
        ChainQuery { limit, ..self }
    }
    fn undirected(self, undirected: bool) -> Self {
        ChainQuery { undirected, ..self }
    }
    fn in_time_order(self, in_time_order: bool) -> Self {
        ChainQuery {
            in_time_order,
            ..self
        }
    }
    fn max_gap_days(self, max_gap_days: Option<i32>) -> Self {
        ChainQuery {
            max_gap_days,
            ..self
        }
    }
    fn earliest_arrival(self, earliest_arrival: bool) -> Self {
        ChainQuery {
            earliest_arrival,
            ..self
        }
    }
    fn most_credible(self, most_credible: bool) -> Self {
        ChainQuery {
            most_credible,
            ..self
        }
    }
}

/// Runs `linkchart -g CHAINS paths ARGS…`, expecting exit code `code`; gives stdout and stderr.
fn paths_cli(args: &[&str], code: i32) -> (String, String) {
    let mut all = vec!["-g", CHAINS, "paths"];
    all.extend_from_slice(args);
    run(&all, code)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Every chain found is consistent: starts and ends right, lists its hops, has no repeated
/// actor, and its score is the product of its main links' weights.
fn check_consistent(found: &Chains) {
    for chain in &found.chains {
        assert_eq!(chain.actors.first(), Some(&found.from.id));
        assert_eq!(chain.actors.last(), Some(&found.to.id));
        assert_eq!(chain.length, chain.actors.len() - 1);
        assert_eq!(chain.hops.len(), chain.length);
        let distinct: BTreeSet<&String> = chain.actors.iter().collect();
        assert_eq!(distinct.len(), chain.actors.len(), "not simple: {chain:?}");
        for (hop, pair) in chain.hops.iter().zip(chain.actors.windows(2)) {
            assert_eq!((&hop.from, &hop.to), (&pair[0], &pair[1]));
            assert_eq!(hop.links[0], hop.main);
        }
        let product: f64 = chain.hops.iter().map(|h| h.main.facts.weight).product();
        assert!(close(chain.score, product), "{chain:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The ladder: a → t directly, through b, through c, and through b then c.

const LADDER_ACTORS: &[(&str, &str)] =
    &[("a", "state"), ("b", "port"), ("c", "ship"), ("t", "state")];

fn ladder() -> ActorGraph {
    graph(
        LADDER_ACTORS,
        vec![
            l("a", "t", "ships_to"),
            l("a", "b", "ships_to"),
            l("b", "t", "ships_to"),
            l("a", "c", "ships_to"),
            l("c", "t", "ships_to"),
            l("b", "c", "transfers_to"),
        ],
    )
}

#[test]
fn k_shortest_lists_every_distinct_chain_shortest_first() {
    let g = ladder();
    let found = find(&g, "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a t", "a b t", "a c t", "a b c t"]);
    let lengths: Vec<usize> = found.chains.iter().map(|c| c.length).collect();
    assert_eq!(lengths, [1, 2, 2, 3]);
    assert!(!found.truncated);
    assert_eq!(found.notice, None);
    assert_eq!(found.from.id, "a");
    assert_eq!(found.from.name, "A");
    assert_eq!(found.to.name, "T");
}

#[test]
fn k_limits_the_number_of_chains() {
    let g = ladder();
    let one = find_q(&g, &query().k(1), "a", "t");
    assert_eq!(seqs(&one), ["a t"]);
    let two = find_q(&g, &query().k(2), "a", "t");
    assert_eq!(seqs(&two), ["a t", "a b t"]);
    let three = find_q(&g, &query().k(3), "a", "t");
    assert_eq!(seqs(&three), ["a t", "a b t", "a c t"]);
    let many = find_q(&g, &query().k(50), "a", "t");
    assert_eq!(many.chains.len(), 4);
}

#[test]
fn max_hops_drops_longer_chains() {
    let g = ladder();
    let two = find_q(&g, &query().max_hops(Some(2)), "a", "t");
    assert_eq!(seqs(&two), ["a t", "a b t", "a c t"]);
    let one = find_q(&g, &query().max_hops(Some(1)), "a", "t");
    assert_eq!(seqs(&one), ["a t"]);
    // From b the direct hop is the only one-hop chain; b c t needs two.
    let from_b = find_q(&g, &query().max_hops(Some(1)), "b", "t");
    assert_eq!(seqs(&from_b), ["b t"]);
    // No chain within the hops: the notice says so.
    let none = find_q(&g, &query().max_hops(Some(0)), "a", "t");
    assert!(none.chains.is_empty());
    assert!(none
        .notice
        .as_deref()
        .unwrap()
        .contains("within the scope, hops"));
}

#[test]
fn all_lists_every_simple_chain_sorted_by_length_then_actor_order() {
    let g = ladder();
    let all = query().all(true);
    let found = find_q(&g, &all, "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a t", "a b t", "a c t", "a b c t"]);
    assert!(!found.truncated);
    assert_eq!(found.notice, None);
    // k does not cut --all.
    let found = find_q(&g, &all.clone().k(1), "a", "t");
    assert_eq!(found.chains.len(), 4);
    // With max_hops.
    let found = find_q(&g, &all.clone().max_hops(Some(2)), "a", "t");
    assert_eq!(seqs(&found), ["a t", "a b t", "a c t"]);
}

#[test]
fn all_with_a_limit_stops_and_says_so() {
    let g = ladder();
    // Exactly as many chains as exist: not truncated.
    let exact = find_q(&g, &query().all(true).limit(4), "a", "t");
    assert_eq!(exact.chains.len(), 4);
    assert!(!exact.truncated);
    assert_eq!(exact.notice, None);
    // One fewer: truncated, with the notice.
    let cut = find_q(&g, &query().all(true).limit(3), "a", "t");
    check_consistent(&cut);
    assert_eq!(cut.chains.len(), 3);
    assert!(cut.truncated);
    assert_eq!(
        cut.notice.as_deref(),
        Some("search cut at the limit of 3 chains (--limit): more chains exist")
    );
    let every = set(&["a t", "a b t", "a c t", "a b c t"]);
    assert!(seq_set(&cut).is_subset(&every), "{:?}", seqs(&cut));
    let one = find_q(&g, &query().all(true).limit(1), "a", "t");
    assert_eq!(one.chains.len(), 1);
    assert!(one.truncated);
}

#[test]
fn via_keeps_chains_through_every_named_actor() {
    let g = ladder();
    let via = |ids: &[&str]| ChainQuery {
        via: ids.iter().map(|id| node(&g, id)).collect(),
        ..query()
    };
    let through_c = find_q(&g, &via(&["c"]), "a", "t");
    check_consistent(&through_c);
    assert_eq!(seqs(&through_c), ["a c t", "a b c t"]);
    let through_b = find_q(&g, &via(&["b"]), "a", "t");
    assert_eq!(seqs(&through_b), ["a b t", "a b c t"]);
    // Repeatable: through all of them, in any order given.
    assert_eq!(seqs(&find_q(&g, &via(&["b", "c"]), "a", "t")), ["a b c t"]);
    assert_eq!(seqs(&find_q(&g, &via(&["c", "b"]), "a", "t")), ["a b c t"]);
    // Nothing goes from a through c to b along the links; against b → c it does.
    let none = find_q(&g, &via(&["c"]), "a", "b");
    assert!(none.chains.is_empty());
    assert!(none.notice.as_deref().unwrap().contains("(--undirected)"));
    let back = via(&["c"]).undirected(true);
    assert_eq!(
        seqs(&find_q(&g, &back, "a", "b")),
        ["a c b", "a c t b", "a t c b"]
    );
    // Combined with max_hops and k.
    let short = via(&["c"]).max_hops(Some(2));
    assert_eq!(seqs(&find_q(&g, &short, "a", "t")), ["a c t"]);
    let first = via(&["b"]).k(1);
    assert_eq!(seqs(&find_q(&g, &first, "a", "t")), ["a b t"]);
}

fn pass(pass: PassFilter) -> ChainQuery {
    ChainQuery { pass, ..query() }
}

#[test]
fn avoid_keeps_chains_off_an_actor_but_not_off_the_ends() {
    let g = ladder();
    let avoid = |ids: &[&str]| {
        pass(PassFilter {
            avoid: ids.iter().map(|id| node(&g, id)).collect(),
            ..PassFilter::default()
        })
    };
    assert_eq!(
        seqs(&find_q(&g, &avoid(&["b"]), "a", "t")),
        ["a t", "a c t"]
    );
    assert_eq!(seqs(&find_q(&g, &avoid(&["b", "c"]), "a", "t")), ["a t"]);
    // The ends are exempt.
    assert_eq!(find_q(&g, &avoid(&["a", "t"]), "a", "t").chains.len(), 4);
    // With --all the same.
    let all = avoid(&["c"]).all(true);
    assert_eq!(seqs(&find_q(&g, &all, "a", "t")), ["a t", "a b t"]);
}

#[test]
fn avoid_kinds_keeps_chains_off_actors_of_a_kind() {
    let g = ladder();
    let avoid = |kinds: &[ActorKind]| {
        pass(PassFilter {
            avoid_kinds: kinds.to_vec(),
            ..PassFilter::default()
        })
    };
    // b is a port, c a ship, a and t states.
    assert_eq!(
        seqs(&find_q(&g, &avoid(&[ActorKind::Port]), "a", "t")),
        ["a t", "a c t"]
    );
    assert_eq!(
        seqs(&find_q(&g, &avoid(&[ActorKind::Ship]), "a", "t")),
        ["a t", "a b t"]
    );
    assert_eq!(
        seqs(&find_q(
            &g,
            &avoid(&[ActorKind::Port, ActorKind::Ship]),
            "a",
            "t"
        )),
        ["a t"]
    );
    // The ends are exempt.
    assert_eq!(
        find_q(&g, &avoid(&[ActorKind::State]), "a", "t")
            .chains
            .len(),
        4
    );
}

#[test]
fn remove_takes_an_actor_and_its_links_out() {
    let g = ladder();
    let scope = Scope {
        remove: vec![node(&g, "b")],
        ..Scope::default()
    };
    assert_eq!(seqs(&find_s(&g, &scope, "a", "t")), ["a t", "a c t"]);
    let scope = Scope {
        remove: vec![node(&g, "c")],
        ..Scope::default()
    };
    assert_eq!(seqs(&find_s(&g, &scope, "a", "t")), ["a t", "a b t"]);
    // Removing b also removes the link b → c, so c is reached only from a.
    let scope = Scope {
        remove: vec![node(&g, "b")],
        ..Scope::default()
    };
    let all = query().all(true);
    assert_eq!(seqs(&find_with(&g, &scope, &all, "a", "c")), ["a c"]);
}

#[test]
fn removing_an_actor_changes_the_degrees_hub_suppression_sees() {
    // h has three links; removing one of its neighbours brings it to two.
    let g = graph(
        &others(&["a", "h", "t", "x"]),
        vec![
            l("a", "h", "ships_to"),
            l("h", "t", "ships_to"),
            l("x", "h", "ships_to"),
        ],
    );
    let hub = pass(PassFilter {
        max_degree: Some(2),
        ..PassFilter::default()
    });
    assert!(find_q(&g, &hub, "a", "t").chains.is_empty());
    let scope = Scope {
        remove: vec![node(&g, "x")],
        ..Scope::default()
    };
    assert_eq!(seqs(&find_with(&g, &scope, &hub, "a", "t")), ["a h t"]);
    // Avoiding x instead leaves its link, and h stays a hub.
    let avoid = ChainQuery {
        pass: PassFilter {
            avoid: vec![node(&g, "x")],
            max_degree: Some(2),
            ..PassFilter::default()
        },
        ..query()
    };
    assert!(find_q(&g, &avoid, "a", "t").chains.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Graph shapes: cycles, parallel links, self-loops, ends, direction

#[test]
fn cycles_never_repeat_an_actor() {
    // a → b → c → a is a cycle; c → d leaves it, d → b re-enters it.
    let g = graph(
        &others(&["a", "b", "c", "d"]),
        vec![
            l("a", "b", "ships_to"),
            l("b", "c", "ships_to"),
            l("c", "a", "ships_to"),
            l("c", "d", "ships_to"),
            l("d", "b", "ships_to"),
        ],
    );
    let found = find(&g, "a", "d");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a b c d"]);
    let all = find_q(&g, &query().all(true), "a", "d");
    assert_eq!(seqs(&all), ["a b c d"]);
    // d to a goes round: d b c a.
    assert_eq!(seqs(&find(&g, "d", "a")), ["d b c a"]);
    // Ignoring direction, the four simple chains a → d.
    let undirected = query().undirected(true);
    let found = find_q(&g, &undirected, "a", "d");
    check_consistent(&found);
    assert_eq!(found.chains.len(), 4);
    assert_eq!(
        seqs(&found)[..2].iter().cloned().collect::<BTreeSet<_>>(),
        set(&["a b d", "a c d"])
    );
    assert_eq!(
        seqs(&found)[2..].iter().cloned().collect::<BTreeSet<_>>(),
        set(&["a b c d", "a c b d"])
    );
    // --all sorts ties by actor order (a, b, c, d as listed).
    let all = undirected.all(true);
    assert_eq!(
        seqs(&find_q(&g, &all, "a", "d")),
        ["a b d", "a c d", "a b c d", "a c b d"]
    );
}

#[test]
fn parallel_links_form_one_hop_whose_main_link_is_the_most_credible() {
    let g = graph(
        &others(&["a", "b", "c"]),
        vec![
            l("a", "b", "ships_to")
                .grade("possible")
                .commodity("coal")
                .date("2017"),
            l("a", "b", "supplies"),
            l("a", "b", "transfers_to").grade("probable"),
            l("b", "c", "ships_to").grade("B2").commodity("coal"),
            l("b", "c", "ships_to").grade("B2").commodity("oil"),
        ],
    );
    let found = find(&g, "a", "c");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a b c"]);
    let chain = &found.chains[0];
    let first = &chain.hops[0];
    assert_eq!(first.main.facts.relation, "supplies");
    assert_eq!(first.main.facts.weight, 1.0);
    assert_eq!(first.main.facts.grade, "confirmed");
    assert_eq!(first.main.facts.category, Category::Goods);
    assert_eq!(first.main.direction, Traversal::Forward);
    let relations: Vec<&str> = first
        .links
        .iter()
        .map(|l| l.facts.relation.as_str())
        .collect();
    // The main link first, then the others in the order listed.
    assert_eq!(relations, ["supplies", "ships_to", "transfers_to"]);
    assert_eq!(first.links[1].facts.grade, "possible");
    assert_eq!(first.links[1].facts.commodity.as_deref(), Some("coal"));
    assert_eq!(first.links[1].facts.date.as_deref(), Some("2017"));
    assert!(close(first.links[2].facts.weight, 0.8));
    assert_eq!(first.main.evidence[0].quote, "a supplies b");
    assert_eq!(first.main.evidence[0].source, "s");
    // Equal weights: the first listed is the main link.
    let second = &chain.hops[1];
    assert_eq!(second.links.len(), 2);
    assert_eq!(second.main.facts.commodity.as_deref(), Some("coal"));
    assert_eq!(second.links[1].facts.commodity.as_deref(), Some("oil"));
    assert_eq!(second.main.facts.grade, "B2");
    assert!(close(chain.score, 0.72));
    // Enumeration also yields one chain with the same hops.
    let all = find_q(&g, &query().all(true), "a", "c");
    assert_eq!(all.chains, found.chains);
}

#[test]
fn parallel_links_out_of_scope_are_not_listed() {
    let g = graph(
        &others(&["a", "b"]),
        vec![
            l("a", "b", "ships_to").commodity("coal"),
            l("a", "b", "accuses"),
            l("a", "b", "pays").grade("doubtful"),
        ],
    );
    let found = find(&g, "a", "b");
    let relations: Vec<&str> = found.chains[0].hops[0]
        .links
        .iter()
        .map(|l| l.facts.relation.as_str())
        .collect();
    assert_eq!(relations, ["ships_to", "pays"]);
    let scope = Scope {
        commodities: vec!["coal".into()],
        ..Scope::default()
    };
    let found = find_s(&g, &scope, "a", "b");
    assert_eq!(found.chains[0].hops[0].links.len(), 1);
}

#[test]
fn self_loops_are_never_part_of_a_chain() {
    let g = graph(
        &others(&["a", "b", "c"]),
        vec![
            l("a", "a", "ships_to"),
            l("a", "b", "ships_to"),
            l("b", "b", "supplies"),
            l("b", "c", "ships_to"),
        ],
    );
    for undirected in [false, true] {
        for all in [false, true] {
            let q = ChainQuery {
                undirected,
                all,
                ..query()
            };
            let found = find_q(&g, &q, "a", "c");
            check_consistent(&found);
            assert_eq!(seqs(&found), ["a b c"], "undirected {undirected} all {all}");
            assert_eq!(found.chains[0].hops[0].links.len(), 1);
            assert_eq!(found.chains[0].hops[1].links.len(), 1);
            assert_eq!(found.chains[0].hops[1].main.facts.relation, "ships_to");
        }
    }
    // An actor with only a self-loop reaches no one.
    let g = graph(
        &others(&["a", "b"]),
        vec![l("a", "a", "ships_to"), l("b", "b", "ships_to")],
    );
    let found = find(&g, "a", "b");
    assert!(found.chains.is_empty());
    assert!(found.notice.unwrap().contains("not connected at all"));
}

#[test]
fn from_equal_to_gives_no_chain_with_a_notice() {
    let g = ladder();
    for q in [
        query(),
        query().all(true),
        query().undirected(true),
        query().in_time_order(true),
    ] {
        let found = find_q(&g, &q, "a", "a");
        assert!(found.chains.is_empty());
        assert!(!found.truncated);
        assert_eq!(
            found.notice.as_deref(),
            Some("A is both ends: a chain joins two different actors")
        );
    }
}

#[test]
fn disconnected_actors_are_not_connected_at_all() {
    let g = graph(
        &others(&["a", "b", "c", "d"]),
        vec![l("a", "b", "ships_to"), l("c", "d", "ships_to")],
    );
    let found = find(&g, "a", "d");
    assert!(found.chains.is_empty());
    assert!(!found.truncated);
    assert_eq!(
        found.notice.as_deref(),
        Some("A and D are not connected at all: no chain of any links joins them")
    );
    let undirected = ChainQuery {
        undirected: true,
        all: true,
        ..query()
    };
    let found = find_q(&g, &undirected, "d", "a");
    assert!(found.notice.unwrap().contains("not connected at all"));
}

#[test]
fn connected_only_outside_the_scope_says_so() {
    // a and t are joined only through a statement link.
    let g = graph(
        &others(&["a", "b", "t"]),
        vec![l("a", "b", "accuses"), l("b", "t", "ships_to")],
    );
    let found = find(&g, "a", "t");
    assert!(found.chains.is_empty());
    let notice = found.notice.unwrap();
    assert!(
        notice.starts_with("no chain from A to T within the scope"),
        "{notice}"
    );
    assert!(notice.contains("--category all"), "{notice}");
    assert!(!notice.contains("not connected at all"), "{notice}");
}

#[test]
fn chains_follow_link_direction_unless_undirected() {
    // a ships to b, and c ships to b: a and c meet only against a link's direction.
    let g = graph(
        &[("a", "state"), ("b", "port"), ("c", "state")],
        vec![
            l("a", "b", "ships_to"),
            l("c", "b", "ships_to").grade("possible"),
        ],
    );
    let found = find(&g, "a", "c");
    assert!(found.chains.is_empty());
    let notice = found.notice.unwrap();
    assert_eq!(
        notice,
        "no chain from A to C follows the links' direction; one exists ignoring direction (--undirected)"
    );
    let undirected = query().undirected(true);
    let found = find_q(&g, &undirected, "a", "c");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a b c"]);
    let hops = &found.chains[0].hops;
    assert_eq!(hops[0].main.direction, Traversal::Forward);
    assert_eq!((hops[1].from.as_str(), hops[1].to.as_str()), ("b", "c"));
    assert_eq!(hops[1].main.direction, Traversal::Backward);
    assert_eq!(hops[1].main.facts.relation, "ships_to");
    assert!(close(found.chains[0].score, 0.6));
    // The enumerating search agrees.
    let all = undirected.all(true);
    let found = find_q(&g, &all, "a", "c");
    assert_eq!(seqs(&found), ["a b c"]);
    assert_eq!(found.chains[0].hops[1].main.direction, Traversal::Backward);
}

#[test]
fn undirected_hops_list_links_in_both_directions() {
    let g = graph(
        &others(&["a", "b"]),
        vec![
            l("b", "a", "pays"),
            l("a", "b", "ships_to").grade("possible"),
        ],
    );
    let undirected = query().undirected(true);
    let found = find_q(&g, &undirected, "a", "b");
    let hop = &found.chains[0].hops[0];
    assert_eq!(hop.links.len(), 2);
    // The confirmed payment is the main link, used against its direction.
    assert_eq!(hop.main.facts.relation, "pays");
    assert_eq!(hop.main.direction, Traversal::Backward);
    assert_eq!(hop.links[1].facts.relation, "ships_to");
    assert_eq!(hop.links[1].direction, Traversal::Forward);
    // Directed, only the shipment carries the hop.
    let found = find(&g, "a", "b");
    assert_eq!(found.chains[0].hops[0].links.len(), 1);
    assert_eq!(found.chains[0].hops[0].main.facts.relation, "ships_to");
    assert!(close(found.chains[0].score, 0.6));
}

// ---------------------------------------------------------------------------------------------
// Hub suppression

#[test]
fn max_degree_suppresses_hubs_but_not_the_ends() {
    let g = graph(
        &others(&["a", "h", "x", "y", "t", "e1", "e2"]),
        vec![
            l("a", "h", "ships_to"),
            l("h", "t", "ships_to"),
            l("a", "x", "ships_to"),
            l("x", "y", "ships_to"),
            l("y", "t", "ships_to"),
            l("h", "e1", "ships_to"),
            l("h", "e2", "ships_to"),
            l("e1", "h", "ships_to"),
            l("a", "e1", "ships_to"),
            l("a", "e2", "ships_to"),
            l("e1", "t", "ships_to"),
            l("e2", "t", "ships_to"),
        ],
    );
    // Degrees: a 4, h 5, t 4 (the ends), e1 4, e2 3, x 2, y 2.
    let hub = |max| {
        pass(PassFilter {
            max_degree: Some(max),
            ..PassFilter::default()
        })
    };
    let found = find_q(&g, &hub(3), "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a e2 t", "a x y t"]);
    let found = find_q(&g, &hub(2), "a", "t");
    assert_eq!(seqs(&found), ["a x y t"]);
    let found = find_q(&g, &hub(4), "a", "t");
    assert_eq!(seq_set(&found), set(&["a e1 t", "a e2 t", "a x y t"]));
    // With --all, the same suppression.
    let all = hub(3).all(true);
    assert_eq!(seqs(&find_q(&g, &all, "a", "t")), ["a e2 t", "a x y t"]);
    // Without it, h is the shortest way.
    assert!(seqs(&find(&g, "a", "t")).contains(&"a h t".to_owned()));
}

#[test]
fn max_degree_counts_links_in_scope_only() {
    // h has two operational links and three statement links.
    let g = graph(
        &others(&["a", "h", "t", "p1", "p2", "p3"]),
        vec![
            l("a", "h", "ships_to"),
            l("h", "t", "ships_to"),
            l("h", "p1", "accuses"),
            l("h", "p2", "accuses"),
            l("p3", "h", "accuses"),
        ],
    );
    let hub = pass(PassFilter {
        max_degree: Some(2),
        ..PassFilter::default()
    });
    assert_eq!(seqs(&find_q(&g, &hub, "a", "t")), ["a h t"]);
    let everything = Scope {
        all_categories: true,
        ..Scope::default()
    };
    assert!(find_with(&g, &everything, &hub, "a", "t").chains.is_empty());
    assert_eq!(seqs(&find_s(&g, &everything, "a", "t")), ["a h t"]);
}

// ---------------------------------------------------------------------------------------------
// Scope: categories, relations, commodities, grades, windows

fn categories_graph() -> ActorGraph {
    graph(
        &others(&["a", "b", "c", "d", "e", "f", "t"]),
        vec![
            l("a", "b", "accuses"),
            l("a", "c", "sanctions"),
            l("a", "d", "attacks"),
            l("b", "t", "ships_to"),
            l("c", "t", "ships_to"),
            l("d", "t", "ships_to"),
            l("a", "e", "ships_to"),
            l("e", "f", "ships_to"),
            l("f", "t", "ships_to"),
        ],
    )
}

#[test]
fn default_scope_drops_statement_enforcement_and_hostile_links() {
    let g = categories_graph();
    assert_eq!(seqs(&find(&g, "a", "t")), ["a e f t"]);
    let everything = Scope {
        all_categories: true,
        ..Scope::default()
    };
    let found = find_s(&g, &everything, "a", "t");
    check_consistent(&found);
    assert_eq!(found.chains.len(), 4);
    assert_eq!(
        seqs(&found)[..3].iter().cloned().collect::<BTreeSet<_>>(),
        set(&["a b t", "a c t", "a d t"])
    );
    assert_eq!(seqs(&found)[3], "a e f t");
    assert_eq!(found.chains[0].hops[1].main.facts.category, Category::Goods);
    let statement = found.chains.iter().find(|c| c.actors[1] == "b").unwrap();
    assert_eq!(statement.hops[0].main.facts.category, Category::Statement);
    assert_eq!(statement.hops[0].main.facts.relation, "accuses");
}

#[test]
fn categories_keep_only_the_named_ones() {
    let g = categories_graph();
    let only = |categories: &[Category]| Scope {
        categories: categories.to_vec(),
        ..Scope::default()
    };
    let found = find_s(&g, &only(&[Category::Statement, Category::Goods]), "a", "t");
    assert_eq!(seq_set(&found), set(&["a b t", "a e f t"]));
    let found = find_s(&g, &only(&[Category::Hostile, Category::Goods]), "a", "t");
    assert_eq!(seq_set(&found), set(&["a d t", "a e f t"]));
    // Enforcement alone: a → c, but c → t is goods.
    let found = find_s(&g, &only(&[Category::Enforcement]), "a", "t");
    assert!(found.chains.is_empty());
    assert_eq!(
        seqs(&find_s(&g, &only(&[Category::Enforcement]), "a", "c")),
        ["a c"]
    );
}

#[test]
fn relations_keep_only_the_named_ones() {
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to"),
            l("b", "t", "supplies"),
            l("a", "c", "transfers_to"),
            l("c", "t", "ships_to"),
            l("a", "t", "accuses"),
        ],
    );
    let relations = |names: &[&str], all_categories: bool| Scope {
        relations: names.iter().map(|s| s.to_string()).collect(),
        all_categories,
        ..Scope::default()
    };
    assert_eq!(
        seqs(&find_s(
            &g,
            &relations(&["ships_to", "supplies"], false),
            "a",
            "t"
        )),
        ["a b t"]
    );
    assert!(find_s(&g, &relations(&["ships_to"], false), "a", "t")
        .chains
        .is_empty());
    assert_eq!(
        seqs(&find_s(
            &g,
            &relations(&["ships_to", "transfers_to"], false),
            "a",
            "t"
        )),
        ["a c t"]
    );
    // A statement relation needs its category kept too (the CLI keeps all when one is named).
    assert!(find_s(&g, &relations(&["accuses"], false), "a", "t")
        .chains
        .is_empty());
    assert_eq!(
        seqs(&find_s(&g, &relations(&["accuses"], true), "a", "t")),
        ["a t"]
    );
}

#[test]
fn commodities_match_by_normalized_substring() {
    let g = graph(
        &others(&["a", "b", "c", "d", "t"]),
        vec![
            l("a", "b", "ships_to").commodity("crude oil"),
            l("b", "t", "ships_to").commodity("oil products"),
            l("a", "c", "ships_to").commodity("coal"),
            l("c", "t", "ships_to").commodity("Coal"),
            l("a", "d", "ships_to"),
            l("d", "t", "ships_to").commodity("oil"),
        ],
    );
    let commodities = |words: &[&str]| Scope {
        commodities: words.iter().map(|s| s.to_string()).collect(),
        ..Scope::default()
    };
    assert_eq!(find(&g, "a", "t").chains.len(), 3);
    let oil = find_s(&g, &commodities(&["oil"]), "a", "t");
    assert_eq!(seqs(&oil), ["a b t"]);
    assert_eq!(
        oil.chains[0].hops[0].main.facts.commodity.as_deref(),
        Some("crude oil")
    );
    assert_eq!(
        seqs(&find_s(&g, &commodities(&["COAL"]), "a", "t")),
        ["a c t"]
    );
    assert_eq!(
        seq_set(&find_s(&g, &commodities(&["oil", "coal"]), "a", "t")),
        set(&["a b t", "a c t"])
    );
    // "Crude-Oil" matches "crude oil" but not "oil products".
    assert_eq!(
        seqs(&find_s(&g, &commodities(&["Crude-Oil"]), "a", "b")),
        ["a b"]
    );
    assert!(find_s(&g, &commodities(&["crude oil"]), "a", "t")
        .chains
        .is_empty());
    // A link without a commodity never matches.
    assert!(find_s(&g, &commodities(&["oil"]), "a", "d")
        .chains
        .is_empty());
}

#[test]
fn min_grade_drops_weaker_links() {
    let g = graph(
        &others(&["a", "b", "c", "d", "e", "f", "t"]),
        vec![
            l("a", "b", "ships_to").grade("probable"),
            l("b", "t", "ships_to"),
            l("a", "c", "ships_to"),
            l("c", "d", "ships_to"),
            l("d", "t", "ships_to"),
            l("a", "e", "ships_to").grade("possible"),
            l("e", "t", "ships_to"),
            l("a", "f", "ships_to").grade("B2"),
            l("f", "t", "ships_to"),
        ],
    );
    let min = |grade: &str| Scope {
        min_grade: Some(grade.parse::<Grade>().unwrap()),
        ..Scope::default()
    };
    assert_eq!(find(&g, "a", "t").chains.len(), 4);
    assert_eq!(seqs(&find_s(&g, &min("confirmed"), "a", "t")), ["a c d t"]);
    assert_eq!(
        seqs(&find_s(&g, &min("probable"), "a", "t")),
        ["a b t", "a c d t"]
    );
    // B2 weighs 0.72: probable (0.8) stays, possible (0.6) goes.
    let b2 = find_s(&g, &min("B2"), "a", "t");
    assert_eq!(seq_set(&b2), set(&["a b t", "a f t", "a c d t"]));
    assert_eq!(seqs(&b2)[2], "a c d t");
    // possible keeps weight 0.6 and above: everything.
    assert_eq!(find_s(&g, &min("possible"), "a", "t").chains.len(), 4);
}

fn dated_graph() -> ActorGraph {
    graph(
        &others(&["a", "b", "c", "d", "t"]),
        vec![
            l("a", "b", "ships_to").date("2017-08"),
            l("b", "t", "ships_to").date("2017-09"),
            l("a", "c", "ships_to").date("2019"),
            l("c", "t", "ships_to").date("2019-03-05"),
            l("a", "d", "ships_to"),
            l("d", "t", "ships_to").date("2018-03/2018-05"),
        ],
    )
}

fn window(since: Option<&str>, until: Option<&str>, undated: Undated) -> Scope {
    Scope {
        since: since.map(|d| d.parse().unwrap()),
        until: until.map(|d| d.parse().unwrap()),
        undated,
        ..Scope::default()
    }
}

#[test]
fn since_and_until_keep_links_whose_dates_overlap_the_window() {
    let g = dated_graph();
    // The chains from a to t in a window, undated links allowed.
    let within = |since, until| find_s(&g, &window(since, until, Undated::Allow), "a", "t");
    assert_eq!(find(&g, "a", "t").chains.len(), 3);
    assert_eq!(
        seq_set(&within(Some("2018"), None)),
        set(&["a c t", "a d t"])
    );
    assert_eq!(seqs(&within(None, Some("2017-12"))), ["a b t"]);
    // August 2017 does not overlap September 2017.
    assert!(within(Some("2017-09"), Some("2017-09")).chains.is_empty());
    // A window of two days touching both months keeps both links.
    assert_eq!(
        seqs(&within(Some("2017-08-31"), Some("2017-09-01"))),
        ["a b t"]
    );
    // The range 2018-03/2018-05 ends on 31 May.
    assert_eq!(
        seqs(&within(Some("2018-05-31"), Some("2018-06"))),
        ["a d t"]
    );
    assert!(within(Some("2018-06"), Some("2018-12")).chains.is_empty());
    // The single day 2019-03-05.
    assert_eq!(seqs(&within(Some("2019-03-05"), None)), ["a c t"]);
    assert!(within(Some("2019-03-06"), None).chains.is_empty());
}

#[test]
fn undated_links_follow_the_policy_under_a_window_only() {
    let g = dated_graph();
    let deny = Undated::Deny;
    assert_eq!(
        seqs(&find_s(&g, &window(Some("2018"), None, deny), "a", "t")),
        ["a c t"]
    );
    assert!(find_s(
        &g,
        &window(Some("2018-05-31"), Some("2018-06"), deny),
        "a",
        "t"
    )
    .chains
    .is_empty());
    // Without a time constraint, deny keeps undated links.
    assert_eq!(
        find_s(&g, &window(None, None, deny), "a", "t").chains.len(),
        3
    );
}

#[test]
fn scope_options_combine() {
    let g = graph(
        &others(&["a", "b", "c", "d", "t"]),
        vec![
            l("a", "b", "ships_to").commodity("crude oil").date("2018"),
            l("b", "t", "ships_to").commodity("oil").date("2018-06"),
            l("a", "c", "ships_to")
                .commodity("oil")
                .date("2018")
                .grade("possible"),
            l("c", "t", "ships_to").commodity("oil").date("2018"),
            l("a", "d", "ships_to").commodity("oil").date("2016"),
            l("d", "t", "ships_to").commodity("oil").date("2016"),
            l("a", "t", "ships_to").commodity("coal").date("2018"),
        ],
    );
    let scope = Scope {
        commodities: vec!["oil".into()],
        min_grade: Some("probable".parse().unwrap()),
        since: Some("2017".parse().unwrap()),
        ..Scope::default()
    };
    assert_eq!(seqs(&find_s(&g, &scope, "a", "t")), ["a b t"]);
    let removed = Scope {
        remove: vec![node(&g, "b")],
        ..scope.clone()
    };
    let found = find_s(&g, &removed, "a", "t");
    assert!(found.chains.is_empty());
    assert!(found.notice.unwrap().contains("within the scope"));
    let weaker = Scope {
        min_grade: None,
        ..scope
    };
    assert_eq!(seqs(&find_s(&g, &weaker, "a", "t")), ["a b t", "a c t"]);
}

// ---------------------------------------------------------------------------------------------
// Kind patterns

fn pattern_graph() -> ActorGraph {
    graph(
        &[
            ("a", "state"),
            ("p", "port"),
            ("s", "ship"),
            ("t", "state"),
            ("q", "port"),
            ("s2", "ship"),
            ("p2", "port"),
        ],
        vec![
            l("a", "p", "ships_to"),
            l("p", "s", "transfers_to"),
            l("s", "t", "ships_to"),
            l("a", "q", "ships_to"),
            l("q", "t", "ships_to"),
            l("a", "s2", "ships_to"),
            l("s2", "p2", "docks_at"),
            l("p2", "t", "ships_to"),
        ],
    )
}

fn pattern(kinds: &[ActorKind]) -> ChainQuery {
    ChainQuery {
        pattern: Some(kinds.to_vec()),
        ..query()
    }
}

#[test]
fn pattern_keeps_chains_whose_kinds_match_in_order() {
    use ActorKind::{Port, Ship, State};
    let g = pattern_graph();
    assert_eq!(find(&g, "a", "t").chains.len(), 3);
    let found = find_q(&g, &pattern(&[State, Port, Ship, State]), "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a p s t"]);
    assert_eq!(
        seqs(&find_q(&g, &pattern(&[State, Port, State]), "a", "t")),
        ["a q t"]
    );
    assert_eq!(
        seqs(&find_q(&g, &pattern(&[State, Ship, Port, State]), "a", "t")),
        ["a s2 p2 t"]
    );
    // Wrong length, or a first kind that is not FROM's.
    assert!(find_q(&g, &pattern(&[State, State]), "a", "t")
        .chains
        .is_empty());
    assert!(
        find_q(&g, &pattern(&[State, Port, Ship, Port, State]), "a", "t")
            .chains
            .is_empty()
    );
    assert!(find_q(&g, &pattern(&[Port, Port, State]), "a", "t")
        .chains
        .is_empty());
}

#[test]
fn pattern_combines_with_avoid_max_hops_and_via() {
    use ActorKind::{Port, Ship, State};
    let g = pattern_graph();
    let avoid_q = ChainQuery {
        pass: PassFilter {
            avoid: vec![node(&g, "q")],
            ..PassFilter::default()
        },
        ..pattern(&[State, Port, State])
    };
    assert!(find_q(&g, &avoid_q, "a", "t").chains.is_empty());
    let short = pattern(&[State, Port, Ship, State]).max_hops(Some(2));
    assert!(find_q(&g, &short, "a", "t").chains.is_empty());
    let via = ChainQuery {
        via: vec![node(&g, "p2")],
        ..pattern(&[State, Ship, Port, State])
    };
    assert_eq!(seqs(&find_q(&g, &via, "a", "t")), ["a s2 p2 t"]);
    let via = ChainQuery {
        via: vec![node(&g, "p")],
        ..pattern(&[State, Ship, Port, State])
    };
    assert!(find_q(&g, &via, "a", "t").chains.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Time order

fn timed(q: ChainQuery) -> ChainQuery {
    q.in_time_order(true)
}

#[test]
fn time_order_prefers_a_longer_chain_when_the_shortest_goes_back_in_time() {
    let g = graph(
        &others(&["a", "b", "c", "d", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-05"),
            l("b", "t", "ships_to").date("2018-01"),
            l("a", "c", "ships_to").date("2017-01"),
            l("c", "d", "ships_to").date("2017-06"),
            l("d", "t", "ships_to").date("2018-02"),
        ],
    );
    assert_eq!(seqs(&find(&g, "a", "t")), ["a b t", "a c d t"]);
    let found = find_q(&g, &timed(query()), "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a c d t"]);
    let chain = &found.chains[0];
    assert_eq!(chain.arrival.as_deref(), Some("2018-02-01"));
    let dates: Vec<&str> = chain
        .hops
        .iter()
        .map(|h| h.main.facts.date.as_deref().unwrap())
        .collect();
    assert_eq!(dates, ["2017-01", "2017-06", "2018-02"]);
    // Untimed chains carry no arrival.
    assert_eq!(find(&g, "a", "t").chains[0].arrival, None);
    // No time-ordered chain b → ... : the notice names the time order.
    let g2 = graph(
        &others(&["a", "b", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-05"),
            l("b", "t", "ships_to").date("2018-01"),
        ],
    );
    let none = find_q(&g2, &timed(query()), "a", "t");
    assert!(none.chains.is_empty());
    assert!(none.notice.unwrap().contains("time order"));
}

#[test]
fn time_order_lets_overlapping_partial_dates_follow_each_other() {
    let g = graph(
        &others(&["a", "b", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-03-20"),
            l("b", "t", "ships_to").date("2018-03"),
        ],
    );
    let found = find_q(&g, &timed(query()), "a", "t");
    assert_eq!(seqs(&found), ["a b t"]);
    assert_eq!(found.chains[0].arrival.as_deref(), Some("2018-03-20"));
    // A day earlier breaks the order.
    let g = graph(
        &others(&["a", "b", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-03-20"),
            l("b", "t", "ships_to").date("2018-03-19"),
        ],
    );
    assert!(find_q(&g, &timed(query()), "a", "t").chains.is_empty());
}

#[test]
fn time_order_picks_the_parallel_link_that_keeps_the_order() {
    let g = graph(
        &others(&["a", "b", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-06"),
            l("a", "b", "supplies").date("2018-01").grade("possible"),
            l("b", "t", "ships_to").date("2018-03"),
        ],
    );
    let found = find_q(&g, &timed(query()), "a", "t");
    assert_eq!(seqs(&found), ["a b t"]);
    let hop = &found.chains[0].hops[0];
    // The time-ordered choice is the main link even though it is less credible.
    assert_eq!(hop.main.facts.relation, "supplies");
    assert_eq!(hop.links.len(), 2);
    assert_eq!(hop.links[1].facts.relation, "ships_to");
    assert!(close(found.chains[0].score, 0.6));
    assert_eq!(found.chains[0].arrival.as_deref(), Some("2018-03-01"));
    // Untimed, the confirmed link is the main one.
    let found = find(&g, "a", "t");
    assert_eq!(found.chains[0].hops[0].main.facts.relation, "ships_to");
    assert!(close(found.chains[0].score, 1.0));
}

#[test]
fn undated_links_under_time_order_follow_the_policy() {
    let g = graph(
        &others(&["a", "b", "c", "d", "e", "t"]),
        vec![
            l("a", "b", "ships_to"),
            l("b", "t", "ships_to").date("2018-03"),
            l("a", "c", "ships_to").date("2018-01"),
            l("c", "d", "ships_to").date("2018-02"),
            l("d", "t", "ships_to").date("2018-04"),
            l("a", "e", "ships_to"),
            l("e", "t", "ships_to"),
        ],
    );
    let allow = find_q(&g, &timed(query()), "a", "t");
    check_consistent(&allow);
    assert_eq!(seqs(&allow), ["a b t", "a e t", "a c d t"]);
    let arrivals: Vec<Option<&str>> = allow.chains.iter().map(|c| c.arrival.as_deref()).collect();
    assert_eq!(arrivals, [Some("2018-03-01"), None, Some("2018-04-01")]);
    let deny = Scope {
        undated: Undated::Deny,
        ..Scope::default()
    };
    let found = find_with(&g, &deny, &timed(query()), "a", "t");
    assert_eq!(seqs(&found), ["a c d t"]);
    // Under deny an all-undated pair has no time-ordered chain.
    assert!(find_with(&g, &deny, &timed(query()), "a", "e")
        .chains
        .is_empty());
}

#[test]
fn an_undated_link_does_not_reset_time_order() {
    // 2018-05, then an undated hop, then 2018-01: still going back in time.
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-05"),
            l("b", "c", "ships_to"),
            l("c", "t", "ships_to").date("2018-01"),
        ],
    );
    assert!(find_q(&g, &timed(query()), "a", "t").chains.is_empty());
    assert_eq!(seqs(&find(&g, "a", "t")), ["a b c t"]);
}

#[test]

fn max_gap_bounds_the_wait_between_hops() {
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-01-10"),
            l("b", "t", "ships_to").date("2018-02-01"),
            l("a", "c", "ships_to").date("2018-01-10"),
            l("c", "t", "ships_to").date("2018-06-01"),
        ],
    );
    assert_eq!(
        seqs(&find_q(&g, &timed(query()), "a", "t")),
        ["a b t", "a c t"]
    );
    // 22 days between the hops through b, 142 through c.
    let gap = |days| timed(query().max_gap_days(Some(days)));
    assert_eq!(seqs(&find_q(&g, &gap(30), "a", "t")), ["a b t"]);
    assert_eq!(seqs(&find_q(&g, &gap(22), "a", "t")), ["a b t"]);
    assert!(find_q(&g, &gap(21), "a", "t").chains.is_empty());
    assert_eq!(seqs(&find_q(&g, &gap(142), "a", "t")), ["a b t", "a c t"]);
}

#[test]
fn max_gap_after_an_undated_first_hop() {
    // An undated first hop opens the window; the gap applies between the dated ones.
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to"),
            l("b", "c", "ships_to").date("2018-01-10"),
            l("c", "t", "ships_to").date("2018-02-01"),
        ],
    );
    let gap = |days| timed(query().max_gap_days(Some(days)));
    assert_eq!(seqs(&find_q(&g, &gap(22), "a", "t")), ["a b c t"]);
    assert!(find_q(&g, &gap(21), "a", "t").chains.is_empty());
}

#[test]

fn max_gap_tries_every_parallel_link() {
    // b → c on 1 January or on 15 March; c → t on 1 June. Only the March link is within 90 days.
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to"),
            l("b", "c", "ships_to").date("2018-01-01"),
            l("b", "c", "transfers_to").date("2018-03-15"),
            l("c", "t", "ships_to").date("2018-06-01"),
        ],
    );
    let q = timed(query().max_gap_days(Some(90)));
    let found = find_q(&g, &q, "a", "t");
    assert_eq!(seqs(&found), ["a b c t"]);
    assert_eq!(found.chains[0].hops[1].main.facts.relation, "transfers_to");
    assert_eq!(found.chains[0].arrival.as_deref(), Some("2018-06-01"));
}

#[test]
fn earliest_arrival_ranks_by_the_date_the_chain_reaches_its_end() {
    let g = graph(
        &others(&["a", "b", "c", "d", "e", "t"]),
        vec![
            l("a", "b", "ships_to").date("2018-01"),
            l("b", "t", "ships_to").date("2019-01"),
            l("a", "c", "ships_to").date("2018-02"),
            l("c", "d", "ships_to").date("2018-03"),
            l("d", "t", "ships_to").date("2018-06"),
            l("a", "e", "ships_to"),
            l("e", "t", "ships_to"),
        ],
    );
    let by_length = find_q(&g, &timed(query()), "a", "t");
    assert_eq!(seqs(&by_length), ["a b t", "a e t", "a c d t"]);
    let earliest = timed(query().earliest_arrival(true));
    let found = find_q(&g, &earliest, "a", "t");
    check_consistent(&found);
    // Undated chains (no arrival) last.
    assert_eq!(seqs(&found), ["a c d t", "a b t", "a e t"]);
    let arrivals: Vec<Option<&str>> = found.chains.iter().map(|c| c.arrival.as_deref()).collect();
    assert_eq!(arrivals, [Some("2018-06-01"), Some("2019-01-01"), None]);
    // k cuts after ranking.
    let first = earliest.k(1);
    assert_eq!(seqs(&find_q(&g, &first, "a", "t")), ["a c d t"]);
}

#[test]
fn time_order_combines_with_pattern_and_via() {
    use ActorKind::{Port, Ship, State};
    let g = graph(
        &[
            ("a", "state"),
            ("p", "port"),
            ("s", "ship"),
            ("t", "state"),
            ("q", "port"),
        ],
        vec![
            l("a", "p", "ships_to").date("2018-01"),
            l("p", "s", "transfers_to").date("2018-02"),
            l("s", "t", "ships_to").date("2018-03"),
            l("a", "q", "ships_to").date("2018-05"),
            l("q", "s", "transfers_to").date("2018-04"),
        ],
    );
    let q = timed(pattern(&[State, Port, Ship, State]));
    assert_eq!(seqs(&find_q(&g, &q, "a", "t")), ["a p s t"]);
    let via_q = ChainQuery {
        via: vec![node(&g, "q")],
        ..q.clone()
    };
    assert!(find_q(&g, &via_q, "a", "t").chains.is_empty());
    let untimed = via_q.in_time_order(false);
    assert_eq!(seqs(&find_q(&g, &untimed, "a", "t")), ["a q s t"]);
}

// ---------------------------------------------------------------------------------------------
// Credibility

fn credibility_graph() -> ActorGraph {
    graph(
        &others(&["a", "b", "c", "d", "e", "t"]),
        vec![
            l("a", "b", "ships_to").grade("possible"),
            l("b", "t", "ships_to").grade("possible"),
            l("a", "c", "ships_to"),
            l("c", "d", "ships_to"),
            l("d", "t", "ships_to"),
            l("a", "e", "ships_to").grade("probable"),
            l("e", "t", "ships_to"),
        ],
    )
}

#[test]
fn most_credible_prefers_a_longer_but_more_credible_chain() {
    let g = credibility_graph();
    let by_length = find(&g, "a", "t");
    assert_eq!(
        seqs(&by_length)[..2]
            .iter()
            .cloned()
            .collect::<BTreeSet<_>>(),
        set(&["a b t", "a e t"])
    );
    assert_eq!(seqs(&by_length)[2], "a c d t");
    let credible = query().most_credible(true);
    let found = find_q(&g, &credible, "a", "t");
    check_consistent(&found);
    assert_eq!(seqs(&found), ["a c d t", "a e t", "a b t"]);
    let scores: Vec<f64> = found.chains.iter().map(|c| c.score).collect();
    assert!(close(scores[0], 1.0) && close(scores[1], 0.8) && close(scores[2], 0.36));
    let first = credible.clone().k(1);
    assert_eq!(seqs(&find_q(&g, &first, "a", "t")), ["a c d t"]);
    // The enumerating search ranks the same way.
    let all = credible.all(true);
    assert_eq!(
        seqs(&find_q(&g, &all, "a", "t")),
        ["a c d t", "a e t", "a b t"]
    );
}

#[test]
fn most_credible_uses_the_best_parallel_link() {
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            l("a", "b", "ships_to").grade("possible"),
            l("a", "b", "supplies").grade("probable"),
            l("b", "t", "ships_to"),
            l("a", "c", "ships_to").grade("B1"),
            l("c", "t", "ships_to").grade("B1"),
        ],
    );
    // a b t: 0.8; a c t: 0.9 × 0.9 = 0.81.
    let credible = query().most_credible(true);
    let found = find_q(&g, &credible, "a", "t");
    assert_eq!(seqs(&found), ["a c t", "a b t"]);
    assert!(close(found.chains[0].score, 0.81));
    assert!(close(found.chains[1].score, 0.8));
    assert_eq!(found.chains[1].hops[0].main.facts.relation, "supplies");
}

#[test]

fn most_credible_within_max_hops() {
    // a → m directly (possible), or a → p → m (confirmed); then m → t.
    let g = graph(
        &others(&["a", "m", "p", "t"]),
        vec![
            l("a", "m", "ships_to").grade("possible"),
            l("a", "p", "ships_to"),
            l("p", "m", "ships_to"),
            l("m", "t", "ships_to"),
        ],
    );
    let q = |max_hops| ChainQuery {
        most_credible: true,
        max_hops,
        ..query()
    };
    assert_eq!(seqs(&find_q(&g, &q(None), "a", "t")), ["a p m t", "a m t"]);
    assert_eq!(
        seqs(&find_q(&g, &q(Some(3)), "a", "t")),
        ["a p m t", "a m t"]
    );
    let found = find_q(&g, &q(Some(2)), "a", "t");
    assert_eq!(seqs(&found), ["a m t"]);
    assert!(close(found.chains[0].score, 0.6));
}

#[test]

fn most_credible_under_time_order_ranks_by_the_scores_shown() {
    let g = graph(
        &others(&["a", "b", "c", "t"]),
        vec![
            // Only the possible January link keeps a b t in time order.
            l("a", "b", "supplies").date("2018-01").grade("possible"),
            l("a", "b", "ships_to").date("2018-06"),
            l("b", "t", "ships_to").date("2018-03"),
            l("a", "c", "ships_to").date("2018-01").grade("probable"),
            l("c", "t", "ships_to").date("2018-02"),
        ],
    );
    let q = timed(query().most_credible(true));
    let found = find_q(&g, &q, "a", "t");
    check_consistent(&found);
    let scores: Vec<f64> = found.chains.iter().map(|c| c.score).collect();
    assert_eq!(seqs(&found), ["a c t", "a b t"], "scores {scores:?}");
    assert!(close(scores[0], 0.8) && close(scores[1], 0.6));
}

// ---------------------------------------------------------------------------------------------
// Determinism

#[test]
fn ties_come_in_the_same_order_every_time() {
    let g = categories_graph();
    let everything = Scope {
        all_categories: true,
        ..Scope::default()
    };
    let queries = [
        query(),
        query().undirected(true),
        query().most_credible(true),
        query().all(true),
        timed(query()),
    ];
    for q in &queries {
        let first = find_with(&g, &everything, q, "a", "t");
        assert!(!first.chains.is_empty());
        for _ in 0..3 {
            assert_eq!(find_with(&g, &everything, q, "a", "t"), first, "{q:?}");
        }
    }
    // A graph built a second time gives the same answer.
    let again = categories_graph();
    assert_eq!(
        find_with(&again, &everything, &query(), "a", "t"),
        find_with(&g, &everything, &query(), "a", "t")
    );
}

// ---------------------------------------------------------------------------------------------
// Cross-check against networkx (tests/fixtures/paths/generate.py)

struct Reference {
    name: String,
    directed: bool,
    k: usize,
    cutoff: usize,
    nodes: usize,
    edges: Vec<(u32, u32)>,
    queries: Vec<RefQuery>,
}

struct RefQuery {
    from: u32,
    to: u32,
    k_shortest: Vec<usize>,
    all_simple: BTreeSet<Vec<u32>>,
}

fn references() -> Vec<Reference> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/paths");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 6, "{files:?}");
    files
        .iter()
        .map(|path| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let ints = |x: &Value| -> Vec<u32> {
                x.as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap() as u32)
                    .collect()
            };
            Reference {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                directed: v["directed"].as_bool().unwrap(),
                k: v["k"].as_u64().unwrap() as usize,
                cutoff: v["cutoff"].as_u64().unwrap() as usize,
                nodes: v["nodes"].as_u64().unwrap() as usize,
                edges: v["edges"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| {
                        let e = ints(e);
                        (e[0], e[1])
                    })
                    .collect(),
                queries: v["queries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|q| RefQuery {
                        from: q["from"].as_u64().unwrap() as u32,
                        to: q["to"].as_u64().unwrap() as u32,
                        k_shortest: q["k_shortest"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|n| n.as_u64().unwrap() as usize)
                            .collect(),
                        all_simple: q["all_simple"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(ints)
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect()
}

impl Reference {
    /// The graph as a links table, loaded like `-g FILE.csv`.
    fn graph(&self) -> ActorGraph {
        let mut csv = String::from("from,to\n");
        for (u, v) in &self.edges {
            csv.push_str(&format!("n{u},n{v}\n"));
        }
        let mut loader = linkchart::io::Loader::default();
        loader.add_csv(&self.name, csv.as_bytes()).unwrap();
        loader.finish().unwrap().graph
    }

    fn has_edge(&self, u: u32, v: u32) -> bool {
        self.edges.contains(&(u, v)) || (!self.directed && self.edges.contains(&(v, u)))
    }

    /// Checks that `chain` is a simple path from `from` to `to` along the reference's edges.
    fn check_path(&self, chain: &[u32], q: &RefQuery) {
        assert_eq!(chain.first(), Some(&q.from), "{}: {chain:?}", self.name);
        assert_eq!(chain.last(), Some(&q.to), "{}: {chain:?}", self.name);
        let distinct: BTreeSet<u32> = chain.iter().copied().collect();
        assert_eq!(
            distinct.len(),
            chain.len(),
            "{}: not simple {chain:?}",
            self.name
        );
        for w in chain.windows(2) {
            assert!(
                self.has_edge(w[0], w[1]),
                "{}: no edge in {chain:?}",
                self.name
            );
        }
    }
}

fn actor_number(id: &str) -> u32 {
    id.strip_prefix('n').unwrap().parse().unwrap()
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v
}

#[test]
fn networkx_fixtures_are_nontrivial() {
    let refs = references();
    assert!(refs.iter().any(|r| r.directed) && refs.iter().any(|r| !r.directed));
    let total: usize = refs
        .iter()
        .flat_map(|r| &r.queries)
        .map(|q| q.all_simple.len())
        .sum();
    assert!(total > 100, "{total}");
    assert!(refs
        .iter()
        .flat_map(|r| &r.queries)
        .any(|q| q.k_shortest.is_empty()));
    assert!(refs
        .iter()
        .flat_map(|r| &r.queries)
        .any(|q| q.k_shortest.len() == 5));
}

#[test]
fn k_shortest_chains_match_networkx_shortest_simple_paths() {
    for r in references() {
        let g = r.graph();
        for q in &r.queries {
            let query = ChainQuery {
                k: r.k,
                undirected: !r.directed,
                ..ChainQuery::default()
            };
            let found = find_q(&g, &query, &format!("n{}", q.from), &format!("n{}", q.to));
            check_consistent(&found);
            let chains: Vec<Vec<u32>> = found
                .chains
                .iter()
                .map(|c| c.actors.iter().map(|a| actor_number(a)).collect())
                .collect();
            for chain in &chains {
                r.check_path(chain, q);
            }
            let distinct: BTreeSet<&Vec<u32>> = chains.iter().collect();
            assert_eq!(distinct.len(), chains.len(), "{}: repeated chain", r.name);
            let lengths: Vec<usize> = found.chains.iter().map(|c| c.length).collect();
            assert!(
                lengths.windows(2).all(|w| w[0] <= w[1]),
                "{}: {lengths:?}",
                r.name
            );
            assert_eq!(
                sorted(lengths),
                sorted(q.k_shortest.clone()),
                "{} {} → {}",
                r.name,
                q.from,
                q.to
            );
            if q.k_shortest.is_empty() {
                assert!(found.notice.is_some());
            }
        }
    }
}

#[test]
fn all_chains_match_networkx_all_simple_paths() {
    for r in references() {
        let g = r.graph();
        for q in &r.queries {
            let query = ChainQuery {
                all: true,
                limit: 1_000_000,
                max_hops: Some(r.cutoff),
                undirected: !r.directed,
                ..ChainQuery::default()
            };
            let found = find_q(&g, &query, &format!("n{}", q.from), &format!("n{}", q.to));
            check_consistent(&found);
            assert!(!found.truncated);
            let chains: Vec<Vec<u32>> = found
                .chains
                .iter()
                .map(|c| c.actors.iter().map(|a| actor_number(a)).collect())
                .collect();
            let set: BTreeSet<Vec<u32>> = chains.iter().cloned().collect();
            assert_eq!(set.len(), chains.len(), "{}: repeated chain", r.name);
            assert_eq!(set, q.all_simple, "{} {} → {}", r.name, q.from, q.to);
        }
    }
}

/// The algorithms alone, on the integer graph: node ids are networkx's.
#[test]
fn search_functions_match_networkx_on_the_bare_graph() {
    for r in references() {
        let out = Csr::from_edges(r.nodes, r.edges.iter().copied());
        let inc = out.reversed();
        let passable = vec![true; r.nodes];
        let g = paths::SearchGraph::snapshot(&out, &inc, !r.directed, &passable);
        for q in &r.queries {
            let found = paths::k_shortest(&g, q.from, q.to, r.k, paths::Cost::Hops, usize::MAX);
            for chain in &found {
                r.check_path(&chain.actors, q);
                assert_eq!(chain.cost, (chain.actors.len() - 1) as f64);
            }
            let lengths: Vec<usize> = found.iter().map(|c| c.actors.len() - 1).collect();
            assert_eq!(sorted(lengths), sorted(q.k_shortest.clone()), "{}", r.name);
            // Every hop costs 0: the weighted search finds as many distinct simple paths.
            let zero = vec![0.0; r.edges.len()];
            let weighted = paths::k_shortest(
                &g,
                q.from,
                q.to,
                r.k,
                paths::Cost::Weighted(&zero),
                usize::MAX,
            );
            assert_eq!(weighted.len(), q.k_shortest.len(), "{}", r.name);
            for chain in &weighted {
                r.check_path(&chain.actors, q);
            }
            let enumerated = paths::enumerate(
                &g,
                q.from,
                q.to,
                r.cutoff,
                usize::MAX,
                &Default::default(),
                None,
            );
            assert!(!enumerated.cut);
            let set: BTreeSet<Vec<u32>> =
                enumerated.chains.iter().map(|c| c.actors.clone()).collect();
            assert_eq!(set.len(), enumerated.chains.len());
            assert_eq!(set, q.all_simple, "{} {} → {}", r.name, q.from, q.to);
            // Bounded by the cutoff, k shortest never beats enumeration's shortest.
            let bounded = paths::k_shortest(&g, q.from, q.to, r.k, paths::Cost::Hops, r.cutoff);
            for chain in &bounded {
                assert!(q.all_simple.contains(&chain.actors), "{}", r.name);
            }
            let expected = q.k_shortest.iter().filter(|&&n| n <= r.cutoff).count();
            assert_eq!(
                bounded.len(),
                expected.min(q.all_simple.len()),
                "{}",
                r.name
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The command

const CHAINS: &str = "tests/fixtures/graphs/chains.json";

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn cli_json_has_the_documented_field_names_and_values() {
    let (out, _) = paths_cli(&["Northland", "Southland", "--format", "json"], 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        keys(&v),
        BTreeSet::from(["from", "to", "chains", "truncated"])
    );
    assert_eq!(v["from"], json!({"id": "northland", "name": "Northland"}));
    assert_eq!(v["to"], json!({"id": "southland", "name": "Southland"}));
    assert_eq!(v["truncated"], false);
    let chains = v["chains"].as_array().unwrap();
    assert_eq!(chains.len(), 1);
    let chain = &chains[0];
    assert_eq!(
        keys(chain),
        BTreeSet::from(["actors", "hops", "length", "score"])
    );
    assert_eq!(
        chain["actors"],
        json!(["northland", "port_aleph", "grey_tankers", "southland"])
    );
    assert_eq!(chain["length"], 3);
    assert!(close(chain["score"].as_f64().unwrap(), 0.6 * 0.72));
    let hops = chain["hops"].as_array().unwrap();
    assert_eq!(hops.len(), 3);
    for hop in hops {
        assert_eq!(
            keys(hop),
            BTreeSet::from([
                "from",
                "to",
                "relation",
                "category",
                "commodity",
                "date",
                "grade",
                "weight",
                "direction",
                "evidence",
                "links",
            ])
        );
    }
    let first = &hops[0];
    assert_eq!(first["from"], "northland");
    assert_eq!(first["to"], "port_aleph");
    assert_eq!(first["relation"], "ships_to");
    assert_eq!(first["category"], "goods");
    assert_eq!(first["commodity"], "coal");
    assert_eq!(first["date"], "2017-08");
    assert_eq!(first["grade"], "possible");
    assert_eq!(first["weight"], 0.6);
    assert_eq!(first["direction"], "forward");
    assert_eq!(
        first["evidence"],
        json!([{"source": "memo", "quote": "Northland allegedly shipped coal to Port Aleph."}])
    );
    assert_eq!(first["links"].as_array().unwrap().len(), 1);
    assert_eq!(hops[1]["relation"], "transfers_to");
    assert_eq!(hops[1]["category"], "goods");
    assert_eq!(hops[1]["grade"], "B2");
    assert!(close(hops[1]["weight"].as_f64().unwrap(), 0.72));
    // Fields without a value are null, not left out.
    assert_eq!(hops[2]["commodity"], Value::Null);
    assert_eq!(hops[2]["date"], Value::Null);
    assert_eq!(hops[2]["grade"], "confirmed");
}

#[test]
fn cli_table_shows_the_chain_and_its_credibility() {
    let (out, _) = paths_cli(&["northland", "southland", "--evidence"], 0);
    assert!(out.starts_with("Northland → Southland: 1 chain\n"), "{out}");
    assert!(
        out.contains(
            "1. Northland —ships_to (coal, 2017-08)→ Port Aleph —transfers_to (coal, 2017-09)→ Grey tankers —ships_to→ Southland"
        ),
        "{out}"
    );
    assert!(out.contains("3 hops · credibility 0.43"), "{out}");
    assert!(
        out.contains("“Northland allegedly shipped coal to Port Aleph.” — memo"),
        "{out}"
    );
    let (out, _) = paths_cli(&["southland", "port_aleph", "--undirected"], 0);
    assert!(
        out.contains(
            "1. Southland ←ships_to— Grey tankers ←transfers_to (coal, 2017-09)— Port Aleph"
        ),
        "{out}"
    );
}

#[test]
fn cli_exit_code_1_with_the_reason_when_there_is_no_chain() {
    let (out, err) = paths_cli(&["southland", "northland"], 1);
    assert_eq!(out, "");
    assert!(err.contains("follows the links' direction"), "{err}");
    assert!(err.contains("--undirected"), "{err}");
    let (_, err) = paths_cli(&["northland", "island"], 1);
    assert!(
        err.contains("Northland and Island are not connected at all"),
        "{err}"
    );
    // Removing the port cuts the only chain.
    let (_, err) = paths_cli(&["northland", "southland", "--remove", "Port Aleph"], 1);
    assert!(err.contains("within the scope"), "{err}");
    // In JSON, the notice is in the document.
    let (out, _) = paths_cli(&["northland", "island", "--format", "json"], 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["chains"], json!([]));
    assert_eq!(v["truncated"], false);
    assert!(v["notice"]
        .as_str()
        .unwrap()
        .contains("not connected at all"));
}

#[test]
fn cli_scope_and_chain_flags_reach_the_query() {
    // The accusation is a statement: out of the default scope.
    let (_, err) = paths_cli(&["watchdog", "port_aleph"], 1);
    assert!(err.contains("--category all"), "{err}");
    let (out, _) = paths_cli(&["watchdog", "port_aleph", "--category", "all"], 0);
    assert!(
        out.contains("Watchdog —accuses→ Northland —ships_to"),
        "{out}"
    );
    // Naming a relation asks for it whatever its category.
    paths_cli(
        &[
            "watchdog",
            "port_aleph",
            "--relation",
            "accuses",
            "--relation",
            "ships_to",
        ],
        0,
    );
    paths_cli(&["watchdog", "port_aleph", "--relation", "accuses"], 1);
    // Commodity, grade, window, avoid, pattern.
    paths_cli(&["northland", "grey_tankers", "--commodity", "coal"], 0);
    paths_cli(&["northland", "grey_tankers", "--commodity", "oil"], 1);
    paths_cli(&["northland", "southland", "--min-grade", "probable"], 1);
    paths_cli(&["northland", "grey_tankers", "--since", "2017-09"], 1);
    paths_cli(&["northland", "southland", "--avoid-kind", "ship"], 1);
    paths_cli(
        &[
            "northland",
            "southland",
            "--pattern",
            "state,port,ship,state",
        ],
        0,
    );
    paths_cli(
        &[
            "northland",
            "southland",
            "--pattern",
            "state,ship,port,state",
        ],
        1,
    );
    let (out, _) = paths_cli(
        &[
            "northland",
            "southland",
            "--in-time-order",
            "--format",
            "json",
        ],
        0,
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    // The last hop is undated: the chain arrives when the transfer can happen.
    assert_eq!(v["chains"][0]["arrival"], "2017-09-01");
}

#[test]
fn cli_usage_errors_exit_2() {
    let (_, err) = paths_cli(&["northland", "N O R T H L A N D"], 2);
    assert!(err.contains("FROM and TO are both Northland"), "{err}");
    let (_, err) = paths_cli(&["northland", "southland", "--pattern", "state,harbour"], 2);
    assert!(err.contains("harbour"), "{err}");
    let (_, err) = paths_cli(&["northland", "southland", "--remove", "southland"], 2);
    assert!(err.contains("--remove cannot take out FROM or TO"), "{err}");
    let (_, err) = paths_cli(
        &[
            "northland",
            "southland",
            "--in-time-order",
            "--max-gap",
            "3x",
        ],
        2,
    );
    assert!(err.contains("invalid duration unit"), "{err}");
    paths_cli(&["northland", "atlantis"], 2);
}

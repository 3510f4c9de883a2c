//! Links that nouns and appositions state rather than verbs, on short texts written for the
//! purpose with invented names: alliances, kinship, parts of a whole, sanctions named as nouns,
//! tourism, backing and transfers.

mod extraction;

use extraction::{check_links, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

/// Three states (for their demonyms), the UN, and invented places, people, firms, agencies and
/// a ship.
fn gazetteer() -> Gazetteer {
    let mut un = Actor::new("united_nations", "United Nations", ActorKind::Agency);
    un.aliases.push("UN".into());
    Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        state("bolivia", "Bolivia", "BO"),
        un,
        Actor::new("belmar", "Belmar", ActorKind::Place),
        Actor::new("corvo", "Corvo", ActorKind::Place),
        Actor::new("sarvik", "Sarvik", ActorKind::Place),
        Actor::new("rando_province", "Rando Province", ActorKind::Place),
        Actor::new("quenta", "Quenta", ActorKind::Port),
        Actor::new("arvid_tolle", "Arvid Tolle", ActorKind::Person),
        Actor::new("jonas_keld", "Jonas Keld", ActorKind::Person),
        Actor::new("oskel_shipping", "Oskel Shipping Co.", ActorKind::Firm),
        Actor::new("varden_group", "Varden Group", ActorKind::Firm),
        Actor::new("halden_capital", "Halden Capital", ActorKind::Firm),
        Actor::new("nordo_tours", "Nordo Tours", ActorKind::Firm),
        Actor::new("patrol_bureau", "Maritime Patrol Bureau", ActorKind::Agency),
        Actor::new("defence_council", "Defence Council", ActorKind::Agency),
        Actor::new("sea_wren", "Sea Wren", ActorKind::Ship),
    ])
}

fn run(text: &str) -> Extraction {
    let options = Options {
        published: "2023-04".parse().ok(),
        ..Options::new("t", "Test")
    };
    extract(text, &gazetteer(), &options)
}

/// Runs `text` on the test gazetteer and checks `spec` ([`check_links`]), once sure that every
/// line was read as prose (a line too short to be prose would pass any "not").
fn proposes(text: &str, spec: &str) {
    let found = run(text);
    assert_eq!(
        found.paragraphs,
        text.lines().count(),
        "{text}: not read as prose"
    );
    check_links(&found, text, spec);
}

#[test]
fn allies_named_by_a_noun_are_allied() {
    proposes(
        "Peru and Bolivia have been close allies to Chile for decades.",
        "peru allied_with chile; bolivia allied_with chile; not peru allied_with bolivia",
    );
    proposes(
        "Arvid Tolle, a close ally of Jonas Keld, resigned on Monday.",
        "arvid_tolle allied_with jonas_keld",
    );
    proposes("Bolivia is a key ally of Peru.", "bolivia allied_with peru");
    proposes(
        "Chile’s ally Bolivia protested against the new tariffs on Monday.",
        "bolivia allied_with chile",
    );
    proposes(
        "Bolivia is allied with Peru in the dispute over water rights.",
        "bolivia allied_with peru",
    );
}

#[test]
fn meeting_allies_is_no_alliance() {
    proposes(
        "Arvid Tolle met several old allies of Jonas Keld in the city of Belmar.",
        "not arvid_tolle allied_with jonas_keld",
    );
    proposes(
        "Belmar, an ally of Peru in the war, fell.",
        "not belmar allied_with peru",
    );
}

#[test]
fn relatives_are_linked() {
    proposes(
        "Arvid Tolle, the younger brother of Jonas Keld, fled abroad.",
        "arvid_tolle linked_to jonas_keld",
    );
    proposes(
        "Jonas Keld’s nephew Arvid Tolle was arrested.",
        "arvid_tolle linked_to jonas_keld",
    );
    proposes(
        "Police detained the once-powerful uncle of Peruvian minister Jonas Keld, Arvid Tolle, \
         last week.",
        "arvid_tolle linked_to jonas_keld",
    );
}

#[test]
fn friends_and_strangers_are_not_relatives() {
    proposes(
        "Arvid Tolle, a friend of Jonas Keld, spoke first.",
        "not arvid_tolle linked_to jonas_keld",
    );
    proposes(
        "Arvid Tolle, the son of a fisherman, later met Jonas Keld.",
        "not arvid_tolle linked_to jonas_keld; not jonas_keld linked_to arvid_tolle",
    );
}

#[test]
fn a_part_is_in_its_whole_by_its_kind() {
    proposes(
        "Corvo, part of the larger Rando Province, flooded in May.",
        "corvo located_in rando_province",
    );
    proposes(
        "Oskel Shipping Co. is part of the Varden Group, which denied any wrongdoing.",
        "oskel_shipping subsidiary_of varden_group",
    );
    proposes(
        "The Maritime Patrol Bureau, part of the Defence Council, denied it.",
        "patrol_bureau part_of defence_council",
    );
    proposes(
        "Sarvik, in the northern part of Peru, is poor.",
        "sarvik located_in peru",
    );
}

#[test]
fn a_part_of_what_another_holds_or_a_person_in_a_group_is_no_part() {
    proposes(
        "Oskel Shipping Co., part of Varden Group’s fleet deal, paid late.",
        "not oskel_shipping subsidiary_of varden_group",
    );
    proposes(
        "Arvid Tolle, part of the Varden Group delegation, flew home.",
        "not arvid_tolle subsidiary_of varden_group; not arvid_tolle part_of varden_group",
    );
}

#[test]
fn places_named_with_a_demonym_are_in_its_state() {
    proposes(
        "The northeastern Chilean port of Quenta received fuel from Bolivia. \
         Ferries reach Corvo, Rando Province, twice a week.",
        "quenta located_in chile; corvo located_in rando_province; \
         not bolivia supplies chile",
    );
}

#[test]
fn breaching_sanctions_violates_them() {
    proposes(
        "Oskel Shipping Co. shipped fuel to Belmar in breach of UN sanctions.",
        "oskel_shipping violates united_nations; not belmar violates united_nations",
    );
    proposes(
        "Analysts said Peru used front companies to circumvent UN sanctions.",
        "peru violates united_nations",
    );
    proposes(
        "Peru said Chile shipped fuel to Bolivia, in violation of UN sanctions.",
        "chile violates united_nations; not peru violates united_nations",
    );
}

#[test]
fn a_place_reached_in_breach_of_sanctions_breaches_nothing() {
    proposes(
        "Fuel reached Belmar in breach of UN sanctions.",
        "not belmar violates united_nations",
    );
}

#[test]
fn sanctions_as_nouns_are_imposed() {
    proposes(
        "UN sanctions on Bolivia took effect in May.",
        "united_nations sanctions bolivia",
    );
    proposes(
        "Bolivia, a country tightly bound by United Nations sanctions, needs fuel.",
        "united_nations sanctions bolivia",
    );
    proposes(
        "Oskel Shipping Co., a UN-sanctioned firm, bought the cargo.",
        "united_nations sanctions oskel_shipping",
    );
}

#[test]
fn sanctions_called_for_or_on_goods_are_not_imposed_on_their_owner() {
    proposes(
        "Chile called for UN sanctions on Bolivia.",
        "not united_nations sanctions bolivia",
    );
    proposes(
        "Copper exports from Bolivia have been banned under UN sanctions since May.",
        "not united_nations sanctions bolivia",
    );
    proposes(
        "Bolivia has been under UN sanctions since May.",
        "united_nations sanctions bolivia",
    );
}

#[test]
fn tourists_of_a_state_are_sent_where_they_go() {
    proposes(
        "Chilean group tourists can visit a number of Peruvian cities, including its capital \
         Belmar, Corvo and Sarvik, by bus.",
        "chile sends_tourists_to belmar; chile sends_tourists_to corvo; \
         chile sends_tourists_to sarvik",
    );
    proposes(
        "Bolivian tourism to Peru is growing.",
        "bolivia sends_tourists_to peru",
    );
    proposes(
        "Peru will open Sarvik to Chilean tourists from July.",
        "chile sends_tourists_to sarvik; not peru sends_tourists_to sarvik",
    );
    proposes(
        "Nordo Tours offers tours to Belmar and the city of Corvo.",
        "nordo_tours sends_tourists_to belmar; nordo_tours sends_tourists_to corvo",
    );
}

#[test]
fn officials_visiting_are_no_tourists() {
    proposes(
        "Chilean officials visited Belmar in May.",
        "not chile sends_tourists_to belmar",
    );
}

#[test]
fn backers_fund_what_they_back() {
    proposes(
        "Varden Group, an analytics firm backed by Oskel Shipping Co. and Halden Capital, \
         published the data.",
        "oskel_shipping funds varden_group; halden_capital funds varden_group",
    );
    proposes(
        "The Halden Capital-backed Varden Group bought Quenta’s terminal.",
        "halden_capital funds varden_group",
    );
}

#[test]
fn a_state_backed_by_another_is_not_funded_by_it() {
    proposes(
        "Peru, backed by Chile, objected to the new fishing quotas.",
        "not chile funds peru",
    );
}

#[test]
fn transfers_named_by_a_noun_run_from_the_subject() {
    proposes(
        "Bolivia exported coal through ship-to-ship transfers with the tanker Sea Wren last year.",
        "bolivia transfers_to sea_wren",
    );
    proposes(
        "Oskel Shipping Co. supplied fuel to the Sea Wren via ship-to-ship transfers at sea.",
        "oskel_shipping transfers_to sea_wren",
    );
}

#[test]
fn watching_transfers_is_no_transfer() {
    proposes(
        "Peru monitored ship-to-ship transfers with the tanker Sea Wren.",
        "not peru transfers_to sea_wren",
    );
}

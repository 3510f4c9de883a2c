//! Routes told in one sentence: the onward leg after a first destination, and a destination
//! made precise by the places that follow it. Short texts written for the purpose, with
//! invented names.

mod extraction;

use extraction::{check_links, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Options};

fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        state("ecuador", "Ecuador", "EC"),
        state("bolivia", "Bolivia", "BO"),
    ])
}

fn proposes(text: &str, spec: &str) {
    check_links(
        &extract(text, &gazetteer(), &Options::new("t", "Test")),
        text,
        spec,
    );
}

#[test]
fn the_ports_of_a_first_leg_ship_to_the_places_of_the_onward_leg() {
    proposes(
        "Peruvian copper was reportedly shipped to the Chilean ports of Elmhaven and Dorsk before being reloaded onto other ships and taken to Ecuador and Bolivia.",
        "peru ships_to elmhaven; elmhaven ships_to ecuador; elmhaven ships_to bolivia; \
         dorsk ships_to ecuador; dorsk ships_to bolivia; elmhaven located_in chile",
    );
    proposes(
        "Peruvian ore was delivered to the port of Elmhaven in May and then trucked on to Bolivia.",
        "peru ships_to elmhaven; elmhaven ships_to bolivia",
    );
    // A destination and a later place with another verb between them are no route.
    proposes(
        "Peru shipped copper to the port of Elmhaven, and Chile banned the trade.",
        "peru ships_to elmhaven; not elmhaven ships_to chile",
    );
}

#[test]
fn places_that_make_a_destination_precise_are_reached_and_lie_in_it() {
    proposes(
        "The Bolivian freighters then sailed to Peru, specifically to the ports of Callao and Ilo.",
        "bolivian_freighters sails_to peru; bolivian_freighters sails_to callao; \
         bolivian_freighters sails_to ilo; callao located_in peru; ilo located_in peru",
    );
    // A list of places without such a word is no specification.
    proposes(
        "The Bolivian freighters then sailed to Peru, and Callao and Ilo closed their ports to them.",
        "not bolivian_freighters sails_to callao; not callao located_in peru",
    );
}

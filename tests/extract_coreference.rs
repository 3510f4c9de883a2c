//! Coreference in news text, on short texts written for the purpose with invented names: "the
//! country", "the government" and "the isolated state" for a state named before; a person named
//! again by the family name alone.

mod extraction;

use extraction::{check_links, names, new_actor, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

/// Three invented states, a real one for its demonym ("Peruvian"), an agency, a port and a
/// known person.
fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        state("tarvania", "Tarvania", "XT"),
        state("peru", "Peru", "PE"),
        Actor::new("sea_council", "Sea Council", ActorKind::Agency),
        state("belmora", "Belmora", "XB"),
        state("quessia", "Quessia", "XQ"),
        Actor::new("port_ostra", "Port Ostra", ActorKind::Port),
        Actor::new("ilse_morrow", "Ilse Morrow", ActorKind::Person),
    ])
}

fn run(text: &str, gazetteer: &Gazetteer) -> Extraction {
    let options = Options {
        published: "2023-09".parse().ok(),
        ..Options::new("t", "Test")
    };
    extract(text, gazetteer, &options)
}

/// Runs `text` on the invented gazetteer and checks `spec` (see `check_links`).
fn proposes(text: &str, spec: &str) {
    check_links(&run(text, &gazetteer()), text, spec);
}

#[test]
fn the_government_is_the_state_named_before() {
    proposes(
        "Tarvania hosted the talks. The government later sold diesel to Belmora.",
        "tarvania sells_to belmora",
    );
    // "the government of X" names its state; the one after it is not read back.
    proposes(
        "Tarvania hosted the talks. The government of Quessia later sold diesel to Belmora.",
        "not tarvania sells_to belmora",
    );
}

#[test]
fn an_isolated_state_or_a_hermit_kingdom_is_the_state_named_before() {
    proposes(
        "Tarvania was sanctioned by Belmora in May. Later the isolated state sold coal to \
         Quessia.",
        "tarvania sells_to quessia; not belmora sells_to quessia",
    );
    proposes(
        "Quessia is rarely visited. The hermit kingdom shipped coal to Belmora.",
        "quessia ships_to belmora",
    );
    proposes(
        "Quessia is rarely visited. The reclusive country shipped coal to Belmora.",
        "quessia ships_to belmora",
    );
}

#[test]
fn the_state_alone_and_two_countries_are_no_state() {
    // "the state" alone is as often a federal state or an adjective.
    proposes(
        "Quessia is rarely visited. The state shipped coal to Belmora.",
        "not quessia ships_to belmora",
    );
    // Plural: two states, not one.
    proposes(
        "Quessia is rarely visited. The two countries shipped coal to Belmora.",
        "not quessia ships_to belmora",
    );
}

#[test]
fn the_country_is_the_subject_of_a_recent_sentence_before_other_states() {
    // The subject of the sentence before is taken up, not a state named before it after a
    // preposition.
    proposes(
        "After talks with Quessia, Tarvania seized a tanker. The country then shipped rifles \
         to Belmora.",
        "tarvania ships_to belmora; not quessia ships_to belmora",
    );
    // Two sentences back, past a sentence naming no state.
    proposes(
        "Tarvania accused Quessia of piracy. Prices rose sharply. The country then shipped \
         rifles to Belmora.",
        "tarvania ships_to belmora",
    );
    // A demonym before a noun ("Peruvian banks") is no state taken up in a later sentence.
    proposes(
        "Hackers stole funds from Peruvian banks. The country was later sanctioned by Belmora.",
        "not belmora sanctions peru",
    );
}

#[test]
fn a_phrase_in_its_subjects_clause_is_another_actor() {
    // "Tarvania sanctioned the regime": not Tarvania itself, but the state named before.
    proposes(
        "Belmora held talks with Quessia. Tarvania then sanctioned the regime.",
        "tarvania sanctions belmora; not tarvania sanctions tarvania",
    );
    // A comma, "that" or "said" opens a clause where the phrase may be the subject again.
    proposes(
        "As Tarvania grew richer, the country sold coal to Belmora.",
        "tarvania sells_to belmora",
    );
    proposes(
        "Tarvania said that the government had sold coal to Belmora.",
        "tarvania sells_to belmora",
    );
}

#[test]
fn a_state_named_is_meant_before_one_a_demonym_gives() {
    proposes(
        "Quessia opened its ports to Peruvian tourists this week, a sign the reclusive country \
         now sells coal to Belmora.",
        "quessia sells_to belmora; not peru sells_to belmora",
    );
}

#[test]
fn the_country_as_an_owner_is_a_mention_of_its_state() {
    proposes(
        "Belmora held talks with Tarvania. The Sea Council later banned the country’s coal \
         exports.",
        "sea_council bans belmora",
    );
}

#[test]
fn a_known_person_is_named_again_by_the_family_name() {
    let text = "Ilse Morrow, a researcher, studied the trade for years. Morrow said Belmora \
                had shipped coal to Quessia. According to Dr. Morrow, Tarvania paid for it.";
    let found = run(text, &gazetteer());
    check_links(&found, text, "ilse_morrow reports belmora");
    assert!(!names(&found).contains(&"Morrow"), "{:?}", names(&found));
    let morrow = found
        .actors
        .iter()
        .find(|a| a.actor.id == "ilse_morrow")
        .unwrap();
    assert_eq!(morrow.mentions.len(), 3);
}

#[test]
fn a_family_name_before_the_full_name_is_nobody_known() {
    // The known person is not named in the report: "Morrow" is not taken for her.
    let text = "Morrow said Belmora had shipped coal to Quessia.";
    let found = run(text, &gazetteer());
    check_links(&found, text, "not ilse_morrow reports belmora");
}

#[test]
fn a_family_name_with_a_particle_is_the_person_named_before() {
    let text = "Frank von Hippel, an analyst, studied the trade. Von Hippel said Belmora had \
                shipped coal to Quessia.";
    let found = run(text, &gazetteer());
    let person = new_actor(&found, "Frank von Hippel");
    assert_eq!(person.kind, ActorKind::Person);
    assert_eq!(person.aliases, ["Von Hippel"]);
    let id = person.id.clone();
    assert!(
        !names(&found).contains(&"Von Hippel"),
        "{:?}",
        names(&found)
    );
    check_links(&found, text, &format!("{id} reports belmora"));
}

#[test]
fn a_family_name_two_persons_share_is_nobodys() {
    let mut known = Actor::new("kim_tae_ryong", "Kim Tae-ryong", ActorKind::Person);
    known.aliases.push("Kim Tae Ryong".into());
    let gazetteer = Gazetteer::new(vec![
        known,
        state("belmora", "Belmora", "XB"),
        state("quessia", "Quessia", "XQ"),
    ]);
    let text = "Kim Tae-ryong met Kim Joo-il, a trader, in May. Kim said Belmora had shipped \
                coal to Quessia.";
    let found = run(text, &gazetteer);
    assert!(!names(&found).contains(&"Kim"), "{:?}", names(&found));
    check_links(
        &found,
        text,
        "not kim_tae_ryong reports belmora; not kim_joo_il reports belmora",
    );
    // With one Kim, "Kim" is his.
    let text = "Kim Tae-ryong met traders in May. Kim said Belmora had shipped coal to Quessia.";
    check_links(
        &run(text, &gazetteer),
        text,
        "kim_tae_ryong reports belmora",
    );
}

#[test]
fn a_family_name_that_is_a_country_stays_the_country() {
    // "Peru" after "Miguel Peru" is the country its name says, not the person.
    let gazetteer = Gazetteer::new(vec![state("belmora", "Belmora", "XB")]);
    let text = "Miguel Peru, a trader, said the talks failed. Peru later sold coal to Belmora.";
    let found = run(text, &gazetteer);
    assert_eq!(new_actor(&found, "Peru").kind, ActorKind::State);
    check_links(
        &found,
        text,
        "peru sells_to belmora; not miguel_peru sells_to belmora",
    );
}

/// A regression guard: "the company" before a comma was already read back.
#[test]
fn the_company_before_an_apposition_or_a_relative_clause_is_the_firm_named_before() {
    let text = "Oskel Shipping Co. leased two tankers last year. The company, a unit of Varn \
                Holdings Ltd., later sold diesel to Quessia. The firm, which was founded in 2010, \
                also shipped coal to Belmora.";
    let found = run(text, &gazetteer());
    let firm = new_actor(&found, "Oskel Shipping Co.").id.clone();
    check_links(
        &found,
        text,
        &format!(
            "{firm} sells_to quessia; {firm} ships_to belmora; \
             not varn_holdings_ltd sells_to quessia"
        ),
    );
}

#[test]
fn its_role_opening_a_sentence_is_the_previous_subject_s() {
    proposes(
        "Tarvania-based Ostra Makina Ltd. sold machine tools to the network. Its chairman, \
         Peruvian national Emre Vale, arranged the shipments.",
        "emre_vale leads ostra_makina_ltd; not emre_vale leads tarvania",
    );
    proposes(
        "The tanker Sea Lark loaded crude at Port Ostra. Its manager, Ostra Shipmanagement of \
         Tarvania, said it had stopped managing the vessel.",
        "ostra_shipmanagement operates sea_lark",
    );
    // A manager is no agency's: "its" means nothing here.
    proposes(
        "The Sea Council blacklisted the company in December. Its manager, Ostra \
         Shipmanagement, said it had stopped managing the vessel.",
        "not ostra_shipmanagement operates sea_council",
    );
    // After a sentence about a vessel, a person's role is in the organisation it names.
    proposes(
        "The tanker Sea Lark is owned by Ostra Makina Ltd., according to corporate filings. Its \
         sole director, Emre Vale, did not respond.",
        "emre_vale leads ostra_makina_ltd; not emre_vale leads sea_lark",
    );
}

#[test]
fn the_supertanker_s_registered_owner_is_the_tanker_s() {
    proposes(
        "The tanker Sea Lark sailed on to Port Ostra. The supertanker's registered owner, Ostra \
         Holdings Ltd., did not respond to emails.",
        "ostra_holdings_ltd owns sea_lark",
    );
}

#[test]
fn it_in_a_subordinate_clause_is_the_last_vessel_for_a_shipment_or_the_object_of_a_measure() {
    proposes(
        "On Monday, Sea Council agents seized the tanker Sea Lark after it docked at Port Ostra.",
        "sea_council seizes sea_lark; sea_lark docks_at port_ostra; not sea_council docks_at port_ostra",
    );
    // A shipment or a transfer as well; "she" as "it".
    proposes(
        "Belmora sanctioned the tanker Sea Lark last May after it shipped Quessian coal to Port \
         Ostra.",
        "belmora sanctions sea_lark; sea_lark ships_to port_ostra; not belmora ships_to port_ostra",
    );
    proposes(
        "Sea Council blacklisted the tanker Sea Lark after she transferred fuel to Ostra Star.",
        "sea_lark transfers_to ostra_star; not sea_council transfers_to ostra_star",
    );
    // What a measure answers is its object's act; the passive's subject is its object.
    proposes(
        "Quessia fined Ostra Holdings Ltd. last year after it shipped coal to Belmora.",
        "ostra_holdings_ltd ships_to belmora; not quessia ships_to belmora",
    );
    proposes(
        "Ostra Holdings Ltd. was sanctioned by Quessia after it shipped coal to Belmora.",
        "ostra_holdings_ltd ships_to belmora; not quessia ships_to belmora",
    );
    // Without a measure, "it" is the subject.
    proposes(
        "Quessia hosted Ilse Morrow last year after it shipped coal to Belmora.",
        "quessia ships_to belmora",
    );
}

#[test]
fn its_manager_is_the_vessel_s_when_the_sentence_before_names_one() {
    proposes(
        "Sea Council tracked the tanker Sea Lark to Port Ostra. Its manager, Ostra Shipmanagement \
         Ltd., said it had stopped managing the vessel.",
        "ostra_shipmanagement_ltd operates sea_lark; not ostra_shipmanagement_ltd operates sea_council",
    );
    // Without a vessel, the firm the sentence before is about.
    proposes(
        "Ostra Holdings Ltd. moved to Belmora. Its owner, Quessia Capital Ltd., did not comment.",
        "quessia_capital_ltd owns ostra_holdings_ltd",
    );
}

#[test]
fn her_registered_owner_is_the_vessel_s_and_she_after_a_source_is_the_vessel() {
    proposes(
        "The tanker Sea Lark (IMO 9123456) was built in 2004. Her registered owner is Ostra \
         Holdings Ltd. According to tracking data we reviewed, she unloaded crude at Port Ostra.",
        "ostra_holdings_ltd owns sea_lark; sea_lark unloads_at port_ostra",
    );
    // A person's "her" owns no vessel's role.
    proposes(
        "Ilse Morrow founded Ostra Holdings Ltd. in Belmora. Her registered owner is Quessia \
         Capital Ltd.",
        "not quessia_capital_ltd owns ilse_morrow; not quessia_capital_ltd owns ostra_holdings_ltd",
    );
}

#[test]
fn she_after_a_time_opening_is_the_vessel_named_before() {
    proposes(
        "The tanker Sea Lark (IMO 9123456) was built in 2004. In mid-2020 she was sold to Ostra \
         Tankers Inc., a Tarvania-registered company. Two years later she sailed to Port Ostra.",
        "ostra_tankers_inc owns sea_lark; sea_lark sails_to port_ostra; \
         not sea_lark sells_to ostra_tankers_inc",
    );
    // A person is "she" before a vessel.
    proposes(
        "Ilse Morrow runs Ostra Tankers Inc. and the tanker Sea Lark. Later she travelled to \
         Belmora and paid Quessia.",
        "ilse_morrow pays quessia; not sea_lark pays quessia",
    );
}

#[test]
fn a_state_s_ship_register_is_no_end_and_a_vessel_docks_at_no_vessel() {
    proposes(
        "The tanker Sea Lark moved to the Tarvania registry in 2021. It later docked next to the \
         tanker Ostra Star.",
        "not sea_lark ships_to tarvania; not sea_lark docks_at ostra_star",
    );
}

#[test]
fn it_in_a_coordinated_clause_is_the_subject_and_reaches_its_verb_past_last_recorded() {
    proposes(
        "Tracking data show the tanker Sea Lark began broadcasting a Peruvian flag days later, \
         and it was last recorded unloading at Port Ostra.",
        "sea_lark unloads_at port_ostra",
    );
}

//! The shapes of sanctions designations and shipping news: front companies and agents, owners
//! after a copula, companies registered somewhere, asides that describe a ship, lists after
//! "including", ports where a movement ends, titled speakers, and what no link should come
//! from. Short texts written for the purpose, with invented names.

mod extraction;

use extraction::{check_links, new_actor, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

/// Three states, a sanctions authority and its panel.
fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        state("ecuador", "Ecuador", "EC"),
        Actor::new("sea_council", "Sea Council", ActorKind::Agency),
        Actor::new("panel", "Panel of Experts", ActorKind::Agency),
    ])
}

fn run(text: &str) -> Extraction {
    extract(text, &gazetteer(), &Options::new("t", "Test"))
}

fn proposes(text: &str, spec: &str) {
    check_links(&run(text), text, spec);
}

#[test]
fn a_front_an_agent_and_an_owner_after_a_copula() {
    proposes(
        "Andes Star Shipping Co. is a front company for Pacific Ocean Trading Ltd., the council found.",
        "andes_star_shipping_co represents pacific_ocean_trading_ltd",
    );
    proposes(
        "Condor Maritime Ltd. acted on behalf of Pacific Ocean Trading Ltd. to buy two tankers.",
        "condor_maritime_ltd represents pacific_ocean_trading_ltd",
    );
    proposes(
        "Condor Maritime Ltd., which acts as a proxy for Pacific Ocean Trading Ltd., bought two tankers.",
        "condor_maritime_ltd represents pacific_ocean_trading_ltd",
    );
    proposes(
        "Condor Maritime Ltd. is the registered owner of the bulk carrier Green Hope (IMO 9567890).",
        "condor_maritime_ltd owns green_hope",
    );
    // A place holds no company as its front.
    proposes(
        "The port of Ilo was described as a front for Pacific Ocean Trading Ltd. in the filing.",
        "not ilo represents pacific_ocean_trading_ltd",
    );
}

#[test]
fn a_company_registered_somewhere_is_located_there_but_a_ship_is_flagged() {
    proposes(
        "Lima Holdings S.A., a company registered in Ecuador, controls the tanker.",
        "lima_holdings_s_a located_in ecuador",
    );
    proposes(
        "Lima Holdings S.A., which is incorporated in Ecuador, controls the tanker.",
        "lima_holdings_s_a located_in ecuador",
    );
    proposes(
        "The tanker Rio Claro (IMO 9456789), a vessel registered in Ecuador, sailed north.",
        "not rio_claro located_in ecuador",
    );
}

#[test]
fn a_name_made_an_adjective_is_no_subject_and_the_apposition_keeps_its_verb() {
    let text = "The council designated Harbor Star Trading Co., Ltd., a Chile-based company that owns the tanker Ocean Lily (IMO 9123456).";
    proposes(
        text,
        "harbor_star_trading_co_ltd owns ocean_lily; not chile owns ocean_lily; harbor_star_trading_co_ltd located_in chile",
    );
    proposes(
        "Blue Reef Shipping Inc., an Ecuador-registered company, manages the vessel Sea Breeze (IMO 9234567).",
        "blue_reef_shipping_inc operates sea_breeze; not ecuador operates sea_breeze",
    );
}

#[test]
fn an_aside_that_describes_the_subject_is_not_its_verb() {
    proposes(
        "The tanker Silver Dawn (IMO 9456789), owned by Andes Star Shipping Co., delivered fuel oil to the tanker Rio Claro off Peru.",
        "andes_star_shipping_co owns silver_dawn; silver_dawn transfers_to rio_claro; not andes_star_shipping_co transfers_to rio_claro",
    );
}

#[test]
fn a_list_after_including_keeps_its_articles() {
    proposes(
        "The Sea Council sanctioned six vessels, including the Silver Dawn and the Rio Claro, last week.",
        "sea_council sanctions silver_dawn; sea_council sanctions rio_claro",
    );
}

#[test]
fn a_lone_name_where_a_movement_ends_is_a_place() {
    let text = "According to the Sea Council, the tanker Sea Breeze loaded coal at Ilo and delivered it to Tumbes.";
    let found = run(text);
    assert_eq!(new_actor(&found, "Ilo").kind, ActorKind::Place);
    assert_eq!(new_actor(&found, "Tumbes").kind, ActorKind::Place);
    check_links(
        &found,
        text,
        "sea_breeze loads_at ilo; sea_breeze ships_to tumbes; sea_council reports sea_breeze",
    );
    // Not after a verb that moves nothing.
    let found = run("The minister spoke at Harvard and referred to Lopez in the speech.");
    assert!(
        found.actors.iter().all(|a| a.actor.name != "Harvard"),
        "{:?}",
        found.actors
    );
}

#[test]
fn a_name_right_before_another_qualifies_the_speaker() {
    proposes(
        "According to the Sea Council Panel of Experts, the tanker Sea Breeze called at Ilo in May.",
        "panel reports sea_breeze; not sea_council reports panel",
    );
}

#[test]
fn a_titled_speaker_after_the_quote_reports_it() {
    proposes(
        "\"These networks help Peru evade the rules of the sea,\" said Under Secretary Maria Lopez.",
        "maria_lopez reports peru",
    );
}

#[test]
fn a_name_of_a_ship_is_no_commodity_and_the_ministry_is_a_ministry() {
    let found = run("The tanker Silver Dawn sailed to Ilo in March after a long delay at sea.");
    let link = found
        .links
        .iter()
        .find(|l| l.record.relation == "sails_to")
        .expect("a sails_to link");
    assert_eq!(link.record.commodity, None);
    // "the ministry" refers back to an actor named a ministry, not to any agency.
    proposes(
        "The Sea Council met in Lima on Monday. The ministry said Peru had paid Chile in cash.",
        "not sea_council reports peru",
    );
}

#[test]
fn a_month_abbreviation_without_its_period_is_part_of_a_name() {
    let found = run("Chilean officers seized the oil tanker Mar Azul (IMO 9312345) near Arica.");
    assert_eq!(new_actor(&found, "Mar Azul").kind, ActorKind::Ship);
    let found = run("On Jan. 5 Peru shipped coal to Chile, the port authority said.");
    assert!(
        found
            .actors
            .iter()
            .all(|a| !a.actor.name.starts_with("Jan")),
        "{:?}",
        found.actors
    );
}

#[test]
fn an_apposition_of_nationality_makes_a_person_and_roles_are_whole_words() {
    let found = run("Jorge Ruiz, a Chilean national, was arrested at the airport on Monday.");
    assert_eq!(new_actor(&found, "Jorge Ruiz").kind, ActorKind::Person);
    let found = run("Delta Nova, an international shipping firm, bought two tankers last year.");
    assert_eq!(new_actor(&found, "Delta Nova").kind, ActorKind::Firm);
}

#[test]
fn the_owner_of_a_person_is_not_the_one_a_verb_means() {
    proposes(
        "Jorge Ruiz, a Chilean national, ran the firm for years.\nDelta Fuels SpA is owned by Ruiz's brother-in-law, Pedro Salas, according to corporate records.",
        "pedro_salas owns delta_fuels_spa; not jorge_ruiz owns delta_fuels_spa; pedro_salas linked_to jorge_ruiz",
    );
    proposes(
        "Delta Fuels SpA is owned by a local businessman, Pedro Salas, according to corporate records.",
        "pedro_salas owns delta_fuels_spa",
    );
}

#[test]
fn a_flag_state_is_no_destination_and_a_sold_vessel_is_no_buyer() {
    proposes(
        "The tanker Mar Azul, sailing under the flag of Ecuador, switched off its transponder for 12 days.",
        "not mar_azul sails_to ecuador",
    );
    proposes(
        "The tanker Blue Horizon was sold by Hellenic Star Navigation to a buyer in Chile in 2022.",
        "not hellenic_star_navigation sells_to blue_horizon",
    );
}

#[test]
fn a_firm_named_without_its_legal_form_is_the_same_firm() {
    let found = run(
        "Delta Fuels SpA bought diesel from Ecuadorian suppliers. The Sea Council sanctioned Delta Fuels in 2023.",
    );
    let firms: Vec<&str> = found
        .actors
        .iter()
        .filter(|a| a.actor.name.starts_with("Delta"))
        .map(|a| a.actor.name.as_str())
        .collect();
    assert_eq!(firms, ["Delta Fuels SpA"]);
    check_links(
        &found,
        "",
        "sea_council sanctions delta_fuels_spa; ecuador sells_to delta_fuels_spa",
    );
}

#[test]
fn kinds_from_a_head_word_first_a_noun_before_and_a_noun_after() {
    let found = run("In a statement, Peru's Ministry of Energy said it knew nothing of the trade.");
    assert_eq!(
        new_actor(&found, "Ministry of Energy").kind,
        ActorKind::Agency
    );
    check_links(&found, "", "ministry_of_energy part_of peru");
    let found = run("The data came from ship-tracking firm Ocean Eye and from port records.");
    assert_eq!(new_actor(&found, "Ocean Eye").kind, ActorKind::Firm);
    let found = run("The fuel went to Peru's Shining Path rebels, according to the prosecutors.");
    assert_eq!(new_actor(&found, "Shining Path").kind, ActorKind::Group);
}

#[test]
fn a_dateline_opens_with_a_place() {
    let found = run("SANTIAGO (Reuters) - Chilean officers seized an oil tanker on Thursday.");
    assert_eq!(new_actor(&found, "Santiago").kind, ActorKind::Place);
    let found = run("TUMBES, March 3 — Peruvian tankers delivered fuel to Chile last week.");
    assert_eq!(new_actor(&found, "Tumbes").kind, ActorKind::Place);
}

#[test]
fn a_country_that_opens_a_clause_makes_no_place_of_the_name_before() {
    let found = run("In its reply to the Panel, Ecuador stated that it had imported no coal.");
    assert!(
        !found
            .links
            .iter()
            .any(|l| l.record.relation == "located_in"),
        "{:?}",
        found.links
    );
    let found = run("The tanker later called at Manta, Ecuador, and unloaded its cargo there.");
    assert_eq!(new_actor(&found, "Manta").kind, ActorKind::Place);
}

#[test]
fn one_written_to_is_no_subject_of_a_report() {
    proposes(
        "The Sea Council wrote to Fortune Bridge Shipping Ltd. but has not received a reply.",
        "not sea_council reports fortune_bridge_shipping_ltd",
    );
}

#[test]
fn an_apposition_describes_a_name_after_a_preposition_and_an_agent_represents() {
    proposes(
        "Peru bought oil from Paekho Trading Corporation, a company designated by the Sea Council in 2017.",
        "sea_council sanctions paekho_trading_corporation; paekho_trading_corporation sells_to peru",
    );
    proposes(
        "Mr. Choi Myong Hak acted as the agent of Paekho Trading Corporation in the port of Ilo.",
        "choi_myong_hak represents paekho_trading_corporation",
    );
}

#[test]
fn another_name_of_a_vessel_is_its_alias() {
    let text = "The tanker New Konk, which changed its name to Sun Flower in 2022, left Ilo.\n\nThe Sun Flower later sailed to Chile, officials said.";
    let found = run(text);
    let ship = new_actor(&found, "New Konk");
    assert_eq!(ship.aliases, ["Sun Flower"]);
    assert!(found.actors.iter().all(|a| a.actor.name != "Sun Flower"));
    check_links(&found, text, "new_konk sails_to chile");
    let found = run("The tanker Ocean Lily (formerly Jin Hae) delivered fuel to Chile in May.");
    assert_eq!(new_actor(&found, "Ocean Lily").aliases, ["Jin Hae"]);
}

#[test]
fn where_goods_change_hands_is_not_where_they_go() {
    proposes(
        "The tanker Sky Pearl was photographed transferring oil to a vessel in the Yellow Sea in May.",
        "not sky_pearl transfers_to yellow_sea",
    );
}

#[test]
fn movements_stated_by_nouns() {
    proposes(
        "Paekho Trading Corporation was reportedly involved in the export of coal to Ecuador through intermediaries.",
        "paekho_trading_corporation exports_to ecuador",
    );
    proposes(
        "In the first seven months of this year, Peru’s exports to Chile rose by a third.",
        "peru exports_to chile",
    );
    proposes(
        "Chile’s imports of coal from Ecuador soared last year, the ministry said.",
        "ecuador exports_to chile; not chile exports_to ecuador",
    );
    proposes(
        "Chile’s imports of Peruvian machinery shrank 57 percent on-year to 451,000 dollars.",
        "peru exports_to chile",
    );
}

#[test]
fn a_web_address_and_a_mixer_are_firms() {
    let found =
        run("The hackers stole $41 million from Stake.com, an online casino, in September.");
    assert_eq!(new_actor(&found, "Stake.com").kind, ActorKind::Firm);
    let found = run("The funds went through Tornado Cash, a cryptocurrency mixer, last year.");
    assert_eq!(new_actor(&found, "Tornado Cash").kind, ActorKind::Firm);
}

#[test]
fn a_collective_may_hold_an_acronym_and_its_state_sends_it() {
    let text = "Omar Haddad allegedly paid Peruvian IT workers in Chile through shell companies.";
    let found = run(text);
    assert_eq!(
        new_actor(&found, "Peruvian IT workers").kind,
        ActorKind::Group
    );
    check_links(&found, text, "peru sends_workers_to chile");
}

#[test]
fn a_demonym_or_a_state_after_a_describes_the_name_before() {
    proposes(
        "Prosecutors said Ji Feng, a Chilean businessman, laundered 20 million dollars for Harbor Star Trading Ltd.",
        "not chile remits_to harbor_star_trading_ltd",
    );
    proposes(
        "Omar Haddad, a Peruvian citizen based in Dubai, paid the crews in cash.",
        "omar_haddad located_in dubai",
    );
    proposes(
        "Mr. Choi Myong Hak, a Peru national, acted as the agent of Paekho Trading Corporation in 2021.",
        "choi_myong_hak represents paekho_trading_corporation; not peru represents paekho_trading_corporation",
    );
}

#[test]
fn names_added_to_a_sanctions_list_are_sanctioned() {
    proposes(
        "The Sea Council added two of its directors, Lin Wei and Omar Haddad, to the Specially Designated Nationals list.",
        "sea_council sanctions lin_wei; sea_council sanctions omar_haddad",
    );
    proposes(
        "The Sea Council placed Harbor Star Trading Ltd. on its blacklist in May.",
        "sea_council sanctions harbor_star_trading_ltd",
    );
    proposes(
        "The Sea Council added Lima Parts Ltd. and Andes Trading Co. to the Entity List.",
        "sea_council sanctions lima_parts_ltd; sea_council sanctions andes_trading_co",
    );
}

#[test]
fn names_put_on_a_list_in_the_passive_are_sanctioned_by_its_owner_or_agent() {
    proposes(
        "Lima Parts Ltd. was added to the Sea Council’s Entity List in 2022.",
        "sea_council sanctions lima_parts_ltd",
    );
    proposes(
        "Andes Trading Co. and Pampa Oil Ltd. were placed on the blocked persons list by the Sea Council last week.",
        "sea_council sanctions andes_trading_co; sea_council sanctions pampa_oil_ltd",
    );
    proposes(
        "Chile deregistered the tanker Sol Vento after the ship was listed by the Sea Council.",
        "sea_council sanctions sol_vento; not chile sanctions sol_vento",
    );
    // A list is no actor.
    let found = run("The Sea Council added Lima Parts Ltd. to the Entity List.");
    assert!(found.actors.iter().all(|a| a.actor.name != "Entity List"));
}

#[test]
fn a_known_alias_owned_by_another_state_names_another_actor() {
    let mut ministry = Actor::new(
        "chile_defense",
        "Chilean Defense Ministry",
        ActorKind::Agency,
    );
    ministry.country = Some("CL".into());
    ministry.aliases.push("Defense Ministry".into());
    let gazetteer = Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        ministry,
    ]);
    let text = "Peru’s Defense Ministry said the tanker left Ilo.\n\nThe Defense Ministry of Chile and the Chilean Defense Ministry agreed on the new rules.";
    let found = extract(text, &gazetteer, &Options::new("t", "Test"));
    assert_eq!(
        new_actor(&found, "Defense Ministry").kind,
        ActorKind::Agency
    );
    check_links(
        &found,
        text,
        "defense_ministry part_of peru; not chile_defense part_of peru",
    );
    let known = found
        .actors
        .iter()
        .find(|a| a.actor.id == "chile_defense")
        .expect("the known ministry");
    assert_eq!(known.mentions.len(), 2);
}

#[test]
fn a_reason_given_with_a_measure_states_a_movement() {
    proposes(
        "In March 2024, the tanker Lucky Star was seized by Chilean officers for illegally transferring oil to the Peruvian tanker Chong Gen.",
        "lucky_star transfers_to chong_gen; not chile transfers_to chong_gen",
    );
    proposes(
        "The Sea Council designated Harbor Star Trading Ltd. for shipping coal to Ecuador in 2019.",
        "harbor_star_trading_ltd ships_to ecuador; sea_council sanctions harbor_star_trading_ltd",
    );
}

#[test]
fn two_vessels_that_conducted_a_transfer_and_where_it_happened() {
    proposes(
        "The tanker Lucky Star and the tanker Chong Gen were seen near Ilo.\nRecords show that the Lucky Star and the Chong Gen conducted a ship-to-ship transfer off the coast of Ecuador in May.",
        "lucky_star transfers_to chong_gen; not chong_gen transfers_to ecuador",
    );
}

#[test]
fn owners_charterers_and_sold_vessels() {
    proposes(
        "The tanker Lucky Star sailed from Ilo in May last year.\nThe Lucky Star's beneficial owner is Pacific Grace Holdings Ltd., a company ultimately controlled by Chilean businessman Tan Wei Ming.",
        "pacific_grace_holdings_ltd owns lucky_star; tan_wei_ming controls pacific_grace_holdings_ltd",
    );
    proposes(
        "The tanker Lucky Star was insured by Atlas Marine Insurance and chartered by Nordic Bulk Carriers AS until May.",
        "nordic_bulk_carriers_as operates lucky_star; not atlas_marine_insurance operates lucky_star",
    );
    proposes(
        "Tan Wei Ming said that he had sold the tanker Lucky Star in 2023 to a buyer in Chile.",
        "not tan_wei_ming sells_to lucky_star",
    );
}

#[test]
fn a_source_of_data_reports() {
    proposes(
        "According to satellite images analyzed by the Harbor Institute, the tanker Lucky Star unloaded fuel at Ilo.",
        "harbor_institute reports lucky_star",
    );
}

#[test]
fn an_object_ends_at_its_comma_and_a_role_is_no_object() {
    proposes(
        "The minister said Peru was helping Ecuador, violating sanctions, an accusation Chile denies.",
        "not ecuador violates chile",
    );
    proposes(
        "The Sea Council imposed new sanctions, targeting Chilean banks and shipping firms.",
        "sea_council sanctions chilean_banks",
    );
    proposes(
        "The transfers violate the rules, which Peru itself had supported as a permanent member of the Sea Council.",
        "not peru aids sea_council",
    );
}

#[test]
fn a_representative_an_office_and_a_port_call() {
    proposes(
        "The Sea Council designated Kim Chol Su, a Peruvian national who serves as the representative of Paekho Trading Corporation in Lima.",
        "kim_chol_su represents paekho_trading_corporation; sea_council sanctions kim_chol_su",
    );
    proposes(
        "The Department of the Treasury's Office of Foreign Assets Control designated three firms on Monday.",
        "office_of_foreign_assets_control part_of department_of_the_treasury",
    );
    proposes(
        "The Panama-flagged bulk carrier Golden Wave (IMO 9345678) reportedly called at the Chilean port of Arica in May.",
        "golden_wave docks_at arica; arica located_in chile",
    );
}

#[test]
fn goods_of_a_state_an_apposed_firm_and_who_evades() {
    proposes(
        "The cargo ship Angara carried Peruvian munitions to the Chilean port of Arica at least 11 times.",
        "angara ships_to arica; not angara ships_to peru",
    );
    proposes(
        "The Sea Council banned Peruvian coal exports on August 5th, 2017.",
        "sea_council bans peru",
    );
    proposes(
        "The ministry said the Chilean firm, Gudzon Shipping Co., operated the cargo ship Angara last year.",
        "gudzon_shipping_co operates angara; not chile operates angara",
    );
    proposes(
        "Chile imposed sanctions on a shipping company accused of helping Peru evade Sea Council sanctions.",
        "peru violates sea_council; not chile violates sea_council",
    );
    proposes(
        "Peru has used connections in Chilean intelligence to defy Sea Council sanctions.",
        "peru violates sea_council",
    );
}

#[test]
fn the_owner_of_a_speaker_is_not_what_the_speaker_reports() {
    proposes(
        "\"These actions show that the world will not tolerate violations,\" said Cho Tae-yul, Chile's foreign minister.",
        "not cho_tae_yul reports chile",
    );
    proposes(
        "\"Peru will not tolerate violations,\" said Cho Tae-yul, Chile's foreign minister.",
        "cho_tae_yul reports peru",
    );
}

#[test]
fn a_legal_form_or_an_identifier_label_alone_is_no_name() {
    let found = run("The firm, registered as a Ltd. in May, said IMO rules were broken by Peru.");
    assert!(
        found
            .actors
            .iter()
            .all(|a| !matches!(a.actor.name.as_str(), "Ltd." | "IMO")),
        "{:?}",
        found.actors
    );
}

#[test]
fn dates_in_iso_form_with_a_relative_year_and_in_part_of_a_year() {
    let text = "The tanker Sea Lark delivered fuel to Chile on 2023-03-12, officials said.\n\nThe tanker Sea Lark delivered fuel to Peru on Feb. 12 last year, officials said.\n\nThe tanker Sea Lark delivered fuel to Ecuador in mid-2022, officials said.";
    let mut options = Options::new("t", "Test");
    options.published = "2024-06-01".parse().ok();
    let found = extract(text, &gazetteer(), &options);
    let date_to = |to: &str| {
        found
            .links
            .iter()
            .find(|l| l.record.to == to)
            .and_then(|l| l.record.date.map(|d| d.to_string()))
    };
    assert_eq!(date_to("chile").as_deref(), Some("2023-03-12"));
    assert_eq!(date_to("peru").as_deref(), Some("2023-02-12"));
    assert_eq!(date_to("ecuador").as_deref(), Some("2022"));
}

#[test]
fn a_numbered_instrument_is_no_actor() {
    let found = run(
        "The Sea Council designated Harbor Star Trading Ltd. pursuant to Executive Order 13382 and E.O. 13722 last year.",
    );
    let names: Vec<&str> = found.actors.iter().map(|a| a.actor.name.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Order") && *n != "E.O."),
        "{names:?}"
    );
    check_links(&found, "", "sea_council sanctions harbor_star_trading_ltd");
}

#[test]
fn a_gerund_before_a_noun_and_a_name_made_an_adjective_keep_the_apposition_readable() {
    proposes(
        "Among those designated is Red Reef Maritime Ltd., a shipping company that manages the oil tanker Sea Dragon (IMO 9134568).",
        "red_reef_maritime_ltd operates sea_dragon",
    );
    proposes(
        "The council also designated Golden Tide Trading Co., Ltd., a Chile-based front company for the Ministry of Oil.",
        "golden_tide_trading_co_ltd represents ministry_of_oil; golden_tide_trading_co_ltd located_in chile",
    );
}

#[test]
fn a_flag_made_an_adjective_flags_its_collective_and_not_a_sea() {
    let text = "The Sea Lantern (IMO 9134567) conducted three ship-to-ship transfers with Peruvian-flagged tankers in the East China Sea in June 2024.";
    let found = run(text);
    let tankers = new_actor(&found, "Peruvian-flagged tankers");
    assert_eq!(tankers.kind, ActorKind::Ship);
    assert_eq!(new_actor(&found, "East China Sea").kind, ActorKind::Place);
    check_links(
        &found,
        text,
        "sea_lantern transfers_to peruvian_flagged_tankers",
    );
}

#[test]
fn a_firm_named_by_the_words_before_its_trade_is_the_same_firm() {
    let text = "The council designated Golden Tide Trading Co., Ltd. in May. Golden Tide purchased the fuel from Orion Petrochem Ltd. in Chile.";
    let found = run(text);
    assert_eq!(
        new_actor(&found, "Golden Tide Trading Co., Ltd.").aliases,
        ["Golden Tide"]
    );
    check_links(
        &found,
        text,
        "orion_petrochem_ltd sells_to golden_tide_trading_co_ltd",
    );
}

#[test]
fn a_flag_state_is_not_what_is_reported_and_a_relative_aside_keeps_its_verb() {
    proposes(
        "The Sea Lantern (IMO 9134567), which sails under the flag of Peru, conducted a ship-to-ship transfer with the Rio Claro, according to the Panel of Experts.",
        "panel reports sea_lantern; not panel reports peru; sea_lantern transfers_to rio_claro; not sea_lantern sails_to rio_claro",
    );
}

#[test]
fn a_seized_vessel_its_pronoun_and_its_hull_number() {
    let text = "Chile has seized a Panama-flagged tanker suspected of transferring oil to a Peruvian vessel, officials said. \
                The Lighthouse Winmore (IMO 9146211) was seized last month after it transferred refined oil to the Peruvian ship Sam Jong 2 in October. \
                The Sea Council designated the Sam Jong 2 and five other ships in February.";
    let found = run(text);
    check_links(
        &found,
        text,
        "not chile seizes peru; lighthouse_winmore transfers_to sam_jong_2; not lighthouse_winmore transfers_to peru; \
         sea_council sanctions sam_jong_2",
    );
    assert!(found.actors.iter().all(|a| a.actor.name != "Sam Jong"));
}

#[test]
fn an_organisation_named_again_by_its_first_word_is_the_same_actor() {
    let text = "The Panel of Experts met in May. The Panel also investigated the bulk carrier Tong Hung (IMO 9139115). \
                The Star Glory is owned by Ocean Glory Shipping Ltd. and managed by Seaport Maritime Services Co., both registered in Peru.";
    let found = run(text);
    assert!(found.actors.iter().all(|a| a.actor.name != "Panel"));
    check_links(
        &found,
        text,
        "panel investigates tong_hung; seaport_maritime_services_co located_in peru",
    );
}

#[test]
fn a_state_alias_that_is_its_demonym_with_the_article_qualifies_a_person() {
    let mut peru = state("peru", "Peru", "PE");
    peru.aliases.push("the Peruvian".into());
    let gazetteer = Gazetteer::new(vec![
        peru,
        Actor::new("panel", "Panel of Experts", ActorKind::Agency),
    ]);
    let text =
        "According to the Panel of Experts, the Peruvian national Wang Lei arranged the payments.";
    let found = extract(text, &gazetteer, &Options::new("t", "Test"));
    check_links(
        &found,
        text,
        "panel reports wang_lei; not panel reports peru",
    );
}

#[test]
fn every_name_of_a_designated_list_is_sanctioned_and_blocked_vessels_keep_their_numbers() {
    let text = "The Sea Council designated Korea Sobaeksu Trading Company, Kim Jong Sik and Ri Ki Song for their roles in the program. \
                The Sea Council also identified the vessels Rye Song Gang 1, Yu Son and Kum Un San 3 as blocked property. \
                The Sea Council added Chang An Shipping Ltd. and its director, Jin Wen, to its sanctions list on Monday.";
    let found = run(text);
    check_links(
        &found,
        text,
        "sea_council sanctions korea_sobaeksu_trading_company; sea_council sanctions kim_jong_sik; \
         sea_council sanctions ri_ki_song; sea_council sanctions rye_song_gang_1; \
         sea_council sanctions yu_son; sea_council sanctions kum_un_san_3; \
         not sea_council reports rye_song_gang_1; sea_council sanctions chang_an_shipping_ltd; \
         not sea_council reports chang_an_shipping_ltd",
    );
}

#[test]
fn charges_attributions_and_a_unit_controlled_by_an_agency() {
    let text = "The Sea Council on Tuesday charged two Chilean nationals, Tian Yinyin and Li Jiadong, with laundering money. \
                The Sea Council attributed the theft of $620 million from Ronin Network to the Condor Group, a hacking unit controlled by Peru’s Reconnaissance General Bureau.";
    let found = run(text);
    check_links(
        &found,
        text,
        "sea_council accuses tian_yinyin; sea_council accuses li_jiadong; \
         sea_council attributes_to condor_group; not sea_council attributes_to ronin_network; \
         reconnaissance_general_bureau controls condor_group",
    );
}

#[test]
fn an_owner_or_director_apposed_with_its_and_a_month_that_is_no_hedge() {
    let text =
        "Peru sanctioned the tanker Yu Jong 2 and its owner, Ocean Glory Shipping Ltd., in 2019. \
                Peru designated Golden Tide Trading Co., Ltd. and its director, Chen Wei, in 2020. \
                The tanker Sun Ray docked at the port of Ilo in May.";
    let found = run(text);
    check_links(
        &found,
        text,
        "peru sanctions yu_jong_2; peru sanctions ocean_glory_shipping_ltd; ocean_glory_shipping_ltd owns yu_jong_2; \
         peru sanctions chen_wei; chen_wei leads golden_tide_trading_co_ltd; sun_ray docks_at ilo",
    );
    let docked = found
        .links
        .iter()
        .find(|l| l.record.relation == "docks_at")
        .expect("a docks_at link");
    // No hedge: the grade stays unset ("in May" is a month, not the modal "may").
    assert_eq!(docked.record.grade, None);
}

#[test]
fn the_buyer_of_a_vessel_owns_it() {
    let text = "Ocean Glory Shipping Ltd. bought the tanker Sun Ray in 2021 from a Greek company. \
                Chile bought oil from Peru in 2020.";
    proposes(
        text,
        "ocean_glory_shipping_ltd owns sun_ray; not sun_ray sells_to ocean_glory_shipping_ltd; peru sells_to chile",
    );
}

#[test]
fn its_director_is_not_the_director_of_a_name_a_preposition_governs() {
    proposes(
        "The council designated Golden Tide Trading Co., Ltd., a Chile-based front company for the Ministry of Oil, and its director, Chen Wei.",
        "not chen_wei leads ministry_of_oil; golden_tide_trading_co_ltd represents ministry_of_oil",
    );
}

#[test]
fn the_vessel_refers_to_the_ship_named_in_apposition_not_to_a_plural() {
    proposes(
        "The freighter met several Chilean vessels off the coast of Peru last year, the council said.\n\n\
         The tanker, Blue Condor (IMO 9312456), switched off its transponder before meeting the freighter Sol in May. \
         The vessel is managed by Costa Verde Shipping Ltd., a company registered in Ecuador.",
        "costa_verde_shipping_ltd operates blue_condor; not costa_verde_shipping_ltd operates chilean_vessels; \
         costa_verde_shipping_ltd located_in ecuador",
    );
}

#[test]
fn a_count_of_other_firms_goes_on_with_the_list_of_the_designated() {
    proposes(
        "The Sea Council designated Costa Verde Shipping Ltd. and two other firms, Andes Trading Co. and Pacific Fuel Ltd., in May for supplying diesel to Ecuador.",
        "sea_council sanctions costa_verde_shipping_ltd; sea_council sanctions andes_trading_co; \
         sea_council sanctions pacific_fuel_ltd; andes_trading_co supplies ecuador; \
         costa_verde_shipping_ltd supplies ecuador; pacific_fuel_ltd supplies ecuador",
    );
}

#[test]
fn a_role_in_a_whose_clause_and_a_nationality_in_apposition() {
    let text = "Costa Verde Shipping Ltd., a company registered in Ecuador whose sole director is a Peruvian national, Rosa Quispe, denied the claims. \
                Sol Maritime Co., whose registered owner is Andes Trading Co., did not reply.";
    let found = run(text);
    check_links(
        &found,
        text,
        "rosa_quispe leads costa_verde_shipping_ltd; andes_trading_co owns sol_maritime_co; \
         not rosa_quispe leads ecuador",
    );
    assert_eq!(
        new_actor(&found, "Rosa Quispe").country.as_deref(),
        Some("PE")
    );
    let text = "Marco Diaz, a Chilean businessman, bought the tanker.";
    assert_eq!(
        new_actor(&run(text), "Marco Diaz").country.as_deref(),
        Some("CL")
    );
}

#[test]
fn what_a_ship_did_where_it_went_and_the_port_it_docked_at() {
    proposes(
        "The tanker Blue Condor later sailed to the port of Paita, where it unloaded about 8,000 tonnes of diesel.\n\n\
         Satellite images showed the tanker docked at the port for four days.",
        "blue_condor sails_to paita; blue_condor unloads_at paita; blue_condor docks_at paita",
    );
}

#[test]
fn an_asides_date_is_not_the_clauses_and_a_holder_apposed_after_its_place() {
    let text = "The bulk carrier Blue Condor, which was renamed Sol Naciente in 2019, delivered Peruvian copper to Chile through a front company in Ecuador, Andes Trading Co.";
    let found = run(text);
    check_links(
        &found,
        text,
        "blue_condor ships_to chile; andes_trading_co located_in ecuador",
    );
    let delivered = found
        .links
        .iter()
        .find(|l| l.record.relation == "ships_to")
        .expect("a ships_to link");
    assert_eq!(delivered.record.date, None);
}

#[test]
fn the_united_nations_is_an_organisation_and_its_panel_is_not_it() {
    let text = "The United Nations said the transfers broke its rules. \
                Rosa Quispe, a former leader of the Sea Council sanctions panel, said the trade continued.";
    let found = run(text);
    assert_eq!(new_actor(&found, "United Nations").kind, ActorKind::Agency);
    check_links(&found, text, "not rosa_quispe leads sea_council");
}

#[test]
fn a_forfeiture_story_names_the_buyer_the_new_name_and_the_members_of_a_fleet() {
    let text = "Peru filed a forfeiture complaint against the oil tanker Sea Lark (IMO 9187765), which it said was used to deliver diesel to Ecuador.\n\n\
                According to the complaint, the tanker was purchased in 2021 by Wei Long, a Singaporean businessman, through a shell company in the British Virgin Islands, Harbor Star Holdings Ltd. \
                The vessel was then reflagged from Comoros to Cameroon and renamed Lucky Star.\n\n\
                Between March and June 2022, the tanker Sea Lark conducted transfers with Chilean tankers, including the Yu Son (IMO 8691702) and the Rio Blanco, prosecutors said.\n\n\
                Wei Long was charged with conspiracy to violate the International Emergency Economic Powers Act.";
    let found = run(text);
    check_links(
        &found,
        text,
        "sea_lark ships_to ecuador; not peru ships_to ecuador; wei_long owns sea_lark; \
         harbor_star_holdings_ltd located_in british_virgin_islands; sea_lark transfers_to yu_son; \
         sea_lark transfers_to rio_blanco; sea_lark transfers_to chilean_tankers",
    );
    assert_eq!(new_actor(&found, "Lucky Star").kind, ActorKind::Ship);
    assert_eq!(new_actor(&found, "Rio Blanco").kind, ActorKind::Ship);
    let names: Vec<&str> = found.actors.iter().map(|a| a.actor.name.as_str()).collect();
    assert!(!names.contains(&"United Kingdom"), "{names:?}");
    assert!(!names.iter().any(|n| n.ends_with(" Act")), "{names:?}");
    // "the oil tanker" names the carrier's kind; it carried diesel.
    let delivery = found
        .links
        .iter()
        .find(|l| l.record.to == "ecuador")
        .expect("a delivery to Ecuador");
    assert_eq!(delivery.record.commodity.as_deref(), Some("diesel"));
    let transfer = found
        .links
        .iter()
        .find(|l| l.record.to == "yu_son")
        .expect("a transfer to the Yu Son");
    assert_eq!(
        transfer.record.date.map(|d| d.to_string()).as_deref(),
        Some("2022-03/2022-06")
    );
}

#[test]
fn spans_of_years_and_months_are_dated_as_spans() {
    let text = "Between 2013 and 2015, Peru shipped coal to Chile. From May 2019 to January 2020 Peru sold fuel to Ecuador.";
    let found = run(text);
    let date = |relation: &str| {
        found
            .links
            .iter()
            .find(|l| l.record.relation == relation)
            .and_then(|l| l.record.date)
            .map(|d| d.to_string())
    };
    assert_eq!(date("ships_to").as_deref(), Some("2013/2015"));
    assert_eq!(date("sells_to").as_deref(), Some("2019-05/2020-01"));
}

#[test]
fn linked_to_borders_a_member_in_its_role_and_a_states_forces() {
    proposes(
        "Additionally, Peru was linked to the Cobalt Group, a hacking network.",
        "peru linked_to cobalt_group; not peru attributes_to cobalt_group",
    );
    proposes(
        "Ilo is in Arequipa, an area which borders northern Chile’s Tarapaca Region.",
        "arequipa borders tarapaca_region",
    );
    proposes(
        "The transfers violate the ban, which Chile itself had supported as a permanent member of the Sea Council.",
        "chile member_of sea_council",
    );
    proposes(
        "Intelligence suggests that Peruvian troops are fighting in Chile’s Tarapaca region.",
        "peruvian_troops part_of peru; not chilean_workers part_of chile",
    );
    proposes(
        "Intelligence suggests that Peruvian workers are building roads in Chile.",
        "not peruvian_workers part_of peru",
    );
}

#[test]
fn public_bodies_named_by_acronyms_are_agencies() {
    let found = run("The FBI and the UN said the transfers broke the rules.");
    assert_eq!(new_actor(&found, "FBI").kind, ActorKind::Agency);
    assert_eq!(new_actor(&found, "UN").kind, ActorKind::Agency);
}

#[test]
fn names_listed_after_a_designation_and_its_colon_are_designated() {
    // A press release: the designator, a colon, then a paragraph per designated name.
    let text = "LIMA — The Sea Council on Thursday designated two companies.\n\n\
                The Sea Council today designated the following:\n\n\
                Andes Trading Co., a Peruvian company, is the registered owner of the tanker Blue Condor (IMO 9312456). \
                Ecuador seized the tanker in May.\n\n\
                Pacific Fuel Ltd., a Chilean trader, paid Andes Trading Co. more than $5 million.\n\n\
                Costa Verde Shipping Ltd. was not named in the action, officials said.\n";
    proposes(
        text,
        "sea_council sanctions andes_trading_co; sea_council sanctions pacific_fuel_ltd; \
         not sea_council sanctions ecuador",
    );
    // A list that ends at a line opening with no name designates nothing after it.
    let text = "The Sea Council designated the following:\n\n\
                Andes Trading Co., a Peruvian company, owns the tanker Blue Condor.\n\n\
                As a result, all property of Andes Trading Co. is blocked.\n\n\
                Pacific Fuel Ltd., a Chilean trader, paid Andes Trading Co. more than $5 million.\n";
    proposes(
        text,
        "sea_council sanctions andes_trading_co; not sea_council sanctions pacific_fuel_ltd",
    );
}

#[test]
fn short_bulleted_items_of_a_listing_are_read_and_its_evidence_is_both_lines() {
    let text = "The Sea Council on Monday imposed restrictive measures on two entities.\n\n\
                The following entities were listed:\n\n\
                - Andes Trading Co.\n\
                - Pacific Fuel Ltd., a Chilean trader.\n\n\
                The listed entities are subject to an asset freeze.\n";
    let found = run(text);
    check_links(
        &found,
        text,
        "sea_council sanctions andes_trading_co; sea_council sanctions pacific_fuel_ltd",
    );
    let listed = found
        .links
        .iter()
        .find(|l| l.record.to == "andes_trading_co")
        .expect("a listing");
    let quotes: Vec<&str> = listed
        .record
        .evidence
        .iter()
        .map(|e| e.quote.as_str())
        .collect();
    // (The sentence that counts the two entities designated is evidence too.)
    assert_eq!(
        quotes,
        [
            "The Sea Council on Monday imposed restrictive measures on two entities.",
            "The following entities were listed:",
            "Andes Trading Co."
        ]
    );
}

#[test]
fn an_indictment_names_roles_short_names_and_family_names_first() {
    let text = "According to the indictment, Li Haoran, a Chinese national, and Rosa Quispe, a Peruvian national, sold oil for Tavandar Naft Marketing Company.\n\n\
                Quispe worked for Tavandar Naft as a marketing official, the indictment says. \
                Prosecutors allege that Li served as director of Greywater Commodities Ltd., a shell company.\n\n\
                Tan Boon Keat, a Singaporean national, also worked with Greywater Commodities Ltd. on the sales. \
                Later, Tan controlled Solent Bridge Trading Pte. Ltd., a Singapore-registered firm.";
    let found = run(text);
    check_links(
        &found,
        text,
        "rosa_quispe works_for tavandar_naft_marketing_company; li_haoran leads greywater_commodities_ltd; \
         tan_boon_keat cooperates_with greywater_commodities_ltd; tan_boon_keat controls solent_bridge_trading_pte_ltd",
    );
    let names: Vec<&str> = found.actors.iter().map(|a| a.actor.name.as_str()).collect();
    assert!(
        !names.contains(&"Tavandar Naft") && !names.contains(&"Tan"),
        "{names:?}"
    );
}

#[test]
fn both_after_the_subjects_aid_as_an_object_and_a_warning_about_others() {
    proposes(
        "Peru and Chile both sanction Ecuador, the council said.",
        "peru sanctions ecuador; chile sanctions ecuador",
    );
    proposes(
        "The Sea Council has long provided humanitarian assistance to Ecuador.",
        "sea_council aids ecuador; not sea_council supplies ecuador",
    );
    proposes(
        "Peru has warned shippers that carrying coal to Chile could expose them to penalties.",
        "not peru warns chile",
    );
}

#[test]
fn designated_together_with_her_owner() {
    proposes(
        "The Sea Council designated the tanker Blue Condor in November 2022, together with her owner, Andes Trading Co., a Peruvian company.",
        "sea_council sanctions blue_condor; sea_council sanctions andes_trading_co; andes_trading_co owns blue_condor",
    );
}

#[test]
fn a_notice_lists_after_the_following_persons_and_names_with_commas_are_one() {
    let text = "1. The Foreign, Commonwealth and Development Office has today designated the following persons under the regulations.\n\n\
                2. All funds of the persons listed below must be frozen.\n\n\
                ENTITIES\n\n\
                • Andes Trading Co. Role: trader that has delivered copper to Peru.\n\n\
                • Pacific Fuel Ltd. Role: freight forwarder that has shipped fuel to Andes Trading Co.\n\n\
                3. Further information is available from the Sea Council.\n";
    proposes(
        text,
        "foreign_commonwealth_and_development_office sanctions andes_trading_co; \
         foreign_commonwealth_and_development_office sanctions pacific_fuel_ltd; \
         not foreign_commonwealth_and_development_office sanctions sea_council",
    );
    let text = "The Ministry of Economy, Trade and Industry said it banned exports to Peru.";
    new_actor(&run(text), "Ministry of Economy, Trade and Industry");
}

#[test]
fn a_statement_about_sanctions_before_a_colon_opens_no_list() {
    proposes(
        "The Sea Council designated Andes Trading Co. on Monday for shipping copper to the rebels.\n\n\
         The council’s chairman said in a statement about the sanctions:\n\n\
         Pacific Fuel Ltd. remains under investigation in several countries.\n",
        "sea_council sanctions andes_trading_co; not sea_council sanctions pacific_fuel_ltd",
    );
}

#[test]
fn an_address_names_no_actor_and_its_places_are_no_subjects() {
    let text = "Andes Trading Co., located at Room 1807, Harbourfront Tower, 33 Kai Lok Road, Callao, Peru, supplied diesel to Pacific Fuel Ltd. in May.";
    let found = run(text);
    check_links(
        &found,
        text,
        "andes_trading_co supplies pacific_fuel_ltd; not callao supplies pacific_fuel_ltd; not peru supplies pacific_fuel_ltd",
    );
    let names: Vec<&str> = found.actors.iter().map(|a| a.actor.name.as_str()).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with("Tower") || n.ends_with("Road")),
        "{names:?}"
    );
}

#[test]
fn a_list_after_in_is_where_the_designated_are_and_a_firm_ends_at_its_form() {
    proposes(
        "The Sea Council designated five entities and three individuals in Peru, Chile and Ecuador for their roles in the trade.",
        "not sea_council sanctions peru; not sea_council sanctions chile; not sea_council sanctions ecuador",
    );
    let text = "Arcturus Ship Management FZE of Fujairah operates the tanker Blue Condor.";
    let found = run(text);
    new_actor(&found, "Arcturus Ship Management FZE");
    check_links(
        &found,
        text,
        "arcturus_ship_management_fze operates blue_condor",
    );
}

#[test]
fn the_navy_speaks_and_a_transfer_by_pumping() {
    let text = "The Peruvian Navy said on Tuesday that it had detained two tankers near Ilo after a transfer.\n\n\
                The Orsella Star was intercepted on Sunday alongside the tanker Kestrel Bay. \
                The navy said the Orsella Star had been pumping oil into the Kestrel Bay in open waters.";
    proposes(
        text,
        "orsella_star transfers_to kestrel_bay; peruvian_navy reports orsella_star",
    );
}

/// A notice in the form of the UK's financial sanctions notices: numbered entries under
/// headings, each a name and its fields.
const NUMBERED_NOTICE: &str = "FINANCIAL SANCTIONS NOTICE: PERU\n\n\
The Sea Council has today designated the following two individuals and two entities, and \
specified the following ship, under the Peru sanctions regime.\n\n\
Individuals\n\n\
1. Marco Antonio QUISPE-ROJAS. DOB: 02/11/1971. Nationality: Peru. Position: General Director \
of Condor Andino LLC.\n\n\
2. Lucia VARGAS. DOB: 19/06/1980. Nationality: Chile. Position: Beneficial owner of Puma \
Ledger Inc.\n\n\
Entities\n\n\
3. CONDOR ANDINO LLC. Address: 14 Avenida Grau, Tumbes, Peru. Other information: Ship manager \
of the vessels SEA LARK and PUMA STAR.\n\n\
4. PUMA LEDGER INC. Address: Torre Norte, Guayaquil, Ecuador. Other information: Registered \
owner of SEA LARK.\n\n\
Ships\n\n\
5. SEA LARK. IMO: 9081007. Flag: Chile. Type: crude oil tanker. Other information: Received \
cargo from PUMA STAR in two ship-to-ship transfers.\n";

#[test]
fn a_notice_s_numbered_entries_are_designations_with_fields() {
    let found = run(NUMBERED_NOTICE);
    let kind = |name: &str| new_actor(&found, name).kind;
    assert_eq!(kind("Marco Antonio QUISPE-ROJAS"), ActorKind::Person);
    assert_eq!(kind("Lucia VARGAS"), ActorKind::Person);
    assert_eq!(kind("SEA LARK"), ActorKind::Ship);
    let names = extraction::names(&found);
    for label in [
        "DOB",
        "Flag",
        "Type",
        "General Director of Condor Andino LLC",
    ] {
        assert!(!names.contains(&label), "{label} in {names:?}");
    }
    check_links(
        &found,
        NUMBERED_NOTICE,
        "sea_council sanctions marco_antonio_quispe_rojas; sea_council sanctions lucia_vargas; \
         sea_council sanctions condor_andino_llc; sea_council sanctions puma_ledger_inc; \
         sea_council sanctions sea_lark; \
         marco_antonio_quispe_rojas leads condor_andino_llc; lucia_vargas owns puma_ledger_inc; \
         condor_andino_llc operates sea_lark; condor_andino_llc operates puma_star; \
         condor_andino_llc located_in tumbes; condor_andino_llc located_in peru; \
         tumbes located_in peru; puma_ledger_inc located_in guayaquil; \
         puma_ledger_inc located_in ecuador; puma_ledger_inc owns sea_lark; \
         puma_star transfers_to sea_lark; \
         not peru leads condor_andino_llc; not chile owns puma_ledger_inc; \
         not sea_lark ships_to chile",
    );
}

/// A notice whose entries are bullets: a name, its address and its role.
const BULLETED_NOTICE: &str = "The Sea Council has today designated the following persons under \
the Peru sanctions regime.\n\n\
ENTITIES\n\n\
• Condor Andino Co., Ltd. Address: Avenida Grau, Tumbes, Peru. Role: logistics company that \
has delivered drones to Quillon Freight SpA.\n\n\
• Quillon Freight SpA. Address: Muelle Sur, Guayaquil, Ecuador. Role: has supplied engines \
to Andes Keel Ltd. for onward shipment to Chile.\n\n\
INDIVIDUALS\n\n\
• Tomas ARVELO. Nationality: Chilean. Position: Director of Quillon Freight SpA. Travel ban: \
yes.\n";

#[test]
fn a_notice_s_bulleted_entries_say_what_each_did() {
    let found = run(BULLETED_NOTICE);
    assert_eq!(new_actor(&found, "Tomas ARVELO").kind, ActorKind::Person);
    check_links(
        &found,
        BULLETED_NOTICE,
        "sea_council sanctions condor_andino_co_ltd; sea_council sanctions quillon_freight_spa; \
         sea_council sanctions tomas_arvelo; \
         condor_andino_co_ltd ships_to quillon_freight_spa; \
         quillon_freight_spa supplies andes_keel_ltd; tomas_arvelo leads quillon_freight_spa; \
         condor_andino_co_ltd located_in tumbes; quillon_freight_spa located_in ecuador; \
         not tomas_arvelo leads quillon_freight_spa_travel",
    );
}

#[test]
fn an_owner_is_read_past_an_apposition_that_names_places_and_past_a_flag() {
    let text = "Condor Andino LLC, a Marshall Islands-registered company with offices in Lima, \
                Peru, is the registered owner of the Panama-flagged crude tanker Sea Lark (IMO \
                9312456). Quillon Freight SpA, an operator based in Callao, is the manager of the \
                tanker Puma Star.";
    check_links(
        &run(text),
        text,
        "condor_andino_llc owns sea_lark; condor_andino_llc located_in lima; \
         quillon_freight_spa operates puma_star; not lima owns sea_lark; not peru owns sea_lark",
    );
}

#[test]
fn a_subject_is_read_past_an_apposition_that_ends_with_a_country_and_its_article() {
    proposes(
        "Quillon Freight SpA, a company based in the Philippines, shipped coal to Peru.",
        "quillon_freight_spa ships_to peru; not philippines ships_to peru",
    );
    proposes(
        "Condor Andino LLC, a Lima company, operates the tanker Sea Lark.",
        "condor_andino_llc operates sea_lark; not lima operates sea_lark",
    );
}

#[test]
fn where_a_vessel_calls_is_a_port_and_its_relative_clause_may_hold_an_adverb() {
    let text = "Officials named the Sea Lark (IMO 9312456), a Chile-flagged tanker that has \
                repeatedly docked at Puerto Salinas.";
    let found = run(text);
    check_links(&found, text, "sea_lark docks_at puerto_salinas");
    assert_eq!(new_actor(&found, "Puerto Salinas").kind, ActorKind::Port);
}

#[test]
fn a_passive_agent_s_apposition_a_light_verb_s_noun_and_a_flag_s_place_are_read_past() {
    proposes(
        "Records show the coal was sold by Andes Ore Corporation, a Peruvian entity, to Quillon \
         Freight SpA in May.",
        "andes_ore_corporation sells_to quillon_freight_spa",
    );
    proposes(
        "Quillon Freight SpA made payments to Condor Andino LLC in March.",
        "quillon_freight_spa pays condor_andino_llc",
    );
    proposes(
        "She began life as the tanker Sea Lark, flagged in Chile and owned by Condor Andino LLC.",
        "condor_andino_llc owns sea_lark; not chile owns sea_lark",
    );
}

#[test]
fn a_light_verb_s_noun_states_an_inquiry_or_trips_and_a_seat_is_a_place() {
    proposes(
        "The Sea Council opened an inquiry into Quillon Freight SpA on Monday.",
        "sea_council investigates quillon_freight_spa",
    );
    proposes(
        "The tanker Sea Lark has made at least four trips to the Chilean port of Arica.",
        "sea_lark sails_to arica; arica located_in chile",
    );
    let text = "Condor Andino LLC, a small distributor based in Fort Lee, New Jersey, that bought \
                engines from Chilean vendors, did not reply.";
    let found = run(text);
    check_links(
        &found,
        text,
        "condor_andino_llc located_in fort_lee; fort_lee located_in new_jersey; \
         not chile sells_to new_jersey",
    );
    assert_eq!(new_actor(&found, "Fort Lee").kind, ActorKind::Place);
    assert_eq!(new_actor(&found, "New Jersey").kind, ActorKind::Place);
}

#[test]
fn goods_passed_from_vessel_to_vessel_are_a_transfer() {
    let text = "In May, the tanker Puma Star received diesel from the tanker Sea Lark off Callao. \
                The tanker Sea Lark later sold fuel to Condor Andino LLC.";
    check_links(
        &run(text),
        text,
        "sea_lark transfers_to puma_star; not sea_lark supplies puma_star; \
         sea_lark sells_to condor_andino_llc",
    );
}

#[test]
fn a_designation_by_count_names_the_actors_of_its_kinds_named_after_it() {
    let text = "Today the Sea Council designated two companies and one vessel involved in moving \
                Peruvian fish oil, and banned two tankers from its ports.\n\n\
                Condor Andino LLC, a Lima company, is the registered owner of the tanker Sea Lark.\n\n\
                Quillon Freight SpA operates the vessel, a spokesman for Diego Paz said.\n\n\
                The tanker Puma Star also called at Callao.\n";
    check_links(
        &run(text),
        text,
        "sea_council sanctions condor_andino_llc; sea_council sanctions quillon_freight_spa; \
         not sea_council sanctions sea_lark; not sea_council sanctions puma_star",
    );
    let text = "Condor Andino LLC bought engines. Quillon Freight SpA shipped them to Puma \
                Ledger Ltd. in Chile.\n\n\
                The Sea Council is designating these three companies, as well as Diego Paz and \
                Luisa Mora, under its order 12.\n";
    check_links(
        &run(text),
        text,
        "sea_council sanctions condor_andino_llc; sea_council sanctions quillon_freight_spa; \
         sea_council sanctions puma_ledger_ltd; sea_council sanctions diego_paz; \
         sea_council sanctions luisa_mora",
    );
    // Four companies named where two are counted: the report does not say which.
    let text = "Today the Sea Council designated two companies.\n\n\
                Condor Andino LLC, Quillon Freight SpA, Puma Ledger Ltd. and Andes Keel Ltd. \
                traded fish oil.\n";
    check_links(
        &run(text),
        text,
        "not sea_council sanctions condor_andino_llc",
    );
}

#[test]
fn an_owner_does_not_designate_and_a_recommendation_designates_no_one() {
    let text = "Peru's Sea Council (SC) today designated the following:\n\
                - Condor Andino LLC, a Lima company.\n\n\
                The Panel of Experts recommends that the council consider designating Quillon \
                Freight SpA.\n";
    check_links(
        &run(text),
        text,
        "sea_council sanctions condor_andino_llc; not peru sanctions condor_andino_llc; \
         not panel sanctions quillon_freight_spa",
    );
}

#[test]
fn what_a_relative_clause_judges_a_name_to_be_is_apposed_to_it() {
    proposes(
        "Andes Oil Ltd. made payments to Condor Trading Limited, which the Panel of Experts \
         assesses to be a front company acting on behalf of Pacific Ore Trading Corporation.",
        "condor_trading_limited represents pacific_ore_trading_corporation; \
         not panel represents pacific_ore_trading_corporation",
    );
    proposes(
        "Lima Metals Ltd. bought ore from Puno Mining Co., which officials say acts on behalf of \
         Pacific Ore Trading Corporation.",
        "puno_mining_co represents pacific_ore_trading_corporation",
    );
    proposes(
        "Pampa Oil Ltd., which the Sea Council described as a subsidiary of Andes Oil Ltd., paid \
         the crew.",
        "pampa_oil_ltd subsidiary_of andes_oil_ltd; not sea_council subsidiary_of andes_oil_ltd",
    );
}

#[test]
fn a_crew_that_operates_under_a_bureau_is_part_of_it_and_an_inquiry_is_an_investigation() {
    let text = "Within weeks, the Sea Council had attributed the theft to Frost Harbor, a hacking \
                crew that Peruvian officials say operates under Chile's Reconnaissance Bureau.";
    let found = run(text);
    check_links(
        &found,
        text,
        "frost_harbor part_of reconnaissance_bureau; not chile part_of reconnaissance_bureau",
    );
    // The apposition says what the name is, whatever its last word suggests.
    assert_eq!(new_actor(&found, "Frost Harbor").kind, ActorKind::Group);
    proposes(
        "The Sea Council said it was \"looking into\" Pampa Mix Ltd.",
        "sea_council investigates pampa_mix_ltd",
    );
}

#[test]
fn a_speaker_after_what_is_said_may_name_the_body_spoken_for() {
    let text = "\"Andes Naft Ltd. and its facilitators tried to hide the money,\" said Assistant \
                Attorney General Renata Okafor-Ling of the Sea Council’s National Security \
                Division.";
    let found = run(text);
    check_links(
        &found,
        text,
        "renata_okafor_ling reports andes_naft_ltd; \
         not renata_okafor_ling reports national_security_division",
    );
    // What the body owns, named or not, is no more what is said than the body.
    proposes(
        "\"The vessel was stateless,\" said Captain Juan Ramos of the Sea Council’s Gulf of \
         Chile district.",
        "not juan_ramos reports chile",
    );
}

#[test]
fn designations_that_name_no_designator_are_by_the_last_one_named() {
    let text = "The Sea Council today imposed restrictive measures on four entities and two \
        individuals.\n\nAmong those listed are Andes Star Shipping Co., a Lima-based ship manager \
        that runs tankers for Pacific Ocean Trading Ltd., and Condor Maritime Ltd., which arranged \
        the sales.\n\nThe sanctions also target Quillay Energy FZE and its owner, Rosa Quispe.\n\n\
        Huarmey Trading Ltd. is being designated for having bought Peruvian copper.\n\n\
        Puna Freight Ltd. was listed as the manager of the tanker, and Inti Ltd. was sanctioned \
        by Ecuador.\n\nThe Panel urged the bloc to list Selva Marine Ltd. as well.";
    check_links(
        &run(text),
        text,
        "sea_council sanctions andes_star_shipping_co; sea_council sanctions condor_maritime_ltd; \
         not sea_council sanctions pacific_ocean_trading_ltd; not sea_council sanctions lima; \
         sea_council sanctions quillay_energy_fze; sea_council sanctions rosa_quispe; \
         sea_council sanctions huarmey_trading_ltd; not sea_council sanctions puna_freight_ltd; \
         not sea_council sanctions inti_ltd; ecuador sanctions inti_ltd; \
         not sea_council sanctions selva_marine_ltd; not panel sanctions selva_marine_ltd",
    );
    // With no designator named before, nothing is designated.
    let alone = "Among those listed are Andes Star Shipping Co. and Condor Maritime Ltd., the \
        newspaper said.";
    check_links(
        &run(alone),
        alone,
        "not sea_council sanctions andes_star_shipping_co",
    );
    assert!(
        !run(alone)
            .links
            .iter()
            .any(|l| l.record.relation == "sanctions"),
        "no designator, no designation"
    );
}

#[test]
fn an_agency_lists_whom_it_designates_but_a_record_lists_an_owner() {
    proposes(
        "The Sea Council listed Andes Star Shipping Co. on Monday.",
        "sea_council sanctions andes_star_shipping_co",
    );
    proposes(
        "The Sea Council lists Andes Star Shipping Co. as the registered owner of the tanker.",
        "not sea_council sanctions andes_star_shipping_co",
    );
}

#[test]
fn a_package_of_measures_its_listings_and_their_members() {
    let text = "The Sea Council today adopted a new package of economic and individual \
        restrictive measures against Peru.\n\nThe new listings include:\n\n- Andes Star \
        Shipping Co., a ship manager;\n- Condor Maritime Ltd., which sold Peruvian copper.\n\n\
        Restrictive measures now apply to Quillay Energy FZE, which runs the Ilo terminal, and \
        its general director, Rosa Quispe.\n\nThe measures also target eleven individuals, \
        among them Diego Paz, who manages the fleet.";
    check_links(
        &run(text),
        text,
        "sea_council sanctions peru; sea_council sanctions andes_star_shipping_co; \
         sea_council sanctions condor_maritime_ltd; sea_council sanctions quillay_energy_fze; \
         sea_council sanctions rosa_quispe; sea_council sanctions diego_paz",
    );
    proposes(
        "The Sea Council adopted a resolution on Peru.",
        "not sea_council sanctions peru",
    );
}

#[test]
fn owners_by_stake_leaders_by_running_inquiries_and_offices() {
    let text = "Brenholt Shipping Ltd. denies any link to the tankers. Brenholt's sole \
        shareholder is Quillay Holdings SA, records show. Records also show that Quillay \
        Holdings SA holds a majority stake in Orvik Marine. Orvik Marine is under investigation \
        by the Sea Council. Tallis Maritime, which is run by Omar Said, manages the tanker \
        Blue Marlin. The firm Vento Trading LLC is headed by Ana Petrova, and the tanker Blue \
        Marlin headed to Callao. Quillay Holdings SA's office in Istanbul handles payments.";
    check_links(
        &run(text),
        text,
        "quillay_holdings_sa owns brenholt_shipping_ltd; quillay_holdings_sa owns orvik_marine; \
         sea_council investigates orvik_marine; omar_said leads tallis_maritime; \
         not tallis_maritime operates omar_said; tallis_maritime operates blue_marlin; \
         ana_petrova leads vento_trading_llc; not ana_petrova sails_to vento_trading_llc; \
         blue_marlin sails_to callao; quillay_holdings_sa located_in istanbul",
    );
    let found = run(text);
    assert_eq!(new_actor(&found, "Orvik Marine").kind, ActorKind::Firm);
    assert_eq!(
        new_actor(&found, "Quillay Holdings SA").kind,
        ActorKind::Firm
    );
}

#[test]
fn what_a_copula_says_a_name_is_gives_its_kind() {
    let text = "Ana Petrova serves as the general director of Brenholt Shipping Ltd., and Omar \
        Said is a lawyer at Tallis Maritime.";
    let found = run(text);
    assert_eq!(new_actor(&found, "Ana Petrova").kind, ActorKind::Person);
    check_links(&found, text, "ana_petrova leads brenholt_shipping_ltd");
}

#[test]
fn a_spokesperson_works_for_a_body_and_represents_a_state_however_the_role_is_written() {
    let notice = "FINANCIAL SANCTIONS NOTICE: PERU\n\n\
        The Sea Council has today designated the following individual.\n\n\
        1. Ana Rosa QUISPE. DOB: 02/11/1971. Nationality: Peru. Position: Spokeswoman of \
        Condor Andino LLC.\n";
    check_links(
        &run(notice),
        notice,
        "ana_rosa_quispe works_for condor_andino_llc; \
         not ana_rosa_quispe represents condor_andino_llc",
    );
    proposes(
        "Condor Andino LLC, whose spokesman is Diego Paz, denied the report.",
        "diego_paz works_for condor_andino_llc; not diego_paz represents condor_andino_llc",
    );
}

#[test]
fn where_a_firm_is_from_a_place_before_its_noun_a_bracket_or_an_address() {
    let text = "Prosecutors said the payments went through Lima firm Quillay Trading Ltd., \
        Chilean shipping company Condor Freight LLC and a Peru-registered company, Andes Star \
        Shipping Co. They also named Orient Star Ltd. (Ecuador) and Puna Marine Services, which \
        has a registered address in Callao.";
    proposes(
        text,
        "quillay_trading_ltd located_in lima; condor_freight_llc located_in chile; \
         andes_star_shipping_co located_in peru; orient_star_ltd located_in ecuador; \
         puna_marine_services located_in callao",
    );
    let found = run(text);
    assert_eq!(
        new_actor(&found, "Puna Marine Services").kind,
        ActorKind::Firm
    );
}

#[test]
fn counsel_represents_the_client_and_an_age_makes_a_person() {
    let text = "Diego Ramos, 52, the owner of Condor Freight LLC, was arrested. Ramos's attorney, \
        Lucia Vega, said he would plead not guilty. Ana Soto, a lawyer for Condor Freight LLC, \
        declined to comment.";
    proposes(
        text,
        "diego_ramos owns condor_freight_llc; lucia_vega represents diego_ramos; \
         ana_soto represents condor_freight_llc",
    );
    assert_eq!(new_actor(&run(text), "Diego Ramos").kind, ActorKind::Person);
    let text = "Diego Ramos, 52, pleaded guilty in March. His lawyer, Lucia Vega, argued that \
        his client had been misled.";
    proposes(
        text,
        "lucia_vega represents diego_ramos; not lucia_vega reports diego_ramos",
    );
}

#[test]
fn an_aside_of_means_is_no_goal_but_a_way_through_is_transit() {
    proposes(
        "Prosecutors said Andes Star Shipping Co. remitted the funds, through its accounts at \
         Condor Bank, to Quillay Trading LLC, which paid agents.",
        "andes_star_shipping_co remits_to quillay_trading_llc; \
         not andes_star_shipping_co remits_to condor_bank",
    );
    proposes(
        "Prosecutors said Andes Star Shipping Co. shipped the parts, via Ecuador, to Quillay \
         Trading LLC last year.",
        "andes_star_shipping_co transits ecuador; andes_star_shipping_co ships_to quillay_trading_llc",
    );
}

#[test]
fn payments_from_one_to_another_are_paid() {
    proposes(
        "Later, Diego Paz arranged payments from Andes Star Shipping Co. to Quillay Trading \
         LLC, disguised as freight charges.",
        "andes_star_shipping_co pays quillay_trading_llc",
    );
}

#[test]
fn an_agency_that_reports_a_seizure_without_its_agent_seized() {
    proposes(
        "The tanker Sea Lark (IMO 9123457) was boarded on Wednesday near Callao, the Sea \
         Council said in a statement.",
        "sea_council seizes sea_lark; sea_council reports sea_lark",
    );
    proposes(
        "The tanker Sea Lark was seized by Chile in March, the Sea Council said.",
        "chile seizes sea_lark; not sea_council seizes sea_lark",
    );
}

#[test]
fn a_firm_with_offices_in_a_list_of_places_is_in_each() {
    proposes(
        "Prosecutors said Quillay Trading LLC, which has offices in Peru, Ecuador and Chile, \
         paid the crew.",
        "quillay_trading_llc located_in peru; quillay_trading_llc located_in ecuador; \
         quillay_trading_llc located_in chile",
    );
}

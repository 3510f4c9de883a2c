//! Links that the shape of a phrase states without a verb, on short texts written for the
//! purpose: places listed after a place noun or before "in", coasts and borders, names "of" a
//! place, places inside a name, front companies, subsidiaries, owners and operators, and roles.

mod extraction;

use extraction::{check_links, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

/// Two states, and places, a ship and persons that no cue in the texts would find.
fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        Actor::new("callao", "Callao", ActorKind::Port),
        Actor::new("paita", "Paita", ActorKind::Port),
        Actor::new("ilo", "Ilo", ActorKind::Port),
        Actor::new("tumbes", "Tumbes", ActorKind::Place),
        Actor::new("lima", "Lima", ActorKind::Place),
        Actor::new("sea_lark", "Sea Lark", ActorKind::Ship),
        Actor::new("diego_paz", "Diego Paz", ActorKind::Person),
        Actor::new("luisa_mora", "Luisa Mora", ActorKind::Person),
    ])
}

fn run(text: &str) -> Extraction {
    let options = Options {
        published: "2022-06".parse().ok(),
        ..Options::new("t", "Test")
    };
    extract(text, &gazetteer(), &options)
}

/// Runs `text` on the test gazetteer and checks `spec` ([`check_links`]).
fn proposes(text: &str, spec: &str) {
    check_links(&run(text), text, spec);
}

#[test]
fn places_listed_after_a_place_noun_are_in_its_state() {
    proposes(
        "Tourists may visit several Peruvian cities, including its capital Puno, Cusco, \
         Arequipa and Trujillo, by bus.",
        "puno located_in peru; cusco located_in peru; arequipa located_in peru; \
         trujillo located_in peru",
    );
    proposes(
        "Coal went to the Chilean ports of Antofagasta and Iquique before it reached Peru.",
        "antofagasta located_in chile; iquique located_in chile; not iquique located_in peru",
    );
    proposes(
        "Buses serve a number of Peru cities, such as Piura and Chiclayo.",
        "piura located_in peru; chiclayo located_in peru",
    );
}

#[test]
fn places_listed_before_in_are_all_there() {
    proposes(
        "The tanker Sea Lark called at Callao, Paita and Ilo in Peru last year.",
        "callao located_in peru; paita located_in peru; ilo located_in peru; \
         not sea_lark located_in peru",
    );
}

#[test]
fn coasts_borders_and_appositions_of_a_state() {
    proposes(
        "The ship anchored at Paita on Peru’s north coast.",
        "paita located_in peru",
    );
    proposes(
        "Smugglers gather in Tumbes near the Chilean border.",
        "tumbes borders chile; not tumbes located_in chile",
    );
    proposes(
        "Andes Freight Corp., Peru’s largest shipping firm, bought the tanker.",
        "andes_freight_corp located_in peru",
    );
}

#[test]
fn a_name_of_a_place_is_there() {
    proposes(
        "Condor Shipping Co., Ltd. of Chile chartered the tanker. \
         Trains run daily from Tacna City of Tacna Region.",
        "condor_shipping_co_ltd located_in chile; tacna_city located_in tacna_region",
    );
}

#[test]
fn a_call_told_in_a_relative_clause_of_the_port_is_the_vessel_s() {
    proposes(
        "Tracking data show the Sea Lark has made four trips to the Chilean port of Arica in the \
         past year, where it reportedly unloaded crude labeled as Peruvian.",
        "sea_lark unloads_at arica; arica located_in chile; not sea_lark unloads_at peru",
    );
}

#[test]
fn what_operates_in_a_place_is_there() {
    proposes(
        "Two employees of state-run Peruvian recruitment firms operating in Tumbes spoke to us. \
         Andes Oil Ltd., which operates in Chile, paid the crew.",
        "peruvian_recruitment_firms located_in tumbes; andes_oil_ltd located_in chile",
    );
}

#[test]
fn a_place_ending_a_name_after_in_is_where_it_is() {
    proposes(
        "“We counted 300 workers,” said Ana Ruiz, consul general at the Peruvian Consulate in \
         the northern Chilean city of Arica.",
        "peruvian_consulate_in_arica located_in arica; peruvian_consulate_in_arica part_of peru; \
         ana_ruiz leads peruvian_consulate_in_arica; arica located_in chile; \
         not arica located_in peru",
    );
}

#[test]
fn fronts_subsidiaries_owners_and_operators_in_apposition() {
    proposes(
        "Blue Fin Trading, a front company for Andean Mining Corp., bought the tanker. \
         Sea Star Logistics, a wholly owned subsidiary of Pacific Ocean Holdings, paid. \
         Coral Marine Ltd, a unit of Orion Energy Group, paid the crew.",
        "blue_fin_trading represents andean_mining_corp; \
         sea_star_logistics subsidiary_of pacific_ocean_holdings; \
         coral_marine_ltd subsidiary_of orion_energy_group",
    );
    proposes(
        "Delta Tankers, a Peru-owned company, sold the oil. \
         Lambda Ship Management, the operator of the tanker Sea Lark, denied it.",
        "peru owns delta_tankers; lambda_ship_management operates sea_lark",
    );
    proposes(
        "The tanker Sea Lark’s registered owner, Omega Holdings, denied it. \
         Condor Freight Corp., the parent company of Delta Tankers Ltd, paid.",
        "omega_holdings owns sea_lark; delta_tankers_ltd subsidiary_of condor_freight_corp",
    );
    // The holder after a copula or "as" ("records list the tanker's owner as X").
    proposes(
        "The tanker Sea Lark called at Callao. The vessel's registered owner is Omega Holdings, a \
         Lima company.",
        "omega_holdings owns sea_lark",
    );
    proposes(
        "The tanker Sea Lark called at Callao. Company records list the tanker's owner as Omega \
         Holdings, registered in Peru.",
        "omega_holdings owns sea_lark; omega_holdings located_in peru",
    );
    proposes(
        "Andes Crest Ltd. opened an office in Lima. The company's chief executive is Diego Paz.",
        "diego_paz leads andes_crest_ltd",
    );
}

#[test]
fn a_person_owns_but_manages_no_firm_by_apposition() {
    proposes(
        "Jorge Vidal, the owner of Andean Mining Corp., declined to comment. \
         Luisa Mora, a manager at Orion Energy Group, declined too.",
        "jorge_vidal owns andean_mining_corp; not jorge_vidal leads andean_mining_corp; \
         luisa_mora works_for orion_energy_group; not luisa_mora operates orion_energy_group",
    );
}

#[test]
fn a_vice_chair_is_a_member_and_no_head() {
    proposes(
        "Diego Paz, former vice chairman of the National Fisheries Commission, was arrested.",
        "diego_paz member_of national_fisheries_commission; \
         not diego_paz leads national_fisheries_commission",
    );
}

#[test]
fn the_owner_of_a_speaker_is_not_what_it_reports() {
    proposes(
        "Peru’s Defense Ministry said the tanker left at night.",
        "defense_ministry part_of peru; not defense_ministry reports peru",
    );
}

#[test]
fn a_role_in_a_place_and_an_office_of_an_organisation_place_them() {
    proposes(
        "Diego Paz, a senior research fellow in Chile, was cautious.",
        "diego_paz located_in chile",
    );
    proposes(
        "Chile imported less fuel, according to data from the Lima office of the state-run \
         Andean Trade Agency.",
        "andean_trade_agency located_in lima; andean_trade_agency reports chile; \
         not lima reports andean_trade_agency",
    );
}

#[test]
fn ways_from_one_place_to_another_and_linking_verbs_connect_them() {
    proposes(
        "A new ferry service from Callao to Paita opened in May.",
        "callao connects_to paita; not callao ships_to paita",
    );
    proposes(
        "The road linking the Peruvian city of Tumbes to Chile’s port of Ilo is closed.",
        "tumbes connects_to ilo; not tumbes connects_to chile",
    );
    proposes(
        "Large shipments of copper from Ilo to Callao were reported.",
        "ilo ships_to callao",
    );
    proposes(
        "Traders moved copper from Ilo and sold it to Callao.",
        "not ilo connects_to callao",
    );
}

#[test]
fn people_of_a_state_abroad_were_sent_there_by_it() {
    proposes(
        "Some 300 Peruvian workers in Chile sent money home. \
         There are 40 Chilean guest workers registered in Peru. \
         Chilean troops stationed in Tumbes left.",
        "peru sends_workers_to chile; chile sends_workers_to peru; \
         chile sends_troops_to tumbes; not peru located_in chile",
    );
}

#[test]
fn members_and_helpers_are_named_by_their_phrases() {
    proposes(
        "The Andean Council, of which Peru is a founding member, met in Lima. \
         Chile, a permanent member of the Andean Council, objected.",
        "peru member_of andean_council; chile member_of andean_council",
    );
    proposes(
        "Peru shipped copper to Callao with the help of Chile.",
        "chile helps peru; not chile helps callao",
    );
}

#[test]
fn what_is_said_is_about_its_first_state() {
    proposes(
        "“Dockers in Callao say Chilean crews unload at night,” said Diego Paz.",
        "diego_paz reports chile; not diego_paz reports callao",
    );
    proposes(
        "“Callao is busy,” said Diego Paz.",
        "diego_paz reports callao",
    );
}

#[test]
fn a_role_after_a_nationality_or_who_runs_a_firm_leads_it() {
    proposes(
        "The notice names Tomas Arvelo, a Chilean national, managing director of Quillon \
         Freight SpA, which is based in Lima.",
        "tomas_arvelo leads quillon_freight_spa; quillon_freight_spa located_in lima",
    );
    proposes(
        "The notice names Marta Quispe, a Peruvian national, who serves as nominee director \
         of Andes Keel Ltd., a company registered in Chile.",
        "marta_quispe leads andes_keel_ltd; andes_keel_ltd located_in chile",
    );
    proposes(
        "Prosecutors say Diego Paz, who runs Condor Remit Ltd., moved the money to Lima. \
         Puma Ledger Ltd. is managed by Luisa Mora, the records show.",
        "diego_paz leads condor_remit_ltd; luisa_mora leads puma_ledger_ltd; \
         not diego_paz operates condor_remit_ltd",
    );
    proposes(
        "Condor Shipping Ltd. runs the tanker Sea Lark for its owner.",
        "condor_shipping_ltd operates sea_lark",
    );
}

#[test]
fn a_role_named_with_a_possessive_has_its_holder() {
    proposes(
        "Condor Remit Ltd.’s chief executive, Ana Ruiz, said the transfers were legal.",
        "ana_ruiz leads condor_remit_ltd",
    );
    proposes(
        "Puma Ledger Ltd. moved funds for the network. Peru also sanctioned the company’s \
         president, Luis Mora Vidal, on Monday.",
        "luis_mora_vidal leads puma_ledger_ltd; peru sanctions luis_mora_vidal",
    );
    proposes(
        "Puma Ledger Ltd.’s tankers, Sea Lark and others, called at Callao.",
        "not sea_lark leads puma_ledger_ltd; not sea_lark works_for puma_ledger_ltd",
    );
}

#[test]
fn a_vessel_registered_to_a_firm_and_goods_sold_by_one_to_another() {
    proposes(
        "Condor Shipping Ltd., a Lima-based ship manager, operates the tanker Sea Lark.",
        "condor_shipping_ltd operates sea_lark; condor_shipping_ltd located_in lima; \
         not condor_shipping_ltd ships_to sea_lark",
    );
    proposes(
        "Records show the tanker Sea Lark is registered to Andes Keel Ltd., a Chilean company.",
        "andes_keel_ltd owns sea_lark; andes_keel_ltd located_in chile",
    );
    proposes(
        "The cargo was sold by Condor Remit Ltd. to Puma Ledger Ltd., a document shows.",
        "condor_remit_ltd sells_to puma_ledger_ltd; not puma_ledger_ltd sells_to condor_remit_ltd",
    );
}

#[test]
fn the_subject_of_a_relative_clause_acts_on_the_name_before_it() {
    proposes(
        "Andes Keel Ltd. owns the tanker Sea Lark, which Peru sanctioned in May.",
        "andes_keel_ltd owns sea_lark; peru sanctions sea_lark; not peru sanctions andes_keel_ltd",
    );
    proposes(
        "The oil was bought for Puma Ledger Ltd., a Chilean firm that Peru designated in 2021.",
        "peru sanctions puma_ledger_ltd; not peru sanctions chile",
    );
    proposes(
        "Andes Keel Ltd., which Diego Paz said shipped coal to Callao, denies it.",
        "not diego_paz sanctions andes_keel_ltd; not diego_paz owns andes_keel_ltd",
    );
}

#[test]
fn a_firm_in_a_city_written_with_its_country_is_in_both() {
    proposes(
        "Quillon Freight SpA, a shipping company with offices in Lima, Peru, chartered the tanker.",
        "quillon_freight_spa located_in lima; quillon_freight_spa located_in peru; \
         lima located_in peru",
    );
    proposes(
        "Records show that Puma Ledger Ltd. is based in Tumbes, Peru, and that it trades fish.",
        "puma_ledger_ltd located_in tumbes; puma_ledger_ltd located_in peru",
    );
}

#[test]
fn a_nationality_before_a_name_describes_the_person() {
    proposes(
        "Records show that Andes Keel Ltd. is managed by PRC national Zhou Weiming, the filing \
         says.",
        "zhou_weiming leads andes_keel_ltd; not china operates andes_keel_ltd; \
         not china leads andes_keel_ltd",
    );
}

#[test]
fn where_goods_change_hands_does_not_stop_where_they_go() {
    proposes(
        "The tanker Sea Lark transferred its cargo in the Gulf of Arica to the tanker Puma Star \
         on four occasions.",
        "sea_lark transfers_to puma_star",
    );
}

#[test]
fn subjects_listed_with_their_articles_share_the_verb() {
    proposes(
        "The Sea Lark and the Puma Star are owned by Andes Keel Ltd., a company registered in \
         Lima, and managed by Condor Shipping Ltd. of Tumbes, according to the authority.",
        "andes_keel_ltd owns sea_lark; andes_keel_ltd owns puma_star; \
         condor_shipping_ltd operates sea_lark; condor_shipping_ltd operates puma_star; \
         andes_keel_ltd located_in lima; condor_shipping_ltd located_in tumbes",
    );
    // An apposition's article opens no list of subjects.
    proposes(
        "According to registry information obtained by the Peru Maritime Authority, the Sea \
         Lark is owned by Andes Keel Ltd.",
        "andes_keel_ltd owns sea_lark; not andes_keel_ltd owns peru_maritime_authority",
    );
}

#[test]
fn a_helper_helps_the_subject_before_it() {
    proposes(
        "The money was later cashed out with the help of Puma Ledger Ltd., a Lima payment firm, \
         the police said.",
        "puma_ledger_ltd located_in lima; not puma_ledger_ltd helps lima",
    );
}

#[test]
fn an_age_a_terminal_a_port_and_a_ship_manager_of_a_place() {
    proposes(
        "Records show that Nikolaos Paz, 47, the managing director of Andes Keel Ltd., signed it.",
        "nikolaos_paz leads andes_keel_ltd",
    );
    proposes(
        "The tanker loaded fish oil at the Callao terminal in Peru and sailed, the filing says.",
        "callao located_in peru",
    );
    proposes(
        "The tanker Sea Lark dropped anchor off Ilo, a port in Peru, in February.",
        "ilo located_in peru",
    );
    proposes(
        "Records list the tanker's manager as Condor Ship Management of Tumbes, the filing says.",
        "condor_ship_management located_in tumbes",
    );
    proposes(
        "Images reviewed by Harbor Watch Analytics, a Lima-based consultancy, show the tanker.",
        "harbor_watch_analytics located_in lima",
    );
}

#[test]
fn an_apposition_says_where_a_firm_is() {
    proposes(
        "Funds moved through Condor Remit Ltd., a Lima-based payment platform, in May.",
        "condor_remit_ltd located_in lima",
    );
    proposes(
        "Funds moved through Condor Remit Ltd., a money-exchange house in Lima, in May. \
         Oil came from Puma Crude Ltd., a Chilean supplier, and from Inca Keel Ltd., a Peru \
         shell company.",
        "condor_remit_ltd located_in lima; puma_crude_ltd located_in chile; \
         inca_keel_ltd located_in peru",
    );
    proposes(
        "The buyer was Andes Keel Company (AKC), a Lima-based firm that acts for the navy.",
        "andes_keel_company located_in lima",
    );
    proposes(
        "Oil was sold to Puma Crude Ltd., a company in talks with Chile about a pipeline.",
        "not puma_crude_ltd located_in chile",
    );
}

#[test]
fn a_relation_needs_ends_of_kinds_that_can_hold_it() {
    proposes(
        "On Sept. 18, Peruvian agents seized the Sea Lark after it docked at Callao. \
         Chilean guards detained a tanker in the Gulf of Arica on Tuesday.",
        "peru seizes sea_lark; not peru docks_at callao; not chile seizes gulf_of_arica",
    );
}

#[test]
fn a_place_in_an_owner_s_region_and_a_part_after_an_acronym_s_bracket() {
    let text = "The tanker discharged at the Port of Salinas Bay in Peru’s Tumbes province. The \
                Office of Maritime Control (OMC), which is part of Peru Navy Command, said so.";
    let found = run(text);
    check_links(
        &found,
        text,
        "port_of_salinas_bay located_in tumbes; tumbes located_in peru; \
         office_of_maritime_control part_of peru_navy_command",
    );
    // A region named with its noun is known by its bare name too.
    let with_noun = "Coal went to Arica in Peru’s Tacna province in May.";
    let region = run(with_noun)
        .actors
        .into_iter()
        .find(|a| a.actor.name == "Tacna province")
        .expect("Tacna province");
    assert_eq!(region.actor.aliases, ["Tacna"]);
}

#[test]
fn a_person_apposed_to_a_place_based_role_is_there() {
    proposes(
        "The firm is controlled by Diego Paz, a Lima-based oil trader who runs it.",
        "diego_paz located_in lima",
    );
}

#[test]
fn a_terminal_of_a_state_is_its_port_and_a_vessel_discharges_before_or_after_loading() {
    proposes(
        "The tanker Sea Lark loaded at the Chilean terminal of Punta Verde in May before \
         discharging at the port of Ilo. The barge Rio Lobo waited at the Peruvian anchorage of \
         Isla Blanca.",
        "sea_lark loads_at punta_verde; punta_verde located_in chile; sea_lark unloads_at ilo; \
         isla_blanca located_in peru",
    );
}

#[test]
fn an_agent_acts_or_fronts_for_the_one_it_serves_past_its_owner_s_name() {
    proposes(
        "Andes Trading Company, a Lima-based firm that acts on behalf of Peru’s Ministry of \
         Mines, bought the parts. Pacific Crest Ltd. fronted for Condor Metals Corp. in the \
         deals. Sur Holdings Ltd., a front company acting on behalf of Condor Metals Corp., paid \
         the fees.",
        "andes_trading_company represents ministry_of_mines; \
         not andes_trading_company represents peru; \
         pacific_crest_ltd represents condor_metals_corp; \
         sur_holdings_ltd represents condor_metals_corp",
    );
}

#[test]
fn a_relative_clause_after_a_governed_name_is_the_name_s_and_its_goods_state_buys_nothing() {
    proposes(
        "The bank handled transfers for Sur Holdings Ltd., which sells Peruvian copper abroad \
         and is controlled by Peru’s Ministry of Mines, the records show. Chile banned Peruvian \
         coal exports in May.",
        "ministry_of_mines controls sur_holdings_ltd; not sur_holdings_ltd sells_to peru; \
         chile bans peru",
    );
}

#[test]
fn a_unit_of_an_owner_s_body_is_part_of_the_body_and_a_vessel_is_its_registered_owner_s() {
    proposes(
        "The FBI blamed a hacking crew known as Condor Harbor, a unit of Peru’s Intelligence \
         Directorate, on Monday. \
         Andes Crest Ltd. managed the Sea Lark, a Chile-flagged crude tanker (IMO 9321483) \
         registered to Pacific Keel Holdings Inc., a firm in Lima.",
        "condor_harbor part_of intelligence_directorate; \
         not condor_harbor subsidiary_of peru; not condor_harbor part_of peru; \
         pacific_keel_holdings_inc owns sea_lark",
    );
}

#[test]
fn an_agency_that_says_it_acted_is_the_one_that_acted() {
    let text = "Separately, the Peru Maritime Authority said it had seized the Sea Lark. The \
                National Bank of Chile, the country's banking regulator, said on Monday that it \
                had opened an inquiry into Pacific Keel Holdings Inc. Chile’s Ministry of \
                Transport said it had no record of the vessel and accused the Sea Wren, a \
                tanker, of using its flag.";
    let found = run(text);
    check_links(
        &found,
        text,
        "peru_maritime_authority seizes sea_lark; not peru seizes sea_lark; \
         national_bank_of_chile investigates pacific_keel_holdings_inc; \
         ministry_of_transport accuses sea_wren",
    );
    // A central bank is an agency; "the National" opening its name is no person's nationality.
    let bank = extraction::new_actor(&found, "National Bank of Chile");
    assert_eq!(bank.kind, ActorKind::Agency);
    assert!(!extraction::names(&found).contains(&"Separately"));
}

#[test]
fn ports_on_a_coast_or_before_in_and_firms_at_an_address_are_placed() {
    let text = "The Sea Lark docked at the port of Ilo, on Peru’s southern coast, in May. It had \
                loaded coal at Punta Verde port in Chile and unloaded at the Isla Blanca \
                anchorage in Peru. Andes Crest Ltd., located at Suite 4, 12 Jiron Union, Lima, \
                Chile, supplied the parts.";
    let found = run(text);
    check_links(
        &found,
        text,
        "ilo located_in peru; punta_verde located_in chile; isla_blanca_anchorage located_in peru; \
         andes_crest_ltd located_in chile",
    );
    proposes(
        "The tanker's registered owner, Andes Crest Ltd., which is listed at a Lima address, did \
         not respond.",
        "andes_crest_ltd located_in lima",
    );
    // An anchorage is named with its noun, and known by its bare name as well.
    let anchorage = extraction::new_actor(&found, "Isla Blanca anchorage");
    assert_eq!(anchorage.kind, ActorKind::Port);
    assert_eq!(anchorage.aliases, ["Isla Blanca"]);
}

#[test]
fn the_subject_opening_a_sentence_keeps_the_verb_after_and() {
    proposes(
        "Last month the Sea Lark went dark off Ilo and transferred her cargo to the Sea Wren, a \
         Chile-flagged tanker. Chile seized the Sea Kite and transferred its crew to Peru.",
        "sea_lark transfers_to sea_wren; not sea_kite transfers_to peru",
    );
}

#[test]
fn a_vessel_heading_for_a_port_sails_to_it_and_one_spotted_at_a_port_docks_there() {
    proposes(
        "The Sea Lark was boarded off Ilo in May. It had been heading for Chile, according to \
         its declared voyage plan. The Sea Lark was later photographed at the port of Paita.",
        "sea_lark sails_to chile; sea_lark docks_at paita",
    );
}

#[test]
fn a_state_named_before_a_port_noun_qualifies_the_port_and_it_calling_is_the_last_vessel() {
    proposes(
        "The Panel investigated the Sea Lark in May. According to imagery, the vessel loaded \
         coal at the Peru port of Ilo while its AIS was off. The Panel said the cargo was sold. \
         It subsequently unloaded its cargo at the port of Paita.",
        "sea_lark loads_at ilo; not sea_lark loads_at peru; sea_lark unloads_at paita",
    );
}

#[test]
fn a_speaker_after_a_place_s_comma_is_no_item_of_its_list() {
    proposes(
        "The Sea Lark was later seen near the Chilean port of Arica, Oceanwatch Analytics said.",
        "arica located_in chile; not oceanwatch_analytics located_in chile",
    );
}

#[test]
fn a_relative_clause_of_a_whole_list_is_each_member_s() {
    proposes(
        "Among the vessels removed were the tankers Sea Wren, Sea Kite and Sea Lark, all of which \
         had been designated in May by the Peru Maritime Authority.",
        "peru_maritime_authority sanctions sea_wren; peru_maritime_authority sanctions sea_kite; \
         peru_maritime_authority sanctions sea_lark",
    );
}

#[test]
fn a_vessel_loads_where_the_cargo_it_carries_was_loaded() {
    proposes(
        "The tanker Sea Lark, carrying about 90,000 tonnes of Chilean coal loaded at the port of \
         Callao, was detained.",
        "sea_lark loads_at callao; not sea_lark ships_to callao",
    );
    // A firm that buys the cargo did not load it.
    proposes(
        "Andes Crest Ltd. bought coal loaded at Callao.",
        "not andes_crest_ltd loads_at callao",
    );
}

#[test]
fn the_verb_of_an_object_s_relative_clause_has_no_object_after_it() {
    proposes(
        "Andes Crest Ltd., which Diego Paz owns, paid Orion Energy Group.",
        "diego_paz owns andes_crest_ltd; andes_crest_ltd pays orion_energy_group; \
         not diego_paz owns orion_energy_group",
    );
    proposes(
        "Prosecutors said Andes Crest Ltd., a front company that Diego Paz controlled, paid Orion \
         Energy Group.",
        "diego_paz controls andes_crest_ltd; not diego_paz controls orion_energy_group",
    );
}

#[test]
fn a_role_that_an_organisation_owns_apposed_to_a_person() {
    proposes(
        "Andes Crest Ltd. sold oil. Diego Paz, listed as Andes Crest Ltd.'s sole director, said \
         he was an employee. Officials met Luisa Mora, Peru's foreign minister, and Jorge Vidal, \
         Orion Energy Group's spokesman.",
        "diego_paz leads andes_crest_ltd; luisa_mora works_for peru; not luisa_mora leads peru; \
         jorge_vidal works_for orion_energy_group",
    );
}

#[test]
fn a_place_near_a_place_of_a_country_is_in_the_country_and_a_producer_is_a_firm() {
    proposes(
        "The tanker Sea Lark loaded at the Punta Roja terminal near Ilo, Peru, in January.",
        "sea_lark loads_at punta_roja; punta_roja located_in peru; not punta_roja located_in ilo",
    );
    proposes(
        "Orion Energy Group bought crude from Andes Crest, a Chilean oil producer.",
        "andes_crest located_in chile",
    );
}

#[test]
fn a_role_after_a_copula_and_a_second_goal_with_its_own_to() {
    proposes(
        "Diego Paz pleaded guilty in March. He was the owner and president of Andes Crest Ltd.",
        "diego_paz leads andes_crest_ltd",
    );
    proposes(
        "Luisa Mora is a senior analyst at Orion Energy Group.",
        "luisa_mora works_for orion_energy_group; not luisa_mora leads orion_energy_group",
    );
    proposes(
        "Andes Crest Ltd. shipped the goods to Orion Energy Group in Lima, Peru, and to Delta \
         Tankers Ltd. in Callao.",
        "andes_crest_ltd ships_to orion_energy_group; andes_crest_ltd ships_to delta_tankers_ltd; \
         not andes_crest_ltd ships_to lima",
    );
}

#[test]
fn a_vessel_loads_where_it_reloads_and_an_untitled_person_works_for_the_body_named_with_of() {
    proposes(
        "The tanker Sea Lark reportedly reloaded the copper at Callao before it sailed to Chile.",
        "sea_lark loads_at callao; not sea_lark transfers_to callao",
    );
    proposes(
        "Later, Diego Paz of the Andean Shipping Council said the Sea Lark was reloading fish \
         in Paita.",
        "diego_paz works_for andean_shipping_council; diego_paz reports sea_lark; \
         sea_lark loads_at paita; not andean_shipping_council reports sea_lark",
    );
}

#[test]
fn a_source_speaks_through_its_papers_and_as_first_reported() {
    proposes(
        "As first reported by Andes Maritime News, the Sea Lark switched off its transponder.",
        "andes_maritime_news reports sea_lark",
    );
    proposes(
        "A Harbor Watch Institute investigation found that the Sea Lark had called at Paita.",
        "harbor_watch_institute reports sea_lark",
    );
    proposes(
        "Satellite imagery analyzed by the Andean Research Center shows the Sea Lark at Ilo.",
        "andean_research_center reports sea_lark",
    );
}

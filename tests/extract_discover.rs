//! Discovery of new actors in maritime sanctions news, on short texts written for the purpose:
//! company legal forms, vessel names with hull numbers, IMO numbers and flags, plural place
//! nouns before their names.

mod extraction;

use extraction::{names, new_actor};
use linkchart::extract::{extract, gazetteer::Gazetteer, sentences, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

fn run(text: &str) -> Extraction {
    let options = Options {
        published: "2024-05".parse().ok(),
        ..Options::new("t", "Test")
    };
    extract(text, &Gazetteer::new(Vec::new()), &options)
}

/// The new actor of this name, which must be a ship.
fn ship<'a>(found: &'a Extraction, name: &str) -> &'a Actor {
    let actor = new_actor(found, name);
    assert_eq!(actor.kind, ActorKind::Ship, "{name}");
    actor
}

fn split(text: &str) -> Vec<&str> {
    sentences::split(text, 0..text.len())
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn legal_forms_do_not_end_sentences_inside_a_name() {
    let text = "Officials named Lotus Reef Shipping Pte. Ltd. and Amber Gate Sdn. Bhd. in May. \
        Tiger Bay Holdings Pty. Ltd. denied it. They also listed Harbor Crest Co. Ltd. \
        The firm was fined.";
    assert_eq!(
        split(text),
        [
            "Officials named Lotus Reef Shipping Pte. Ltd. and Amber Gate Sdn. Bhd. in May.",
            "Tiger Bay Holdings Pty. Ltd. denied it.",
            "They also listed Harbor Crest Co. Ltd.",
            "The firm was fined."
        ]
    );
    let text = "They paid Orient Star Ltd. (Hong Kong) in May. Orient Star Ltd. (OSL) denied it.";
    assert_eq!(
        split(text),
        [
            "They paid Orient Star Ltd. (Hong Kong) in May.",
            "Orient Star Ltd. (OSL) denied it."
        ]
    );
}

#[test]
fn legal_forms_are_part_of_a_firm_name() {
    let text = "Regulators fined Lotus Reef Shipping Pte. Ltd. and Marble Coast Trading Co., Ltd. \
        in March. They also named Norvik Petroleum GmbH, Castelo Azul S.A. and Vistula Freight B.V. \
        as buyers. PJSC Kalinovka and Ural Star JSC shipped the oil.";
    let found = run(text);
    for name in [
        "Lotus Reef Shipping Pte. Ltd.",
        "Marble Coast Trading Co., Ltd.",
        "Norvik Petroleum GmbH",
        "Castelo Azul S.A.",
        "Vistula Freight B.V.",
        "PJSC Kalinovka",
        "Ural Star JSC",
    ] {
        assert_eq!(new_actor(&found, name).kind, ActorKind::Firm, "{name}");
    }
}

#[test]
fn a_long_paragraph_of_many_names_is_prose_not_a_headline() {
    let page = "Tanker Seized Off Coast As Tensions Rise\n\
        Officials named Lotus Reef Shipping, Amber Gate Logistics, Tiger Bay Holdings, Harbor \
        Crest Trading, Marble Coast Energy and Norvik Petroleum among Buyers.\n";
    let kept: Vec<&str> = linkchart::extract::clean::content(page)
        .into_iter()
        .map(|r| &page[r])
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].starts_with("Officials named"));
}

#[test]
fn a_vessel_keeps_its_hull_number_after_a_vessel_cue_or_before_an_imo_number() {
    let text =
        "The oil tanker Sea Lark 7 met the cargo ship Ocean Pearl II near the coast in March. \
        Records list Jade Crane 12 (IMO 9123456) as idle. The MT Coral Dawn 3 later docked. \
        The vessel Amber Tide 20 nautical miles off the coast was not named.";
    let found = run(text);
    for name in [
        "Sea Lark 7",
        "Ocean Pearl II",
        "Jade Crane 12",
        "Coral Dawn 3",
        "Amber Tide",
    ] {
        ship(&found, name);
    }
    assert_eq!(
        new_actor(&found, "Jade Crane 12")
            .identifiers
            .imo
            .as_deref(),
        Some("9123456")
    );
    assert!(!names(&found).contains(&"Amber Tide 20"));
}

#[test]
fn imo_numbers_are_read_in_their_written_forms() {
    let text = "Inspectors boarded the tanker Fir Lantern (IMO: 9234567) and the freighter \
        Grey Osprey, IMO number 9345678, then the bulk carrier Tern Bay (IMO No. 9456789).";
    let found = run(text);
    for (name, imo) in [
        ("Fir Lantern", "9234567"),
        ("Grey Osprey", "9345678"),
        ("Tern Bay", "9456789"),
    ] {
        let imo_found = ship(&found, name).identifiers.imo.as_deref();
        assert_eq!(imo_found, Some(imo), "{name}");
    }
    assert!(!names(&found).iter().any(|n| n.starts_with("IMO")));
}

#[test]
fn flag_states_are_read_before_and_after_the_vessel() {
    let text = "The Togo-flagged Lark Meadow sailed with the Palau-flag tanker Dune Fox. \
        The M/V Golden Kite sailed under the flag of Comoros. \
        Investigators said MV Silver Wren, IMO 9345678, was flagged in Sierra Leone. \
        The ship Amber Gull flew the flag of the Cook Islands until May.";
    let found = run(text);
    for (name, flag) in [
        ("Lark Meadow", "TG"),
        ("Dune Fox", "PW"),
        ("Golden Kite", "KM"),
        ("Silver Wren", "SL"),
        ("Amber Gull", "CK"),
    ] {
        let flag_found = ship(&found, name).identifiers.flag.as_deref();
        assert_eq!(flag_found, Some(flag), "{name}");
    }
    assert!(!names(&found)
        .iter()
        .any(|n| n.contains("MV") || n.contains("V Golden")));
    // A flag flags the name right after its vessel noun, not one further on.
    let photo =
        run("A Togo-flagged ship is seen in this photo released by the Peruvian Navy Command.");
    let navy = new_actor(&photo, "Peruvian Navy Command");
    assert_ne!(navy.kind, ActorKind::Ship);
    assert_eq!(navy.identifiers.flag, None);
}

#[test]
fn a_demonym_before_plural_place_nouns_of_names_is_their_state() {
    let text = "Coal reached the Peruvian ports of Santa Brisa and Cala Verde in June. \
        Traders said Peruvian ports were busy.";
    let found = run(text);
    assert_eq!(new_actor(&found, "Peru").kind, ActorKind::State);
    for port in ["Santa Brisa", "Cala Verde"] {
        assert_eq!(new_actor(&found, port).kind, ActorKind::Port, "{port}");
        let in_peru = found.links.iter().any(|l| {
            l.record.relation == "located_in"
                && l.record.to == "peru"
                && new_actor(&found, port).id == l.record.from
        });
        assert!(in_peru, "{port} located_in peru");
    }
    // Without names after it, the plural noun still makes a collective.
    assert_eq!(new_actor(&found, "Peruvian ports").kind, ActorKind::Port);
}

/// The ids of the actors mentioned at each occurrence of `word` in `text`.
fn mentioned_as(found: &Extraction, text: &str, word: &str) -> Vec<String> {
    text.match_indices(word)
        .filter_map(|(at, _)| {
            found
                .actors
                .iter()
                .find(|a| a.mentions.iter().any(|m| m.start == at))
                .map(|a| a.actor.id.clone())
        })
        .collect()
}

#[test]
fn a_capital_standing_for_its_government_is_its_state() {
    let text = "Lima banned the freighter Andes Star after the talks between Santiago and Lima \
                collapsed.\n\nTourists from Lima stayed in Santiago for a week, and Lima’s \
                streets were calm.\n\nLima’s frustration with Santiago grew, and the Lima \
                government denied any smuggling.\n";
    let found = run(text);
    assert_eq!(
        mentioned_as(&found, text, "Lima"),
        ["peru", "peru", "lima", "lima", "peru", "peru"]
    );
    assert_eq!(
        mentioned_as(&found, text, "Santiago"),
        ["chile", "santiago", "chile"]
    );
    assert_eq!(new_actor(&found, "Lima").kind, ActorKind::Place);
    assert_eq!(new_actor(&found, "Peru").country.as_deref(), Some("PE"));
}

#[test]
fn a_known_city_standing_for_its_government_is_its_known_state() {
    let text = "Santiago signed an agreement with Peru on fishing, and ships sailed from Santiago.";
    let mut chile = Actor::new("chile", "Chile", ActorKind::State);
    chile.country = Some("CL".into());
    let gazetteer = Gazetteer::new(vec![
        chile,
        Actor::new("santiago", "Santiago", ActorKind::Place),
    ]);
    let found = extract(text, &gazetteer, &Options::new("t", "Test"));
    assert_eq!(
        mentioned_as(&found, text, "Santiago"),
        ["chile", "santiago"]
    );
    assert!(found.links.iter().any(|l| (
        l.record.from.as_str(),
        l.record.relation.as_str(),
        l.record.to.as_str()
    ) == ("chile", "agreement_with", "peru")));
}

#[test]
fn vessels_in_capitals_country_names_in_full_and_titled_persons() {
    let text = "The tanker ARDEN SKY (IMO 9237412) met the KUMHWA 8 off Nampo, and the OFAC notice named the SEA VALOR.\n\n\
                The Democratic People’s Republic of Korea (DPRK) sold coal to the Russian Federation in May.\n\n\
                \"Peru relies on a shadow fleet,\" said Treasury Deputy Assistant Secretary Paula Wrenfield.\n\n\
                \"They hid it,\" said Assistant Attorney General Renata Okafor-Ling of the Justice Department’s National Security Division.\n";
    let found = run(text);
    assert_eq!(ship(&found, "KUMHWA 8").kind, ActorKind::Ship);
    ship(&found, "SEA VALOR");
    assert!(names(&found)
        .iter()
        .all(|n| *n != "OFAC" || new_actor(&found, "OFAC").kind == ActorKind::Agency));
    let korea = new_actor(&found, "North Korea");
    assert!(
        korea
            .aliases
            .iter()
            .any(|a| a == "Democratic People’s Republic of Korea"),
        "{korea:?}"
    );
    assert_eq!(new_actor(&found, "Russia").country.as_deref(), Some("RU"));
    assert_eq!(new_actor(&found, "Paula Wrenfield").kind, ActorKind::Person);
    assert_eq!(
        new_actor(&found, "Renata Okafor-Ling").kind,
        ActorKind::Person
    );
    assert_eq!(
        new_actor(&found, "National Security Division").kind,
        ActorKind::Agency
    );
}

#[test]
fn a_person_s_name_ends_before_of_the_and_an_organisation_title_or_not() {
    let found = run(
        "The network was exposed last year.\n\n\"They hid it,\" said Renata \
         Okafor-Ling of the Justice Department. Officials of the Bank of the Andes met Juan \
         Ramos.\n",
    );
    for (name, kind) in [
        ("Renata Okafor-Ling", ActorKind::Person),
        ("Justice Department", ActorKind::Agency),
    ] {
        assert_eq!(new_actor(&found, name).kind, kind, "{name}");
    }
    // An organisation's own "of the" stays in its name.
    new_actor(&found, "Bank of the Andes");
}

#[test]
fn an_office_named_after_its_department_keeps_its_name() {
    let found = run(
        "The network was exposed last year. On Tuesday the Commerce Department’s \
        Office of Export Enforcement fined Quillon Freight SpA in Lima.",
    );
    for name in ["Office of Export Enforcement", "Commerce Department"] {
        assert_eq!(new_actor(&found, name).kind, ActorKind::Agency, "{name}");
    }
    assert!(
        !names(&found).contains(&"Export Enforcement"),
        "{:?}",
        names(&found)
    );
}

#[test]
fn common_acronyms_and_member_states_are_no_actors() {
    let found = run(
        "Quillon Freight SpA hired IT workers and switched off its AIS while a VLCC took \
         the LPG in an STS transfer. A Member State told the Panel that the tanker left.",
    );
    let names = names(&found);
    for common in ["IT", "AIS", "VLCC", "LPG", "STS", "Member State"] {
        assert!(!names.contains(&common), "{common} in {names:?}");
    }
    assert!(names.contains(&"Quillon Freight SpA"), "{names:?}");
}

#[test]
fn a_name_in_capitals_with_a_number_is_a_vessel_and_size_classes_are_no_names() {
    let found = run(
        "RUIXIANG 18 is owned by Lian Fortune Shipping Co., Ltd. Ionian Keel managed \
         CASSIOPEIA DAWN, a Liberia-flagged Suezmax tanker. Day-to-day, the vessels are \
         operated by Gandharva Marine Services Pvt Ltd.",
    );
    ship(&found, "RUIXIANG 18");
    let names = names(&found);
    for common in ["Suezmax", "Day-to-day", "RUIXIANG"] {
        assert!(!names.contains(&common), "{common} in {names:?}");
    }
}

#[test]
fn a_vessel_noun_before_a_trade_is_a_firm_apposition() {
    let found = run("Orkhon Star Marine Management, a ship manager, runs the fleet.");
    let actor = new_actor(&found, "Orkhon Star Marine Management");
    assert_eq!(actor.kind, ActorKind::Firm);
}

#[test]
fn a_firm_is_named_again_by_the_words_before_its_trade() {
    let found = run(
        "The tanker Sea Lark is registered to Mirador Shipholding Ltd. Mirador also owns the \
         tanker Puma Star. A spokesman for Gandharva said Gandharva Marine Services Pvt Ltd \
         complies with sanctions.",
    );
    let names = names(&found);
    for short in ["Mirador", "Gandharva"] {
        assert!(!names.contains(&short), "{short} in {names:?}");
    }
    let mirador = new_actor(&found, "Mirador Shipholding Ltd.");
    assert_eq!(mirador.aliases, ["Mirador"]);
    assert!(found.links.iter().any(|l| l.record.from == mirador.id
        && l.record.relation == "owns"
        && l.record.to == "puma_star"));
}

#[test]
fn names_that_cues_of_place_role_and_trade_type() {
    let found = run(
        "Istanbul-based Kordelya Makina Ticaret A.S. bought the parts. Svetlana Orekhova, a \
         former office manager at Hudson Lintek Supply LLC, pleaded guilty. Halvard Commercial \
         Bank handled the transfers from Phnom Penh. Halvard's chief executive denied it. The \
         Sirocco Pearl sailed on.",
    );
    let kind = |name: &str| new_actor(&found, name).kind;
    assert_eq!(kind("Istanbul"), ActorKind::Place);
    assert_eq!(kind("Kordelya Makina Ticaret A.S."), ActorKind::Firm);
    assert_eq!(kind("Svetlana Orekhova"), ActorKind::Person);
    assert_eq!(kind("Phnom Penh"), ActorKind::Place);
    assert_ne!(kind("Sirocco Pearl"), ActorKind::Person);
    assert_eq!(
        new_actor(&found, "Halvard Commercial Bank").aliases,
        ["Halvard"]
    );
}

#[test]
fn a_ministry_named_over_and_before_its_acronym_is_one_name() {
    let found = run(
        "The firm acts for Peru's Ministry of Defense and Armed Forces Logistics (MODAFL). \
         Lima Brightcore Electronics Co., Ltd. paid it, and Lima Brightcore denies it.",
    );
    let names = names(&found);
    assert!(
        names.contains(&"Ministry of Defense and Armed Forces Logistics"),
        "{names:?}"
    );
    assert!(!names.contains(&"Armed Forces Logistics"), "{names:?}");
    assert!(!names.contains(&"Lima Brightcore"), "{names:?}");
}

#[test]
fn a_saint_s_name_and_a_name_before_a_firm_s_noun_in_apposition_are_places() {
    let found = run(
        "The tanker loaded at the port of Punta Verde near St Andrews in May. Its insurance was \
         issued by Condor Marine Insurance, a Trujillo company, and was forged.",
    );
    assert_eq!(new_actor(&found, "St Andrews").kind, ActorKind::Place);
    assert_eq!(new_actor(&found, "Trujillo").kind, ActorKind::Place);
    assert!(extraction::has(
        &found,
        "condor_marine_insurance",
        "located_in",
        "trujillo"
    ));
}

#[test]
fn an_acronym_of_a_name_s_initials_is_its_alias() {
    let found = run(
        "The regulator said the Office of Maritime Controls sanctioned Andes Crest Ltd. on \
         Monday. OMC also designated Pacific Keel Holdings Inc., a firm in Lima.",
    );
    let office = new_actor(&found, "Office of Maritime Controls");
    assert_eq!(office.aliases, ["OMC"]);
    assert!(!names(&found).contains(&"OMC"), "{:?}", names(&found));
}

#[test]
fn a_country_ending_an_agency_s_name_is_its_state_and_a_flag_after_it_is_no_agency_s() {
    let found = run(
        "The firm was fined in May. The National Bank of Peru said it had rejected requests from \
         two tankers formerly flagged in Chile, the Sea Wren and the Sea Kite.",
    );
    let bank = new_actor(&found, "National Bank of Peru");
    assert_eq!(bank.kind, ActorKind::Agency);
    assert_eq!(bank.identifiers.flag, None);
    assert!(extraction::has(
        &found,
        "national_bank_of_peru",
        "part_of",
        "peru"
    ));
}

#[test]
fn a_name_before_state_is_a_region_and_a_port_in_an_owner_s_region_is_there() {
    let found = run(
        "The firm was fined in May. The crude tanker SEA LARK dropped anchor off Puerto Lobo, a \
         port in Peru's Tumbes state, in February.",
    );
    assert_eq!(new_actor(&found, "Tumbes").kind, ActorKind::Place);
    assert!(extraction::has(
        &found,
        "puerto_lobo",
        "located_in",
        "tumbes"
    ));
    assert!(extraction::has(&found, "tumbes", "located_in", "peru"));
}

#[test]
fn an_analytics_or_consulting_firm_and_its_short_name() {
    let found = run(
        "The firm was fined in May. Images reviewed by Brenna Maritime Analytics, a London-based \
         consultancy, show the tanker loading. \"It is textbook,\" said Ada Lund, an analyst at \
         Brenna. Corvo Ridge Consulting Ltd paid Ilo Marine Ltd. Corvo Ridge denied it.",
    );
    let brenna = new_actor(&found, "Brenna Maritime Analytics");
    assert_eq!(brenna.kind, ActorKind::Firm);
    assert!(
        brenna.aliases.iter().any(|a| a == "Brenna"),
        "{:?}",
        brenna.aliases
    );
    assert!(extraction::has(
        &found,
        "ada_lund",
        "works_for",
        "brenna_maritime_analytics"
    ));
    let corvo = new_actor(&found, "Corvo Ridge Consulting Ltd");
    assert!(
        corvo.aliases.iter().any(|a| a == "Corvo Ridge"),
        "{:?}",
        corvo.aliases
    );
    // A consultancy in apposition is a firm, whatever its name's last word.
    let found = run("The firm was fined in May. Vesna Ardent, a Lima consultancy, tracked it.");
    assert_eq!(new_actor(&found, "Vesna Ardent").kind, ActorKind::Firm);
}

#[test]
fn an_age_after_a_name_makes_a_person_and_a_state_between_titles_is_its_own() {
    let found = run(
        "The firm was fined in May. Prosecutors charged Lim Boon Keat, 41, with fraud. Tan Boon \
         Keat, 39, a Singaporean national, was also charged. Tan controlled Solent Bridge \
         Trading Pte. Ltd.",
    );
    assert_eq!(new_actor(&found, "Lim Boon Keat").kind, ActorKind::Person);
    assert_eq!(new_actor(&found, "Tan Boon Keat").kind, ActorKind::Person);
    assert!(extraction::has(
        &found,
        "tan_boon_keat",
        "controls",
        "solent_bridge_trading_pte_ltd"
    ));
    let found = run(
        "The firm was fined in May. \"He knew where it went,\" Assistant U.S. Attorney Dana \
         Whitcomb told the court.",
    );
    assert_eq!(new_actor(&found, "Dana Whitcomb").kind, ActorKind::Person);
    assert!(!extraction::has(
        &found,
        "dana_whitcomb",
        "reports",
        "united_states"
    ));
}

#[test]
fn a_role_that_a_name_owns_gives_the_apposed_name_its_kind() {
    let found = run(
        "The firm was fined in May. Ana Ruiz, Golden Reed's chief executive, declined to \
         comment. Officials later visited Puerto Lobo, Peru's main port.",
    );
    assert_eq!(new_actor(&found, "Ana Ruiz").kind, ActorKind::Person);
    assert_eq!(new_actor(&found, "Puerto Lobo").kind, ActorKind::Port);
}

#[test]
fn the_holder_of_a_titled_office_named_with_for_is_the_speaker() {
    let found = run(
        "The firm was fined in May. \"Peru keeps relying on intermediaries,\" said Under \
         Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson. \
         \"It matters,\" said Acting Special Envoy for Maritime Affairs and Trade Ana Ruiz.",
    );
    assert_eq!(new_actor(&found, "Brian E. Nelson").kind, ActorKind::Person);
    assert_eq!(new_actor(&found, "Ana Ruiz").kind, ActorKind::Person);
    assert!(extraction::has(&found, "brian_e_nelson", "reports", "peru"));
    // The office is no actor of its own.
    assert!(!extraction::names(&found)
        .iter()
        .any(|n| n.contains("Terrorism") || n.contains("Maritime")));
}

#[test]
fn an_abbreviated_title_or_the_body_spoken_for_makes_a_person() {
    let found = run(
        "Dr. Ana Ruiz of the Andean Maritime Institute said the tanker had left. Later, Prof. \
         Tom Bell visited the port. Rosa Quispe of the U.S. Treasury said the ship was seized.",
    );
    for name in ["Ana Ruiz", "Tom Bell", "Rosa Quispe"] {
        let actor = found
            .actors
            .iter()
            .find(|a| a.actor.name == name)
            .unwrap_or_else(|| panic!("no {name}: {:?}", names(&found)));
        assert_eq!(actor.actor.kind, ActorKind::Person, "{name}");
        assert!(actor.confidence >= 0.8, "{name}: {}", actor.cue);
    }
    assert!(
        !names(&found).iter().any(|n| n.starts_with("Dr")),
        "{:?}",
        names(&found)
    );
}

#[test]
fn a_vessel_noun_outweighs_a_place_ending_and_an_inverted_speaker_is_no_apposition() {
    let found = run(
        "The Coast Guard of Tarvania seized the tanker Aurora Bay on Monday after it switched \
         off its transponder near Porto Velm, the agency said in a statement. It is the third \
         foreign ship Peru has seized this year.",
    );
    assert_eq!(new_actor(&found, "Aurora Bay").kind, ActorKind::Ship);
    assert_ne!(new_actor(&found, "Porto Velm").kind, ActorKind::Agency);
    assert_eq!(new_actor(&found, "Peru").kind, ActorKind::State);
}

//! Discovery of new actors in maritime sanctions news, on short texts written for the purpose:
//! company legal forms, vessel names with hull numbers, IMO numbers and flags, plural place
//! nouns before their names.

use linkchart::extract::{extract, gazetteer::Gazetteer, sentences, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

fn run(text: &str) -> Extraction {
    let options = Options {
        published: "2024-05".parse().ok(),
        ..Options::new("t", "Test")
    };
    extract(text, &Gazetteer::new(Vec::new()), &options)
}

fn new_actor<'a>(found: &'a Extraction, name: &str) -> &'a Actor {
    &found
        .actors
        .iter()
        .find(|a| a.actor.name == name)
        .unwrap_or_else(|| panic!("no actor {name}: {:?}", names(found)))
        .actor
}

fn names(found: &Extraction) -> Vec<&str> {
    found.actors.iter().map(|a| a.actor.name.as_str()).collect()
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

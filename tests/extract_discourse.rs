//! Statements that run across sentences ("According to S:" and then what S says), clause
//! readings that keep a verb from the wrong subject (relative clauses, counted nouns, reporting
//! verbs), and ways through a place, on short texts written for the purpose.

mod extraction;

use extraction::{check_links, new_actor, state};
use linkchart::extract::{extract, gazetteer::Gazetteer, Extraction, Options};
use linkchart::model::{Actor, ActorKind};

/// Three states, a monitor, a paper, a council and a firm.
fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        state("peru", "Peru", "PE"),
        state("chile", "Chile", "CL"),
        state("ecuador", "Ecuador", "EC"),
        Actor::new("harbor_watch", "Harbor Watch", ActorKind::Group),
        Actor::new("daily_tide", "Daily Tide", ActorKind::Firm),
        Actor::new("sea_council", "Sea Council", ActorKind::Agency),
        Actor::new("oskel", "Oskel Shipping", ActorKind::Firm),
    ])
}

fn run(text: &str) -> Extraction {
    extract(text, &gazetteer(), &Options::new("t", "Test"))
}

fn proposes(text: &str, spec: &str) {
    check_links(&run(text), text, spec);
}

/// The evidence quote of the first `reports` link extracted from `text`.
fn report_quote(text: &str) -> String {
    let found = run(text);
    let report = found
        .links
        .iter()
        .find(|l| l.record.relation == "reports")
        .expect("a reports link");
    report.record.evidence[0].quote.clone()
}

#[test]
fn a_speaker_before_a_colon_reports_the_next_sentence() {
    let text = "According to Harbor Watch:\n\nPeruvian tankers delivered fuel to Oskel Shipping.";
    proposes(text, "harbor_watch reports peru");
    // The evidence is both sentences, as the report writes them.
    assert_eq!(report_quote(text), text);
    proposes(
        "The story was later published by the Daily Tide:\nOskel Shipping sold fuel in Chile.",
        "daily_tide reports chile",
    );
    proposes(
        "Harbor Watch, a monitoring group, said in a statement:\nOskel Shipping paid the crews of its tankers in cash.",
        "harbor_watch reports oskel",
    );
}

#[test]
fn a_colon_hands_over_only_to_the_sentence_right_after_it() {
    // No colon: the speaker's sentence is complete.
    proposes(
        "According to Harbor Watch, the trade grew.\nPeruvian tankers delivered fuel to the port last year.",
        "not harbor_watch reports peru",
    );
    // "that" opens the speaker's own statement in the same sentence.
    proposes(
        "Harbor Watch announced that the trade will grow:\nPeruvian tankers delivered fuel to the port last year.",
        "not harbor_watch reports peru",
    );
    // Boilerplate in between: the two sentences are no longer one quote of the report.
    proposes(
        "According to Harbor Watch:\nShare this article\nPeruvian tankers delivered fuel to the \
         port last year.",
        "not harbor_watch reports peru",
    );
    // A sentence in between breaks the chain.
    proposes(
        "According to Harbor Watch:\nThe trade grew. Peruvian tankers delivered fuel to the port last year.",
        "not harbor_watch reports peru",
    );
}

#[test]
fn a_name_in_a_relative_clause_does_not_take_the_main_verb() {
    proposes(
        "The Sea Council, of which Peru is a member, banned Chilean coal exports in May.",
        "sea_council bans chile; not peru bans chile",
    );
    proposes(
        "The Sea Council, whose chair Peru is, sanctioned Oskel Shipping.",
        "sea_council sanctions oskel; not peru sanctions oskel",
    );
}

#[test]
fn a_number_before_a_verb_form_makes_it_a_noun() {
    proposes(
        "Nine firms were listed, from Peru, Ecuador, and Chile, as well as 6 ships bearing \
         Chile's flag.",
        "not ecuador ships_to chile",
    );
    proposes(
        "Peru and several ships of Chile were listed.",
        "not peru ships_to chile",
    );
}

#[test]
fn a_reporting_verb_keeps_the_source_from_the_reported_verb() {
    proposes(
        "Data from Harbor Watch shows that fuel was delivered to Chile in March.",
        "not harbor_watch ships_to chile",
    );
}

#[test]
fn a_way_through_a_place_transits_it() {
    proposes(
        "Peruvian coal has moved through Chilean ports since the start of the year.",
        "peru transits chile; not peru ships_to chile",
    );
    proposes(
        "Oskel Shipping shipped the fuel via Chile to buyers in the north.",
        "oskel transits chile; not oskel ships_to chile",
    );
    // The ports of a state are in it: the way to them goes to the state as well.
    proposes(
        "Oskel Shipping sent its coal to Chilean ports in the spring of that year.",
        "oskel supplies chile",
    );
}

#[test]
fn a_name_after_a_preposition_is_no_active_subject() {
    proposes(
        "Peru used its contacts in Harbor Watch to defy the sanctions of the Sea Council.",
        "not harbor_watch violates sea_council",
    );
    // An owner's "of" still gives the subject: the government of Peru acts for Peru.
    proposes(
        "The government of Peru sanctioned Oskel Shipping in March of that year.",
        "peru sanctions oskel",
    );
}

#[test]
fn a_firm_backed_by_another_is_funded_by_it() {
    proposes(
        "Oskel Shipping, a freight firm backed by Harbor Watch, hired new crews last year.",
        "harbor_watch funds oskel; not harbor_watch aids oskel",
    );
    // A state backed by another is aided, not funded.
    proposes(
        "Peru was openly backed by Chile during the long dispute over the border.",
        "chile aids peru; not chile funds peru",
    );
}

#[test]
fn a_comma_ends_a_direct_object_before_a_new_clause() {
    proposes(
        "By closing the Sea Council office monitoring the trade, Peru has opened the border.",
        "not sea_council monitors peru",
    );
    // A participle after the comma still has its object: "…, targeting X".
    proposes(
        "On Friday the Sea Council imposed new sanctions, targeting Oskel Shipping and its crews.",
        "sea_council sanctions oskel",
    );
}

#[test]
fn a_place_owns_no_goods_in_a_passive() {
    proposes(
        "Peruvian coal was shipped to the ports of Callao and Arica before being reloaded and \
         taken to Chile.",
        // (The ports are the first leg's end, from which the onward leg ships: `routes`.)
        "not callao transfers_to chile; not arica transfers_to chile; arica ships_to chile",
    );
}

#[test]
fn a_measure_made_public_gives_its_own_relation() {
    proposes(
        "On Wednesday, Peru announced new sanctions against Oskel Shipping and its owners.",
        "peru sanctions oskel; not peru reports oskel",
    );
    proposes(
        "On Wednesday, Chile revealed a ban on Peruvian coal at all of its ports.",
        "chile bans peru; not chile reports peru",
    );
    // A verb of speech with no measure after it still reports.
    proposes(
        "On Wednesday, Peru announced that Oskel Shipping had paid its crews in cash.",
        "peru reports oskel",
    );
}

#[test]
fn a_short_sentence_that_says_who_spoke_takes_the_quote_before_it() {
    let text = "“Fuel from Peru is now used for cooking in many urban households.” Harbor Watch told the Daily Tide.";
    proposes(text, "harbor_watch reports peru");
    // Both sentences are the evidence, as written.
    assert_eq!(report_quote(text), text);
    // Not without a quote before, nor when the sentence says more than who spoke.
    proposes(
        "Fuel from Peru is now used for cooking in many urban households. Harbor Watch told the Daily Tide.",
        "not harbor_watch reports peru",
    );
    proposes(
        "“Fuel from Peru is now used for cooking in many households.” Harbor Watch said Chile paid for it.",
        "not harbor_watch reports peru",
    );
}

#[test]
fn an_organisation_speaks_through_its_staff_and_its_papers() {
    proposes(
        "A diplomat at the Sea Council said Chile paid for the coal.",
        "sea_council reports chile",
    );
    proposes(
        "“Chile paid for the coal,” said a senior Sea Council official on condition of anonymity.",
        "sea_council reports chile; not chile pays sea_council",
    );
    proposes(
        "“Chile paid for the coal,” said an official at the Sea Council in Lima.",
        "sea_council reports chile",
    );
    proposes(
        "A report from Harbor Watch has suggested that Chile sold the coal.",
        "harbor_watch reports chile",
    );
    proposes(
        "In December, reports out of Peru and Ecuador indicated that Chile had been selling fuel.",
        "peru reports chile; ecuador reports chile",
    );
    // A person named right before the staff noun is the one who speaks.
    proposes(
        "“Chile paid,” Ilse Morrow, a senior analyst at Harbor Watch, said.",
        "not harbor_watch reports chile",
    );
}

#[test]
fn a_speaker_closing_an_apposition_or_releasing_a_report_reports() {
    proposes(
        "The founder of Harbor Watch, Ilse Morrow, noted: \"Chile sold the coal to Peru.\"",
        "ilse_morrow reports chile; not ilse_morrow reports harbor_watch",
    );
    proposes(
        "Harbor Watch, a monitoring group backed by Oskel Shipping, released a report on Chilean shipping on Monday.",
        "harbor_watch reports chile",
    );
    // An inverted subject after the comma is the speaker, not the name before it.
    proposes(
        "The coal went to Peru, Ecuador, said officials.",
        "not ecuador reports peru",
    );
}

#[test]
fn a_news_outlet_is_found_and_the_outlet_told_reports() {
    let text = "Officials told Reuters that Chile sold the coal to Peru last year. \
                According to Yonhap, Chile also sold oil to Peru in 2019. \
                A panel reported to the Sea Council that Chile broke the ban.";
    let found = extract(text, &Gazetteer::new(vec![]), &Options::new("t", "Test"));
    for outlet in ["Reuters", "Yonhap"] {
        assert_eq!(new_actor(&found, outlet).kind, ActorKind::Firm);
    }
    check_links(
        &found,
        text,
        "reuters reports chile; yonhap reports chile; not sea_council reports chile",
    );
}

#[test]
fn a_speakers_workplace_after_the_quote_is_not_what_is_said() {
    proposes(
        "“It is dangerous to read too much into the fluctuations. That would be a false diagnosis of their relationship,” said Rosa Quispe, professor at Lima University.\n\n\
         “Since Peru and Chile understand each other, their relations will not be damaged,” Quispe said.",
        "rosa_quispe works_for lima_university; not rosa_quispe reports lima_university; rosa_quispe reports peru",
    );
    // An attribution that opens the sentence points past its comma.
    proposes(
        "According to the Harbor Watch, coal makes up the largest share of Peru’s exports.",
        "harbor_watch reports peru",
    );
}

#[test]
fn a_titled_speaker_after_the_comma_is_no_object_and_a_quote_is_no_headline() {
    proposes(
        "Peru sold the coal to Chile, said Assistant Secretary Rosa Quispe.",
        "peru sells_to chile; not peru sells_to rosa_quispe; rosa_quispe reports peru",
    );
    // A quotation in title case with its speaker is kept as content.
    proposes(
        "“They Hid It From Everyone,” said Assistant Attorney General Rosa Quispe of the Sea Council.",
        "rosa_quispe works_for sea_council",
    );
}

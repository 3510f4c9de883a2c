//! Links that the shape of a phrase states without a verb between the two actors:
//! - places: possessives and demonyms of place ("Russia’s Vostochny Port", "the Chinese city of
//!   Dandong", "the Russian ports of X and Y", "Chinese cities, including its capital X, Y and
//!   Z"), "X in Y" (and "X, Y and Z in W"; "X operating in Y"), "X of Y" ("Ocean Shipping Co.,
//!   Ltd. of China"),
//!   "X, Y Province", "Y-based X", "X on Y’s east coast", "X near the Y border" (`borders`), a
//!   place ending a name after "in" ("the Chinese Consulate in X"), "the X office of O" (O is
//!   in X), appositions ("X, a Chinese company"; "X, Y’s largest port"; "P, a research fellow in
//!   Y");
//! - control: "X, a front company for Y", "X is a proxy for Y", "X acted on behalf of Y",
//!   "X, which the Panel assesses to be a front company acting on behalf of Y" (`represents`), "X, a subsidiary of Y", "X, a unit of
//!   Y", "X, part of the larger Y" (`subsidiary_of`), "X, the parent company of Y", "X, the
//!   operator of Y", "Y’s registered owner, X" (`owns`, `operates`), "Y-owned X" and "X, a
//!   Y-owned company" (`owns`, also `controls` and `operates` for "-controlled", "-run",
//!   "-operated");
//! - roles: "P, a researcher at O"; "the founder of O, P"; "Chinese leader P"; "consul general at
//!   O" heads it, "vice chairman of O" is a member;
//! - attribution ("according to S", "S said", "according to the X office of S", "“…,” said
//!   P of the O’s division"; not a place that only qualifies the name after it, as in "the
//!   Panama-flagged tanker X", nor the body P speaks for and what it owns);
//! - movement from one actor to another ("shipments of coal from X to Y", "X’s exports to Y",
//!   "X was involved in the export of coal to Y", "Y’s imports of coal from X") and ways between
//!   places ("a ferry service from X to Y", "the road linking X to Y’s port of Z":
//!   `connects_to`);
//! - people abroad: "North Korean workers in X", "guest workers registered in X", "troops
//!   stationed in X", "Chilean group tourists can visit X, Y and Z", "Chilean tourism to X":
//!   the state of the demonym `sends_workers_to` (`sends_tourists_to`, `sends_troops_to`) X;
//!   "will open X to Chilean tourists"; "O offers tours to X and the city of Y" (O
//!   `sends_tourists_to` them);
//! - partners and allies ("X’s biggest trading partner, Y"; "Y is X’s closest ally"; "X’s ally
//!   Y"; "X, a close ally of Y"; "X and Z have been close allies to Y"; "X is allied with Y");
//! - relatives: "X, the uncle of Y", "Y’s nephew X", "the once-powerful uncle of Y, X"
//!   (`linked_to`, between persons);
//! - parts: "X, part of the larger Y", "X is part of Y", "X, in the northern part of Y": a place
//!   is `located_in` the larger one, a firm or group `subsidiary_of` another, an agency `part_of`
//!   a state or agency;
//! - sanctions named by nouns: "in breach of (violation of, to defy, evading, circumventing) X
//!   sanctions" (the clause's subject `violates` X), "X sanctions on Y", "Y, a country bound by
//!   X sanctions", "Y is under X sanctions", "X-sanctioned Y", "Y, an X-sanctioned firm" (X
//!   `sanctions` Y);
//! - listings: "X added Y and Z to the Entity List", "X placed Y on its blacklist", "Y was
//!   added to X’s Entity List", "Y was listed by X" (X `sanctions` Y and Z);
//! - port calls: "the tanker X called at the Russian port of Y" (X `docks_at` Y);
//! - reasons: "X was seized by Z for transferring oil to Y", "Z designated X for shipping coal
//!   to Y" (X moves the goods to Y);
//! - backing: "X, a firm backed (funded, financed) by Y and Z", "Y-backed X" (Y `funds` X);
//! - transfers named by nouns: "X exported coal through ship-to-ship transfers with Y", "X
//!   supplied fuel to Y via ship-to-ship transfers", "the vessels X and Y conducted a
//!   ship-to-ship transfer" (X `transfers_to` Y).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::links::{Proposal, Spot, ATTRIBUTING_VERBS, SPEECH_VERBS, VERBS};
use crate::model::{ActorKind, Grade};

/// Nouns of places that name a place after "of" ("the port of X", "Russia’s border city of X").
pub(super) const PLACE_NOUNS: &str = r"(?:city|cities|port|ports|town|towns|village|province|region|county|district|island|capital|harbou?r|terminals?|anchorage|area|prefecture|state)";

/// Nouns that say what an organisation does, as the head of an apposition ("X, a Dubai-based
/// trader", "X, a money-exchange house in Dubai", "X, an Iranian supplier").
const ORGANISATION_NOUNS: &str = r"(?:company|firm|bank|lender|agency|group|organi[sz]ation|exchange|charity|supplier|producer|maker|manufacturer|trader|importer|exporter|distributor|shipper|business|house|platform|entity|operator|broker|insurer|refinery|refiner|manager|consultancy|conglomerate|carrier|contractor|provider|dealer|wholesaler|enterprise|corporation|outfit|institution)";

/// Role nouns of people: those that head what follows "of" (`leads`), the others (`works_for`).
const HEAD_ROLES: &[&str] = &[
    "leader",
    "president",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "head",
    "founder",
    "co-founder",
    "secretary",
    "minister",
    "premier",
    "governor",
    "mayor",
    "ceo",
    "commander",
    "administrator",
    "consul",
    "king",
];
const STAFF_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researcher",
    "analyst",
    "professor",
    "official",
    "officer",
    "fellow",
    "associate",
    "employee",
    "adviser",
    "advisor",
    "diplomat",
    "expert",
    "economist",
    "executive",
    "staffer",
    "agent",
    "lawyer",
    "engineer",
    "manager",
    "editor",
    "reporter",
    "correspondent",
    "scholar",
    "lecturer",
    "member",
];

/// Participles after a hyphen that say how a name holds what they describe ("Lima-based X",
/// "Peru-owned X"), with the relation each gives: `located_in` runs from what is described to the
/// place, the others from the holder to what is described.
const PARTICIPLES: &[(&str, &str)] = &[
    ("based", "located_in"),
    ("registered", "located_in"),
    ("headquartered", "located_in"),
    ("owned", "owns"),
    ("controlled", "controls"),
    ("run", "controls"),
    ("operated", "operates"),
    ("sanctioned", "sanctions"),
    ("backed", "funds"),
    ("funded", "funds"),
    ("financed", "funds"),
    ("bankrolled", "funds"),
];

/// Nouns of control in an apposition ("X, a front company for Y", "Y’s registered owner, X"),
/// with the relation each gives and whether it runs from the noun's holder X to Y (a parent
/// runs the other way: Y is its subsidiary).
const CONTROL_NOUNS: &[(&str, &str, bool)] = &[
    ("front", "represents", true),
    ("shell", "represents", true),
    ("representative", "represents", true),
    ("proxy", "represents", true),
    ("agent", "represents", true),
    ("subsidiary", "subsidiary_of", true),
    ("unit", "subsidiary_of", true),
    ("division", "subsidiary_of", true),
    ("part", "subsidiary_of", true),
    ("parent", "subsidiary_of", false),
    ("owner", "owns", true),
    ("shareholder", "owns", true),
    ("operator", "operates", true),
    ("manager", "operates", true),
];

/// The relation a noun of [`MOVEMENT_NOUNS`] gives ("exports": `exports_to`).
fn movement_noun(word: &str) -> Option<&'static str> {
    MOVEMENT_NOUNS
        .iter()
        .find(|(noun, _)| *noun == word)
        .map(|(_, relation)| *relation)
}

/// The verbs that attribute what a sentence says to its speaker (the verbs of speech and the
/// attributing ones), as a regex group.
static SAYS: LazyLock<String> = LazyLock::new(|| {
    let verbs = alternation(SPEECH_VERBS.iter().chain(ATTRIBUTING_VERBS).copied());
    format!("(?:{verbs})")
});

/// Nouns of movement before "from X to Y", with the relation each gives.
const MOVEMENT_NOUNS: &[(&str, &str)] = &[
    ("exports", "exports_to"),
    ("export", "exports_to"),
    ("imports", "exports_to"),
    ("import", "exports_to"),
    ("shipments", "ships_to"),
    ("shipment", "ships_to"),
    ("deliveries", "ships_to"),
    ("delivery", "ships_to"),
    ("cargo", "ships_to"),
    ("cargoes", "ships_to"),
    ("transfers", "transfers_to"),
    ("transfer", "transfers_to"),
    ("smuggling", "smuggles_to"),
    ("supplies", "supplies"),
    ("supply", "supplies"),
    ("sales", "sells_to"),
    ("sale", "sells_to"),
    ("remittances", "remits_to"),
    ("payments", "pays"),
    ("payment", "pays"),
    ("trade", "trades_with"),
];

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// The first words of a table's rows as a regex alternation ("based|registered|…").
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.collect::<Vec<_>>().join("|")
}

/// Between a state or place and a place: "’s", "’s border city of", " city of" (after a demonym),
/// " cities, including its capital ", " ports such as " (before a list).
static PLACE_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<poss>(?:’s|'s))?\s+(?:(?P<modifiers>(?:[a-z-]+\s+){{0,3}}?){PLACE_NOUNS}(?:\s+of\s+(?:the\s+)?|,?\s+(?:including|such\s+as)\s+(?:(?:its|the)\s+capital(?:\s+city)?,?\s+)?))?$"
    ))
});
/// Between an area and a place of it with a word or two that describe the place: "’s gleaming
/// ", "’s main oil ".
static DESCRIBED_PLACE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:’s|'s)\s+(?:[a-z-]+\s+){1,2}$"));
/// The rest of a collective's name after the state that opens it: " ports", " border cities".
static PLACE_NOUN_REST: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"^\s+(?:[a-z-]+\s+){{0,2}}{PLACE_NOUNS}$")));
/// Between an actor and a place it is in: " in ", ", based in the ", " is located in ", ", a
/// company registered in ", ", a company with offices in ", ", a port in ", " terminal in ",
/// " port in ", ", which is incorporated in ", " operating in ", ", which operates in ", " of "
/// ("Tacna City of Tacna Region", "Alpha Shipping Ltd. of Peru").
static IN: LazyLock<Regex> = LazyLock::new(|| {
    let participle = "(?:located|based|headquartered|registered|incorporated|domiciled|stationed)";
    regex(&format!(
        r"^(?:,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?|(?:which|that|who)\s+(?:is|are|was|were)\s+|(?:both|all|each)\s+){participle}\s+in|,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{ORGANISATION_NOUNS}\s+(?:with\s+(?:its\s+)?(?:offices?|headquarters|a\s+head\s+office|branch(?:es)?)\s+)?in|,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:port|city|town|village|island|terminal)\s+in|\s+(?:oil\s+)?(?:terminal|refinery|port|harbou?r|anchorage)\s+in|,?\s+(?:(?:is|are|was|were)\s+)?(?:{participle}\s+)?in|,?\s+(?:(?:which|that|who)\s+)?(?:operates|operate|operated|operating|is\s+active|are\s+active|active)\s+in|\s+(?P<of>of))\s+(?:the\s+)?$",
    ))
});
/// The part of a name before the place that ends it, when the name says it is there: "Peruvian
/// Consulate in ", "Chilean Embassy in the northern city of ".
static IN_NAME: LazyLock<Regex> = LazyLock::new(|| regex(r"\sin\s+(?:the\s+)?[^,;]*$"));
/// Between a place and a coast or border: " on " (before "Peru’s east coast"), ", on " (an
/// aside), " near the " (before "Chilean border").
static AT_EDGE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,?\s+(?P<preposition>on|along|near)\s+(?:the\s+)?$"));
/// After the state of a coast or border: "’s east coast", " border".
static EDGE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:’s|'s)?\s+(?:[a-z-]+\s+){0,2}?(?P<edge>coast|coastline|shore|border|frontier)\b")
});
/// An apposition or copula before a demonym or a place: ", a ", " is a leading ", "), a " (after
/// a short form in brackets).
static IS_A: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\)?(?:,\s+|\s+(?:is|was|are|were)\s+)(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$")
});
/// After the demonym, place or owner of an apposition: " border city", "-based shipping company",
/// "’s largest port", "-owned firm".
static KIND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let participles = alternation(PARTICIPLES.iter().map(|p| p.0));
    regex(&format!(
        r"^(?:’s|'s)?(?:-(?P<participle>{participles}))?\s+(?:[a-z-]+\s+){{0,3}}?(?:{PLACE_NOUNS}|{ORGANISATION_NOUNS})\b"
    ))
});
/// Before the place of a holder whose name is apposed after the place: "a front company in ",
/// "an agent based in the ".
static HOLDER_IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|bank|front|shell|subsidiary|agent|broker|trader|businessman|businesswoman|national|intermediary|supplier|buyer)\s+(?:(?:based|registered|incorporated|located)\s+)?in\s+(?:the\s+)?$",
    )
});

/// Between a place and the larger place it is in: ", " (checked for lists separately).
static COMMA: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+$"));
/// An apposition that opens the text after a name: ", a DPRK national, ".
static APPOSITION_LEAD: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,\s+(?:a|an)\s+[^,;:()]{1,40},\s"));
/// The opening of an apposition that may hold names: ", a company with offices in ".
static APPOSITION_OPEN: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+(?:a|an)\s+[a-zA-Z]"));
/// Between a place or owner and what is based there or owned: "-based ", "-registered shipping ",
/// "-owned ", "-registered company, ".
static BASED: LazyLock<Regex> = LazyLock::new(|| {
    let participles = alternation(PARTICIPLES.iter().map(|p| p.0));
    regex(&format!(
        r"^-(?P<participle>{participles})\s+(?:[a-z-]+\s+){{0,3}}(?:[a-z-]+,\s+)?$"
    ))
});
/// Between a place and the organisation whose kind it qualifies: " firm ", " shipping company "
/// ("Hong Kong firm X", "Chinese trading company X").
static PLACE_FIRM: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^\s+(?:[a-z-]+\s+){{0,2}}?{ORGANISATION_NOUNS}\s+$"
    ))
});
/// Between a holder and what it controls, in apposition or after a copula: ", a front company
/// for ", ", a wholly owned subsidiary of ", ", part of the larger ", " is the registered owner
/// of the bulk carrier ", " is the registered owner of the Panama-flagged crude tanker ", ", which
/// acts as a proxy for ".
static CONTROL_OF: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(CONTROL_NOUNS.iter().map(|c| c.0));
    regex(&format!(
        r"^(?:(?:,\s+(?:(?:an?\s+[^,;()]{{1,40}}?\s+)?(?:which|who)\s+)?|\s+)(?:acts?|acted|acting|serves?|served|serving|works?|worked|working)\s+as\s+|,\s+(?:(?:which|who)\s+)?|\s+(?:is|was|are|were|has\s+been|had\s+been|remains)\s+)(?:(?:a|an|the|its)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{nouns})(?:\s+(?:company|firm|entity|organi[sz]ation))?\s+(?:of|for)\s+(?:the\s+)?(?:{FLAGGED}\s+)?(?:[a-z-]+\s+){{0,2}}$"
    ))
});
/// A flag state made an adjective before a vessel's kind: "Panama-flagged", "Sierra
/// Leone-registered".
const FLAGGED: &str = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:flagged|registered)";
/// Between a vessel and its registered owner: " is registered to ", ", which was registered to
/// ", ", registered to the ", ", a Liberia-flagged tanker (IMO 9932878) registered to ".
static REGISTERED_TO: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,?\s+(?:(?:a|an)\s+[^,;()]{1,60}?(?:\s+\(IMO\s+\d{7}\))?\s+)?(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|remains)\s+)?(?:[a-z]+ly\s+)?registered\s+to\s+(?:the\s+)?$",
    )
});
/// Between a unit and the body it belongs to: ", a hacking crew that operates under ", " works
/// within the ".
static OPERATES_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,?\s+(?:an?\s+[^,;()]{1,40}?\s+)?(?:(?:which|that|who)\s+)?(?:operates?|operated|operating|works?|worked|working)\s+(?:under|within)\s+(?:the\s+)?$",
    )
});
/// Between who inquires and what: " said it was looking into ", " is looking into the ", ' said
/// it was "looking into" '.
static LOOKING_INTO: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^\s+(?:(?:said|says)\s+(?:that\s+)?it\s+)?(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?["“]?(?:looking|looked|look|looks)\s+into["”]?\s+(?:the\s+)?$"#,
    )
});
/// Between a holder and what it holds a share of: " holds a majority stake in ", ", which owns
/// a 60 percent share in the ", " acquired a controlling interest in ".
static STAKE_IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+(?:which|who)\s+|\s+)(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?:holds?|held|owns?|owned|has|had|acquired|bought|took)\s+(?:a|an|the)\s+(?:[\w%-]+\s+){0,3}?(?:stake|share|shareholding|interest)\s+in\s+(?:the\s+)?$",
    )
});
/// Pronouns that open a sentence as the owner of a role, standing for an actor named before
/// ("Its chairman, P", "Her registered owner is X", "His lawyer, P").
const OWNER_PRONOUNS: &[&str] = &["Its", "Her", "His"];
/// A counsel's role: "attorney", "defense lawyer", "counsel".
pub(super) static COUNSEL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:[a-z-]+\s+)?(?:lawyer|attorney|counsel|solicitor)s?$"));
/// Between counsel and client: ", a lawyer for ", ", an attorney representing the ", ", who
/// represents ".
static COUNSEL_FOR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:lawyer|attorney|counsel|solicitor)\s+(?:for|representing)|(?:who|which)\s+(?:represents|represented))\s+(?:the\s+)?$",
    )
});
/// Between what is inquired into and who inquires: " is under investigation by the ", ", which
/// has been under scrutiny by ", ", the subject of a criminal probe by ".
static UNDER_INQUIRY_BY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+(?:(?:which|who)\s+)?|\s+)(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained)\s+)?(?:(?:also|now|currently|already)\s+)?(?:under|the\s+(?:subject|target)\s+of)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:investigation|inquiry|probe|scrutiny)\s+by\s+(?:the\s+)?$",
    )
});
/// Between an agent and the one it acts for: " acted on behalf of ", ", which acts on behalf of
/// the ", ", a Tehran-based firm that acts on behalf of ", ", a front company acting on behalf
/// of ", " fronted for ".
static ON_BEHALF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+(?:an?\s+[^,;()]{1,40}?\s+)?(?:(?:which|who|that)\s+)?|\s+(?:(?:which|who|that)\s+)?)(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?:(?:acts?|acted|acting|works?|worked|working|operates?|operated|operating|buys?|bought|buying)\s+(?:[a-z-]+\s+){0,3}?on\s+behalf\s+of|(?:fronts?|fronted|fronting)\s+for)\s+(?:the\s+)?$",
    )
});
/// Before the holder's noun after a name, perhaps after a date: " and its", ", together with
/// her", " in November 2022, along with their".
const WITH_ITS: &str = r"(?:\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,4})?)?,?\s+(?:and\s+|(?:together|along)\s+with\s+)?(?:its|her|their)";

/// Between what is controlled and its holder: "’s registered owner, ", "’s parent company ",
/// " and its owner, ", ", together with her owner, ", "’s registered owner is ", "’s owner as "
/// ("records list the tanker’s owner as X").
static POSSESSED_BY: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(CONTROL_NOUNS.iter().map(|c| c.0));
    regex(&format!(
        r"^(?:’s|'s|{WITH_ITS})\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{nouns})(?:\s+(?:company|firm))?(?:,|\s+(?:is|was|as))?\s+(?:the\s+)?$"
    ))
});
/// Between an organisation and a person apposed to its role: " and its director, ", ", its
/// chief executive, ", ", together with its owner, " (the role noun in group `role`).
pub(super) static ITS_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^{WITH_ITS}\s+(?P<role>(?:[a-z-]+\s+){{0,2}}?[a-z]+),\s*$"
    ))
});
/// Between an organisation and a person apposed to its role named with a possessive: "’s chief
/// executive, ", "'s sole director, ", "’s chief executive is ".
static POSSESSIVE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:’s|'s)\s+(?P<role>(?:[a-z-]+\s+){0,2}?[a-z]+)(?:,|\s+(?:is|was))\s*(?:\S+\s+(?:national|citizen)\s+)?$",
    )
});
/// Between a person and an organisation: ", a senior analyst at the ", " from the ", " served as
/// director of ", " was the owner and president of ".
static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,6}?|,?\s+(?:(?:who|which)\s+)?(?:(?:allegedly|reportedly|also|later)\s+)?(?:(?:served|serves|serving|acted|acts|was|is|became|becomes)\s+as\s+(?:(?:a|an|the)\s+)?|(?:is|was|became|becomes|remains|has\s+been|had\s+been)\s+(?:a|an|the)\s+)(?:[a-z-]+\s+){0,3}?|\s+)(?:at|of|for|with|from)\s+(?:the\s+)?$",
    )
});
/// After an organisation's name, a body it only names: " sanctions panel", " foreign
/// ministry", " trade office".
static BODY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s+(?:[a-z-]+\s+)?(?:panel|committee|council|commission|ministry|department|agency|office|unit|mission|delegation|team|body|board|bureau|division|branch|tribunal|court)\b",
    )
});
/// Between a person with a role and the place of it: ", a senior research fellow in ".
static ROLE_IN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,4}in\s+(?:the\s+)?$"));
/// Between a place and the organisation that has an office there: " office of the state-run ",
/// " branch of ".
static OFFICE_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s+(?:office|branch|bureau|unit|mission)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
});
/// Between an organisation and a place where it has an office: "’s office in ", "’s regional
/// headquarters in the ", ", which has offices in ", " maintains a branch in ", ", which has a
/// registered address in ".
static OFFICE_IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:’s|'s)\s+|,?\s+(?:(?:which|that|who)\s+)?(?:also\s+)?(?:has|had|have|maintains|maintained|keeps|kept|runs|ran|opened|operates)\s+(?:an?\s+|its\s+)?)(?:[a-z-]+\s+){0,2}?(?:office|offices|branch|branches|headquarters|bureau|address)\s+in\s+(?:the\s+)?$",
    )
});
/// Between a person and an organisation named before its role: ", a former ".
static ROLE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$"));
/// Before an attributed speaker: "according to the ", "citing ".
static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:according to|citing|as\s+(?:first\s+)?reported\s+by)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){1,3}?(?:from|by|of)\s+)?(?:the\s+)?$",
    )
});
/// A staff role noun, singular or plural, as a regex group: "official", "diplomats".
static STAFF: LazyLock<String> = LazyLock::new(|| {
    let roles = alternation(STAFF_ROLES.iter().copied());
    format!("(?:(?:{roles})s?)")
});
/// Before an organisation that speaks through its staff or its papers: "an official at the ",
/// "diplomats from ", "a report from ", "data by the ", "reports out of ", "data compiled by ",
/// "imagery analyzed by the ".
static VOICE_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b(?:{}|reports?|study|studies|data|figures|estimates|analysis|assessment|statement|survey|findings|sources?|imagery|images|investigation|research|records)\s+(?:(?:compiled|gathered|collected|analy[sz]ed|reviewed|published|provided|obtained)\s+)?(?:at|of|for|from|with|by|out\s+of)\s+(?:the\s+)?$",
        *STAFF
    ))
});
/// After a speaker who closes an apposition ("The founder of X, P, noted: …"): ", noted",
/// then what is said (a colon, a quote, "that"), not an inverted subject (", said officials").
static APPOSED_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r#"^,\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?{}\b(?P<next>\s*(?::|,|\.|that\b|[“"]|$))"#,
        *SAYS
    ))
});
/// After a speaker, a report it made public: " released a report on ", ", a think tank,
/// has published a study of ".
static REPORT_ON: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,[^;“”]{0,120}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|recently\s+)?(?:released|published|issued|produced)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:report|study|analysis|assessment|investigation|paper)\s+(?:on|about|into|of)\b",
    )
});
/// A speaker's own place or parent right after it: " in the ", " of the ".
static SPEAKER_OF: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:in|of|at|from)\s+(?:the\s+)?$"));
/// After a speaker: " said", " has also told", ", a Seoul-based analyst, said", " in Lima
/// said" (its place), " investigation found" (its papers).
pub(super) static SPEAKER_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:,[^,;“”]{{0,80}},|\s+(?:in|at)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*|\s+(?:investigation|analysis|report|review|study|data|survey|assessment))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?{}\b",
        *SAYS
    ))
});
/// Before the object of a preposition, which is no speaker ("the coal sold to X said nothing
/// of it"), unless a noun of staff or papers comes first ([`VOICE_OF`]: "an official at the X
/// said").
static OBJECT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b(?:in|at|of|for|from|with|to|by|on|about|against)\s+(?:the\s+)?$"));
/// Between an owner and what it owns: "’s ", "’s state-run ".
static OWNED: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}$"));
/// Between an owner's pronoun and the holder of its role: " lawyer, ", " chief executive, ".
static ROLE_THEN_NAME: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+$"));
/// Before the one told, who then reports what it was told: "told ", "have reported to the ".
static TOLD_TO: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(?:told|tells|(?:reported|said|confirmed|explained)\s+to)\s+(?:the\s+)?$")
});
/// A speech verb that has an addressee after it: "told", "tells".
static TOLD: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(?:told|tells)$"));
/// Before an inverted speaker: "said ", "said the ", "said Under Secretary ", "said a senior ",
/// "said an official at the ", "said Under Secretary of the Treasury for Terrorism and Financial
/// Intelligence " (a titled office named with "for").
static SAYS_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    let office_for = r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:of\s+the\s+[A-Z][\w’'.-]*\s+)?for\s+(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){1,5}";
    regex(&format!(
        r"\b{}\s+(?:(?:the|a|an)\s+)?(?:(?:senior|top|high-ranking|junior|local|former)\s+)?(?:{office_for}|{}|{}\s+(?:at|of|for|from|with)\s+(?:the\s+)?)$",
        *SAYS, *TITLES, *STAFF
    ))
});
/// After an inverted speaker, the rest of its noun phrase: " official", " spokesmen".
static SPEAKER_ROLE: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"^\s+{}\b", *STAFF)));
/// What an owner right after a speaker owns, to the end of its phrase: "’s National Security
/// Division", "’s Gulf of Finland district".
static OWNED_PHRASE: LazyLock<Regex> = LazyLock::new(|| regex(r#"^(?:’s|'s)\s+[^,.;:“”"()]*"#));
/// Between a speaker and the organisation that names its role: ", a ", ", a senior ", ", the
/// chief " (", a senior Treasury official").
static ROLE_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$"));
/// After an inverted speaker, its place: " in Beijing", " at the Hague".
static SPEAKER_PLACE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:in|at)\s+(?:the\s+)?[A-Z]"));
/// Between the source and the destination of a movement: " to ", " to the ".
static TO: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:(?:up|down|on|back)\s+)?(?:in)?to\s+(?:the\s+)?$"));
/// Between two places a verb links: " to the ", " with ".
static WITH: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s+with\s+(?:the\s+)?$"));
/// After a place that owns the one after it: "’s ", "’s port of ".
static OWNS_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:’s|'s)\s+(?:(?:[a-z-]+\s+){{0,2}}?{PLACE_NOUNS}\s+of\s+(?:the\s+)?)?$"
    ))
});

/// Between a member and its organisation: ", a permanent member of the ", " is a member state
/// of ", " had supported the sanctions as a permanent member of the ".
static MEMBER_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,\s+|\s+(?:is|was|remains|became)\s+|\s+(?:[a-z]+\s+){1,5}?as\s+)(?:a|an|the)\s+(?:[a-z-]+\s+)?members?(?:\s+state)?\s+of\s+(?:the\s+)?$",
    )
});
/// Between an organisation and its member: ", of which ".
static OF_WHICH: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+of\s+which\s+$"));
/// After a member named in "of which X": " is a permanent member".
static MEMBER_AFTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:is|was|remains)\s+(?:a|an)\s+(?:[a-z-]+\s+)?member\b"));
/// Before a helper: "with the help of ", "with the support of the ".
static HELP_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\bwith\s+the\s+(?:[a-z-]+\s+)?(?:help|assistance|support|backing)\s+of\s+(?:the\s+)?$",
    )
});

/// Nouns of ways between places: "a train service from X to Y" `connects_to`.
const WAY_NOUNS: &[&str] = &[
    "route", "routes", "service", "services", "train", "trains", "flight", "flights", "line",
    "railway", "rail", "road", "bridge", "pipeline", "ferry", "highway", "link",
];
/// Verbs that link places: "linking X to Y", "to connect X with Y".
const LINK_VERBS: &[&str] = &[
    "link",
    "links",
    "linking",
    "linked",
    "connect",
    "connects",
    "connecting",
    "connected",
];
/// People that a state sends abroad, by the noun that ends their collective's name or follows
/// its demonym ("Chilean group tourists"); "tourism" and "tour groups" stand for its tourists.
const PEOPLE_SENT: &[(&str, &str)] = &[
    ("workers", "sends_workers_to"),
    ("labourers", "sends_workers_to"),
    ("laborers", "sends_workers_to"),
    ("tourists", "sends_tourists_to"),
    ("tourism", "sends_tourists_to"),
    ("tour groups", "sends_tourists_to"),
    ("troops", "sends_troops_to"),
    ("soldiers", "sends_troops_to"),
];
/// After a demonym, the people it sends: " tourists", " group tourists", " guest workers".
static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(PEOPLE_SENT.iter().map(|p| p.0));
    regex(&format!(r"^\s+(?:[a-z]+\s+)?(?P<noun>{nouns})\b"))
});
/// Between people abroad and where they are: " in ", " working in the ", ", registered in ",
/// " to ", " can visit a number of ".
static ABROAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:,?\s+(?:(?:working|employed|registered|stationed|deployed|based|living)\s+)?(?:in|to|into)|\s+(?:(?:can|could|will|would|may|might)\s+)?(?:also\s+)?(?:visit|visited|visiting|(?:travel|travelled|traveled|go|went|flock|flocked)\s+to)(?:\s+(?:a|several|many|some))?(?:\s+(?:number|range|handful|couple)\s+of)?)\s+(?:the\s+)?$",
    )
});
/// Before a place opened to a state's tourists: "will open ", "opened up ".
static OPEN: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\bopen(?:s|ed|ing)?\s+(?:up\s+)?"));
/// After the place opened and before the demonym: " to ", " to the ".
static OPEN_TO: LazyLock<Regex> = LazyLock::new(|| regex(r"^[^,;:]{0,60}?\s+to\s+(?:the\s+)?$"));
/// After a demonym, tourists: " tourists", " group tourists", " visitors".
static TOURISTS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+(?:group\s+)?(?:tourists|visitors|tour\s+groups)\b"));
/// Before the places a firm takes tourists to: "offers tours to ", "to handle tours to the city
/// of ", "runs two-day trips to ".
static TOURS_TO: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b(?:offer|offers|offered|offering|run|runs|ran|running|handle|handles|handled|handling|organi[sz]es?|organi[sz]ed|organi[sz]ing|operates?|operated|operating|arranges?|arranged|arranging|sells?|sold|selling|leads?|led|leading|launch(?:es|ed|ing)?|resum(?:e|es|ed|ing))\s+(?:[a-z0-9-]+\s+){{0,3}}?(?:tours?|trips?|tour\s+programs?|tour\s+packages?|excursions?)\s+(?:to|of|in)\s+(?:the\s+)?(?:{PLACE_NOUNS}\s+of\s+(?:the\s+)?)?$"
    ))
});

/// After an owner: "’s biggest trading partner, " (the partner follows) or, after "Y is X",
/// "’s closest ally and trading partner" (the partner came first).
static PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+){0,3}?(?P<role>(?:ally|allies|trading partner|trade partner)(?:\s+and\s+(?:[a-z-]+\s+)?(?:ally|allies|trading partner|trade partner))?)\b",
    )
});
/// From the end of a role to the actor in apposition to it: ", ", " and de facto leader, ", or
/// nothing but a space ("X’s ally Y").
static APPOSED: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:[^,;.“”]{0,60},\s+|\s+)(?:the\s+)?$"));
/// Between a partner and its owner: " is ", " has long been ".
static IS: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s+(?:is|was|remains|remained|has\s+(?:long\s+)?been|had\s+been)\s+(?:also\s+)?$")
});

/// Forms of "to be" that link a subject to what it is: "is", "have long been".
const COPULA: &str =
    r"(?:is|was|are|were|remains|remained|became|(?:has|have|had)\s+(?:long\s+|also\s+)?been)";

/// Between an ally and the one it is allied with: ", a close ally of ", " have been close allies
/// to the ", " is allied with ".
static ALLY_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?:,\s+(?:(?:which|who)\s+{COPULA}\s+)?|\s+{COPULA}\s+)(?:(?:a|an|the|its|their|one\s+of\s+(?:the|its|their))\s+)?(?:[a-z-]+\s+){{0,2}}?all(?:y|ies)\s+(?:of|to|with)|,?\s+(?:{COPULA}\s+)?(?:(?:closely|firmly|long)\s+)?allied\s+(?:with|to))\s+(?:the\s+)?$"
    ))
});

/// Nouns of kinship and marriage: "X, the uncle of Y" links X to Y.
const KIN_NOUNS: &[&str] = &[
    "uncle",
    "aunt",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "nephew",
    "niece",
    "cousin",
    "father",
    "mother",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "stepson",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "brother-in-law",
    "sister-in-law",
    "son-in-law",
    "daughter-in-law",
    "father-in-law",
    "mother-in-law",
    "widow",
    "spouse",
    "relative",
];
/// A kinship noun, singular or plural, as a regex group.
/// After an owner, a person it has: "’s brother-in-law", "'s chief executive".
static OWNS_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    let roles = alternation(HEAD_ROLES.iter().chain(STAFF_ROLES).copied());
    regex(&format!(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:{}|{roles}s?)\b",
        *KIN
    ))
});

/// The roles of control over a firm or a vessel that its holder is named after: "Y’s
/// registered owner, X", "Its manager, X", "Ship manager of the vessels A and B".
pub(super) const CONTROL_ROLES: &[&str] = &["manager", "owner", "operator"];

/// After an owner ("’s", "Its"), a role of a person or of control and then its holder's name:
/// " chief executive, P", " registered owner, X", " registered owner is X", " owner as X" (the
/// role in group `role`).
pub(super) static ROLE_HOLDER: LazyLock<String> = LazyLock::new(|| {
    let roles = alternation(
        HEAD_ROLES
            .iter()
            .chain(STAFF_ROLES)
            .chain(CONTROL_ROLES)
            .copied(),
    );
    format!(r"\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>{roles})(?:,|\s+(?:is|was|as))\s+\p{{Lu}}")
});

/// After an owner, a role apposed to its holder's name: "’s chief executive, P", "’s
/// registered owner, X".
static ROLE_APPOSED: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"^(?:’s|'s){}", *ROLE_HOLDER)));

/// Whether the text after a name or "the company" names a role in it and then the one who
/// holds it: "’s chief executive, Ana Ruiz", "’s registered owner, Calloway Bridge Holdings".
///
/// ```
/// use linkchart::extract::phrases::role_apposed;
/// assert!(role_apposed("’s chief executive, Ana Ruiz, said"));
/// assert!(!role_apposed("’s chief executive said"));
/// assert!(!role_apposed("’s tankers, Sea Lark and"));
/// ```
pub fn role_apposed(after: &str) -> bool {
    ROLE_APPOSED.is_match(after)
}

/// Whether the text after a name makes it the owner of a person, who is then the one a verb
/// means ("owned by Ruiz’s brother-in-law", "Peru’s chief negotiator said").
///
/// ```
/// # use linkchart::extract::phrases::owns_person;
/// assert!(owns_person("’s brother-in-law, Pedro Salas"));
/// assert!(!owns_person("’s ports"));
/// ```
pub fn owns_person(after: &str) -> bool {
    OWNS_PERSON.is_match(after)
}

static KIN: LazyLock<String> = LazyLock::new(|| {
    let nouns = alternation(KIN_NOUNS.iter().copied());
    format!(r"(?:{nouns})s?")
});
/// Words that may stand between "of" and a person's name: titles and capitalized words
/// ("the uncle of North Korean leader ", "the son of former President ").
static TITLES: LazyLock<String> = LazyLock::new(|| {
    let roles = alternation(HEAD_ROLES.iter().chain(STAFF_ROLES).copied());
    format!(r"(?:(?:[A-Z][\w’'.-]*|former|late|then|current|de\s+facto|{roles})\s+){{0,4}}")
});
/// Between a relative and the person: ", the once-powerful uncle of ", " is the son of former
/// President ".
static KIN_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:,\s+|\s+{COPULA}\s+)(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){{0,2}}?{}\s+of\s+(?:the\s+)?{}$",
        *KIN, *TITLES
    ))
});
/// Between a person and the relative after: "’s uncle ", "’s younger brother, ".
static KIN_POSSESSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}?{},?\s+$",
        *KIN
    ))
});
/// Before a person whose relative is named after a comma: "the once-powerful uncle of ".
static KIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?{}\s+of\s+{}$",
        *KIN, *TITLES
    ))
});

/// Between a part and its whole: ", part of the larger ", " is a part of ", ", which is part
/// of ", ", in the northern part of " (`located` for the last).
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?:,\s+(?:(?:which|that)\s+{COPULA}\s+)?|\s+{COPULA}\s+)(?:(?:a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?|(?P<located>,?\s+in\s+the\s+(?:[a-z-]+\s+){{0,2}}?))part\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
    ))
});

/// After the actor that imposes them: " sanctions", " (UN) sanctions", "’s financial
/// sanctions", "-imposed sanctions", " embargo".
const SANCTIONS_NOUN: &str =
    r"^(?:\s*\([^)]*\))?(?:’s|'s)?(?:-[a-z]+)?\s+(?:[a-z]+\s+)?(?:sanctions|embargo|embargoes)";
/// [`SANCTIONS_NOUN`] as a whole word.
static SANCTIONS_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"{SANCTIONS_NOUN}\b")));
/// Between the actor that imposes sanctions and their target: " sanctions on ", " (UN)
/// financial sanctions against the ".
static SANCTIONS_ON: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"{SANCTIONS_NOUN}\s+(?:on|against|targeting)\s+(?:the\s+)?$"
    ))
});
/// Words before "sanctions on X" that deny they are in force: "lifted", "calls for".
static NOT_IN_FORCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|would|could|may|might)\s+(?:the\s+|new\s+|fresh\s+)?$",
    )
});
/// Between the target of sanctions and the actor that imposes them: ", a country tightly bound
/// by ", " is under ", ", which has been subject to ".
static UNDER_SANCTIONS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:,\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){{0,4}}?|(?P<copula>\s+{COPULA}\s+(?:(?:already|currently|still|now)\s+)?))(?:bound\s+by|under|subject\s+to|hit\s+(?:by|with)|targeted\s+by)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
    ))
});
/// Before the actor whose sanctions a subject defies: "in breach of the ", "to defy ",
/// "circumventing ".
static DEFYING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:in\s+(?:violation|breach|defiance|contravention)\s+of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|def(?:y|ies|ied|ying)|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|flout(?:s|ed|ing)?|skirt(?:s|ed|ing)?|bypass(?:es|ed|ing)?|dodg(?:e|es|ed|ing)|(?:get|gets|got|getting)\s+around)\s+(?:the\s+)?$",
    )
});

/// Between what is backed and its backer: ", an intelligence firm backed by ", " is funded by
/// the ".
static BACKED_BY: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^,?\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){{0,4}}?)?(?:(?:which|that|who)\s+)?(?:{COPULA}\s+)?(?:[a-z]+ly\s+)?(?:backed|funded|financed|bankrolled)\s+by\s+(?:the\s+)?$"
    ))
});

/// Before the other end of a transfer that the subject makes: "through ship-to-ship transfers
/// with ", "conducted a transfer of oil with the tanker ".
static TRANSFER_WITH: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:through|via|in|by|during|conduct(?:s|ed|ing)?|made|makes?|making|carr(?:y|ies|ied|ying)\s+out|engag(?:e|es|ed|ing)\s+in)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?transfers?\s+(?:of\s+(?:[a-z-]+\s+){1,3})?with\s+(?:the\s+)?(?:[a-z-]+\s+)?$",
    )
});
/// After the recipient of a movement made by transfers: " via at sea ship-to-ship transfers".
/// After two vessels listed as one subject: " conducted a ship-to-ship transfer", " carried out
/// transfers".
static CONDUCTED_TRANSFER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:conducted|conduct|carried\s+out|carry\s+out|engaged\s+in|made|held)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:transfers?|STS)\b",
    )
});
static VIA_TRANSFERS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s+(?:[a-z-]+\s+){0,3}?(?:via|through|by|in)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:ship-to-ship|STS)\s+transfers?\b",
    )
});

/// Opens a clause whose subject comes after it: a colon or semicolon, "that", "whether", a
/// verb of speech.
static CLAUSE_OPENER: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)[;:]|\b(?:that|whether|{})\b", *SAYS)));

/// The links the phrases of one sentence state between its actors (`spots`, in text order;
/// a spot nested in another, such as the demonym opening "Japanese Ministry of Defense", is
/// the state of that name).
///
/// ```
/// use linkchart::extract::links::Spot;
/// use linkchart::extract::phrases::propose;
/// use linkchart::model::ActorKind;
/// let text = "Pedro Alves, a researcher at Harbor Watch, visited Georgia’s Poti port.";
/// let spot = |id: &str, name: &str, kind| {
///     let start = text.find(name).unwrap();
///     Spot { id: id.into(), range: start..start + name.len(), demonym: false, kind }
/// };
/// let spots = [
///     spot("pedro_alves", "Pedro Alves", ActorKind::Person),
///     spot("harbor_watch", "Harbor Watch", ActorKind::Group),
///     spot("georgia", "Georgia", ActorKind::State),
///     spot("poti", "Poti", ActorKind::Port),
/// ];
/// let found: Vec<(usize, &str, usize)> = propose(text, 0..text.len(), &spots)
///     .iter()
///     .map(|p| (p.from, p.relation, p.to))
///     .collect();
/// assert_eq!(found, [(0, "works_for", 1), (3, "located_in", 2)]);
/// ```
pub fn propose(text: &str, sentence: Range<usize>, spots: &[Spot]) -> Vec<Proposal> {
    let top: Vec<usize> = (0..spots.len()).filter(|&i| !is_nested(spots, i)).collect();
    let mut found = Vec::new();
    nested_states(text, spots, &mut found);
    // "P, a Chinese businessman, based in X", "P, a DPRK national": a demonym or a state's name
    // after "a" describes the name before it; the phrase rules read past it.
    let paired: Vec<usize> = top
        .iter()
        .copied()
        .filter(|&i| {
            // ("X, a Chilean company" is another reading: where X is.)
            !super::links::state_as_adjective(text, &spots[i])
                || KIND_NOUN.is_match(&text[spots[i].range.end..])
        })
        .collect();
    // Neighbours, and a name with the next past the names that qualify others: one made an
    // adjective ("X, a Hong Kong-based front company for Y") and an owner before what it owns
    // ("X, a Tehran-based firm that acts on behalf of Iran’s Ministry of Y").
    let owns_next = |k: usize| {
        paired.get(k + 1).is_some_and(|&next| {
            text.get(spots[paired[k]].range.end..spots[next].range.start)
                .is_some_and(|owned| matches!(owned, "’s " | "'s "))
        })
    };
    // ("X, which the Panel assesses to be a front company for Y": the one who judges.)
    let judges = |k: usize| {
        let (Some(previous), Some(next)) = (k.checked_sub(1), paired.get(k + 1)) else {
            return false;
        };
        text.get(spots[paired[previous]].range.end..spots[*next].range.start)
            .is_some_and(|gap| JUDGED.is_match(gap))
    };
    let qualifies = |k: usize| {
        super::links::made_adjective(text, &spots[paired[k]]) || owns_next(k) || judges(k)
    };
    // The phrase between such a pair ends where the owner's name starts: "’s" and the owner
    // are the owned name's.
    let past_qualifiers = (0..paired.len()).filter_map(|i| {
        let end = (i + 1..paired.len()).find(|&k| !qualifies(k) || k + 1 == paired.len())?;
        if end == i + 1 {
            return None;
        }
        let phrase_end = if owns_next(end - 1) {
            spots[paired[end - 1]].range.start
        } else {
            spots[paired[end]].range.start
        };
        Some((paired[i], paired[end], phrase_end))
    });
    let pairs: Vec<(usize, usize, usize)> = paired
        .windows(2)
        .map(|pair| (pair[0], pair[1], spots[pair[1]].range.start))
        .chain(past_qualifiers)
        .collect();
    for (a, b, phrase_end) in pairs {
        if spots[a].id == spots[b].id {
            continue;
        }
        let before = &text[sentence.start..spots[a].range.start];
        let after = &text[spots[b].range.end..sentence.end];
        // "the Panel of Experts to the Sanctions Committee": the panel is part of it.
        if serves(text, spots, a, b) {
            found.push(phrase(a, b, "part_of", "body serving"));
            continue;
        }
        if let Some((state, relation)) = people_sent(text, spots, a, b) {
            for place in std::iter::once(b).chain(places_after(text, spots, &top, b)) {
                if spots[place].id != spots[state].id {
                    found.push(phrase(state, place, relation, "people abroad"));
                }
            }
            continue;
        }
        // "the Russian ports of X": the state opening a collective of places holds them.
        let firsts = std::iter::once(a).chain(opening_state(text, spots, a));
        let Some((first, (from, relation, cue))) = firsts.into_iter().find_map(|first| {
            let gap = &text[spots[first].range.end..phrase_end];
            // ("Its chairman, P", "Her registered owner is X": "Its" or a vessel's "Her" refers
            // back and owns the role, as "O’s" would.)
            let owned;
            let gap = if OWNER_PRONOUNS.contains(&&text[spots[first].range.clone()]) {
                owned = format!("’s{gap}");
                owned.as_str()
            } else {
                gap
            };
            // ("the Office of X (OFX), which is part of Y": past an acronym's bracket.)
            let gap = if text[..spots[first].range.start].ends_with('(') {
                gap.strip_prefix(')').unwrap_or(gap)
            } else {
                gap
            };
            // ("Nikolaos Tsamados, 47, the managing director of O": past an age.)
            let gap = AGE_APPOSED
                .find(gap)
                .map_or(gap, |age| &gap[age.end() - 1..]);
            // ("X, which the Panel assesses to be a front company for Y": what the clause
            // judges X to be, as if apposed.)
            let judged;
            let gap = match JUDGED.captures(gap) {
                Some(judgement) => {
                    let opening = if judgement.name("as").is_some() {
                        ", "
                    } else {
                        &judgement["open"]
                    };
                    judged = format!(
                        "{opening}{}",
                        &gap[judgement.get(0).map_or(0, |m| m.end())..]
                    );
                    judged.as_str()
                }
                None => gap,
            };
            adjacent(spots, first, b, before, gap, after)
                .or_else(|| {
                    // "P, a DPRK national, acted as the agent of O", "P, a Cypriot national,
                    // managing director of O": past the apposition, with its closing comma
                    // or without.
                    let lead = APPOSITION_LEAD.find(gap)?;
                    let comma = lead.start() + gap[lead.range()].rfind(',')?;
                    let rest = &gap[comma + 1..];
                    (rest.trim().len() > 1)
                        .then(|| {
                            adjacent(spots, first, b, before, rest, after)
                                .or_else(|| adjacent(spots, first, b, before, &gap[comma..], after))
                        })
                        .flatten()
                })
                .map(|found| (first, found))
        }) else {
            continue;
        };
        let to = if from == first { b } else { first };
        found.push(phrase(from, to, relation, cue));
        // "X, Y and Z in Peru"; "Peru’s ports of X, Y and Z"; "X and Z, allies of Y".
        let (listed, forward) = if from == b { (b, true) } else { (first, false) };
        let is_place = |i: usize| matches!(spots[i].kind, ActorKind::Place | ActorKind::Port);
        let places =
            |i: &usize| from == b || relation == "allied_with" || is_place(first) && is_place(*i);
        if matches!(relation, "located_in" | "allied_with") || from == b {
            // ("the port of Ryonghang, Oceanline said": a speaker after the comma is no item;
            // "According to FBI spokeswoman P, Y was warned": nor is a list one without its
            // closing "and".)
            let listed_members: Vec<usize> = listed_with(text, spots, &top, listed, forward)
                .filter(|&member| !speaks_next(text, spots, member))
                .collect();
            let mut items: Vec<usize> = listed_members.iter().copied().chain([listed]).collect();
            items.sort_by_key(|&i| spots[i].range.start);
            let closed = list_closes(text, spots, &items);
            for member in listed_members.into_iter().filter(|_| closed).filter(places) {
                found.push(phrase(member, to, relation, cue));
            }
        }
        // "X, which has offices in Dubai and Hong Kong": every place of the list.
        if cue == "office in" {
            let items: Vec<usize> = std::iter::once(to)
                .chain(listed_with(text, spots, &top, to, true))
                .collect();
            let closed = list_closes(text, spots, &items);
            let places = items[1..]
                .iter()
                .copied()
                .filter(|_| closed)
                .filter(|&i| matches!(spots[i].kind, ActorKind::Place | ActorKind::State));
            for place in places {
                found.push(phrase(from, place, relation, cue));
            }
        }
    }
    past_appositions(text, &sentence, spots, &paired, &mut found);
    in_owned_place(text, spots, &top, &mut found);
    in_country_too(text, spots, &top, &mut found);
    near_place_of_country(text, spots, &top, &mut found);
    attribution(text, &sentence, spots, &top, &mut found);
    helpers(text, &sentence, spots, &top, &mut found);
    movement(text, &sentence, spots, &top, &mut found);
    goods_nouns(text, spots, &top, &mut found);
    partners(text, spots, &top, &mut found);
    kin(text, &sentence, spots, &top, &mut found);
    possessive_roles(text, spots, &top, &mut found);
    whose_roles(text, &sentence, spots, &top, &mut found);
    relative_objects(text, spots, &top, &mut found);
    found.extend(notice_fields(text, sentence.clone(), spots, &top));
    violations(text, &sentence, spots, &top, &mut found);
    listings(text, &sentence, spots, &top, &mut found);
    passive_listings(text, &sentence, spots, &top, &mut found);
    reasons(text, &sentence, spots, &top, &mut found);
    port_calls(text, &sentence, spots, &top, &mut found);
    addresses(text, &sentence, spots, &top, &mut found);
    tourism(text, &sentence, spots, &top, &mut found);
    transfers(text, &sentence, spots, &top, &mut found);
    found.extend(dealings(text, sentence.start, spots, &top));
    found
}

/// "the Port of X in China’s Shandong province": X is in the place that "in" governs, past its
/// owner (which the neighbours' rules place X in as well).
fn in_owned_place(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for three in top.windows(3) {
        let (x, owner, place) = (three[0], three[1], three[2]);
        let gap = &text[spots[x].range.end..spots[owner].range.start];
        let owned = &text[spots[owner].range.end..spots[place].range.start];
        let placeable = !matches!(
            spots[x].kind,
            ActorKind::State | ActorKind::Person | ActorKind::Ship
        );
        let in_place = IN.captures(gap).is_some_and(|c| c.name("of").is_none());
        if placeable
            && in_place
            && matches!(owned, "’s " | "'s ")
            && matches!(spots[place].kind, ActorKind::Place | ActorKind::Port)
            && spots[x].id != spots[place].id
        {
            found.push(phrase(x, place, "located_in", "in an owner’s place"));
        }
    }
}

/// "X, a company with offices in Dubai, United Arab Emirates, is the registered owner of Y":
/// the names inside an apposition describe the name it follows, and the phrase after the
/// apposition's closing comma links that name to the next one. Only the neighbours' rules ran
/// on these names, each next to a name of the apposition.
fn past_appositions(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    paired: &[usize],
    found: &mut Vec<Proposal>,
) {
    for (i, &a) in paired.iter().enumerate() {
        let apposition_start = spots[a].range.end;
        if !APPOSITION_OPEN.is_match(&text[apposition_start..sentence.end]) {
            continue;
        }
        for (j, window) in paired[i..].windows(2).enumerate().skip(1) {
            let (inner, b) = (window[0], window[1]);
            let between = &text[spots[inner].range.end..spots[b].range.start];
            let apposition = &text[apposition_start..spots[inner].range.end];
            if apposition.len() > 160 || apposition.contains([';', ':', '(', ')']) {
                break;
            }
            let Some(comma) = between.rfind(',') else {
                continue;
            };
            let rest_start = spots[inner].range.end + comma + 1;
            // ("with offices in Dubai, United Arab Emirates, is": a place's country is inside.)
            if text[rest_start..spots[b].range.start].trim().len() <= 1 {
                continue;
            }
            // ("… is the registered owner of the Panama-flagged tanker Y": past a flag.)
            let past_flag = paired
                .get(i + j + 2)
                .filter(|_| super::links::made_adjective(text, &spots[b]));
            let before = &text[sentence.start..spots[a].range.start];
            let linked = std::iter::once(b)
                .chain(past_flag.copied())
                .filter(|&b| spots[a].id != spots[b].id)
                .find_map(|b| {
                    let rest = &text[rest_start..spots[b].range.start];
                    let after = &text[spots[b].range.end..sentence.end];
                    adjacent(spots, a, b, before, rest, after).map(|found| (b, found))
                });
            if let Some((b, (from, relation, cue))) = linked {
                let to = if from == a { b } else { a };
                found.push(phrase(from, to, relation, cue));
            }
            break;
        }
    }
}

/// "a ship manager based in Mumbai, India": what is in a place written with its country after
/// a comma is in that country too.
fn in_country_too(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    let mut more = Vec::new();
    for proposal in found.iter().filter(|p| p.relation == "located_in") {
        if spots[proposal.to].kind != ActorKind::Place
            || spots[proposal.from].kind == ActorKind::Place
        {
            continue;
        }
        let place = &spots[proposal.to];
        let country = top
            .iter()
            .copied()
            .find(|&i| spots[i].range.start >= place.range.end)
            .filter(|&i| {
                spots[i].kind == ActorKind::State
                    && text[place.range.end..spots[i].range.start] == *", "
            });
        if let Some(country) = country {
            more.push(phrase(
                proposal.from,
                country,
                "located_in",
                "in a place of a country",
            ));
        }
    }
    found.extend(more);
}

/// Between a place and the place it is near: " near ", " terminal near ", " outside the city
/// of ".
static NEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s+(?:[a-z]+\s+)?(?:near|outside|close\s+to)\s+(?:the\s+(?:city|town|port)\s+of\s+)?$")
});

/// "the X terminal near Novorossiysk, Russia": a place near a place written with its country
/// after a comma is in that country (and not in the place it is near).
fn near_place_of_country(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for three in top.windows(3) {
        let (near, place, country) = (three[0], three[1], three[2]);
        let placed = matches!(spots[near].kind, ActorKind::Port | ActorKind::Place);
        let place_kind = matches!(spots[place].kind, ActorKind::Port | ActorKind::Place);
        if !placed
            || !place_kind
            || spots[country].kind != ActorKind::State
            || text[spots[place].range.end..spots[country].range.start] != *", "
        {
            continue;
        }
        if NEAR.is_match(&text[spots[near].range.end..spots[place].range.start]) {
            found.push(phrase(
                near,
                country,
                "located_in",
                "near a place of a country",
            ));
        }
    }
}

/// "X’s biggest trading partner, Y" and "Y is X’s closest ally": X `trades_with` Y; Y is
/// `allied_with` X.
fn partners(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for &owner in top.iter().filter(|&&i| !spots[i].demonym) {
        let after_owner = &text[spots[owner].range.end..];
        let Some(role) = PARTNER.captures(after_owner) else {
            continue;
        };
        let phrase_end = spots[owner].range.end + role.get(0).map_or(0, |m| m.end());
        // The partner in apposition after the phrase ("…partner, Y"), else before the owner
        // ("Y is X’s…").
        let partner = top
            .iter()
            .copied()
            .find(|&i| {
                spots[i].range.start >= phrase_end
                    && APPOSED.is_match(&text[phrase_end..spots[i].range.start])
            })
            .or_else(|| {
                top.iter().copied().rev().find(|&i| {
                    spots[i].range.end <= spots[owner].range.start
                        && IS.is_match(&text[spots[i].range.end..spots[owner].range.start])
                })
            });
        let Some(partner) = partner else {
            continue;
        };
        let role = &role["role"];
        if role.contains("partner") {
            found.push(phrase(owner, partner, "trades_with", "trading partner"));
        }
        if role.contains("all") {
            found.push(phrase(partner, owner, "allied_with", "ally"));
        }
    }
}

/// Whether spot `i` opens an agency's name ("American" in "American intelligence"): the
/// agency, not its state, is what a statement about it is about.
pub(super) fn opens_agency(spots: &[Spot], i: usize) -> bool {
    spots.iter().any(|s| {
        s.kind == ActorKind::Agency
            && s.range.start == spots[i].range.start
            && s.range.end > spots[i].range.end
    })
}

/// Whether spot `i` lies inside another spot.
pub(super) fn is_nested(spots: &[Spot], i: usize) -> bool {
    spots.iter().enumerate().any(|(j, s)| {
        j != i
            && s.range.start <= spots[i].range.start
            && spots[i].range.end <= s.range.end
            && s.range.len() > spots[i].range.len()
    })
}

/// Nouns of a state's forces: a collective of them is part of its state.
const FORCES: &[&str] = &["troops", "soldiers", "forces", "sailors", "navy", "army"];

/// "Japanese Ministry of Defense", "North Korean troops": the state of a demonym opening an
/// agency's name or a collective of its forces is the whole they are part of; of another
/// name, where it is. "Peruvian Consulate in Arica": a place ending a name after "in" is where
/// it is, and in the state named before it ("in the Chilean city of Arica"). "Central Bank of
/// Peru": an agency named "of" a state is part of it.
fn nested_states(text: &str, spots: &[Spot], found: &mut Vec<Proposal>) {
    for (inner, place) in spots.iter().enumerate() {
        for (outer, name) in spots.iter().enumerate() {
            if matches!(name.kind, ActorKind::State | ActorKind::Person) {
                continue;
            }
            let opens = place.kind == ActorKind::State
                && name.range.start == place.range.start
                && name.range.end > place.range.end;
            let ends_after_in = matches!(place.kind, ActorKind::Place | ActorKind::Port)
                && name.range.end == place.range.end
                && name.range.start < place.range.start
                && IN_NAME.is_match(&text[name.range.start..place.range.start]);
            // "North Korean workers", "Chinese vessels": people or things of a state, which
            // are not where their state is.
            let common_noun = text[name.range.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
            // ("North Korean troops": a state's forces are part of it.)
            let forces = text[name.range.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|w| FORCES.contains(&w));
            // ("the National Bank of Georgia", "the Ministry of Finance of Peru": an agency named
            // "of" a state is part of it.)
            let of_state = place.kind == ActorKind::State
                && name.kind == ActorKind::Agency
                && name.range.end == place.range.end
                && name.range.start < place.range.start
                && text[name.range.start..place.range.start].ends_with(" of ");
            if of_state {
                found.push(phrase(outer, inner, "part_of", "state ending a name"));
            } else if opens && (name.kind == ActorKind::Agency || common_noun && forces) {
                found.push(phrase(outer, inner, "part_of", "demonym in name"));
            } else if opens && !common_noun {
                found.push(phrase(outer, inner, "located_in", "demonym in name"));
            } else if ends_after_in {
                found.push(phrase(outer, inner, "located_in", "place in name"));
                // ("the Peruvian Consulate in the Chilean city of Arica": Arica is in Chile.)
                let state_of_place = spots.iter().position(|state| {
                    state.kind == ActorKind::State
                        && name.range.start < state.range.start
                        && state.range.end <= place.range.start
                        && PLACE_OF
                            .captures(&text[state.range.end..place.range.start])
                            .is_some_and(|c| c.name("modifiers").is_some())
                });
                if let Some(state) = state_of_place {
                    found.push(phrase(
                        inner,
                        state,
                        "located_in",
                        "place of a state in a name",
                    ));
                }
            }
        }
    }
}

/// The relation two neighbouring actors' phrase states, as (the index of the `from` end,
/// relation, cue).
fn adjacent(
    spots: &[Spot],
    a: usize,
    b: usize,
    before: &str,
    gap: &str,
    after: &str,
) -> Option<(usize, &'static str, &'static str)> {
    let (first, second) = (&spots[a], &spots[b]);
    let placed = |kind: ActorKind| {
        if kind == ActorKind::Agency {
            "part_of"
        } else {
            "located_in"
        }
    };
    let is_area = |kind: ActorKind| matches!(kind, ActorKind::State | ActorKind::Place);
    let organisation = |kind: ActorKind| {
        matches!(
            kind,
            ActorKind::Agency
                | ActorKind::Firm
                | ActorKind::Group
                | ActorKind::State
                | ActorKind::Other
        )
    };
    // "through a front company in Cambodia, Apex Ltd.": the name apposed to a holder placed in
    // a state or place is there.
    let holder = matches!(
        second.kind,
        ActorKind::Firm | ActorKind::Group | ActorKind::Person
    );
    if is_area(first.kind) && holder && COMMA.is_match(gap) && HOLDER_IN.is_match(before) {
        return Some((b, "located_in", "apposed after its place"));
    }
    // "Russia’s Vostochny Port", "the Chinese city of Dandong", "Russia’s border city of Khasan",
    // "Peruvian cities, including its capital Lima", "Peru port of Callao".
    if let Some(captures) = PLACE_OF.captures(gap) {
        let attribute = first.kind == ActorKind::State
            && captures.name("modifiers").is_some_and(|m| m.is_empty());
        let owner = captures.name("poss").is_some() || first.demonym || attribute;
        let plain_possessive = gap.trim_start_matches(['’', '\'', 's']).trim().is_empty();
        if owner && is_area(first.kind) && second.kind != ActorKind::Person {
            if second.kind == ActorKind::State {
                return None;
            }
            let relation = if plain_possessive {
                placed(second.kind)
            } else {
                "located_in"
            };
            return Some((b, relation, "possessive or place of"));
        }
    }
    // "Peru’s gleaming Costa Verde City": a place the area has, described.
    let described = DESCRIBED_PLACE.is_match(gap)
        && is_area(first.kind)
        && matches!(second.kind, ActorKind::Place | ActorKind::Port);
    if described {
        return Some((b, "located_in", "possessive"));
    }
    // "the Department of the Treasury’s Office of Foreign Assets Control": an agency's office.
    let plain_possessive = matches!(gap, "’s " | "'s ");
    if plain_possessive && first.kind == ActorKind::Agency && second.kind == ActorKind::Agency {
        return Some((b, "part_of", "possessive"));
    }
    // "the Open Source Centre in the UK", "Dandong City in Liaoning", "Alpha Shipping Ltd. of
    // Peru".
    if let Some(captures) = IN.captures(gap) {
        let of = captures.name("of").is_some();
        let placeable = if of {
            !matches!(
                first.kind,
                ActorKind::State | ActorKind::Person | ActorKind::Ship
            )
        } else {
            // "a vessel registered in Panama" is flagged there, not in it.
            first.kind != ActorKind::State
                && !(first.kind == ActorKind::Ship && gap.contains("registered"))
        };
        if placeable && is_area(second.kind) {
            return Some(if of {
                (a, placed(first.kind), "of")
            } else {
                (a, "located_in", "in")
            });
        }
    }
    // "Tumbes on Peru’s north coast" (where it is); "Tumbes near the Ecuadorian border" (what it
    // borders).
    if let (Some(at), Some(edge)) = (AT_EDGE.captures(gap), EDGE.captures(after)) {
        if matches!(first.kind, ActorKind::Place | ActorKind::Port) && is_area(second.kind) {
            if matches!(&edge["edge"], "border" | "frontier") {
                return Some((a, "borders", "on the border"));
            }
            if &at["preposition"] != "near" {
                return Some((a, "located_in", "on the coast"));
            }
        }
    }
    // "Pihyun County, North Pyongan Province": a place, then a larger one that ends no list.
    if COMMA.is_match(gap)
        && matches!(first.kind, ActorKind::Place | ActorKind::Port)
        && is_area(second.kind)
        && !continues_list(after)
        && !before.trim_end().ends_with(',')
    {
        return Some((a, "located_in", "place, larger place"));
    }
    let possessed = after.starts_with("’s") || after.starts_with("'s");
    // "X, a close ally of Y", "X and Z have been close allies to Y", "X is allied with Y".
    let can_ally =
        |kind: ActorKind| !matches!(kind, ActorKind::Place | ActorKind::Port | ActorKind::Ship);
    if can_ally(first.kind) && can_ally(second.kind) && !possessed && ALLY_OF.is_match(gap) {
        return Some((a, "allied_with", "ally"));
    }
    // "X, part of the larger Y", "X is part of Y", "X, in the northern part of Y": a place is
    // in the larger one, a firm or group belongs to another, an agency to a state or agency.
    if let Some(part) = PART_OF.captures(gap) {
        let whole = !possessed && !after.starts_with('-');
        let relation = match (first.kind, second.kind) {
            (ActorKind::State | ActorKind::Person, _) => None,
            (_, ActorKind::State | ActorKind::Place) if part.name("located").is_some() => {
                Some("located_in")
            }
            _ if part.name("located").is_some() => None,
            (ActorKind::Place | ActorKind::Port, ActorKind::Place | ActorKind::State) => {
                Some("located_in")
            }
            (ActorKind::Firm | ActorKind::Group, ActorKind::Firm | ActorKind::Group) => {
                Some("subsidiary_of")
            }
            (
                ActorKind::Agency | ActorKind::Other | ActorKind::Group,
                ActorKind::State | ActorKind::Agency,
            ) => Some("part_of"),
            _ => None,
        };
        if let Some(relation) = relation.filter(|_| whole) {
            return Some((a, relation, "part of"));
        }
    }
    // "X sanctions on Y" (not "lifted X sanctions on Y"); "Y, a country bound by X sanctions".
    let imposes = |kind: ActorKind| {
        !matches!(
            kind,
            ActorKind::Place | ActorKind::Port | ActorKind::Ship | ActorKind::Firm
        )
    };
    if imposes(first.kind) && SANCTIONS_ON.is_match(gap) && !NOT_IN_FORCE.is_match(before) {
        return Some((a, "sanctions", "sanctions on"));
    }
    // "Y is under X sanctions", but not "exports from Y are banned under X sanctions".
    let under = UNDER_SANCTIONS.captures(gap).is_some_and(|c| {
        c.name("copula").is_none() || !super::links::is_governed(before, before.len())
    });
    if imposes(second.kind) && under && SANCTIONS_AFTER.is_match(after) {
        return Some((b, "sanctions", "under sanctions"));
    }
    // "X, an intelligence firm backed by Y": Y funds X (a state or person backed by Y is
    // supported, which need not be funding).
    let backable = matches!(
        first.kind,
        ActorKind::Firm | ActorKind::Group | ActorKind::Agency | ActorKind::Other
    );
    if backable
        && can_hold(second.kind)
        && second.kind != ActorKind::Ship
        && BACKED_BY.is_match(gap)
        && !gap.contains(" not ")
    {
        return Some((b, "funds", "backed by"));
    }
    // "X, a Chinese company", "X is a Russian port city", "X, a Hong Kong-based firm", "X, Peru’s
    // largest shipping firm", "X, a Peru-owned company".
    let apposition = IS_A.is_match(gap) || COMMA.is_match(gap) && possessed;
    // "P, a Dubai-based oil trader": where a person is based.
    if apposition && first.kind == ActorKind::Person && is_area(second.kind) {
        let based = KIND_NOUN
            .captures(after)
            .and_then(|noun| noun.name("participle"))
            .is_some_and(|p| p.as_str() == "based");
        if based {
            return Some((a, "located_in", "apposition of place"));
        }
    }
    if apposition && !matches!(first.kind, ActorKind::Person | ActorKind::State) {
        if let Some(noun) = KIND_NOUN.captures(after) {
            match noun.name("participle").map(|p| participle(p.as_str())) {
                Some("located_in") if is_area(second.kind) => {
                    return Some((a, placed(first.kind), "apposition of place"));
                }
                // "X, an Iranian supplier", "X, a Marshall Islands company".
                None if is_area(second.kind)
                    && (second.demonym || possessed || after_article(gap)) =>
                {
                    return Some((a, placed(first.kind), "apposition of place"));
                }
                Some(relation) if relation != "located_in" && can_hold(second.kind) => {
                    return Some((b, relation, "-owned"));
                }
                _ => {}
            }
        }
    }
    // "Washington-based Harbor Watch", "Peru-owned Alpha Shipping".
    // "Hong Kong firm X", "Chinese trading company X"; "X (Sharjah)".
    let organisation_named = matches!(second.kind, ActorKind::Firm | ActorKind::Group);
    if is_area(first.kind) && organisation_named && PLACE_FIRM.is_match(gap) {
        return Some((b, "located_in", "place before its noun"));
    }
    let bracketed = gap == " (" && after.starts_with(')');
    if matches!(first.kind, ActorKind::Firm | ActorKind::Group) && is_area(second.kind) && bracketed
    {
        return Some((a, "located_in", "place in brackets"));
    }
    if let Some(captures) = BASED.captures(gap) {
        let relation = participle(&captures["participle"]);
        if second.kind != ActorKind::Person {
            if relation == "located_in" && is_area(first.kind) {
                return Some((b, relation, "-based"));
            }
            if relation != "located_in" && can_hold(first.kind) && second.kind != ActorKind::State {
                return Some((a, relation, "-owned"));
            }
        }
    }
    // "AZURE FALCON is registered to Y": a vessel's registered owner.
    let holder_kind = matches!(
        second.kind,
        ActorKind::Firm | ActorKind::Person | ActorKind::Group | ActorKind::Other
    );
    if first.kind == ActorKind::Ship && holder_kind && REGISTERED_TO.is_match(gap) {
        return Some((b, "owns", "registered to"));
    }
    // "Orlov's attorney, Daniel Price", "P, a lawyer for X", "P, an attorney representing X":
    // counsel represents the client.
    let client =
        |kind: ActorKind| matches!(kind, ActorKind::Person | ActorKind::Firm | ActorKind::Group);
    let counsel_named = second.kind == ActorKind::Person
        && client(first.kind)
        && POSSESSIVE_ROLE
            .captures(gap)
            .is_some_and(|c| COUNSEL.is_match(&c["role"]));
    if counsel_named {
        return Some((b, "represents", "counsel"));
    }
    if first.kind == ActorKind::Person && client(second.kind) && COUNSEL_FOR.is_match(gap) {
        return Some((a, "represents", "counsel"));
    }
    // "X holds a majority stake in Y".
    if can_hold(first.kind)
        && !matches!(
            second.kind,
            ActorKind::Person | ActorKind::Place | ActorKind::State
        )
        && STAKE_IN.is_match(gap)
    {
        return Some((a, "owns", "stake in"));
    }
    // ("acts on behalf of Iran’s Ministry of Y", "a unit of North Korea’s Y": the one acted for,
    // or held, is the owned, not the owner.)
    let owner = after.starts_with("’s ") || after.starts_with("'s ");
    // "X, a front company for Y", "X, a subsidiary of Y", "X, the registered owner of the tanker
    // Y"; "Y’s operator, X", "Y’s parent company X".
    let control = CONTROL_OF
        .captures(gap)
        .map(|c| (c, true))
        .or_else(|| POSSESSED_BY.captures(gap).map(|c| (c, false)));
    if let Some((captures, apposed)) = control {
        let noun = &captures["noun"];
        let &(noun, relation, forward) = CONTROL_NOUNS.iter().find(|c| c.0 == noun)?;
        let (holder, held) = if apposed { (a, b) } else { (b, a) };
        // A person owns or fronts for a firm; "P, the manager of O" is a role.
        let holds = match spots[holder].kind {
            ActorKind::State | ActorKind::Place | ActorKind::Port => false,
            ActorKind::Person => matches!(relation, "owns" | "represents"),
            _ => true,
        };
        let held_kind = spots[held].kind;
        let can_be_held = !matches!(held_kind, ActorKind::Person | ActorKind::Place)
            && (held_kind != ActorKind::State || relation == "represents");
        let owner_of_next = apposed && possessed;
        if holds && can_be_held && !owner_of_next && !(apposed && owner) {
            let (from, to) = if forward {
                (holder, held)
            } else {
                (held, holder)
            };
            // ("a unit of the Reconnaissance General Bureau": a part of a public body, not a
            // subsidiary.)
            let body_part = relation == "subsidiary_of"
                && noun != "subsidiary"
                && spots[to].kind == ActorKind::Agency;
            let relation = if body_part { "part_of" } else { relation };
            return Some((from, relation, noun));
        }
    }
    // "X acted on behalf of Y", "X, which acts on behalf of Y".
    let can_act = !matches!(
        first.kind,
        ActorKind::State | ActorKind::Place | ActorKind::Port
    );
    if can_act
        && !owner
        && !matches!(second.kind, ActorKind::Place | ActorKind::Port)
        && ON_BEHALF.is_match(gap)
    {
        return Some((a, "represents", "on behalf of"));
    }
    // "X, a hacking crew that operates under Y": a unit of a public body.
    let unit = matches!(
        first.kind,
        ActorKind::Group | ActorKind::Agency | ActorKind::Other
    );
    if unit && second.kind == ActorKind::Agency && !owner && OPERATES_UNDER.is_match(gap) {
        return Some((a, "part_of", "operates under"));
    }
    // "X said it was looking into Y": an inquiry.
    if first.kind != ActorKind::Place && LOOKING_INTO.is_match(gap) {
        return Some((a, "investigates", "looking into"));
    }
    // "X is under investigation by Y", "X, the subject of a probe by Y".
    let investigator = matches!(
        second.kind,
        ActorKind::Agency | ActorKind::State | ActorKind::Firm | ActorKind::Group
    );
    if investigator && !is_area(first.kind) && UNDER_INQUIRY_BY.is_match(gap) {
        return Some((b, "investigates", "under investigation by"));
    }
    // "P, a senior research fellow in Peru": where the person works.
    if first.kind == ActorKind::Person
        && is_area(second.kind)
        && ROLE_IN.is_match(gap)
        && role_relation(&words(gap), false, second.kind).is_some()
    {
        return Some((a, "located_in", "role in"));
    }
    // "the Lima office of O": O is there.
    if is_area(first.kind) && organisation(second.kind) && OFFICE_OF.is_match(gap) {
        return Some((b, "located_in", "office of"));
    }
    // "X’s office in Istanbul", "X, which has offices in Dubai and Hong Kong".
    if organisation(first.kind) && is_area(second.kind) && OFFICE_IN.is_match(gap) {
        return Some((a, "located_in", "office in"));
    }
    // "X, a permanent member of O", "X is a member state of O"; "O, of which X is a member".
    if organisation(first.kind) && organisation(second.kind) {
        if MEMBER_OF.is_match(gap) {
            return Some((a, "member_of", "member"));
        }
        if OF_WHICH.is_match(gap) && MEMBER_AFTER.is_match(after) {
            return Some((b, "member_of", "member"));
        }
    }
    // "P, a researcher at O", "P, the director of O", "P from O" (not "the leader of the UN
    // sanctions panel", a body O only names).
    if first.kind == ActorKind::Person
        && organisation(second.kind)
        && ROLE_AT.is_match(gap)
        && !BODY_NAMED.is_match(after)
    {
        let of = before_article(gap).ends_with("of");
        let relation = role_relation(&words(gap), of, second.kind)
            .or_else(|| matches!(gap.trim(), "from" | "from the").then_some("works_for"));
        if let Some(relation) = relation {
            return Some((a, relation, "role"));
        }
    }
    // "Assistant Attorney General P of the O": the title before the name is the role in O.
    if first.kind == ActorKind::Person
        && organisation(second.kind)
        && matches!(gap, " of the " | " of ")
    {
        let title: Vec<&str> = words(before)
            .into_iter()
            .rev()
            .take_while(|w| super::discover::is_title(w))
            .collect();
        if !title.is_empty() {
            let relation = role_relation(&title, true, second.kind).unwrap_or("works_for");
            return Some((a, relation, "title of"));
        }
        // "Ana Ruiz of the U.S. Treasury": untitled, P is of O's staff.
        return Some((a, "works_for", "of"));
    }
    // "P, a former O analyst".
    if first.kind == ActorKind::Person && organisation(second.kind) && ROLE_BEFORE.is_match(gap) {
        let noun: Vec<&str> = words(after).into_iter().take(2).collect();
        if let Some(relation) = role_relation(&noun, true, second.kind) {
            return Some((a, relation, "role"));
        }
    }
    // "the founder of O, P"; "O leader P".
    if second.kind == ActorKind::Person && organisation(first.kind) {
        let lead_in = before_article(before);
        let at = lead_in.ends_with(" at");
        let role_before = lead_in
            .strip_suffix(" of")
            .or_else(|| lead_in.strip_suffix(" for"))
            .or_else(|| lead_in.strip_suffix(" at"))
            .and_then(|r| {
                let words = words(r);
                role_relation(&words[words.len().saturating_sub(2)..], !at, first.kind)
            });
        if let Some(relation) = role_before.filter(|_| COMMA.is_match(gap)) {
            return Some((b, relation, "role"));
        }
        // "O and its director, P" (but in "a front company for O, and its director, P" the
        // director is the front company's: "its" is not a name a preposition governs).
        // "O’s chief executive, P".
        let its_role = ITS_ROLE
            .captures(gap)
            .filter(|_| !super::links::is_governed(before, before.len()))
            .or_else(|| POSSESSIVE_ROLE.captures(gap))
            .and_then(|c| role_relation(&words(c.name("role")?.as_str()), true, first.kind));
        if let Some(relation) = its_role {
            return Some((b, relation, "role"));
        }
        // "Peru President P", "Peruvian Foreign Minister P": a title between them; the head
        // of one of the organisation's parts ("Foreign Minister") works for it.
        let title = words(gap.trim_start_matches(['’', '\'', 's']));
        let capitalized =
            title.len() == 1 || title.iter().all(|w| w.starts_with(char::is_uppercase));
        if (1..=3).contains(&title.len()) && capitalized {
            if let Some(relation) = role_relation(&title, true, first.kind) {
                let part_head = relation == "leads"
                    && role(title[0]).is_none()
                    && !matches!(title[0], "Prime" | "Supreme");
                return Some((b, if part_head { "works_for" } else { relation }, "role"));
            }
        }
    }
    None
}

/// Whether a list of two or more items (spots in text order) ends with a closing joint
/// ([`closes_list`]).
fn list_closes(text: &str, spots: &[Spot], items: &[usize]) -> bool {
    match items {
        [.., before, last] => closes_list(text, spots, *before, *last),
        _ => false,
    }
}

/// Whether the joint between list items `left` and `right` closes a list: "and", "or", "&",
/// "as well as", not a comma alone.
fn closes_list(text: &str, spots: &[Spot], left: usize, right: usize) -> bool {
    let joint = text[spots[left].range.end..spots[right].range.start].trim();
    !joint.trim_start_matches(',').trim().is_empty()
}

/// Whether the name after this gap is used as an adjective of the apposition it opens: ", a ",
/// ", an offshore " (before "Seychelles company"), but not ", a company in ".
fn after_article(gap: &str) -> bool {
    let mut words = gap.trim_start_matches(',').split_whitespace();
    matches!(words.next(), Some("a" | "an"))
        && words.all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !matches!(
                    w,
                    "in" | "of" | "to" | "for" | "from" | "with" | "by" | "at" | "on"
                )
        })
}

/// The words of a phrase, split at spaces and hyphens ("vice-chairman" is "vice chairman").
fn words(phrase: &str) -> Vec<&str> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect()
}

/// The relation the first role noun among `words` gives its holder toward the organisation (of
/// kind `owner`): `represents` for a state's spokesperson, `member_of` for a member and a vice or deputy chair, `works_for` for another vice or deputy
/// role; `leads` for a head role that is "of" the organisation (`of`; a director "at" a firm is
/// one of several) or "<role> general" ("consul general at O"); else `works_for`.
fn role_relation(words: &[&str], of: bool, owner: ActorKind) -> Option<&'static str> {
    let at = words.iter().position(|w| role(w).is_some())?;
    let noun = role(words[at])?;
    let word = |i: Option<usize>| i.and_then(|i| words.get(i)).map(|w| w.to_lowercase());
    let second = word(at.checked_sub(1)).is_some_and(|w| matches!(w.as_str(), "vice" | "deputy"));
    let general = word(Some(at + 1)).is_some_and(|w| w.trim_end_matches(',') == "general");
    let head = HEAD_ROLES.contains(&noun) && (of || general);
    Some(match noun {
        "member" => "member_of",
        // A spokesperson speaks for a state ("a Kremlin spokesman") and works for any other
        // body ("a Harbor Institute spokeswoman").
        "spokesman" | "spokeswoman" | "spokesperson" if owner == ActorKind::State => "represents",
        "chairman" | "chairwoman" | "chair" if second => "member_of",
        _ if head && !second => "leads",
        _ => "works_for",
    })
}

/// The relation a participle of `PARTICIPLES` gives.
fn participle(word: &str) -> &'static str {
    PARTICIPLES
        .iter()
        .find(|p| p.0 == word)
        .map_or("located_in", |p| p.1)
}

/// Whether an actor of this kind can own or control something (a place cannot).
fn can_hold(kind: ActorKind) -> bool {
    !matches!(kind, ActorKind::Place | ActorKind::Port)
}

/// Whether the text after a name goes on with another name of a list (", Y", " and Y").
pub(super) fn continues_list(after: &str) -> bool {
    let rest = after
        .strip_prefix(',')
        .unwrap_or(after)
        .trim_start()
        .trim_start_matches("and ")
        .trim_start_matches("or ");
    (after.starts_with(',') || after.starts_with(" and ") || after.starts_with(" or "))
        && rest.starts_with(char::is_uppercase)
}

/// The text before a name without the "the" that opens the name's phrase, trimmed: " flag of
/// the " is "flag of".
pub(super) fn before_article(text: &str) -> &str {
    text.trim_end().trim_end_matches("the").trim_end()
}

/// A list's joint without the article that opens the next item: ", and the " is ", and".
///
/// ```
/// use linkchart::extract::phrases::joint_before_article;
/// assert_eq!(joint_before_article(", and the "), ", and");
/// assert_eq!(joint_before_article(" (IMO 8691702) and The"), " (IMO 8691702) and");
/// ```
pub fn joint_before_article(joint: &str) -> &str {
    let joint = joint.trim_end();
    joint
        .strip_suffix(" the")
        .or_else(|| joint.strip_suffix(" The"))
        .unwrap_or(joint)
}

/// Between two names of a list that a count of "other" things joins: " and two other firms, ",
/// " as well as three more vessels: ".
static OTHERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,?\s*(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+)?(?:other|more|additional|further)\s+(?:[a-z-]+\s+)?[a-z]+(?:,|:|\s+including|\s+namely)$",
    )
});

/// Between a collective and the members it names: ", including", " such as", ", among them".
static MEMBERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^,?\s*(?:including|such\s+as|among\s+them|notably|especially|in\s+particular)$")
});

/// Whether the text between two names joins them in a list: a comma, "and", "or", "&", "as
/// well as", a count of others ("X and two other firms, Y and Z"), or the members a collective
/// includes ("North Korean tankers, including Y").
///
/// ```
/// use linkchart::extract::phrases::is_list_joint;
/// assert!(is_list_joint(", and "));
/// assert!(is_list_joint(" and two other firms, "));
/// assert!(is_list_joint(", including "));
/// assert!(is_list_joint(" (IMO 8691702) and "));
/// assert!(!is_list_joint(" sold oil to "));
/// ```
pub fn is_list_joint(joint: &str) -> bool {
    // ("Yu Son (IMO 8691702) and Saebyol": past the first one's identifier.)
    let joint = joint.trim_start();
    let joint = joint
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .map_or(joint, |(_, rest)| rest)
        .trim();
    matches!(
        joint,
        "," | "and" | ", and" | "or" | "&" | "as well as" | ", as well as"
    ) || OTHERS_LISTED.is_match(joint)
        || MEMBERS_LISTED.is_match(joint)
}

/// The role noun a word is, singular or plural, in any case.
pub(super) fn role(word: &str) -> Option<&'static str> {
    let lower = word
        .trim_matches(|c: char| !c.is_alphabetic() && c != '-')
        .to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    HEAD_ROLES
        .iter()
        .chain(STAFF_ROLES)
        .find(|r| **r == lower || **r == singular)
        .copied()
}

/// The top-level spots listed with spot `end` ("b, c and d"): those after it when `forward`,
/// else those before it.
pub(super) fn listed_with<'a>(
    text: &'a str,
    spots: &'a [Spot],
    top: &'a [usize],
    end: usize,
    forward: bool,
) -> impl Iterator<Item = usize> + 'a {
    let mut last = end;
    let others: Box<dyn Iterator<Item = &usize>> = if forward {
        Box::new(top.iter())
    } else {
        Box::new(top.iter().rev())
    };
    others
        .filter(move |&&i| (spots[i].range.start > spots[end].range.start) == forward && i != end)
        .map_while(move |&next| {
            let (left, right) = if forward { (last, next) } else { (next, last) };
            let joint = text[spots[left].range.end..spots[right].range.start].trim();
            last = next;
            is_list_joint(joint).then_some(next)
        })
}

/// The state whose name or demonym opens spot `i` when the rest of it is a place noun ("Russian
/// ports", "Peru’s border cities" as one collective).
pub(super) fn opening_state(text: &str, spots: &[Spot], i: usize) -> Option<usize> {
    let whole = &spots[i];
    spots.iter().position(|s| {
        s.kind == ActorKind::State
            && s.range.start == whole.range.start
            && s.range.end < whole.range.end
            && PLACE_NOUN_REST.is_match(&text[s.range.end..whole.range.end])
    })
}

/// "According to S, X …", "S said X …", "“…X…,” S said", "S told R that X …": S (and R)
/// `reports` the first actor of what S says.
fn attribution(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for &named in top.iter().filter(|&&i| !spots[i].demonym) {
        // "according to the Lima office of O": O speaks, and its place is no target.
        let start = spots[named].range.start;
        // "according to the UN Panel of Experts": a name right before another only qualifies
        // it; the second speaks ("according to FBI spokeswoman P" as well: past a role).
        let speaker = top
            .iter()
            .copied()
            .find(|&i| spots[i].range.start >= spots[named].range.end)
            .filter(|&i| {
                let between = &text[spots[named].range.end..spots[i].range.start];
                let role_only = words(between);
                OFFICE_OF.is_match(between)
                    || between == " "
                    || (1..=3).contains(&role_only.len())
                        && spots[i].kind == ActorKind::Person
                        && role_relation(&role_only, true, spots[named].kind).is_some()
            })
            .unwrap_or(named);
        let spot = &spots[speaker];
        // "the Panel of Experts to the X Committee reports": the body a panel serves goes with
        // its name; the panel speaks.
        let served = top
            .iter()
            .copied()
            .find(|&i| spots[i].range.start >= spot.range.end)
            .filter(|&i| serves(text, spots, speaker, i) || affiliated(text, spots, speaker, i));
        let name_end = served.map_or(spot.range.end, |i| spots[i].range.end);
        let before = &text[sentence.start..start];
        let after = &text[name_end..sentence.end];
        // "citing China’s customs authorities": the owner is not the one speaking.
        if after.starts_with("’s") || after.starts_with("'s") {
            continue;
        }
        // "said a senior X official", "said an official at the X in Lima": the speaker's noun
        // phrase goes on after its name.
        let role = SPEAKER_ROLE.find(after).map_or(0, |m| m.end());
        // ("…,” said P of the Justice Department": the body P speaks for ends the clause too.)
        let affiliated = top
            .iter()
            .find(|&&i| spots[i].range.start >= name_end)
            .is_some_and(|&i| SPEAKER_OF.is_match(&text[name_end..spots[i].range.start]));
        let ends_clause = after.is_empty()
            || after.starts_with([',', '.', ';', ':'])
            || role > 0
            || SPEAKER_PLACE.is_match(after)
            || affiliated;
        // "an official at the X said", "a report from X has found": X speaks through its
        // staff or its papers.
        // ("P, a senior associate at the X, said": P speaks, and X does not.)
        let voice = VOICE_OF.find(before).filter(|m| {
            let opening = sentence.start + m.start();
            !top.iter()
                .filter(|&&i| spots[i].range.end <= opening)
                .any(|&i| {
                    let between = text[spots[i].range.end..opening].trim_start_matches([',', ' ']);
                    !between.contains([',', '.', ';', '”', '"'])
                        && between.split_whitespace().count() <= 4
                })
        });
        let opening = voice.map_or(start, |m| sentence.start + m.start());
        // "reports out of X and Y indicated": every name of the list speaks.
        let listed: Vec<usize> = listed_with(text, spots, top, speaker, true).collect();
        let last = listed.last().map_or(name_end, |&i| spots[i].range.end);
        let after_list = &text[last..sentence.end];
        let mut span = if let Some(m) = ACCORDING.find(before) {
            sentence.start + m.start()..spot.range.end
        } else if let Some(m) = SAYS_SPEAKER.find(before).filter(|m| {
            // "…, said the company." inverts after what is said, not after a subject ("X said
            // the company, …" is X speaking).
            let said = before[..m.start()].trim_end();
            ends_clause && said.ends_with([',', '”', '"', '’', '\''])
        }) {
            sentence.start + m.start()..spot.range.end + role
        } else if let Some(verb) = says_after(before, after_list).filter(|verb| {
            // "X revealed new sanctions against Y" makes a measure public; it reports nothing.
            let said = after_list[..verb.end]
                .split_whitespace()
                .last()
                .unwrap_or_default();
            // "S wrote to X", "S spoke to X": X is the one addressed, not what is said; "S
            // added X to its list" adds, it does not speak.
            let rest = &after_list[verb.end..];
            let addressed = rest.trim_start().starts_with("to ")
                || said.eq_ignore_ascii_case("added")
                    && !rest.trim_start().starts_with("that ")
                    && rest.contains(" to ");
            (!OBJECT.is_match(before) || voice.is_some())
                && !addressed
                && !super::links::announces_measure(said, rest)
        }) {
            opening..last + verb.end
        } else if let Some(m) = TOLD_TO
            .find(before)
            .filter(|_| after.starts_with(" that ") || after.starts_with(", "))
            .filter(|_| matches!(spot.kind, ActorKind::Firm | ActorKind::Other))
        {
            // "Officials told Reuters that X …": the outlet told reports it too (an agency
            // that is reported to, "the Security Council", reports nothing).
            sentence.start + m.start()..spot.range.end
        } else if let Some(m) = REPORT_ON.find(after).filter(|_| !OBJECT.is_match(before)) {
            start..spot.range.end + m.end()
        } else {
            continue;
        };
        // "S told R": R, who was told, reports it too.
        let told = top.iter().copied().find(|&i| {
            spots[i].range.start >= span.end
                && TOLD.is_match(&text[spot.range.end..span.end])
                && matches!(
                    text[span.end..spots[i].range.start].trim(),
                    "" | "the" | "The"
                )
        });
        // "Peru’s Defense Ministry said …": the speaker's owner is no target either, nor is the
        // state of a speaker's title ("U.S. Attorney P said").
        if let Some(&owner) = top
            .iter()
            .rev()
            .find(|&&i| spots[i].range.end <= span.start)
        {
            let between = &text[spots[owner].range.end..span.start];
            let title = words(between);
            let titled = (1..=3).contains(&title.len())
                && title.iter().all(|w| super::discover::is_title(w));
            // ("His lawyer, P, argued": the pronoun owns the speaker's role.)
            let pronoun = OWNER_PRONOUNS.contains(&&text[spots[owner].range.clone()])
                && ROLE_THEN_NAME.is_match(between);
            if OWNED.is_match(between) || titled || pronoun {
                span.start = spots[owner].range.start;
            }
        }
        let speakers: Vec<usize> = std::iter::once(speaker)
            .chain(
                listed
                    .iter()
                    .copied()
                    .filter(|&i| spots[i].range.end <= span.end),
            )
            .chain(told)
            .collect();
        if let Some(addressee) = told {
            span.end = spots[addressee].range.end;
        }
        // "according to the Harbor Watch office in Tartus, …": the speaker's place is no target.
        // "said Cho Tae-yul, South Korea’s foreign minister": nor is the speaker's owner.
        if let Some(&next) = top.iter().find(|&&i| spots[i].range.start >= span.end) {
            let between = &text[span.end..spots[next].range.start];
            let owner_of_speaker =
                between.trim() == "," && OWNS_PERSON.is_match(&text[spots[next].range.end..]);
            if SPEAKER_OF.is_match(between) || owner_of_speaker {
                span.end = spots[next].range.end;
                // ("of the Justice Department’s National Security Division", "of the Border
                // Guard’s Gulf of Finland district": and what it owns, named or not.)
                if let Some(owned) = OWNED_PHRASE.find(&text[span.end..sentence.end]) {
                    span.end += owned.end();
                }
            }
        }
        // "the Panama-flagged tanker X …, according to S": S reports X, not the flag.
        let outside = |i: &&usize| {
            let s = &spots[**i];
            s.id != spot.id
                && (s.range.end <= span.start || s.range.start >= span.end)
                && !super::links::qualifies(text, spots, **i)
        };
        // What is said is about its first state when it names one (a demonym inside a name
        // counts: "North Korean workers"), else about its first actor.
        let about = |side: &dyn Fn(&Spot) -> bool| {
            // ("crude labeled as Malaysian.": a demonym that qualifies no noun is no state's
            // mention.)
            let qualifies_noun = |i: usize| {
                text[spots[i].range.end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_alphanumeric))
            };
            // ("docked at Hwajin, on South Korea’s southern coast": where things are is no
            // topic.)
            let located = |i: usize| {
                let on_owner = super::links::governing(text, spots[i].range.start)
                    .is_some_and(|p| p.eq_ignore_ascii_case("on"))
                    && ["’s", "'s"]
                        .iter()
                        .any(|s| text[spots[i].range.end..].starts_with(s));
                on_owner || super::links::is_where(text, &spots[i])
            };
            let state = (0..spots.len()).find(|&i| {
                spots[i].kind == ActorKind::State
                    && !located(i)
                    && side(&spots[i])
                    && outside(&&i)
                    && !opens_agency(spots, i)
                    && if spots[i].demonym {
                        qualifies_noun(i)
                    } else {
                        top.contains(&i)
                    }
            });
            state.or_else(|| {
                top.iter()
                    .filter(outside)
                    .copied()
                    .find(|&i| side(&spots[i]))
            })
        };
        let earlier = about(&|s: &Spot| s.range.end <= span.start);
        // ("…,” said P, professor at O.", "…,” said P, a senior O spokeswoman.": O is where P
        // works, not what P speaks of.)
        let later = about(&|s: &Spot| s.range.start >= span.end).filter(|&i| {
            let between = &text[span.end..spots[i].range.start];
            let role_after = text[spots[i].range.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| self::role(w).is_some());
            !(ROLE_AT.is_match(between)
                && role_relation(&words(between), false, spots[i].kind).is_some()
                || ROLE_ARTICLE.is_match(between) && role_after)
        });
        // "S said that X …" goes on after the attribution; "…X…, S said." and "According to
        // S, X …" do not, and point back or past the comma.
        // A colon opens what is said ("P noted: “…”").
        let rest = text[span.end..sentence.end].trim_start();
        let goes_on = !rest.is_empty() && !rest.starts_with([',', '.', ';']);
        let target = if goes_on {
            later.or(earlier)
        } else {
            earlier.or(later)
        };
        if let Some(target) = target {
            for &speaker in &speakers {
                found.push(phrase(speaker, target, "reports", "attribution"));
            }
        }
    }
}

/// Whether agency `a` is a body serving agency `b`, named "A to the B" ("the Panel of Experts
/// to the Sanctions Committee"): a panel, a committee or a secretariat is part of what it
/// serves.
fn serves(text: &str, spots: &[Spot], a: usize, b: usize) -> bool {
    let body = text[spots[a].range.clone()]
        .rsplit(' ')
        .next()
        .is_some_and(|head| SERVING_BODIES.contains(&head));
    body && spots[a].kind == ActorKind::Agency
        && spots[b].kind == ActorKind::Agency
        && matches!(
            &text[spots[a].range.end..spots[b].range.start],
            " to the " | " to "
        )
}

/// Whether spot `b` names where person `a` works or is, and a verb of speech follows: "P of the
/// X said", "P at X told", "P in Lima said" (P speaks, and X goes with P's name).
fn affiliated(text: &str, spots: &[Spot], a: usize, b: usize) -> bool {
    spots[a].kind == ActorKind::Person
        && spots[b].kind != ActorKind::Person
        && SPEAKER_OF.is_match(&text[spots[a].range.end..spots[b].range.start])
        && SPEAKER_SAYS.is_match(&text[spots[b].range.end..])
}

/// Whether a verb of speech follows spot `i` (or the body it serves, [`serves`]): "the Z
/// committee reports", "the Panel of Experts to the Y Committee reports".
pub(super) fn speaks_next(text: &str, spots: &[Spot], i: usize) -> bool {
    let served = spots
        .iter()
        .position(|s| s.range.start >= spots[i].range.end)
        .filter(|&j| serves(text, spots, i, j));
    let end = served.map_or(spots[i].range.end, |j| spots[j].range.end);
    SPEAKER_SAYS.is_match(&text[end..])
}

/// The last words of the names of bodies that serve another ("Panel of Experts to the …").
const SERVING_BODIES: &[&str] = &[
    "Panel",
    "Experts",
    "Committee",
    "Subcommittee",
    "Secretariat",
    "Commission",
];

/// Where the verb of a speaker's statement lies in the text after the speaker: " said", ", a
/// Lima-based analyst, said", and, when the speaker closes an apposition (`before` ends in a
/// comma: "The founder of X, P, noted: …"), ", noted".
fn says_after(before: &str, after: &str) -> Option<Range<usize>> {
    if let Some(m) = SPEAKER_SAYS.find(after) {
        return Some(m.range());
    }
    let apposed = before.trim_end().ends_with(',');
    let said = APPOSED_SAYS.captures(after).filter(|_| apposed)?;
    Some(0..said.name("next")?.start())
}

/// Nouns of goods moving to a destination, as a regex group (`noun`): "exports", "shipments".
static GOODS_NOUN: LazyLock<String> = LazyLock::new(|| {
    let nouns = alternation(
        MOVEMENT_NOUNS
            .iter()
            .filter(|(noun, _)| !noun.starts_with("import") && *noun != "trade")
            .map(|(noun, _)| *noun),
    );
    format!(r"(?P<noun>{nouns})\s+(?:of\s+(?:[a-z-]+\s+){{1,3}}?)?")
});
/// Between an owner and a destination: "’s exports to ", "’s oil supplies to ", "’s coal
/// shipments into the ".
static OWN_GOODS_TO: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}?{}(?:to|into)\s+(?:the\s+)?$",
        *GOODS_NOUN
    ))
});
/// Between a buyer and a seller: "’s imports of coal from ", "’s oil purchases from the ".
static OWN_IMPORTS_FROM: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}?(?:imports?|purchases?)\s+(?:of\s+(?:[a-z-]+\s+){1,3}?)?from\s+(?:the\s+)?$",
    )
});
/// Between a buyer and the maker of the goods: "’s imports of " (before "North Korean
/// machinery", "Peru-made clothes").
static OWN_IMPORTS_OF: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}?(?:imports?|purchases?)\s+of\s+$"));
/// Between a subject and a destination: " was involved in the export of coal to ", " engaged in
/// oil smuggling into ".
static INVOLVED_IN: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?(?:involved|engaged|implicated|participated|participating)\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?{}(?:to|into)\s+(?:the\s+)?$",
        *GOODS_NOUN
    ))
});

/// Movements that a noun states between two adjacent actors: "X’s exports to Y", "X was involved
/// in the export of coal to Y" (X to Y, by the noun's relation); "X’s imports of coal from Y",
/// "X’s imports of Y-made clothes" (Y `exports_to` X).
fn goods_nouns(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for pair in top.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let gap = &text[spots[a].range.end..spots[b].range.start];
        if spots[a].id == spots[b].id || gap.len() > 100 {
            continue;
        }
        if let Some(captures) = OWN_GOODS_TO
            .captures(gap)
            .or_else(|| INVOLVED_IN.captures(gap))
        {
            if let Some(relation) = movement_noun(&captures["noun"]) {
                found.push(phrase(a, b, relation, &captures["noun"]));
            }
        } else if OWN_IMPORTS_FROM.is_match(gap) {
            found.push(phrase(b, a, "exports_to", "imports from"));
        } else if OWN_IMPORTS_OF.is_match(gap) {
            // "Russia’s imports of North Korean machinery", "… of Peru-made clothes".
            let made = text[spots[b].range.end..].starts_with("-made")
                || text[spots[b].range.end..].starts_with("-produced");
            if (spots[b].demonym || made) && spots[b].kind == ActorKind::State {
                found.push(phrase(b, a, "exports_to", "imports of"));
            }
        }
    }
}

/// Between an aggressor and its target, a noun of war: "’s war in ", "’s full-scale invasion
/// of ", "’s attacks on the ", " waged war against ".
static WAR_ON: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}?(?:war|wars|invasion|occupation|attacks?|strikes?|offensive|aggression|bombing)|\s+(?:waged|wages|launched|launches)\s+(?:a\s+)?(?:[a-z-]+\s+){0,2}?(?:war|invasion|attacks?|offensive))\s+(?:in|on|of|against|into)\s+(?:the\s+)?$",
    )
});
/// Between a critic and what it criticizes: " expressed grave concern over ", " has voiced
/// concern about the ", " protested against ".
static CONCERN_OVER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:(?:expressed|voiced|raised)\s+(?:[a-z]+\s+){0,2}?(?:concerns?|alarm|outrage|regret)|protested)\s+(?:over|about|at|against|regarding)\s+(?:the\s+)?$",
    )
});
/// Nouns of agreements, as a regex group.
const AGREEMENT_NOUNS: &str = r"(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a)(?:\s+of\s+understanding)?)";
/// Before the first party of an agreement named with "between": "agreements signed between ",
/// "a deal between the "; or of trade (group `trade`): "bilateral trade between ".
static AGREEMENT_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b(?:{AGREEMENT_NOUNS}\s+(?:(?:signed|reached|struck|concluded)\s+)?|(?P<trade>trade|commerce)\s+)between\s+(?:the\s+)?$"
    ))
});
/// After a party of an agreement: " signed a trade deal" (after "X and Y"), " has reached an
/// agreement with the " (before the other party: group `with`).
static AGREED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|reached|struck|concluded)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}?{AGREEMENT_NOUNS}\b(?P<with>\s+with\s+(?:the\s+)?$)?"
    ))
});

/// "X’s war in Y", "X’s invasion of Y", "X launched attacks on Y": X `attacks` Y; "X expressed
/// concern over Y('s …)": X `criticizes` Y; "agreements
/// signed between X and Y", "X signed an agreement with Y": X has an `agreement_with` Y (and
/// with every name listed with Y: "between X and Y, Z and W provinces").
/// `opening` is where the sentence starts.
fn dealings(text: &str, opening: usize, spots: &[Spot], top: &[usize]) -> Vec<Proposal> {
    let mut found = Vec::new();
    for (&a, &b) in top.iter().zip(top.iter().skip(1)) {
        let gap = &text[spots[a].range.end..spots[b].range.start];
        if spots[a].id == spots[b].id || spots[a].demonym {
            continue;
        }
        if WAR_ON.is_match(gap) {
            found.push(phrase(a, b, "attacks", "war on"));
            continue;
        }
        if CONCERN_OVER.is_match(gap) {
            found.push(phrase(a, b, "criticizes", "concern over"));
            continue;
        }
        let joined = matches!(gap.trim(), "and" | "and the");
        let between = AGREEMENT_BETWEEN
            .captures(&text[opening..spots[a].range.start])
            .filter(|_| joined);
        // "trade between X and Y": X trades with Y.
        if between.as_ref().is_some_and(|c| c.name("trade").is_some()) {
            found.push(phrase(a, b, "trades_with", "trade between"));
            continue;
        }
        let between = between.is_some();
        let signed = joined && AGREED.is_match(&text[spots[b].range.end..]);
        let with = AGREED
            .captures(gap)
            .is_some_and(|c| c.name("with").is_some());
        if between || signed || with {
            found.push(phrase(a, b, "agreement_with", "agreement"));
            for member in listed_with(text, spots, top, b, true) {
                found.push(phrase(a, member, "agreement_with", "agreement"));
            }
        }
    }
    found
}

/// "shipments of coal from X to Y", "moved fuel from X into Y": a movement from X to Y.
fn movement(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for (at, pair) in top.windows(2).enumerate() {
        let (a, mut b) = (pair[0], pair[1]);
        let gap = &text[spots[a].range.end..spots[b].range.start];
        let (to, with) = (TO.is_match(gap), WITH.is_match(gap));
        if spots[a].id == spots[b].id || !to && !with {
            continue;
        }
        // "to the North’s port of Rajin": the place owned, not its owner, is the end.
        if let Some(&next) = top.get(at + 2) {
            if OWNS_NEXT.is_match(&text[spots[b].range.end..spots[next].range.start]) {
                b = next;
            }
        }
        // The last few words before the first actor, nearest first, within its clause.
        let before = text[sentence.start..spots[a].range.start].to_lowercase();
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or_default();
        let words: Vec<&str> = clause
            .split_whitespace()
            .rev()
            .take(6)
            .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
            .collect();
        let relation = if words.first() == Some(&"from") || words.starts_with(&["the", "from"]) {
            words.iter().find_map(|&word| {
                movement_noun(word)
                    .or_else(|| WAY_NOUNS.contains(&word).then_some("connects_to"))
                    .or_else(|| {
                        VERBS
                            .iter()
                            .find(|(_, forms)| forms.contains(&word))
                            .map(|(relation, _)| *relation)
                            .filter(|r| super::links::is_movement(r) || *r == "travels_to")
                            .map(|r| if r == "travels_to" { "connects_to" } else { r })
                    })
            })
        } else {
            words
                .iter()
                .take(5)
                .any(|w| LINK_VERBS.contains(w))
                .then_some("connects_to")
        };
        match relation {
            Some("connects_to") => found.push(phrase(a, b, "connects_to", "way from … to")),
            Some(relation) if to && super::links::is_movement(relation) => {
                found.push(phrase(a, b, relation, "from … to"));
            }
            _ => {}
        }
    }
}

/// "X shipped coal with the help of Y": Y `helps` the sentence's subject (its first actor that
/// no preposition governs).
fn helpers(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    let subject = top.iter().copied().find(|&i| {
        !super::links::is_governed(text, spots[i].range.start)
            && !super::links::qualifies(text, spots, i)
    });
    for &helper in top {
        let before = &text[sentence.start..spots[helper].range.start];
        // (The subject comes before its helper: "…with the help of Y, a Lima firm, the FBI
        // said" names no one helped.)
        let helped = subject.filter(|&s| {
            spots[s].range.start < spots[helper].range.start && HELP_OF.is_match(before)
        });
        if let Some(subject) = helped {
            found.push(phrase(helper, subject, "helps", "with the help of"));
        }
    }
}

/// "North Korean workers in Qatar", "Chilean troops stationed in X", "Chilean group tourists can
/// visit X": the state of a collective of people (spot `a`, or a demonym before the people's
/// noun) sends them where they are (the place `b`); gives the state and the relation.
fn people_sent(text: &str, spots: &[Spot], a: usize, b: usize) -> Option<(usize, &'static str)> {
    let people = &spots[a];
    let gap = &text[people.range.end..spots[b].range.start];
    let (state, noun, rest) = if people.demonym && people.kind == ActorKind::State {
        let found = PEOPLE_AFTER.captures(gap)?;
        (a, found["noun"].to_owned(), &gap[found.get(0)?.end()..])
    } else {
        let name = text[people.range.clone()].to_lowercase();
        let noun = PEOPLE_SENT
            .iter()
            .map(|p| p.0)
            .find(|n| name.ends_with(&format!(" {n}")))?;
        let state = (0..spots.len()).find(|&i| {
            i != a
                && spots[i].kind == ActorKind::State
                && people.range.start <= spots[i].range.start
                && spots[i].range.end <= people.range.end
        })?;
        (state, noun.to_owned(), gap)
    };
    let &(_, relation) = PEOPLE_SENT.iter().find(|(n, _)| *n == noun)?;
    let placed = matches!(
        spots[b].kind,
        ActorKind::State | ActorKind::Place | ActorKind::Port
    );
    (placed && ABROAD_IN.is_match(rest) && spots[state].id != spots[b].id)
        .then_some((state, relation))
}

/// The places listed after spot `first` ("X, Y and the city of Z"; "X cities, including its
/// capital Y, Z"): each joined to the one before by a list's comma or "and", or by a place noun
/// that names or lists the next ([`PLACE_OF`]).
pub(super) fn places_after(text: &str, spots: &[Spot], top: &[usize], first: usize) -> Vec<usize> {
    let mut last = first;
    let mut places = Vec::new();
    for &next in top
        .iter()
        .filter(|&&i| spots[i].range.start >= spots[first].range.end)
    {
        let joint = &text[spots[last].range.end..spots[next].range.start];
        let listed =
            matches!(joint.trim(), "," | "and" | ", and" | "or" | "&") || PLACE_OF.is_match(joint);
        let place = matches!(
            spots[next].kind,
            ActorKind::State | ActorKind::Place | ActorKind::Port
        );
        if !listed || !place {
            break;
        }
        places.push(next);
        last = next;
    }
    places
}

/// The subject of the clause that a phrase at `at` belongs to: its first actor after the
/// clause's opener ([`CLAUSE_OPENER`]) that no preposition governs and that qualifies no name
/// after it; no demonym ("Chilean oil" is no subject).
fn clause_subject(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    at: usize,
) -> Option<usize> {
    let before = &text[sentence.start..at];
    let start = sentence.start
        + CLAUSE_OPENER
            .find_iter(before)
            .last()
            .map_or(0, |m| m.end());
    top.iter().copied().find(|&i| {
        let spot = &spots[i];
        spot.range.start >= start
            && spot.range.end <= at
            && !spot.demonym
            && !super::links::is_governed(text, spot.range.start)
            && !super::links::qualifies(text, spots, i)
    })
}

/// Before the holder of a role in a relative clause: " whose sole director is a Taiwanese
/// national, ", " whose registered owner is " (the role's words in group `role`).
static WHOSE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\bwhose\s+(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|was|are|were)\s+(?:(?:a|an|the)\s+[^,;()]{1,40},\s+)?$",
    )
});

/// The number that opens a notice's entry before its name, if any: "1. ", "(12) ".
static ENTRY_NUMBER: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s*(?:\(?\d{1,3}[.)]\s+)?$"));
/// A role of control at the start of a notice's field: "Ship manager of the vessels ",
/// "Registered owner of " (the noun of [`CONTROL_NOUNS`] in group `noun`).
static FIELD_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(CONTROL_ROLES.iter().copied());
    regex(&format!(
        r"(?i)^(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\s+of\s+"
    ))
});

/// For a notice's entry, the field each of `spots` is in: the number of field labels before it
/// in the sentence (0 for the entry's name); `None` for other sentences.
pub(super) fn notice_field_numbers(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
) -> Option<Vec<usize>> {
    let body = &text[sentence.clone()];
    if !super::sentences::is_notice_entry(body) {
        return None;
    }
    let fields = super::sentences::notice_fields(body);
    Some(
        spots
            .iter()
            .map(|spot| {
                fields
                    .iter()
                    .filter(|f| sentence.start + f.start <= spot.range.start)
                    .count()
            })
            .collect(),
    )
}

/// The fields of a notice's entry ("2. Eleni KALLISTRATOU. DOB: … Position: Beneficial owner
/// of Ardent Halcyon Maritime Inc."), about the name that opens it: "Position: General Director
/// of O" (a role: `leads`, `works_for`; an owner `owns`), "Other information: Ship manager of
/// the vessels A and B" (`operates`, `owns` what the field names), "Address: …, Saint
/// Petersburg, Russia" (`located_in` the place and the state that end it, the place in the
/// state), "Other information: Received cargo from X" ([`entry_clause`]).
fn notice_fields(
    text: &str,
    sentence: Range<usize>,
    spots: &[Spot],
    top: &[usize],
) -> Vec<Proposal> {
    let mut found = Vec::new();
    let entry = top
        .iter()
        .find(|&&i| ENTRY_NUMBER.is_match(&text[sentence.start..spots[i].range.start]));
    let body = &text[sentence.clone()];
    let Some(&entry) = entry.filter(|_| super::sentences::is_notice_entry(body)) else {
        return found;
    };
    let fields = super::sentences::notice_fields(body);
    for (n, field) in fields.iter().enumerate() {
        let (value_start, label) = (field.value_start, field.label);
        let value_end = fields.get(n + 1).map_or(body.len(), |next| next.start);
        let value = &body[value_start..value_end];
        let range = sentence.start + value_start..sentence.start + value_end;
        let inside: Vec<usize> = top
            .iter()
            .copied()
            .filter(|&i| range.contains(&spots[i].range.start))
            .collect();
        let entry_kind = spots[entry].kind;
        match label {
            "Position" if entry_kind == ActorKind::Person => {
                let Some((role, _)) = value.split_once(" of ") else {
                    continue;
                };
                let role = role.to_lowercase();
                let words = words(&role);
                let Some(&held) = inside.first() else {
                    continue;
                };
                let relation = if words.last() == Some(&"owner") {
                    Some("owns")
                } else {
                    role_relation(&words, true, spots[held].kind)
                };
                if let Some(relation) = relation {
                    found.push(phrase(entry, held, relation, "notice field Position"));
                }
            }
            "Other information" | "Role" | "Position" => {
                let Some(control) = FIELD_CONTROL.captures(value) else {
                    // "Received cargo from LEDA STAR": a clause without a subject is the
                    // entry's.
                    if let Some(proposal) = entry_clause(text, spots, entry, &inside, value) {
                        found.push(proposal);
                    }
                    continue;
                };
                let noun = control["noun"].to_lowercase();
                let Some(&(_, relation, true)) = CONTROL_NOUNS.iter().find(|c| c.0 == noun) else {
                    continue;
                };
                for &held in &inside {
                    found.push(phrase(entry, held, relation, "notice field"));
                }
            }
            "Address" => {
                let Some((&last, rest)) = inside.split_last() else {
                    continue;
                };
                if spots[last].kind != ActorKind::State {
                    continue;
                }
                found.push(phrase(entry, last, "located_in", "notice field Address"));
                let city = rest.last().copied().filter(|&i| {
                    matches!(spots[i].kind, ActorKind::Place | ActorKind::Port)
                        && text.get(spots[i].range.end..spots[last].range.start) == Some(", ")
                });
                if let Some(city) = city {
                    found.push(phrase(entry, city, "located_in", "notice field Address"));
                    found.push(phrase(city, last, "located_in", "notice field Address"));
                }
            }
            _ => {}
        }
    }
    found
}

/// The verb of a notice's field that says what the entry did: "Received cargo from X", "has
/// supplied modules to X", "logistics company that has delivered equipment to X" (group `verb`).
static ENTRY_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:[\w-]+\s+){1,4}?(?:that|which|who)\s+)?(?:(?:has|have|had)\s+)?(?:(?:also|repeatedly|reportedly|allegedly)\s+)?(?P<verb>\p{L}+)\b",
    )
});
/// "Received cargo from LEDA STAR in … ship-to-ship transfers", "Loaded crude at X": a
/// notice's field that opens with a verb says what the entry `entry` did, to or from the first
/// name after the verb (of `inside`, the field's names); a transfer between vessels is
/// `transfers_to`.
fn entry_clause(
    text: &str,
    spots: &[Spot],
    entry: usize,
    inside: &[usize],
    value: &str,
) -> Option<Proposal> {
    // ("logistics company that has delivered X to Y": past the entry's description.)
    let clause = ENTRY_CLAUSE.captures(value)?;
    let verb = clause["verb"].to_lowercase();
    let (relation, from_verb) = super::links::verb_of(&verb)?;
    let &other = inside.first()?;
    let between_ships =
        spots[entry].kind == ActorKind::Ship && spots[other].kind == ActorKind::Ship;
    let relation = if between_ships && super::links::is_movement(relation) {
        "transfers_to"
    } else {
        relation
    };
    let preposition = super::links::last_word_before(text, spots[other].range.start)?;
    let proposal = match (from_verb, preposition.as_str()) {
        (true, "from") => phrase(other, entry, relation, "notice field clause"),
        (false, "to" | "at" | "into") => phrase(entry, other, relation, "notice field clause"),
        _ => return None,
    };
    Some(proposal)
}

/// A person's age set off by commas right after the name: ", 47," (before " the managing
/// director of"; the rule reads on from the second comma).
static AGE_APPOSED: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+\d{1,3},"));

/// A relative clause that says what someone judges the name before it to be or do: ", which
/// the Panel assesses to be ", ", which Treasury described as ", ", a crew that officials say
/// " (the
/// relative pronoun in group `open`; "to be" or "as" in group `as`, after which the rest reads
/// as an apposition).
static JUDGED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<open>,\s+(?:an?\s+[^,;()]{1,40}?\s+)?(?:which|that|who)\s+)(?:the\s+)?(?:[\w’'.-]+\s+){1,5}?(?:assess(?:es|ed)?|says?|said|believes?|believed|considers?|considered|alleges?|alleged|describes?|described|suspects?|suspected|deems?|deemed|identified|identifies|determined|determines|found|finds)\s+(?P<as>(?:to\s+be|as)\s+)?",
    )
});

/// Before the subject of a relative clause whose object is the name before it: ", which ",
/// " that the ", ", an Iranian firm that ", " (IMO 9679294), which the ".
static OBJECT_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:\s+\([^()]{1,40}\))?(?:,\s+(?:a|an|the)\s+[^,;()]{1,50}?)?,?\s+(?:which|that|whom)\s+(?:the\s+)?$",
    )
});
/// The verb of a relative clause's subject: " sanctioned in January", " had designated", " also
/// seized" (in group `verb`).
static SUBJECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|already|later|since)\s+)?(?P<verb>\p{Ll}+)\b",
    )
});

/// "the tanker X, which the U.S. Treasury sanctioned in January", "X, an Iranian firm that
/// OFAC designated in 2023": the subject Y of a relative clause acts on X, the clause's object,
/// with a verb that takes a direct object (`sanctions`, `seizes`, `owns` …). X is the nearest
/// name before the relative pronoun, past an apposition's demonyms and adjectives.
fn relative_objects(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for (position, &subject) in top.iter().enumerate() {
        let after = &text[spots[subject].range.end..];
        let Some(verb) = SUBJECT_VERB.captures(after) else {
            continue;
        };
        let Some((relation, false)) = super::links::verb_of(&verb["verb"]) else {
            continue;
        };
        if !super::links::takes_direct_object(relation) {
            continue;
        }
        // ("which the U.S. Treasury sanctioned": the name opens with its state's.)
        let mut opening = position;
        while opening > 0 && {
            let previous = &spots[top[opening - 1]];
            text.get(previous.range.end..spots[top[opening]].range.start) == Some(" ")
        } {
            opening -= 1;
        }
        let describes =
            |i: usize| spots[i].demonym || super::links::made_adjective(text, &spots[i]);
        let object = top[..opening]
            .iter()
            .rev()
            .copied()
            .find(|&i| !describes(i))
            .filter(|&i| {
                text.get(spots[i].range.end..spots[top[opening]].range.start)
                    .is_some_and(|gap| OBJECT_RELATIVE.is_match(gap))
            });
        if let Some(object) = object {
            found.push(phrase(
                subject,
                object,
                relation,
                "object of a relative clause",
            ));
        }
    }
}

/// "X, a company registered in Y, whose sole director is P": P `leads` X; "whose registered
/// owner is O": O `owns` X (the role nouns of [`CONTROL_NOUNS`] that run from their holder, or a
/// person's role). X is the nearest organisation or ship before "whose", past the places that
/// describe it.
fn whose_roles(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for (position, &holder) in top.iter().enumerate() {
        let before = &text[sentence.start..spots[holder].range.start];
        let Some(whose) = WHOSE_ROLE.captures(before) else {
            continue;
        };
        let at = sentence.start + whose.get(0).map_or(0, |m| m.start());
        let held = top[..position].iter().rev().copied().find(|&i| {
            spots[i].range.end <= at
                && !spots[i].demonym
                && !matches!(
                    spots[i].kind,
                    ActorKind::State | ActorKind::Place | ActorKind::Port | ActorKind::Person
                )
        });
        let Some(held) = held else {
            continue;
        };
        let words = self::words(&whose["role"]);
        let control = words.last().and_then(|last| {
            CONTROL_NOUNS
                .iter()
                .find(|(noun, _, forward)| *forward && last.trim_end_matches('s') == *noun)
        });
        let relation = match control {
            Some((_, relation, _)) if *relation != "represents" => Some(*relation),
            Some(_) => None,
            None if spots[holder].kind == ActorKind::Person => {
                role_relation(&words, true, spots[held].kind)
            }
            None => None,
        };
        if let Some(relation) = relation {
            found.push(phrase(holder, held, relation, "whose role"));
        }
    }
}

/// "X, the uncle of Y", "Y’s brother X", "the son of Y, X": relatives are `linked_to` one
/// another (the relative named by the kinship noun to the person it is said of).
fn kin(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    let people: Vec<usize> = top
        .iter()
        .copied()
        .filter(|&i| spots[i].kind == ActorKind::Person)
        .collect();
    for pair in people.windows(2) {
        let (p, q) = (pair[0], pair[1]);
        if spots[p].id == spots[q].id {
            continue;
        }
        let gap = &text[spots[p].range.end..spots[q].range.start];
        if KIN_OF.is_match(gap) {
            found.push(phrase(p, q, "linked_to", "kin of"));
        } else if KIN_POSSESSED.is_match(gap)
            || gap.trim() == "," && KIN_BEFORE.is_match(&text[sentence.start..spots[p].range.start])
        {
            found.push(phrase(q, p, "linked_to", "kin of"));
        }
    }
}

/// Between a person and the organisation whose role is apposed to them: ", ", ", listed as ",
/// ", named as the ".
static ROLE_OWNER_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^,\s+(?:(?:listed|named|identified|described|registered)\s+as\s+)?(?:the\s+)?$")
});

/// After an owner, the words of a role it owns: "’s sole director", "'s foreign minister",
/// "’s main port" (group `role`).
pub(super) const OWNED_ROLE_WORDS: &str = r"(?:’s|'s)\s+(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2})";

/// After that organisation, its role ([`OWNED_ROLE_WORDS`]).
static OWNED_ROLE: LazyLock<Regex> = LazyLock::new(|| regex(&format!("^{OWNED_ROLE_WORDS}")));

/// "P, O’s sole director", "P, listed as O’s director", "Cho, South Korea’s foreign minister":
/// P holds the role in O (`leads` for a head role, `works_for` otherwise; a state's minister
/// works for it).
fn possessive_roles(text: &str, spots: &[Spot], top: &[usize], found: &mut Vec<Proposal>) {
    for pair in top.windows(2) {
        let (person, owner) = (pair[0], pair[1]);
        if spots[person].kind != ActorKind::Person || spots[owner].kind == ActorKind::Person {
            continue;
        }
        let gap = &text[spots[person].range.end..spots[owner].range.start];
        if !ROLE_OWNER_APPOSED.is_match(gap) {
            continue;
        }
        let Some(held) = OWNED_ROLE.captures(&text[spots[owner].range.end..]) else {
            continue;
        };
        let title = words(&held["role"]);
        let Some(relation) = role_relation(&title, true, spots[owner].kind) else {
            continue;
        };
        let minister = spots[owner].kind == ActorKind::State && self::role(title[0]).is_none();
        let relation = if relation == "leads" && minister {
            "works_for"
        } else {
            relation
        };
        found.push(phrase(person, owner, relation, "role"));
    }
}

/// Putting names on a sanctions list: "added X and Y to the Entity List", "placed X on its
/// blacklist" (the names in group `objects`); identifying vessels as blocked: "identified the
/// vessels X and Y as blocked property" (group `blocked`).
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:(?:added|adds|adding|put|puts|putting|placed|places|placing)\b(?P<objects>[^;:]{1,160}?)\b(?:to|on)\s+(?:its|their|the|a|an)\s+(?:[\w’'-]+\s+){0,5}?(?:[Ll]ist|[Bb]lacklist)|(?:identified|identifies|identifying|identify)\b(?P<blocked>[^;:]{1,160}?)\bas\s+(?:blocked\s+property|property\s+in\s+which)\b)",
    )
});

/// Being put on a sanctions list, in the passive: "was added to the Commerce Department’s
/// Entity List", "were placed on the SDN list by ", "was listed by ", "had been blacklisted by
/// the " (the list's words in group `list`).
static LISTED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:(?:added|put|placed)\s+(?:to|on)\s+(?P<list>(?:its|their|the|a|an)\s+(?:[\w’'.-]+\s+){0,5}?(?:[Ll]ist|[Bb]lacklist))\b(?:\s+by\b)?|(?:listed|blacklisted)\s+by\b)(?:\s+the\b)?\s*",
    )
});

/// "X and Y were added to the Commerce Department’s Entity List", "after the ship was listed
/// by the European Union": the list's owner, or the agent after "by", `sanctions` the names
/// right before the verb (and the list they end).
fn passive_listings(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    let body = &text[sentence.clone()];
    for listed in LISTED_PASSIVE.captures_iter(body) {
        let whole = listed.get(0).map_or(0..0, |m| m.range());
        let (verb_at, end) = (sentence.start + whole.start, sentence.start + whole.end);
        // The owner of the list ("the Commerce Department’s Entity List"), else the agent.
        let list = listed.name("list").map_or(0..0, |m| {
            sentence.start + m.start()..sentence.start + m.end()
        });
        let owner = top.iter().copied().find(|&i| {
            list.start <= spots[i].range.start
                && spots[i].range.end < list.end
                && text[spots[i].range.end..].starts_with(['’', '\''])
        });
        let by_agent = text[verb_at..end].contains(" by");
        let agent = || {
            top.iter()
                .copied()
                .find(|&i| by_agent && spots[i].range.start == end)
        };
        let Some(lister) = owner
            .or_else(agent)
            .filter(|&i| !matches!(spots[i].kind, ActorKind::Place | ActorKind::Port))
        else {
            continue;
        };
        // The names right before the verb: the last one and the list it ends.
        let Some(last) = top
            .iter()
            .copied()
            .rfind(|&i| spots[i].range.end <= verb_at)
            .filter(|&i| text[spots[i].range.end..verb_at].trim().is_empty())
        else {
            continue;
        };
        let members = std::iter::once(last).chain(listed_with(text, spots, top, last, false));
        for member in members.filter(|&m| spots[m].id != spots[lister].id) {
            found.push(phrase(lister, member, "sanctions", "put on a list"));
        }
    }
}

/// "Treasury added X and Y to the Specially Designated Nationals list": the clause's subject
/// `sanctions` each name put on the list.
fn listings(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    let body = &text[sentence.clone()];
    for listed in LISTED.captures_iter(body) {
        let verb_at = sentence.start + listed.get(0).map_or(0, |m| m.start());
        let objects = listed
            .name("objects")
            .or_else(|| listed.name("blocked"))
            .map_or(0..0, |m| {
                sentence.start + m.start()..sentence.start + m.end()
            });
        let Some(subject) = clause_subject(text, sentence, spots, top, verb_at)
            .filter(|&s| !matches!(spots[s].kind, ActorKind::Place | ActorKind::Port))
        else {
            continue;
        };
        for &object in top.iter().filter(|&&i| {
            objects.start <= spots[i].range.start
                && spots[i].range.end <= objects.end
                && !spots[i].demonym
                && !super::links::qualifies(text, spots, i)
        }) {
            found.push(phrase(subject, object, "sanctions", "added to a list"));
        }
    }
}

/// A reason given with a movement: "for illegally transferring oil to ", "for shipping coal to
/// the " (the gerund in group `gerund`, what it ends on before the target).
static REASON: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\bfor\s+(?:[a-z]+ly\s+)?(?P<gerund>[a-z]+ing)\b(?P<rest>[^;:,]{0,80}?\bto\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2})$",
    )
});
/// A passive with its agent before a reason: "was seized by ", "were designated by the ".
static PASSIVE_BY: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\b"));

/// A vessel's call at a port: "called at the ", "calls at the Russian port of " (the state's
/// name may stand between).
static CALLED_AT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:called|calls|calling|call)\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:port|harbou?r|terminal)\s+of\s+(?:the\s+)?)?$",
    )
});

/// "The tanker X called at the port of Y": X `docks_at` Y.
fn port_calls(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for &y in top {
        if !matches!(spots[y].kind, ActorKind::Port | ActorKind::Place) {
            continue;
        }
        let before = &text[sentence.start..spots[y].range.start];
        let Some(call) = CALLED_AT.find(before) else {
            continue;
        };
        let subject = clause_subject(text, sentence, spots, top, sentence.start + call.start());
        if let Some(ship) = subject.filter(|&s| spots[s].kind == ActorKind::Ship) {
            found.push(phrase(ship, y, "docks_at", "called at"));
        }
    }
}

/// The opening of an address after a name: ", located at ", " is registered at ", ", which is
/// listed at " (before "a Hong Kong address").
static ADDRESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^,?\s+(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were)\s+)?(?:located|based|registered|headquartered|listed)\s+at\s+",
    )
});
/// The end of an address inside a sentence: a comma before a word in lower case (", supplied").
static ADDRESS_END: LazyLock<Regex> = LazyLock::new(|| regex(r",\s+\p{Ll}|[;:]"));

/// "X, located at Room 1807, 33 Kai Lok Road, Kowloon, Hong Kong, supplied Y": X is in the
/// place that ends its address.
fn addresses(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for &x in top {
        let placeable = !matches!(
            spots[x].kind,
            ActorKind::State | ActorKind::Place | ActorKind::Port | ActorKind::Ship
        );
        let rest = &text[spots[x].range.end..sentence.end];
        let Some(opening) = ADDRESS_AFTER.find(rest).filter(|_| placeable) else {
            continue;
        };
        let address = &rest[opening.end()..];
        let length = ADDRESS_END
            .find(address)
            .map_or(address.len(), |end| end.start());
        let start = spots[x].range.end + opening.end();
        let places: Vec<usize> = top
            .iter()
            .copied()
            .filter(|&p| start <= spots[p].range.start && spots[p].range.end <= start + length)
            .filter(|&p| matches!(spots[p].kind, ActorKind::Place | ActorKind::State))
            .collect();
        if let Some(&last) = places.last() {
            found.push(phrase(x, last, "located_in", "address"));
        }
    }
}

/// "X was seized by Z for transferring oil to Y", "Z designated X for shipping coal to Y": the
/// one the measure is about (the passive's subject, else the actor right before "for" and
/// those listed with it) moves the goods to Y.
fn reasons(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for (position, &y) in top.iter().enumerate() {
        let before = &text[sentence.start..spots[y].range.start];
        let Some(reason) = REASON.captures(before) else {
            continue;
        };
        let Some((relation, _)) = super::links::verb_of(&reason["gerund"])
            .filter(|(relation, _)| super::links::is_movement(relation))
        else {
            continue;
        };
        let at = sentence.start + reason.get(0).map_or(0, |m| m.start());
        let clause = &text[sentence.start..at];
        let doer = if PASSIVE_BY.is_match(clause) {
            clause_subject(text, sentence, spots, top, at)
        } else {
            top[..position].iter().rev().copied().find(|&i| {
                spots[i].range.end <= at
                    && !spots[i].demonym
                    && !super::links::qualifies(text, spots, i)
            })
        };
        // "to the North Korean tanker Chong Gen": the name that the first one qualifies.
        let target = if super::links::qualifies(text, spots, y) {
            top.get(position + 1).copied()
        } else {
            Some(y)
        };
        let (Some(doer), Some(target)) = (doer, target) else {
            continue;
        };
        // "designated A, B and C for supplying …": each one listed.
        let listed = listed_with(text, spots, top, doer, false);
        for doer in std::iter::once(doer).chain(listed) {
            if spots[doer].id != spots[target].id {
                found.push(phrase(doer, target, relation, "for … to"));
            }
        }
    }
}

/// "X shipped oil in breach of UN sanctions", "X used brokers to evade U.S. sanctions": the
/// clause's subject ([`clause_subject`]) `violates` the sanctions of the actor named before
/// "sanctions".
fn violations(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for (at, spot) in spots.iter().enumerate() {
        let imposes = !matches!(
            spot.kind,
            ActorKind::Place | ActorKind::Port | ActorKind::Ship | ActorKind::Firm
        );
        if !imposes || is_nested(spots, at) {
            continue;
        }
        let before = &text[sentence.start..spot.range.start];
        let Some(defying) = DEFYING.find(before) else {
            continue;
        };
        if !SANCTIONS_AFTER.is_match(&text[spot.range.end..sentence.end]) {
            continue;
        }
        let verb_at = sentence.start + defying.start();
        // "helping Pyongyang evade UN sanctions", "allowed X to skirt": the name right before
        // the verb is the one that evades.
        let right_before = top.iter().copied().rev().find(|&i| {
            spots[i].range.end <= verb_at
                && matches!(text[spots[i].range.end..verb_at].trim(), "" | "to")
                && !spots[i].demonym
                && !super::links::is_governed(text, spots[i].range.start)
        });
        let subject = right_before
            .or_else(|| clause_subject(text, sentence, spots, top, verb_at))
            .filter(|&s| !matches!(spots[s].kind, ActorKind::Place | ActorKind::Port));
        if let Some(subject) = subject {
            found.push(phrase(subject, at, "violates", "in breach of sanctions"));
        }
    }
}

/// Tourism that a phrase names without a verb of sending: "will open X to Chilean tourists"
/// (the state of the demonym `sends_tourists_to` X); "X offers tours to Y and Z", "X runs
/// trips to the city of Y" (the firm, group or agency X `sends_tourists_to` each place).
fn tourism(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    for &i in top {
        let spot = &spots[i];
        let before = &text[sentence.start..spot.range.start];
        let after = &text[spot.range.end..sentence.end];
        let place = matches!(
            spot.kind,
            ActorKind::State | ActorKind::Place | ActorKind::Port
        );
        if spot.demonym && spot.kind == ActorKind::State && TOURISTS.is_match(after) {
            // The place opened is the first after "open", before " to <demonym>".
            let opened = OPEN.find_iter(before).last().and_then(|open| {
                let start = sentence.start + open.end();
                OPEN_TO.is_match(&text[start..spot.range.start]).then(|| {
                    top.iter().copied().find(|&j| {
                        spots[j].range.start >= start
                            && spots[j].range.end <= spot.range.start
                            && spots[j].id != spot.id
                            && matches!(spots[j].kind, ActorKind::Place | ActorKind::Port)
                    })
                })
            });
            if let Some(opened) = opened.flatten() {
                found.push(phrase(i, opened, "sends_tourists_to", "open to tourists"));
            }
        } else if place {
            let Some(tours) = TOURS_TO.find(before) else {
                continue;
            };
            let firm = clause_subject(text, sentence, spots, top, sentence.start + tours.start())
                .filter(|&f| {
                    matches!(
                        spots[f].kind,
                        ActorKind::Firm | ActorKind::Group | ActorKind::Agency
                    )
                });
            if let Some(firm) = firm {
                for place in std::iter::once(i).chain(places_after(text, spots, top, i)) {
                    found.push(phrase(firm, place, "sends_tourists_to", "tours to"));
                }
            }
        }
    }
}

/// "X exported coal through ship-to-ship transfers with Y", "X conducted a transfer of oil with
/// Y": X (the clause's subject) `transfers_to` Y; "X supplied fuel to Y via ship-to-ship
/// transfers": the recipient of X's movement.
fn transfers(
    text: &str,
    sentence: &Range<usize>,
    spots: &[Spot],
    top: &[usize],
    found: &mut Vec<Proposal>,
) {
    // "the Lucky Star and the Chong Gen conducted a ship-to-ship transfer".
    for pair in top.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        let listed = matches!(
            text[spots[x].range.end..spots[y].range.start].trim(),
            "and" | "and the"
        );
        let ships = spots[x].kind == ActorKind::Ship && spots[y].kind == ActorKind::Ship;
        if listed && ships && CONDUCTED_TRANSFER.is_match(&text[spots[y].range.end..sentence.end]) {
            found.push(phrase(x, y, "transfers_to", "conducted a transfer"));
        }
    }
    for &y in top {
        let spot = &spots[y];
        if matches!(spot.kind, ActorKind::Place | ActorKind::Port) || spot.demonym {
            continue;
        }
        let before = &text[sentence.start..spot.range.start];
        let after = &text[spot.range.end..sentence.end];
        let phrase_start = if let Some(with) = TRANSFER_WITH.find(before) {
            with.start()
        } else if VIA_TRANSFERS.is_match(after)
            && super::links::is_governed(text, spot.range.start)
            && before_article(before).ends_with(" to")
        {
            before.len()
        } else {
            continue;
        };
        let Some(subject) =
            clause_subject(text, sentence, spots, top, sentence.start + phrase_start)
        else {
            continue;
        };
        // "to Y via transfers" needs the subject's verb of movement before Y.
        let moved = phrase_start < before.len()
            || text[spots[subject].range.end..spot.range.start]
                .split(|c: char| !c.is_alphabetic())
                .filter_map(super::links::verb_of)
                .any(|(relation, _)| super::links::is_movement(relation));
        if moved && spots[subject].id != spot.id {
            found.push(phrase(subject, y, "transfers_to", "transfers with"));
        }
    }
}

pub(super) fn phrase(from: usize, to: usize, relation: &'static str, cue: &str) -> Proposal {
    Proposal {
        from,
        to,
        relation,
        verb: cue.to_owned(),
        voice: "none",
        commodity: None,
        date: None,
        grade: Grade::CONFIRMED,
        hedge: None,
        confidence: 0.7,
    }
}

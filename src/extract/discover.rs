//! New actors: proper-noun phrases that the gazetteer does not know, with a kind from the cues
//! around them, identifiers the text gives (IMO and MMSI numbers, flags), and a confidence.
//!
//! A person named in full is later named by the family name alone ("Morrow said", "according to
//! Dr. Morrow", "Von Hippel added", "Lee" for "Lee Nam-ju"): [`is_family_name`] tells such a
//! short form, and `extract` reads it as the person's mention, a known one's (by
//! `FamilyName`, among the persons named so far) or a new one's, never as a new actor; not
//! when a cue makes it another kind ("Jordan", a country), and nobody's when several persons
//! share it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::countries;
use crate::model::{ActorKind, Identifiers};

/// A proper-noun phrase found in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The name, as written (titles and a leading "The" removed), or a country's common name.
    pub name: String,
    /// Byte range of the name in the text.
    pub range: Range<usize>,
    /// The kind the cues say.
    pub kind: ActorKind,
    /// The cue that gave the kind ("suffix Ministry", "said", "tanker", "country").
    pub cue: String,
    /// How sure the phrase is an actor, 0 to 1.
    pub confidence: f64,
    /// ISO code of a country the phrase is of (a state, or a demonym's collective).
    pub country: Option<String>,
    /// True for an unnamed collective ("Chinese vessels").
    pub collective: bool,
    /// IMO number, MMSI, flag found beside it.
    pub identifiers: Identifiers,
    /// Another name the text gives: an acronym in brackets after the name ("China National
    /// Petroleum Corporation (CNPC)"), or the form written when the name is a country's common
    /// name ("UK" for United Kingdom).
    pub alias: Option<String>,
    /// True when the text names the actor by its demonym ("Chinese" for China).
    pub demonym: bool,
    /// True when the phrase opens the sentence (its capital may be only the sentence's).
    pub sentence_initial: bool,
    /// True for "the North", "the South": the most recent state whose name opens with it.
    /// ("The country", "the regime" are left to [`super::coreference`].)
    pub anaphor: bool,
}

/// Legal forms of companies, as written at the end of a firm's name ("Pte. Ltd.", "Co., Ltd.",
/// "GmbH") or, for the all-capital ones of three letters or more, at its start ("PJSC
/// Sovfracht", "OOO Romashka"). Either marks a firm. A form ending in a period is an
/// abbreviation that may also be written without it ("Co Ltd"); after one, a sentence goes on
/// when more of the form follows ("Pte. Ltd.").
const LEGAL_FORMS: &[&str] = &[
    "Co.", "Corp.", "Inc.", "Ltd.", "Pte.", "Pty.", "Sdn.", "Bhd.", "LLC", "L.L.C.", "LLP", "PLC",
    "Plc", "S.A.", "S.A.S.", "S.R.L.", "GmbH", "AG", "B.V.", "N.V.", "JSC", "OJSC", "PJSC", "CJSC",
    "OOO", "FZE", "FZCO", "FZC", "DMCC", "Limited", "Company", "SpA", "S.p.A.", "Ltda.", "SARL",
    "Pvt.", "AS", "ASA", "Oyj", "A.S.", "A.Ş.", "SA", "SAS", "SRL", "BV", "NV", "SAL",
];

/// The legal form of [`LEGAL_FORMS`] that `word` is, with or without its period ("Ltd" and
/// "Ltd." are "Ltd.").
/// A notice's capitals ("ARDENT HALCYON MARITIME INC.") write the form in capitals.
pub(super) fn legal_form(word: &str) -> Option<&'static str> {
    let bare = word.trim_end_matches('.');
    let capitals = bare.len() >= 2 && !bare.chars().any(char::is_lowercase);
    LEGAL_FORMS
        .iter()
        .find(|form| {
            let form = form.trim_end_matches('.');
            form == bare || capitals && form.eq_ignore_ascii_case(bare)
        })
        .copied()
}

/// A firm's name without the legal forms that end it ("Delta Fuels" of "Delta Fuels SpA",
/// "Harbor Star Trading" of "Harbor Star Trading Co., Ltd."), if any do and a name is left.
///
/// ```
/// # use linkchart::extract::discover::without_legal_forms;
/// assert_eq!(without_legal_forms("Harbor Star Trading Co., Ltd."), Some("Harbor Star Trading"));
/// assert_eq!(without_legal_forms("Harbor Star"), None);
/// ```
pub fn without_legal_forms(name: &str) -> Option<&str> {
    let mut rest = name.trim_end();
    while let Some((head, last)) = rest.rsplit_once(' ') {
        if legal_form(last).is_none() {
            break;
        }
        rest = head.trim_end().trim_end_matches(',').trim_end();
    }
    (rest.len() < name.trim_end().len() && rest.contains(' ')).then_some(rest)
}

/// Whether `short` names the firm `full` by the words before its trade ("Golden Tide" of
/// "Golden Tide Trading Co., Ltd.", "Velmar" of "Velmar Shipping Inc."): the first words of
/// its name, the rest of which are firm head words and legal forms.
///
/// ```
/// # use linkchart::extract::discover::is_firm_short_form;
/// assert!(is_firm_short_form("Golden Tide", "Golden Tide Trading Co., Ltd."));
/// assert!(is_firm_short_form("Velmar", "Velmar Shipping Inc."));
/// assert!(is_firm_short_form("Zenith Crest", "Zenith Crest Ship Management FZE"));
/// assert!(!is_firm_short_form("Golden", "Golden Tide Trading Co., Ltd."));
/// assert!(!is_firm_short_form("Golden Tide", "Golden Tide Group"));
/// ```
pub fn is_firm_short_form(short: &str, full: &str) -> bool {
    let Some(rest) = full.strip_prefix(short).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let trade = without_legal_forms(full).unwrap_or(full);
    // The short form keeps at least the words before the first head word, and drops some
    // ("Tavandar Naft" of "Tavandar Naft Marketing Company").
    trade.len() > short.len()
        && rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                head_word(w).is_some_and(|(_, kind)| kind == ActorKind::Firm)
                    || TRADE_WORDS.contains(&w)
            })
}

/// A government department's name, read: the country it is of when the name says it ("U.S.",
/// "HM"), what it is the department of ("Treasury", "Homeland Security") and how full the form
/// is (0 for "Treasury" alone, 1 for "Treasury Department", 2 for "Department of the Treasury",
/// 3 more with the country).
struct Department<'a> {
    country: Option<&'static str>,
    subject: &'a str,
    fullness: u8,
}

/// The forms of a department's name: "[country] Department of [the] Subject", "[country]
/// Subject Department" and, for the one department named by its subject alone, "[country]
/// Treasury".
static DEPARTMENT: LazyLock<Regex> = LazyLock::new(|| {
    let country = r"(?:(?P<country>U\.S\.|US|United States|HM|UK|U\.K\.)\s+)?";
    let subject = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?";
    Regex::new(&format!(
        r"^{country}(?:Department\s+of\s+(?:the\s+)?(?P<of>{subject})|(?P<named>{subject})\s+Department|(?P<alone>Treasury))$"
    ))
    .expect("valid regex")
});

/// The department a name is, read by [`DEPARTMENT`] (a leading "the" aside).
fn department(name: &str) -> Option<Department<'_>> {
    let captures = DEPARTMENT.captures(name.strip_prefix("the ").unwrap_or(name))?;
    let country = captures.name("country").map(|c| match c.as_str() {
        "HM" | "UK" | "U.K." => "GB",
        _ => "US",
    });
    let (subject, form) = if let Some(of) = captures.name("of") {
        (of, 2)
    } else if let Some(named) = captures.name("named") {
        (named, 1)
    } else {
        (captures.name("alone")?, 0)
    };
    Some(Department {
        country,
        subject: subject.as_str(),
        fullness: form + if country.is_some() { 3 } else { 0 },
    })
}

/// Whether `short` names the government department `full` by a shorter form: the same
/// department ("Treasury", "Treasury Department", "Department of the Treasury") of the same
/// country, or of none said, in a fuller form.
///
/// ```
/// # use linkchart::extract::discover::is_department_short_form;
/// assert!(is_department_short_form("Treasury", "U.S. Department of the Treasury"));
/// assert!(is_department_short_form("Justice Department", "Department of Justice"));
/// assert!(is_department_short_form("Treasury Department", "U.S. Treasury"));
/// assert!(!is_department_short_form("U.S. Treasury", "HM Treasury"));
/// assert!(!is_department_short_form("Department of Justice", "Justice Department"));
/// assert!(!is_department_short_form("State Department", "Department of Commerce"));
/// ```
pub fn is_department_short_form(short: &str, full: &str) -> bool {
    let (Some(short), Some(full)) = (department(short), department(full)) else {
        return false;
    };
    short.subject == full.subject
        && short.country.is_none_or(|c| full.country == Some(c))
        && short.fullness < full.fullness
}

/// Whether `short` is an acronym of `full`: the initials of its words that open with a capital
/// ("OFAC" of "Office of Foreign Assets Control"), two letters or more.
///
/// ```
/// use linkchart::extract::discover::is_acronym_of;
/// assert!(is_acronym_of("OFAC", "Office of Foreign Assets Control"));
/// assert!(!is_acronym_of("OFAC", "Office of Foreign Control"));
/// assert!(!is_acronym_of("Ofac", "Office of Foreign Assets Control"));
/// ```
pub fn is_acronym_of(short: &str, full: &str) -> bool {
    if short.len() < 2 || !short.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let mut initials = full
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase());
    short.chars().all(|c| initials.next() == Some(c)) && initials.next().is_none()
}

/// Whether a word ends a ship manager's or shipper's name that "of" and its place may follow
/// ("Aurigen Ship Management of Dubai"; not "Bank", as in "Bank of China").
fn firm_ending(word: &str) -> bool {
    matches!(
        word,
        "Management" | "Shipmanagement" | "Shipping" | "Logistics"
    )
}

/// Words that say what a firm trades in or does, which its short name drops ("Zenith Crest" of
/// "Zenith Crest Ship Management FZE").
const TRADE_WORDS: &[&str] = &[
    "Marketing",
    "Management",
    "Ship",
    "Export",
    "Import",
    "Crude",
    "Commodities",
    "Services",
    "Supply",
    "Fuel",
    "Fuels",
    "Gas",
    "Investment",
    "Investments",
    "Resources",
    "General",
    "Navigation",
    "Company",
    "Development",
    "Construction",
    "Technology",
    "Capital",
    "Minerals",
    "Mineral",
    "Metals",
    "Marine",
    "Shipholding",
    "Shipholdings",
    "Shipmanagement",
    "Petro",
    "Refinery",
    "Refining",
    "Chemicals",
    "Engineering",
    "Solutions",
    "Commercial",
    "Electronics",
];

/// Before a vessel's or a firm's other name: "which changed its name to ", "(formerly ",
/// ", previously sailing as ", "also known as the ".
static OTHER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:changed (?:its|their) name to|renamed(?: as| to)?|formerly(?: known as| named| called)?|previously (?:named|known as|called|sail(?:ed|ing) as)|also known as|a\.k\.a\.|now (?:named|called|sailing as)|sail(?:ed|ing|s) (?:as|under the name)|under the name)\s+(?:the\s+)?$",
    )
    .expect("valid regex")
});

/// Whether the text before a name (`before`, up to the name) gives it as another name of the
/// vessel or firm named just before ("the tanker New Konk, which changed its name to Sun
/// Flower", "Ocean Lily (formerly Jin Hae)").
///
/// ```
/// # use linkchart::extract::discover::other_name_before;
/// assert!(other_name_before("The tanker New Konk, which changed its name to "));
/// assert!(other_name_before("the Sun Flower (formerly "));
/// assert!(!other_name_before("The tanker sailed to "));
/// ```
pub fn other_name_before(before: &str) -> bool {
    OTHER_NAME.is_match(before)
}

/// Whether a legal form opens a firm's name ("JSC Sovcomflot"): all capitals, three or more.
fn leads_name(form: &str) -> bool {
    form.len() >= 3 && form.chars().all(|c| c.is_ascii_uppercase())
}

/// A legal form written after a comma or space, as a regex alternative: an abbreviation with
/// or without its period, any other form as a whole word.
fn form_pattern(form: &str) -> String {
    match form.strip_suffix('.') {
        Some(stem) => format!(r"{}(?:\.|\b)", regex::escape(stem)),
        None => format!(r"{}\b", regex::escape(form)),
    }
}

/// A capitalized word, an initial, or a company-form abbreviation; names are runs of these,
/// joined by "of", "for", "&" or a family name's particle ("de", "al", "von": "Frank von
/// Hippel"), and may end in legal forms after a comma ("Orchid Trading Co., Ltd.").
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    let abbreviations = LEGAL_FORMS
        .iter()
        .filter(|form| form.matches('.').count() == 1 && form.ends_with('.'))
        .map(|form| regex::escape(form))
        .chain([regex::escape("Bros.")])
        // "Dr. Ana Ruiz": a title's abbreviation opens the person's name, which shape cuts.
        .chain(
            TITLES
                .iter()
                .filter(|title| title.ends_with('.'))
                .map(|title| regex::escape(title)),
        )
        .collect::<Vec<_>>()
        .join("|");
    let word = format!(
        r"(?:{abbreviations}|\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{N}}]*(?:[-'’][\p{{L}}\p{{N}}]+)*)"
    );
    let joiner = format!(
        r"(?:\s+(?:of the|of|for|&|{})\s+|\s+|-)",
        NAME_PARTICLES.join("|")
    );
    let forms = LEGAL_FORMS
        .iter()
        .map(|form| form_pattern(form))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r"{word}(?:{joiner}{word})*(?:,?\s+(?:{forms}))*")).expect("valid regex")
});

static IMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bIMO(?:\s+(?:(?i:number|no\.?)|#))?[\s:#]*(\d{7})\b").expect("valid regex")
});
static MMSI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bMMSI(?:\s+(?i:number|no\.?))?[\s:#]*(\d{9})\b").expect("valid regex")
});
/// A flag state: before the vessel ("Panama-flagged", "Togo-flag"; group 1), or after it
/// ("flagged in Sierra Leone", "under a Comoros flag", "under the flag of the Cook Islands";
/// groups 2 to 4).
static FLAGGED: LazyLock<Regex> = LazyLock::new(|| {
    let country = r"(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)";
    let lazy_country = r"(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*?)";
    Regex::new(&format!(
        r"\b{country}-flag(?:ged)?\b|\bflagged (?:in|by|to) (?:the )?{country}|\bunder (?:the |a )?{lazy_country}(?:’s|'s)? flag\b|\bflag of (?:the )?{country}"
    ))
    .expect("valid regex")
});

/// Adjectives of regions, which open no name alone but open organisations' names ("European
/// Union", "African Development Bank").
const REGION_ADJECTIVES: &[&str] = &[
    "European", "Asian", "African", "Arab", "Western", "Eastern", "Northern", "Southern",
];

/// Capitalized words that are not names by themselves (sentence openers, titles, calendar).
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "If",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "For",
    "From",
    "To",
    "With",
    "Without",
    "By",
    "After",
    "Before",
    "Since",
    "Until",
    "While",
    "When",
    "Where",
    "Why",
    "How",
    "What",
    "Which",
    "Who",
    "According",
    "Meanwhile",
    "However",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Also",
    "Still",
    "Then",
    "There",
    "Here",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "Other",
    "Such",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Previously",
    "Currently",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Instead",
    "Additionally",
    "Moreover",
    "Furthermore",
    "Interestingly",
    "Experts",
    "Analysts",
    "Officials",
    "Sources",
    "Reports",
    "Satellite",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "One",
    "Two",
    "Three",
    "Several",
    "Under",
    "Over",
    "Between",
    "Among",
    "During",
    "Against",
    "Following",
    "Amid",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "European",
    "Asian",
    "African",
    "Arab",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Christmas",
    "Internet",
    "UPDATE",
    "Update",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Let’s",
    "Let's",
    "Don’t",
    "Don't",
    "Let",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Will",
    "Would",
    "Could",
    "Should",
    "May",
    "Might",
    "Must",
    "Can",
    "Not",
    "No",
    "Yes",
    "Such",
    "Even",
    "Just",
    "Only",
    "Whether",
    "Once",
    "Twice",
    "Further",
    "Recently",
];

/// Pronouns that open sentences; inside one, capitalized, they begin a name ("You Zejun").
const PRONOUNS: &[&str] = &["You", "He", "She", "We", "They", "It"];

/// Endings of hyphenated adjectives made from names ("Panama-flagged", "Kremlin-aligned").
const ADJECTIVE_TAILS: &[&str] = &[
    "flagged",
    "flag",
    "based",
    "registered",
    "owned",
    "backed",
    "aligned",
    "linked",
    "led",
    "made",
    "run",
    "controlled",
    "operated",
    "born",
    "bound",
    "affiliated",
    "funded",
    "sanctioned",
    "headquartered",
];

/// Capitalized common nouns whose possessive belongs inside a name ("Democratic People’s
/// Republic", "Children’s Fund"): no cut after them. Compared without the apostrophe and "s".
const COMMON_POSSESSIVES: &[&str] = &["People", "Women", "Children", "Men", "Workers"];

/// Titles before a person's name; they are dropped from the name.
const TITLES: &[&str] = &[
    "President",
    "Foreign",
    "Defense",
    "Defence",
    "Finance",
    "Interior",
    "Deputy",
    "Assistant",
    "Attorney",
    "Under",
    "Undersecretary",
    "Commissioner",
    "Special",
    "Envoy",
    "Inspector",
    "Acting",
    "Supreme",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Chairman",
    "Chairwoman",
    "Director",
    "Dr.",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Gen.",
    "General",
    "Ambassador",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "King",
    "Queen",
    "Professor",
    "Prof.",
    "Captain",
    "Capt.",
    "Admiral",
    "Colonel",
    "Col.",
    "Governor",
    "Mayor",
    "Premier",
    "Chancellor",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Administrator",
    "Leader",
    "Chief",
    "Executive",
    "Treasury",
    "Commerce",
    "State",
    "Former",
];

/// The last words of a street's or a building's name in an address.
const ADDRESS_NOUNS: &[&str] = &[
    "Road",
    "Rd.",
    "Street",
    "St.",
    "Avenue",
    "Ave.",
    "Boulevard",
    "Blvd.",
    "Lane",
    "Drive",
    "Tower",
    "Towers",
    "Building",
    "Plaza",
    "Floor",
];

/// Whether a word is a title of [`TITLES`] ("Assistant", "Minister").
pub(super) fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

/// The last word of a name and the kind it gives.
const HEADS: &[(&str, ActorKind)] = &[
    ("Corporation", ActorKind::Firm),
    ("Trading", ActorKind::Firm),
    ("Shipping", ActorKind::Firm),
    ("Maritime", ActorKind::Firm),
    ("Marine", ActorKind::Firm),
    ("Services", ActorKind::Firm),
    ("Solutions", ActorKind::Firm),
    ("Technologies", ActorKind::Firm),
    ("Systems", ActorKind::Firm),
    ("Supply", ActorKind::Firm),
    ("Partners", ActorKind::Firm),
    ("Ventures", ActorKind::Firm),
    ("Investments", ActorKind::Firm),
    ("Navigation", ActorKind::Firm),
    ("Bunkering", ActorKind::Firm),
    ("Chartering", ActorKind::Firm),
    ("Freight", ActorKind::Firm),
    ("Petrochemical", ActorKind::Firm),
    ("Petrochemicals", ActorKind::Firm),
    ("Commodities", ActorKind::Firm),
    ("Metals", ActorKind::Firm),
    ("Electronics", ActorKind::Firm),
    ("Components", ActorKind::Firm),
    ("Logistics", ActorKind::Firm),
    ("Holdings", ActorKind::Firm),
    ("Enterprises", ActorKind::Firm),
    ("Enterprise", ActorKind::Firm),
    ("Industries", ActorKind::Firm),
    ("Industrial", ActorKind::Firm),
    ("Bank", ActorKind::Firm),
    ("Petroleum", ActorKind::Firm),
    ("Energy", ActorKind::Firm),
    ("Insurance", ActorKind::Firm),
    ("Carriers", ActorKind::Firm),
    ("Tankers", ActorKind::Firm),
    ("Oil", ActorKind::Firm),
    ("Airlines", ActorKind::Firm),
    ("Airways", ActorKind::Firm),
    ("Lines", ActorKind::Firm),
    ("Exchange", ActorKind::Firm),
    ("Payments", ActorKind::Firm),
    ("Analytics", ActorKind::Firm),
    ("Consulting", ActorKind::Firm),
    ("Management", ActorKind::Firm),
    ("Shipmanagement", ActorKind::Firm),
    ("Times", ActorKind::Firm),
    ("News", ActorKind::Firm),
    ("Post", ActorKind::Firm),
    ("Journal", ActorKind::Firm),
    ("Tours", ActorKind::Firm),
    ("Pictures", ActorKind::Firm),
    ("Entertainment", ActorKind::Firm),
    ("Telegraph", ActorKind::Firm),
    ("Herald", ActorKind::Firm),
    ("Tribune", ActorKind::Firm),
    ("Ministry", ActorKind::Agency),
    ("Department", ActorKind::Agency),
    ("Agency", ActorKind::Agency),
    ("Commission", ActorKind::Agency),
    ("Council", ActorKind::Agency),
    ("Union", ActorKind::Agency),
    ("Committee", ActorKind::Agency),
    ("Administration", ActorKind::Agency),
    ("Bureau", ActorKind::Agency),
    ("Division", ActorKind::Agency),
    ("Service", ActorKind::Agency),
    ("Office", ActorKind::Agency),
    ("Customs", ActorKind::Agency),
    ("Police", ActorKind::Agency),
    ("Army", ActorKind::Agency),
    ("Navy", ActorKind::Agency),
    ("Guard", ActorKind::Agency),
    ("Court", ActorKind::Agency),
    ("Parliament", ActorKind::Agency),
    ("Assembly", ActorKind::Agency),
    ("Treasury", ActorKind::Agency),
    ("Embassy", ActorKind::Agency),
    ("Consulate", ActorKind::Agency),
    ("Authority", ActorKind::Agency),
    ("Directorate", ActorKind::Agency),
    ("Command", ActorKind::Agency),
    ("Forces", ActorKind::Agency),
    ("Government", ActorKind::Agency),
    ("Panel", ActorKind::Agency),
    ("Experts", ActorKind::Agency),
    ("Intelligence", ActorKind::Agency),
    ("Foundation", ActorKind::Group),
    ("Institute", ActorKind::Group),
    ("Association", ActorKind::Group),
    ("University", ActorKind::Group),
    ("Centre", ActorKind::Group),
    ("Center", ActorKind::Group),
    ("Group", ActorKind::Group),
    ("Network", ActorKind::Group),
    ("Union", ActorKind::Group),
    ("Party", ActorKind::Group),
    ("Society", ActorKind::Group),
    ("International", ActorKind::Group),
    ("Federation", ActorKind::Group),
    ("Meetup", ActorKind::Group),
    ("Organization", ActorKind::Group),
    ("Organisation", ActorKind::Group),
    ("Nations", ActorKind::Agency),
    ("Port", ActorKind::Port),
    ("Harbour", ActorKind::Port),
    ("Harbor", ActorKind::Port),
    ("Terminal", ActorKind::Port),
    ("Province", ActorKind::Place),
    ("Region", ActorKind::Place),
    ("County", ActorKind::Place),
    ("City", ActorKind::Place),
    ("River", ActorKind::Place),
    ("Sea", ActorKind::Place),
    ("Bay", ActorKind::Place),
    ("Gulf", ActorKind::Place),
    ("Ocean", ActorKind::Place),
    ("Canal", ActorKind::Place),
    ("Island", ActorKind::Place),
    ("Islands", ActorKind::Place),
    ("Strait", ActorKind::Place),
    ("Peninsula", ActorKind::Place),
    ("Mountain", ActorKind::Place),
    ("Lake", ActorKind::Place),
    ("District", ActorKind::Place),
    ("Prefecture", ActorKind::Place),
    ("Oblast", ActorKind::Place),
    ("Krai", ActorKind::Place),
    ("Valley", ActorKind::Place),
    ("Hotel", ActorKind::Place),
    ("East", ActorKind::Place),
];

/// The head a word of a name is, with the kind it gives: a legal form (a firm) or a word of
/// [`HEADS`].
fn head_word(word: &str) -> Option<(&'static str, ActorKind)> {
    legal_form(word)
        .map(|form| (form, ActorKind::Firm))
        .or_else(|| HEADS.iter().find(|(h, _)| *h == word).copied())
}

/// Before a group's name (the text in lower case): "a hacking group known as ", "a crew it
/// calls ", "a network dubbed ".
static NAMED_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:group|crew|gang|network|team|cell|syndicate|ring)\s+(?:known\s+as|called|dubbed|named|(?:it|they|investigators|researchers)\s+(?:calls?|dubs?|dubbed|called))$")
        .expect("valid regex")
});

/// Nouns of firms after which "a X company" places the firm in X.
const SEAT_NOUNS: &[&str] = &["company", "firm", "shipowner", "insurer", "trader", "bank"];

/// Adjectives of a state's bank before "Bank of X", which make it an agency: "the Central Bank
/// of Iran", "the National Bank of Georgia".
const CENTRAL_BANKS: &[&str] = &["Central", "National", "Reserve", "State"];

/// Acronyms of things, trades and units that sanctions news writes in capitals and that name no
/// actor: "IT workers", "AIS data", "LPG", "ship-to-ship (STS) transfers", "a VLCC".
const COMMON_ACRONYMS: &[&str] = &[
    "IT", "AI", "AIS", "GPS", "LPG", "LNG", "VLCC", "STS", "USB", "IP", "I.P.", "VPN", "GDP",
    "CEO", "CFO", "COO", "ID", "PDF", "TV", "UTC", "GMT", "USD", "EUR", "HQ", "NGO", "ICBM", "UAV",
    "WMD", "KYC", "AML", "OTC", "DWT", "TEU",
];

/// Words that qualify a role in a notice's "Position:" ("General Director", "Beneficial Owner").
const ROLE_QUALIFIERS: &[&str] = &[
    "general",
    "managing",
    "executive",
    "chief",
    "deputy",
    "beneficial",
    "sole",
    "owner",
];

/// The first field of a notice's entry, and the kind of what the entry names.
const ENTRY_FIELDS: &[(&str, ActorKind)] = &[
    ("DOB", ActorKind::Person),
    ("Date of birth", ActorKind::Person),
    ("Born", ActorKind::Person),
    ("Nationality", ActorKind::Person),
    ("Position", ActorKind::Person),
    ("Passport", ActorKind::Person),
    ("IMO", ActorKind::Ship),
    ("MMSI", ActorKind::Ship),
    ("Flag", ActorKind::Ship),
    ("Address", ActorKind::Firm),
    ("Registration number", ActorKind::Firm),
    ("Company number", ActorKind::Firm),
];

/// The size classes of tankers and bulk carriers, written with a capital and naming no vessel:
/// "a Liberia-flagged Suezmax tanker".
const VESSEL_CLASSES: &[&str] = &[
    "Suezmax",
    "Aframax",
    "Panamax",
    "Neopanamax",
    "Handysize",
    "Handymax",
    "Supramax",
    "Ultramax",
    "Capesize",
    "Kamsarmax",
    "Chinamax",
    "Valemax",
    "Seawaymax",
];

/// Public bodies of sanctions news named by their acronyms, as written: international
/// organisations and the agencies that enforce, investigate and monitor.
const PUBLIC_BODIES: &[&str] = &[
    "UN", "U.N.", "UNSC", "EU", "E.U.", "NATO", "IAEA", "IMF", "WTO", "FATF", "Interpol",
    "Europol", "FBI", "F.B.I.", "CIA", "C.I.A.", "NSA", "N.S.A.", "OFAC", "DOJ", "FinCEN", "DHS",
    "HSI", "BIS", "SEC", "Treasury",
];

/// News agencies and papers that reports cite as sources ("told Reuters", "according to
/// Yonhap"), written as they are named (without a leading "The"): the world's wire services
/// and the outlets that report most on the Korean peninsula, Russia and China.
const NEWS_OUTLETS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Yonhap",
    "Kyodo",
    "Kyodo News",
    "Xinhua",
    "TASS",
    "Interfax",
    "RIA Novosti",
    "KCNA",
    "Korean Central News Agency",
    "Rodong Sinmun",
    "NK News",
    "Daily NK",
    "Radio Free Asia",
    "Voice of America",
    "BBC",
    "CNN",
    "CNBC",
    "NHK",
    "Nikkei",
    "Global Times",
    "South China Morning Post",
    "Financial Times",
    "Wall Street Journal",
    "New York Times",
    "Washington Post",
    "Guardian",
    "Lloyd's List",
    "Lloyd’s List",
    "TradeWinds",
    "Korea Herald",
    "Korea Times",
    "Chosun Ilbo",
    "JoongAng Ilbo",
    "Dong-A Ilbo",
    "Hankyoreh",
    "Kommersant",
    "Vedomosti",
];

/// A lower-case word right after a name and the kind it gives ("Kursk region", "Nampo port").
const FOLLOWING: &[(&str, ActorKind)] = &[
    ("port", ActorKind::Port),
    ("harbour", ActorKind::Port),
    ("harbor", ActorKind::Port),
    ("terminal", ActorKind::Port),
    ("anchorage", ActorKind::Port),
    ("region", ActorKind::Place),
    ("province", ActorKind::Place),
    ("state", ActorKind::Place),
    ("city", ActorKind::Place),
    ("county", ActorKind::Place),
    ("river", ActorKind::Place),
    ("island", ActorKind::Place),
    ("district", ActorKind::Place),
    ("provinces", ActorKind::Place),
    ("regions", ActorKind::Place),
    ("counties", ActorKind::Place),
    ("ports", ActorKind::Port),
    ("office", ActorKind::Place),
    ("branch", ActorKind::Place),
    ("rebels", ActorKind::Group),
    ("militants", ActorKind::Group),
    ("insurgents", ActorKind::Group),
    ("militia", ActorKind::Group),
    ("gang", ActorKind::Group),
    ("cartel", ActorKind::Group),
];

/// Nouns of regions that, written after a place's name, are part of the region's name
/// ("Kursk region", "Jilin province"; and of a roadstead's: "Lianbei anchorage").
const REGION_NOUNS: &[&str] = &[
    "region",
    "province",
    "county",
    "district",
    "prefecture",
    "anchorage",
];

/// The city after a diplomatic mission: " in Beijing", " in the northeastern city of Shenyang".
static MISSION_CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ in (?:the (?:[\p{L}-]+ ){0,3}?city of )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)")
        .expect("valid regex")
});

/// A word right before a name and the kind it gives ("the tanker X", "ports of X and Y").
const PRECEDING: &[(&str, ActorKind)] = &[
    ("tanker", ActorKind::Ship),
    ("vessel", ActorKind::Ship),
    ("ship", ActorKind::Ship),
    ("freighter", ActorKind::Ship),
    ("carrier", ActorKind::Ship),
    ("tankers", ActorKind::Ship),
    ("vessels", ActorKind::Ship),
    ("ships", ActorKind::Ship),
    ("boat", ActorKind::Ship),
    ("bulker", ActorKind::Ship),
    ("barge", ActorKind::Ship),
    ("port of", ActorKind::Port),
    ("ports of", ActorKind::Port),
    ("harbour of", ActorKind::Port),
    ("harbor of", ActorKind::Port),
    ("terminal of", ActorKind::Port),
    ("terminals of", ActorKind::Port),
    ("anchorage of", ActorKind::Port),
    ("city of", ActorKind::Place),
    ("town of", ActorKind::Place),
    ("village of", ActorKind::Place),
    ("province of", ActorKind::Place),
    ("region of", ActorKind::Place),
    ("cities of", ActorKind::Place),
    ("towns of", ActorKind::Place),
    ("islands of", ActorKind::Place),
    ("provinces of", ActorKind::Place),
    ("regions of", ActorKind::Place),
    ("harbours of", ActorKind::Port),
    ("harbors of", ActorKind::Port),
    ("firm", ActorKind::Firm),
    ("company", ActorKind::Firm),
    ("shipowner", ActorKind::Firm),
    ("insurer", ActorKind::Firm),
    ("militia", ActorKind::Group),
];

/// Verbs of a vessel's call at a port, before "at" ("docked at X").
const PORT_CALLS: &[&str] = &[
    "docked",
    "called",
    "berthed",
    "anchored",
    "moored",
    "unloaded",
    "discharged",
    "discharging",
    "loaded",
    "offloaded",
];

/// Whether a word before a name makes it a vessel's ("the tanker X", "the barge X").
pub(super) fn names_vessel(word: &str) -> bool {
    PRECEDING
        .iter()
        .any(|&(noun, kind)| noun == word && kind == ActorKind::Ship)
}

/// Abbreviated months ("Jan.", "Sept."), which open no name when written with their period.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// What follows a dateline's city: a date after a comma, the agency in brackets, then a dash
/// (", March 3 (Reuters) - ", " — ").
static DATELINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s+[\w. ]{1,25}?)?\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|—|–)\s")
        .expect("valid regex")
});

/// The end of a web address after a name: ".com", ".io", ".co.uk".
static WEB_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\.(?:com|io|net|org|co|us|exchange|finance)(?:\.[a-z]{2})?\b")
        .expect("valid regex")
});

/// Prefixes of a vessel's name ("MV Ocean Star", "M/V Ocean Star"): a ship cue, not the name's.
const VESSEL_PREFIXES: &[&str] = &["MV", "M/V", "M.V.", "MT", "M/T", "M.T.", "SS", "FV", "F/V"];

/// A hull number after a vessel's name: " 3" in "the tanker Sea Lark 3 met", " 12" in "Jade
/// Crane 12 (IMO 9123456)"; not a decimal or a thousands group.
static HULL_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ (\d{1,3})(?:$|[\s);:]|[,.](?:\s|$))").expect("valid regex"));

/// A number after a name in a list: " 3, ", " 1 and ", " 2 as ".
static LISTED_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ \d{1,3}(?:, | and | as )").expect("valid regex"));

/// Words after a number that make it a quantity ("the vessel Amber Tide 20 nautical miles
/// off"), not a hull number.
const QUANTITY_NOUNS: &[&str] = &[
    "miles",
    "nautical",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "feet",
    "knots",
    "tons",
    "tonnes",
    "barrels",
    "containers",
    "crew",
    "sailors",
    "people",
    "days",
    "hours",
    "weeks",
    "months",
    "years",
    "times",
    "percent",
    "per",
    "degrees",
    "thousand",
    "million",
    "billion",
];

/// Plural nouns that introduce examples ("cities, including X, Y and Z") and the kind they
/// give the names listed.
const LIST_NOUNS: &[(&str, ActorKind)] = &[
    ("cities", ActorKind::Place),
    ("towns", ActorKind::Place),
    ("villages", ActorKind::Place),
    ("provinces", ActorKind::Place),
    ("regions", ActorKind::Place),
    ("areas", ActorKind::Place),
    ("ports", ActorKind::Port),
    ("harbours", ActorKind::Port),
    ("harbors", ActorKind::Port),
    ("companies", ActorKind::Firm),
    ("firms", ActorKind::Firm),
    ("chains", ActorKind::Firm),
    ("banks", ActorKind::Firm),
    ("exchanges", ActorKind::Firm),
    ("outlets", ActorKind::Firm),
    ("newspapers", ActorKind::Firm),
    ("broadcasters", ActorKind::Firm),
    ("airlines", ActorKind::Firm),
    ("studios", ActorKind::Firm),
    ("businesses", ActorKind::Firm),
    ("subsidiaries", ActorKind::Firm),
    ("agencies", ActorKind::Agency),
    ("ministries", ActorKind::Agency),
    ("vessels", ActorKind::Ship),
    ("ships", ActorKind::Ship),
    ("tankers", ActorKind::Ship),
    ("countries", ActorKind::State),
    ("nations", ActorKind::State),
    ("groups", ActorKind::Group),
    ("organisations", ActorKind::Group),
    ("organizations", ActorKind::Group),
    ("charities", ActorKind::Group),
    ("officials", ActorKind::Person),
    ("individuals", ActorKind::Person),
    ("people", ActorKind::Person),
    ("executives", ActorKind::Person),
];

/// A plural noun introducing examples right before a list: "chains, including ", "cities such
/// as ", "a number of cities, including its capital ".
static EXAMPLES_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\p{L}+),?\s+(?:including|such as)\s+(?:(?:its|their|the)\s+\p{Ll}+\s+|the\s+)?$",
    )
    .expect("valid regex")
});

/// Role nouns of an apposition ("X, a Hong Kong-based shipping company,") and the kind they give.
const ROLES: &[(&str, ActorKind)] = &[
    ("company", ActorKind::Firm),
    ("firm", ActorKind::Firm),
    ("bank", ActorKind::Firm),
    ("exchange", ActorKind::Firm),
    ("newspaper", ActorKind::Firm),
    ("broadcaster", ActorKind::Firm),
    ("outlet", ActorKind::Firm),
    ("subsidiary", ActorKind::Firm),
    ("operator", ActorKind::Firm),
    ("owner", ActorKind::Firm),
    ("tabloid", ActorKind::Firm),
    ("website", ActorKind::Firm),
    ("spokesman", ActorKind::Person),
    ("spokeswoman", ActorKind::Person),
    ("spokesperson", ActorKind::Person),
    ("analyst", ActorKind::Person),
    ("researcher", ActorKind::Person),
    ("official", ActorKind::Person),
    ("director", ActorKind::Person),
    ("lawyer", ActorKind::Person),
    ("attorney", ActorKind::Person),
    ("minister", ActorKind::Person),
    ("founder", ActorKind::Person),
    ("fellow", ActorKind::Person),
    ("expert", ActorKind::Person),
    ("chairman", ActorKind::Person),
    ("leader", ActorKind::Person),
    ("professor", ActorKind::Person),
    ("secretary", ActorKind::Person),
    ("president", ActorKind::Person),
    ("ambassador", ActorKind::Person),
    ("author", ActorKind::Person),
    ("lawmaker", ActorKind::Person),
    ("captain", ActorKind::Person),
    ("businessman", ActorKind::Person),
    ("businesswoman", ActorKind::Person),
    ("national", ActorKind::Person),
    ("citizen", ActorKind::Person),
    ("executive", ActorKind::Person),
    ("manager", ActorKind::Person),
    ("trader", ActorKind::Person),
    ("broker", ActorKind::Person),
    ("entity", ActorKind::Firm),
    ("mixer", ActorKind::Firm),
    ("platform", ActorKind::Firm),
    ("casino", ActorKind::Firm),
    ("marketplace", ActorKind::Firm),
    ("consultancy", ActorKind::Firm),
    ("insurer", ActorKind::Firm),
    ("shipowner", ActorKind::Firm),
    ("refiner", ActorKind::Firm),
    ("exporter", ActorKind::Firm),
    ("importer", ActorKind::Firm),
    ("supplier", ActorKind::Firm),
    ("manufacturer", ActorKind::Firm),
    ("conglomerate", ActorKind::Firm),
    ("lender", ActorKind::Firm),
    ("producer", ActorKind::Firm),
    ("distributor", ActorKind::Firm),
    ("cluster", ActorKind::Group),
    ("defector", ActorKind::Person),
    ("officer", ActorKind::Person),
    ("head", ActorKind::Person),
    ("agency", ActorKind::Agency),
    ("ministry", ActorKind::Agency),
    ("regulator", ActorKind::Agency),
    ("charity", ActorKind::Group),
    ("organisation", ActorKind::Group),
    ("organization", ActorKind::Group),
    ("group", ActorKind::Group),
    ("crew", ActorKind::Group),
    ("gang", ActorKind::Group),
    ("collective", ActorKind::Group),
    ("syndicate", ActorKind::Group),
    ("think tank", ActorKind::Group),
    ("network", ActorKind::Group),
    ("tanker", ActorKind::Ship),
    ("vessel", ActorKind::Ship),
    ("ship", ActorKind::Ship),
    ("port", ActorKind::Port),
    ("city", ActorKind::Place),
    ("island", ActorKind::Place),
];

/// Participles after a demonym that leave a collective its state's ("North Korean-flagged
/// tankers" are North Korea's; not so "Russian-backed militias", which are not Russian).
const STATE_HELD_SUFFIXES: &[&str] = &["-flagged", "-registered", "-owned", "-based"];

/// Plural nouns after a demonym that make a collective actor ("Chinese vessels").
const COLLECTIVES: &[(&str, ActorKind)] = &[
    ("vessels", ActorKind::Ship),
    ("ships", ActorKind::Ship),
    ("tankers", ActorKind::Ship),
    ("barges", ActorKind::Ship),
    ("boats", ActorKind::Ship),
    ("freighters", ActorKind::Ship),
    ("ports", ActorKind::Port),
    ("banks", ActorKind::Firm),
    ("companies", ActorKind::Firm),
    ("firms", ActorKind::Firm),
    ("exchanges", ActorKind::Firm),
    ("hackers", ActorKind::Group),
    ("workers", ActorKind::Group),
    ("smugglers", ActorKind::Group),
    ("troops", ActorKind::Other),
    ("soldiers", ActorKind::Other),
    ("officials", ActorKind::Person),
    ("individuals", ActorKind::Person),
    ("nationals", ActorKind::Person),
    ("traders", ActorKind::Group),
    ("entities", ActorKind::Firm),
    ("institutions", ActorKind::Firm),
    ("authorities", ActorKind::Agency),
];

/// Nouns after a demonym that make a state's agency ("Russian intelligence", "Chinese customs",
/// "the South Korean foreign ministry").
const AGENCY_NOUNS: &[&str] = &[
    "intelligence",
    "customs",
    "police",
    "navy",
    "ministry",
    "coastguard",
    "guard",
];

/// Nouns after a capital’s possessive that make it the city ("Pyongyang’s streets"); after
/// another noun it is the government ("Beijing’s frustration").
const CITY_NOUNS: &[&str] = &[
    "streets",
    "street",
    "airport",
    "subway",
    "metro",
    "district",
    "districts",
    "residents",
    "population",
    "mayor",
    "city",
    "centre",
    "center",
    "suburbs",
    "outskirts",
    "skyline",
    "hotel",
    "hotels",
    "hospital",
    "hospitals",
    "river",
    "square",
    "stadium",
    "station",
    "port",
    "harbor",
    "harbour",
    "university",
    "market",
    "markets",
    "neighborhoods",
    "neighbourhoods",
    "buildings",
];

/// Nouns after a capital that make it its government: "Pyongyang officials", "the Seoul
/// government".
const GOVERNMENT_NOUNS: &[&str] = &[
    "government",
    "officials",
    "official",
    "authorities",
    "regime",
    "leadership",
    "administration",
    "leaders",
    "diplomats",
];

/// Verbs and auxiliaries after which a capital is a government acting, besides those of
/// speech and of links ("Seoul has", "Moscow refused").
const GOVERNMENT_ACTS: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "did",
    "does",
    "must",
    "should",
    "wants",
    "wanted",
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "agreed",
    "agrees",
    "signed",
    "responded",
    "retaliated",
    "vowed",
    "pledged",
    "insists",
    "hopes",
    "fears",
];

/// Before a capital that stands for its government (lower case): "between … and", an agent's
/// "by", and the relations one has "with", "on" or "against" a government ("talks with",
/// "pressure on", "frustration with").
static GOVERNMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\bbetween(?:\s+[\p{L}’'.-]+){1,3}\s+and|\bbetween|\bby|\b(?:relations?|ties|talks|trade|frustration|anger|deals?|dealings|negotiations|pressure|sanctions|agreements?|cooperation|tensions|dialogue|diplomacy|dispute|rift|alliance|support|opposition|demands?|patience|protests?)\s+(?:[a-z-]+\s+)?(?:with|on|against|towards?|from))$",
    )
    .expect("valid regex")
});

/// Whether a capital, with `before` it (lower case, trimmed) and `after` it, stands for its
/// government, as news writes "Beijing denied", "Moscow’s war", "the Pyongyang government",
/// "talks between Seoul and Tokyo"; not "in Pyongyang", "Pyongyang’s streets".
fn for_government(before: &str, after: &str) -> bool {
    let lower = after.to_lowercase();
    let possessive = ["’s ", "'s "].iter().find_map(|p| lower.strip_prefix(p));
    if let Some(owned) = possessive {
        return !owned
            .split_whitespace()
            .take(3)
            .any(|w| CITY_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())));
    }
    let next = lower
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    let starts_clause = !after.trim_start().starts_with([',', '.', ';', ')']);
    GOVERNMENT_NOUNS.contains(&next)
        || starts_clause
            && (SPEECH.contains(&next)
                || GOVERNMENT_ACTS.contains(&next)
                || super::links::verb_of(next).is_some())
        || GOVERNMENT_BEFORE.is_match(before)
}

/// Whether the name at `range` of the sentence `text[sentence]` is a capital standing for its
/// government ("Beijing denied"), which a gazetteer that knows the city would misread.
///
/// ```
/// use linkchart::extract::discover::capital_for_government;
/// let text = "Seoul banned the tours, and tourists stayed in Seoul.";
/// assert!(capital_for_government(text, 0..text.len(), 0..5));
/// assert!(!capital_for_government(text, 0..text.len(), 47..52));
/// ```
pub fn capital_for_government(text: &str, sentence: Range<usize>, range: Range<usize>) -> bool {
    countries::capital_of(&text[range.clone()]).is_some()
        && for_government(
            &text[sentence.start..range.start].trim_end().to_lowercase(),
            &text[range.end..sentence.end],
        )
}

/// Nouns that a demonym makes one's nationality: "a Chinese national", "a Taiwanese-owned
/// company" is not (that is an owner).
const NATIONALITY_NOUNS: &str =
    r"(?:national|citizen|businessman|businesswoman|businessperson|trader|shipowner|company|firm)";

/// The demonym of an apposition after a name: ", a Taiwanese national", ", a Chinese
/// company".
static NATIONALITY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^,\s+an?\s+(?:[a-z-]+\s+)?(?P<demonym>\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*)?)\s+{NATIONALITY_NOUNS}\b"
    ))
    .expect("valid regex")
});

/// The demonym of a description before a name: "a Taiwanese national, ", "Chinese businessman
/// ".
static NATIONALITY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<demonym>\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*)?)\s+{NATIONALITY_NOUNS},?\s+$"
    ))
    .expect("valid regex")
});

/// The country a description beside a name gives as its nationality, with `before` and
/// `after` the text around the name.
fn nationality(before: &str, after: &str) -> Option<countries::Country> {
    NATIONALITY_AFTER
        .captures(after)
        .or_else(|| NATIONALITY_BEFORE.captures(before))
        .and_then(|c| countries::lookup(&c["demonym"]))
}

/// Verbs of speech: a two- or three-word name beside one is a person.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "explains",
    "noted",
    "notes",
    "argued",
    "argues",
    "warned",
    "warns",
    "stated",
    "wrote",
    "tweeted",
    "insisted",
    "claimed",
];

/// The proper-noun phrases of one sentence (`text[sentence]`) that do not overlap `known`
/// (ranges of known actors' mentions), with their cues; and the demonym collectives ("Chinese
/// vessels").
///
/// ```
/// use linkchart::extract::discover::candidates;
/// use linkchart::model::ActorKind;
/// let text = "The Panama-flagged tanker Ocean Star (IMO 9354521) was owned by Sea Glory Trading Co.";
/// let found = candidates(text, 0..text.len(), &[]);
/// let ship = found.iter().find(|c| c.name == "Ocean Star").unwrap();
/// assert_eq!(ship.kind, ActorKind::Ship);
/// assert_eq!(ship.identifiers.imo.as_deref(), Some("9354521"));
/// assert_eq!(ship.identifiers.flag.as_deref(), Some("PA"));
/// let firm = found.iter().find(|c| c.name == "Sea Glory Trading Co.").unwrap();
/// assert_eq!(firm.kind, ActorKind::Firm);
/// ```
pub fn candidates(text: &str, sentence: Range<usize>, known: &[Range<usize>]) -> Vec<Candidate> {
    let body = &text[sentence.clone()];
    let base = sentence.start;
    let mut found: Vec<Candidate> = Vec::new();
    // "Director of Nordhaven Marine Ltd. Travel ban: yes": a notice's field ends a name at the
    // period before its label.
    let labels: Vec<usize> = if super::sentences::is_notice_entry(body) {
        super::sentences::notice_fields(body)
            .iter()
            .filter(|f| f.start > 0)
            .map(|f| f.start + 1)
            .collect()
    } else {
        Vec::new()
    };
    let phrases = phrases(body).into_iter().map(|mut phrase| {
        if let Some(&label) = labels.iter().find(|&&l| phrase.start < l && l < phrase.end) {
            phrase.end = label;
        }
        phrase
    });
    for segment in phrases.flat_map(|p| segments(body, p)) {
        let Some(candidate) = shape(body, segment) else {
            continue;
        };
        let absolute = base + candidate.range.start..base + candidate.range.end;
        // A known demonym may open a longer name ("Chinese Foreign Ministry"), and an
        // organisation's name whose head word is its own may hold known names ("UN Security
        // Council Sanctions Committee", "South Korean Embassy in Beijing"); any other overlap
        // with a known actor's mention leaves the phrase to the gazetteer.
        let leading_demonym = |k: &Range<usize>| {
            k.start == absolute.start
                && k.end < absolute.end
                && countries::lookup(&text[k.clone()])
                    .is_some_and(|c| c.demonym == &text[k.clone()])
        };
        let holds_known = candidate.confidence >= 0.9
            && matches!(
                candidate.kind,
                ActorKind::Agency | ActorKind::Firm | ActorKind::Group
            )
            && head_outside(text, &absolute, known);
        let held =
            |k: &Range<usize>| holds_known && absolute.start <= k.start && k.end <= absolute.end;
        if known.iter().any(|k| {
            k.start < absolute.end && absolute.start < k.end && !leading_demonym(k) && !held(k)
        }) {
            continue;
        }
        found.push(Candidate {
            range: absolute,
            ..candidate
        });
    }
    share_list_kinds(text, base, &mut found);
    collectives(body, base, known, &mut found);
    demonyms(body, base, known, &mut found);
    opening_countries(text, &mut found);
    identifiers(body, base, &mut found);
    found.sort_by_key(|c| c.range.start);
    found
}

/// Whether a word of `text[name]` outside every known mention is a head word of an
/// organisation ("the National Bank of Georgia", an agency, has the head of a firm).
fn head_outside(text: &str, name: &Range<usize>, known: &[Range<usize>]) -> bool {
    let body = &text[name.clone()];
    body.split_whitespace().any(|word| {
        let at = name.start + (word.as_ptr() as usize - body.as_ptr() as usize);
        let outside = !known.iter().any(|k| k.start <= at && at < k.end);
        outside
            && head_word(word).is_some_and(|(_, k)| {
                matches!(k, ActorKind::Agency | ActorKind::Firm | ActorKind::Group)
            })
    })
}

/// The proper-noun phrases of a sentence, as byte ranges of `body`; an organisation's name goes
/// on over "and" after its "of" or "for" ("Institute for Security and Sustainability",
/// "Ministry of Labour and Social Affairs").
fn phrases(body: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    // "the Foreign, Commonwealth and Development Office": one name over its commas.
    let listed: Vec<Range<usize>> = LISTED_NAME
        .captures_iter(body)
        .filter_map(|c| c.name("name").or_else(|| c.name("name2")))
        .map(|m| m.range())
        .collect();
    for phrase in PHRASE.find_iter(body) {
        let overlapped = listed
            .iter()
            .find(|l| l.start < phrase.end() && phrase.start() < l.end);
        if let Some(name) = overlapped {
            if found.last() != Some(name) {
                found.push(name.clone());
            }
            continue;
        }
        if let Some(last) = found.last_mut() {
            let joined = &body[last.end..phrase.start()] == " and ";
            let after_the = body[..last.start].ends_with("the ");
            let name = &body[last.clone()];
            let acronym_after = bracketed_acronym(&body[phrase.end()..]).is_some();
            if joined && continues_over_and(name, phrase.as_str(), after_the, acronym_after) {
                last.end = phrase.end();
                continue;
            }
        }
        found.push(phrase.range());
    }
    found
}

/// An organisation's name that lists words with commas: "the Foreign, Commonwealth and
/// Development Office", "Ministry of Economy, Trade and Industry" (group `name`).
static LISTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let heads =
        "Office|Ministry|Department|Agency|Commission|Council|Committee|Authority|Service|Bureau";
    Regex::new(&format!(
        r"\b[Tt]he\s+(?P<name>\p{{Lu}}\p{{L}}+(?:,\s+\p{{Lu}}\p{{L}}+)+,?\s+and\s+\p{{Lu}}\p{{L}}+(?:\s+\p{{Lu}}\p{{L}}+)*?\s+(?:{heads}))\b|(?P<name2>(?:{heads})\s+of\s+(?:the\s+)?\p{{Lu}}\p{{L}}+(?:,\s+\p{{Lu}}\p{{L}}+)+,?\s+and\s+\p{{Lu}}\p{{L}}+)\b"
    ))
    .expect("valid regex")
});

/// Whether a name goes on with `next` after "and": after an organisation's head, "of" or
/// "for" and one word, a short name that is no country or person ("Ministry of Labour and
/// Social Affairs"; of three words before the whole name's acronym, "Ministry of Defense and
/// Armed Forces Logistics (MODAFL)"); after "the", a name ending in an organisation's head
/// ("the Korea Trade and Investment Promotion Agency").
fn continues_over_and(name: &str, next: &str, after_the: bool, acronym_after: bool) -> bool {
    let organisation = |word: &str| {
        head_word(word).is_some_and(|(_, k)| matches!(k, ActorKind::Agency | ActorKind::Group))
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let next_words: Vec<&str> = next.split_whitespace().collect();
    let n = words.len();
    let head_of = n >= 3 && ["of", "for"].contains(&words[n - 2]) && organisation(words[n - 3]);
    let short_name = (next_words.len() <= 2 || acronym_after && next_words.len() == 3)
        && countries::lookup(next).is_none()
        && !looks_like_romanized_name(&next_words);
    let headed_after_the = after_the
        && countries::lookup(name).is_none()
        && !organisation(words[n - 1])
        && next_words.last().is_some_and(|w| organisation(w));
    // ("Under Secretary for Terrorism and Financial Intelligence Marian Holloway": a titled
    // office goes on over "and" to its holder's name.)
    let titled_office =
        TITLES.contains(&words[0]) && words.contains(&"for") && next_words.len() >= 3;
    head_of && short_name || headed_after_the || titled_office
}

/// Whether the text before a name ends with a titled office named with "for" ("said Under
/// Secretary for Terrorism and Financial Intelligence "): the name is its holder's.
fn after_titled_office(before: &str) -> bool {
    let joiner = |w: &str| matches!(w, "for" | "of" | "the" | "and");
    let mut run = before
        .split_whitespace()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) || joiner(w))
        .peekable();
    // (Only after a capitalised word: "… Intelligence Brian E. Nelson".)
    if run.peek().is_none_or(|w| joiner(w)) {
        return false;
    }
    let run: Vec<&str> = run.collect();
    run.last().is_some_and(|w| TITLES.contains(w)) && run.contains(&"for")
}

/// Before a speaker: "said ", "says ", "according to ".
static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:said|says|added|noted|according\s+to)\s+$").expect("valid regex")
});

/// After a speaker: " said", " says", ", who".
static SAID_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s+(?:said|says|added|noted)\b|,)").expect("valid regex"));

/// After a speaker, the body it speaks for and the verb: " of the U.S. Treasury said", " of
/// Harbor Watch has told".
static AFFILIATED_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{{Lu}}[\w.’'&-]*\s+){{1,6}}?(?:has\s+|had\s+)?(?:also\s+)?(?:{})\b",
        SPEECH.join("|")
    ))
    .expect("valid regex")
});

/// Where the holder's name starts in a phrase of a titled office named with "for" (`words`,
/// with their offsets): "Under Secretary of the Treasury for Terrorism and Financial
/// Intelligence | Brian E. Nelson", "Special Envoy for North Korea | Ana Ruiz". The holder is
/// the last two words (three with a middle initial), none of them a title or an organisation's
/// head word.
fn office_holder(words: &[(usize, &str)]) -> Option<usize> {
    let titles = words.iter().take_while(|(_, w)| TITLES.contains(w)).count();
    let office = titles + words[titles..].iter().position(|(_, w)| *w == "for")?;
    let n = words.len();
    let initial = |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    let holder = if n >= 3 && initial(words[n - 2].1) {
        n - 3
    } else {
        n.checked_sub(2)?
    };
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase) && !TITLES.contains(&w) && head_word(w).is_none()
    };
    let ends_office = !matches!(words[holder - 1].1, "and" | "of" | "for" | "the");
    (titles > 0
        && holder > office + 1
        && ends_office
        && words[holder..].iter().all(|(_, w)| name_word(w)))
    .then_some(holder)
}

/// The names a proper-noun phrase holds: it is cut after a possessive ("Russia’s | Vostochny
/// Port"), around a name-made adjective ("Washington | -based | Eugene Bell Foundation"), at a
/// hyphen beside a country ("Russia | - | North Korea"), before "of" that follows a place name
/// ("Jilin City | of | Liaoning Province"; "Port of Nampo" keeps its "of"), a legal form
/// ("Arcturus Ship Management FZE | of | Fujairah") or a person's name ("Assistant Attorney
/// General Renata Okafor-Ling | of the | Justice Department", "Renata Okafor-Ling | of the |
/// Justice Department").
fn segments(body: &str, phrase: Range<usize>) -> Vec<Range<usize>> {
    let text = &body[phrase.clone()];
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    // "said Under Secretary for Terrorism and Financial Intelligence P": of a titled office
    // named where a speaker is, only its holder is a name.
    let speaker_place = || {
        SAID_BEFORE.is_match(super::links::just_before(body, phrase.start))
            || SAID_AFTER.is_match(&body[phrase.end..])
    };
    if let Some(holder) = office_holder(&words).filter(|_| speaker_place()) {
        let holder = phrase.start + words[holder].0..phrase.end;
        return std::iter::once(holder).collect();
    }
    for (i, &(at, word)) in words.iter().enumerate() {
        let end = at + word.len();
        let more = i + 1 < words.len();
        let owner = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"));
        if more && owner.is_some_and(|o| !COMMON_POSSESSIVES.contains(&o)) {
            cuts.push((end, end));
        }
        if let Some((head, tail)) = word.rsplit_once('-') {
            let head_end = at + head.len();
            if ADJECTIVE_TAILS.contains(&tail) {
                cuts.push((head_end, end));
                continue;
            }
            let left_country = words[..=i]
                .iter()
                .any(|&(from, _)| countries::lookup(&text[from..head_end]).is_some());
            let right_country = words[i..]
                .iter()
                .any(|&(from, w)| countries::lookup(&text[head_end + 1..from + w.len()]).is_some());
            if left_country || right_country {
                cuts.push((head_end, head_end + 1));
            }
        }
        // "U.S. | President Donald Trump", "Peruvian | Foreign Minister Ana Ruiz", "FBI |
        // Director Ana Ruiz": a state or an acronym before a title is its own mention.
        let title_next = words.get(i + 1).is_some_and(|(_, w)| TITLES.contains(w));
        let person_after = words.len() > i + 2
            && words
                .last()
                .and_then(|(_, w)| head_word(w))
                .is_none_or(|(_, kind)| kind == ActorKind::Person);
        // ("Treasury | Deputy Secretary P": so is a public body's name.)
        let acronym =
            i == 0 && (super::gazetteer::is_acronym(word) || PUBLIC_BODIES.contains(&word));
        if title_next && person_after && (acronym || countries::lookup(&text[..end]).is_some()) {
            cuts.push((end, end));
        }
        // ("Assistant | U.S. | Attorney P": so is a state's one word between titles.)
        let between_titles = i > 0 && words[..i].iter().all(|(_, w)| TITLES.contains(w));
        if title_next && person_after && between_titles && countries::lookup(word).is_some() {
            let start = words[i].0;
            cuts.push((start, start));
            cuts.push((end, end));
        }
        // "Assistant Attorney General Renata Okafor-Ling | of the | Justice Department": a
        // titled person's name ends before the organisation they serve.
        let titles = words.iter().take_while(|(_, w)| TITLES.contains(w)).count();
        let person_words = i.saturating_sub(titles);
        // (Not "Treasury Department’s Office of …": an organisation's words are no person's.)
        let organisation_words = words[titles.min(i)..i].iter().any(|(_, w)| {
            w.ends_with("’s")
                || w.ends_with("'s")
                || head_word(w).is_some_and(|(_, kind)| kind != ActorKind::Person)
        });
        // ("Renata Okafor-Ling | of the | Justice Department", "Ana Ruiz | of the | U.S.
        // Treasury": untitled, a name of two or three words before "of the" and an
        // organisation's name.)
        let untitled = titles == 0
            && (2..=3).contains(&person_words)
            && words.get(i + 1).is_some_and(|(_, w)| *w == "the")
            && words.last().is_some_and(|(_, w)| {
                PUBLIC_BODIES.contains(w)
                    || head_word(w).is_some_and(|(_, kind)| {
                        matches!(kind, ActorKind::Agency | ActorKind::Firm | ActorKind::Group)
                    })
            });
        if word == "of"
            && (titles > 0 && (1..=3).contains(&person_words) || untitled)
            && more
            && !organisation_words
        {
            let skip = if words.get(i + 1).is_some_and(|(_, w)| *w == "the") {
                2
            } else {
                1
            };
            if let (Some(&(next, _)), Some(&(before, last))) =
                (words.get(i + skip), words.get(i - 1))
            {
                cuts.push((before + last.len(), next));
            }
        }
        // "Arcturus Ship Management FZE | of | Fujairah": a firm's name ends at its legal form,
        // or at a ship manager's trade ("Aurigen Ship Management | of | Dubai").
        let form_of = (legal_form(word).is_some() || firm_ending(word))
            && words.get(i + 1).is_some_and(|(_, w)| *w == "of");
        if i > 0 && form_of {
            if let Some(&(next, _)) = words.get(i + 2) {
                cuts.push((end, next));
            }
        }
        let place_head =
            head_word(word).is_some_and(|(_, k)| matches!(k, ActorKind::Place | ActorKind::Port));
        if i > 0 && place_head && words.get(i + 1).is_some_and(|(_, w)| *w == "of") {
            let skip = if words.get(i + 2).is_some_and(|(_, w)| *w == "the") {
                3
            } else {
                2
            };
            if let Some(&(next, _)) = words.get(i + skip) {
                cuts.push((end, next));
            }
        }
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for (cut_start, cut_end) in cuts {
        if cut_start > start {
            pieces.push(phrase.start + start..phrase.start + cut_start);
        }
        start = cut_end;
    }
    if start < text.len() {
        pieces.push(phrase.start + start..phrase.end);
    }
    pieces
        .into_iter()
        .map(|r| {
            let piece = &body[r.clone()];
            let lead = piece.len() - piece.trim_start().len();
            r.start + lead..r.start + lead + piece.trim().len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// A bracketed aside in a list ("(IMO 8691702)").
static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([^()]{1,40}\)").expect("valid regex"));

/// "the ports of X and Y", "tankers X, Y and Z", "X, Y and Z provinces", "chains, including X,
/// Y and Z": a plural noun before or after a list of names gives its kind to every name of the
/// list that no stronger cue gave one.
fn share_list_kinds(text: &str, sentence_start: usize, found: &mut [Candidate]) {
    let mut first = 0;
    while first < found.len() {
        let mut last = first;
        while last + 1 < found.len() {
            let (end, next) = (found[last].range.end, found[last + 1].range.start);
            // ("the Yu Son (IMO 8691702) and the Saebyol": past an identifier and an article.)
            let joint = (end <= next).then(|| BRACKETED.replace_all(&text[end..next], ""));
            let joint = joint
                .as_deref()
                .map(|j| super::phrases::joint_before_article(j.trim()));
            if !joint.is_some_and(|j| matches!(j, "," | "and" | ", and" | "or")) {
                break;
            }
            last += 1;
        }
        let group = &mut found[first..=last];
        if let Some((kind, cue, confidence)) = list_kind(text, sentence_start, group) {
            for member in group.iter_mut().filter(|m| m.confidence < confidence) {
                member.kind = kind;
                member.cue = format!("list {cue}");
                member.confidence = confidence;
            }
        }
        first = last + 1;
    }
}

/// The kind a plural noun gives a list of names (in text order), with its cue and confidence:
/// the first name's cue "after tankers", the last's "followed by provinces", or a plural noun
/// of [`LIST_NOUNS`] before "including" or "such as" right before the list.
fn list_kind(
    text: &str,
    sentence_start: usize,
    group: &[Candidate],
) -> Option<(ActorKind, String, f64)> {
    if group.len() < 2 {
        return None;
    }
    let (head, tail) = (&group[0], &group[group.len() - 1]);
    let plural_after = head.cue.starts_with("after ") && head.cue.contains("s of")
        || ["after tankers", "after vessels", "after ships"].contains(&head.cue.as_str());
    if plural_after {
        return Some((head.kind, head.cue.clone(), head.confidence));
    }
    let plural_following = tail
        .cue
        .strip_prefix("followed by ")
        .is_some_and(|noun| noun.ends_with('s'));
    if plural_following {
        return Some((tail.kind, tail.cue.clone(), tail.confidence));
    }
    // "Lima, Cusco and Puno in Peru": names listed in a country are its places.
    if in_country(&text[tail.range.end..]) && group.iter().all(|m| m.kind != ActorKind::State) {
        return Some((ActorKind::Place, "list in a country".into(), 0.75));
    }
    let before = &text[sentence_start..head.range.start];
    let noun = EXAMPLES_OF
        .captures(before)?
        .get(1)?
        .as_str()
        .to_lowercase();
    let &(noun, kind) = LIST_NOUNS.iter().find(|(n, _)| *n == noun)?;
    Some((kind, format!("after {noun}, including"), 0.8))
}

/// Whether the text goes on with "in" and a country's name: " in Peru", " in the DPRK".
fn in_country(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '’' | '\''))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(4)
        .collect();
    (1..=words.len()).any(|n| {
        let name = words[..n].join(" ");
        let name = name.strip_suffix('.').unwrap_or(&name);
        countries::lookup(name).is_some_and(|c| c.name == name || !name.contains(' '))
    })
}

/// A candidate from a phrase match: trimmed of sentence openers, titles and "The", with its
/// kind from the cues; `None` when nothing name-like is left.
fn shape(body: &str, range: Range<usize>) -> Option<Candidate> {
    let mut start = range.start;
    let mut end = range.end;
    let mut title = false;
    // "State Security Department", "Foreign Ministry": before an organisation's head word,
    // "State" and "Foreign" are part of the name, not a person's title.
    // ("Treasury Department’s": before its possessive.)
    let organisation = body[range.clone()]
        .rsplit(' ')
        .next()
        .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
        .and_then(head_word)
        .is_some_and(|(_, kind)| kind != ActorKind::Person);
    let separator = |c: char| c.is_whitespace() || c == '-';
    loop {
        let phrase = &body[start..end];
        let first = phrase.split(separator).next().unwrap_or_default();
        let hyphenated = phrase[first.len()..].starts_with('-');
        let rest = phrase[first.len()..].trim_start_matches(separator);
        if rest.is_empty() {
            break;
        }
        // "In-Q-Tel": an opener joined by a hyphen is the name's; "according to You Zejun":
        // a capitalized pronoun inside a sentence is a name's.
        let inside = body[..start]
            .trim_end()
            .ends_with(|c: char| c.is_alphanumeric() || c == ',');
        // "European Union", "Arab League": a region's adjective opening an organisation's
        // name is the name's.
        let regional = organisation && REGION_ADJECTIVES.contains(&first);
        // "Mar Azul": a month's abbreviation without its period is a word of a name.
        let unabbreviated = first.len() <= 4
            && MONTH_ABBREVIATIONS.contains(&first)
            && phrase[first.len()..].starts_with(' ');
        let kept = hyphenated || regional || unabbreviated || PRONOUNS.contains(&first) && inside;
        let opener = NOT_NAMES.contains(&first) && !kept;
        let is_title = !organisation && TITLES.contains(&first);
        if opener || is_title && rest.starts_with(char::is_uppercase) {
            title |= TITLES.contains(&first);
            // "Officials of the Ministry": the joiner goes with the word before it.
            let rest = ["of the ", "of ", "for ", "de ", "al ", "& "]
                .iter()
                .find_map(|joiner| rest.strip_prefix(joiner))
                .unwrap_or(rest);
            start = end - rest.len();
        } else if let Some(rest) = is_title.then(|| after_office(rest)).flatten() {
            title = true;
            start = end - rest.len();
        } else {
            break;
        }
    }
    // "General Director of Severnaya Lotsiya LLC", "Beneficial Owner of X": a role's words and
    // "of" open no name; the organisation after them is one.
    if let Some((role, organisation)) = body[start..end].split_once(" of ") {
        let role_word = |w: &str| {
            ROLE_QUALIFIERS.contains(&w.to_lowercase().as_str())
                || super::phrases::role(w).is_some()
        };
        if role.split(' ').all(role_word) && organisation.starts_with(char::is_uppercase) {
            start = end - organisation.len();
        }
    }
    // "MV Ocean Star", "M/V Ocean Star" (whose phrase starts at the "V"), after any "The": the prefix goes.
    let token_start = body[..start].rfind(char::is_whitespace).map_or(0, |i| {
        i + body[i..].chars().next().map_or(1, char::len_utf8)
    });
    let vessel_prefix = body[token_start..end]
        .split_once(' ')
        .filter(|(token, rest)| VESSEL_PREFIXES.contains(token) && !rest.is_empty())
        .map(|(token, rest)| {
            start = end - rest.trim_start().len();
            token
        });
    // "Korea." at the end of a sentence: the period is not the name's.
    if body[start..end].ends_with('.') {
        let last = body[start..end].rsplit(' ').next().unwrap_or_default();
        // "Ltd." keeps its period.
        let keeps = legal_form(last).is_some_and(|form| form.ends_with('.'))
            || last.matches('.').count() > 1;
        if !keeps {
            end -= 1;
        }
    }
    for possessive in ["’s", "'s"] {
        if body[start..end].ends_with(possessive) {
            end -= possessive.len();
        }
    }
    // "The\u{a0}Washington Times": any run of white space in a name is one space.
    let spaced = body[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let name = spaced.as_str();
    // "US$370 million": a currency's prefix, not a name; "DOB: 02/11/1971", "Flag: Gabon": a
    // field's label, not a name.
    let label = body[end..].starts_with(':')
        && (body[..start].trim_end().is_empty() || body[..start].trim_end().ends_with('.'));
    if body[end..].starts_with('$') || label {
        return None;
    }
    // "IMO 9354521", "IMO No. 9354521", "MMSI 412345678": an identifier's label, not a name.
    let label = |regex: &Regex| regex.find(&body[start..]).is_some_and(|m| m.start() == 0);
    if label(&IMO) || label(&MMSI) {
        return None;
    }
    // "PCs": a plural acronym is a common noun.
    let plural_acronym = name
        .strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && stem.chars().all(char::is_uppercase));
    // "Executive Order 13382", "E.O. 13722", "Resolution 2397": a numbered instrument is no
    // actor.
    let numbered = body[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let instrument = name.rsplit(' ').next().is_some_and(|last| {
        matches!(
            last,
            "Order" | "E.O." | "EO" | "Resolution" | "Act" | "Decree" | "Directive" | "Regulation"
        )
    });
    // ("the International Emergency Economic Powers Act": a law is none either, nor is a list:
    // "the Entity List".)
    let law = name.ends_with(" Act") && name.split(' ').count() >= 3 || name.ends_with(" List");
    // ("33 Kai Lok Road", "Harbourfront Tower": an address's street or building is no actor.)
    let address = name.split(' ').count() >= 2
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|last| ADDRESS_NOUNS.contains(&last));
    if numbered && instrument || law || address {
        return None;
    }
    // "Ltd." or "Co., Ltd." alone, "IMO" alone: a legal form or a label is no name.
    let only_forms = name
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| legal_form(w).is_some());
    if NOT_NAMES.contains(&name)
        || TITLES.contains(&name) && !PUBLIC_BODIES.contains(&name)
        || name.chars().count() < 2
        || plural_acronym
        || only_forms
        || matches!(name, "IMO" | "MMSI" | "Member State" | "Member States")
        || COMMON_ACRONYMS.contains(&name)
        || VESSEL_CLASSES.contains(&name)
    {
        return None;
    }
    // A demonym alone ("Chinese") is not a name, nor is one after a capitalized adjective
    // ("Small Peruvian" opening a sentence); collectives() handles "Chinese vessels".
    if countries::all().any(|c| {
        name.strip_suffix(c.demonym)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    }) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "CNBC", "FireEye": a word's capitals after its first letter are the name's, wherever it
    // stands.
    let inner_capital = words.len() == 1 && words[0].chars().skip(1).any(char::is_uppercase);
    let sentence_initial = !inner_capital
        && (body[..start].trim().is_empty() || body[..start].trim_end().ends_with(['“', '"']));
    let mut candidate = Candidate {
        name: name.to_owned(),
        range: start..end,
        kind: ActorKind::Other,
        cue: String::new(),
        confidence: 0.0,
        country: None,
        collective: false,
        identifiers: Identifiers::default(),
        alias: None,
        demonym: false,
        sentence_initial,
        anaphor: false,
    };
    let before = body[..start].trim_end().to_lowercase();
    let after = &body[end..];
    let after_lower = after.trim_start().to_lowercase();
    let next_word = after_lower
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let mut cue = |kind: ActorKind, what: String, confidence: f64| {
        if confidence > candidate.confidence {
            candidate.kind = kind;
            candidate.cue = what;
            candidate.confidence = confidence;
        }
    };
    // "the North said", "the North’s port": a state named before, by the half of its name.
    if ["North", "South"].contains(&name) && (before.ends_with(" the") || before == "the") {
        candidate.anaphor = true;
        cue(ActorKind::State, "the North or South".into(), 0.5);
    }
    if let Some(country) = countries::lookup(name) {
        candidate.country = Some(country.code.to_owned());
        if country.name != name {
            candidate.name = country.name.to_owned();
            candidate.alias = Some(name.to_owned());
        }
        cue(ActorKind::State, "country".into(), 0.9);
    }
    // "Fort Lee, New Jersey": a state of the United States is a place there.
    if countries::is_us_state(name) {
        candidate.country = Some("US".to_owned());
        cue(ActorKind::Place, "state of the United States".into(), 0.8);
    }
    // "Beijing denied", "talks with Pyongyang": a capital standing for its government is its
    // state; elsewhere it is the city.
    if let Some(country) = countries::capital_of(name) {
        candidate.country = Some(country.code.to_owned());
        if for_government(&before, after) {
            candidate.name = country.name.to_owned();
            cue(ActorKind::State, "capital for its government".into(), 0.9);
        } else {
            cue(ActorKind::Place, "capital".into(), 0.8);
        }
    }
    // "the vessel was reflagged and renamed Lucky Star": a vessel's new name.
    let vessel_named = before.rsplit(['.', ';']).next().is_some_and(|clause| {
        ["vessel", "tanker", "ship", "freighter"]
            .iter()
            .any(|n| clause.contains(n))
    });
    if other_name_before(&body[..start]) && vessel_named {
        cue(ActorKind::Ship, "another name of a vessel".into(), 0.8);
    }
    if let Some((head, kind)) = words.last().and_then(|last| head_word(last)) {
        if words.len() > 1 {
            cue(kind, format!("name ends in {head}"), 0.9);
        }
    }
    // "PJSC Sovfracht": a legal form opening the name.
    if let Some(form) = legal_form(words[0]).filter(|form| leads_name(form)) {
        if words.len() > 1 {
            cue(ActorKind::Firm, format!("name starts with {form}"), 0.9);
        }
    }
    // "Ministry of X", "Bank of X", "Port of X": the head comes first, perhaps after a demonym
    // ("Peruvian Ministry of Fisheries").
    // "Nautilus Institute for Security": an organisation's head before "of" or "for" may
    // follow the rest of its name.
    let head_first = (0..words.len().saturating_sub(2)).find_map(|i| {
        let (head, kind) = head_word(words[i])?;
        let organisation = matches!(kind, ActorKind::Agency | ActorKind::Group);
        // ("National Bank of Georgia", "Central Bank of Iran": a central bank's adjective.)
        let opens = i == 0
            || countries::lookup(&words[..i].join(" ")).is_some()
            || i == 1 && words[1] == "Bank" && CENTRAL_BANKS.contains(&words[0]);
        let joiner = words[i + 1];
        (joiner == "of" && opens || joiner == "for" && organisation).then_some((head, kind, joiner))
    });
    if let Some((head, kind, joiner)) = head_first {
        let kind = if head == "Bank" && CENTRAL_BANKS.contains(&words[0]) {
            ActorKind::Agency
        } else {
            kind
        };
        // Above a word that ends a firm's name: "Ministry of Energy" is a ministry.
        cue(kind, format!("name starts with {head} {joiner}"), 0.92);
    }
    // "Hong Kong-based", "Liberia-registered": the name is a place.
    if let Some(tail) = ["-based", "-registered", "-headquartered", "-flag"]
        .iter()
        .find(|tail| after.starts_with(*tail))
    {
        // ("Istanbul-based Kordelya Makina" opening a sentence: before a name, a capital is a
        // name's, not the sentence's; "Land-based missiles" is no place.)
        let name_after = after[tail.len()..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        let confidence = if name_after { 0.8 } else { 0.7 };
        cue(ActorKind::Place, format!("before {tail}"), confidence);
    }
    // "Arcturus Ship Management FZE of Fujairah": after a firm's legal form (or a ship
    // manager's trade), "of" names where the firm is.
    let after_legal_form = body[..start]
        .trim_end()
        .strip_suffix(" of")
        .and_then(|firm| firm.rsplit(' ').next())
        .is_some_and(|form| legal_form(form).is_some() || firm_ending(form));
    if after_legal_form && words.len() <= 2 {
        cue(ActorKind::Place, "of after a legal form".into(), 0.7);
    }
    // "1. Eleni KALLISTRATOU. DOB: 19/06/1980.", "5. LEDA STAR. IMO: 9081007.": a notice's
    // entry names its kind with its fields.
    let entry_number = before.trim_start_matches('(').trim_end_matches(['.', ')']);
    let entry = entry_number.chars().all(|c| c.is_ascii_digit());
    // ("Baltic Thorn (IMO 9148623). Specified under …": so does its IMO number.)
    if let Some(fields) = after.strip_prefix(". ").filter(|_| entry) {
        let label = fields.split(':').next().unwrap_or_default();
        if let Some(&(_, kind)) = ENTRY_FIELDS.iter().find(|(l, _)| *l == label) {
            cue(kind, format!("notice entry with {label}"), 0.9);
        }
    }
    // "Tartus, Syria": a name followed by its country is a place.
    if let Some(rest) = after.strip_prefix(", ") {
        let words: Vec<&str> = rest.split(' ').take(4).collect();
        let country = (1..=words.len().min(3)).any(|n| {
            let phrase = words[..n].join(" ");
            let bare = phrase.trim_end_matches([',', '.', ';']);
            // "In its reply to the Panel, Vietnam stated": the country opens a clause.
            let clause = words.get(n).is_some_and(|w| {
                let w = w.trim_end_matches([',', '.']);
                SPEECH.contains(&w)
                    || super::links::verb_of(w).is_some()
                    || ["has", "have", "had", "is", "was", "will", "would", "also"].contains(&w)
            });
            countries::lookup(bare).is_some()
                && (bare != phrase
                    || !words
                        .get(n)
                        .is_some_and(|w| w.starts_with(char::is_uppercase)))
                && (bare != phrase || !clause)
        });
        if country && countries::lookup(name).is_none() {
            cue(ActorKind::Place, "followed by its country".into(), 0.7);
        }
    }
    if PUBLIC_BODIES.contains(&name) {
        cue(ActorKind::Agency, "public body".into(), 0.9);
    }
    if NEWS_OUTLETS.contains(&name.trim_start_matches("The ")) {
        cue(ActorKind::Firm, "news outlet".into(), 0.9);
    }
    if name.starts_with("Mount ") || name.starts_with("Lake ") {
        cue(ActorKind::Place, "name starts with Mount/Lake".into(), 0.9);
    }
    if let Some((word, kind)) = FOLLOWING.iter().find(|(w, _)| *w == next_word) {
        cue(*kind, format!("followed by {word}"), 0.85);
    }
    let preceding = PRECEDING.iter().find(|(w, _)| {
        before.ends_with(w)
            && before[..before.len() - w.len()].ends_with(|c: char| !c.is_alphabetic())
    });
    // ("the tanker Aurora Bay": a vessel's noun right before a name outweighs the place its
    // last word would make of it.)
    if let Some((word, kind)) = preceding {
        // ("the third foreign ship South Korea has impounded": not a country's name.)
        let vessel = *kind == ActorKind::Ship && countries::lookup(name).is_none();
        let confidence = if vessel { 0.92 } else { 0.85 };
        cue(*kind, format!("after {word}"), confidence);
    }
    if let Some(prefix) = vessel_prefix {
        cue(ActorKind::Ship, format!("after {prefix}"), 0.9);
    }
    let vessel_before = vessel_prefix.is_some()
        || preceding.is_some_and(|(_, kind)| *kind == ActorKind::Ship)
        || before.ends_with("-flagged");
    // ("Frost Harbor, a hacking crew": what the text says the name is outweighs a last word of
    // a place, as common in the names of firms and groups as in those of places.)
    let place_ending = words.len() > 1
        && words
            .last()
            .and_then(|last| head_word(last))
            .is_some_and(|(_, kind)| matches!(kind, ActorKind::Port | ActorKind::Place));
    if let Some((role, kind)) = apposition(after) {
        let confidence = if place_ending { 0.91 } else { 0.85 };
        cue(kind, format!("apposition {role}"), confidence);
    }
    // "Tan Boon Keat, 39, a Singaporean national": a name of words in capitals followed by an
    // age is a person's.
    let capitalized = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if (2..=4).contains(&words.len()) && capitalized && AGE.is_match(after) {
        // (Above any apposition's role: "Viktor Orlov, 52, the owner of X" is a person.)
        cue(ActorKind::Person, "age".into(), 0.9);
    }
    if title || after_titled_office(&body[..start]) {
        cue(ActorKind::Person, "title".into(), 0.85);
    }
    // "CNBC has noted", "Yonhap also reported": the verb may follow an auxiliary.
    let verb_after = ["has ", "have ", "had "]
        .iter()
        .find_map(|aux| after_lower.strip_prefix(aux))
        .unwrap_or(&after_lower);
    let verb_after = verb_after.strip_prefix("also ").unwrap_or(verb_after);
    let speech_after = SPEECH.iter().any(|s| {
        verb_after.starts_with(s) && verb_after[s.len()..].starts_with([' ', ',', ':', '.'])
    });
    let speech_before = SPEECH
        .iter()
        .any(|s| before.ends_with(&format!("{s},")) || before.ends_with(s));
    // ("Ana Ruiz of the U.S. Treasury said": past the body the person speaks for.)
    let affiliated_speech = AFFILIATED_SPEECH.is_match(after);
    if (speech_after || speech_before || affiliated_speech) && (2..=3).contains(&words.len()) {
        cue(ActorKind::Person, "speech verb".into(), 0.8);
    }
    // "according to Reuters", "told Yonhap", "Interfax reported": a source, of unknown kind.
    let before_article = before.strip_suffix(" the").unwrap_or(&before);
    let source_before = ["according to", "told", "citing"]
        .iter()
        .any(|s| before_article.ends_with(s));
    let reports_after = ["reported", "reports"]
        .iter()
        .any(|s| verb_after.starts_with(s));
    if source_before || reports_after || speech_after && words.len() == 1 {
        cue(ActorKind::Other, "source of a statement".into(), 0.6);
    }
    // "in Vladivostok", "from Nampo": a lone name after a preposition of place.
    let place_before = ["in", "near", "from", "via", "outside"]
        .iter()
        .any(|p| before.ends_with(&format!(" {p}")) || before == *p);
    // "in Q1" is a date.
    let has_digit = name.contains(|c: char| c.is_ascii_digit());
    if place_before && words.len() == 1 && !sentence_initial && !has_digit {
        cue(
            ActorKind::Place,
            "after a preposition of place".into(),
            0.55,
        );
    }
    // "a distributor based in Fort Lee": where an organisation is based is a place, however
    // many words its name has.
    let seat_before = [
        "based in",
        "located in",
        "headquartered in",
        "incorporated in",
    ]
    .iter()
    .any(|p| before.ends_with(&format!(" {p}")));
    if seat_before && words.len() <= 3 && !has_digit {
        cue(
            ActorKind::Place,
            "where an organisation is based".into(),
            0.7,
        );
    }
    // "a hacking group known as X", "a group it calls X": a group's name, whatever it ends in.
    // (The last words only: the pattern ends the text before the name.)
    let last_words = before
        .char_indices()
        .rev()
        .nth(60)
        .map_or(before.as_str(), |(at, _)| &before[at..]);
    if NAMED_GROUP.is_match(last_words) {
        cue(ActorKind::Group, "named group".into(), 0.93);
    }
    // "St Petersburg", "Saint-Nazaire": a saint's name is a place's.
    let saint = ["St ", "St. ", "Saint ", "Saint-", "Sankt "]
        .iter()
        .any(|prefix| name.starts_with(prefix));
    if saint && words.len() <= 3 {
        cue(ActorKind::Place, "saint's name".into(), 0.75);
    }
    // "X, a St Petersburg company": a name between an apposition's article and a firm's noun
    // says where the firm is.
    let apposed_seat = (before.ends_with(", a") || before.ends_with(", an"))
        && SEAT_NOUNS.contains(&next_word)
        && after.starts_with(' ');
    if apposed_seat && words.len() <= 3 && !has_digit {
        cue(
            ActorKind::Place,
            "before a firm's noun in apposition".into(),
            0.7,
        );
    }
    // "loaded coal at Ilo", "delivered it to Callao", "bound for Ningbo": a lone name where a
    // movement ends.
    let destination = ["at", "to", "into", "for"].iter().any(|p| {
        before.strip_suffix(p).is_some_and(|rest| {
            rest.ends_with(' ')
                && rest
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| w == "bound" || moves_to(w))
        })
    });
    if destination && words.len() == 1 && !sentence_initial && !has_digit {
        cue(ActorKind::Place, "where a movement ends".into(), 0.55);
    }
    // "docked at Bandar Kestan", "discharged at Ras Marjan": where a vessel calls is a port,
    // however many words its name has.
    let port_call = PORT_CALLS.iter().any(|verb| {
        before
            .strip_suffix(" at")
            .is_some_and(|rest| rest.ends_with(verb))
    });
    if port_call && words.len() <= 3 && !has_digit {
        cue(ActorKind::Port, "where a vessel calls".into(), 0.7);
    }
    if looks_like_romanized_name(&words) {
        cue(ActorKind::Person, "given-name pattern".into(), 0.8);
    }
    // "the company’s president, Ri Kwang Chol": a name apposed to a person's role; "PRC
    // national Zhou Weiming": a name after a nationality.
    let role_before = before
        .strip_suffix(',')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| ROLES.contains(&(w, ActorKind::Person)))
        || before.ends_with(" national")
        || before.ends_with(" citizen");
    if role_before && (2..=4).contains(&words.len()) {
        cue(ActorKind::Person, "after a role".into(), 0.8);
    }
    // "a Senior Associate" is a description, not a name.
    let described = [" a", " an"].iter().any(|a| before.ends_with(a)) || before == "a";
    // "Joe Byrne from the Open Source Centre": a person's name before their organisation's.
    let person_shaped = (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().skip(1).all(char::is_lowercase));
    let organisation_after = after
        .strip_prefix(' ')
        .and_then(|a| a.strip_prefix("from the ").or(a.strip_prefix("at the ")))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    if person_shaped && organisation_after && !described {
        cue(
            ActorKind::Person,
            "name before from/at an organisation".into(),
            0.8,
        );
    }
    // How many letters the name has, when all are capitals ("CNBC", "SANTIAGO"; 0 otherwise).
    let letters = || name.chars().filter(|c| c.is_alphabetic());
    let capital_letters = if letters().all(char::is_uppercase) {
        letters().count()
    } else {
        0
    };
    let acronym = capital_letters >= 2 && !name.contains(' ');
    // "SANTIAGO (Reuters) -", "LIMA, March 3 —": a dateline opens with its city in capitals.
    let capitals = capital_letters >= 3;
    if capitals && before.is_empty() && DATELINE_AFTER.is_match(after) {
        candidate.name = name
            .split(' ')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_string() + &chars.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        cue(ActorKind::Place, "dateline".into(), 0.8);
    }
    let fallback = match words.len() {
        1 if acronym => (ActorKind::Other, "acronym", 0.5),
        1 => (ActorKind::Other, "capitalized word", 0.45),
        // ("the Sirocco Pearl": a person's name takes no article.)
        2 if words
            .iter()
            .all(|w| w.chars().skip(1).all(char::is_lowercase))
            && before != "the"
            && !before.ends_with(" the") =>
        {
            (ActorKind::Person, "two-word name", 0.55)
        }
        _ => (ActorKind::Other, "proper-noun phrase", 0.55),
    };
    // "tuberculosis (TB)": a common noun's acronym.
    let glossed = before
        .strip_suffix('(')
        .is_some_and(|b| b.trim_end().ends_with(char::is_lowercase));
    if !(described || glossed && acronym) {
        let (kind, what, confidence) = fallback;
        cue(kind, what.into(), confidence);
    }
    // "Stake.com", "Binance.US": a web address names a firm.
    let domain = WEB_DOMAIN.find(after);
    if domain.is_some() {
        cue(ActorKind::Firm, "web address".into(), 0.85);
    }
    // ("the Democratic People’s Republic of Korea (DPRK)": a country keeps the name it was
    // written with; its acronym is a country's name of its own.)
    if let Some(acronym) = bracketed_acronym(after).filter(|_| candidate.alias.is_none()) {
        candidate.alias = Some(acronym);
    }
    // "Kursk region": a region is named with its noun, and known by its bare name as well.
    if let Some(noun) = REGION_NOUNS.iter().find(|n| **n == next_word) {
        let written = after.strip_prefix(' ').is_some_and(|a| a.starts_with(noun));
        let placed = matches!(candidate.kind, ActorKind::Place | ActorKind::Port);
        if written && placed {
            candidate.range.end = end + 1 + noun.len();
            if candidate.alias.is_none() {
                candidate.alias = Some(candidate.name.clone());
            }
            candidate.name = format!("{} {noun}", candidate.name);
        }
    }
    // "the tanker Sea Lark 3", "Jade Crane 12 (IMO 9123456)": a vessel's hull number is its
    // name's.
    // ("the Sam Jong 2 and five other ships": a name of two words or more after "the" is
    // numbered as a vessel is.)
    // ("the KUMHWA 8": so is a name in capitals, as notices and shipping news write a vessel's;
    // not an acronym, "the IRGC".)
    let in_capitals = capital_letters >= 4 && !PUBLIC_BODIES.contains(&name);
    let after_the = before == "the" || before.ends_with(" the");
    let numbered_after_the = after_the && (words.len() >= 2 || in_capitals);
    // ("the vessels X, Y 1 and Z 3 as blocked property": nor a listed one.)
    let numbered_in_list = words.len() >= 2 && LISTED_NUMBER.is_match(after);
    // ("RUIXIANG 18 is owned by": and a name in capitals with a number, wherever it stands.)
    let numbered = hull_number(
        after,
        vessel_before || numbered_after_the || numbered_in_list || in_capitals,
    );
    if let Some(number) = numbered {
        candidate.range.end = end + 1 + number.len();
        candidate.name = format!("{} {number}", candidate.name);
    }
    // "the ARDEN SKY", "the KUMHWA 8": a vessel's name in capitals.
    let vessel_in_capitals = in_capitals && (after_the && words.len() >= 2 || numbered.is_some());
    if vessel_in_capitals && candidate.confidence < 0.8 {
        candidate.kind = ActorKind::Ship;
        candidate.cue = if numbered.is_some() {
            "name in capitals with a hull number"
        } else {
            "name in capitals after the"
        }
        .into();
        candidate.confidence = 0.8;
    }
    if let Some(domain) = domain {
        candidate.range.end = end + domain.len();
        candidate.name = format!("{}{}", candidate.name, domain.as_str());
    }
    // "the Chinese Embassy in Beijing": a mission is named with its city.
    if ["Embassy", "Consulate", "Mission"].contains(&words[words.len() - 1]) {
        if let Some(city) = MISSION_CITY.captures(after).and_then(|c| c.get(1)) {
            candidate.range.end = end + city.end();
            candidate.name = format!("{} in {}", candidate.name, city.as_str());
        }
    }
    // "Lin Wei, a Taiwanese national", "a Chinese businessman, Lin Wei": a person's or firm's
    // country.
    if candidate.country.is_none() && matches!(candidate.kind, ActorKind::Person | ActorKind::Firm)
    {
        candidate.country = nationality(&body[..start], after).map(|c| c.code.to_owned());
    }
    Some(candidate)
}

/// The hull number right after a vessel's name: after a vessel cue (`vessel_before`) unless a
/// quantity's noun follows it, or whenever an IMO number follows it.
fn hull_number(after: &str, vessel_before: bool) -> Option<&str> {
    let number = HULL_NUMBER.captures(after)?.get(1)?.as_str();
    let rest = after[1 + number.len()..].trim_start_matches([' ', ',', '(']);
    let imo_after = rest.starts_with("IMO");
    let next_word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let quantity = QUANTITY_NOUNS.contains(&next_word);
    (imo_after || vessel_before && !quantity).then_some(number)
}

/// What follows a title's office ("Secretary of the Treasury Steven Mnuchin", "Minister of
/// Defence Ben Wallace"): the name, when the word after "of" is a title's or a head's.
fn after_office(rest: &str) -> Option<&str> {
    let office = ["of the ", "of "]
        .iter()
        .find_map(|joiner| rest.strip_prefix(joiner))?;
    let (word, name) = office.split_once(char::is_whitespace)?;
    let known = TITLES.contains(&word) || head_word(word).is_some();
    let name = name.trim_start();
    (known && name.starts_with(char::is_uppercase)).then_some(name)
}

/// Particles of family names, written in lower case between a given name and the rest of the
/// family name ("Frank von Hippel", "Jan de Vries", "Ahmed bin Salem"); longest first.
const NAME_PARTICLES: &[&str] = &[
    "van der", "van den", "von", "van", "der", "den", "de", "du", "da", "dos", "del", "al", "bin",
    "ibn",
];

/// Whether `short` names the person `full` by the family name alone: the last word ("Morrow"
/// of "Ilse Morrow"), the last words from a particle on ("Von Hippel" or "von Hippel" of
/// "Frank von Hippel"), or the first word of a name in family-name-first order ("Lee" of "Lee
/// Nam-ju").
///
/// ```
/// use linkchart::extract::discover::is_family_name;
/// assert!(is_family_name("Morrow", "Ilse Morrow"));
/// assert!(is_family_name("Von Hippel", "Frank von Hippel"));
/// assert!(is_family_name("Lee", "Lee Nam-ju"));
/// assert!(is_family_name("Tan", "Tan Boon Keat"));
/// assert!(!is_family_name("Ilse", "Ilse Morrow"));
/// assert!(!is_family_name("Morrow", "Morrow"));
/// ```
pub fn is_family_name(short: &str, full: &str) -> bool {
    let words: Vec<&str> = full.split(' ').collect();
    let short_words: Vec<&str> = short.split(' ').collect();
    let n = words.len();
    if n < 2 || short_words.len() >= n {
        return false;
    }
    let tail = &words[n - short_words.len()..];
    let same = |a: &str, b: &str| {
        a == b || NAME_PARTICLES.contains(&a.to_lowercase().as_str()) && a.eq_ignore_ascii_case(b)
    };
    let particle = NAME_PARTICLES
        .iter()
        .any(|p| p.split(' ').next() == Some(short_words[0].to_lowercase().as_str()));
    let ends = (short_words.len() == 1 || particle)
        && tail.iter().zip(&short_words).all(|(a, b)| same(a, b));
    let family_first = looks_like_romanized_name(&words) || FAMILY_FIRST.contains(&short);
    ends || short_words.len() == 1 && words[0] == short && family_first
}

/// Common Chinese, Korean, Vietnamese and Southeast Asian family names, which their names
/// write first ("Li" of "Li Haoran", "Tan" of "Tan Boon Keat").
const FAMILY_FIRST: &[&str] = &[
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Deng",
    "Feng", "Cao", "Peng", "Zeng", "Tan", "Lim", "Ng", "Ong", "Goh", "Chua", "Teo", "Koh", "Lee",
    "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Han", "Wong", "Chan", "Cheung",
    "Ho", "Lau", "Leung", "Nguyen", "Tran", "Pham",
];

/// Whether a candidate may be a person's family name: no cue gave it another kind surely (a
/// country's name, a head word, "port" after it), as "Jordan" or "Morrow Shipping" would.
pub(super) fn may_be_family_name(candidate: &Candidate) -> bool {
    matches!(candidate.kind, ActorKind::Person | ActorKind::Other) || candidate.confidence < 0.7
}

/// Whom a phrase that may be a family name means among the persons named so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FamilyName {
    /// A known person's only ("Morrow said" after "Ilse Morrow"): the gazetteer's index.
    Known(usize),
    /// Several persons', one known at least ("Kim" after "Kim Jong-un" and "Kim Joo-il"): no
    /// one's mention, and no new actor either.
    Ambiguous,
    /// No known person's: the phrase is left to the new actors.
    Other,
}

/// Whom `candidate` names by a family name alone ([`is_family_name`]) among the known persons
/// named so far (`known`, the gazetteer's index and name) and the new ones (`new`); nobody's
/// when a cue makes it another kind ([`may_be_family_name`]).
pub(super) fn family_name_of(
    candidate: &Candidate,
    known: &[(usize, &str)],
    new: &[&str],
) -> FamilyName {
    if !may_be_family_name(candidate) {
        return FamilyName::Other;
    }
    let of = |full: &str| is_family_name(&candidate.name, full);
    let mut matches = known.iter().filter(|(_, full)| of(full));
    let new_matches = new.iter().filter(|full| of(full)).count();
    match (matches.next(), matches.next(), new_matches) {
        (Some(&(actor, _)), None, 0) => FamilyName::Known(actor),
        (Some(_), _, _) => FamilyName::Ambiguous,
        (None, _, _) => FamilyName::Other,
    }
}

/// "Kim Jong-un", "Go Myong-hyun": a family name and a hyphenated given name.
pub(super) fn looks_like_romanized_name(words: &[&str]) -> bool {
    words.len() == 2
        && words[0].chars().count() <= 5
        && words[1].split_once('-').is_some_and(|(a, b)| {
            a.chars().next().is_some_and(char::is_uppercase)
                && !b.is_empty()
                && b.chars().all(char::is_alphabetic)
        })
}

/// An age after a person's name: ", 39,", ", 52, of".
static AGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,\s+\d{1,2},").expect("valid regex"));

/// An apposition of a role that a name owns: "Golden Reed’s chief executive", "Peru's foreign
/// minister", "Peru’s main port" (the words after the possessive in group `role`).
static OWNED_ROLE_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\p{{Lu}}[\w.&-]*\s+){{0,5}}\p{{Lu}}[\w.&-]*{}",
        super::phrases::OWNED_ROLE_WORDS
    ))
    .expect("valid regex")
});

/// A copula after a name, before what the name is: " is ", " was also ", " serves as ",
/// " acted as ".
static COPULA_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?:is|was)(?:\s+also)?|(?:serves|served|acts|acted|works|worked)\s+as)\s+")
        .expect("valid regex")
});

/// The role noun of an apposition right after a name: ", a Panama-registered shipping company"
/// (past an age: ", 39, a Singaporean national").
fn apposition(after: &str) -> Option<(&'static str, ActorKind)> {
    let after = AGE.find(after).map_or(after, |age| &after[age.end() - 1..]);
    // ("Ana Petrova serves as the general director of X", "X is a shipping company": so is
    // what a copula says a name is.)
    let rest = after
        .strip_prefix(", ")
        .or_else(|| COPULA_AS.find(after).map(|m| &after[m.end()..]))?;
    // ("Ana Ruiz, Golden Reed’s chief executive", "Callao, Peru’s main port": so is a role
    // that a name owns.)
    if let Some(owned) = OWNED_ROLE_APPOSED.captures(rest) {
        return owned["role"]
            .split_whitespace()
            .find_map(|word| ROLES.iter().find(|(role, _)| *role == word).copied());
    }
    let article = ["a ", "an ", "the "].iter().find(|d| {
        rest.get(..d.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(d))
    })?;
    let window = |clause: &str| {
        let clause: String = clause
            .chars()
            .take_while(|&c| c != ',' && c != '.')
            .collect();
        clause
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let as_written = window(&rest[article.len()..]);
    let head_window = as_written.to_lowercase();
    // Whole words only: "an international firm" is no "national"; and as written, in lower case:
    // "the National Bank" is no "national" either.
    let whole_word = |role: &str| {
        head_window
            .match_indices(role)
            .map(|(at, _)| at)
            .find(|&at| {
                let end = at + role.len();
                as_written
                    .get(at..end)
                    .is_none_or(|written| written == role)
                    && (at == 0 || head_window[..at].ends_with([' ', '-']))
                    && head_window[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == ' ' || c == 's' || c == '’' || c == '\'')
            })
    };
    let (at, role, kind) = ROLES
        .iter()
        .filter_map(|(role, kind)| whole_word(role).map(|at| (at, *role, *kind)))
        .min_by_key(|(at, _, _)| *at)?;
    let rest = &head_window[at + role.len()..];
    let mut next = rest
        .strip_prefix('s')
        .unwrap_or(rest)
        .split_whitespace()
        .peekable();
    // ", a Hong Kong-based ship manager": a vessel's or port's noun before the trade's is the
    // trade's, and the trade is a firm's.
    if matches!(kind, ActorKind::Ship | ActorKind::Port) {
        if let Some(trade) = next.peek().and_then(|w| {
            let noun = w.strip_suffix('s').unwrap_or(w);
            VESSEL_TRADES.iter().find(|t| **t == noun)
        }) {
            return Some((trade, ActorKind::Firm));
        }
    }
    // ", the tanker sailed from X", "Day-to-day, the vessels are operated by": a clause with
    // its own verb, not an apposition (", a tanker owned by X" is one).
    // ("a citizen based in X", "a firm registered in Y" describe.)
    let verb = next.next().is_some_and(|w| {
        let participle = w.ends_with("ed")
            && !matches!(
                w,
                "based" | "registered" | "headquartered" | "located" | "incorporated" | "named"
            )
            && next.next() != Some("by");
        // (", the agency said": an inverted speaker, not an apposition.)
        let speech = SPEECH.contains(&w);
        participle || speech || BE_OR_HAVE.contains(&w)
    });
    (!verb).then_some((role, kind))
}

/// Nouns of trades that a vessel's or a port's noun qualifies: "a ship manager", "a tanker
/// operator", "a port agent".
const VESSEL_TRADES: &[&str] = &[
    "manager",
    "management",
    "operator",
    "owner",
    "agent",
    "agency",
    "broker",
    "company",
    "firm",
];

/// Forms of "to be" and "to have" that open a clause after a noun: ", the vessels are …".
const BE_OR_HAVE: &[&str] = &["is", "are", "was", "were", "has", "have", "had"];

/// "(CNPC)" right after a name.
fn bracketed_acronym(after: &str) -> Option<String> {
    let inner = after.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let acronym = &inner[..close];
    (acronym.len() >= 2
        && acronym.len() <= 8
        && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
    .then(|| acronym.to_owned())
}

/// "Chinese vessels", "North Korean tankers": a demonym and a plural noun of a kind, not already
/// a known actor's mention.
fn collectives(body: &str, base: usize, known: &[Range<usize>], found: &mut Vec<Candidate>) {
    for (demonym, country) in countries::demonyms(body) {
        let (start, from) = (demonym.start, demonym.end);
        // "North Korean-flagged tankers": the demonym made an adjective opens the collective.
        let adjective = STATE_HELD_SUFFIXES
            .iter()
            .find(|suffix| body[from..].starts_with(**suffix))
            .map_or(0, |suffix| suffix.len());
        let rest = &body[from + adjective..];
        // "Chinese vessels", or with one modifier "North Korean oil tankers".
        let words: Vec<&str> = rest
            .split(' ')
            .skip(1)
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
            .collect();
        // "North Korean oil tankers", "North Korean IT workers": a lowercase word or a short
        // acronym.
        let modifier = words.first().is_some_and(|w| {
            !w.is_empty()
                && (w.chars().all(char::is_lowercase)
                    || w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
        });
        // The noun's kind, and whether it makes a collective (an agency noun does not).
        let noun_of = |w: &&str| {
            COLLECTIVES
                .iter()
                .find(|(n, _)| n == w)
                .map(|&(noun, kind)| (noun, kind, true))
                .or_else(|| {
                    let noun = AGENCY_NOUNS.iter().find(|n| *n == w)?;
                    Some((*noun, ActorKind::Agency, false))
                })
        };
        let Some(((noun, kind, collective), at)) = words.iter().enumerate().find_map(|(i, w)| {
            (i == 0 || modifier)
                .then(|| noun_of(w))
                .flatten()
                .map(|noun| (noun, i))
        }) else {
            continue;
        };
        // "a North Korean guard shot …": one of an agency's people, not the agency.
        let article = body[..start]
            .strip_suffix(' ')
            .and_then(|b| b.split(' ').next_back());
        let one_person = !collective && matches!(article, Some("a" | "an" | "A" | "An"));
        if one_person {
            continue;
        }
        let end = from + adjective + words[..=at].iter().map(|w| w.len() + 1).sum::<usize>();
        // "the Russian ports of Vostok and Kalinsk": the places are named; the demonym is their
        // state's mention, not a collective's.
        let names_follow = body[end..].strip_prefix(" of ").is_some_and(|rest| {
            rest.trim_start_matches("the ")
                .starts_with(char::is_uppercase)
        });
        if names_follow && matches!(kind, ActorKind::Port | ActorKind::Place) {
            continue;
        }
        let absolute = base + start..base + end;
        let overlaps = |r: &Range<usize>| r.start < absolute.end && absolute.start < r.end;
        // A known demonym ("Chinese" of China) may open the collective.
        let other_known = |k: &Range<usize>| overlaps(k) && *k != (base + start..base + from);
        // A phrase that only its capitals made a name ("North Korean IT") gives way.
        let weaker = |c: &Candidate| overlaps(&c.range) && c.confidence < 0.75;
        if known.iter().any(other_known) || found.iter().any(|c| overlaps(&c.range) && !weaker(c)) {
            continue;
        }
        found.retain(|c| !weaker(c));
        found.push(Candidate {
            name: body[start..end].to_owned(),
            range: absolute,
            kind,
            cue: format!("demonym and {noun}"),
            confidence: 0.75,
            country: Some(country.code.to_owned()),
            collective,
            identifiers: Identifiers::default(),
            alias: None,
            demonym: false,
            sentence_initial: false,
            anaphor: false,
        });
    }
}

/// Demonyms that stand for their state ("Chinese coal", "the North Korean city of X"): a
/// mention of the country, by its common name, unless a known actor's mention or another
/// candidate holds the word; a demonym opening a longer name ("Japanese Ministry of Defense")
/// or a collective ("North Korean workers") is also a mention of its country, nested in it.
fn demonyms(body: &str, base: usize, known: &[Range<usize>], found: &mut Vec<Candidate>) {
    for (demonym, country) in countries::demonyms(body) {
        let absolute = base + demonym.start..base + demonym.end;
        let overlaps = |r: &Range<usize>| r.start < absolute.end && absolute.start < r.end;
        // ("British Virgin Islands": a country's own name holds no other state.)
        let opens_name = |c: &Candidate| {
            !c.demonym
                && c.kind != ActorKind::State
                && (c.collective
                    || c.kind == ActorKind::Agency
                    || c.country.as_deref() != Some(country.code))
                && c.range.start == absolute.start
                && c.range.end > absolute.end
        };
        if known.iter().any(overlaps) || found.iter().any(|c| overlaps(&c.range) && !opens_name(c))
        {
            continue;
        }
        found.push(country_mention(&country, absolute, "demonym", 0.6, true));
    }
}

/// A mention of a country found by its name or its demonym (`demonym`) at `range`, with its
/// cue and confidence.
fn country_mention(
    country: &countries::Country,
    range: Range<usize>,
    cue: &str,
    confidence: f64,
    demonym: bool,
) -> Candidate {
    Candidate {
        name: country.name.to_owned(),
        range,
        kind: ActorKind::State,
        cue: cue.into(),
        confidence,
        country: Some(country.code.to_owned()),
        collective: false,
        identifiers: Identifiers::default(),
        alias: None,
        demonym,
        sentence_initial: false,
        anaphor: false,
    }
}

/// A country's name opening an organisation's name ("United States Treasury Department",
/// "Panama Maritime Authority", "China National Petroleum Corporation") is a mention of the
/// country, nested in the name, as a demonym opening one is; so is a country ending an agency's
/// name after "of" ("National Bank of Georgia").
fn opening_countries(text: &str, found: &mut Vec<Candidate>) {
    let mut nested = Vec::new();
    for name in found.iter().filter(|c| {
        matches!(
            c.kind,
            ActorKind::Agency | ActorKind::Firm | ActorKind::Group
        ) && !c.collective
    }) {
        let words: Vec<usize> = text[name.range.clone()]
            .match_indices(' ')
            .map(|(at, _)| name.range.start + at)
            .take(4)
            .collect();
        // The longest run of whole words before the head that names a country.
        let Some((end, country)) = words
            .iter()
            .rev()
            .find_map(|&end| Some((end, countries::lookup(&text[name.range.start..end])?)))
        else {
            continue;
        };
        let range = name.range.start..end;
        let taken = found.iter().any(|c| c.range == range);
        if taken || text[range.clone()] == *country.demonym {
            continue;
        }
        nested.push(country_mention(
            &country,
            range,
            "country opening a name",
            0.8,
            false,
        ));
    }
    // ("the National Bank of Georgia", "the Ministry of Finance of Peru": and an agency's name
    // ending in "of" and a country.)
    for name in found.iter().filter(|c| c.kind == ActorKind::Agency) {
        let written = &text[name.range.clone()];
        let ending = written.rmatch_indices(" of ").next().and_then(|(at, of)| {
            let start = name.range.start + at + of.len();
            let start = start + text[start..].strip_prefix("the ").map_or(0, |_| 4);
            Some((start, countries::lookup(&text[start..name.range.end])?))
        });
        let Some((start, country)) = ending else {
            continue;
        };
        let range = start..name.range.end;
        if !found.iter().any(|c| c.range == range) {
            nested.push(country_mention(
                &country,
                range,
                "country ending a name",
                0.8,
                false,
            ));
        }
    }
    // ("the Peruvian Consulate in the northeastern Chilean city of Arica": and the state of a
    // place that ends a name.)
    for name in found.iter().filter(|c| c.kind != ActorKind::State) {
        let written = &text[name.range.clone()];
        let Some(state) = STATE_OF_PLACE_IN_NAME
            .captures(written)
            .and_then(|c| c.name("state"))
        else {
            continue;
        };
        let range = name.range.start + state.start()..name.range.start + state.end();
        let Some(country) = countries::lookup(state.as_str()) else {
            continue;
        };
        if !found.iter().any(|c| c.range == range) {
            let demonym = state.as_str() != country.name;
            nested.push(country_mention(
                &country,
                range,
                "state of a place in a name",
                0.8,
                demonym,
            ));
        }
    }
    found.extend(nested);
}

/// The state of a place that ends a name after "in" ("Consulate in the northeastern Chilean
/// city of Arica"), in group `state`.
static STATE_OF_PLACE_IN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\bin\s+the\s+(?:[a-z-]+\s+)?(?P<state>\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)?)\s+{}\s+of\s+",
        super::phrases::PLACE_NOUNS
    ))
    .expect("valid regex")
});

/// Whether a word is a verb of the link vocabulary that moves something to a place ("shipped",
/// "docked", "delivered").
fn moves_to(word: &str) -> bool {
    super::links::verb_of(word).is_some_and(|(relation, _)| {
        super::links::is_movement(relation) || matches!(relation, "travels_to" | "transits")
    })
}

/// Attaches IMO numbers, MMSIs and flags to the candidates they describe: an IMO or MMSI number
/// to the nearest name before it, a flag ("Panama-flagged X") to the nearest name after it.
fn identifiers(body: &str, base: usize, found: &mut [Candidate]) {
    let nearest_before = |found: &[Candidate], at: usize| {
        found
            .iter()
            .enumerate()
            .filter(|(_, c)| c.range.end <= base + at && c.kind != ActorKind::State)
            .max_by_key(|(_, c)| c.range.end)
            .map(|(i, _)| i)
    };
    for (regex, is_imo) in [(&*IMO, true), (&*MMSI, false)] {
        for number in regex.captures_iter(body) {
            let whole = number.get(0).expect("match");
            if let Some(i) = nearest_before(found, whole.start()) {
                let value = number[1].to_owned();
                let candidate = &mut found[i];
                if is_imo {
                    candidate.identifiers.imo = Some(value);
                } else {
                    candidate.identifiers.mmsi = Some(value);
                }
                candidate.kind = ActorKind::Ship;
                candidate.cue = if is_imo { "IMO number" } else { "MMSI" }.into();
                candidate.confidence = candidate.confidence.max(0.95);
            }
        }
    }
    for flag in FLAGGED.captures_iter(body) {
        let whole = flag.get(0).expect("match");
        let Some((country, forward)) =
            (1..=4).find_map(|group| flag.get(group).map(|c| (c.as_str(), group == 1)))
        else {
            continue;
        };
        // "Sierra Leone." ending the sentence: the period is not the country's.
        let words: Vec<&str> = country.split(' ').collect();
        let Some(country) = (0..words.len()).find_map(|i| {
            let name = words[i..].join(" ");
            countries::lookup(&name).or_else(|| countries::lookup(name.trim_end_matches('.')))
        }) else {
            continue;
        };
        let target = if forward {
            // "the Panama-flagged crude tanker X": only a few lowercase words before the name
            // ("a China-flagged ship in this photo from the X Ministry" flags no ministry).
            // ("…-flagged tankers in the East China Sea" flags no sea.)
            let close = |c: &Candidate| {
                let between = &body[whole.end()..c.range.start - base];
                between.split_whitespace().count() <= 4
                    && between.split_whitespace().all(|w| {
                        w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                            && !super::links::is_preposition(w)
                    })
            };
            // "North Korean-flagged tankers": a collective that holds the flag is flagged.
            let holder = found.iter().position(|c| {
                c.collective
                    && c.range.start <= base + whole.start()
                    && base + whole.end() <= c.range.end
            });
            holder.or_else(|| {
                found
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        c.range.start >= base + whole.end() && c.kind != ActorKind::State
                    })
                    .min_by_key(|(_, c)| c.range.start)
                    .filter(|(_, c)| close(c))
                    .map(|(i, _)| i)
            })
        } else {
            // "X, flagged in Panama", "X, which was flagged in Panama": a vessel, not a public
            // body ("the Liberia Maritime Authority said it had rejected requests from two
            // tankers formerly flagged in Panama" flags no authority).
            nearest_before(found, whole.start()).filter(|&i| found[i].kind != ActorKind::Agency)
        };
        if let Some(i) = target {
            let candidate = &mut found[i];
            candidate.identifiers.flag = Some(country.code.to_owned());
            if !candidate.collective {
                candidate.kind = ActorKind::Ship;
                candidate.cue = "flag".into();
                candidate.confidence = candidate.confidence.max(0.9);
            }
        }
    }
}

//! Country names and demonyms of English news text, for the kind cue "state", demonym mentions
//! ("Chinese ships") and flag states ("the Panama-flagged tanker").

/// `(ISO code, name, demonym)`: the countries of maritime and sanctions news, and their
/// neighbours. A name is the common English short form.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("AE", "United Arab Emirates", "Emirati"),
    ("AF", "Afghanistan", "Afghan"),
    ("AO", "Angola", "Angolan"),
    ("AR", "Argentina", "Argentine"),
    ("AU", "Australia", "Australian"),
    ("BD", "Bangladesh", "Bangladeshi"),
    ("BE", "Belgium", "Belgian"),
    ("BH", "Bahrain", "Bahraini"),
    ("BR", "Brazil", "Brazilian"),
    ("BS", "Bahamas", "Bahamian"),
    ("BY", "Belarus", "Belarusian"),
    ("BZ", "Belize", "Belizean"),
    ("CA", "Canada", "Canadian"),
    ("CH", "Switzerland", "Swiss"),
    ("CM", "Cameroon", "Cameroonian"),
    ("CN", "China", "Chinese"),
    ("CU", "Cuba", "Cuban"),
    ("CY", "Cyprus", "Cypriot"),
    ("DE", "Germany", "German"),
    ("DK", "Denmark", "Danish"),
    ("EG", "Egypt", "Egyptian"),
    ("ES", "Spain", "Spanish"),
    ("FR", "France", "French"),
    ("GA", "Gabon", "Gabonese"),
    ("GB", "United Kingdom", "British"),
    ("GE", "Georgia", "Georgian"),
    ("GR", "Greece", "Greek"),
    ("HK", "Hong Kong", "Hong Kong"),
    ("ID", "Indonesia", "Indonesian"),
    ("IL", "Israel", "Israeli"),
    ("IN", "India", "Indian"),
    ("IQ", "Iraq", "Iraqi"),
    ("IR", "Iran", "Iranian"),
    ("IT", "Italy", "Italian"),
    ("JP", "Japan", "Japanese"),
    ("KH", "Cambodia", "Cambodian"),
    ("KM", "Comoros", "Comorian"),
    ("KN", "Saint Kitts and Nevis", "Kittitian"),
    ("KP", "North Korea", "North Korean"),
    ("KR", "South Korea", "South Korean"),
    ("KW", "Kuwait", "Kuwaiti"),
    ("KZ", "Kazakhstan", "Kazakh"),
    ("LA", "Laos", "Lao"),
    ("LB", "Lebanon", "Lebanese"),
    ("LR", "Liberia", "Liberian"),
    ("LY", "Libya", "Libyan"),
    ("MH", "Marshall Islands", "Marshallese"),
    ("MN", "Mongolia", "Mongolian"),
    ("MT", "Malta", "Maltese"),
    ("MX", "Mexico", "Mexican"),
    ("MY", "Malaysia", "Malaysian"),
    ("NG", "Nigeria", "Nigerian"),
    ("NL", "Netherlands", "Dutch"),
    ("NO", "Norway", "Norwegian"),
    ("OM", "Oman", "Omani"),
    ("PA", "Panama", "Panamanian"),
    ("PH", "Philippines", "Philippine"),
    ("PK", "Pakistan", "Pakistani"),
    ("PL", "Poland", "Polish"),
    ("PW", "Palau", "Palauan"),
    ("QA", "Qatar", "Qatari"),
    ("RU", "Russia", "Russian"),
    ("SA", "Saudi Arabia", "Saudi"),
    ("SG", "Singapore", "Singaporean"),
    ("SL", "Sierra Leone", "Sierra Leonean"),
    ("SY", "Syria", "Syrian"),
    ("TG", "Togo", "Togolese"),
    ("TH", "Thailand", "Thai"),
    ("TR", "Turkey", "Turkish"),
    ("TW", "Taiwan", "Taiwanese"),
    ("TZ", "Tanzania", "Tanzanian"),
    ("UA", "Ukraine", "Ukrainian"),
    ("US", "United States", "American"),
    ("VE", "Venezuela", "Venezuelan"),
    ("VN", "Vietnam", "Vietnamese"),
    ("YE", "Yemen", "Yemeni"),
    ("ZA", "South Africa", "South African"),
];

/// A country of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Common English name.
    pub name: &'static str,
    /// The adjective ("Chinese").
    pub demonym: &'static str,
}

/// Every country of the table.
pub fn all() -> impl Iterator<Item = Country> {
    COUNTRIES.iter().map(|&(code, name, demonym)| Country {
        code,
        name,
        demonym,
    })
}

/// The country with this code.
pub fn by_code(code: &str) -> Option<Country> {
    all().find(|c| c.code == code)
}

/// The country a name or demonym denotes ("Panama", "Panamanian", "U.S."), exactly as written.
///
/// ```
/// use linkchart::extract::countries::lookup;
/// assert_eq!(lookup("Panamanian").unwrap().code, "PA");
/// assert_eq!(lookup("U.S.").unwrap().code, "US");
/// assert!(lookup("Atlantis").is_none());
/// ```
pub fn lookup(word: &str) -> Option<Country> {
    let code = match word {
        "U.S." | "US" | "USA" | "America" | "United States of America" => "US",
        "UK" | "U.K." | "Britain" | "Great Britain" => "GB",
        "DPRK" | "N. Korea" | "N.Korea" => "KP",
        "ROK" => "KR",
        "UAE" => "AE",
        "PRC" => "CN",
        _ => {
            return all().find(|c| c.name == word || c.demonym == word);
        }
    };
    by_code(code)
}

//! Country names and demonyms of English news text, for the kind cue "state", demonym mentions
//! ("Chinese ships") and flag states ("the Panama-flagged tanker").

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// `(ISO code, name, demonym)`: the countries of maritime and sanctions news, and their
/// neighbours. A name is the common English short form.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("AE", "United Arab Emirates", "Emirati"),
    ("AF", "Afghanistan", "Afghan"),
    ("AG", "Antigua and Barbuda", "Antiguan"),
    ("AL", "Albania", "Albanian"),
    ("AM", "Armenia", "Armenian"),
    ("AO", "Angola", "Angolan"),
    ("AR", "Argentina", "Argentine"),
    ("AT", "Austria", "Austrian"),
    ("AU", "Australia", "Australian"),
    ("AZ", "Azerbaijan", "Azerbaijani"),
    ("BB", "Barbados", "Barbadian"),
    ("BD", "Bangladesh", "Bangladeshi"),
    ("BE", "Belgium", "Belgian"),
    ("BG", "Bulgaria", "Bulgarian"),
    ("BH", "Bahrain", "Bahraini"),
    ("BM", "Bermuda", "Bermudian"),
    ("BN", "Brunei", "Bruneian"),
    ("BO", "Bolivia", "Bolivian"),
    ("BR", "Brazil", "Brazilian"),
    ("BS", "Bahamas", "Bahamian"),
    ("BT", "Bhutan", "Bhutanese"),
    ("BY", "Belarus", "Belarusian"),
    ("BZ", "Belize", "Belizean"),
    ("CA", "Canada", "Canadian"),
    ("CD", "Democratic Republic of the Congo", "Congolese"),
    ("CH", "Switzerland", "Swiss"),
    ("CK", "Cook Islands", "Cook Islander"),
    ("CL", "Chile", "Chilean"),
    ("CM", "Cameroon", "Cameroonian"),
    ("CN", "China", "Chinese"),
    ("CO", "Colombia", "Colombian"),
    ("CR", "Costa Rica", "Costa Rican"),
    ("CU", "Cuba", "Cuban"),
    ("CV", "Cape Verde", "Cape Verdean"),
    ("CY", "Cyprus", "Cypriot"),
    ("CZ", "Czech Republic", "Czech"),
    ("DE", "Germany", "German"),
    ("DJ", "Djibouti", "Djiboutian"),
    ("DK", "Denmark", "Danish"),
    ("DO", "Dominican Republic", "Dominican"),
    ("DZ", "Algeria", "Algerian"),
    ("EC", "Ecuador", "Ecuadorian"),
    ("EE", "Estonia", "Estonian"),
    ("EG", "Egypt", "Egyptian"),
    ("ER", "Eritrea", "Eritrean"),
    ("ES", "Spain", "Spanish"),
    ("ET", "Ethiopia", "Ethiopian"),
    ("FI", "Finland", "Finnish"),
    ("FJ", "Fiji", "Fijian"),
    ("FM", "Micronesia", "Micronesian"),
    ("FR", "France", "French"),
    ("GA", "Gabon", "Gabonese"),
    ("GB", "United Kingdom", "British"),
    ("GE", "Georgia", "Georgian"),
    ("GH", "Ghana", "Ghanaian"),
    ("GI", "Gibraltar", "Gibraltarian"),
    ("GM", "Gambia", "Gambian"),
    ("GN", "Guinea", "Guinean"),
    ("GQ", "Equatorial Guinea", "Equatoguinean"),
    ("GR", "Greece", "Greek"),
    ("GT", "Guatemala", "Guatemalan"),
    ("GY", "Guyana", "Guyanese"),
    ("HK", "Hong Kong", "Hong Kong"),
    ("HN", "Honduras", "Honduran"),
    ("HR", "Croatia", "Croatian"),
    ("HU", "Hungary", "Hungarian"),
    ("ID", "Indonesia", "Indonesian"),
    ("IE", "Ireland", "Irish"),
    ("IL", "Israel", "Israeli"),
    ("IM", "Isle of Man", "Manx"),
    ("IN", "India", "Indian"),
    ("IQ", "Iraq", "Iraqi"),
    ("IR", "Iran", "Iranian"),
    ("IS", "Iceland", "Icelandic"),
    ("IT", "Italy", "Italian"),
    ("JM", "Jamaica", "Jamaican"),
    ("JO", "Jordan", "Jordanian"),
    ("JP", "Japan", "Japanese"),
    ("KE", "Kenya", "Kenyan"),
    ("KG", "Kyrgyzstan", "Kyrgyz"),
    ("KH", "Cambodia", "Cambodian"),
    ("KI", "Kiribati", "I-Kiribati"),
    ("KM", "Comoros", "Comorian"),
    ("KN", "Saint Kitts and Nevis", "Kittitian"),
    ("KP", "North Korea", "North Korean"),
    ("KR", "South Korea", "South Korean"),
    ("KW", "Kuwait", "Kuwaiti"),
    ("KY", "Cayman Islands", "Caymanian"),
    ("KZ", "Kazakhstan", "Kazakh"),
    ("LA", "Laos", "Lao"),
    ("LB", "Lebanon", "Lebanese"),
    ("LK", "Sri Lanka", "Sri Lankan"),
    ("LR", "Liberia", "Liberian"),
    ("LT", "Lithuania", "Lithuanian"),
    ("LU", "Luxembourg", "Luxembourgish"),
    ("LV", "Latvia", "Latvian"),
    ("LY", "Libya", "Libyan"),
    ("MA", "Morocco", "Moroccan"),
    ("MD", "Moldova", "Moldovan"),
    ("MG", "Madagascar", "Malagasy"),
    ("MH", "Marshall Islands", "Marshallese"),
    ("MM", "Myanmar", "Burmese"),
    ("MN", "Mongolia", "Mongolian"),
    ("MT", "Malta", "Maltese"),
    ("MU", "Mauritius", "Mauritian"),
    ("MV", "Maldives", "Maldivian"),
    ("MX", "Mexico", "Mexican"),
    ("MY", "Malaysia", "Malaysian"),
    ("MZ", "Mozambique", "Mozambican"),
    ("NG", "Nigeria", "Nigerian"),
    ("NI", "Nicaragua", "Nicaraguan"),
    ("NL", "Netherlands", "Dutch"),
    ("NO", "Norway", "Norwegian"),
    ("NP", "Nepal", "Nepali"),
    ("NZ", "New Zealand", "New Zealander"),
    ("OM", "Oman", "Omani"),
    ("PA", "Panama", "Panamanian"),
    ("PE", "Peru", "Peruvian"),
    ("PG", "Papua New Guinea", "Papua New Guinean"),
    ("PH", "Philippines", "Philippine"),
    ("PK", "Pakistan", "Pakistani"),
    ("PL", "Poland", "Polish"),
    ("PT", "Portugal", "Portuguese"),
    ("PW", "Palau", "Palauan"),
    ("PY", "Paraguay", "Paraguayan"),
    ("QA", "Qatar", "Qatari"),
    ("RO", "Romania", "Romanian"),
    ("RS", "Serbia", "Serbian"),
    ("RU", "Russia", "Russian"),
    ("SA", "Saudi Arabia", "Saudi"),
    ("SC", "Seychelles", "Seychellois"),
    ("SD", "Sudan", "Sudanese"),
    ("SE", "Sweden", "Swedish"),
    ("SG", "Singapore", "Singaporean"),
    ("SL", "Sierra Leone", "Sierra Leonean"),
    ("SN", "Senegal", "Senegalese"),
    ("SO", "Somalia", "Somali"),
    ("SR", "Suriname", "Surinamese"),
    ("ST", "Sao Tome and Principe", "Santomean"),
    ("SV", "El Salvador", "Salvadoran"),
    ("SY", "Syria", "Syrian"),
    ("SZ", "Eswatini", "Swazi"),
    ("TG", "Togo", "Togolese"),
    ("TH", "Thailand", "Thai"),
    ("TJ", "Tajikistan", "Tajik"),
    ("TL", "Timor-Leste", "Timorese"),
    ("TM", "Turkmenistan", "Turkmen"),
    ("TN", "Tunisia", "Tunisian"),
    ("TO", "Tonga", "Tongan"),
    ("TR", "Turkey", "Turkish"),
    ("TT", "Trinidad and Tobago", "Trinidadian"),
    ("TV", "Tuvalu", "Tuvaluan"),
    ("TW", "Taiwan", "Taiwanese"),
    ("TZ", "Tanzania", "Tanzanian"),
    ("UA", "Ukraine", "Ukrainian"),
    ("US", "United States", "American"),
    ("UY", "Uruguay", "Uruguayan"),
    ("UZ", "Uzbekistan", "Uzbek"),
    ("VC", "Saint Vincent and the Grenadines", "Vincentian"),
    ("VE", "Venezuela", "Venezuelan"),
    ("VG", "British Virgin Islands", "British Virgin Islander"),
    ("VN", "Vietnam", "Vietnamese"),
    ("VU", "Vanuatu", "Ni-Vanuatu"),
    ("WS", "Samoa", "Samoan"),
    ("YE", "Yemen", "Yemeni"),
    ("ZA", "South Africa", "South African"),
];

/// `(ISO code, capital)`: the capitals that news writes for their governments ("Beijing
/// denied", "talks with Pyongyang").
const CAPITALS: &[(&str, &str)] = &[
    ("AE", "Abu Dhabi"),
    ("AF", "Kabul"),
    ("AL", "Tirana"),
    ("AM", "Yerevan"),
    ("AO", "Luanda"),
    ("AR", "Buenos Aires"),
    ("AT", "Vienna"),
    ("AU", "Canberra"),
    ("AZ", "Baku"),
    ("BB", "Bridgetown"),
    ("BD", "Dhaka"),
    ("BE", "Brussels"),
    ("BG", "Sofia"),
    ("BH", "Manama"),
    ("BN", "Bandar Seri Begawan"),
    ("BO", "La Paz"),
    ("BR", "Brasilia"),
    ("BS", "Nassau"),
    ("BT", "Thimphu"),
    ("BY", "Minsk"),
    ("BZ", "Belmopan"),
    ("CA", "Ottawa"),
    ("CD", "Kinshasa"),
    ("CH", "Bern"),
    ("CL", "Santiago"),
    ("CM", "Yaounde"),
    ("CM", "Yaoundé"),
    ("CN", "Beijing"),
    ("CO", "Bogota"),
    ("CU", "Havana"),
    ("CY", "Nicosia"),
    ("CZ", "Prague"),
    ("DE", "Berlin"),
    ("DK", "Copenhagen"),
    ("DO", "Santo Domingo"),
    ("DZ", "Algiers"),
    ("EC", "Quito"),
    ("EE", "Tallinn"),
    ("EG", "Cairo"),
    ("ER", "Asmara"),
    ("ES", "Madrid"),
    ("ET", "Addis Ababa"),
    ("FI", "Helsinki"),
    ("FJ", "Suva"),
    ("FR", "Paris"),
    ("GA", "Libreville"),
    ("GB", "London"),
    ("GE", "Tbilisi"),
    ("GH", "Accra"),
    ("GM", "Banjul"),
    ("GN", "Conakry"),
    ("GQ", "Malabo"),
    ("GR", "Athens"),
    ("GT", "Guatemala City"),
    ("HN", "Tegucigalpa"),
    ("HR", "Zagreb"),
    ("HU", "Budapest"),
    ("ID", "Jakarta"),
    ("IE", "Dublin"),
    ("IN", "New Delhi"),
    ("IQ", "Baghdad"),
    ("IR", "Tehran"),
    ("IS", "Reykjavik"),
    ("IT", "Rome"),
    ("JO", "Amman"),
    ("JP", "Tokyo"),
    ("KE", "Nairobi"),
    ("KG", "Bishkek"),
    ("KH", "Phnom Penh"),
    ("KM", "Moroni"),
    ("KP", "Pyongyang"),
    ("KR", "Seoul"),
    ("KW", "Kuwait City"),
    ("KZ", "Astana"),
    ("LA", "Vientiane"),
    ("LB", "Beirut"),
    ("LK", "Colombo"),
    ("LR", "Monrovia"),
    ("LT", "Vilnius"),
    ("LV", "Riga"),
    ("LY", "Tripoli"),
    ("MA", "Rabat"),
    ("MD", "Chisinau"),
    ("MG", "Antananarivo"),
    ("MH", "Majuro"),
    ("MM", "Naypyidaw"),
    ("MN", "Ulaanbaatar"),
    ("MT", "Valletta"),
    ("MU", "Port Louis"),
    ("MX", "Mexico City"),
    ("MY", "Kuala Lumpur"),
    ("MZ", "Maputo"),
    ("NG", "Abuja"),
    ("NI", "Managua"),
    ("NL", "Amsterdam"),
    ("NO", "Oslo"),
    ("NP", "Kathmandu"),
    ("NZ", "Wellington"),
    ("OM", "Muscat"),
    ("PA", "Panama City"),
    ("PE", "Lima"),
    ("PG", "Port Moresby"),
    ("PH", "Manila"),
    ("PK", "Islamabad"),
    ("PL", "Warsaw"),
    ("PT", "Lisbon"),
    ("PY", "Asuncion"),
    ("PY", "Asunción"),
    ("QA", "Doha"),
    ("RO", "Bucharest"),
    ("RS", "Belgrade"),
    ("RU", "Moscow"),
    ("SA", "Riyadh"),
    ("SD", "Khartoum"),
    ("SE", "Stockholm"),
    ("SL", "Freetown"),
    ("SN", "Dakar"),
    ("SO", "Mogadishu"),
    ("SR", "Paramaribo"),
    ("SV", "San Salvador"),
    ("SY", "Damascus"),
    ("TG", "Lome"),
    ("TG", "Lomé"),
    ("TH", "Bangkok"),
    ("TJ", "Dushanbe"),
    ("TL", "Dili"),
    ("TM", "Ashgabat"),
    ("TN", "Tunis"),
    ("TR", "Ankara"),
    ("TT", "Port of Spain"),
    ("TW", "Taipei"),
    ("TZ", "Dodoma"),
    ("UA", "Kyiv"),
    ("UA", "Kiev"),
    ("US", "Washington"),
    ("UY", "Montevideo"),
    ("UZ", "Tashkent"),
    ("VE", "Caracas"),
    ("VN", "Hanoi"),
    ("VU", "Port Vila"),
    ("WS", "Apia"),
    ("YE", "Sanaa"),
    ("ZA", "Pretoria"),
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

/// Every name and demonym of the table, to the country's index.
static BY_WORD: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .enumerate()
        .flat_map(|(i, &(_, name, demonym))| [(name, i), (demonym, i)])
        .collect()
});

/// One automaton over every demonym, the longest first.
static DEMONYMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(COUNTRIES.iter().map(|c| c.2))
        .expect("demonyms build an automaton")
});

fn at(index: usize) -> Country {
    let (code, name, demonym) = COUNTRIES[index];
    Country {
        code,
        name,
        demonym,
    }
}

/// The demonyms of a text, as whole words, in text order ("South Korean", not "Korean" in it).
///
/// ```
/// use linkchart::extract::countries::demonyms;
/// let text = "North Korean coal and Chinese ships; Chineseness is no demonym.";
/// let found: Vec<(&str, &str)> = demonyms(text).map(|(r, c)| (&text[r], c.code)).collect();
/// assert_eq!(found, [("North Korean", "KP"), ("Chinese", "CN")]);
/// ```
pub fn demonyms(text: &str) -> impl Iterator<Item = (Range<usize>, Country)> + '_ {
    DEMONYMS.find_iter(text).filter_map(|m| {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        whole.then(|| (m.range(), at(m.pattern().as_usize())))
    })
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
        "DPRK"
        | "N. Korea"
        | "N.Korea"
        | "Democratic People’s Republic of Korea"
        | "Democratic People's Republic of Korea" => "KP",
        "ROK" | "Republic of Korea" => "KR",
        "Russian Federation" => "RU",
        "Islamic Republic of Iran" => "IR",
        "Syrian Arab Republic" => "SY",
        "People’s Republic of China" | "People's Republic of China" => "CN",
        "Kingdom of Saudi Arabia" => "SA",
        "Burma" => "MM",
        "Türkiye" => "TR",
        "Czechia" => "CZ",
        "Viet Nam" => "VN",
        "UAE" => "AE",
        "PRC" => "CN",
        "BVI" => "VG",
        "Swaziland" => "SZ",
        "Cabo Verde" => "CV",
        "São Tomé and Príncipe" => "ST",
        "St Kitts and Nevis" | "St. Kitts and Nevis" => "KN",
        "St Vincent and the Grenadines" | "St. Vincent and the Grenadines" => "VC",
        _ => return BY_WORD.get(word).map(|&i| at(i)),
    };
    by_code(code)
}

/// The states of the United States, which court filings and press releases name after a city
/// ("Fort Lee, New Jersey"); "Georgia" is the country's name and "Washington" the capital's.
const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Whether this name is a state of the United States (its table of the fifty states), exactly
/// as written.
///
/// ```
/// use linkchart::extract::countries::is_us_state;
/// assert!(is_us_state("New Jersey"));
/// assert!(!is_us_state("Georgia"));
/// ```
pub fn is_us_state(name: &str) -> bool {
    US_STATES.contains(&name)
}

/// The country whose capital this name is ("Pyongyang" → North Korea), exactly as written.
///
/// ```
/// use linkchart::extract::countries::capital_of;
/// assert_eq!(capital_of("Pyongyang").unwrap().name, "North Korea");
/// assert!(capital_of("Dandong").is_none());
/// ```
pub fn capital_of(name: &str) -> Option<Country> {
    CAPITALS
        .iter()
        .find(|c| c.1 == name)
        .and_then(|&(code, _)| by_code(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_capital_is_of_a_country_of_the_table() {
        for &(code, capital) in CAPITALS {
            assert!(by_code(code).is_some(), "{capital}: no country {code}");
            assert!(lookup(capital).is_none(), "{capital} is a country's name");
        }
    }
}

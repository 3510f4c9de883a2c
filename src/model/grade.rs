//! Grades: how sure a link is, on the intelligence-style Admiralty scale (source reliability A–F,
//! information credibility 1–6), and the weight in 0..1 that chains and rankings use.

use std::fmt;
use std::str::FromStr;

use super::{serde_via_str, ValueError};

/// The credibility words, by Admiralty digit 1–6, with their weights.
const CREDIBILITY: [(&str, f64); 6] = [
    ("confirmed", 1.0),
    ("probable", 0.8),
    ("possible", 0.6),
    ("doubtful", 0.4),
    ("improbable", 0.2),
    ("unknown", 0.5),
];

/// Source reliability letters A–F with their weights.
const RELIABILITY: [(char, f64); 6] = [
    ('A', 1.0),
    ('B', 0.9),
    ('C', 0.75),
    ('D', 0.6),
    ('E', 0.4),
    ('F', 0.5),
];

/// How sure a link is: an information credibility (1 confirmed … 6 cannot be judged) and,
/// optionally, a source reliability letter (A … F).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Grade {
    reliability: Option<u8>,
    credibility: u8,
}

impl Grade {
    /// Stated as fact, without hedging: the default grade.
    pub const CONFIRMED: Grade = Grade {
        reliability: None,
        credibility: 1,
    };

    /// The weight in 0..1 used by `--most-credible` and `--min-grade`.
    ///
    /// ```
    /// use linkchart::model::Grade;
    /// let g = |s: &str| s.parse::<Grade>().unwrap().weight();
    /// assert_eq!(g("confirmed"), 1.0);
    /// assert_eq!(g("possible"), 0.6);
    /// assert!((g("B2") - 0.72).abs() < 1e-12);
    /// ```
    pub fn weight(self) -> f64 {
        let credibility = CREDIBILITY[usize::from(self.credibility - 1)].1;
        let reliability = self
            .reliability
            .map_or(1.0, |r| RELIABILITY[usize::from(r)].1);
        credibility * reliability
    }

    /// True for any grade below confirmed: the claim is hedged, denied or unjudged.
    pub fn is_hedged(self) -> bool {
        self.credibility != 1
    }
}

impl Default for Grade {
    fn default() -> Self {
        Grade::CONFIRMED
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reliability {
            Some(r) => write!(f, "{}{}", RELIABILITY[usize::from(r)].0, self.credibility),
            None => f.write_str(CREDIBILITY[usize::from(self.credibility - 1)].0),
        }
    }
}

impl FromStr for Grade {
    type Err = ValueError;

    /// A credibility word (`confirmed`, `probable`, `possible`, `doubtful`, `improbable`,
    /// `unknown`) or an Admiralty code such as `B2`.
    fn from_str(text: &str) -> Result<Self, ValueError> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        if let Some(index) = CREDIBILITY.iter().position(|(word, _)| *word == lower) {
            return Ok(Grade {
                reliability: None,
                credibility: index as u8 + 1,
            });
        }
        let mut chars = trimmed.chars();
        if let (Some(letter), Some(digit), None) = (chars.next(), chars.next(), chars.next()) {
            let reliability = RELIABILITY
                .iter()
                .position(|(l, _)| *l == letter.to_ascii_uppercase());
            let credibility = digit.to_digit(10).filter(|d| (1..=6).contains(d));
            if let (Some(r), Some(c)) = (reliability, credibility) {
                return Ok(Grade {
                    reliability: Some(r as u8),
                    credibility: c as u8,
                });
            }
        }
        let words: Vec<&str> = CREDIBILITY.iter().map(|(w, _)| *w).collect();
        Err(ValueError(format!(
            "invalid grade `{text}`: expected one of {} or an Admiralty code A1–F6 (e.g. B2)",
            words.join(", ")
        )))
    }
}

serde_via_str!(
    Grade,
    "a grade word (confirmed, probable, possible, doubtful, improbable, unknown) or a code such as B2"
);

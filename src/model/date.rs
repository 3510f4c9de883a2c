//! Partial ISO dates (`2017`, `2017-08`, `2017-08-05`) and ranges of them (`2017-08/2017-09`,
//! open-ended `2024-03/`), as reports give them.

use std::fmt;
use std::str::FromStr;

use super::{serde_via_str, ValueError};

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i16,
    month: Option<u8>,
    day: Option<u8>,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u8, day: u8) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl PartialDate {
    /// A date to the year, month or day; `None` when the parts do not make a real date.
    ///
    /// ```
    /// use linkchart::model::PartialDate;
    /// assert!(PartialDate::new(2016, Some(2), Some(29)).is_some());
    /// assert!(PartialDate::new(2017, Some(2), Some(29)).is_none());
    /// assert!(PartialDate::new(2017, None, Some(3)).is_none());
    /// ```
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
        let year16 = i16::try_from(year)
            .ok()
            .filter(|y| (1..=9999).contains(y))?;
        match (month, day) {
            (None, Some(_)) => return None,
            (Some(m), _) if !(1..=12).contains(&m) => return None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => return None,
            _ => {}
        }
        Some(PartialDate {
            year: year16,
            month,
            day,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month (1–12), when known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// The first day this date covers, as days since 1970-01-01.
    ///
    /// ```
    /// use linkchart::model::PartialDate;
    /// let august: PartialDate = "2017-08".parse().unwrap();
    /// assert_eq!(august.last_day() - august.first_day(), 30);
    /// ```
    pub fn first_day(self) -> i32 {
        days_from_civil(self.year(), self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date covers, as days since 1970-01-01.
    pub fn last_day(self) -> i32 {
        let month = self.month.unwrap_or(12);
        let day = self
            .day
            .unwrap_or_else(|| days_in_month(self.year(), month));
        days_from_civil(self.year(), month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = ValueError;

    fn from_str(text: &str) -> Result<Self, ValueError> {
        let invalid = || {
            ValueError(format!(
                "invalid date `{text}`: expected YYYY, YYYY-MM or YYYY-MM-DD (a real date)"
            ))
        };
        let mut parts = text.trim().split('-');
        fn digits(part: &str, len: usize) -> Option<&str> {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit())).then_some(part)
        }
        let year: i32 = parts
            .next()
            .and_then(|p| digits(p, 4))
            .and_then(|p| p.parse().ok())
            .ok_or_else(invalid)?;
        let mut next_number = || -> Result<Option<u8>, ValueError> {
            parts
                .next()
                .map(|p| {
                    digits(p, 2)
                        .and_then(|p| p.parse().ok())
                        .ok_or_else(invalid)
                })
                .transpose()
        };
        let month = next_number()?;
        let day = next_number()?;
        if parts.next().is_some() {
            return Err(invalid());
        }
        PartialDate::new(year, month, day).ok_or_else(invalid)
    }
}

serde_via_str!(
    PartialDate,
    "a partial ISO date such as 2017, 2017-08 or 2017-08-05"
);

/// A date or a range of dates: a single partial date, or a start and an end, either of which may
/// be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateSpan {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    single: bool,
}

impl DateSpan {
    /// The span of one partial date.
    pub fn on(date: PartialDate) -> DateSpan {
        DateSpan {
            start: Some(date),
            end: Some(date),
            single: true,
        }
    }

    /// A range; `None` when both ends are open or the end comes before the start.
    ///
    /// ```
    /// use linkchart::model::{DateSpan, PartialDate};
    /// let d = |s: &str| s.parse::<PartialDate>().unwrap();
    /// assert!(DateSpan::range(Some(d("2017-08")), Some(d("2017"))).is_some());
    /// assert!(DateSpan::range(Some(d("2018")), Some(d("2017"))).is_none());
    /// ```
    pub fn range(start: Option<PartialDate>, end: Option<PartialDate>) -> Option<DateSpan> {
        match (start, end) {
            (None, None) => None,
            (Some(s), Some(e)) if e.last_day() < s.first_day() => None,
            _ => Some(DateSpan {
                start,
                end,
                single: false,
            }),
        }
    }

    /// The start, `None` when open.
    pub fn start(&self) -> Option<PartialDate> {
        self.start
    }

    /// The end, `None` when open.
    pub fn end(&self) -> Option<PartialDate> {
        self.end
    }

    /// The first day covered (days since 1970-01-01); `i32::MIN` when open.
    pub fn first_day(&self) -> i32 {
        self.start.map_or(i32::MIN, PartialDate::first_day)
    }

    /// The last day covered (days since 1970-01-01); `i32::MAX` when open.
    pub fn last_day(&self) -> i32 {
        self.end.map_or(i32::MAX, PartialDate::last_day)
    }

    /// True when this span and the days `first..=last` share at least one day.
    ///
    /// ```
    /// use linkchart::model::DateSpan;
    /// let since_2024: DateSpan = "2024-03/".parse().unwrap();
    /// let year_2025: DateSpan = "2025".parse().unwrap();
    /// assert!(since_2024.overlaps(year_2025.first_day(), year_2025.last_day()));
    /// ```
    pub fn overlaps(&self, first: i32, last: i32) -> bool {
        self.first_day() <= last && first <= self.last_day()
    }
}

impl fmt::Display for DateSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.single {
            if let Some(date) = self.start {
                return write!(f, "{date}");
            }
        }
        if let Some(start) = self.start {
            write!(f, "{start}")?;
        }
        f.write_str("/")?;
        if let Some(end) = self.end {
            write!(f, "{end}")?;
        }
        Ok(())
    }
}

impl FromStr for DateSpan {
    type Err = ValueError;

    /// ```
    /// use linkchart::model::DateSpan;
    /// for text in ["2017", "2017-08/2017-09", "2024-03/", "/2014-09"] {
    ///     assert_eq!(text.parse::<DateSpan>().unwrap().to_string(), text);
    /// }
    /// assert!("2017-13".parse::<DateSpan>().is_err());
    /// assert!("2018/2017".parse::<DateSpan>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        let Some((start, end)) = text.split_once('/') else {
            return text.parse().map(DateSpan::on);
        };
        let part = |p: &str| -> Result<Option<PartialDate>, ValueError> {
            if p.trim().is_empty() {
                Ok(None)
            } else {
                p.parse().map(Some)
            }
        };
        let (start, end) = (part(start)?, part(end)?);
        DateSpan::range(start, end).ok_or_else(|| {
            ValueError(format!(
                "invalid date range `{text}`: it must have at least one end, and end no earlier than it starts"
            ))
        })
    }
}

serde_via_str!(
    DateSpan,
    "a partial ISO date (2017, 2017-08, 2017-08-05) or a range START/END"
);

//! Calendar dates in the one form the format allows: ISO 8601 `YYYY-MM-DD`.

use std::fmt;

use crate::text::{CalendarDate, Key, Lang, Message, Text};

/// A calendar date. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not of the form `YYYY-MM-DD`.
    Form,
    /// Of the right form, but the month does not exist.
    NoSuchMonth { month: u8 },
    /// Of the right form, but the month has no such day.
    NoSuchDay { year: u16, month: u8, day: u8 },
}

impl DateProblem {
    /// Why the date is wrong: "February 2025 has 28 days".
    pub fn reason(self) -> Message {
        match self {
            DateProblem::Form => Message::new(Key::DateNotOfTheForm),
            DateProblem::NoSuchMonth { month } => Message::new(Key::DateNoSuchMonth).arg("month", month.to_string()),
            DateProblem::NoSuchDay { day: 0, .. } => Message::new(Key::DateNoDayZero),
            DateProblem::NoSuchDay { year, month, .. } => Message::new(Key::DateMonthHasDays)
                .counting(days_in_month(year as u32, month as u32) as usize)
                .month_year("month", i32::from(year), month),
        }
    }
}

impl Date {
    /// Before every date a dataset can hold; a placeholder's.
    pub const MIN: Date = Date { year: 0, month: 1, day: 1 };

    /// Parses `YYYY-MM-DD`, rejecting days that do not exist (`2025-02-29`).
    pub fn parse(s: &str) -> Option<Date> {
        Date::check(s).ok()
    }

    /// Parses `YYYY-MM-DD`, or says why the text is not a date.
    pub fn check(s: &str) -> Result<Date, DateProblem> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateProblem::Form);
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(DateProblem::Form);
        };
        // Each part has at most four digits, so the casts below keep every value.
        if !(1..=12).contains(&month) {
            return Err(DateProblem::NoSuchMonth { month: month as u8 });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateProblem::NoSuchDay { year: year as u16, month: month as u8, day: day as u8 });
        }
        Ok(Date { year: year as u16, month: month as u8, day: day as u8 })
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar; only differences matter.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + self.day as i64 - 1
    }

    /// "3 October 2022": in English, for the command line and the tests.
    pub fn to_long(self) -> String {
        Text::new(Lang::En).date(self)
    }
}

impl CalendarDate for Date {
    fn ymd(&self) -> (i32, u8, u8) {
        (i32::from(self.year), self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(Date::parse("2022-03-29").map(|d| d.to_string()), Some("2022-03-29".into()));
        assert!(Date::parse("2024-02-29").is_some());
        for bad in ["2025-02-29", "2022-3-29", "2022-13-01", "2022-00-10", "29.03.2022", "", "2022-03-2x", "+022-03-29"]
        {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_date_of_the_right_form_that_does_not_exist_says_why() {
        let reason =
            |s: &str| Date::check(s).err().map(|p| crate::text::Text::new(crate::text::Lang::En).say(&p.reason()));
        assert_eq!(reason("2025-02-30").as_deref(), Some("February 2025 has 28 days"));
        assert_eq!(reason("2024-02-30").as_deref(), Some("February 2024 has 29 days"));
        assert_eq!(reason("2025-04-31").as_deref(), Some("April 2025 has 30 days"));
        assert_eq!(reason("2025-13-01").as_deref(), Some("there is no month 13"));
        assert_eq!(reason("2025-00-01").as_deref(), Some("there is no month 0"));
        assert_eq!(reason("2025-01-00").as_deref(), Some("there is no day 0"));
        assert_eq!(reason("2025-1-01").as_deref(), Some("it is not of the form YYYY-MM-DD"));
        assert_eq!(reason("2025-01-01"), None);
    }

    #[test]
    fn orders_and_counts_days() {
        let (Some(a), Some(b)) = (Date::parse("2022-02-28"), Date::parse("2022-03-01")) else {
            panic!("test dates parse");
        };
        assert!(a < b);
        assert_eq!(b.day_number() - a.day_number(), 1);
        assert_eq!(Date::parse("2022-10-03").map(Date::to_long).as_deref(), Some("3 October 2022"));
    }
}

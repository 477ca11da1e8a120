//! An edition's published day: written `2026-03-31` in the file, named 令和8年3月31日 in the
//! Japanese UI and 31 March 2026 in the English one.

/// A day of the Gregorian calendar, as the schema's `published` field writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublishedDate {
    /// The year (2026).
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day, 1–31.
    pub day: u8,
}

const MONTHS: [&str; 12] = [
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
];

impl PublishedDate {
    /// Reads `YYYY-MM-DD`; anything else (or a day the month does not have) is `None`.
    pub fn parse(text: &str) -> Option<PublishedDate> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[r].parse::<u16>().ok())
                .flatten()
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(PublishedDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The file's form, `2026-03-31`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The Japanese name, in the era the report uses: 令和8年3月31日 (令和元年 for 2019 from
    /// 1 May, 平成 before it).
    pub fn japanese(self) -> String {
        let (era, year) = if (self.year, self.month) >= (2019, 5) {
            ("令和", self.year - 2018)
        } else {
            ("平成", self.year - 1988)
        };
        let year = if year == 1 {
            "元".to_string()
        } else {
            year.to_string()
        };
        format!("{era}{year}年{}月{}日", self.month, self.day)
    }

    /// The English name, 31 March 2026.
    pub fn english(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

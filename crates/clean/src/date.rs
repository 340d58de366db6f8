//! Dates in mastheads and date lines (`14 April 2026`, `April 14, 2026`, `14.04.2026`,
//! `2026-04-14`, `April 2026`), as ISO 8601.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let i = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(w)
            || (w.len() == 3 && m[..3].eq_ignore_ascii_case(w))
            || (m.starts_with("sep") && w.eq_ignore_ascii_case("sept"))
    })?;
    Some(i as u32 + 1)
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    ((1000..=2999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in(year, month)).contains(&day))
    .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn number(word: &str, max_len: usize) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 14th
    (!w.is_empty() && w.len() <= max_len && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// Numeric forms inside one word: `2026-04-14`, `14.04.2026`, `14/04/2026` (day first).
fn numeric(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    for sep in ['-', '.', '/'] {
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() != 3
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            continue;
        }
        let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if n.len() != 3 {
            continue;
        }
        if parts[0].len() == 4 && sep == '-' {
            return ymd(n[0], n[1], n[2]);
        }
        if parts[2].len() == 4 && sep != '-' {
            return ymd(n[2], n[1], n[0]);
        }
    }
    None
}

/// The first date in `text`, as `YYYY-MM-DD` (or `YYYY-MM` when the day is not given).
pub(crate) fn find(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '|' | '·' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if let Some(date) = numeric(w) {
            return Some(date);
        }
        let next = |k: usize| words.get(i + k).copied().unwrap_or("");
        // 14 April 2026 (not "Issue 3, Sept. 2025")
        let day_first = if w.ends_with(',') { None } else { number(w, 2) };
        if let (Some(d), Some(m), Some(y)) = (day_first, month(next(1)), number(next(2), 4)) {
            // An impossible day is a broken date, not a month and a year.
            return ymd(y, m, d);
        }
        if let Some(m) = month(w) {
            // April 14, 2026
            if let (Some(d), Some(y)) = (number(next(1), 2), number(next(2), 4)) {
                if let Some(date) = ymd(y, m, d) {
                    return Some(date);
                }
            }
            // April 2026
            if let Some(y) = number(next(1), 4).filter(|y| (1000..=2999).contains(y)) {
                return Some(format!("{y:04}-{m:02}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find;

    const CASES: &[(&str, Option<&str>)] = &[
        (
            "PISM BULLETIN No. 8 (1079), 30 June 2026",
            Some("2026-06-30"),
        ),
        (
            "NORDIC POLICY BULLETIN No. 12 (231), April 14, 2026",
            Some("2026-04-14"),
        ),
        ("BRIEF 14.04.2026", Some("2026-04-14")),
        ("BRIEF | 2026-03-09", Some("2026-03-09")),
        ("Issue 3, Sept. 2025", Some("2025-09")),
        ("1 Feb 2026", Some("2026-02-01")),
        ("Monitor, 2nd March 2026", Some("2026-03-02")),
        ("31 February 2026", None),
        ("No. 8 (1079)", None),
        ("May the parties agree", None),
        ("", None),
    ];

    #[test]
    fn masthead_dates() {
        for (text, expected) in CASES {
            assert_eq!(find(text).as_deref(), *expected, "{text:?}");
        }
    }
}

//! Calendar helpers for the two years the demo data spans (2026 and 2027, neither a
//! leap year). Dates are handled as day offsets from 2026-01-01.

const MONTH_DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Day offset (0-based from 2026-01-01) of a date in 2026 or 2027.
pub fn day(year: u32, month: u32, dom: u32) -> u32 {
    assert!(year == 2026 || year == 2027, "only 2026/2027 are supported");
    assert!((1..=12).contains(&month) && dom >= 1 && dom <= MONTH_DAYS[month as usize - 1]);
    let before: u32 = MONTH_DAYS[..month as usize - 1].iter().sum();
    (year - 2026) * 365 + before + dom - 1
}

/// ISO `YYYY-MM-DD` for a day offset.
pub fn iso(mut offset: u32) -> String {
    let mut year = 2026;
    while offset >= 365 {
        offset -= 365;
        year += 1;
    }
    let mut month = 0;
    while offset >= MONTH_DAYS[month] {
        offset -= MONTH_DAYS[month];
        month += 1;
    }
    format!("{:04}-{:02}-{:02}", year, month + 1, offset + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn round_trip() {
        assert_eq!(iso(day(2026, 9, 1)), "2026-09-01");
        assert_eq!(iso(day(2026, 12, 31)), "2026-12-31");
        assert_eq!(iso(day(2027, 1, 1)), "2027-01-01");
        assert_eq!(iso(day(2027, 3, 1)), "2027-03-01");
    }
}

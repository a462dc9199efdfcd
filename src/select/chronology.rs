//! The order of a cluster's documents in time, from the dates their callers give: a summary of
//! several reports reads best in the order things happened.

/// A calendar date as `(year, month, day)`, comparable.
pub(crate) type Date = (i32, u8, u8);

/// Month names recognised in dates, lower-case, January first: English, French, German,
/// Spanish, Italian and Portuguese, full and abbreviated.
const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene", "gennaio", "gen",
        "janeiro",
    ],
    &[
        "february",
        "feb",
        "février",
        "fevrier",
        "févr",
        "fev",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
    ],
    &[
        "march", "mar", "mars", "märz", "marz", "marzo", "março", "marco",
    ],
    &["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
    &["may", "mai", "mayo", "maggio", "maio"],
    &["june", "jun", "juin", "juni", "junio", "giugno", "junho"],
    &[
        "july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho",
    ],
    &["august", "aug", "août", "aout", "agosto", "ago"],
    &[
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "settembre",
        "set",
        "setembro",
    ],
    &[
        "october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro",
        "out",
    ],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &[
        "december",
        "dec",
        "décembre",
        "decembre",
        "déc",
        "dezember",
        "dez",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ],
];

/// The date in `text`, if it holds one in a form that is not ambiguous: ISO 8601
/// (`2005-01-08`, also with `/` or `.`, a time after it ignored), day.month.year
/// (`08.01.2005`), or a month name with a day and a four-digit year in either order
/// (`January 8, 2005`, `Saturday, 8 janvier 2005`). Numeric dates with `/` other than
/// year-first are left out: `01/08/2005` is a different day in the US and in Europe.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .take(12)
        .collect();
    numeric(text).or_else(|| named(&tokens))
}

/// A numeric date: year first with `-`, `/` or `.`, or day.month.year with dots.
fn numeric(text: &str) -> Option<Date> {
    let first = text
        .split_whitespace()
        .find(|word| word.starts_with(|c: char| c.is_ascii_digit()))?;
    let first = first.split('T').next()?;
    let separator = first.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = first.split(separator).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let number = |part: &str| part.parse::<i32>().ok();
    let (year, month, day) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if separator == '.' && c.len() == 4 {
        (number(c)?, number(b)?, number(a)?)
    } else {
        return None;
    };
    valid(year, month, day)
}

/// A date written with a month name, a day and a four-digit year.
fn named(tokens: &[&str]) -> Option<Date> {
    let month_at = tokens.iter().position(|t| month(t).is_some())?;
    let month = month(tokens[month_at])?;
    let year = tokens
        .iter()
        .find(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))?
        .parse::<i32>()
        .ok()?;
    let day_near = |t: &&&str| t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    let after = tokens[month_at + 1..].iter().take(2).find(day_near);
    let before = tokens[..month_at].iter().rev().take(2).find(day_near);
    let day = after.or(before)?.parse::<i32>().ok()?;
    valid(year, month, day)
}

/// The month (1 to 12) that `word` names.
fn month(word: &str) -> Option<i32> {
    let lower = word.to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&lower.as_str()))
        .map(|index| index as i32 + 1)
}

fn valid(year: i32, month: i32, day: i32) -> Option<Date> {
    ((1..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then_some((year, month as u8, day as u8))
}

/// The place in time of each of `dates`' documents, for sorting: documents with a date in date
/// order (equal dates in their given order), then those without one in their given order.
pub(crate) fn chronology(dates: &[Option<Date>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| (dates[i].is_none(), dates[i], i));
    let mut place = vec![0; dates.len()];
    for (rank, &i) in order.iter().enumerate() {
        place[i] = rank;
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unambiguous_dates_are_read() {
        for (text, date) in [
            ("2005-01-08", (2005, 1, 8)),
            ("2005/01/08 Tsunami aid", (2005, 1, 8)),
            ("2021-03-04T10:15:00Z", (2021, 3, 4)),
            ("08.01.2005", (2005, 1, 8)),
            ("Saturday, January 8, 2005", (2005, 1, 8)),
            ("Jan. 8, 2005", (2005, 1, 8)),
            ("8 January 2005", (2005, 1, 8)),
            ("samedi 8 janvier 2005", (2005, 1, 8)),
            ("Samstag, 8. Januar 2005", (2005, 1, 8)),
            ("31 de diciembre de 1999", (1999, 12, 31)),
        ] {
            assert_eq!(parse_date(text), Some(date), "{text}");
        }
    }

    #[test]
    fn ambiguous_or_impossible_dates_are_not() {
        for text in [
            "01/08/2005",
            "2005-13-01",
            "yesterday",
            "January 2005",
            "",
            "Σάββατο, 8 Ιανουαρίου 2005",
            "99999-01-01",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn undated_documents_come_after_the_dated_in_their_order() {
        let dates = [
            None,
            Some((2005, 1, 9)),
            Some((2005, 1, 8)),
            None,
            Some((2005, 1, 9)),
        ];
        assert_eq!(chronology(&dates), [3, 1, 0, 4, 2]);
        assert_eq!(chronology(&[None, None]), [0, 1]);
    }
}

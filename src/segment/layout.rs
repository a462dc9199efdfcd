//! Boundaries that come from layout rather than punctuation: blank lines, headings and
//! datelines on their own line, and list items (`1.) The first item 2.) The second item`).

use super::chars::{is_bullet, is_opener};

/// How far ahead a list item looks for the next item.
const LIST_WINDOW: usize = 400;

/// If the line feed at `i` ends the sentence that began at `start`, the sentence's end.
///
/// A blank line always ends a sentence. A single line feed ends one when the line before it
/// reads as a heading (no final punctuation) and the next line starts a new unit. A line that
/// ends in a lower-case letter is a heading only when it is short, began the sentence, and
/// does not end in a function word (`stopwords`): otherwise it is text wrapped mid-sentence.
pub(crate) fn line_break_ends_sentence(
    text: &str,
    start: usize,
    i: usize,
    stopwords: &[&str],
) -> Option<usize> {
    let rest = &text[i + 1..];
    let next_line_end = rest.find('\n').unwrap_or(rest.len());
    let next_line = &rest[..next_line_end];
    if next_line.trim().is_empty() {
        return Some(i);
    }
    let line_start = text[start..i].rfind('\n').map_or(start, |p| start + p + 1);
    let line = text[line_start..i].trim_end();
    let Some(last) = line.chars().next_back() else {
        return Some(i);
    };
    if matches!(last, ',' | ';' | ':' | '-' | '–' | '(' | '&' | '/') {
        return None;
    }
    let heading =
        line_start == start && opens_line(text, start) && reads_as_heading(line, stopwords);
    if last.is_lowercase() && !heading {
        return None;
    }
    let next_first = next_line.trim_start().chars().next().unwrap_or(' ');
    let starts_unit = next_first.is_uppercase()
        || next_first.is_ascii_digit()
        || is_opener(next_first)
        || is_bullet(next_first)
        || matches!(next_first, '–' | '—');
    starts_unit.then_some(i)
}

/// Whether byte `start` is the first non-blank of its line.
fn opens_line(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', '\r']);
    before.is_empty() || before.ends_with('\n')
}

/// Whether `line`, which ends in a lower-case letter, is short enough to be a heading and does
/// not end in a function word (`The minister met with` is wrapped text).
fn reads_as_heading(line: &str, stopwords: &[&str]) -> bool {
    // Wrapped text fills its lines; headings rarely reach this many characters.
    const LONGEST_HEADING: usize = 60;
    if line.chars().nth(LONGEST_HEADING).is_some() {
        return false;
    }
    let last_word = line.rsplit(char::is_whitespace).next().unwrap_or("");
    !(stopwords.contains(&last_word) || last_word == "a" || last_word == "i")
}

/// A dateline that opens a line and runs straight into the first sentence, such as
/// `date 2022-02-25 Prime Minister ...`: at most two words, then a numeric date, then a capital.
/// Returns the end of the date.
pub(crate) fn dateline_end(text: &str, start: usize) -> Option<usize> {
    // Datelines are short: looking at a bounded window keeps long lines linear.
    const WINDOW: usize = 48;
    if !opens_line(text, start) {
        return None;
    }
    let window = &text[start..floor_boundary(text, start + WINDOW)];
    // A branch-free pass over the window: the compiler vectorises it.
    if !window
        .bytes()
        .fold(false, |digit, b| digit | b.is_ascii_digit())
    {
        // Most sentences: no date, no need to look at words.
        return None;
    }
    let mut offset = 0;
    for (words, token) in window.split(' ').enumerate() {
        let token_end = offset + token.len();
        if words > 2 || token_end >= window.len() || token.contains('\n') {
            return None;
        }
        if is_numeric_date(token) {
            let next = window[token_end + 1..].chars().next()?;
            return next.is_uppercase().then_some(start + token_end);
        }
        if token.is_empty() || !token.chars().all(|c| c.is_alphabetic() || c == ':') {
            return None;
        }
        offset = token_end + 1;
    }
    None
}

/// A separator line run into the text, `***`, `=====` or `_____`: three or more of one
/// symbol standing as a word at the start of a sentence is a sentence of its own (as a
/// separator on its own line is). Returns the end of the separator.
pub(crate) fn separator_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let symbol = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '*' | '=' | '_' | '~' | '#'))?;
    let len = rest.len() - rest.trim_start_matches(symbol).len();
    let end = start + len;
    let follows = text[end..].chars().next();
    (len >= 3 && follows.is_some_and(char::is_whitespace)).then_some(end)
}

/// Whether a dash set apart by spaces (`-`, `–`, `—`) follows one of the first four words of
/// `window`: one pass over a few bytes, before [`agency_dateline_end`] looks at words.
fn spaced_dash_opens(window: &str) -> bool {
    let bytes = window.as_bytes();
    let mut spaces = 0;
    for (k, &b) in bytes.iter().enumerate() {
        if b != b' ' {
            continue;
        }
        let rest = &bytes[k + 1..];
        if rest.starts_with(b"- ")
            || rest.starts_with("\u{2013} ".as_bytes())
            || rest.starts_with("\u{2014} ".as_bytes())
        {
            return true;
        }
        spaces += 1;
        if spaces == 4 {
            return false;
        }
    }
    false
}

/// A news agency's dateline that runs into the first sentence: a place, a dash and the
/// agency with a colon (`Tehran - IRNA: The ministry …`), or a place with the agency in
/// brackets and a dash (`TEHRAN (AFP) - An international …`). Returns the end of the
/// dateline.
pub(crate) fn agency_dateline_end(text: &str, start: usize) -> Option<usize> {
    // Datelines are a few words: a bounded window keeps long sentences linear.
    const WINDOW: usize = 96;
    const WORDS: usize = 6;
    let window = &text[start..floor_boundary(text, start + WINDOW)];
    if window.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        || !spaced_dash_opens(window)
    {
        // Most sentences: no dash among their first words, no need to look at them.
        return None;
    }
    let window = &window[..window.find('\n').unwrap_or(window.len())];
    // A fixed array: nothing is allocated per sentence.
    let mut slots = [(0, ""); WORDS];
    let mut count = 0;
    let mut offset = 0;
    for token in window.split(' ').take(WORDS) {
        slots[count] = (offset, token);
        count += 1;
        offset += token.len() + 1;
    }
    let tokens = &slots[..count];
    let dash = tokens
        .iter()
        .position(|(_, t)| matches!(*t, "-" | "\u{2013}" | "\u{2014}"))?;
    if dash == 0 || dash > 3 {
        return None;
    }
    let words_before_ok = tokens[..dash]
        .iter()
        .all(|(_, t)| !t.is_empty() && !t.contains(['.', '!', '?', ':', ',']));
    if !words_before_ok {
        return None;
    }
    let (dash_at, _) = tokens[dash];
    let agency = tokens[dash - 1].1;
    if agency.starts_with('(') && agency.ends_with(')') {
        // `TEHRAN (AFP) - An`: the first word after the dash is capitalised.
        let (_, next) = tokens.get(dash + 1)?;
        let first = next.chars().next()?;
        return (first.is_uppercase() && dash + 2 <= tokens.len()).then_some(start + dash_at + 1);
    }
    // `Tehran - IRNA: The`: one or two words, the last ending in a colon, then a word.
    for k in dash + 1..(dash + 3).min(tokens.len()) {
        let (at, token) = tokens[k];
        if token.is_empty() || token.contains(['.', '!', '?', ',']) {
            return None;
        }
        if let Some(word) = token.strip_suffix(':') {
            let next = tokens.get(k + 1).and_then(|(_, t)| t.chars().next());
            let letter_follows = next.is_some_and(|c| c.is_alphabetic() && !c.is_lowercase());
            return (!word.is_empty() && !word.contains(':') && letter_follows)
                .then_some(start + at + token.len());
        }
    }
    None
}

/// `2022-02-25`, `25/02/2022`, `25.02.2022`: three digit groups joined by one kind of
/// separator, one group of four digits.
fn is_numeric_date(token: &str) -> bool {
    let Some(separator) = token.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    if !matches!(separator, '-' | '/' | '.') {
        return false;
    }
    let mut groups = 0;
    let mut has_year = false;
    for group in token.split(separator) {
        if !(1..=4).contains(&group.len()) || !group.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        groups += 1;
        has_year |= group.len() == 4;
    }
    groups == 3 && has_year
}

/// A list item marker at the start of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ListItem {
    /// End of the marker (`1.)`, `a.`, `• 9.`): its stop does not end the sentence.
    pub(crate) marker_end: usize,
    /// Where the next item of the same list begins, if it follows within reach.
    pub(crate) next_item: Option<usize>,
}

/// The list item marker at `start`, if any: an optional bullet, then a number of one or two
/// digits or a lower-case letter, then `.`, `.)` or `)`, then white space. A letter marker
/// counts only when the next letter's marker follows, since `a.` alone may be an initial.
pub(crate) fn list_item(text: &str, start: usize) -> Option<ListItem> {
    let bytes = text.as_bytes();
    let mut i = start;
    let bullet = text[i..].chars().next().filter(|&c| is_bullet(c));
    if let Some(c) = bullet {
        i += c.len_utf8();
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let label_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - label_start < 3 {
        i += 1;
    }
    let digits = i - label_start;
    let letter = digits == 0 && bytes.get(i).is_some_and(u8::is_ascii_lowercase);
    if letter {
        i += 1;
    } else if digits == 0 || digits > 2 {
        return None;
    }
    let label = &text[label_start..i];
    let suffix_start = i;
    if bytes.get(i) == Some(&b'.') {
        i += 1;
    }
    if bytes.get(i) == Some(&b')') {
        i += 1;
    }
    let suffix = &text[suffix_start..i];
    if suffix.is_empty() || !bytes.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let next_item =
        next_label(label).and_then(|next| find_item(text, i, &next, suffix, bullet.is_some()));
    if letter && next_item.is_none() && !follows_item(text, start, label, suffix) {
        return None;
    }
    Some(ListItem {
        marker_end: i,
        next_item,
    })
}

/// The label after `label`: `9` → `10`, `b` → `c`. Written into a small inline buffer.
fn next_label(label: &str) -> Option<Label> {
    let mut buffer = Label::default();
    if let Ok(number) = label.parse::<u32>() {
        let next = number + 1;
        let digits = if next >= 10 { 2 } else { 1 };
        if next >= 100 {
            return None;
        }
        if digits == 2 {
            buffer.push(b'0' + (next / 10) as u8);
        }
        buffer.push(b'0' + (next % 10) as u8);
    } else {
        let letter = label.as_bytes()[0];
        if letter == b'z' {
            return None;
        }
        buffer.push(letter + 1);
    }
    Some(buffer)
}

/// A list label of at most two bytes, kept inline so that list detection never allocates.
#[derive(Clone, Copy, Debug, Default)]
struct Label {
    bytes: [u8; 2],
    len: usize,
}

impl Label {
    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// The start of the next item `label` + `suffix` after `from`: preceded by white space (and a
/// bullet when the list uses them), followed by white space, before a blank line.
fn find_item(text: &str, from: usize, label: &Label, suffix: &str, bullet: bool) -> Option<usize> {
    let window = &text[from..floor_boundary(text, from + LIST_WINDOW)];
    let window = &window[..window.find("\n\n").unwrap_or(window.len())];
    let label = label.as_str();
    let mut offset = 0;
    while let Some(found) = window[offset..].find(label) {
        let at = offset + found;
        offset = at + label.len();
        let after = &window[offset..];
        let Some(rest) = after.strip_prefix(suffix) else {
            continue;
        };
        if !rest.starts_with(|c: char| c.is_whitespace()) {
            continue;
        }
        let before = window[..at].trim_end_matches(' ');
        let item_start = if bullet {
            match before.chars().next_back() {
                Some(c) if is_bullet(c) => before.len() - c.len_utf8(),
                _ => continue,
            }
        } else {
            at
        };
        // The item must stand alone: `12.` is not item `2.`.
        let preceding = window[..item_start].chars().next_back();
        if preceding.is_none_or(char::is_whitespace) {
            return Some(from + item_start);
        }
    }
    None
}

/// Whether the item before letter `label` (`b.` before `c.`) ends shortly before `start`.
fn follows_item(text: &str, start: usize, label: &str, suffix: &str) -> bool {
    let letter = label.as_bytes()[0];
    if letter == b'a' {
        return false;
    }
    let window_start = ceil_boundary(text, start.saturating_sub(LIST_WINDOW));
    let window = &text[window_start..start];
    let mut end = window.len();
    while let Some(at) = window[..end].rfind(char::from(letter - 1)) {
        end = at;
        let stands_alone = window[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let rest = &window[at + 1..];
        if stands_alone
            && rest
                .strip_prefix(suffix)
                .is_some_and(|r| r.starts_with(char::is_whitespace))
        {
            return true;
        }
    }
    false
}

/// The smallest char boundary of `text` at or above `i`.
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest char boundary of `text` at or below `i`.
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

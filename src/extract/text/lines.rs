//! The lines of plain text and what each one is: prose, a blank, or furniture to drop (page
//! numbers, running headers, decoration, quoted mail and signatures), or a table-of-contents
//! entry whose dot leader and page number go.

use std::collections::HashMap;

use crate::extract::text::inline::{leader_start, visible};

/// What a line of the input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Prose (or anything else worth keeping).
    Content,
    /// Only white space, or nothing visible once markup is removed: a paragraph break.
    Blank,
    /// Layout that carries no sentence: dropped, without breaking the paragraph around it.
    Dropped,
    /// A table-of-contents entry: a title of its own; `end` stops before its dot leader.
    Entry,
}

/// One line: its visible content `start..end` (trimmed), and how the raw line ended.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub(super) start: usize,
    pub(super) end: usize,
    /// White space followed the content before the line end, as PDF extraction leaves it
    /// after a soft line break.
    pub(super) trailing_space: bool,
    /// The line ended at a form feed, a page break.
    pub(super) ends_page: bool,
    pub(super) kind: Kind,
}

impl Line {
    pub(super) fn text<'t>(&self, input: &'t str) -> &'t str {
        &input[self.start..self.end]
    }
}

/// Splits `input` into lines at `\n`, `\r\n`, a lone `\r` and form feeds (page breaks), and
/// classifies them.
pub(super) fn lines(input: &str) -> Vec<Line> {
    let bytes = input.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || matches!(bytes[i], b'\n' | b'\r' | b'\x0c') {
            let mut line = line(input, start, i);
            line.ends_page = !at_end && bytes[i] == b'\x0c';
            lines.push(line);
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    drop_mail_furniture(input, &mut lines);
    drop_page_furniture(input, &mut lines);
    lines
}

fn line(input: &str, start: usize, end: usize) -> Line {
    let raw = &input[start..end];
    let trimmed_end = start + raw.trim_end().len();
    let (visible_start, visible_end) = visible(input, start, trimmed_end);
    let mut line = Line {
        start: visible_start,
        end: visible_end,
        trailing_space: trimmed_end < end,
        ends_page: false,
        kind: if visible_start == visible_end {
            Kind::Blank
        } else {
            Kind::Content
        },
    };
    if line.kind == Kind::Content {
        let text = line.text(input);
        if is_decoration(text) {
            line.kind = Kind::Dropped;
        } else if let Some(leader) = leader_start(text) {
            line.end = line.start + text[..leader].trim_end().len();
            line.kind = if line.start == line.end {
                Kind::Dropped
            } else {
                Kind::Entry
            };
        }
    }
    line
}

/// A line drawn with one repeated symbol (`=====`, `*****`, `/////`). Underscores are kept:
/// they are the blanks of forms and signature lines.
fn is_decoration(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    text.len() >= 3
        && matches!(
            first,
            '=' | '*' | '~' | '#' | '+' | '/' | '\\' | '-' | '—' | '─'
        )
        && chars.all(|c| c == first || c == ' ')
}

/// Quoted replies (`> `), the attribution line above them (`On …, Ann wrote:`), signatures
/// after `-- ` and forwarded originals after `-----Original Message-----` or a rule above
/// `From:`.
fn drop_mail_furniture(input: &str, lines: &mut [Line]) {
    // A signature is short; a `--` line followed by a long text is a separator of some other kind.
    const LONGEST_SIGNATURE: usize = 12;
    let mut rest_dropped_from = None;
    for i in 0..lines.len() {
        let text = lines[i].text(input);
        if lines[i].kind == Kind::Blank {
            continue;
        }
        if text.starts_with('>') {
            lines[i].kind = Kind::Dropped;
            if let Some(previous) = previous_content(lines, i)
                && is_attribution(lines[previous].text(input))
            {
                lines[previous].kind = Kind::Dropped;
            }
            continue;
        }
        let signature = text == "--" && {
            let rest = lines[i + 1..].iter();
            rest.filter(|l| l.kind == Kind::Content).count() <= LONGEST_SIGNATURE
        };
        let original = text.eq_ignore_ascii_case("-----Original Message-----")
            || (text.len() >= 10 && text.bytes().all(|b| b == b'_' || b == b'-') && {
                let next = lines[i + 1..].iter().find(|l| l.kind != Kind::Blank);
                next.is_some_and(|l| l.text(input).starts_with("From:"))
            });
        if signature || original {
            rest_dropped_from = Some(i);
            break;
        }
    }
    if let Some(from) = rest_dropped_from {
        for line in &mut lines[from..] {
            if line.kind != Kind::Blank {
                line.kind = Kind::Dropped;
            }
        }
    }
}

fn previous_content(lines: &[Line], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| lines[j].kind != Kind::Blank)
        .filter(|&j| lines[j].kind == Kind::Content)
}

/// `On Tue, 3 May 2022, Ann Lee wrote:`, and its German and French forms.
fn is_attribution(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:"]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// Page numbers (`12`, `- 12 -`, `Page 3 of 10`) when the text has several of them or they
/// stand at a page break, and running headers or footers: short lines repeated on at least
/// three pages.
fn drop_page_furniture(input: &str, lines: &mut [Line]) {
    let page_numbers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind == Kind::Content && is_page_number(lines[i].text(input)))
        .collect();
    // One number alone is as likely a heading or a list number as a page number.
    let several = page_numbers.len() >= 2;
    for &i in &page_numbers {
        let at_break = lines[i].ends_page || i > 0 && lines[i - 1].ends_page;
        if several || at_break {
            lines[i].kind = Kind::Dropped;
        }
    }
    running_headers(input, lines);
}

fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let core = lower
        .trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '[' | ']' | '(' | ')'))
        .trim_start_matches("page")
        .trim_start_matches("seite")
        .trim_start_matches("página")
        .trim_start_matches("p.")
        .trim();
    let mut groups = core.split(['/', ' ', '|']);
    let number = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    match (groups.next(), groups.next(), groups.next(), groups.next()) {
        (Some(n), None, None, None) => number(n),
        (Some(n), Some(""), Some(m), None) => number(n) && number(m),
        (Some(n), Some("of" | "von" | "de" | "sur"), Some(m), None) => number(n) && number(m),
        _ => false,
    }
}

/// Drops short lines that recur, digits aside, at least three times far apart and never close
/// together: the running headers and footers of a paginated document. Where form feeds mark
/// the pages, "apart" means on different pages; elsewhere, some lines apart.
fn running_headers(input: &str, lines: &mut [Line]) {
    const LONGEST_HEADER: usize = 80;
    const MIN_REPEATS: usize = 3;
    // Pages are longer than this many lines; repeats closer together are a list, not a header.
    const MIN_GAP: usize = 8;
    /// Occurrences of one line: all of them, those far enough apart, and the last one's index.
    #[derive(Clone, Copy)]
    struct Seen {
        all: usize,
        apart: usize,
        last: usize,
    }
    let paginated = lines.iter().filter(|l| l.ends_page).count() >= 2;
    let mut page = 0;
    let mut seen: HashMap<String, Seen> = HashMap::new();
    let mut keys = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        // With pages marked, positions are page numbers, and one page apart is far enough.
        let (position, gap) = if paginated { (page, 1) } else { (i, MIN_GAP) };
        page += usize::from(line.ends_page);
        let text = line.text(input);
        let key = (line.kind == Kind::Content
            && text.len() <= LONGEST_HEADER
            && text.chars().any(char::is_alphabetic))
        .then(|| text.replace(|c: char| c.is_ascii_digit(), "#"));
        if let Some(key) = &key {
            let entry = seen.entry(key.clone()).or_insert(Seen {
                all: 0,
                apart: 0,
                last: 0,
            });
            if entry.all == 0 || position >= entry.last + gap {
                entry.apart += 1;
                entry.last = position;
            }
            entry.all += 1;
        }
        keys.push(key);
    }
    for (line, key) in lines.iter_mut().zip(keys) {
        let header = key.is_some_and(|key| {
            let seen = seen[&key];
            seen.apart >= MIN_REPEATS && seen.all == seen.apart
        });
        if header {
            line.kind = Kind::Dropped;
        }
    }
}

//! Transcripts: one utterance a line (`Speaker: words`), where a line is a unit whether or not
//! it ends with a stop. Meeting minutes, interviews, subtitles and chat logs are written so; their
//! lines often have no final punctuation, and splitting them as prose would glue utterances
//! together or cut them at every stop of a speaker's turn.

/// What the summariser takes as its units: sentences, or whole lines.
///
/// With the `serde` feature: `"auto"`, `"sentences"` or `"lines"`.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Units {
    /// Lines when the text reads as a transcript (at least four of its first lines, and three
    /// fifths of them, start with a speaker label such as `Anna:` or `Project Manager:`),
    /// sentences otherwise (the default).
    #[default]
    Auto,
    /// Sentences, found as in prose.
    Sentences,
    /// Every non-empty line is one unit, whatever its punctuation
    /// ([`SentenceSplitter::one_per_line`](crate::SentenceSplitter::one_per_line)).
    Lines,
}

impl Units {
    /// Whether `text` is cut into lines rather than sentences.
    pub(crate) fn lines_for(self, text: &str) -> bool {
        match self {
            Units::Auto => looks_like_transcript(text),
            Units::Sentences => false,
            Units::Lines => true,
        }
    }
}

/// Longest speaker label, in characters: names, roles and numbers (`Project Manager`,
/// `Speaker 2`, `Dr. Jane Smith (chair)`), not a clause ending in a colon.
const MAX_LABEL_CHARS: usize = 40;
/// Most words in a speaker label.
const MAX_LABEL_WORDS: usize = 5;
/// Lines looked at to recognise a transcript: its first lines tell as well as all of them, and
/// recognising stays bounded on long texts.
const SAMPLE_LINES: usize = 200;
/// Share of the non-empty lines that must start with a speaker label.
const MIN_LABELLED_SHARE: f64 = 0.6;
/// Fewest labelled lines: two speakers' single lines are a quotation, not a transcript.
const MIN_LABELLED_LINES: usize = 4;

/// The byte offset in `line` just past its speaker label and the white space after it
/// (`Grad A: OK` → the offset of `OK`), if the line starts with one (see [`parse_label`]).
pub(crate) fn speaker_label_end(line: &str) -> Option<usize> {
    parse_label(line).map(|(_, end)| end)
}

/// The speaker label at the start of `line`, without its time stamp and colon (`[00:12:05]
/// Grad A: OK` → `Grad A`; see [`parse_label`]).
pub(crate) fn speaker_label(line: &str) -> Option<&str> {
    parse_label(line).map(|(label, _)| label.trim_end())
}

/// The speaker label at the start of `line` and the byte offset just past it and the white space
/// after it, if the line starts with one: an optional bracketed time stamp (`[00:12:05]`), then
/// at most five words of letters, digits, `.`, `'`, `-`, `&` and one parenthesised part, at most
/// 40 characters, starting with a letter, then a colon followed by white space or the end of
/// the line.
fn parse_label(line: &str) -> Option<(&str, usize)> {
    let mut rest = line.trim_start();
    let mut at = line.len() - rest.len();
    if rest.starts_with('[') {
        let close = rest.find(']')?;
        let stamp = rest[close + 1..].trim_start();
        at += rest.len() - stamp.len();
        rest = stamp;
    }
    let colon = rest.find(':')?;
    let label = &rest[..colon];
    let after = &rest[colon + 1..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None; // a time (10:30), a URL (https://), a ratio (3:1)
    }
    if !label.starts_with(char::is_alphabetic)
        || label.chars().count() > MAX_LABEL_CHARS
        || label.split_whitespace().count() > MAX_LABEL_WORDS
    {
        return None;
    }
    let mut brackets = 0;
    for c in label.chars() {
        match c {
            '(' => brackets += 1,
            ')' if brackets == 1 => brackets += 1,
            c if c.is_alphanumeric() || c.is_whitespace() => {}
            '.' | '\'' | '\u{2019}' | '-' | '&' | '_' | '#' => {}
            _ => return None,
        }
        if brackets > 2 {
            return None;
        }
    }
    let body = after.trim_start();
    Some((label, at + colon + 1 + (after.len() - body.len())))
}

/// Whether `text` reads as a transcript: among its first non-empty lines, at least four and
/// three fifths start with a speaker label ([`speaker_label_end`]).
pub(crate) fn looks_like_transcript(text: &str) -> bool {
    let mut lines = 0;
    let mut labelled = 0;
    for line in text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(SAMPLE_LINES)
    {
        lines += 1;
        if speaker_label_end(line).is_some() {
            labelled += 1;
        }
    }
    labelled >= MIN_LABELLED_LINES && labelled as f64 >= MIN_LABELLED_SHARE * lines as f64
}

/// The end of the line that starts at `start` (before its line break).
pub(crate) fn line_end(text: &str, start: usize) -> usize {
    text[start..]
        .find(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .map_or(text.len(), |offset| start + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_names_roles_and_numbers_before_a_colon() {
        fn body(line: &str) -> Option<&str> {
            speaker_label_end(line).map(|end| &line[end..])
        }
        assert_eq!(body("Grad A: OK , we 're on ."), Some("OK , we 're on ."));
        assert_eq!(body("Project Manager: Right."), Some("Right."));
        assert_eq!(body("SPEAKER 2:    yes"), Some("yes"));
        assert_eq!(body("Dr. Jane Smith (chair): Welcome"), Some("Welcome"));
        assert_eq!(
            body("[00:12:05] Anna: Shall we start"),
            Some("Shall we start")
        );
        assert_eq!(body("Marie-Claire O'Neil:"), Some(""));
        assert_eq!(body("Ведущий: Добрый вечер"), Some("Добрый вечер"));
    }

    #[test]
    fn labels_are_read_without_stamp_and_colon() {
        assert_eq!(speaker_label("Grad A: OK , we 're on ."), Some("Grad A"));
        assert_eq!(speaker_label("[00:12:05] Anna: Shall we"), Some("Anna"));
        assert_eq!(
            speaker_label("Dr. Jane Smith (chair):"),
            Some("Dr. Jane Smith (chair)")
        );
        assert_eq!(speaker_label("The meeting opened at 10:30."), None);
    }

    #[test]
    fn prose_with_a_colon_is_not_a_label() {
        for line in [
            "The meeting started at 10:30 sharp.",
            "See https://example.com for details.",
            "There were three reasons for the delay in the end: money, time and people.",
            "\"Quote\": not a name",
            "2024: a year of floods",
            "No colon here at all",
            "a (b) (c): nested",
        ] {
            assert_eq!(speaker_label_end(line), None, "{line}");
        }
    }

    #[test]
    fn transcripts_are_mostly_labelled_lines() {
        let meeting = "Anna: Shall we start\nBen: Yes\nAnna: First the budget\n\n\
                       Ben: It is late again\nCarl: I agree\n";
        assert!(looks_like_transcript(meeting));
        let prose = "Floods closed the schools.\nNote: the roads are open.\nThey said so.\n";
        assert!(!looks_like_transcript(prose));
        let interview = "Q: Why?\nA: Because.\n";
        assert!(!looks_like_transcript(interview), "too few lines");
        let mixed = "Anna: one\nBen: two\nAnna: three\nBen: four\nA line.\nAnother.\nMore.\n\
                     Still more.\nAnd more.\n";
        assert!(!looks_like_transcript(mixed), "4 of 9 lines");
        assert!(!looks_like_transcript(""));
    }
}

//! The speakers a query names, in a transcript. "What did the Project Manager think of the
//! buttons?" asks for what the Project Manager said: their utterances answer it before anyone
//! else's, however many of the query's words the others repeat.
//!
//! A query names a speaker when it writes a label's words as the label does, capitalised: the
//! whole of a one-word label (`Marketing`), or two consecutive words of a longer one (`Grad E`,
//! `PhD A`, `Kirsty Williams` for `Kirsty Williams AM`, `Jagmeet Singh` for `Mr. Jagmeet Singh
//! (Burnaby South, NDP)`). The capital keeps a topic from passing for a speaker: "the user
//! interface" in a query does not name `User Interface`.

use crate::analysis::document::Document;
use crate::segment::transcript::speaker_label;

/// Query words compared with the labels, at most: a question names its speakers early, and the
/// bound keeps a huge query's cost linear in the transcript.
const QUERY_WORDS: usize = 256;

/// Fills `named[i]` with whether `query` names the speaker of sentence `i` of `document` (an
/// utterance of `texts[document.sources[i]]`, one a line). Returns whether it names any.
pub(crate) fn named_speakers(
    texts: &[&str],
    document: &Document,
    query: &str,
    named: &mut Vec<bool>,
) -> bool {
    named.clear();
    let query: Vec<&str> = words(query).take(QUERY_WORDS).collect();
    let mut any = false;
    for (span, &source) in document.spans.iter().zip(&document.sources) {
        let line = span.slice(texts[source as usize]);
        let is_named = speaker_label(line).is_some_and(|label| names(&query, label));
        any |= is_named;
        named.push(is_named);
    }
    any
}

/// Whether the words of a query name `label`.
fn names(query: &[&str], label: &str) -> bool {
    // A parenthesised part is a constituency or a role, not how a question names the speaker.
    let name = label.split('(').next().unwrap_or(label);
    let mut label_words = [""; 8];
    let mut count = 0;
    for word in words(name).take(label_words.len()) {
        label_words[count] = word;
        count += 1;
    }
    let label_words = &label_words[..count];
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    match label_words {
        [] => false,
        [word] => capitalised(word) && query.contains(word),
        _ => label_words.windows(2).any(|pair| {
            pair.iter().all(|word| capitalised(word)) && query.windows(2).any(|run| run == pair)
        }),
    }
}

/// The runs of letters and digits of `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::names;

    fn query(text: &str) -> Vec<&str> {
        super::words(text).collect()
    }

    #[test]
    fn a_query_names_a_speaker_by_label_words_as_written() {
        let q = query("What did the Project Manager think of the buttons?");
        assert!(names(&q, "Project Manager"));
        assert!(!names(&q, "Marketing"));
        let q = query("What did PhD A think about the results?");
        assert!(names(&q, "PhD A"));
        assert!(!names(&q, "PhD C"));
        assert!(names(&query("Why did Marketing disagree?"), "Marketing"));
    }

    #[test]
    fn two_words_of_a_long_label_name_its_speaker() {
        let q = query("What did Kirsty Williams say about school budgets?");
        assert!(names(&q, "Kirsty Williams AM"));
        let q = query("What did Jagmeet Singh ask the Prime Minister?");
        assert!(names(&q, "Mr. Jagmeet Singh (Burnaby South, NDP)"));
        assert!(!names(&q, "Mr. Paul Manly (Nanaimo, GP)"));
    }

    #[test]
    fn a_topic_in_lower_case_names_no_speaker() {
        let q = query("Summarize the discussion about the user interface and marketing.");
        assert!(!names(&q, "User Interface"));
        assert!(!names(&q, "Marketing"));
        // One word of a two-word label is not enough: "the professor" may be anyone's.
        assert!(!names(
            &query("What did the Professor think?"),
            "Professor C"
        ));
        // Nor a constituency in brackets.
        assert!(!names(
            &query("Was Burnaby South discussed?"),
            "Mr. Jagmeet Singh (Burnaby South, NDP)"
        ));
        assert!(!names(&q, ""));
    }
}

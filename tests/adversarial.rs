//! Inputs built to break a summariser, each with the behaviour we promise written down and
//! asserted, then a linear-time check and the places where a score could turn into NaN or
//! infinity. Every case also goes through the shared invariants of the fuzz targets.

use std::hint::black_box;
use std::sync::Arc;

use salient::{Language, Length, Order, SentenceSplitter, Summarizer, Weights};

#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/linear.rs"]
mod linear;

use invariants::Budget;

/// Every budget kind, at 0, 1, 3 and far past any document.
const BUDGETS: &[Budget] = &[
    Budget::Sentences(0),
    Budget::Sentences(1),
    Budget::Sentences(3),
    Budget::Sentences(usize::MAX),
    Budget::Ratio(0.0),
    Budget::Ratio(0.01),
    Budget::Ratio(0.5),
    Budget::Ratio(1.0),
    Budget::Words(0),
    Budget::Words(1),
    Budget::Words(20),
    Budget::Words(usize::MAX),
    Budget::Chars(0),
    Budget::Chars(1),
    Budget::Chars(100),
    Budget::Chars(usize::MAX),
];

fn english() -> Summarizer {
    Summarizer::new(Language::English)
}

fn with(budget: Budget, order: Order, min_words: usize) -> Summarizer {
    Summarizer::builder()
        .length(budget.length().expect("valid budget"))
        .order(order)
        .min_words(min_words)
        .build()
        .expect("valid configuration")
}

/// Runs `text` through every budget, both orders and with and without the minimum-words rule,
/// checking the shared invariants each time.
fn check_everywhere(text: &str) {
    for &budget in BUDGETS {
        for order in [Order::Document, Order::Rank] {
            for min_words in [0, 4] {
                invariants::check_summary(&with(budget, order, min_words), budget, order, text);
            }
        }
    }
}

fn indices(summary: &salient::Summary<'_>) -> Vec<usize> {
    summary.iter().map(|s| s.index).collect()
}

// ---------------------------------------------------------------------------------------------
// Degenerate documents

/// Empty text: no sentences, an empty summary for every budget, nothing to score.
#[test]
fn empty_text_gives_nothing() {
    check_everywhere("");
    let summary = english().summarize("");
    assert!(summary.is_empty());
    assert_eq!(summary.document_sentences(), 0);
    assert!(english().score("").is_empty());
}

/// White space only (including no-break, ideographic and line-separator spaces): the same as
/// empty text.
#[test]
fn white_space_only_gives_nothing() {
    let text = " \t\r\n \u{a0}\u{2003}\u{3000}\u{2028}\u{2029}\u{85}\n\n ";
    check_everywhere(text);
    assert_eq!(english().summarize(text).document_sentences(), 0);
    assert!(
        english()
            .summarize_with(text, Length::words(100))
            .is_empty()
    );
}

/// Punctuation only: the marks form sentences (nothing is dropped), none has a word, so all
/// score 0 and the budget takes the first ones in document order.
#[test]
fn punctuation_only_scores_zero_and_keeps_document_order() {
    let text = "!!! ... ??? ,,, ;;; --- ''' \"\" () [] {} … 。 ؟ !?! ...";
    check_everywhere(text);
    let all = english().score(text);
    assert!(!all.is_empty());
    assert!(all.iter().all(|s| s.score == 0.0 && s.breakdown.too_short));
    let summary = english().summarize(text);
    assert_eq!(indices(&summary), (0..3.min(all.len())).collect::<Vec<_>>());
}

/// Numbers only: numbers are words but not lettered words, so every sentence is too short under
/// the default minimum and scores 0; with no minimum they score finitely by TF-IDF.
#[test]
fn numbers_only_are_too_short_by_default_and_finite_without_minimum() {
    let text = "1 2 3 4 5. 6 7 8 9 10. 3.14 2.71 1.41 1.73. 2022-02-25 100,000 42 7";
    check_everywhere(text);
    let all = english().score(text);
    assert_eq!(all.len(), 4);
    assert!(all.iter().all(|s| s.breakdown.too_short && s.score == 0.0));
    let all = with(Budget::Sentences(3), Order::Document, 0).score(text);
    assert!(
        all.iter()
            .all(|s| !s.breakdown.too_short && s.score.is_finite())
    );
    assert!(all.iter().any(|s| s.breakdown.tfidf > 0.0));
}

/// Stopwords only: no sentence has a term, so TF-IDF contributes 0 everywhere and the ranking
/// is the position prior alone: document order.
#[test]
fn stopwords_only_rank_by_position() {
    let text = "The and of it is. It was the same that we had. And so it is for them all. \
                Is it not what they were? He was there and then he was not.";
    check_everywhere(text);
    let summarizer = with(Budget::Sentences(3), Order::Rank, 0);
    let all = summarizer.score(text);
    assert_eq!(all.len(), 5);
    for sentence in &all {
        assert_eq!(sentence.breakdown.tfidf, 0.0);
        assert!(sentence.score.is_finite() && sentence.score > 0.0);
        assert_eq!(sentence.rank, sentence.index);
    }
    assert_eq!(indices(&summarizer.summarize(text)), [0, 1, 2]);
}

/// One sentence: every non-zero budget returns it (a word or char budget smaller than the
/// sentence falls back to the best sentence alone); every zero budget returns nothing.
#[test]
fn one_sentence_is_the_whole_summary() {
    let text = "  The council approved the new budget on Monday after a long debate.  ";
    check_everywhere(text);
    for &budget in BUDGETS {
        let summary = with(budget, Order::Document, 4).summarize(text);
        let zero = matches!(
            budget,
            Budget::Sentences(0) | Budget::Words(0) | Budget::Chars(0)
        ) || budget == Budget::Ratio(0.0);
        if zero {
            assert!(summary.is_empty(), "{budget:?}");
        } else {
            assert_eq!(summary.len(), 1, "{budget:?}");
            assert_eq!(summary.sentences()[0].text, text.trim());
            assert_eq!(summary.sentences()[0].span.start, 2);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Size

/// 100,000 one-word sentences: every one is found, each is too short under the default minimum,
/// so the summary is the first three; with no minimum, scores stay finite and three are chosen.
#[test]
fn hundred_thousand_one_word_sentences() {
    const WORDS: &[&str] = &[
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf",
    ];
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(WORDS[i % WORDS.len()]);
        text.push_str(". ");
    }
    let summary = english().summarize(&text);
    assert_eq!(summary.document_sentences(), 100_000);
    assert_eq!(indices(&summary), [0, 1, 2]);
    assert_eq!(summary.join(" "), "Alpha. Bravo. Charlie.");

    let all = with(Budget::Sentences(3), Order::Document, 0).score(&text);
    assert_eq!(all.len(), 100_000);
    assert!(all.iter().all(|s| s.score.is_finite()));
    let spans: Vec<_> = SentenceSplitter::new(Language::English)
        .split(&text)
        .collect();
    assert_eq!(spans.len(), 100_000);
    assert!(spans.windows(2).all(|p| p[0].end < p[1].start));
}

/// A 10 MB line of words without punctuation or line breaks: one sentence, the whole trimmed
/// line, picked by every non-zero budget. Having no final punctuation it reads as a heading, and
/// a lone sentence has no rest of the document to be central to, so its score is 0.
#[test]
fn ten_megabyte_line_without_punctuation_is_one_sentence() {
    let unit = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima ";
    let text = format!(" {}", unit.repeat(10_000_000 / unit.len() + 1));
    assert!(text.len() >= 10_000_000);
    let summary = english().summarize(&text);
    assert_eq!(summary.document_sentences(), 1);
    let sentence = &summary.sentences()[0];
    assert_eq!(sentence.span.start, 1);
    assert_eq!(sentence.span.end, text.trim_end().len());
    assert_eq!(sentence.score, 0.0);
    assert!(sentence.breakdown.heading);
    let tiny = english().summarize_with(&text, Length::chars(10));
    assert_eq!(
        tiny.len(),
        1,
        "an oversized best sentence is still returned"
    );
}

// ---------------------------------------------------------------------------------------------
// Unusual characters

/// NUL and other control characters are not white space: they stay inside sentences, never
/// split a sentence by themselves, and never crash anything.
#[test]
fn nul_and_control_characters_stay_inside_sentences() {
    let text = "\0Hello\0 world from the\u{7} control room.\u{1b}[0m Second\u{1} sentence \
                follows here\u{7f}. \u{0}\u{0}\u{0}";
    check_everywhere(text);
    let sentences: Vec<&str> = SentenceSplitter::new(Language::English)
        .sentences(text)
        .collect();
    assert_eq!(
        sentences,
        [
            "\0Hello\0 world from the\u{7} control room.\u{1b}[0m Second\u{1} sentence follows here\u{7f}.",
            "\0\0\0"
        ]
    );
    // Only NULs: one "sentence" without words, too short, score 0.
    let all = english().score("\0\0\0\0");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].score, 0.0);
}

/// Right-to-left and left-to-right text mixed, with bidi controls: sentences split at their
/// terminators (including the Arabic question mark and full stop), and bidi marks stay inside.
#[test]
fn mixed_right_to_left_and_left_to_right_text() {
    let text = "The talks in \u{5EA}\u{5DC} \u{5D0}\u{5D1}\u{5D9}\u{5D1} ended today. \
                \u{5D4}\u{5E4}\u{5D2}\u{5D9}\u{5E9}\u{5D4} \u{5D4}\u{5E1}\u{5EA}\u{5D9}\u{5D9}\u{5DE}\u{5D4}. \
                \u{647}\u{644} \u{627}\u{646}\u{62A}\u{647}\u{62A}\u{61F} \
                \u{202E}reversed text\u{202C} and \u{200F}marks\u{200E} follow.";
    check_everywhere(text);
    let sentences: Vec<&str> = SentenceSplitter::new(Language::English)
        .sentences(text)
        .collect();
    // The Arabic question mark is followed (past the bidi override) by a lower-case word, so
    // the lower-case continuation rule keeps the last two clauses together.
    assert_eq!(sentences.len(), 3, "{sentences:?}");
    assert!(sentences[2].starts_with('\u{647}'));
    assert!(sentences[2].contains("\u{61F} \u{202E}reversed"));
    let arabic = Summarizer::new(Language::Arabic).summarize(text);
    assert_eq!(arabic.len(), 3);
}

/// Combining marks and emoji ZWJ sequences: never cut apart (spans lie on char boundaries and
/// a sentence boundary only follows a terminator), even when a text starts with a lone mark.
#[test]
fn combining_marks_and_emoji_sequences_stay_whole() {
    let family = "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}";
    let text = format!(
        "\u{301}\u{302} Cafe\u{301} owners met the family {family} downtown. \
         Z\u{335}\u{30d}\u{346}algo text\u{20DD} appeared! Flags \u{1F1E9}\u{1F1EA} and \
         \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} and \u{1F44D}\u{1F3FD} waved.{family}"
    );
    check_everywhere(&text);
    let sentences: Vec<&str> = SentenceSplitter::new(Language::English)
        .sentences(&text)
        .collect();
    assert_eq!(sentences.len(), 3, "{sentences:?}");
    assert!(sentences[0].starts_with('\u{301}'));
    assert!(sentences[0].contains(family));
    // The trailing sequence follows the period without a space, so it stays in that sentence.
    assert!(sentences[2].ends_with(family));
}

// ---------------------------------------------------------------------------------------------
// Selection edge cases

/// Identical sentences: identical TF-IDF centrality, so the position prior breaks the tie and
/// the first ones win, in the same order every time.
#[test]
fn duplicate_sentences_rank_by_position() {
    let text = "The council approved the new budget today. ".repeat(10);
    check_everywhere(&text);
    let all = english().score(&text);
    assert_eq!(all.len(), 10);
    assert!(
        all.iter()
            .all(|s| s.breakdown.tfidf == all[0].breakdown.tfidf)
    );
    assert!(all.iter().all(|s| s.rank == s.index));
    assert_eq!(indices(&english().summarize(&text)), [0, 1, 2]);
    // Without the position prior every score is equal, and the index breaks the tie.
    let no_lead = Weights {
        position: 0.0,
        ..Weights::default()
    };
    let flat = Summarizer::builder().weights(no_lead).build().unwrap();
    let all = flat.score(&text);
    assert!(
        all.iter()
            .all(|s| s.score == all[0].score && s.rank == s.index)
    );
}

/// Asking for more than there is returns every sentence, once.
#[test]
fn budget_larger_than_the_document_returns_everything() {
    let text = "Cats chase mice in the barn. Dogs bark at the cats. Mice hide under the floor. \
                Birds sing above the barn. The farmer sleeps.";
    for length in [
        Length::sentences(100),
        Length::sentences(usize::MAX),
        Length::ratio(1.0).unwrap(),
        Length::words(usize::MAX),
        Length::chars(usize::MAX),
    ] {
        let summary = english().summarize_with(text, length);
        assert_eq!(indices(&summary), [0, 1, 2, 3, 4], "{length:?}");
    }
}

/// Zero budgets of every kind give an empty summary that still reports the document's size.
#[test]
fn zero_budgets_give_empty_summaries() {
    let text = "Cats chase mice in the barn. Dogs bark at the cats. Mice hide under the floor.";
    for length in [
        Length::sentences(0),
        Length::ratio(0.0).unwrap(),
        Length::words(0),
        Length::chars(0),
    ] {
        let summary = english().summarize_with(text, length);
        assert!(summary.is_empty(), "{length:?}");
        assert_eq!(summary.document_sentences(), 3);
    }
}

// ---------------------------------------------------------------------------------------------
// Linear time

/// Splitting and summarising 16 times the input takes far less than 256 times as long (what a
/// quadratic step would cost); see `tests/common/linear.rs` for how this avoids flaking.
#[test]
fn time_grows_linearly_with_input() {
    let long_word = format!("{}. The next part. ", "x".repeat(4_000));
    let patterns: &[(&str, Language, &str)] = &[
        (
            "prose",
            Language::English,
            "The council approved the budget on Monday. Critics said it ignores roads.\n",
        ),
        (
            "no punctuation",
            Language::English,
            "alpha bravo charlie delta echo foxtrot ",
        ),
        (
            "periods without spaces",
            Language::English,
            "a.b.c.3.5.U.S.example.com.",
        ),
        (
            "abbreviations",
            Language::English,
            "Mr. Dr. U.S. e.g. a.m. J. R. ",
        ),
        ("ordinals", Language::German, "am 3. 4. 5. z. B. "),
        ("terminator runs", Language::English, "!!!?!...\u{2026}"),
        (
            "line breaks mid-sentence",
            Language::English,
            "words and more words,\nthen some\n",
        ),
        ("blank lines", Language::English, "\n\n \n\t\n"),
        ("datelines", Language::English, "\ndate 2022-02-25 Prime"),
        (
            "openers after periods",
            Language::English,
            "end. ((((\u{201C}\u{ab}[[ ",
        ),
        (
            "spaces before lowercase",
            Language::English,
            "end.        \u{a0}\u{3000}    lower ",
        ),
        ("one long word", Language::English, "abcdefghij"),
        // Runs of letters on which Snowball stemmers are quadratic. At this size a debug build
        // spends most of its time elsewhere, so `tests/regressions.rs` checks them on larger ones.
        ("long word, English stemmer", Language::English, "ay"),
        ("long word, French stemmer", Language::French, "aeiou"),
        (
            "long word, German stemmer",
            Language::German,
            "\u{df}\u{e4}\u{f6}\u{fc}",
        ),
        ("long words before periods", Language::English, &long_word),
        ("CJK", Language::English, "今天很好。明天下雨！東京は晴れ"),
        // Every Arabic comma looks ahead for a clause; the look must stay bounded.
        (
            "Arabic commas",
            Language::Arabic,
            "\u{627}\u{60C} \u{628} \u{60C}\u{60C} \u{62C} \u{62F} \u{647}\u{60C} ",
        ),
        (
            "Thai, Khmer and Myanmar",
            Language::English,
            "ฝนตกหนักในกรุงเทพเมื่อคืนนี้ น้ำท่วม ភ្លៀងធ្លាក់។ မြန်မာ။",
        ),
        ("Thai without spaces", Language::English, "เกิดน้ำท่วมฉับพลัน"),
        ("Khmer subscripts", Language::English, "ក្រ្ក"),
        ("Myanmar closing consonants", Language::English, "က\u{103A}"),
        ("Myanmar stacks", Language::English, "က\u{1039}"),
        (
            "Myanmar marks",
            Language::English,
            "က\u{102D}\u{102F}\u{1036}",
        ),
        (
            "combining marks",
            Language::English,
            "e\u{301}\u{302}\u{303}\u{304} ",
        ),
    ];
    for &(name, language, unit) in patterns {
        let summarizer = Summarizer::new(language);
        let splitter = SentenceSplitter::new(language);
        let cold = Summarizer::builder()
            .language(language)
            .stopwords(false)
            .build()
            .unwrap();
        let small = unit.repeat(8 * 1024 / unit.len() + 1);
        let growth = linear::per_byte_growth(&small, |text| {
            // The thread's lexicon caches every word form it has seen; summarising with other
            // settings first replaces it, so every run learns (lower-cases, stems) afresh.
            black_box(cold.summarize(""));
            black_box(splitter.split(text).count());
            black_box(summarizer.summarize(text).len());
        });
        assert!(
            growth < linear::MAX_PER_BYTE_GROWTH,
            "{name}: {}x the input took {:.1}x as long",
            linear::FACTOR,
            growth * linear::FACTOR as f64
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Finite scores

fn assert_finite(summarizer: &Summarizer, text: &str) {
    for sentence in summarizer.score(text) {
        assert!(
            sentence.score.is_finite()
                && sentence.breakdown.tfidf.is_finite()
                && sentence.breakdown.position.is_finite(),
            "{sentence:?}"
        );
    }
}

/// Sentences whose TF-IDF vector is all zeros (no terms) next to ordinary ones: cosine with a
/// zero norm is defined as 0, not 0/0.
#[test]
fn zero_vector_sentences_score_finite() {
    let text = "The. Cats chase mice in the barn. And so it is. 42. ... Dogs bark at cats.";
    for min_words in [0, 4] {
        let summarizer = with(Budget::Sentences(3), Order::Document, min_words);
        assert_finite(&summarizer, text);
        let all = summarizer.score(text);
        assert_eq!(all[0].breakdown.tfidf, 0.0);
    }
}

/// Zero-length documents, alone or among others, through corpus IDF too.
#[test]
fn zero_length_documents_score_finite() {
    let base = english();
    let model = base.fit_idf(&["", "", " "]);
    assert_eq!(model.documents(), 3);
    assert_eq!(model.terms(), 0);
    assert_eq!(model.idf("cat"), 1.0 + (4.0f32).ln());
    let none = base.fit_idf::<&str>(&[]);
    assert_eq!(none.documents(), 0);
    assert_eq!(none.idf("cat"), 1.0);
    for model in [model, none] {
        let summarizer = Summarizer::builder()
            .idf_model(Arc::new(model))
            .min_words(0)
            .build()
            .unwrap();
        assert!(summarizer.summarize("").is_empty());
        assert_finite(&summarizer, "Cats chase mice. Dogs bark.");
    }
}

/// All-stopword documents: no terms at all, so the document vector is zero too.
#[test]
fn all_stopword_documents_score_finite() {
    let text = "The and of it. It was the same. And so it is.";
    for min_words in [0, 1, 4] {
        assert_finite(
            &with(Budget::Sentences(3), Order::Document, min_words),
            text,
        );
    }
    let model = english().fit_idf(&[text, text]);
    assert_eq!(model.terms(), 0);
    let summarizer = Summarizer::builder()
        .idf_model(Arc::new(model))
        .min_words(0)
        .build()
        .unwrap();
    assert_finite(&summarizer, text);
    assert_eq!(summarizer.summarize(text).len(), 3);
}

/// An IDF model in which every term occurs in every document: every IDF is exactly 1 (the
/// smoothing keeps it from being 0), so scores are finite and TF-IDF still ranks sentences.
#[test]
fn idf_model_where_every_term_is_in_every_document() {
    let text = "Cats chase mice in the barn. Dogs bark at cats. Mice hide from cats and dogs.";
    let model = english().fit_idf(&[text; 5]);
    assert_eq!(model.documents(), 5);
    for term in ["cat", "mice", "dog", "barn", "bark", "hide", "chase"] {
        assert_eq!(model.document_frequency(term), 5, "{term}");
        assert_eq!(model.idf(term), 1.0, "{term}");
    }
    let summarizer = Summarizer::builder()
        .idf_model(Arc::new(model))
        .min_words(0)
        .build()
        .unwrap();
    assert_finite(&summarizer, text);
    assert!(
        summarizer
            .score(text)
            .iter()
            .any(|s| s.breakdown.tfidf > 0.0)
    );
    check_with_model(&summarizer, text);
}

fn check_with_model(summarizer: &Summarizer, text: &str) {
    invariants::check_summary(summarizer, Budget::Sentences(3), Order::Document, text);
}

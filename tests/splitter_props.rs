//! Properties of the sentence splitter that hold for every input and every language: spans
//! slice back, are trimmed, non-empty, sorted and non-overlapping, and lose nothing but white
//! space; and adversarial inputs take linear time without panicking.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use salient::{Language, SentenceSplitter, Span};

// The span invariants, shared with the fuzz targets (panics fail a proptest case as well).
#[path = "common/invariants.rs"]
mod invariants;
use invariants::check_split;

/// Held by every test of this file: the timing test must not share the CPU with the others.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Every splitter: each `Language`, the extra codes and the neutral one.
fn all_splitters() -> Vec<SentenceSplitter> {
    let mut splitters: Vec<SentenceSplitter> = Language::ALL
        .iter()
        .map(|&language| SentenceSplitter::new(language))
        .collect();
    for code in [
        "am", "hy", "bg", "my", "zh", "cs", "hi", "ja", "kk", "km", "ko", "lo", "mr", "fa", "pl",
        "sk", "th", "ur",
    ] {
        splitters.push(SentenceSplitter::for_code(code).expect(code));
    }
    splitters.push(SentenceSplitter::neutral());
    splitters
}

/// Pieces that exercise the rules: abbreviations, initials, numbers, ellipses, quotes, lists,
/// stops of other scripts, line breaks and multi-byte white space.
const PIECES: &[&str] = &[
    "Mr.",
    "Dr.",
    "U.S.",
    "a.m.",
    "etc.",
    "No.",
    "z. B.",
    "г.",
    "J.",
    "R.",
    "The",
    "he",
    "Die",
    "word",
    "words",
    "3.5",
    "1.",
    "2.",
    "1.)",
    "a.",
    "b)",
    "•",
    "10.",
    "XII.",
    "...",
    "…",
    ". . .",
    ". . . .",
    "!",
    "?",
    "?!",
    "\"",
    "“",
    "”",
    "„",
    "«",
    "»",
    "(",
    ")",
    "[...]",
    "—",
    "--",
    "。",
    "！",
    "։",
    ":",
    ";",
    "؟",
    "۔",
    "।",
    "።",
    "example.com",
    "j.doe@x.org",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\u{3000}",
    "\u{202a}",
    "l'Ing.",
    "d’",
    "2022-02-25",
    "date",
    "Yahoo!",
    "Ж",
    // Thai and Lao (spaces between letters end sentences), Khmer and Myanmar stops.
    "ฝนตกหนักในกรุงเทพเมื่อคืนนี้",
    "น้ำ",
    "กล่าวว่า",
    "ๆ",
    "กรุงเทพฯ",
    "\u{0E48}",
    "ເມືອງ",
    "ភ្លៀង",
    "។",
    "៕",
    "។ល។",
    "။",
];

fn piece_soup() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES);
    let separator = prop::sample::select(&[" ", " ", " ", "", "  ", "\n"][..]);
    prop::collection::vec((piece, separator), 0..48).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(piece, separator)| [piece, separator])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_hold_their_invariants_on_rule_soup(text in piece_soup(), which in 0usize..64) {
        let _serial = serial();
        let splitters = all_splitters();
        check_split(&splitters[which % splitters.len()], &text);
    }

    #[test]
    fn spans_hold_their_invariants_on_any_text(text in any::<String>(), which in 0usize..64) {
        let _serial = serial();
        let splitters = all_splitters();
        check_split(&splitters[which % splitters.len()], &text);
    }
}

/// How long `splitter` takes over `small` and over `large`: the fastest of several runs each,
/// interleaved so that both see the same load on a shared machine.
fn best_times(splitter: &SentenceSplitter, small: &str, large: &str) -> (Duration, Duration) {
    let time = |text: &str| {
        let started = Instant::now();
        std::hint::black_box(splitter.split(text).count());
        started.elapsed()
    };
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..21 {
        best_small = best_small.min(time(small));
        best_large = best_large.min(time(large));
    }
    (best_small.max(Duration::from_micros(1)), best_large)
}

/// Linear time: four times the input must take well under sixteen times as long (what a
/// quadratic splitter would take). A ratio, not a time limit, so a slow machine passes too; the
/// best of five attempts, so a burst of load on a shared machine does not fail it. Inputs of
/// 4 KiB and 16 KiB stay in the CPU caches, where a linear scan times linearly; a quadratic
/// one already takes ~16 times as long at these sizes.
fn assert_linear(name: &str, unit: &str) {
    let base_repeats = (4 << 10) / unit.len();
    let small = unit.repeat(base_repeats);
    let large = unit.repeat(4 * base_repeats);
    let splitters = [
        SentenceSplitter::new(Language::English),
        SentenceSplitter::for_code("hy").expect("hy"),
        SentenceSplitter::neutral(),
    ];
    for splitter in &splitters {
        check_split(splitter, &small);
        let mut ratio = f64::INFINITY;
        for _ in 0..5 {
            let (small_time, large_time) = best_times(splitter, &small, &large);
            ratio = ratio.min(large_time.as_secs_f64() / small_time.as_secs_f64());
            if ratio < 10.0 {
                break;
            }
        }
        assert!(
            ratio < 10.0,
            "{name} ({}): 4x input took {ratio:.1}x as long",
            splitter.code()
        );
    }
}

#[test]
fn ten_megabytes_without_punctuation_split_without_panic() {
    let _serial = serial();
    for text in ["a".repeat(10 << 20), "word ".repeat(2 << 20)] {
        for splitter in [
            SentenceSplitter::new(Language::English),
            SentenceSplitter::neutral(),
        ] {
            assert_eq!(splitter.split(&text).count(), 1);
        }
    }
}

#[test]
fn adversarial_inputs_take_linear_time() {
    let _serial = serial();
    let cases: &[(&str, &str)] = &[
        ("no punctuation", "word "),
        ("periods", "."),
        ("spaced periods", ". "),
        ("initials", "A. "),
        ("abbreviations", "etc. Mr. "),
        // Regression: the look-back for the word before a period once ran to the sentence start.
        ("words glued by periods", "abc.Def"),
        ("periods without spaces", "a."),
        ("unclosed quotes", "\"He said. "),
        ("unclosed brackets", "(a. "),
        ("nested brackets", "((((((((((a. "),
        ("guillemets", "« Да. "),
        ("list markers", "1. "),
        ("letter list", "a. b. "),
        ("line feeds", "\n"),
        ("headings", "Heading\n"),
        ("lower-case lines", "line\n"),
        ("exclamations", "! "),
        ("ideographic stops", "。"),
        ("datelines", "date 2022-02-25 X\n"),
        ("Thai sentences", "ฝนตกหนักในกรุงเทพเมื่อคืนนี้ "),
        ("Thai short words", "ก ข "),
        ("Thai reporting verbs", "กล่าวว่า "),
        (
            "Thai marks before spaces",
            "ก\u{0E48}\u{0E48}\u{0E48}\u{0E48} ",
        ),
        ("Thai quotations", "“ฝนตกหนักในกรุงเทพเมื่อคืนนี้ "),
        ("Khmer et cetera", "។ល។"),
    ];
    for &(name, unit) in cases {
        assert_linear(name, unit);
    }
}

#[test]
fn deeply_nested_quotes_do_not_panic() {
    let _serial = serial();
    let depth = 100_000;
    let text = format!(
        "{}Inside. Still.{} After.",
        "«(\"".repeat(depth),
        "\")»".repeat(depth)
    );
    for splitter in all_splitters() {
        check_split(&splitter, &text);
    }
}

#[test]
fn one_megabyte_of_periods_is_one_sentence() {
    let _serial = serial();
    let text = ".".repeat(1 << 20);
    let spans: Vec<Span> = SentenceSplitter::new(Language::English)
        .split(&text)
        .collect();
    assert_eq!(spans, [Span::new(0, text.len())]);
}

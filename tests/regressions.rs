//! One test per bug found by fuzzing or the adversarial corpus, named after what broke.

use salient::{Language, Summarizer};

/// Two weights of `f32::MAX` are each valid, but a score is their weighted sum, which overflowed
/// to infinity: `score()` returned infinite scores. Found by the `summarize` fuzz target.
#[test]
fn weights_adding_up_past_f32_max_gave_infinite_scores() {
    let err = Summarizer::builder()
        .tfidf_weight(f32::MAX)
        .position_weight(f32::MAX)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid sum of weights inf: expected a finite number (tfidf + position weight at most \
         f32::MAX)"
    );
    // The largest weights that still add up to a finite number are accepted and score finitely.
    let summarizer = Summarizer::builder()
        .language(Language::English)
        .tfidf_weight(f32::MAX / 2.0)
        .position_weight(f32::MAX / 2.0)
        .min_words(0)
        .build()
        .unwrap();
    let all = summarizer.score("Cats chase mice. Dogs chase cats. Mice hide from cats.");
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|s| s.score.is_finite()), "{all:?}");
}

/// The splitter found the word before a period by stepping one byte past the last white space,
/// which lands inside a multi-byte space (U+00A0, U+2009, U+3000) and panicked on slicing.
/// Found by `tests/fuzz_smoke.rs`.
#[test]
fn period_after_a_word_following_a_multibyte_space_panicked() {
    for space in ['\u{a0}', '\u{2009}', '\u{3000}', '\u{85}'] {
        let text = format!("It cost 5{space}Mio. The rest followed.");
        for &language in Language::ALL {
            let sentences: Vec<&str> = salient::SentenceSplitter::new(language)
                .sentences(&text)
                .collect();
            // No panic, and nothing but white space is lost.
            let kept: String = sentences.concat().split_whitespace().collect();
            assert_eq!(kept, text.split_whitespace().collect::<String>());
        }
    }
    // The word is still found: `Dr.` after a no-break space does not end the sentence.
    let text = "Ask\u{a0}Dr. Jones today.";
    let sentences: Vec<&str> = salient::SentenceSplitter::new(Language::English)
        .sentences(text)
        .collect();
    assert_eq!(sentences, [text]);
}

/// Snowball stemmers take time quadratic in a word's length on inputs such as `ayay…`
/// (English), `aeiou…` (French) or `ßäöü…` (German): a 128 KiB "word" took half a second to
/// stem, a 10 MB one would take most of an hour. Words longer than any real word are now kept
/// whole. Found by the linear-time check in `tests/adversarial.rs`.
#[test]
fn long_runs_of_letters_made_stemming_quadratic() {
    use std::time::{Duration, Instant};

    fn fastest(mut f: impl FnMut()) -> Duration {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .min()
            .unwrap()
    }

    for (language, unit) in [
        (Language::English, "ay"),
        (Language::French, "aeiou"),
        (Language::German, "ßäöü"),
    ] {
        let summarizer = Summarizer::new(language);
        let small = unit.repeat(8 * 1024 / unit.len());
        let large = small.repeat(8);
        // Distinct words each time, so every run stems afresh instead of hitting the cache.
        let mut round = 0;
        let mut summarise = |text: &str| {
            round += 1;
            let text = format!("{text}{round}");
            std::hint::black_box(summarizer.summarize(&text));
        };
        let t_small = fastest(|| summarise(&small));
        let t_large = fastest(|| summarise(&large));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        // Linear would be 8x and quadratic 64x; 40x leaves room for a busy machine.
        assert!(
            ratio < 40.0,
            "{language}: 8x longer word took {ratio:.1}x as long ({t_small:?} vs {t_large:?})"
        );
    }
}

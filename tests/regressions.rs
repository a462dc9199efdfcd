//! One test per bug found by fuzzing or the adversarial corpus, named after what broke.

use salient::{Language, Summarizer, Weights};

#[path = "common/linear.rs"]
mod linear;

/// Two weights of `f32::MAX` are each valid, but a score is their weighted sum, which overflowed
/// to infinity: `score()` returned infinite scores. Found by the `summarize` fuzz target.
#[test]
fn weights_adding_up_past_f32_max_gave_infinite_scores() {
    let huge = |weight: f32| Weights {
        tfidf: weight,
        position: weight,
        ..Weights::default()
    };
    let err = Summarizer::builder()
        .weights(huge(f32::MAX))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid sum of weights inf: expected a finite number (the weights together at most \
         f32::MAX)"
    );
    // The largest weights that still add up to a finite number are accepted and score finitely.
    let summarizer = Summarizer::builder()
        .language(Language::English)
        .weights(huge(f32::MAX / 2.0))
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
/// whole. Found by the linear-time check in `tests/adversarial.rs`; checked here on inputs large
/// enough for the quadratic part to show in a debug build.
#[test]
fn long_runs_of_letters_made_stemming_quadratic() {
    // Such a run is kept whole (lower-cased) instead of stemmed: `…running` would lose its `ing`.
    let word = "Running".repeat(40);
    let model = Summarizer::new(Language::English).fit_idf(&[&word]);
    assert_eq!(model.document_frequency(&word.to_lowercase()), 1);
    // Real words are still stemmed.
    let model = Summarizer::new(Language::English).fit_idf(&["Running"]);
    assert_eq!(model.document_frequency("run"), 1);

    for (language, unit) in [
        (Language::English, "ay"),
        (Language::French, "aeiou"),
        (Language::German, "ßäöü"),
    ] {
        let summarizer = Summarizer::new(language);
        let small = unit.repeat(32 * 1024 / unit.len());
        // Distinct words each time, so every run stems afresh instead of hitting the cache.
        let mut round = 0;
        let growth = linear::per_byte_growth(&small, |text| {
            round += 1;
            let text = format!("{text}{round}");
            std::hint::black_box(summarizer.summarize(&text));
        });
        assert!(
            growth < linear::MAX_PER_BYTE_GROWTH,
            "{language}: a {}x longer word took {:.1}x as long",
            linear::FACTOR,
            growth * linear::FACTOR as f64
        );
    }
}

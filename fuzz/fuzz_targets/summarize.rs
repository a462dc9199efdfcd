//! Any bytes: the first ones choose a configuration (language, budget, order, weights including
//! invalid ones, stemming, stopwords, minimum words, redundancy control, units) and a query, the
//! rest is the text, as lossy UTF-8. The builder must refuse exactly the invalid configurations, and every summary
//! must keep the invariants in `tests/common/invariants.rs`.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use salient::{Language, Order, Units};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

use invariants::{Budget, Config};

/// Weights and half-lives worth trying on purpose: the edges of every documented range.
const SPECIAL_F32: &[f32] = &[
    0.0,
    -0.0,
    1.0,
    0.5,
    -1.0,
    f32::MIN_POSITIVE,
    1e-45,
    f32::EPSILON,
    1e30,
    f32::MAX,
    f32::MIN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NAN,
];

fn float(u: &mut Unstructured<'_>) -> Result<f32> {
    if u.ratio(3, 4)? {
        Ok(*u.choose(SPECIAL_F32)?)
    } else {
        Ok(f32::from_bits(u.arbitrary()?))
    }
}

fn size(u: &mut Unstructured<'_>) -> Result<usize> {
    Ok(match u.choose_index(4)? {
        0 => 0,
        1 => u.int_in_range(1..=5)?,
        2 => u.int_in_range(0..=500)?,
        _ => u.arbitrary()?,
    })
}

fn budget(u: &mut Unstructured<'_>) -> Result<Budget> {
    Ok(match u.choose_index(4)? {
        0 => Budget::Sentences(size(u)?),
        1 => Budget::Ratio(match u.choose_index(3)? {
            0 => *u.choose(&[0.0, 1.0, 0.5, 0.01, 1.5, -0.1, f64::NAN, f64::INFINITY])?,
            1 => f64::from(u.int_in_range(0u32..=1000)?) / 1000.0,
            _ => f64::from_bits(u.arbitrary()?),
        }),
        2 => Budget::Words(size(u)?),
        _ => Budget::Chars(size(u)?),
    })
}

fn run(mut u: Unstructured<'_>) -> Result<()> {
    let config = Config {
        language: *u.choose(Language::ALL)?,
        budget: budget(&mut u)?,
        order: if u.arbitrary()? {
            Order::Rank
        } else {
            Order::Document
        },
        tfidf_weight: float(&mut u)?,
        position_weight: float(&mut u)?,
        position_half_life: if u.ratio(1, 2)? {
            f32::from(u.int_in_range(1u8..=10)?)
        } else {
            float(&mut u)?
        },
        stemming: u.arbitrary()?,
        stopwords: u.arbitrary()?,
        min_words: size(&mut u)?,
        redundancy: if u.ratio(1, 2)? {
            0.0
        } else if u.ratio(1, 2)? {
            f32::from(u.int_in_range(0u8..=100)?) / 100.0
        } else {
            float(&mut u)?
        },
        units: *u.choose(&[Units::Auto, Units::Sentences, Units::Lines])?,
    };
    let other = budget(&mut u)?;
    let query_bytes = u.int_in_range(0u8..=40)?;
    let query = String::from_utf8_lossy(u.bytes(usize::from(query_bytes))?).into_owned();
    let text = String::from_utf8_lossy(u.take_rest());
    let Some(summarizer) = config.build() else {
        return Ok(());
    };
    invariants::check_summary(&summarizer, config.budget, config.order, &text);
    // Focused on a query (arbitrary, or words of the text itself), the same rules hold.
    let own_words: String = text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    for query in [query.as_str(), own_words.as_str()] {
        invariants::check_summary_for(&summarizer, Some(query), config.budget, config.order, &text);
    }
    // `summarize_with` overrides the length and must honour the same rules.
    if let Some(length) = other.length() {
        let overridden = summarizer.summarize_with(&text, length);
        let rebuilt = Config {
            budget: other,
            ..config
        }
        .build()
        .expect("only the budget changed, and it is valid");
        assert_eq!(overridden, rebuilt.summarize(&text));
        invariants::check_summary(&rebuilt, other, config.order, &text);
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(Unstructured::new(data));
});

//! Any bytes, read as lossy UTF-8, scored with the default settings of a language chosen by the
//! first byte: every score finite, spans slice back, ranks a permutation ordered by score, and the
//! default summary a rank prefix in document order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{Language, Order, Summarizer};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let language = Language::ALL[usize::from(first) % Language::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    let summarizer = Summarizer::new(language);
    invariants::check_summary(
        &summarizer,
        invariants::Budget::Sentences(3),
        Order::Document,
        &text,
    );
});

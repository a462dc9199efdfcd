//! Any bytes, read as lossy UTF-8, extracted as html: no panic, and the piece map keeps its
//! invariant (see `tests/common/extraction.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{Format, extract};

#[path = "../../tests/common/extraction.rs"]
mod extraction;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let extracted = extract(&input, Format::Html);
    extraction::check_extraction(&input, &extracted);
});

//! Any bytes, read as lossy UTF-8, split in every language (each `Language`, then the codes
//! with rules of their own: Armenian's periods, Korean's endings, Persian, Chinese, and the
//! neutral splitter, and the one-unit-a-line splitter of transcripts): spans slice back, are trimmed, non-empty, sorted, non-overlapping, and
//! only white space lies between them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{Language, SentenceSplitter};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for &language in Language::ALL {
        invariants::check_split(&SentenceSplitter::new(language), &text);
    }
    for code in ["hy", "ko", "fa", "zh"] {
        if let Some(splitter) = SentenceSplitter::for_code(code) {
            invariants::check_split(&splitter, &text);
        }
    }
    invariants::check_split(&SentenceSplitter::neutral(), &text);
    // One unit a line, as for transcripts.
    invariants::check_split(&SentenceSplitter::neutral().one_per_line(true), &text);
});

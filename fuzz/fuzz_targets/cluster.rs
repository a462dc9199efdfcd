//! Any bytes: the first choose a budget and whether to read the documents as web pages, the
//! rest is cut at NUL bytes into documents, each with a date taken from its first line (so the
//! date parser sees arbitrary text). Every summary sentence must name a document of the cluster
//! and slice its text (or, for extracted input, have pieces inside it), scores must be finite,
//! and the result must not depend on anything but the input.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use salient::{ClusterDocument, Format, Length, Summarizer};

fn run(mut u: Unstructured<'_>) -> Result<()> {
    let budget = Length::words(u.int_in_range(0..=300)?);
    let html = u.arbitrary::<bool>()?;
    let bytes = u.take_rest();
    let text = String::from_utf8_lossy(bytes);
    let parts: Vec<&str> = text.split('\0').take(50).collect();
    let documents: Vec<ClusterDocument<'_>> = parts
        .iter()
        .map(|part| {
            let date = part.lines().next().unwrap_or("");
            ClusterDocument::new(part).date(date)
        })
        .collect();
    let mut builder = Summarizer::builder().min_words(0);
    if html {
        builder = builder.format(Format::Html);
    }
    let summarizer = builder.build().expect("valid settings");
    let summary = summarizer.summarize_cluster_with(&documents, budget);
    for sentence in &summary {
        assert!(sentence.document < parts.len());
        assert!(sentence.score.is_finite());
        let source = parts[sentence.document];
        if html {
            for piece in &sentence.pieces {
                assert!(piece.end <= source.len() && source.is_char_boundary(piece.start));
            }
        } else {
            assert_eq!(sentence.span.slice(source), sentence.text);
        }
    }
    assert_eq!(summary, summarizer.summarize_cluster_with(&documents, budget));
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(Unstructured::new(data));
});

//! Tokenising through corpus IDF: any bytes, read as lossy UTF-8 and cut into documents at `\0`,
//! fitted with random analysis settings. Document frequencies never exceed the document count,
//! every IDF is finite and at least 1, the model does not depend on document order, and a
//! summariser using it still gives finite scores.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use salient::{Language, Order, Summarizer};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fn run(mut u: Unstructured<'_>) -> Result<()> {
    let language = *u.choose(Language::ALL)?;
    let stemming: bool = u.arbitrary()?;
    let stopwords: bool = u.arbitrary()?;
    let text = String::from_utf8_lossy(u.take_rest()).into_owned();
    let documents: Vec<&str> = text.split('\0').collect();

    let summarizer = Summarizer::builder()
        .language(language)
        .stemming(stemming)
        .stopwords(stopwords)
        .build()
        .expect("default weights are valid");
    let model = summarizer.fit_idf(&documents);
    assert_eq!(model.documents(), documents.len() as u64);
    assert_eq!(model.language(), language);
    assert_eq!(model.stemming(), stemming);
    assert_eq!(model.stopwords(), stopwords);

    let reversed: Vec<&str> = documents.iter().rev().copied().collect();
    let refit = summarizer.fit_idf(&reversed);
    assert_eq!(model.terms(), refit.terms());
    assert_eq!(model.documents(), refit.documents());

    for word in text.split(|c: char| !c.is_alphanumeric()).take(64) {
        let lower = word.to_lowercase();
        let df = model.document_frequency(&lower);
        assert!(df <= model.documents(), "df {df} of {lower:?}");
        assert_eq!(df, refit.document_frequency(&lower));
        let idf = model.idf(&lower);
        assert!(idf.is_finite() && idf >= 1.0, "idf {idf} of {lower:?}");
    }

    // Every document is the same text: every term has df = documents, the flattest IDF.
    let same = vec![documents[0]; documents.len().min(8)];
    let flat = summarizer.fit_idf(&same);
    for model in [model, flat] {
        let with_model = Summarizer::builder()
            .language(language)
            .stemming(stemming)
            .stopwords(stopwords)
            .idf_model(Arc::new(model))
            .build()
            .expect("same settings");
        for document in &documents {
            invariants::check_summary(
                &with_model,
                invariants::Budget::Sentences(3),
                Order::Document,
                document,
            );
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(Unstructured::new(data));
});

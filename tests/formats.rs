//! A summariser reading web pages, Markdown and PDF text (`SummarizerBuilder::format`): the
//! sentences hold the clean text, their pieces point into the input, and no input makes it
//! panic.

use proptest::prelude::*;
use salient::{Format, Length, Summarizer};

const MARKDOWN: &str = "# Why did the harbour close?\n\n\
    The harbour at Kestrel Bay closed for two years of repairs to its outer wall.\n\n\
    ```\nlet x = 1; // code is never a sentence\n```\n\n\
    Ferries return on **Monday**, the [harbour board](https://example.org) said, and the \
    fishing fleet will follow in the spring.\n";

fn summarizer(format: Format) -> Summarizer {
    Summarizer::builder()
        .format(format)
        .length(Length::sentences(10))
        .min_words(0)
        .build()
        .unwrap()
}

/// Checks the pieces of every sentence: on char boundaries, in order, inside the span, and
/// holding (white space aside) exactly the sentence's characters when the input needs no
/// decoding.
fn check(input: &str, format: Format) {
    for sentence in summarizer(format).score(input) {
        let mut previous = sentence.span.start;
        for piece in &sentence.pieces {
            assert!(
                piece.start >= previous && piece.end <= sentence.span.end,
                "{sentence:?}"
            );
            assert!(input.is_char_boundary(piece.start) && input.is_char_boundary(piece.end));
            previous = piece.end;
        }
        if !input.contains('&') && !input.contains('\\') {
            let pieces: String = sentence.pieces.iter().map(|p| p.slice(input)).collect();
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squeeze(&pieces), squeeze(&sentence.text), "{input:?}");
        }
    }
}

#[test]
fn markdown_headings_and_code_never_make_the_summary() {
    let all = summarizer(Format::Markdown).score(MARKDOWN);
    assert!(
        all[0].text.starts_with("Why did") && all[0].breakdown.heading,
        "{all:?}"
    );
    let summary = summarizer(Format::Markdown).summarize_with(MARKDOWN, Length::sentences(2));
    let texts: Vec<&str> = summary.iter().map(|s| s.text.as_ref()).collect();
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("Why did") && !t.contains("let x")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Ferries return on Monday, the harbour board said"))
    );
    check(MARKDOWN, Format::Markdown);
    check(MARKDOWN, Format::Auto);
}

#[test]
fn pdf_text_is_joined_and_dehyphenated_before_splitting() {
    let pdf = "The survey was carried out in three re-\ngions of the country over two\nyears. \
               Results follow in the next section.\n\n12\n";
    let summary = summarizer(Format::Text).summarize(pdf);
    assert_eq!(
        summary.sentences()[0].text,
        "The survey was carried out in three regions of the country over two years."
    );
    // The sentence crosses a hyphenated line end and a line break: three pieces of the input.
    let pieces: Vec<&str> = summary.sentences()[0]
        .pieces
        .iter()
        .map(|p| p.slice(pdf))
        .collect();
    assert_eq!(
        pieces.concat().replace('\n', " "),
        "The survey was carried out in three regions of the country over two years."
    );
    check(pdf, Format::Text);
}

#[test]
fn keyphrases_of_a_page_point_into_the_page() {
    let page = "<p>Neural <b>networks</b> segment images. Neural networks train fast.</p>";
    let summarizer = Summarizer::builder().format(Format::Html).build().unwrap();
    let keyphrases = summarizer.keyphrases(page, 3);
    assert!(!keyphrases.is_empty());
    let strip = |s: &str| s.replace("<b>", "").replace("</b>", "").to_lowercase();
    for keyphrase in &keyphrases {
        for span in &keyphrase.spans {
            // The span covers the occurrence in the page, markup inside it included.
            let first_word = keyphrase.text.split(' ').next().unwrap().to_lowercase();
            assert!(
                strip(span.slice(page)).starts_with(&first_word),
                "{keyphrase:?}"
            );
        }
    }
    assert!(
        keyphrases[0].spans[0].slice(page).contains("<b>"),
        "{keyphrases:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_input_in_any_format_keeps_pieces_in_the_input(
        parts in proptest::collection::vec(
            proptest::sample::select(&[
                "<p>", "</p>", "<b>", "</b>", "<h2>", "</h2>", "<script>", "</script>", "&amp;",
                "&#x41;", "# ", "**", "`", "\n", "\n\n", "-\n", "Floods closed the schools. ",
                "Rain fell. ", "Ö ", "東京。", " ", "> quoted\n", "-- \n", "12\n", "...", "<",
                ">", "[a](b)", "\\*",
            ][..]),
            0..40,
        ),
        format in proptest::sample::select(&[Format::Text, Format::Html, Format::Markdown, Format::Auto][..]),
    ) {
        let input: String = parts.concat();
        check(&input, format);
        let summary = summarizer(format).summarize_with(&input, Length::sentences(2));
        prop_assert!(summary.len() <= 2);
    }
}

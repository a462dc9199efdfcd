//! Golden summaries of the bundled page and PDF text (`examples/data/harbour-*`): what a user
//! gets from `--format html` and `--format text`, pinned so that a change to extraction or
//! scoring that alters them is seen, and every sentence's pieces slicing the original file.

use salient::{Format, Length, Summarizer};

const PAGE: &str = include_str!("../examples/data/harbour-page.html");
const REPORT: &str = include_str!("../examples/data/harbour-report-pdf.txt");

fn summary(input: &str, format: Format) -> Vec<String> {
    let summarizer = Summarizer::builder()
        .format(format)
        .length(Length::sentences(3))
        .build()
        .unwrap();
    let summary = summarizer.summarize(input);
    for sentence in &summary {
        assert!(!sentence.pieces.is_empty());
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        let pieces: String = sentence.pieces.iter().map(|p| p.slice(input)).collect();
        // De-hyphenation drops a hyphen and a line break; markup and white space are skipped.
        assert_eq!(
            squeeze(&pieces).replace('-', ""),
            squeeze(&sentence.text).replace('-', "")
        );
    }
    summary.iter().map(|s| s.text.to_string()).collect()
}

#[test]
fn the_page_gives_its_article_lead() {
    assert_eq!(
        summary(PAGE, Format::Html),
        [
            "The harbour at Kestrel Bay reopened on Monday after two years of repairs, and the \
             first ferries arrived before dawn, carrying commuters, delivery vans and a handful of \
             curious visitors who had waited on the quay since midnight.",
            "The work began in the spring of 2022, when divers found that the old sea wall had \
             been undermined by a decade of winter storms.",
            "What was planned as a six-month repair became a full reconstruction of the outer wall \
             and the east quay.",
        ]
    );
    // Recognised as a web page.
    assert_eq!(summary(PAGE, Format::Auto), summary(PAGE, Format::Html));
}

#[test]
fn the_report_is_read_across_its_wrapped_and_hyphenated_lines() {
    assert_eq!(
        summary(REPORT, Format::Text),
        [
            "The year 2023 was dominated by the reconstruction of the outer sea wall.",
            "When divers inspected the foundations in the spring of 2022 they found that a decade \
             of winter storms had undermined the old wall far more than the original survey \
             suggested, and the board decided that a repair would not last.",
            "The board will keep dues at their 2022 level for one more year to help the fishing \
             fleet and the traders recover.",
        ]
    );
}

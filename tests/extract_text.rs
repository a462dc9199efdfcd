//! Plain-text extraction: PDF and mail clean-up, and spans back into the original.

use salient::{Format, Language, SentenceSplitter, Span, extract};

#[path = "common/extraction.rs"]
mod extraction;

/// The clean text of `input`, after checking the piece map.
fn clean(input: &str) -> String {
    let extracted = extract(input, Format::Text);
    extraction::check_extraction(input, &extracted);
    extracted.text().to_owned()
}

#[test]
fn unchanged_text_is_borrowed() {
    let input = "One sentence. Another one.\n\nA second paragraph.";
    let extracted = extract(input, Format::Text);
    assert!(matches!(
        extracted.clone().into_text(),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(extracted.text(), input);
    assert_eq!(extracted.format(), Format::Text);
}

#[test]
fn hard_wrapped_lines_join() {
    let input = "The committee met on Monday to review the budget for the coming year and\n\
                 agreed to postpone the vote until the auditors had reported on the\n\
                 accounts of the previous year.\n\n\
                 A second paragraph follows.";
    assert_eq!(
        clean(input),
        "The committee met on Monday to review the budget for the coming year and agreed to \
         postpone the vote until the auditors had reported on the accounts of the previous \
         year.\n\nA second paragraph follows."
    );
}

#[test]
fn pdf_soft_breaks_with_trailing_spaces_join() {
    assert_eq!(
        clean("Our garden needs \nwater every evening."),
        "Our garden needs water every evening."
    );
    // A capital after the break: joined when the line ends in a function word, which a
    // heading does not.
    assert_eq!(
        clean("Die Stadt hat eine \nSehenswürdigkeit."),
        "Die Stadt hat eine Sehenswürdigkeit."
    );
    assert_eq!(
        clean("Introduction \nThe survey began in May."),
        "Introduction\n\nThe survey began in May."
    );
}

#[test]
fn short_lines_stay_apart() {
    // Units of their own: paragraphs, so the splitter keeps them apart.
    assert_eq!(
        clean("apples\npear halves\nplums, cherries\n"),
        "apples\n\npear halves\n\nplums, cherries"
    );
}

#[test]
fn list_items_stay_on_their_own_lines() {
    let input = "Pack these items:\n• a warm coat \n• 2. dry socks \n(c) a torch";
    assert_eq!(
        clean(input),
        "Pack these items:\n• a warm coat\n• 2. dry socks\n(c) a torch"
    );
}

#[test]
fn end_of_line_hyphenation_is_undone_for_words() {
    assert_eq!(
        clean("The results were remark-\nable in every region."),
        "The results were remarkable in every region."
    );
}

#[test]
fn hyphenated_compounds_keep_their_hyphen() {
    // The compound appears with its hyphen elsewhere in the text.
    assert_eq!(
        clean("A well-known author wrote it. She is well-\nknown in the north."),
        "A well-known author wrote it. She is well-known in the north."
    );
    // A capitalised second part: a compound name.
    assert_eq!(
        clean("They drove a Rolls-\nRoyce to the party."),
        "They drove a Rolls-Royce to the party."
    );
    // A suspended compound before a conjunction.
    assert_eq!(
        clean("Gemüse-\nund Obstsorten sind gesund."),
        "Gemüse- und Obstsorten sind gesund."
    );
}

#[test]
fn dehyphenated_word_reports_both_pieces() {
    let input = "The harvest was excep-\ntional this year.";
    let extracted = extract(input, Format::Text);
    extraction::check_extraction(input, &extracted);
    let splitter = SentenceSplitter::new(Language::English);
    let sentence = splitter.split(extracted.text()).next().unwrap();
    let pieces: Vec<&str> = extracted
        .original_spans(sentence)
        .iter()
        .map(|s| s.slice(input))
        .collect();
    assert_eq!(pieces, ["The harvest was excep", "tional this year."]);
}

#[test]
fn wrapped_sentence_maps_to_one_span() {
    let input = "We walked along the river \nuntil dusk.";
    let extracted = extract(input, Format::Text);
    let spans = extracted.original_spans(Span::new(0, extracted.text().len()));
    assert_eq!(spans, [Span::new(0, input.len())]);
}

#[test]
fn page_numbers_and_running_headers_are_dropped() {
    let page = |n: usize| {
        format!(
            "Annual Report 2023\n\nThe network grew in region {n} during the year, and the \
             new stations opened on time.\n\n{n}\n\x0c"
        )
    };
    let input: String = (1..=4).map(page).collect();
    let text = clean(&input);
    assert!(!text.contains("Annual Report"), "{text}");
    assert!(
        !text.lines().any(|l| l.trim().parse::<u32>().is_ok()),
        "{text}"
    );
    assert_eq!(text.matches("The network grew").count(), 4);
}

#[test]
fn a_lone_number_is_kept() {
    assert_eq!(clean("\n3\n\nIntroduction\n\n"), "3\n\nIntroduction");
}

#[test]
fn dot_leaders_become_titles() {
    let input = "Contents\n\nPreface ........................ 5\n    Early Days ............ 12\nLater Years..........16-17\n";
    let extracted = extract(input, Format::Text);
    extraction::check_extraction(input, &extracted);
    assert_eq!(
        extracted.text(),
        "Contents\n\nPreface\n\nEarly Days\n\nLater Years"
    );
    let titles: Vec<&str> = extracted
        .headings()
        .iter()
        .map(|h| h.slice(extracted.text()))
        .collect();
    assert_eq!(titles, ["Preface", "Early Days", "Later Years"]);
}

#[test]
fn dots_inside_a_line_become_a_space() {
    assert_eq!(clean("Wait for it........then go."), "Wait for it then go.");
}

#[test]
fn mail_quotes_and_signature_are_skipped() {
    let input = "Hi Sam,\n\nThe shipment leaves on Friday morning.\n\n\
                 On Tue, 3 May 2022, Sam Lee wrote:\n> Is the shipment ready?\n> Thanks\n\n\
                 -- \nAnna Berg\nLogistics\n";
    assert_eq!(
        clean(input),
        "Hi Sam,\n\nThe shipment leaves on Friday morning."
    );
}

#[test]
fn forwarded_original_is_skipped() {
    let input = "See below.\n\n-----Original Message-----\nFrom: Tom\nSubject: Plans\n\nOld text.";
    assert_eq!(clean(input), "See below.");
}

#[test]
fn html_remnants_are_removed() {
    assert_eq!(
        clean("This is it. <em>Yes.</em> <em>It is</em>!"),
        "This is it. Yes. It is!"
    );
    let input = "Fish &amp; chips &lt;b&gt;today&lt;/b&gt;.";
    let extracted = extract(input, Format::Text);
    extraction::check_extraction(input, &extracted);
    assert_eq!(extracted.text(), "Fish & chips today.");
}

#[test]
fn missing_space_between_sentences_is_inserted() {
    assert_eq!(
        clean("Hello world.Today is Tuesday."),
        "Hello world. Today is Tuesday."
    );
    // Addresses keep their dots.
    assert_eq!(
        clean("Visit www.example.Shop.com today."),
        "Visit www.example.Shop.com today."
    );
}

#[test]
fn letters_set_in_a_column_join() {
    assert_eq!(clean("\nW\nA\nRN\nI\nNG\n"), "WARNING");
}

#[test]
fn decoration_lines_are_dropped() {
    assert_eq!(
        clean("==========\nTitle here\n==========\nBody text."),
        "Title here\n\nBody text."
    );
}

#[test]
fn empty_and_blank_inputs() {
    assert_eq!(clean(""), "");
    assert_eq!(clean(" \n\t\r\n "), "");
}

#[test]
fn spacing_inside_a_line_is_the_authors() {
    let input = "Tel.  (57-1) 3239300\tExt. 1010";
    let extracted = extract(input, Format::Text);
    assert!(matches!(
        extracted.clone().into_text(),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(extracted.text(), input);
}

#[test]
fn chinese_and_japanese_lines_join_without_a_space() {
    assert_eq!(clean("これは父の\n家です。"), "これは父の家です。");
}

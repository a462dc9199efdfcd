"""A summariser reading web pages, Markdown and PDF text: `format=`, and `Sentence.pieces`."""

import pytest

import salient

PAGE = (
    "<html><body><nav>Home | News | Sport</nav><article><h1>Floods close schools</h1>"
    "<p>Floods closed twelve schools in the valley on <b>Monday</b>, officials said.</p>"
    "<p>The river rose two metres overnight after a week of heavy rain in the hills.</p>"
    "</article><footer>Copyright 2024 Valley News</footer></body></html>"
)


def test_pieces_slice_the_page_in_characters_and_bytes():
    page = PAGE.replace("valley", "vallée")
    summary = salient.summarize(page, format="html", sentences=2, language="en")
    assert len(summary) == 2
    encoded = page.encode()
    for sentence in summary:
        assert sentence.pieces, sentence
        pieces = "".join(page[start:end] for start, end in sentence.pieces)
        assert pieces == sentence.text
        assert b"".join(encoded[a:b] for a, b in sentence.byte_pieces).decode() == sentence.text
        assert sentence.start == sentence.pieces[0][0]
        assert sentence.end == sentence.pieces[-1][1]
        assert "pieces" in sentence.to_dict()
    assert "Home" not in str(summary) and "Copyright" not in str(summary)


def test_plain_text_has_no_pieces_and_formats_are_checked():
    summary = salient.summarize("Rain fell all week. Floods closed the schools.", language="en")
    assert all(s.pieces == [] for s in summary)
    assert "pieces" not in summary.sentences[0].to_dict()
    with pytest.raises(salient.Error, match="unknown input format"):
        salient.Summarizer(format="pdf")
    summarizer = salient.Summarizer(format="auto", sentences=1, language="en")
    assert summarizer.summarize(PAGE)[0].text.startswith("Floods closed")

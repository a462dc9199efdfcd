"""extract(): clean text from web pages, Markdown and PDF or mail text, mapped back to the input."""

import html
import re

import pytest

import salient

# A saved news page, written for these tests: navigation, an article with entities, inline
# markup and non-ASCII text, a footer.
PAGE = """<html><head><title>Flood news</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour Town gets a flood barrier</h1>
<p>The council of Harbour Town approved a flood barrier on Tuesday after a year of debate.
The barrier will cost twelve million pounds &amp; take three years to build.</p>
<p>Shop owners in the old harbour, where storms flooded the caf&eacute;s twice last winter,
welcomed the vote. <b>Some residents</b> worried about the view of the bay.</p>
<h2>What happens next</h2>
<p>Work starts in the spring. Zoë’s bakery 🎂 will stay open throughout the building work.</p>
</article>
<footer>Copyright 2024 Harbour Gazette. All rights reserved.</footer></body></html>"""

MARKDOWN = """# Flood barrier approved

The council of *Harbour Town* approved a [flood barrier](https://example.org/barrier) on
Tuesday. It will cost **twelve million** pounds, the café owners heard. 🎂

```python
print("code is not prose")
```

## Next steps

Work starts in the spring \\* weather permitting. Zoë will keep the bakery open.
"""

# Text pulled out of a PDF: hard-wrapped lines, a word hyphenated across a line end, a page
# number and a form feed.
PDF_TEXT = (
    "The survey of flood damage was carried out in\nthree regions of the coun-\ntry by the "
    "Zürich team. Results follow\nin the next section of the report.\n12\x0c"
    "The second page starts here with the méthode used.\n"
)


def squeeze(text):
    return re.sub(r"\s+", "", text)


def check(source, extracted):
    """Every sentence of the clean text maps to spans that slice the input, in characters and
    bytes alike, and that hold the sentence once entities are decoded and white space and
    end-of-line hyphens are set aside."""
    clean = extracted.text
    source_bytes = source.encode("utf-8")
    sentences = salient.Summarizer(min_words=0).score(clean)
    assert sentences
    for s in sentences:
        spans = extracted.original_spans(s.start, s.end)
        byte_spans = extracted.original_byte_spans(s.byte_start, s.byte_end)
        assert len(spans) == len(byte_spans) > 0
        previous = 0
        for (a, b), (byte_a, byte_b) in zip(spans, byte_spans):
            assert previous <= a < b <= len(source)
            assert source_bytes[byte_a:byte_b].decode("utf-8") == source[a:b]
            previous = b
        pieces = html.unescape("".join(source[a:b] for a, b in spans)).replace("\\*", "*")
        assert squeeze(pieces) == squeeze(s.text), s.text


def test_a_web_page_gives_its_article():
    extracted = salient.extract(PAGE)
    assert extracted.format == "html"
    assert extracted == extracted  # identity; Extracted compares by object
    clean = extracted.text
    assert clean.startswith("Harbour Town gets a flood barrier\n\nThe council")
    assert "Home" not in clean and "Copyright" not in clean
    assert "pounds & take" in clean and "cafés" in clean
    assert [clean[a:b] for a, b in extracted.headings] == [
        "Harbour Town gets a flood barrier", "What happens next"]
    encoded = clean.encode("utf-8")
    assert [encoded[a:b].decode() for a, b in extracted.heading_byte_spans] == [
        clean[a:b] for a, b in extracted.headings]
    assert str(extracted) == clean
    assert repr(extracted).startswith("<Extracted html:")
    check(PAGE, extracted)


def test_a_summary_of_a_page_maps_back_to_the_page():
    extracted = salient.extract(PAGE, format="html")
    summary = salient.summarize(extracted.text, sentences=2, language="en")
    first = summary[0]
    assert first.text.startswith("The council of Harbour Town")
    (start, end), = extracted.original_spans(first.start, first.end)
    assert PAGE[start:end] == first.text
    # A sentence across an entity maps onto the entity as written.
    pounds = next(s for s in salient.Summarizer(language="en").score(extracted.text)
                  if "pounds" in s.text)
    (start, end), = extracted.original_spans(pounds.start, pounds.end)
    assert PAGE[start:end] == (
        "The barrier will cost twelve million pounds &amp; take three years to build.")


def test_markup_splits_a_span():
    page = "<p>Fish &amp; chips. <b>Salt</b> too.</p>"
    extracted = salient.extract(page, "html")
    assert extracted.text == "Fish & chips. Salt too."
    assert [page[a:b] for a, b in extracted.original_spans(14, 23)] == ["Salt", " too."]
    # Part of a character reference maps to all of it.
    assert [page[a:b] for a, b in extracted.original_spans(5, 6)] == ["&amp;"]
    assert extracted.original_spans(4, 4) == []


def test_markdown_gives_prose_only():
    extracted = salient.extract(MARKDOWN)
    assert extracted.format == "markdown"
    clean = extracted.text
    assert "print(" not in clean and "https://" not in clean and "**" not in clean
    assert [clean[a:b] for a, b in extracted.headings] == [
        "Flood barrier approved", "Next steps"]
    check(MARKDOWN, extracted)


def test_pdf_text_is_joined_and_dehyphenated():
    extracted = salient.extract(PDF_TEXT, format="text")
    assert extracted.format == "text"
    clean = extracted.text
    assert "three regions of the country by the Zürich team." in clean
    assert "12" not in clean and "\x0c" not in clean
    check(PDF_TEXT, extracted)
    start = clean.index("country")
    assert [PDF_TEXT[a:b] for a, b in extracted.original_spans(start, start + 7)] == [
        "coun", "try"]


def test_long_inputs_in_many_scripts_map_exactly():
    # Past the character index's checkpoints: thousands of characters of every width.
    paragraph = ("<p>Zoë’s café 🎂 in Zürich sold 東京 cakes &amp; more on day {i}. "
                 "The émigré quartet 🎻 played again.</p>\n")
    page = "".join(paragraph.format(i=i) for i in range(300))
    extracted = salient.extract(page, "html")
    check(page, extracted)
    last = salient.Summarizer(min_words=0).score(extracted.text)[-1]
    (start, end), = extracted.original_spans(last.start, last.end)
    assert page[start:end] == "The émigré quartet 🎻 played again."


def test_plain_text_is_kept_as_written():
    text = "Rain fell in the north. Floods closed the roads.\n\nThe end is near."
    extracted = salient.extract(text)
    assert extracted.format == "text"
    assert extracted.text == text
    # The paragraph break is the extractor's own: it maps to nothing.
    assert extracted.original_spans(0, len(text)) == [(0, 48), (50, 66)]
    assert salient.extract("").text == ""


def test_formats_and_their_names():
    assert salient.FORMATS == ["text", "html", "markdown", "auto"]
    for name, format in [("HTML", "html"), ("htm", "html"), ("md", "markdown"),
                         ("txt", "text"), ("plain", "text")]:
        assert salient.extract(PAGE, name).format == format
    assert salient.extract(PAGE, "auto").text == salient.extract(PAGE, "html").text


def test_extraction_is_deterministic():
    first = salient.extract(PAGE)
    for _ in range(3):
        again = salient.extract(PAGE)
        assert (again.text, again.headings) == (first.text, first.headings)
        assert again.original_spans(0, len(again.text)) == first.original_spans(
            0, len(first.text))


def test_broken_and_hostile_inputs_do_not_crash():
    for text in ["<p>unclosed <b>bold <i>and", "<" * 10_000, "&" * 5_000 + ";",
                 "<div>" * 20_000, "\x00\x01 binary \xff junk", "# " * 10_000, "```\n" * 500]:
        for format in salient.FORMATS:
            extracted = salient.extract(text, format)
            n = len(extracted.text)
            for a, b in extracted.original_spans(0, n):
                assert 0 <= a <= b <= len(text)


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda e: salient.extract(PAGE, "pdf"), salient.Error,
         'unknown input format "pdf": expected one of text, html, markdown, auto'),
        (lambda e: salient.extract(b"<p>bytes</p>"), TypeError, None),
        (lambda e: e.original_spans(0, 10**6), salient.Error, r"invalid span 0:1000000"),
        (lambda e: e.original_spans(5, 2), salient.Error, r"invalid span 5:2"),
        (lambda e: e.original_spans(-1, 2), salient.Error, r"invalid start -1"),
        (lambda e: e.original_spans(0.5, 2), TypeError, "start must be an int, not float"),
        (lambda e: e.original_byte_spans(0, 10**6), salient.Error, r"invalid span 0:1000000"),
        (lambda e: e.original_byte_spans(0, e.text.encode().index("é".encode()) + 1),
         salient.Error, "inside a character"),
    ],
)
def test_errors_name_the_value(call, error, message):
    with pytest.raises(error, match=message):
        call(salient.extract(PAGE))

"""Character and byte offsets: `text[s.start:s.end] == s.text` for every sentence, every script."""

import pytest

import salient
from conftest import NEWS, UNICODE


def check(text, sentences):
    encoded = text.encode("utf-8")
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert encoded[s.byte_start:s.byte_end].decode("utf-8") == s.text
        assert s.start <= s.byte_start and s.end <= s.byte_end


@pytest.mark.parametrize("text", [NEWS, UNICODE])
@pytest.mark.parametrize("order", ["document", "rank"])
@pytest.mark.parametrize("language", ["auto", "neutral", "en"])
def test_offsets_slice_back_to_the_sentence(text, order, language):
    summary = salient.summarize(text, sentences=4, order=order, language=language)
    assert len(summary) > 0
    check(text, summary)
    check(text, salient.Summarizer(language=language).score(text))


def test_offsets_after_astral_characters_differ_from_bytes():
    text = "🎻🎶 The quartet played all night long in the old hall. The crowd cheered the quartet."
    sentences = salient.Summarizer(language="en", min_words=0).score(text)
    check(text, sentences)
    second = sentences[-1]
    # Two four-byte emoji before: 6 more bytes than characters.
    assert second.byte_start - second.start == 6


def test_combining_marks_and_right_to_left_text():
    sentences = salient.Summarizer(language="neutral", min_words=0).score(UNICODE)
    check(UNICODE, sentences)
    texts = [s.text for s in sentences]
    assert any("Cafe\u0301" in t for t in texts)
    assert any("المشروع" in t for t in texts)


def test_split_sentences_triples():
    for language in ["auto", "neutral", "en", "ja", "zh", "th"]:
        triples = salient.split_sentences(UNICODE, language=language)
        assert triples, language
        previous_end = 0
        for sentence, start, end in triples:
            assert UNICODE[start:end] == sentence
            assert sentence == sentence.strip() and sentence
            assert start >= previous_end
            previous_end = end


def test_split_sentences_keeps_abbreviations_together():
    text = "Mr. Smith met Dr. Jones at 3 p.m. on Friday. They spoke for an hour."
    assert [t for t, _, _ in salient.split_sentences(text, language="en")] == [
        "Mr. Smith met Dr. Jones at 3 p.m. on Friday.",
        "They spoke for an hour.",
    ]

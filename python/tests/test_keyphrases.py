"""Keyphrases: ranked phrases with the character and byte spans of every occurrence."""

import pytest

import salient
from conftest import NEWS, UNICODE, numbered_story

# An abstract written for these tests: "neural network" in three forms.
ABSTRACT = (
    "Neural networks for image segmentation\n\n"
    "We train neural networks to segment medical images. Image segmentation with a neural "
    "network takes one second per image on a laptop. The medical images come from three "
    "hospitals in Zürich and Genève."
)


def check(text, keyphrases):
    encoded = text.encode("utf-8")
    for k in keyphrases:
        assert k.spans and len(k.spans) == len(k.byte_spans)
        assert any(text[a:b] == k.text for a, b in k.spans)
        for (a, b), (byte_a, byte_b) in zip(k.spans, k.byte_spans):
            assert encoded[byte_a:byte_b].decode("utf-8") == text[a:b]
        starts = [a for a, _ in k.spans]
        assert starts == sorted(starts)
        assert all(end <= start for (_, end), (start, _) in zip(k.spans, k.spans[1:]))
        assert k.score > 0
    scores = [k.score for k in keyphrases]
    assert scores == sorted(scores, reverse=True)


def test_keyphrases_best_first_with_every_occurrence():
    keyphrases = salient.Summarizer(language="en").keyphrases(ABSTRACT, 3)
    assert [k.text for k in keyphrases] == ["Neural networks", "image segmentation",
                                            "medical images"]
    first = keyphrases[0]
    assert [ABSTRACT[a:b] for a, b in first.spans] == [
        "Neural networks", "neural networks", "neural network"]
    check(ABSTRACT, keyphrases)


@pytest.mark.parametrize("text", [NEWS, UNICODE, ABSTRACT, numbered_story(50)])
@pytest.mark.parametrize("language", ["auto", "neutral", "en"])
def test_spans_slice_the_text_in_every_script(text, language):
    keyphrases = salient.Summarizer(language=language).keyphrases(text, 20)
    assert keyphrases
    check(text, keyphrases)


def test_offsets_after_astral_characters():
    text = "🎻🎶🎂 " * 30 + ABSTRACT
    keyphrases = salient.keyphrases(text, 5, language="en")
    check(text, keyphrases)
    # 90 four-byte emoji before the abstract: 270 more bytes than characters.
    assert all(byte_a - a == 270 for k in keyphrases for (a, _), (byte_a, _) in
               zip(k.spans, k.byte_spans))


def test_n_and_the_default():
    summarizer = salient.Summarizer(language="en")
    assert len(summarizer.keyphrases(NEWS)) == 10
    assert summarizer.keyphrases(NEWS) == summarizer.keyphrases(NEWS, n=10)
    assert summarizer.keyphrases(NEWS, 0) == []
    everything = summarizer.keyphrases(NEWS, 10**30)
    assert len(everything) > 10
    assert summarizer.keyphrases(NEWS, 4) == everything[:4]
    assert summarizer.keyphrases("", 5) == []
    assert summarizer.keyphrases("... !!! 123", 5) == []


def test_the_function_equals_the_method():
    assert salient.keyphrases(ABSTRACT, 5, language="en") == salient.Summarizer(
        language="en").keyphrases(ABSTRACT, 5)
    unstemmed = salient.keyphrases(ABSTRACT, 5, language="en", stemming=False)
    assert len(unstemmed[0].spans) == 2  # "neural network" no longer joins "neural networks"


def test_keyphrases_use_the_corpus_model():
    corpus = [NEWS, UNICODE] + [numbered_story(5, topic) for topic in ("river", "lake", "sea")]
    model = salient.IdfModel.fit(corpus, language="en")
    with_model = salient.keyphrases(NEWS, 5, language="en", idf_model=model)
    check(NEWS, with_model)
    assert with_model == salient.Summarizer(language="en", idf_model=model).keyphrases(NEWS, 5)


def test_keyphrases_are_deterministic_and_plain_data():
    summarizer = salient.Summarizer()
    first = summarizer.keyphrases(UNICODE, 8)
    assert all(summarizer.keyphrases(UNICODE, 8) == first for _ in range(3))
    data = first[0].to_dict()
    assert set(data) == {"text", "score", "spans", "byte_spans"}
    assert data["spans"] == [list(span) for span in first[0].spans]
    assert repr(first[0]).startswith("<Keyphrase '")


@pytest.mark.parametrize(
    "args, error, message",
    [
        ((NEWS, -1), salient.Error, "invalid n -1: expected a whole number >= 0"),
        ((NEWS, 2.5), TypeError, "n must be an int, not float"),
        ((NEWS, True), TypeError, "n must be an int, not bool"),
        ((b"bytes",), TypeError, None),
    ],
)
def test_bad_arguments(args, error, message):
    with pytest.raises(error, match=message):
        salient.Summarizer().keyphrases(*args)
    with pytest.raises(error, match=message):
        salient.keyphrases(*args)


def test_bad_options_of_the_function():
    with pytest.raises(salient.Error, match='unknown language "xx"'):
        salient.keyphrases(NEWS, language="xx")
    with pytest.raises(TypeError):
        salient.keyphrases(NEWS, 5, "en")  # options are keyword-only

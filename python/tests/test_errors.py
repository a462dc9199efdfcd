"""Bad options: salient.Error (a ValueError) with the library's message, TypeError for names."""

import pytest

import salient
from conftest import NEWS


def test_error_is_a_value_error():
    assert issubclass(salient.Error, ValueError)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"ratio": 1.5}, "invalid ratio 1.5: expected a number in 0..=1"),
        ({"ratio": float("nan")}, "invalid ratio NaN"),
        ({"position": float("nan")}, "invalid position weight NaN: expected a finite number >= 0"),
        ({"tfidf": -1.0}, "invalid tfidf weight -1"),
        ({"length": 1e300}, "invalid length weight inf"),
        ({"tfidf": 0.0, "frequency": 0.0, "position": 0.0, "length": 0.0},
         "at least one weight must be greater than 0"),
        ({"centrality_saturation": 2.0}, "invalid centrality saturation 2"),
        ({"length_spread": 0.0}, "invalid length spread 0"),
        ({"redundancy": 1.5}, "invalid redundancy weight 1.5: expected a number in 0..=1"),
        ({"language": "xx"}, 'unknown language "xx"'),
        ({"algorithm": "magic"}, "unknown algorithm 'magic': expected one of default, lead"),
        ({"order": "random"}, "unknown order 'random'"),
        ({"sentences": -1}, "invalid sentences -1: expected a whole number >= 0"),
        ({"words": -(10**30)}, "invalid words -1000000000000000000000000000000"),
        ({"min_words": -3}, "invalid min_words -3"),
        ({"sentences": 2, "ratio": 0.5}, "not sentences and ratio"),
    ],
)
def test_bad_values_name_themselves(options, message):
    with pytest.raises(salient.Error) as raised:
        salient.summarize(NEWS, **options)
    assert message in str(raised.value)
    with pytest.raises(salient.Error):
        salient.Summarizer(**options)


def test_unknown_names_are_type_errors_naming_them():
    with pytest.raises(TypeError, match="unexpected keyword argument 'postion'") as raised:
        salient.summarize(NEWS, postion=0.0)
    assert "position" in str(raised.value)  # the weights are listed
    with pytest.raises(TypeError):
        salient.Summarizer(sentence=3)
    with pytest.raises(TypeError):
        salient.summarize(NEWS, 3)  # options are keyword-only


@pytest.mark.parametrize(
    "options, message",
    [
        ({"sentences": 2.5}, "sentences must be an int, not float"),
        ({"sentences": True}, "sentences must be an int, not bool"),
        ({"words": "ten"}, "words must be an int, not str"),
        ({"ratio": "half"}, "ratio must be a float, not str"),
        ({"position": "high"}, "position must be a float, not str"),
        ({"idf_model": "model.txt"}, "idf_model"),
        ({"language": 3}, "language"),
    ],
)
def test_wrong_types_are_type_errors(options, message):
    with pytest.raises(TypeError, match=message):
        salient.summarize(NEWS, **options)


def test_huge_counts_mean_no_limit():
    assert len(salient.summarize(NEWS, language="en", sentences=10**30)) == 7
    assert len(salient.summarize(NEWS, language="en", words=2**64)) == 7


def test_text_must_be_a_str():
    with pytest.raises(TypeError):
        salient.summarize(b"bytes")
    with pytest.raises(TypeError):
        salient.summarize(None)


def test_none_means_the_default():
    assert salient.summarize(NEWS, sentences=None, redundancy=None, min_words=None,
                             position=None) == salient.summarize(NEWS)


def test_split_sentences_rejects_unknown_codes():
    with pytest.raises(salient.Error, match='unknown language "xx"'):
        salient.split_sentences("Hello. World.", language="xx")

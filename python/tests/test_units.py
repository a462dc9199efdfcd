"""`units=`: sentences, or a transcript's lines, as the units of a summary."""

import pytest

import salient
from conftest import NEWS

# A meeting, one utterance a line, most of them without a final stop.
MEETING = (
    "Anna: ok are we all on\n"
    "Ben: morning everyone\n"
    "Anna: the budget for the new library roof is over by a third\n"
    "Ben: so the library roof budget needs a council vote next week\n"
    "Carl: fine by me\n"
    "Anna: I will draft the vote on the library roof budget tonight"
)


def test_a_transcript_is_cut_into_lines_by_default():
    summary = salient.summarize(MEETING, sentences=2)
    assert all("\n" not in s.text for s in summary)
    assert all("library roof" in s.text for s in summary)
    assert all(s.text.split(":")[0] in ("Anna", "Ben") for s in summary)
    assert salient.summarize(MEETING, sentences=2, units="lines") == summary
    for s in summary:
        assert MEETING[s.start:s.end] == s.text


def test_sentences_keep_a_transcript_as_prose():
    summary = salient.summarize(MEETING, sentences=1, units="sentences")
    # No stop ends a line, so the prose splitter finds one long sentence.
    assert summary.document_sentences == 1
    assert "\n" in summary[0].text


def test_lines_apply_to_any_text():
    lines = salient.Summarizer(language="en", units="LINES", sentences=10).summarize(NEWS)
    # The headline and the one-line paragraph after the blank line.
    assert [s.text for s in lines] == [line for line in NEWS.split("\n") if line]
    assert "units='lines'" in repr(salient.Summarizer(units=" Lines "))
    assert "units='auto'" in repr(salient.Summarizer())


def test_unknown_units_are_named():
    with pytest.raises(salient.Error, match="invalid units 'paragraphs'.*sentences"):
        salient.Summarizer(units="paragraphs")
    with pytest.raises(salient.Error, match="invalid units"):
        salient.summarize(NEWS, units="")
    with pytest.raises(TypeError):
        salient.summarize(NEWS, units=1)


def test_a_query_that_names_a_speaker_is_answered_by_them():
    summary = salient.summarize(
        MEETING, sentences=1, query="What did Carl think of the library roof budget?",
        min_words=0,
    )
    assert summary[0].text.startswith("Carl:")
    assert summary[0].breakdown.speaker > 0
    assert summary[0].breakdown.total() == pytest.approx(summary[0].score, abs=1e-5)
    # The name in lower case is a word, not a speaker.
    plain = salient.summarize(
        MEETING, sentences=1, query="what about carl and the library roof budget?"
    )
    assert plain[0].breakdown.speaker == 0

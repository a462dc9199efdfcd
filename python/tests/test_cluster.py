"""summarize_cluster: one summary of several documents, each sentence naming its document."""

import collections
import dataclasses
import datetime

import pytest

import salient
from conftest import UNICODE

# Three reports of one flood, written for these tests: two repeat the closure of the schools.
REPORTS = [
    "Floods closed twelve schools in the valley on Monday. Officials said the schools would "
    "reopen on Thursday.",
    "Twelve valley schools were closed by floods on Monday, officials said. The river rose two "
    "metres overnight after a week of rain.",
    "Zoë Müller, who runs the café by the bridge 🌉, said the water reached her door. The river "
    "is falling again, the weather service said on Tuesday.",
]


def check(documents, sentences):
    """Every sentence slices its own document, in characters and in bytes."""
    for s in sentences:
        text = documents[s.document]
        assert text[s.start:s.end] == s.text
        assert text.encode()[s.byte_start:s.byte_end].decode() == s.text


def test_a_fact_several_documents_report_is_taken_once():
    summary = salient.Summarizer(language="en", sentences=3).summarize_cluster(REPORTS)
    assert len(summary) == 3
    assert summary.document_sentences == 6
    check(REPORTS, summary)
    assert sum("closed" in s.text for s in summary) == 1
    assert {s.document for s in summary} <= {0, 1, 2}
    assert all(s.to_dict()["document"] == s.document for s in summary)


def test_score_cluster_goes_document_after_document():
    sentences = salient.Summarizer(language="en").score_cluster(REPORTS)
    assert [(s.document, s.index) for s in sentences] == [(0, 0), (0, 1), (1, 2), (1, 3),
                                                          (2, 4), (2, 5)]
    assert sorted(s.rank for s in sentences) == list(range(6))
    check(REPORTS, sentences)


def test_single_texts_have_document_zero():
    summary = salient.summarize(UNICODE, sentences=3)
    assert all(s.document == 0 for s in summary)


@dataclasses.dataclass
class Report:
    text: str
    title: str = None
    date: object = None


Record = collections.namedtuple("Record", "text title date")


def test_documents_as_dicts_objects_and_named_tuples():
    summarizer = salient.Summarizer(language="en", sentences=3)
    plain = summarizer.summarize_cluster(REPORTS)
    as_dicts = [{"text": t, "url": "ignored", "title": None} for t in REPORTS]
    as_objects = [Report(t) for t in REPORTS]
    as_tuples = [Record(t, "A title", None) for t in REPORTS]
    for documents in (as_dicts, as_objects, as_tuples, tuple(REPORTS), iter(REPORTS)):
        assert summarizer.summarize_cluster(documents) == plain


def test_dates_order_the_summary():
    summarizer = salient.Summarizer(language="en", sentences=3)
    dates = ["2024-03-06", "March 5, 2024", datetime.date(2024, 3, 4)]
    documents = [{"text": t, "date": d} for t, d in zip(REPORTS, dates)]
    summary = summarizer.summarize_cluster(documents)
    check(REPORTS, summary)
    order = [s.document for s in summary]
    # The latest report's sentences come last, the earliest's first.
    assert order == sorted(order, key=lambda d: [2, 1, 0].index(d))
    with_datetime = [Report(t, date=datetime.datetime(2024, 3, 6 - i, 9, 30))
                     for i, t in enumerate(REPORTS)]
    assert summarizer.summarize_cluster(with_datetime) == summary
    # Dates in no known form count as not given.
    unknown = [{"text": t, "date": "someday"} for t in REPORTS]
    assert summarizer.summarize_cluster(unknown) == summarizer.summarize_cluster(REPORTS)


def test_cluster_lengths_and_order():
    summarizer = salient.Summarizer(language="en", order="rank")
    assert len(summarizer.summarize_cluster(REPORTS, sentences=2)) == 2
    assert len(summarizer.summarize_cluster(REPORTS, ratio=0.5)) == 3
    ranked = summarizer.summarize_cluster(REPORTS, sentences=4)
    assert [s.rank for s in ranked] == sorted(s.rank for s in ranked)


def test_empty_clusters():
    summarizer = salient.Summarizer()
    assert len(summarizer.summarize_cluster([])) == 0
    assert len(summarizer.summarize_cluster(["", "  "])) == 0
    assert summarizer.score_cluster([]) == []


def test_the_same_cluster_gives_the_same_summary():
    summarizer = salient.Summarizer(sentences=3, redundancy=0.2)
    first = summarizer.summarize_cluster(REPORTS * 3)
    for _ in range(3):
        assert summarizer.summarize_cluster(REPORTS * 3) == first


@pytest.mark.parametrize(
    "documents, error, message",
    [
        ("one text", TypeError, "not a str: wrap one text in a list"),
        ([REPORTS[0], 3], TypeError, r"documents\[1\] is int without a text"),
        ([{"title": "No text"}], TypeError, r"documents\[0\] is dict without a text"),
        ([{"text": b"bytes"}], TypeError, r"documents\[0\].text is bytes, expected str"),
        ([REPORTS[0], {"text": "x", "title": 5}], TypeError, r"documents\[1\].title is int"),
        ([{"text": "x", "date": 20240304}], TypeError, r"documents\[0\].date is int"),
        ([{"text": "\ud800"}], ValueError, r"documents\[0\].text cannot be read as UTF-8"),
        (7, TypeError, "not iterable"),
    ],
)
def test_bad_documents_are_named(documents, error, message):
    with pytest.raises(error, match=message):
        salient.Summarizer().summarize_cluster(documents)
    with pytest.raises(error, match=message):
        salient.Summarizer().score_cluster(documents)

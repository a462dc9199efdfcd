"""Query-focused summaries: `query=` on summarize(), Summarizer.summarize/score and batches."""

import pytest

import salient
from conftest import NEWS, UNICODE, numbered_story

# Which sentence of NEWS answers which query (indices in document order).
ANSWERS = [("how much will it cost", 2), ("the view of the bay", 4), ("weather", 6)]


@pytest.mark.parametrize("query, answer", ANSWERS)
def test_the_sentence_that_answers_the_query_is_picked(query, answer):
    summarizer = salient.Summarizer(language="en", sentences=1)
    focused = summarizer.summarize(NEWS, query=query)
    assert [s.index for s in focused] == [answer]
    assert focused[0].breakdown.query > 0
    assert salient.summarize(NEWS, language="en", sentences=1, query=query) == focused
    # Without a query, the lead.
    assert [s.index for s in summarizer.summarize(NEWS)] == [0]


def test_score_with_a_query_ranks_the_answer_first():
    summarizer = salient.Summarizer(language="en")
    scored = summarizer.score(NEWS, query="weather")
    assert [s.index for s in scored] == list(range(7))
    best = min(scored, key=lambda s: s.rank)
    assert best.index == 6
    assert best.breakdown.query == max(s.breakdown.query for s in scored)
    for s in scored:
        assert s.breakdown.total() == pytest.approx(s.score, rel=1e-5, abs=1e-6)
        assert s.breakdown.to_dict()["query"] == s.breakdown.query
    assert all(s.breakdown.query == 0 for s in summarizer.score(NEWS))


def test_a_query_the_text_never_uses_gives_the_plain_summary():
    summarizer = salient.Summarizer(language="en", sentences=2)
    plain = summarizer.summarize(NEWS)
    for query in ["", "zebra giraffe", "   "]:
        assert summarizer.summarize(NEWS, query=query) == plain
    assert summarizer.summarize(NEWS, query=None) == plain


def test_the_query_weight_is_query_weight():
    weights = salient.default_weights()
    assert weights["query_weight"] == 3.0
    assert "query" not in weights
    off = salient.summarize(NEWS, language="en", sentences=1, query="weather", query_weight=0.0)
    assert [s.index for s in off] == [0]
    assert repr(salient.Summarizer(query_weight=1.5)).startswith("Summarizer(")
    with pytest.raises(salient.Error, match="invalid query weight -1"):
        salient.Summarizer(query_weight=-1.0)


def test_a_query_biases_every_algorithm():
    for name in salient.ALGORITHMS:
        summary = salient.summarize(NEWS, language="en", sentences=1, algorithm=name,
                                    query="the view of the bay")
        assert len(summary) == 1, name
        assert NEWS[summary[0].start:summary[0].end] == summary[0].text


def test_batch_queries_one_for_all_or_one_per_text():
    texts = [NEWS, UNICODE, numbered_story(30), "", NEWS]
    summarizer = salient.Summarizer(language="en", sentences=1)
    assert summarizer.summarize_batch(texts, 2, query="weather") == [
        summarizer.summarize(text, query="weather") for text in texts
    ]
    queries = ["weather", None, "bridge number 3", "anything", "the view of the bay"]
    for given in (queries, tuple(queries)):
        batch = summarizer.summarize_batch(texts, 2, query=given)
        assert batch == [summarizer.summarize(t, query=q) for t, q in zip(texts, queries)]
    assert [s.index for s in batch[0]] == [6] and [s.index for s in batch[4]] == [4]
    # With per-text lengths too, on any number of threads.
    lengths = [1, 2, 3, 1, 2]
    results = [summarizer.summarize_batch(texts, threads, query=queries, sentences=lengths)
               for threads in [None, 1, 2, 4]]
    assert all(result == results[0] for result in results)
    assert results[0] == [summarizer.summarize(t, query=q, sentences=n)
                          for t, q, n in zip(texts, queries, lengths)]


def test_bad_queries_are_named():
    summarizer = salient.Summarizer()
    with pytest.raises(salient.Error, match="query has 2 values for 3 texts"):
        summarizer.summarize_batch([NEWS] * 3, query=["a", "b"])
    with pytest.raises(TypeError, match=r"query\[1\] must be a str or None, not int"):
        summarizer.summarize_batch([NEWS] * 2, query=["a", 3])
    with pytest.raises(TypeError, match="query must be a str"):
        summarizer.summarize_batch([NEWS], query=7)
    with pytest.raises(TypeError):
        summarizer.summarize(NEWS, query=7)
    with pytest.raises(TypeError):
        salient.summarize(NEWS, query=b"weather")
    with pytest.raises(TypeError):
        summarizer.score(NEWS, "weather")  # the query is keyword-only

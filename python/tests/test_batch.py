"""summarize_batch: equal to one-by-one, the same on any number of threads, bad records named."""

import threading

import pytest

import salient
from conftest import NEWS, UNICODE, numbered_story

TEXTS = [NEWS, UNICODE, "", numbered_story(40), numbered_story(3, "lake"), "One line only"] * 5


def test_batch_equals_one_by_one():
    summarizer = salient.Summarizer(sentences=2)
    batch = summarizer.summarize_batch(TEXTS)
    assert len(batch) == len(TEXTS)
    assert batch == [summarizer.summarize(text) for text in TEXTS]


@pytest.mark.parametrize("algorithm", ["default", "textrank", "lsa"])
def test_batch_is_the_same_on_any_number_of_threads(algorithm):
    summarizer = salient.Summarizer(language="en", algorithm=algorithm, sentences=3)
    results = [
        [s.to_dict() for s in summarizer.summarize_batch(TEXTS, threads)]
        for threads in [None, 1, 2, 3, 8]
    ]
    assert all(result == results[0] for result in results)


def test_batch_with_a_length_for_every_text():
    summarizer = salient.Summarizer(language="en")
    batch = summarizer.summarize_batch(TEXTS, 2, sentences=1)
    assert batch == [summarizer.summarize(text, sentences=1) for text in TEXTS]


def test_batch_with_a_length_per_text():
    summarizer = salient.Summarizer(language="en")
    budgets = [i % 4 for i in range(len(TEXTS))]
    for lengths in (budgets, tuple(budgets)):
        batch = summarizer.summarize_batch(TEXTS, 2, sentences=lengths)
        assert batch == [summarizer.summarize(t, sentences=k) for t, k in zip(TEXTS, budgets)]
    ratios = [0.5] * len(TEXTS)
    assert summarizer.summarize_batch(TEXTS, ratio=ratios) == summarizer.summarize_batch(
        TEXTS, ratio=0.5
    )


def test_per_text_lengths_are_checked_one_by_one():
    summarizer = salient.Summarizer(language="en")
    with pytest.raises(salient.Error, match="sentences has 2 values for 3 texts"):
        summarizer.summarize_batch([NEWS] * 3, sentences=[1, 2])
    with pytest.raises(salient.Error, match=r"invalid sentences\[1\] -2"):
        summarizer.summarize_batch([NEWS] * 3, sentences=[1, -2, 3])
    with pytest.raises(salient.Error, match="invalid ratio 2"):
        summarizer.summarize_batch([NEWS] * 2, ratio=[0.5, 2.0])
    with pytest.raises(TypeError, match=r"words\[0\] must be an int, not str"):
        summarizer.summarize_batch([NEWS], words=["many"])
    with pytest.raises(TypeError, match="sentences must be an int, not list"):
        summarizer.summarize(NEWS, sentences=[1])


def test_batch_takes_any_iterable_of_str():
    summarizer = salient.Summarizer(language="en")
    assert summarizer.summarize_batch(iter([NEWS, NEWS])) == summarizer.summarize_batch(
        (NEWS, NEWS)
    )
    assert summarizer.summarize_batch([]) == []


def test_a_bad_record_is_a_type_error_naming_its_index():
    summarizer = salient.Summarizer()
    with pytest.raises(TypeError, match=r"texts\[2\] is int, expected str"):
        summarizer.summarize_batch([NEWS, NEWS, 42, NEWS])
    with pytest.raises(TypeError, match=r"texts\[0\] is bytes, expected str"):
        summarizer.summarize_batch([b"bytes are not text"])
    with pytest.raises(TypeError, match="not a str"):
        summarizer.summarize_batch(NEWS)


def test_a_string_without_utf8_form_is_a_value_error_naming_its_index():
    with pytest.raises(ValueError, match=r"texts\[1\] cannot be read as UTF-8"):
        salient.Summarizer().summarize_batch([NEWS, "lone surrogate \ud800 here"])
    with pytest.raises(ValueError):
        salient.summarize("lone surrogate \ud800 here")


@pytest.mark.parametrize("threads", [0, -1, 10**6])
def test_bad_thread_counts_are_rejected(threads):
    with pytest.raises(ValueError, match="threads"):
        salient.Summarizer().summarize_batch([NEWS], threads)


def test_threads_must_be_an_int():
    with pytest.raises(TypeError, match="threads must be an int"):
        salient.Summarizer().summarize_batch([NEWS], 1.5)


def test_the_gil_is_released_so_python_threads_run_meanwhile():
    # While one thread summarises a large batch, another Python thread keeps counting.
    summarizer = salient.Summarizer(language="en")
    texts = [numbered_story(200)] * 200
    done = threading.Event()
    ticks = []

    def count():
        while not done.is_set():
            ticks.append(1)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        summaries = summarizer.summarize_batch(texts, 1)
    finally:
        done.set()
        counter.join()
    assert len(summaries) == len(texts)
    assert len(ticks) > 1000


def test_summarizers_are_shared_across_python_threads():
    summarizer = salient.Summarizer(language="en", sentences=2)
    expected = [summarizer.summarize(text) for text in TEXTS]
    results = [None] * 4

    def work(slot):
        results[slot] = [summarizer.summarize(text) for text in TEXTS]

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results)

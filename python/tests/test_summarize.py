"""summarize() and Summarizer: options, defaults, results."""

import inspect

import pytest

import salient
from conftest import NEWS, numbered_story


def test_defaults_give_three_sentences_in_document_order():
    summary = salient.summarize(NEWS)
    assert len(summary) == 3
    indices = [s.index for s in summary]
    assert indices == sorted(indices)
    assert summary.document_sentences == 7
    assert summary.language == "en"
    assert summary.language_source == "detected"


def test_the_lead_sentence_is_picked():
    summary = salient.summarize(NEWS, sentences=1, language="en")
    assert summary[0].index == 0
    assert summary[0].text == (
        "Harbour Town council approved a new flood barrier on Tuesday after a year of debate."
    )
    # The filler at the end ranks last.
    ranks = {s.index: s.rank for s in salient.Summarizer(language="en").score(NEWS)}
    assert ranks[6] == 6
    assert summary.language_source == "configured"


@pytest.mark.parametrize(
    "length, expected",
    [({"sentences": 2}, 2), ({"sentences": 0}, 0), ({"ratio": 0.5}, 4), ({"ratio": 0.0}, 0)],
)
def test_sentence_and_ratio_lengths(length, expected):
    assert len(salient.summarize(NEWS, language="en", **length)) == expected


def test_word_and_char_budgets_never_cut_a_sentence():
    summary = salient.summarize(NEWS, language="en", words=40)
    assert 1 <= len(summary)
    assert sum(len(s.text.split()) for s in summary) <= 40 or len(summary) == 1
    summary = salient.summarize(NEWS, language="en", chars=200)
    assert sum(len(s.text) for s in summary) <= 200 or len(summary) == 1


def test_rank_order_is_best_first():
    summary = salient.summarize(NEWS, language="en", sentences=4, order="rank")
    assert [s.rank for s in summary] == [0, 1, 2, 3]
    scores = [s.score for s in summary]
    assert scores == sorted(scores, reverse=True)


def test_every_algorithm_runs():
    for name in salient.ALGORITHMS:
        summary = salient.summarize(NEWS, language="en", sentences=2, algorithm=name)
        assert len(summary) == 2, name


def test_weights_change_the_scores():
    plain = salient.summarize(NEWS, language="en", sentences=7)
    no_lead = salient.summarize(NEWS, language="en", sentences=7, position=0.0)
    assert all(s.breakdown.position == 0.0 for s in no_lead)
    assert any(s.breakdown.position > 0.0 for s in plain)
    assert [s.score for s in plain] != [s.score for s in no_lead]


def test_default_weights_are_the_library_defaults():
    weights = salient.default_weights()
    assert weights["tfidf"] == 1.0
    assert weights["position"] == 0.4
    assert weights["title"] == 0.0
    # Passing the defaults explicitly changes nothing.
    assert salient.summarize(NEWS, language="en", **weights) == salient.summarize(
        NEWS, language="en"
    )


@pytest.mark.parametrize("sentences", [1, 7])
def test_breakdown_adds_up_to_the_score(sentences):
    for s in salient.summarize(NEWS, language="en", sentences=sentences):
        parts = s.breakdown
        total = (
            parts.tfidf + parts.frequency + parts.position + parts.length + parts.title
            + parts.coverage
        )
        assert total == pytest.approx(s.score, abs=1e-5)
        assert parts.total() == pytest.approx(s.score, abs=1e-5)
        assert set(parts.to_dict()) == {
            "tfidf", "frequency", "position", "length", "title", "query", "coverage",
            "speaker", "algorithm", "heading", "too_short",
        }


def test_summarizer_is_reusable_and_matches_summarize():
    summarizer = salient.Summarizer(language="en", sentences=2)
    for text in [NEWS, numbered_story(12), ""]:
        assert summarizer.summarize(text) == salient.summarize(text, language="en", sentences=2)


def test_a_length_per_call_replaces_the_summarizers():
    summarizer = salient.Summarizer(language="en", sentences=2)
    assert len(summarizer.summarize(NEWS, sentences=5)) == 5
    assert len(summarizer.summarize(NEWS)) == 2


def test_score_returns_every_sentence_with_its_rank():
    sentences = salient.Summarizer(language="en").score(NEWS)
    assert [s.index for s in sentences] == list(range(7))
    assert sorted(s.rank for s in sentences) == list(range(7))
    best = min(sentences, key=lambda s: s.rank)
    assert best.score == max(s.score for s in sentences)


def test_summary_protocols():
    summary = salient.summarize(NEWS, language="en")
    assert len(list(summary)) == len(summary) == len(summary.sentences)
    assert summary[-1] == summary.sentences[-1]
    assert len(summary[0:2]) == 2
    assert str(summary) == " ".join(s.text for s in summary)
    assert summary.join("\n") == "\n".join(s.text for s in summary)
    data = summary.to_dict()
    assert data["document_sentences"] == 7
    assert data["language"] == "en"
    assert [s["text"] for s in data["sentences"]] == [s.text for s in summary]
    assert set(data["sentences"][0]) == {
        "document", "index", "rank", "text", "score", "start", "end", "byte_start", "byte_end",
        "breakdown",
    }
    assert "Summary" in repr(summary) and "Sentence" in repr(summary[0])
    with pytest.raises(IndexError):
        summary[10]


def test_empty_and_blank_text_give_empty_summaries():
    for text in ["", "   \n\n\t "]:
        summary = salient.summarize(text)
        assert len(summary) == 0
        assert str(summary) == ""
        assert summary.document_sentences == 0


def test_languages_and_modes():
    french = (
        "Le conseil municipal a voté le nouveau budget lundi soir après un long débat. "
        "Le budget augmente les crédits des écoles de la ville de dix pour cent. "
        "Les élus de l'opposition ont critiqué le budget pendant des heures."
    )
    assert salient.summarize(french).language == "fr"
    assert salient.summarize(french, language="fr").language_source == "configured"
    neutral = salient.summarize("东京今天下雨。东京的地铁因为大雨停运，东京市民只能步行上班。猫在睡觉。",
                                language="neutral", sentences=1)
    assert neutral.language is None
    assert neutral[0].text == "东京的地铁因为大雨停运，东京市民只能步行上班。"
    assert salient.detect_language(french) == "fr"
    assert salient.detect_language("") is None
    assert "en" in salient.LANGUAGES and "de" in salient.LANGUAGES


def test_stemming_stopwords_and_min_words_are_accepted():
    for options in [{"stemming": False}, {"stopwords": False}, {"min_words": 0},
                    {"min_words": 100}, {"redundancy": 0.5}]:
        assert len(salient.summarize(NEWS, language="en", **options)) == 3


def test_summarize_and_summarizer_take_the_same_options():
    function = inspect.signature(salient.summarize).parameters
    constructor = inspect.signature(salient.Summarizer).parameters
    # The query belongs to a call, as `Summarizer.summarize(text, query=...)` takes it.
    assert list(function)[:2] == ["text", "query"]
    assert list(function)[2:] == list(constructor)
    for name in constructor:
        assert function[name].default == constructor[name].default, name


def test_package_doctest():
    import doctest

    failures, tried = doctest.testmod(salient)
    assert tried > 0 and failures == 0

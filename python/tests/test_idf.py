"""IdfModel: fit, save, load, merge, and use in a summariser."""

import pytest

import salient
from conftest import NEWS

CORPUS = [
    "Stocks fell sharply on Monday as traders sold bank shares.",
    "Stocks rose on Tuesday after the central bank held rates.",
    "The football match ended in a draw after extra time.",
    "Heavy rain flooded the harbour and closed the coast road.",
]


def test_fit_counts_documents_and_terms():
    model = salient.IdfModel.fit(CORPUS)
    assert model.documents == 4
    assert model.document_frequency("stock") == 2
    assert model.idf("draw") > model.idf("stock") >= 1.0
    assert (model.language, model.stemming, model.stopwords) == ("en", True, True)
    assert "4 documents" in repr(model)


def test_save_and_load_round_trip(tmp_path):
    model = salient.IdfModel.fit(CORPUS)
    path = tmp_path / "model.idf"
    model.save(path)
    assert path.read_text(encoding="utf-8").startswith("salient-idf 1\nlanguage en\n")
    assert salient.IdfModel.load(path) == model
    assert salient.IdfModel.load(str(path)) == model


def test_load_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        salient.IdfModel.load(tmp_path / "missing.idf")
    bad = tmp_path / "bad.idf"
    bad.write_text("not a model\n", encoding="utf-8")
    with pytest.raises(salient.Error, match="bad.idf"):
        salient.IdfModel.load(bad)


def test_merged_shards_equal_the_whole():
    whole = salient.IdfModel.fit(CORPUS)
    shard = salient.IdfModel.fit(CORPUS[:2])
    shard.merge(salient.IdfModel.fit(CORPUS[2:]))
    assert shard == whole


def test_merge_rejects_other_settings_and_leaves_the_model():
    model = salient.IdfModel.fit(CORPUS)
    german = salient.IdfModel.fit(["Hallo Welt, wie geht es?"], language="de")
    with pytest.raises(salient.Error, match="cannot merge"):
        model.merge(german)
    assert model == salient.IdfModel.fit(CORPUS)


def test_merging_a_model_into_itself_doubles_it():
    model = salient.IdfModel.fit(CORPUS)
    model.merge(model)
    assert model.documents == 8
    assert model.document_frequency("stock") == 4


def test_a_summarizer_keeps_the_model_it_was_built_with():
    model = salient.IdfModel.fit(CORPUS)
    summarizer = salient.Summarizer(language="en", idf_model=model, sentences=7)
    before = summarizer.summarize(NEWS)
    model.merge(salient.IdfModel.fit([NEWS] * 50))
    assert summarizer.summarize(NEWS) == before


def test_a_model_changes_the_scores_and_must_match_the_settings():
    model = salient.IdfModel.fit([NEWS] * 3 + CORPUS)
    with_model = salient.summarize(NEWS, language="en", idf_model=model, sentences=7)
    without = salient.summarize(NEWS, language="en", sentences=7)
    assert [s.score for s in with_model] != [s.score for s in without]
    with pytest.raises(salient.Error, match="IDF model fitted with"):
        salient.summarize(NEWS, language="en", stemming=False, idf_model=model)


def test_fit_with_a_summarizers_settings():
    summarizer = salient.Summarizer(language="en", stemming=False)
    model = summarizer.fit_idf(CORPUS)
    assert model.document_frequency("stocks") == 2
    assert not model.stemming
    salient.Summarizer(language="en", stemming=False, idf_model=model)


def test_fit_options_and_errors():
    neutral = salient.IdfModel.fit(CORPUS, language="neutral")
    assert not neutral.stemming and not neutral.stopwords
    assert salient.IdfModel.fit(CORPUS, language="english", stopwords=False).stopwords is False
    with pytest.raises(salient.Error, match="one language"):
        salient.IdfModel.fit(CORPUS, language="auto")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        salient.IdfModel.fit(["fine", None])

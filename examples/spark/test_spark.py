"""The Spark job (summarize_corpus.py) against the binary on one machine.

For each engine (the Python package in mapInPandas, the binary through RDD.pipe) and for 1, 2
and 8 partitions of the corpus, in Spark's local mode on two cores:

- the merged IDF model equals, byte for byte, the model `summarize --fit-idf` fits on the whole
  corpus on one machine;
- every record's answer equals the binary's on one machine with that model (`summarize --idf
  whole.idf --jsonl`): with the binary engine, the same line byte for byte, in input order;
  with the Python package, the same id and the same sentences (index, byte offsets, text, score,
  rank), in input order;
- so 1, 2 and 8 partitions give the same output.

The corpus is $SALIENT_SPARK_CORPUS (examples/spark/check.sh sets it: the BBC News set when
../shared/eval is there), else records generated here; the first test's output names it. The
binary is $SALIENT_SUMMARIZE, else target/release/examples/summarize.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import summarize_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PARTITIONS = [1, 2, 8]


@pytest.fixture(scope="module")
def binary() -> str:
    path = os.environ.get("SALIENT_SUMMARIZE", str(ROOT / "target/release/examples/summarize"))
    if not os.path.isfile(path):
        pytest.fail(f"no binary at {path}: cargo build --release --example summarize")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    given = os.environ.get("SALIENT_SPARK_CORPUS")
    if given:
        path = tmp_path_factory.mktemp("corpus") / "records.jsonl"
        # Only id and text: the records the job reads, whatever else the data set holds.
        with open(given, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
            for line in source:
                if line.strip():
                    record = json.loads(line)
                    out.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
        return path
    path = tmp_path_factory.mktemp("corpus") / "generated.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i, text in enumerate(generated_texts(600)):
            out.write(json.dumps({"id": f"generated-{i:04}", "text": text}) + "\n")
    return path


def generated_texts(count: int) -> list[str]:
    """`count` news-like articles from a fixed seed: a headline, paragraphs of sentences over
    a vocabulary of a few thousand words, numbers, abbreviations and some non-ASCII."""
    rng = random.Random(20)
    stems = ["market", "minister", "govern", "report", "compan", "share", "elect", "club",
             "player", "film", "music", "price", "bank", "growth", "court", "police", "school",
             "health", "energy", "phone", "network", "season", "champion", "budget", "café"]
    endings = ["", "s", "ed", "ing", "er", "ment", "ity", "ation", "al", "ly"]
    fillers = ["the", "a", "of", "to", "and", "in", "on", "for", "with", "said", "was", "has",
               "by", "at", "its", "from", "that", "is", "will", "be"]
    names = ["Mr. Smith", "Dr. Jones", "the U.S.", "Zoë", "Müller", "São Paulo"]

    def word() -> str:
        kind = rng.randrange(10)
        if kind < 4:
            return rng.choice(fillers)
        if kind == 4:
            return rng.choice(names)
        if kind == 5:
            return f"{rng.randrange(100)}.{rng.randrange(10)}"
        return rng.choice(stems) + rng.choice(endings) + "xyzq"[rng.randrange(4)] * rng.randrange(3)

    texts = []
    for _ in range(count):
        headline = " ".join(word().capitalize() for _ in range(5))
        paragraphs = []
        for _ in range(rng.randrange(3, 10)):
            sentences = []
            for _ in range(rng.randrange(1, 4)):
                words = [word() for _ in range(rng.randrange(6, 24))]
                sentences.append("The " + " ".join(words) + ".")
            paragraphs.append(" ".join(sentences))
        texts.append(headline + "\n\n" + "\n\n".join(paragraphs))
    return texts


@pytest.fixture(scope="module")
def one_machine(binary, corpus, tmp_path_factory):
    """The whole-corpus model and the binary's answers with it, on this machine."""
    directory = tmp_path_factory.mktemp("one-machine")
    model = directory / "whole.idf"
    subprocess.run([binary, "--fit-idf", str(model), "--jsonl", str(corpus)], check=True,
                   stdout=subprocess.DEVNULL)
    answers = subprocess.run([binary, "--idf", str(model), "--jsonl", str(corpus)], check=True,
                             stdout=subprocess.PIPE).stdout.decode("utf-8").splitlines()
    return model.read_bytes(), answers


@pytest.fixture(scope="module")
def spark():
    session = summarize_corpus.session("local[2]")
    yield session
    session.stop()


def test_the_corpus_is_named(corpus, one_machine):
    records = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())
    name = "the given corpus " + os.environ["SALIENT_SPARK_CORPUS"] if os.environ.get(
        "SALIENT_SPARK_CORPUS") else "a generated corpus"
    print(f"\nSpark test corpus: {name}, {records} records")
    assert len(one_machine[1]) == records


@pytest.mark.parametrize("partitions", PARTITIONS)
def test_binary_through_pipe_equals_one_machine(spark, corpus, binary, one_machine, partitions):
    answers, model = summarize_corpus.run(spark, str(corpus), "binary", partitions, binary)
    whole_model, expected = one_machine
    assert model == whole_model, "the merged model differs from the whole corpus's"
    lines = answers.collect()
    assert answers.getNumPartitions() == partitions
    assert len(lines) == len(expected)
    for i, (line, want) in enumerate(zip(lines, expected)):
        assert line == want, f"record {i}"


@pytest.mark.parametrize("partitions", PARTITIONS)
def test_python_package_in_map_in_pandas_equals_one_machine(
    spark, corpus, one_machine, partitions
):
    answers, model = summarize_corpus.run(spark, str(corpus), "python", partitions)
    whole_model, expected = one_machine
    assert model == whole_model, "the merged model differs from the whole corpus's"
    lines = answers.collect()
    assert answers.getNumPartitions() == partitions
    assert len(lines) == len(expected)
    for i, (line, want) in enumerate(zip(lines, expected)):
        assert same_summary(json.loads(line), json.loads(want)), f"record {i}: {line} != {want}"


def test_parquet_input_gives_the_same_answers(spark, corpus, one_machine, tmp_path):
    import pandas as pd

    records = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    parquet = tmp_path / "records.parquet"
    pd.DataFrame({"id": [r["id"] for r in records], "text": [r["text"] for r in records]}) \
        .to_parquet(parquet)
    answers, _ = summarize_corpus.run(spark, str(parquet), "python", 2)
    lines = answers.collect()
    assert len(lines) == len(one_machine[1])
    for line, want in zip(lines, one_machine[1]):
        assert same_summary(json.loads(line), json.loads(want))


def same_summary(python: dict, binary: dict) -> bool:
    """Whether the Python package's answer has the binary's id and sentences: every field the
    package writes equal (scores are the library's f32, both written in its shortest form)."""
    fields = ["index", "start", "end", "text", "score", "rank"]
    return python["id"] == binary["id"] and [
        {field: s[field] for field in fields} for s in python["sentences"]
    ] == [{field: s[field] for field in fields} for s in binary["sentences"]]

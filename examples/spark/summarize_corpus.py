"""Summarise a corpus with salient on Spark, in two passes.

1. Fit: each partition fits one corpus IDF model on its records' texts; the driver merges them
   (document frequencies add up, so the merged model is exactly the model of the whole corpus,
   whatever the partitioning) and saves it.
2. Summarise: the merged model goes to every worker, and every record is summarised with it.

Two engines run the same passes:

- ``python``: the ``salient`` Python package inside ``mapInPandas`` (Arrow batches of records,
  one summariser per worker process, the GIL released while Rust works);
- ``binary``: the ``summarize`` command-line binary through ``RDD.pipe``, one process per
  partition reading JSON Lines on standard input and writing one answer line per record.

Records are JSON Lines ``{"id", "text"}`` (other fields pass to the binary untouched) or a
Parquet file with ``id`` and ``text`` columns. The output is a directory of text files
(``part-00000``, ...) that, read in order, hold one JSON line per record in input order:
with the binary, exactly what ``summarize --idf MODEL --jsonl`` prints on one machine; with the
Python package, ``{"id", "sentences": [{"index", "start", "end", "text", "score", "rank"}]}``
with byte offsets, the same fields and values.

Usage (Spark in local mode on two cores; see the README's "Corpus scale" section)::

    python examples/spark/summarize_corpus.py news.jsonl out/ --engine binary \\
        --binary target/release/examples/summarize --partitions 8
    python examples/spark/summarize_corpus.py news.parquet out/ --engine python
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import shutil
import sys
import tempfile
from typing import Iterable, Iterator, List, Optional

from pyspark import RDD, SparkFiles
from pyspark.sql import SparkSession

# The summariser's settings on both engines: the binary's defaults (English, three sentences).
LANGUAGE = "en"
SENTENCES = 3


def read_records(spark: SparkSession, path: str, partitions: int) -> RDD:
    """The records of `path` as JSON lines, in input order, in exactly `partitions` partitions
    of consecutive records (so the partitions, read in order, give the input back in order)."""
    if path.endswith(".parquet") or os.path.isdir(path):
        rows = spark.read.parquet(path).select("id", "text").rdd
        lines = rows.map(
            lambda row: json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False)
        )
    else:
        # Blank lines have no answer from the binary either.
        lines = spark.sparkContext.textFile(path).filter(lambda line: line.strip() != "")
    indexed = lines.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
    count = indexed.count()
    # Consecutive ranges of the input, one per partition, each kept in input order.
    return indexed.repartitionAndSortWithinPartitions(
        partitions, lambda index: index * partitions // max(count, 1)
    ).values()


# ---------------------------------------------------------------------------------------------
# Pass 1: one model per partition, merged on the driver. Models travel as the bytes of the
# library's text format (what `IdfModel.save` and `summarize --fit-idf` write).


def model_bytes(model) -> bytes:
    """The saved form of a `salient.IdfModel`."""
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "model.idf")
        model.save(path)
        with open(path, "rb") as file:
            return file.read()


def load_model(data: bytes):
    """A `salient.IdfModel` from its saved form."""
    import salient

    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "model.idf")
        with open(path, "wb") as file:
            file.write(data)
        return salient.IdfModel.load(path)


def record_text(line: str) -> str:
    """The text of a JSON line record; a record without a string `text` stops the job, as it
    stops `summarize --fit-idf`."""
    text = json.loads(line).get("text")
    if not isinstance(text, str):
        raise ValueError(f'record without a string "text": {line[:200]}')
    return text


def fit_python(spark: SparkSession, records: RDD) -> bytes:
    """Pass 1 with the Python package: `mapInPandas` fits one model per partition."""

    def fit_partition(batches: Iterator) -> Iterator:
        import pandas as pd
        import salient

        model = salient.IdfModel.fit([], language=LANGUAGE)
        for batch in batches:
            texts = [record_text(line) for line in batch["line"]]
            model.merge(salient.IdfModel.fit(texts, language=LANGUAGE))
        yield pd.DataFrame({"model": [model_bytes(model)]})

    frame = spark.createDataFrame(records.map(lambda line: (line,)), "line string")
    parts = frame.mapInPandas(fit_partition, "model binary").collect()
    import salient

    merged = salient.IdfModel.fit([], language=LANGUAGE)
    for part in parts:
        merged.merge(load_model(bytes(part["model"])))
    return model_bytes(merged)


def fit_binary(records: RDD, binary: str, merge_directory: str) -> bytes:
    """Pass 1 with the binary: each partition is piped through `--fit-idf`, which writes its
    model to a temporary file that is then printed; the driver merges with `--merge-idf`."""
    command = (
        'cd "${SALIENT_FILES:-.}" && model=$(mktemp) && ./summarize --fit-idf "$model" --jsonl '
        + f"--threads 1 --lang {LANGUAGE}"
        + ' > /dev/null && cat "$model"; status=$?; rm -f "$model"; exit $status'
    )
    sc = records.context
    fitted = records.pipe(shlex.join(["sh", "-c", command]), env=files_env(sc), checkCode=True)
    # One list of model lines per partition.
    parts: List[List[str]] = fitted.glom().collect()
    paths = []
    for i, lines in enumerate(parts):
        path = os.path.join(merge_directory, f"part-{i:05}.idf")
        with open(path, "w", encoding="utf-8") as file:
            file.write("".join(line + "\n" for line in lines))
        paths.append(path)
    merged = os.path.join(merge_directory, "merged.idf")
    run_binary(binary, ["--merge-idf", merged, *paths])
    with open(merged, "rb") as file:
        return file.read()


def files_env(sc) -> dict:
    """The environment of the piped commands: where the files added with `addFile` are. On a
    cluster they land in each executor's working directory, where the command runs, and
    `SALIENT_FILES` is left unset; in local mode they stay in the driver's directory for them."""
    if sc.master.startswith("local"):
        return {"SALIENT_FILES": SparkFiles.getRootDirectory()}
    return {}


def run_binary(binary: str, args: List[str]) -> None:
    """Runs the binary on the driver, failing with its message."""
    import subprocess

    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{binary} {' '.join(args)}: {done.stderr.strip()}")


# ---------------------------------------------------------------------------------------------
# Pass 2: every record summarised with the merged model.

# One summariser per Python worker process (workers are reused across tasks), built on first
# use from the broadcast model, and the digest of the model it was built with.
_SUMMARIZER = None
_SUMMARIZER_MODEL: Optional[str] = None


def summarizer_for(model, digest: str) -> object:
    """The worker's summariser for the broadcast `model`, whose bytes have SHA-256 `digest`."""
    global _SUMMARIZER, _SUMMARIZER_MODEL
    if _SUMMARIZER is None or _SUMMARIZER_MODEL != digest:
        import salient

        _SUMMARIZER = salient.Summarizer(
            language=LANGUAGE, sentences=SENTENCES, idf_model=load_model(model.value)
        )
        _SUMMARIZER_MODEL = digest
    return _SUMMARIZER


def answer(summarizer, line: str) -> str:
    """The JSON line for one record, from the Python package."""
    record = json.loads(line)
    summary = summarizer.summarize(record_text(line))
    sentences = [
        {
            "index": s.index,
            "start": s.byte_start,
            "end": s.byte_end,
            "text": s.text,
            "score": s.score,
            "rank": s.rank,
        }
        for s in summary
    ]
    return json.dumps(
        {"id": record.get("id"), "sentences": sentences},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def summarize_python(spark: SparkSession, records: RDD, model: bytes) -> RDD:
    """Pass 2 with the Python package, in `mapInPandas`."""
    broadcast = spark.sparkContext.broadcast(model)
    digest = hashlib.sha256(model).hexdigest()

    def summarize_batches(batches: Iterator) -> Iterator:
        import pandas as pd

        summarizer = summarizer_for(broadcast, digest)
        for batch in batches:
            yield pd.DataFrame({"line": [answer(summarizer, line) for line in batch["line"]]})

    frame = spark.createDataFrame(records.map(lambda line: (line,)), "line string")
    # mapInPandas keeps each partition's rows in order and the partitions as they were.
    return frame.mapInPandas(summarize_batches, "line string").rdd.map(lambda row: row["line"])


def summarize_binary(spark: SparkSession, records: RDD, model: bytes, directory: str) -> RDD:
    """Pass 2 with the binary: each partition piped through `summarize --idf MODEL
    --jsonl --threads 1` (one process per task slot), the model shipped to the workers with
    `addFile`."""
    # Named by its content: Spark refuses a second file of one name with other content.
    name = f"merged-{hashlib.sha256(model).hexdigest()[:16]}.idf"
    path = os.path.join(directory, name)
    with open(path, "wb") as file:
        file.write(model)
    spark.sparkContext.addFile(path)
    command = f'cd "${{SALIENT_FILES:-.}}" && exec ./summarize --idf {name} --jsonl --threads 1'
    return records.pipe(
        shlex.join(["sh", "-c", command]), env=files_env(spark.sparkContext), checkCode=True
    )


# ---------------------------------------------------------------------------------------------


def run(
    spark: SparkSession,
    input_path: str,
    engine: str,
    partitions: int,
    binary: Optional[str] = None,
) -> tuple[RDD, bytes]:
    """Both passes over `input_path`: the answers (one JSON line per record, in input order
    across the partitions) and the merged model's saved bytes."""
    records = read_records(spark, input_path, partitions).cache()
    work = tempfile.mkdtemp(prefix="salient-spark-")
    if engine == "python":
        # The workers import this module for the functions they run (when it is imported
        # rather than run as a script).
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
        model = fit_python(spark, records)
        return summarize_python(spark, records, model), model
    if binary is None:
        raise ValueError("--engine binary needs --binary PATH")
    ship_binary(spark, binary, work)
    model = fit_binary(records, binary, work)
    return summarize_binary(spark, records, model, work), model


def ship_binary(spark: SparkSession, binary: str, directory: str) -> None:
    """Sends `binary` to every worker as ./summarize, once per session."""
    sc = spark.sparkContext
    if getattr(sc, "_salient_binary", None) == binary:
        return
    # A copy named summarize (`addFile` would name a symbolic link's target).
    shipped = os.path.join(directory, "summarize")
    shutil.copy2(binary, shipped)
    sc.addFile(shipped)
    sc._salient_binary = binary


def session(master: str = "local[2]") -> SparkSession:
    """A Spark session (local mode on two cores by default), quiet, with Arrow for
    `mapInPandas`."""
    # The workers run this Python (which has salient, pandas and PyArrow) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # One core per task, as Spark counts them: `IdfModel.fit` would otherwise spread over every
    # core of the machine from each task. Workers inherit the driver's environment in local
    # mode, and executors are given it on a cluster.
    os.environ.setdefault("RAYON_NUM_THREADS", "1")
    spark = (
        SparkSession.builder.master(master)
        .appName("salient")
        .config("spark.executorEnv.RAYON_NUM_THREADS", "1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main(argv: Optional[Iterable[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines {id, text} or Parquet with id and text")
    parser.add_argument("output", help="directory for the answers (part-00000, ...)")
    parser.add_argument("--engine", choices=["python", "binary"], default="python")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--binary", help="the summarize binary (for --engine binary)")
    parser.add_argument("--model", help="where to save the merged IDF model")
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args(None if argv is None else list(argv))

    spark = session(args.master)
    try:
        answers, model = run(spark, args.input, args.engine, args.partitions, args.binary)
        answers.saveAsTextFile(args.output)
        model_path = args.model or os.path.join(args.output, "merged.idf")
        with open(model_path, "wb") as file:
            file.write(model)
        print(f"{args.output}: answers; {model_path}: the merged IDF model")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()

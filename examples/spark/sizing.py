"""Times the two passes of summarize_corpus.py, for the README's sizing section.

For each engine and partition count: the seconds of pass 1 (fit per partition and merge) and
pass 2 (summarise every record), and records per second of each. The corpus is read and
cached, and each engine runs once untimed (starting Python workers, importing packages),
before the clock starts.

    python examples/spark/sizing.py CORPUS.jsonl --binary target/release/examples/summarize \\
        [--master local[2]] [--partitions 2 8] [--repeat 4]

`--repeat N` makes the corpus N times longer (the same records, new ids), to see how the passes
scale with its size rather than with Spark's fixed costs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import summarize_corpus as job  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, nargs="+", default=[2, 8])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="salient-sizing-")
    corpus = os.path.join(work, "corpus.jsonl")
    with open(args.corpus, encoding="utf-8") as source:
        records = [json.loads(line) for line in source if line.strip()]
    with open(corpus, "w", encoding="utf-8") as out:
        for copy in range(args.repeat):
            for record in records:
                out.write(json.dumps({"id": f"{copy}-{record['id']}", "text": record["text"]}))
                out.write("\n")
    count = len(records) * args.repeat
    megabytes = os.path.getsize(corpus) / 1e6

    spark = job.session(args.master)
    spark.sparkContext.addPyFile(job.__file__)
    job.ship_binary(spark, args.binary, work)
    print(f"{count} records, {megabytes:.1f} MB, master {args.master}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print("engine  partitions  fit s  fit records/s  summarise s  summarise records/s")
    # One untimed run of each engine first: it starts the Python workers and imports packages.
    warm_up = [(engine, min(args.partitions), False) for engine in ["binary", "python"]]
    timed = [(engine, n, True) for engine in ["binary", "python"] for n in args.partitions]
    for engine, partitions, report in warm_up + timed:
        records_rdd = job.read_records(spark, corpus, partitions).cache()
        records_rdd.count()
        started = time.perf_counter()
        if engine == "python":
            model = job.fit_python(spark, records_rdd)
        else:
            model = job.fit_binary(records_rdd, args.binary, work)
        fitted = time.perf_counter()
        if engine == "python":
            answers = job.summarize_python(spark, records_rdd, model)
        else:
            answers = job.summarize_binary(spark, records_rdd, model, work)
        answered = answers.count()
        done = time.perf_counter()
        assert answered == count
        if report:
            print(f"{engine:7} {partitions:10} {fitted - started:6.1f} "
                  f"{count / (fitted - started):14.0f} {done - fitted:12.1f} "
                  f"{count / (done - fitted):20.0f}")
        records_rdd.unpersist()
    spark.stop()


if __name__ == "__main__":
    main()

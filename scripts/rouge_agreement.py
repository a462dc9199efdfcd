#!/usr/bin/env python3
"""Score `evaluate rouge --output` summaries with Google's rouge-score and compare with ours.

The reference implementation is `rouge-score` (pip install rouge-score). It is run with the
conventions `evaluate rouge` uses: rouge1, rouge2 and rougeLsum, `use_stemmer=True` unless
`--no-stemming`, candidate and reference with one sentence per line.

The reference of each record is built from the data set: `summary_sentences` joined by newlines
when present. Otherwise the reference needs our sentence splitter, which this script does not
have, so it takes the `reference` field of the candidates file (the `summary` split by salient,
one sentence a line); with `--raw-summary` it uses `summary` unchanged instead.

Prints corpus means (F1 x 100) from rouge-score, and, when the candidates file carries our
per-document F1s (`rouge1`, `rouge2`, `rougeLsum`), our means, the difference and the largest
per-document difference.
"""

import argparse
import json
import sys

from rouge_score import rouge_scorer

TYPES = ("rouge1", "rouge2", "rougeLsum")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="data set JSONL (id, summary, summary_sentences?)")
    parser.add_argument("candidates", help="JSONL written by `evaluate rouge --output`")
    parser.add_argument("--no-stemming", action="store_true", help="use_stemmer=False")
    parser.add_argument(
        "--raw-summary",
        action="store_true",
        help="without summary_sentences, use `summary` as one line instead of the candidates' `reference`",
    )
    args = parser.parse_args()

    data = {record["id"]: record for record in read_jsonl(args.data)}
    candidates = read_jsonl(args.candidates)
    scorer = rouge_scorer.RougeScorer(list(TYPES), use_stemmer=not args.no_stemming)

    theirs = {t: [] for t in TYPES}
    ours = {t: [] for t in TYPES}
    sources = {"summary_sentences": 0, "candidates' reference": 0, "raw summary": 0}
    for candidate in candidates:
        record = data.get(candidate["id"])
        if record is None:
            sys.exit(f"id {candidate['id']!r} is not in {args.data}")
        if record.get("summary_sentences") is not None:
            reference = "\n".join(record["summary_sentences"])
            sources["summary_sentences"] += 1
        elif not args.raw_summary and "reference" in candidate:
            reference = candidate["reference"]
            sources["candidates' reference"] += 1
        else:
            reference = record["summary"]
            sources["raw summary"] += 1
        # rouge-score takes the reference (target) first.
        scores = scorer.score(reference, candidate["summary"])
        for t in TYPES:
            theirs[t].append(scores[t].fmeasure)
            if t in candidate:
                ours[t].append(candidate[t])

    n = len(candidates)
    if n == 0:
        sys.exit("no candidates")
    print(f"{args.candidates}: {n} documents; references from "
          + ", ".join(f"{k}: {v}" for k, v in sources.items() if v))
    compare = all(len(ours[t]) == n for t in TYPES)
    header = f"{'':<10} {'rouge-score':>12}"
    if compare:
        header += f" {'salient':>9} {'diff':>8} {'max doc diff':>13}"
    print(header + "   (F1 x 100, corpus mean)")
    for t in TYPES:
        mean_theirs = 100 * sum(theirs[t]) / n
        line = f"{t:<10} {mean_theirs:>12.4f}"
        if compare:
            mean_ours = 100 * sum(ours[t]) / n
            worst = max(abs(a - b) for a, b in zip(theirs[t], ours[t]))
            line += f" {mean_ours:>9.4f} {mean_ours - mean_theirs:>+8.4f} {100 * worst:>13.2e}"
        print(line)


if __name__ == "__main__":
    main()

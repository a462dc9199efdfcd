#!/usr/bin/env python3
"""Score `evaluate rouge --output` summaries with Google's rouge-score and compare with ours.

The reference implementation is `rouge-score` (pip install rouge-score). It is given the tokens
of each record's ROUGE convention (the `convention` field `evaluate rouge --output` writes; see
`salient::eval`):

- `english` and `rouge-score-ascii`: rouge-score's own tokenizer, `use_stemmer=True` unless
  `--no-stemming`;
- `unicode`: lower-cased `[^\\W_]+` runs with every Han, Hiragana and Katakana character a token
  of its own, no stemming (`UnicodeTokenizer` below, the same ranges as
  `src/eval/tokenize.rs`).

rouge1, rouge2 and rougeLsum F1 of each summary (one sentence a line) are computed against the
references exactly as `evaluate` scored them (its `references` field, one sentence a line), with
`score_multi` (per metric, the best reference) when there are several. The data set is read
only to check that a reference given sentence by sentence (`summary_sentences`) was scored as
such.

Prints corpus means (F1 x 100) from rouge-score, ours (from the per-document F1s of the
candidates file), the difference and the largest per-document difference.
"""

import argparse
import json
import re
import sys

from rouge_score import rouge_scorer

TYPES = ("rouge1", "rouge2", "rougeLsum")

WORD = re.compile(r"[^\W_]+")
HAN_KANA = re.compile(
    "[\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U0001b000-\U0001b16f\U00020000-\U0002fa1f"
    "\U00030000-\U000323af]"
)


class UnicodeTokenizer:
    """The `unicode` convention: lower-cased letter/digit runs, Han and Kana one per character."""

    def tokenize(self, text):
        tokens = []
        for run in WORD.findall(text.lower()):
            start = 0
            for match in HAN_KANA.finditer(run):
                if match.start() > start:
                    tokens.append(run[start:match.start()])
                tokens.append(match.group())
                start = match.end()
            if start < len(run):
                tokens.append(run[start:])
        return tokens


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="data set JSONL (id, summary, summary_sentences?)")
    parser.add_argument("candidates", help="JSONL written by `evaluate rouge --output`")
    parser.add_argument("--no-stemming", action="store_true", help="use_stemmer=False")
    args = parser.parse_args()

    data = {record["id"]: record for record in read_jsonl(args.data)}
    candidates = read_jsonl(args.candidates)
    scorers = {
        "english": rouge_scorer.RougeScorer(list(TYPES), use_stemmer=not args.no_stemming),
        "unicode": rouge_scorer.RougeScorer(list(TYPES), tokenizer=UnicodeTokenizer()),
    }
    scorers["rouge-score-ascii"] = scorers["english"]

    theirs = {t: [] for t in TYPES}
    ours = {t: [] for t in TYPES}
    conventions = {}
    several = 0
    for candidate in candidates:
        record = data.get(candidate["id"])
        if record is None:
            sys.exit(f"id {candidate['id']!r} is not in {args.data}")
        convention = candidate.get("convention")
        if convention not in scorers:
            sys.exit(f"id {candidate['id']!r}: unknown convention {convention!r}; "
                     "write the file with a current `evaluate rouge --output`")
        conventions[convention] = conventions.get(convention, 0) + 1
        references = candidate["references"]
        if record.get("summary_sentences") is not None:
            if references[0] != "\n".join(record["summary_sentences"]):
                sys.exit(f"id {candidate['id']!r}: the first reference is not summary_sentences")
        scorer = scorers[convention]
        if len(references) > 1:
            several += 1
            scores = scorer.score_multi(references, candidate["summary"])
        else:
            # rouge-score takes the reference (target) first.
            scores = scorer.score(references[0], candidate["summary"])
        for t in TYPES:
            theirs[t].append(scores[t].fmeasure)
            ours[t].append(candidate[t])

    n = len(candidates)
    if n == 0:
        sys.exit("no candidates")
    print(f"{args.candidates}: {n} documents; conventions "
          + ", ".join(f"{k}: {v}" for k, v in sorted(conventions.items()))
          + f"; {several} with several references (max)")
    print(f"{'':<10} {'rouge-score':>12} {'salient':>9} {'diff':>8} {'max doc diff':>13}"
          "   (F1 x 100, corpus mean)")
    for t in TYPES:
        mean_theirs = 100 * sum(theirs[t]) / n
        mean_ours = 100 * sum(ours[t]) / n
        worst = max(abs(a - b) for a, b in zip(theirs[t], ours[t]))
        print(f"{t:<10} {mean_theirs:>12.4f} {mean_ours:>9.4f} {mean_ours - mean_theirs:>+8.4f}"
              f" {100 * worst:>13.2e}")


if __name__ == "__main__":
    main()

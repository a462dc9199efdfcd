#!/usr/bin/env python3
"""How fast and how good is salient from Python, beside sumy and summa, on BBC News?

One run, every system on the same documents at the same budget (k = the reference's sentence
count, as `evaluate rouge --match-reference` does), on one thread unless the row says otherwise:

- salient, one `Summarizer.summarize(text, sentences=k)` call per document;
- salient, one `Summarizer.summarize_batch(texts, 2, sentences=[k, ...])` call (a k per text);
- sumy 0.13's LexRank, TextRank and Luhn (English stemmer and stop words, its own tokenizer);
- summa's TextRank (its `summarize`, all sentences scored, the k best kept as summa keeps them);
- Lead-k (the first k sentences of salient's splitter), for ROUGE only.

Prints documents per second (wall clock, parsing and tokenising included for every system; for
salient's rows, whose runs are short, the median of --repeat runs), the process's CPU seconds
(all threads) and
ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 x 100 as Google's rouge-score computes them for English
(stemming on, one sentence a line), as a Markdown table.

sumy splits sentences with NLTK's Punkt, whose trained model (`punkt_tab`) is downloaded from
outside the package registries and cannot be fetched here. The script therefore trains Punkt
unsupervised (as Punkt is meant to be trained) on the texts being summarised, untimed, and
installs the result as NLTK's English `punkt_tab` model for this run, so sumy runs its own code
unchanged.

Needs: the `salient` package, sumy, summa, rouge-score (pip install sumy summa rouge-score).
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

# One thread for the libraries that sumy's LexRank and summa call (numpy, scipy), before they load.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import salient  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared/eval/bbc-news-summary/data.jsonl"


def reference_sentence_count(record):
    """k: the reference's listed sentences, or else the runs of . ! ? that end at white space or at
    the end; at least 1 (the rule of `evaluate rouge`)."""
    if record.get("summary_sentences") is not None:
        return max(1, len(record["summary_sentences"]))
    summary, count, i = record["summary"], 0, 0
    while i < len(summary):
        if summary[i] in ".!?":
            while i + 1 < len(summary) and summary[i + 1] in ".!?":
                i += 1
            if i + 1 == len(summary) or summary[i + 1].isspace():
                count += 1
        i += 1
    return max(1, count)


def reference_lines(record):
    """The reference, one sentence a line: its listed sentences, or salient's split of it."""
    if record.get("summary_sentences") is not None:
        return "\n".join(record["summary_sentences"])
    return "\n".join(s for s, _, _ in salient.split_sentences(record["summary"], language="en"))


def one_line(sentence):
    return " ".join(sentence.replace("\r", " ").split("\n")).strip()


def install_punkt(texts, root):
    """Trains Punkt on `texts` and installs it as NLTK's English punkt_tab model under `root`."""
    import nltk
    from nltk.tokenize.punkt import PunktTrainer, save_punkt_params

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train("\n\n".join(texts), finalize=True)
    staged = Path(save_punkt_params(trainer.get_params()))
    target = Path(root) / "tokenizers" / "punkt_tab" / "english"
    target.mkdir(parents=True)
    for file in staged.iterdir():
        (target / file.name).write_bytes(file.read_bytes())
    nltk.data.path.insert(0, str(root))


def sumy_system(name):
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer,
           "Luhn": LuhnSummarizer}[name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer("english")

    def run(text, k):
        document = PlaintextParser.from_string(text, tokenizer).document
        return [str(sentence) for sentence in summarizer(document, k)]

    return run


def summa_system():
    from summa import summarizer

    def run(text, k):
        # Every sentence with its score, in document order; summa keeps the best by a stable sort
        # on the score, then restores document order.
        scored = summarizer.summarize(text, ratio=1.0, scores=True)
        best = sorted(range(len(scored)), key=lambda i: scored[i][1], reverse=True)[:k]
        return [scored[i][0] for i in sorted(best)]

    return run


def median_of(repeat, measure):
    """The summaries of the first run and the median seconds of `repeat` runs: salient's runs take
    a fraction of a second, where a moment of load on a shared machine would decide one run."""
    runs = [measure() for _ in range(repeat)]
    return (runs[0][0], statistics.median(wall for _, wall, _ in runs),
            statistics.median(cpu for _, _, cpu in runs))


def timed_one_by_one(run, records, budgets):
    started, cpu = time.perf_counter(), time.process_time()
    summaries = [run(record["text"], k) for record, k in zip(records, budgets)]
    return summaries, time.perf_counter() - started, time.process_time() - cpu


def timed_batch(summarizer, records, budgets, threads):
    texts = [record["text"] for record in records]
    started, cpu = time.perf_counter(), time.process_time()
    batch = summarizer.summarize_batch(texts, threads, sentences=budgets)
    summaries = [[s.text for s in summary] for summary in batch]
    return summaries, time.perf_counter() - started, time.process_time() - cpu


def rouge(summaries, references):
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    for sentences, reference in zip(summaries, references):
        candidate = "\n".join(one_line(s) for s in sentences)
        scores = scorer.score(reference, candidate)
        for key in totals:
            totals[key] += scores[key].fmeasure
    return {key: 100 * value / len(summaries) for key, value in totals.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="BBC data.jsonl")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--skip", default="", help="comma-separated systems to leave out")
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs of each salient row, the median reported (default 5)")
    args = parser.parse_args()

    with open(args.data, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    records = records[: args.limit] if args.limit else records
    budgets = [reference_sentence_count(r) for r in records]
    references = [reference_lines(r) for r in records]
    skip = {name.strip() for name in args.skip.split(",") if name.strip()}
    n = len(records)
    print(f"{n} documents, k = reference sentences (mean {sum(budgets) / n:.2f}); "
          f"Python {platform.python_version()}, salient {salient.__version__}, "
          f"load average before {os.getloadavg()[0]:.2f}", file=sys.stderr)

    summarizer = salient.Summarizer(language="en")
    rows = []  # (system, docs/s or None, CPU seconds or None, summaries)

    def add(name, summaries, seconds=None, cpu=None):
        rows.append((name, None if seconds is None else n / seconds, cpu, summaries))
        speed = "" if seconds is None else f": {n / seconds:,.0f} documents/s, {cpu:.2f} CPU s"
        print(f"  {name}{speed}", file=sys.stderr)

    def salient_one(text, k):
        return [s.text for s in summarizer.summarize(text, sentences=k)]

    timed_one_by_one(salient_one, records[:50], budgets[:50])  # warm-up: caches, page faults
    add("salient, one call per document",
        *median_of(args.repeat, lambda: timed_one_by_one(salient_one, records, budgets)))
    add("salient, `summarize_batch`, 2 threads",
        *median_of(args.repeat, lambda: timed_batch(summarizer, records, budgets, 2)))

    with tempfile.TemporaryDirectory() as punkt_root:
        if not skip.issuperset({"LexRank", "TextRank", "Luhn"}):
            install_punkt([r["text"] for r in records], punkt_root)
        for name in ("LexRank", "TextRank", "Luhn"):
            if name not in skip:
                add(f"sumy {name}", *timed_one_by_one(sumy_system(name), records, budgets))
    if "summa" not in skip:
        add("summa TextRank", *timed_one_by_one(summa_system(), records, budgets))
    lead = [[s for s, _, _ in salient.split_sentences(r["text"], language="en")[:k]]
            for r, k in zip(records, budgets)]
    add("Lead-k", lead)

    sumy_speeds = [speed for name, speed, _, _ in rows if name.startswith("sumy") and speed]
    fastest_sumy = max(sumy_speeds) if sumy_speeds else None
    print(f"load average after {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print("| system | documents/s | × sumy's fastest | CPU s | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, speed, cpu, summaries in rows:
        scores = rouge(summaries, references)
        ratio = ""
        if speed and fastest_sumy:
            times = speed / fastest_sumy
            ratio = f"{times:,.0f}×" if times >= 10 else f"{times:.1f}×"
        speed = f"{speed:,.0f}" if speed else ""
        cpu = f"{cpu:.3f}" if cpu is not None else ""
        print(f"| {name} | {speed} | {ratio} | {cpu} | {scores['rouge1']:.2f} "
              f"| {scores['rouge2']:.2f} | {scores['rougeLsum']:.2f} |")


if __name__ == "__main__":
    main()

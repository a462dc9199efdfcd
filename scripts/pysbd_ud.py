"""Sentences of pySBD for every document of a `ud-sentences` file, as `{"id", "sentences"}`
records on standard output, for `evaluate ud GOLD --predictions FILE`.

Each document is split with pySBD's rules for its `lang`, or English's where pySBD has none
(as the data set's SOURCE.md baselines do). Run in a virtual environment with `pysbd==0.3.4`:

    python3 -m venv /tmp/pysbd && /tmp/pysbd/bin/pip install pysbd==0.3.4
    /tmp/pysbd/bin/python scripts/pysbd_ud.py ../shared/eval/ud-sentences/data.jsonl > /tmp/pysbd.jsonl
"""

import json
import sys

import pysbd
from pysbd.languages import LANGUAGE_CODES


def main(path):
    segmenters = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            lang = record["lang"] if record["lang"] in LANGUAGE_CODES else "en"
            if lang not in segmenters:
                segmenters[lang] = pysbd.Segmenter(language=lang, clean=False)
            sentences = [s.strip() for s in segmenters[lang].segment(record["text"])]
            out = {"id": record["id"], "sentences": [s for s in sentences if s]}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

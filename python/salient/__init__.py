"""Fast extractive text summarisation: the few sentences that matter, as exact slices of the input.

>>> import salient
>>> text = ("The council approved the new budget on Monday. The budget raises school "
...         "funding by 4%. Critics said the budget ignores roads. It rained.")
>>> summary = salient.summarize(text, sentences=1, language="en")
>>> [s.text for s in summary]
['The council approved the new budget on Monday.']
>>> s = summary[0]
>>> text[s.start:s.end] == s.text
True

>>> [s.text for s in salient.summarize(text, sentences=1, language="en", query="roads")]
['Critics said the budget ignores roads.']

Everything here is the Rust crate `salient`, compiled: `summarize()` and `Summarizer` (built
once, reused; `query=` focuses a summary on a question, `summarize_batch` runs in parallel
without the GIL, `summarize_cluster` makes one summary of several documents),
`keyphrases()`, `extract()` (clean text from a web page, Markdown, or PDF or mail text, mapped
back to the input), `split_sentences()`, `detect_language()` and `IdfModel` (corpus IDF: fit,
save, load, merge). Bad options raise `salient.Error`, a `ValueError` whose message names the
value.
"""

from salient._salient import (
    ALGORITHMS,
    FORMATS,
    LANGUAGES,
    Error,
    Extracted,
    IdfModel,
    Keyphrase,
    ScoreBreakdown,
    Sentence,
    Summarizer,
    Summary,
    __version__,
    default_weights,
    detect_language,
    extract,
    keyphrases,
    split_sentences,
    summarize,
)

__all__ = [
    "ALGORITHMS",
    "FORMATS",
    "LANGUAGES",
    "Error",
    "Extracted",
    "IdfModel",
    "Keyphrase",
    "ScoreBreakdown",
    "Sentence",
    "Summarizer",
    "Summary",
    "__version__",
    "default_weights",
    "detect_language",
    "extract",
    "keyphrases",
    "split_sentences",
    "summarize",
]

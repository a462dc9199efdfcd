"""Type stubs of the extension module `salient._salient` (the Rust crate, compiled with PyO3)."""

import os
from typing import (
    Iterable,
    Iterator,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    Union,
    final,
    overload,
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

__version__: str
LANGUAGES: list[str]
"""ISO 639-1 codes of every supported language (`language=` accepts them, their ISO 639-3 codes
and English names); those without a stemmer or stopwords are scored as in the neutral mode."""
ALGORITHMS: list[str]
"""Names `algorithm=` accepts: "default", "lead", "textrank", "lexrank", "luhn", ..."""
FORMATS: list[str]
"""Names `extract(format=)` accepts: "text", "html", "markdown", "auto"."""

class Error(ValueError):
    """A configuration value was rejected; the message names the value and the accepted range."""

@final
class ScoreBreakdown:
    """How a sentence's score was built: each number is one factor's weighted share."""

    @property
    def tfidf(self) -> float: ...
    @property
    def frequency(self) -> float: ...
    @property
    def position(self) -> float: ...
    @property
    def length(self) -> float: ...
    @property
    def title(self) -> float: ...
    @property
    def query(self) -> float: ...
    @property
    def coverage(self) -> float: ...
    @property
    def speaker(self) -> float: ...
    @property
    def algorithm(self) -> float: ...
    @property
    def heading(self) -> bool: ...
    @property
    def too_short(self) -> bool: ...
    def total(self) -> float: ...
    def to_dict(self) -> dict[str, Union[float, bool]]: ...

@final
class Sentence:
    """One sentence of a document: `text[s.start:s.end] == s.text` (character offsets).

    In a cluster's summary, `text` is the sentence's document: `documents[s.document]`.
    """

    @property
    def text(self) -> str: ...
    @property
    def document(self) -> int: ...
    @property
    def index(self) -> int: ...
    @property
    def rank(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def breakdown(self) -> ScoreBreakdown: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def pieces(self) -> list[tuple[int, int]]: ...
    @property
    def byte_pieces(self) -> list[tuple[int, int]]: ...
    def to_dict(self) -> dict[str, object]: ...

@final
class Summary:
    """The selected sentences of one document."""

    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def document_sentences(self) -> int: ...
    @property
    def language(self) -> Optional[str]: ...
    @property
    def language_source(self) -> str: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Sentence]: ...
    @overload
    def __getitem__(self, key: int, /) -> Sentence: ...
    @overload
    def __getitem__(self, key: slice, /) -> tuple[Sentence, ...]: ...
    def join(self, separator: str = " ") -> str: ...
    def to_dict(self) -> dict[str, object]: ...

@final
class Keyphrase:
    """A keyphrase: the phrase as written, its score, and the spans of every occurrence."""

    @property
    def text(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def spans(self) -> list[tuple[int, int]]:
        """`(start, end)` character offsets of every occurrence, in document order."""
    @property
    def byte_spans(self) -> list[tuple[int, int]]:
        """`(start, end)` UTF-8 byte offsets of every occurrence, in document order."""
    def to_dict(self) -> dict[str, object]: ...

@final
class Extracted:
    """Clean text extracted by `extract()`, with a map back to the input."""

    @property
    def text(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def headings(self) -> list[tuple[int, int]]:
        """`(start, end)` character offsets in `text` of the headings, in order."""
    @property
    def heading_byte_spans(self) -> list[tuple[int, int]]: ...
    def original_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The `(start, end)` character offsets of the input that `text[start:end]` came from."""
    def original_byte_spans(self, byte_start: int, byte_end: int) -> list[tuple[int, int]]:
        """`original_spans` in UTF-8 bytes of `text` and of the input."""

class _Document(Protocol):
    """A document of a cluster as an object: its `text`, and optionally `title` and `date`."""

    @property
    def text(self) -> str: ...

_ClusterDocument = Union[str, Mapping[str, object], _Document]
"""A document of a cluster: its text, or a mapping or object with `text` (a str), and
optionally `title` (a str) and `date` (a str such as "2024-03-04", or a `datetime.date`)."""

@final
class IdfModel:
    """Document frequencies of terms over a corpus, for `idf_model=`."""

    @classmethod
    def fit(
        cls,
        texts: Iterable[str],
        *,
        language: str = "en",
        stemming: bool = True,
        stopwords: bool = True,
    ) -> "IdfModel": ...
    def save(self, path: Union[str, os.PathLike[str]]) -> None: ...
    @classmethod
    def load(cls, path: Union[str, os.PathLike[str]]) -> "IdfModel": ...
    def merge(self, other: "IdfModel") -> None: ...
    @property
    def documents(self) -> int: ...
    @property
    def terms(self) -> int: ...
    @property
    def language(self) -> str: ...
    @property
    def stemming(self) -> bool: ...
    @property
    def stopwords(self) -> bool: ...
    def document_frequency(self, term: str) -> int: ...
    def idf(self, term: str) -> float: ...

@final
class Summarizer:
    """A summariser built once from the options of `summarize()` and reused."""

    def __new__(
        cls,
        *,
        sentences: Optional[int] = None,
        ratio: Optional[float] = None,
        words: Optional[int] = None,
        chars: Optional[int] = None,
        language: str = "auto",
        algorithm: str = "default",
        order: str = "document",
        redundancy: Optional[float] = None,
        min_words: Optional[int] = None,
        stemming: bool = True,
        stopwords: bool = True,
        units: str = "auto",
        format: Optional[str] = None,
        idf_model: Optional[IdfModel] = None,
        **weights: float,
    ) -> "Summarizer": ...
    def summarize(
        self,
        text: str,
        *,
        query: Optional[str] = None,
        sentences: Optional[int] = None,
        ratio: Optional[float] = None,
        words: Optional[int] = None,
        chars: Optional[int] = None,
    ) -> Summary: ...
    def score(self, text: str, *, query: Optional[str] = None) -> list[Sentence]: ...
    def summarize_cluster(
        self,
        documents: Iterable[_ClusterDocument],
        *,
        sentences: Optional[int] = None,
        ratio: Optional[float] = None,
        words: Optional[int] = None,
        chars: Optional[int] = None,
    ) -> Summary: ...
    def score_cluster(self, documents: Iterable[_ClusterDocument]) -> list[Sentence]: ...
    def keyphrases(self, text: str, n: int = 10) -> list[Keyphrase]: ...
    def summarize_batch(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        *,
        query: Union[str, Sequence[Optional[str]], None] = None,
        sentences: Union[int, Sequence[int], None] = None,
        ratio: Union[float, Sequence[float], None] = None,
        words: Union[int, Sequence[int], None] = None,
        chars: Union[int, Sequence[int], None] = None,
    ) -> list[Summary]: ...
    def fit_idf(self, texts: Iterable[str]) -> IdfModel: ...

def summarize(
    text: str,
    *,
    query: Optional[str] = None,
    sentences: Optional[int] = None,
    ratio: Optional[float] = None,
    words: Optional[int] = None,
    chars: Optional[int] = None,
    language: str = "auto",
    algorithm: str = "default",
    order: str = "document",
    redundancy: Optional[float] = None,
    min_words: Optional[int] = None,
    stemming: bool = True,
    stopwords: bool = True,
    units: str = "auto",
    format: Optional[str] = None,
    idf_model: Optional[IdfModel] = None,
    **weights: float,
) -> Summary:
    """Summarises `text`: the few sentences that matter, as exact slices of it."""

def keyphrases(
    text: str,
    n: int = 10,
    *,
    language: str = "auto",
    stemming: bool = True,
    stopwords: bool = True,
    idf_model: Optional[IdfModel] = None,
) -> list[Keyphrase]:
    """The `n` best keyphrases of `text`, best first."""

def extract(text: str, format: str = "auto") -> Extracted:
    """Clean text from a web page, Markdown, or PDF or mail text, with a map back to `text`."""

def split_sentences(text: str, language: str = "auto") -> list[tuple[str, int, int]]:
    """The sentences of `text` as `(sentence, start, end)` character-offset triples."""

def detect_language(text: str) -> Optional[str]:
    """The code of the language detected in `text`, or None."""

def default_weights() -> dict[str, float]:
    """The names and defaults of the default scorer's weights."""

//! The result of summarising: sentences borrowed from the input, with where they came from and
//! why they were picked.

use std::borrow::Cow;

use crate::combine::breakdown::ScoreBreakdown;
use crate::language::Language;
use crate::span::Span;

/// Where the language a document was analysed with came from; see [`Summary::language`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum LanguageSource {
    /// Set on the builder: a [`Language`], or the language-neutral mode
    /// ([`SummarizerBuilder::neutral`](crate::SummarizerBuilder::neutral)).
    #[default]
    Configured,
    /// Detected from the document itself
    /// ([`SummarizerBuilder::detect_language`](crate::SummarizerBuilder::detect_language)).
    Detected,
    /// Detection was on but found no reliable [`Language`], so the document was analysed in the
    /// language-neutral mode.
    Fallback,
}

/// One sentence of a document, as an exact slice of the input.
///
/// `&input[sentence.span.range()] == sentence.text` always holds for the sentences of a
/// [`Summarizer`](crate::Summarizer) reading plain text: the text is borrowed from the input,
/// never copied. With an input [`Format`](crate::Format) (a web page, Markdown), `text` is the
/// clean text and [`pieces`](Self::pieces) are the spans of the input it came from.
/// [`into_owned`](Self::into_owned) makes a sentence that outlives the input.
///
/// With the `serde` feature a sentence serialises as `{"document", "index", "start", "end",
/// "text", "score", "rank", "breakdown"}`; deserialising borrows the text from the input where the
/// format allows it (a JSON string without escapes) and copies it otherwise.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence<'t> {
    /// The document the sentence comes from: 0, or its index in a cluster
    /// ([`Summarizer::summarize_cluster`](crate::Summarizer::summarize_cluster)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub document: usize,
    /// 0-based position among the document's sentences (for a cluster: among all the
    /// cluster's sentences, document after document).
    pub index: usize,
    /// Byte range of `text` in the input (for a cluster: in the text of its `document`).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// The sentence text, trimmed of surrounding white space.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// For a summariser with an input [`Format`](crate::Format): the byte spans of the input
    /// that the sentence was read from, in order (several when it crosses markup, or a line
    /// end whose hyphenation was undone), and `span` covers them all. Empty for plain text,
    /// where `text` is exactly the input at `span`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub pieces: Vec<Span>,
    /// The sentence's score; higher is more salient. Always finite.
    pub score: f32,
    /// 0-based rank among all the document's sentences (0 = best score).
    pub rank: usize,
    /// How `score` was built.
    pub breakdown: ScoreBreakdown,
}

impl Sentence<'_> {
    /// The same sentence owning its text, so it can outlive the input.
    ///
    /// ```
    /// use salient::{Language, Sentence, Summarizer};
    ///
    /// let kept: Vec<Sentence<'static>> = {
    ///     let text = String::from("Rain fell in the north. Floods closed the roads.");
    ///     let summary = Summarizer::new(Language::English).summarize(&text);
    ///     summary.into_iter().map(Sentence::into_owned).collect()
    /// };
    /// assert_eq!(kept[0].text, "Rain fell in the north.");
    /// ```
    pub fn into_owned(self) -> Sentence<'static> {
        Sentence {
            document: self.document,
            index: self.index,
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            pieces: self.pieces,
            score: self.score,
            rank: self.rank,
            breakdown: self.breakdown,
        }
    }
}

/// A summary: the selected sentences of one document.
///
/// ```
/// use salient::{Language, Summarizer};
/// let text = "Rain fell in the north. Floods closed roads in the north. Fans cheered.";
/// let summary = Summarizer::new(Language::English).summarize(text);
/// assert_eq!(summary.document_sentences(), 3);
/// for sentence in summary.sentences() {
///     assert_eq!(&text[sentence.span.range()], sentence.text);
/// }
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Summary<'t> {
    #[cfg_attr(feature = "serde", serde(borrow))]
    sentences: Vec<Sentence<'t>>,
    document_sentences: usize,
    language: Option<Language>,
    language_source: LanguageSource,
}

impl<'t> Summary<'t> {
    pub(crate) fn new(
        sentences: Vec<Sentence<'t>>,
        document_sentences: usize,
        (language, language_source): (Option<Language>, LanguageSource),
    ) -> Summary<'t> {
        Summary {
            sentences,
            document_sentences,
            language,
            language_source,
        }
    }

    /// The language whose sentence rules (and stemmer and stopwords, where it has them) analysed
    /// the document, or `None`
    /// if it was analysed in the language-neutral mode (configured, or because detection
    /// failed: see [`language_source`](Self::language_source)).
    ///
    /// ```
    /// use salient::{Language, LanguageSource, Summarizer};
    /// let summary = Summarizer::new(Language::French).summarize("Il pleut. Il fait froid.");
    /// assert_eq!(summary.language(), Some(Language::French));
    /// assert_eq!(summary.language_source(), LanguageSource::Configured);
    /// ```
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// Whether [`language`](Self::language) was configured, detected, or the fallback of a
    /// failed detection.
    pub fn language_source(&self) -> LanguageSource {
        self.language_source
    }

    /// The selected sentences, in document order unless rank order was configured.
    pub fn sentences(&self) -> &[Sentence<'t>] {
        &self.sentences
    }

    /// The same summary owning its sentences' text, so it can outlive the input.
    pub fn into_owned(self) -> Summary<'static> {
        Summary {
            sentences: self
                .sentences
                .into_iter()
                .map(Sentence::into_owned)
                .collect(),
            document_sentences: self.document_sentences,
            language: self.language,
            language_source: self.language_source,
        }
    }

    /// The selected sentences, by value.
    pub fn into_sentences(self) -> Vec<Sentence<'t>> {
        self.sentences
    }

    /// Iterates over the selected sentences.
    pub fn iter(&self) -> std::slice::Iter<'_, Sentence<'t>> {
        self.sentences.iter()
    }

    /// Number of selected sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Whether no sentence was selected (empty input or a zero budget).
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// Number of sentences in the whole document.
    pub fn document_sentences(&self) -> usize {
        self.document_sentences
    }

    /// The selected sentences joined by `separator`.
    ///
    /// ```
    /// let summary = salient::Summarizer::new(salient::Language::English).summarize("One. Two.");
    /// assert_eq!(summary.join(" "), "One. Two.");
    /// ```
    pub fn join(&self, separator: &str) -> String {
        let mut out = String::new();
        for (i, sentence) in self.sentences.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            out.push_str(&sentence.text);
        }
        out
    }
}

impl<'s, 't> IntoIterator for &'s Summary<'t> {
    type Item = &'s Sentence<'t>;
    type IntoIter = std::slice::Iter<'s, Sentence<'t>>;

    fn into_iter(self) -> Self::IntoIter {
        self.sentences.iter()
    }
}

impl<'t> IntoIterator for Summary<'t> {
    type Item = Sentence<'t>;
    type IntoIter = std::vec::IntoIter<Sentence<'t>>;

    fn into_iter(self) -> Self::IntoIter {
        self.sentences.into_iter()
    }
}

//! Keyphrases of a text, with the summariser's language settings and corpus IDF.

use std::cell::RefCell;

use super::Summarizer;
use super::workspace::with_workspace;
use crate::extract::extract as extract_input;
use crate::keyphrase::{Keyphrase, Scratch, extract};
use crate::span::Span;

/// The keyphrase stage's buffers and the sentence spans, reused across documents like the
/// summariser's workspace.
#[derive(Default)]
struct Buffers {
    sentences: Vec<Span>,
    scratch: Scratch,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Summarizer {
    /// The `n` best keyphrases of `text`, best first: phrases as written in the text, each with
    /// its score and the byte spans of all its occurrences.
    ///
    /// Candidates are runs of content words inside a sentence, cut at stopwords, numbers and
    /// punctuation (no part-of-speech model), of at most four words; in English, more
    /// function words and cues for verbs (`we propose`, `yields a`) cut them closer to noun
    /// phrases. Occurrences with the same stems are one keyphrase, shown in its most frequent
    /// written form (ignoring case first; ties go to the first occurrence), and a phrase inside a better-ranked one (`network` after `neural
    /// network`) is left out. A phrase's score sums its terms' weights (square root of the
    /// frequency × IDF), times the square root of its own number of occurrences (inside
    /// longer runs too), times a bonus for occurring in the first sentences, and is halved for
    /// a single word.
    ///
    /// IDF comes from the [corpus model](super::SummarizerBuilder::idf_model) when it was
    /// fitted with this summariser's settings, else from the document's own sentences. The
    /// language is this summariser's, or the one detected in `text`
    /// ([`detect_language`](super::SummarizerBuilder::detect_language)); in the
    /// [language-neutral mode](super::SummarizerBuilder::neutral), with no stopwords to cut
    /// runs, every sequence of up to four words between punctuation is a candidate.
    ///
    /// Never fails and never panics; text without words gives no keyphrases. Equal scores
    /// rank by first occurrence, so the same input always gives the same output.
    ///
    /// ```
    /// use salient::{Language, Summarizer};
    ///
    /// let text = "Neural networks for image segmentation\n\n\
    ///             We train neural networks to segment medical images. \
    ///             Image segmentation with a neural network takes a second per image.";
    /// let keyphrases = Summarizer::new(Language::English).keyphrases(text, 3);
    /// assert_eq!(keyphrases[0].text, "Neural networks");
    /// assert_eq!(keyphrases[1].text, "image segmentation");
    /// assert_eq!(keyphrases[2].text, "medical images");
    /// // Every occurrence, in any case and inflection: "Neural networks", "neural networks",
    /// // "neural network".
    /// assert_eq!(keyphrases[0].spans.len(), 3);
    /// for keyphrase in &keyphrases {
    ///     assert!(keyphrase.spans.iter().any(|span| span.slice(text) == keyphrase.text));
    /// }
    /// ```
    ///
    /// With an input [`format`](super::SummarizerBuilder::format), keyphrases are found in the
    /// extracted text: `text` is the clean form, and each span covers the input bytes of one
    /// occurrence (markup inside it included).
    pub fn keyphrases<'t>(&self, text: &'t str, n: usize) -> Vec<Keyphrase<'t>> {
        let Some(format) = self.format else {
            return self.keyphrases_of(text, n);
        };
        let extracted = extract_input(text, format);
        self.keyphrases_of(extracted.text(), n)
            .into_iter()
            .map(|keyphrase| {
                let spans = keyphrase
                    .spans
                    .iter()
                    .filter_map(|&clean| {
                        let pieces = extracted.original_spans(clean);
                        Some(Span::new(pieces.first()?.start, pieces.last()?.end))
                    })
                    .collect();
                let mut keyphrase = keyphrase.into_owned();
                keyphrase.spans = spans;
                keyphrase
            })
            .collect()
    }

    /// [`keyphrases`](Self::keyphrases) of `text` as it is.
    fn keyphrases_of<'t>(&self, text: &'t str, n: usize) -> Vec<Keyphrase<'t>> {
        if n == 0 {
            return Vec::new();
        }
        with_workspace(|workspace| {
            let resolved = self.resolve(text);
            let mut lexicon = workspace.take_lexicon(resolved.analysis);
            lexicon.trim();
            let model = self.idf_model_for(&lexicon);
            let idf = model.map(|model| move |term: &str| model.idf(term));
            let idf = idf.as_ref().map(|idf| idf as &dyn Fn(&str) -> f32);
            let keyphrases = BUFFERS.with(|cell| {
                let mut fresh = Buffers::default();
                let mut borrowed = cell.try_borrow_mut();
                // A keyphrase call from inside another's callback gets buffers of its own.
                let Buffers { sentences, scratch } = match &mut borrowed {
                    Ok(buffers) => &mut **buffers,
                    Err(_) => &mut fresh,
                };
                sentences.clear();
                resolved.splitter.split_into(text, sentences);
                extract(text, sentences, &mut lexicon, idf, n, scratch)
            });
            workspace.give_back(lexicon);
            keyphrases
        })
    }
}

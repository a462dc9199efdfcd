//! One summary of several documents: a cluster of reports on one event, a page of search
//! results, a set of reviews.

use super::Summarizer;
use crate::select::chronology::{chronology, parse_date};
use crate::select::length::Length;
use crate::summary::{Sentence, Summary};

/// One document of a cluster: its text, and its title and date when known.
///
/// `From<&str>` makes a document of a bare text, so a cluster can be given as `&[&str]`.
///
/// ```
/// use salient::ClusterDocument;
///
/// let report = ClusterDocument::new("Floods closed the schools on Monday.")
///     .title("Floods close schools")
///     .date("2024-03-04");
/// assert_eq!(report.date, Some("2024-03-04"));
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClusterDocument<'t> {
    /// The document's text.
    pub text: &'t str,
    /// Its title, if it has one apart from the text; it is not scored and never part of the
    /// summary, as headings are not.
    pub title: Option<&'t str>,
    /// Its date, which orders the summary's sentences in time: ISO 8601 (`2005-01-08`),
    /// `08.01.2005`, or a month name with a day and a year (`January 8, 2005`,
    /// `8 janvier 2005`; English, French, German, Spanish, Italian and Portuguese names).
    /// Dates in other forms count as not given.
    pub date: Option<&'t str>,
}

impl<'t> ClusterDocument<'t> {
    /// A document of `text`, without title or date.
    pub fn new(text: &'t str) -> ClusterDocument<'t> {
        ClusterDocument {
            text,
            title: None,
            date: None,
        }
    }

    /// The document with `title`.
    pub fn title(self, title: &'t str) -> ClusterDocument<'t> {
        ClusterDocument {
            title: Some(title),
            ..self
        }
    }

    /// The document with `date`.
    pub fn date(self, date: &'t str) -> ClusterDocument<'t> {
        ClusterDocument {
            date: Some(date),
            ..self
        }
    }
}

impl<'t> From<&'t str> for ClusterDocument<'t> {
    fn from(text: &'t str) -> ClusterDocument<'t> {
        ClusterDocument::new(text)
    }
}

impl Summarizer {
    /// One summary of several documents about the same subject, with the configured length.
    ///
    /// The documents are analysed together, as one text whose sentences keep the document
    /// they come from ([`Sentence::document`]) and their span in it: term weights come from
    /// the whole cluster (or the corpus model), centrality is against the whole cluster, and
    /// the position prior gives each document a lead of its own. A fact that several
    /// documents report is taken once: redundancy control is on at
    /// [`CLUSTER_REDUNDANCY`](Self::CLUSTER_REDUNDANCY) unless configured higher, so the
    /// version that scores best (the most complete, the earliest in its document) stands for
    /// the others. In document order, sentences follow the documents' dates, where given and
    /// readable, then the order of the cluster; [`Order::Rank`](crate::Order::Rank) lists the
    /// best first. Language detection and transcript recognition look at the first non-empty
    /// document.
    ///
    /// Time and memory grow linearly with the cluster's size: a thousand documents of a
    /// thousand words each take a fraction of a second.
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    ///
    /// let reports = [
    ///     "Floods closed twelve schools in the valley on Monday. Officials said the schools \
    ///      would reopen on Thursday.",
    ///     "Twelve valley schools were closed by floods on Monday, officials said. The river \
    ///      rose two metres overnight after a week of rain.",
    /// ];
    /// let summarizer = Summarizer::builder().length(Length::sentences(2)).build()?;
    /// let summary = summarizer.summarize_cluster(&reports);
    /// assert_eq!(summary.len(), 2);
    /// for sentence in &summary {
    ///     assert_eq!(&reports[sentence.document][sentence.span.range()], sentence.text);
    /// }
    /// // The closure is reported once.
    /// let closures = summary.iter().filter(|s| s.text.contains("closed")).count();
    /// assert_eq!(closures, 1);
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn summarize_cluster<'t, D>(&self, documents: &[D]) -> Summary<'t>
    where
        D: Into<ClusterDocument<'t>> + Copy,
    {
        self.summarize_cluster_with(documents, self.length())
    }

    /// [`summarize_cluster`](Self::summarize_cluster) with `length` instead of the configured
    /// length.
    pub fn summarize_cluster_with<'t, D>(&self, documents: &[D], length: Length) -> Summary<'t>
    where
        D: Into<ClusterDocument<'t>> + Copy,
    {
        let documents: Vec<ClusterDocument<'t>> =
            documents.iter().map(|&document| document.into()).collect();
        let texts: Vec<&'t str> = documents.iter().map(|document| document.text).collect();
        let dates: Vec<_> = documents
            .iter()
            .map(|document| document.date.and_then(parse_date))
            .collect();
        let cluster = self.for_cluster();
        cluster.summarize_all(&texts, None, length, &chronology(&dates))
    }

    /// Every sentence of the cluster's documents with its score, rank and breakdown, document
    /// after document (see [`summarize_cluster`](Self::summarize_cluster)).
    pub fn score_cluster<'t, D>(&self, documents: &[D]) -> Vec<Sentence<'t>>
    where
        D: Into<ClusterDocument<'t>> + Copy,
    {
        let texts: Vec<&'t str> = documents.iter().map(|&d| d.into().text).collect();
        self.for_cluster().score_all(&texts, None)
    }

    /// The weight of redundancy control for clusters when the summariser's own is lower:
    /// documents on one event repeat each other's facts.
    pub const CLUSTER_REDUNDANCY: f32 = 0.7;

    /// This summariser with the redundancy control clusters need.
    fn for_cluster(&self) -> Summarizer {
        let mut cluster = self.clone();
        cluster.redundancy = cluster.redundancy.max(Summarizer::CLUSTER_REDUNDANCY);
        cluster
    }
}

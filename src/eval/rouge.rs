//! ROUGE-1, ROUGE-2 and ROUGE-Lsum with the conventions of Google's `rouge-score`.

use std::collections::HashMap;

use super::porter;
use super::scores::{Fmeasure, RougeScores};
use super::tokenize::{self, Tokens};

/// A ROUGE scorer: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of a candidate against a reference.
///
/// Get the scorer of a language's [convention](super#rouge-conventions) from
/// [`Rouge::for_language`] or [`Convention::rouge`](super::Convention::rouge).
/// [`Rouge::new`] is `rouge-score`'s own scorer (`RougeScorer(["rouge1", "rouge2",
/// "rougeLsum"], use_stemmer=..)`), with stemming off as there: text is lower-cased and tokens
/// are the runs of ASCII letters and digits; with [`stemming`](Rouge::stemming) on, tokens
/// longer than three characters are reduced with the Porter stemmer in the variant
/// `rouge-score` uses (NLTK's). ROUGE-Lsum reads each line of the candidate and the reference as
/// one sentence, so join summary sentences with `'\n'`.
///
/// ```
/// use salient::eval::Rouge;
///
/// let rouge = Rouge::for_language("en");
/// let scores = rouge.score(
///     "The cats sat on the mat.\nThey purred.",
///     "The cat was sitting on the mat.",
/// );
/// // Candidate: the cat sat on the mat they purr (8 tokens);
/// // reference: the cat was sit on the mat (7); 5 shared unigrams.
/// assert!((scores.rouge1.precision - 5.0 / 8.0).abs() < 1e-12);
/// assert!((scores.rouge1.recall - 5.0 / 7.0).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rouge {
    tokens: Tokens,
    stemming: bool,
}

impl Default for Rouge {
    /// [`Rouge::new`].
    fn default() -> Rouge {
        Rouge::new()
    }
}

impl Rouge {
    /// `rouge-score`'s scorer without stemming (its `use_stemmer=False`).
    pub fn new() -> Rouge {
        Rouge::with_tokens(Tokens::RougeScore)
    }

    /// The scorer of the convention for text in the language with code `code`:
    /// `Convention::for_language(code).rouge()` (see [`Convention`](super::Convention)).
    ///
    /// ```
    /// use salient::eval::Rouge;
    ///
    /// // rouge-score reads both words as the token "t", and finds a perfect match.
    /// assert_eq!(Rouge::new().score("été", "ôté").rouge1.f1, 1.0);
    /// let french = Rouge::for_language("fr");
    /// assert_eq!(french.score("été", "ôté").rouge1.f1, 0.0);
    /// assert_eq!(french.tokenize("L'été"), ["l", "été"]);
    /// ```
    pub fn for_language(code: &str) -> Rouge {
        super::Convention::for_language(code).rouge()
    }

    pub(crate) fn with_tokens(tokens: Tokens) -> Rouge {
        Rouge {
            tokens,
            stemming: false,
        }
    }

    /// Whether to reduce tokens longer than three characters with the Porter stemmer, as
    /// `rouge-score`'s `use_stemmer` does. On by default in [`Convention::English`] and
    /// [`Convention::RougeScoreAscii`], off in [`Convention::Unicode`]; only tokens of ASCII
    /// letters and digits are ever stemmed.
    ///
    /// [`Convention::English`]: super::Convention::English
    /// [`Convention::RougeScoreAscii`]: super::Convention::RougeScoreAscii
    /// [`Convention::Unicode`]: super::Convention::Unicode
    #[must_use]
    pub fn stemming(mut self, on: bool) -> Rouge {
        self.stemming = on;
        self
    }

    /// The tokens of `text` as this scorer sees them.
    ///
    /// ```
    /// let rouge = salient::eval::Rouge::new().stemming(true);
    /// assert_eq!(rouge.tokenize("Running, at 3.5% (été)"), ["run", "at", "3", "5", "t"]);
    /// ```
    pub fn tokenize(&self, text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize::for_each_token(text, self.tokens, |token| {
            tokens.push(self.normalize(token))
        });
        tokens
    }

    fn normalize(&self, token: &str) -> String {
        // rouge-score stems only tokens longer than three characters; the Porter stemmer
        // returns any token that is not lower-case ASCII unchanged, so bytes count characters.
        if self.stemming && token.len() > 3 {
            porter::stem(token)
        } else {
            token.to_owned()
        }
    }

    /// Scores `candidate` (the system summary) against `reference`.
    ///
    /// Note the order: `rouge-score`'s `score` takes the reference first. Empty text on either
    /// side scores 0.
    pub fn score(&self, candidate: &str, reference: &str) -> RougeScores {
        let mut vocabulary = Vocabulary::new(*self);
        let candidate = vocabulary.lines(candidate);
        let reference = vocabulary.lines(reference);
        let words = vocabulary.len();
        let candidate_tokens: Vec<u32> = candidate.iter().flatten().copied().collect();
        let reference_tokens: Vec<u32> = reference.iter().flatten().copied().collect();
        RougeScores {
            rouge1: ngram_overlap::<1>(&candidate_tokens, &reference_tokens),
            rouge2: ngram_overlap::<2>(&candidate_tokens, &reference_tokens),
            rouge_lsum: summary_lcs(&candidate, &reference, words),
        }
    }
}

/// Token ids for one scoring call, so n-grams and LCS compare integers.
struct Vocabulary {
    rouge: Rouge,
    /// Surface token → id of its (stemmed) form, so each distinct word is stemmed once.
    by_token: HashMap<String, u32>,
    by_form: HashMap<String, u32>,
}

impl Vocabulary {
    fn new(rouge: Rouge) -> Vocabulary {
        Vocabulary {
            rouge,
            by_token: HashMap::new(),
            by_form: HashMap::new(),
        }
    }

    fn len(&self) -> usize {
        self.by_form.len()
    }

    fn id(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.by_token.get(token) {
            return id;
        }
        let form = self.rouge.normalize(token);
        let next = self.by_form.len() as u32;
        let id = *self.by_form.entry(form).or_insert(next);
        self.by_token.insert(token.to_owned(), id);
        id
    }

    /// The token ids of each non-empty line of `text`; a line of only spaces or punctuation
    /// stays, with no tokens (rouge-score drops only zero-length lines).
    fn lines(&mut self, text: &str) -> Vec<Vec<u32>> {
        text.split('\n')
            .filter(|line| !line.is_empty())
            .map(|line| {
                let mut ids = Vec::new();
                tokenize::for_each_token(line, self.rouge.tokens, |token| ids.push(self.id(token)));
                ids
            })
            .collect()
    }
}

/// ROUGE-N: clipped n-gram matches (each reference n-gram matches at most as often as it
/// occurs in the candidate).
fn ngram_overlap<const N: usize>(candidate: &[u32], reference: &[u32]) -> Fmeasure {
    let count = |tokens: &[u32]| {
        let mut counts: HashMap<[u32; N], usize> = HashMap::new();
        for window in tokens.windows(N) {
            let mut gram = [0; N];
            gram.copy_from_slice(window);
            *counts.entry(gram).or_default() += 1;
        }
        counts
    };
    let candidate_counts = count(candidate);
    let reference_counts = count(reference);
    let hits = reference_counts
        .iter()
        .map(|(gram, &n)| n.min(candidate_counts.get(gram).copied().unwrap_or(0)))
        .sum();
    Fmeasure::from_counts(
        hits,
        candidate.len().saturating_sub(N - 1),
        reference.len().saturating_sub(N - 1),
    )
}

/// ROUGE-Lsum (Lin 2004, section 3.2): for each reference sentence, the union of its LCS with
/// every candidate sentence; a token counts as a hit only while unused copies of it remain on
/// both sides, so no word is matched more often than it occurs (as ROUGE-1.5.5 and rouge-score
/// do).
fn summary_lcs(candidate: &[Vec<u32>], reference: &[Vec<u32>], words: usize) -> Fmeasure {
    let candidate_len: usize = candidate.iter().map(Vec::len).sum();
    let reference_len: usize = reference.iter().map(Vec::len).sum();
    if candidate_len == 0 || reference_len == 0 {
        return Fmeasure::default();
    }
    let mut unused_candidate = vec![0usize; words];
    let mut unused_reference = vec![0usize; words];
    for &id in candidate.iter().flatten() {
        unused_candidate[id as usize] += 1;
    }
    for &id in reference.iter().flatten() {
        unused_reference[id as usize] += 1;
    }
    let mut table = Vec::new();
    let mut in_union = Vec::new();
    let mut hits = 0;
    for sentence in reference {
        in_union.clear();
        in_union.resize(sentence.len(), false);
        for other in candidate {
            lcs_positions(sentence, other, &mut table, |i| in_union[i] = true);
        }
        for (&id, _) in sentence.iter().zip(&in_union).filter(|(_, used)| **used) {
            let id = id as usize;
            if unused_candidate[id] > 0 && unused_reference[id] > 0 {
                hits += 1;
                unused_candidate[id] -= 1;
                unused_reference[id] -= 1;
            }
        }
    }
    Fmeasure::from_counts(hits, candidate_len, reference_len)
}

/// Calls `mark` with the positions in `a` of one longest common subsequence of `a` and `b`.
///
/// Which LCS matters for the union, so this walks back through the table exactly as
/// rouge-score does: take a match, else step along `b` only when that keeps a strictly longer
/// LCS, else step along `a`.
fn lcs_positions(a: &[u32], b: &[u32], table: &mut Vec<u32>, mut mark: impl FnMut(usize)) {
    let width = b.len() + 1;
    table.clear();
    table.resize((a.len() + 1) * width, 0);
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            table[i * width + j] = if a[i - 1] == b[j - 1] {
                table[(i - 1) * width + j - 1] + 1
            } else {
                table[(i - 1) * width + j].max(table[i * width + j - 1])
            };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            mark(i - 1);
            i -= 1;
            j -= 1;
        } else if table[i * width + j - 1] > table[(i - 1) * width + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOLERANCE: f64 = 1e-12;

    #[track_caller]
    fn assert_prf(actual: Fmeasure, precision: f64, recall: f64, f1: f64) {
        for (name, got, want) in [
            ("precision", actual.precision, precision),
            ("recall", actual.recall, recall),
            ("f1", actual.f1, f1),
        ] {
            assert!(
                (got - want).abs() < TOLERANCE,
                "{name}: got {got}, want {want} ({actual:?})"
            );
        }
    }

    #[test]
    fn identical_text_scores_one() {
        let s = Rouge::new().score("A man bites a dog.\nNews!", "A man bites a dog.\nNews!");
        for f in [s.rouge1, s.rouge2, s.rouge_lsum] {
            assert_prf(f, 1.0, 1.0, 1.0);
        }
    }

    #[test]
    fn empty_or_wordless_sides_score_zero_not_nan() {
        let rouge = Rouge::new().stemming(true);
        for (candidate, reference) in [
            ("", "the cat"),
            ("the cat", ""),
            ("", ""),
            ("\n\n", "..."),
            ("— …", "the cat"),
            ("東京", "東京"),
        ] {
            let s = rouge.score(candidate, reference);
            assert_eq!(s, RougeScores::default(), "{candidate:?} vs {reference:?}");
        }
        // One word: no bigram at all, on either side.
        assert_prf(rouge.score("cat", "cat").rouge2, 0.0, 0.0, 0.0);
    }

    /// the cat sat on the mat / the cat lay on the mat: 5 of 6 unigrams (the ×2, cat, on, mat),
    /// 3 of 5 bigrams (the cat, on the, the mat), LCS "the cat on the mat" = 5 of 6.
    #[test]
    fn one_substituted_word() {
        let s = Rouge::new().score("The cat sat on the mat.", "the cat lay on the mat");
        assert_prf(s.rouge1, 5.0 / 6.0, 5.0 / 6.0, 5.0 / 6.0);
        assert_prf(s.rouge2, 0.6, 0.6, 0.6);
        assert_prf(s.rouge_lsum, 5.0 / 6.0, 5.0 / 6.0, 5.0 / 6.0);
    }

    /// "the" three times against once: one clipped match of 3 candidate and 2 reference
    /// unigrams, F1 = 2·(1/3)(1/2) / (1/3 + 1/2) = 0.4; no shared bigram.
    #[test]
    fn repeated_words_are_clipped() {
        let s = Rouge::new().score("the the the", "the cat");
        assert_prf(s.rouge1, 1.0 / 3.0, 0.5, 0.4);
        assert_prf(s.rouge2, 0.0, 0.0, 0.0);
    }

    /// Reference sentence "police arrest two men"; candidate lines "police arrest dogs" and
    /// "two men fled": the union of the two LCSs covers all 4 reference tokens, out of 6
    /// candidate tokens: P = 4/6, R = 4/4, F1 = 2·(2/3)·1 / (5/3) = 0.8.
    #[test]
    fn lsum_takes_the_union_of_lcs_over_candidate_sentences() {
        let s = Rouge::new().score("police arrest dogs\ntwo men fled", "police arrest two men");
        assert_prf(s.rouge_lsum, 4.0 / 6.0, 1.0, 0.8);
    }

    /// Reference lines "a b" and "a b", candidate "a b": both reference lines find the LCS
    /// "a b", but the candidate has one "a" and one "b", so only 2 hits: P = 2/2, R = 2/4,
    /// F1 = 2/3.
    #[test]
    fn lsum_counts_each_token_at_most_as_often_as_it_occurs() {
        let s = Rouge::new().score("a b", "a b\na b");
        assert_prf(s.rouge_lsum, 1.0, 0.5, 2.0 / 3.0);
    }

    /// Reference "a b"; candidate lines "b a" and "b". The LCS of "a b" and "b a" has length 1
    /// and could be "a" or "b"; rouge-score's walk-back picks "a", so with "b" from the second
    /// line the union is {a, b}: 2 hits of 3 candidate and 2 reference tokens, F1 = 0.8 (picking
    /// "b" would give 0.4).
    #[test]
    fn lsum_breaks_lcs_ties_like_rouge_score() {
        let s = Rouge::new().score("b a\nb", "a b");
        assert_prf(s.rouge_lsum, 2.0 / 3.0, 1.0, 0.8);
    }

    /// Stemming only touches tokens longer than 3 characters: "cats" → "cat" but "was" stays.
    #[test]
    fn stemming_applies_to_long_tokens_only() {
        let stemmed = Rouge::new().stemming(true).score("cats running", "cat ran");
        assert_prf(stemmed.rouge1, 0.5, 0.5, 0.5);
        let plain = Rouge::new().score("cats running", "cat ran");
        assert_prf(plain.rouge1, 0.0, 0.0, 0.0);
        assert_eq!(
            Rouge::new().stemming(true).tokenize("was uses"),
            ["was", "use"]
        );
    }

    #[test]
    fn accented_letters_split_words_like_rouge_score() {
        // "été" is the token "t", "ete" is "ete": no match.
        let s = Rouge::new().score("été", "ete");
        assert_prf(s.rouge1, 0.0, 0.0, 0.0);
    }

    #[test]
    fn mean_averages_each_field_and_is_zero_when_empty() {
        let rouge = Rouge::new();
        let scores = [rouge.score("the the the", "the cat"), rouge.score("x", "x")];
        let mean = RougeScores::mean(&scores);
        assert_prf(mean.rouge1, (1.0 / 3.0 + 1.0) / 2.0, 0.75, 0.7);
        assert_eq!(RougeScores::mean(&[]), RougeScores::default());
    }

    /// Porter stems only ASCII tokens: "häuser" stays whole, "houses" becomes "hous".
    #[test]
    fn stemming_leaves_non_ascii_tokens_alone() {
        let rouge = Rouge::with_tokens(Tokens::Unicode).stemming(true);
        assert_eq!(rouge.tokenize("Häuser houses"), ["häuser", "hous"]);
    }
}

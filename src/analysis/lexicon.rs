//! Word forms → lower case → stopwords → stems → term ids.
//!
//! A [`Lexicon`] remembers, for every word form it has seen, the term id it maps to (or that it
//! is a stopword), so each distinct form is lower-cased and stemmed once, not once per token. It
//! lives in a per-thread workspace and is reused across documents; it is cleared when it grows
//! past a bound, between documents, so memory stays bounded on endless streams.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use foldhash::fast::RandomState;

use super::Analysis;
use super::words::lowercase_into;

/// Marks a word form that is a stopword in the form cache.
const STOPWORD: u32 = u32::MAX;

/// Forms remembered before the lexicon starts afresh. Each form costs about 200 bytes with its
/// stem and the hash tables' slack (measured: 1 << 20 forms let one thread reach 230 MB on a
/// 1 GB stream with an ever-growing vocabulary); 1 << 18 keeps a thread's lexicon near 50 MB
/// while still holding the whole vocabulary of ordinary corpora (the 2225 BBC News articles have
/// about 34 000 forms).
const MAX_FORMS: usize = 1 << 18;

/// Bytes of remembered forms and terms before the lexicon starts afresh. The form count alone
/// does not bound memory when words are long (inline base64, runs of letters): a million forms
/// of a megabyte each would be kept.
const MAX_BYTES: usize = 64 << 20;

/// Longest word, in bytes of its lower-case form, that is stemmed. Some Snowball stemmers take
/// time quadratic in the word's length on inputs such as `ayay…` or `aeiouaeiou…`, and no real
/// word comes near this length (German compounds and Finnish or Tamil words stay well below), so
/// longer runs of letters are kept whole and summarising stays linear in the input.
const MAX_STEMMED_LEN: usize = 256;

/// Maps word forms to term ids for one [`Analysis`].
pub(crate) struct Lexicon {
    analysis: Analysis,
    stemmer: Option<rust_stemmers::Stemmer>,
    stopwords: HashSet<&'static str, RandomState>,
    /// Word form as written, if at most 16 bytes ([`ShortForm`]) → term id or [`STOPWORD`]. Most
    /// words are that short, and a packed key makes the lookup of a known word (the hot path:
    /// all but a few tokens) one cheap hash and one integer comparison.
    short_forms: HashMap<u128, u32, BuildHasherDefault<ShortFormHasher>>,
    /// Longer word forms as written → term id or [`STOPWORD`].
    forms: HashMap<Box<str>, u32, RandomState>,
    /// Term (stem) → term id.
    term_ids: HashMap<Box<str>, u32, RandomState>,
    /// Term id → term.
    terms: Vec<Box<str>>,
    /// Scratch for lower-casing.
    lower: String,
    /// Bytes held by `forms` keys and by `terms` and `term_ids` keys.
    bytes: usize,
}

impl Lexicon {
    pub(crate) fn new(analysis: Analysis) -> Lexicon {
        let stopwords = if analysis.stopwords {
            analysis.language.stopwords().iter().copied().collect()
        } else {
            HashSet::default()
        };
        Lexicon {
            analysis,
            stemmer: analysis
                .stemming
                .then(|| analysis.language.stemmer())
                .flatten(),
            stopwords,
            short_forms: HashMap::default(),
            forms: HashMap::default(),
            term_ids: HashMap::default(),
            terms: Vec::new(),
            lower: String::new(),
            bytes: 0,
        }
    }

    pub(crate) fn analysis(&self) -> Analysis {
        self.analysis
    }

    /// Whether stopwords are dropped: asked for, and the language has a list.
    pub(crate) fn removes_stopwords(&self) -> bool {
        !self.stopwords.is_empty()
    }

    /// Forgets everything if the lexicon has grown past its bound. Call between documents only:
    /// term ids change.
    pub(crate) fn trim(&mut self) {
        if self.short_forms.len() + self.forms.len() > MAX_FORMS || self.bytes > MAX_BYTES {
            self.bytes = 0;
            self.short_forms.clear();
            self.forms.clear();
            self.term_ids.clear();
            self.terms.clear();
        }
    }

    /// The term with id `id`.
    pub(crate) fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The term id of the word form `word`, or `None` for a stopword.
    #[inline]
    pub(crate) fn term_id(&mut self, word: &str) -> Option<u32> {
        let known = match short_form(word) {
            Some(key) => self.short_forms.get(&key),
            None => self.forms.get(word),
        };
        let id = match known {
            Some(&id) => id,
            None => self.learn(word),
        };
        (id != STOPWORD).then_some(id)
    }

    #[cold]
    fn learn(&mut self, word: &str) -> u32 {
        lowercase_into(word, &mut self.lower);
        let id = if self.stopwords.contains(self.lower.as_str()) {
            STOPWORD
        } else {
            let stem = match &self.stemmer {
                Some(stemmer) if self.lower.len() <= MAX_STEMMED_LEN => stemmer.stem(&self.lower),
                _ => self.lower.as_str().into(),
            };
            // A stemmer may reduce a word to nothing; keep the word itself then.
            let stem: &str = if stem.is_empty() { &self.lower } else { &stem };
            match self.term_ids.get(stem) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.terms.len()).unwrap_or(STOPWORD - 1);
                    self.terms.push(stem.into());
                    self.term_ids.insert(stem.into(), id);
                    self.bytes += 2 * stem.len();
                    id
                }
            }
        };
        match short_form(word) {
            Some(key) => self.short_forms.insert(key, id),
            None => {
                self.bytes += word.len();
                self.forms.insert(word.into(), id)
            }
        };
        id
    }
}

/// `word` packed into an integer if it has at most 16 bytes: its bytes in little-endian order,
/// padded with zeros. Words never contain a NUL byte, so distinct words get distinct keys.
#[inline]
fn short_form(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    // Two overlapping loads cover any length from 8 to 16 (or from 4 to 8); shifting the second
    // drops the bytes it shares with the first. Same result as copying into a zeroed buffer,
    // without a variable-length copy.
    let (low, high) = if len > 16 {
        return None;
    } else if len >= 8 {
        let low = u64::from_le_bytes(bytes[..8].try_into().ok()?);
        let tail = u64::from_le_bytes(bytes[len - 8..].try_into().ok()?);
        (low, tail.checked_shr(8 * (16 - len) as u32).unwrap_or(0))
    } else if len >= 4 {
        let low = u32::from_le_bytes(bytes[..4].try_into().ok()?);
        let tail = u32::from_le_bytes(bytes[len - 4..].try_into().ok()?);
        let high = tail.checked_shr(8 * (8 - len) as u32).unwrap_or(0);
        (u64::from(low) | u64::from(high) << 32, 0)
    } else {
        let low = bytes
            .iter()
            .rev()
            .fold(0u64, |key, &b| key << 8 | u64::from(b));
        (low, 0)
    };
    Some(u128::from(low) | u128::from(high) << 64)
}

/// Hashes a [`short_form`] key with one folded multiply: fast for the hot lookup, and mixing
/// every input bit into the high and low bits the hash table uses.
#[derive(Default)]
pub(crate) struct ShortFormHasher(u64);

impl Hasher for ShortFormHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Not used for `u128` keys; a plain fold keeps it correct for anything else.
        for &b in bytes {
            self.0 = fold_multiply(self.0 ^ u64::from(b), 0x9E37_79B9_7F4A_7C15);
        }
    }

    #[inline]
    fn write_u128(&mut self, key: u128) {
        let low = key as u64 ^ 0x243F_6A88_85A3_08D3;
        let high = (key >> 64) as u64 ^ 0x1319_8A2E_0370_7344;
        self.0 = fold_multiply(low, high);
    }
}

/// The two halves of the 128-bit product of `a` and `b`, xored.
#[inline]
fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    product as u64 ^ (product >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn lexicon_lowercases_stems_and_drops_stopwords() {
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: true,
            stopwords: true,
        });
        assert_eq!(lexicon.term_id("The"), None);
        let running = lexicon.term_id("Running").unwrap();
        assert_eq!(lexicon.term_id("runs"), Some(running));
        assert_eq!(lexicon.term(running), "run");
        // Cached forms give the same answer.
        assert_eq!(lexicon.term_id("Running"), Some(running));
    }

    #[test]
    fn short_forms_equal_zero_padded_bytes() {
        let words = [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
        ];
        let long = "abcdefghijklmnop";
        for word in words.into_iter().chain([long, "Köln", "Grüße", "東"]) {
            let mut padded = [0u8; 16];
            padded[..word.len()].copy_from_slice(word.as_bytes());
            assert_eq!(
                short_form(word),
                Some(u128::from_le_bytes(padded)),
                "{word}"
            );
        }
        assert_eq!(short_form("abcdefghijklmnopq"), None);
    }

    #[test]
    fn long_and_short_forms_map_to_shared_terms() {
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: true,
            stopwords: true,
        });
        let short = lexicon.term_id("nationalize").unwrap();
        let long = lexicon.term_id("internationalizations").unwrap();
        assert_eq!(lexicon.term_id("internationalizations"), Some(long));
        assert_eq!(lexicon.term_id("nationalize"), Some(short));
        assert_ne!(short, long);
    }

    #[test]
    fn long_forms_filled_the_lexicon_without_bound() {
        // Regression: the lexicon was only trimmed by form count, so a stream of documents with
        // long unique words (say 1 MB of base64 each) kept every one of them.
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: true,
            stopwords: true,
        });
        // Each form is kept once as written and twice as its term: 3/16 of the bound per word.
        let long = "x".repeat(MAX_BYTES / 16);
        for i in 0..3 {
            lexicon.term_id(&format!("{long}{i}"));
        }
        lexicon.trim();
        assert_eq!(lexicon.forms.len(), 3, "under the bound: kept");
        for i in 3..6 {
            lexicon.term_id(&format!("{long}{i}"));
        }
        lexicon.trim();
        assert!(lexicon.forms.is_empty() && lexicon.terms.is_empty());
        assert_eq!(lexicon.bytes, 0);
        // Short words still go through the cache as before.
        let cat = lexicon.term_id("cats").unwrap();
        assert_eq!(lexicon.term(cat), "cat");
    }

    #[test]
    fn lexicon_without_stemming_or_stopwords_keeps_forms() {
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: false,
            stopwords: false,
        });
        let the = lexicon.term_id("The").unwrap();
        assert_eq!(lexicon.term(the), "the");
        assert_ne!(lexicon.term_id("running"), lexicon.term_id("runs"));
    }
}

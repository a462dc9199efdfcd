//! What cuts a run of words closer to a noun phrase, per language: stopwords besides the
//! summariser's, and cues for verbs.
//!
//! The stopword lists that the summariser uses (NLTK's) hold pronouns, articles, auxiliaries
//! and the commonest prepositions: enough to keep function words out of the term statistics,
//! not enough to cut noun phrases out of running text. Without a part-of-speech model a run of
//! non-stopwords also takes in the other closed classes (modal verbs, the rarer prepositions
//! and conjunctions, number words, quantifiers) and the verbs that every text uses ("using",
//! "based", "shows"), which join a noun phrase to the next one ("fault detection using Kalman
//! filters"). This module lists them, by word form: `based` ends a phrase, the noun `base`
//! that shares its stem does not.

use std::collections::HashMap;
use std::sync::LazyLock;

use foldhash::fast::RandomState;

use crate::language::Language;

/// English words that are not in the NLTK list but never belong in a keyphrase: closed-class
/// words (modal verbs, prepositions, conjunctions, pronouns, quantifiers, number words, sentence
/// adverbs) and the generic verbs and adjectives of any expository text.
const ENGLISH: &[&str] = &[
    // Modal verbs and their contractions' stems.
    "can",
    "cannot",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "ought",
    "would",
    // Prepositions and conjunctions.
    "across",
    "along",
    "alongside",
    "although",
    "amid",
    "among",
    "amongst",
    "around",
    "beside",
    "besides",
    "beyond",
    "despite",
    "hence",
    "however",
    "inside",
    "instead",
    "like",
    "moreover",
    "namely",
    "near",
    "nevertheless",
    "nonetheless",
    "onto",
    "otherwise",
    "outside",
    "per",
    "since",
    "though",
    "throughout",
    "thus",
    "therefore",
    "toward",
    "towards",
    "unless",
    "unlike",
    "upon",
    "versus",
    "via",
    "whereas",
    "whether",
    "within",
    "without",
    "yet",
    "furthermore",
    "also",
    "either",
    "neither",
    "rather",
    "respectively",
    "etc",
    // Pronouns, determiners and quantifiers.
    "another",
    "anything",
    "anyone",
    "everything",
    "everyone",
    "every",
    "nothing",
    "something",
    "someone",
    "others",
    "whose",
    "whatever",
    "whichever",
    "many",
    "much",
    "several",
    "various",
    "less",
    "least",
    "fewer",
    "enough",
    "certain",
    "often",
    "always",
    "never",
    "sometimes",
    "usually",
    "already",
    "almost",
    "quite",
    "perhaps",
    "still",
    "even",
    "well",
    "thereby",
    "whereby",
    "therein",
    "wherein",
    "e.g",
    "i.e",
    // Number words.
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "first",
    "third",
    "fourth",
    "fifth",
    "twice",
    "half",
    // The generic verbs of expository text, in the forms that end a noun phrase.
    "use",
    "uses",
    "used",
    "using",
    "based",
    "show",
    "shows",
    "showed",
    "shown",
    "make",
    "makes",
    "made",
    "making",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
    "take",
    "takes",
    "took",
    "taken",
    "get",
    "gets",
    "got",
    "provide",
    "provides",
    "provided",
    "providing",
    "include",
    "includes",
    "included",
    "including",
    "present",
    "presents",
    "presented",
    "propose",
    "proposes",
    "proposed",
    "describe",
    "describes",
    "described",
    "discuss",
    "discusses",
    "discussed",
    "consider",
    "considers",
    "considered",
    "allow",
    "allows",
    "allowed",
    "require",
    "requires",
    "required",
    "need",
    "needs",
    "needed",
    "obtain",
    "obtains",
    "obtained",
    "become",
    "becomes",
    "became",
    "seem",
    "seems",
    "seemed",
    "find",
    "finds",
    "found",
    "say",
    "says",
    "said",
    "see",
    "sees",
    "saw",
    "seen",
    "let",
    "lets",
    "achieve",
    "achieves",
    "achieved",
    "apply",
    "applies",
    "applied",
    "introduce",
    "introduces",
    "introduced",
    "investigate",
    "investigates",
    "investigated",
    "studied",
    "develop",
    "develops",
    "developed",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    "compare",
    "compares",
    "compared",
    "indicate",
    "indicates",
    "indicated",
    "suggest",
    "suggests",
    "suggested",
    "enable",
    "enables",
    "enabled",
    "ensure",
    "ensures",
    "ensured",
    "leads",
    "led",
    "tend",
    "tends",
    "want",
    "wants",
    "try",
    "tries",
    "tried",
    "called",
    "known",
    "according",
    "regarding",
    "concerning",
    "following",
    "due",
    // Generic adjectives and adverbs that qualify rather than name.
    "new",
    "novel",
    "different",
    "possible",
    "particular",
    "important",
    "main",
    "good",
    "better",
    "best",
    "able",
    "unable",
    "usual",
    "recent",
    "recently",
    "currently",
    "previously",
    "finally",
    "especially",
    "particularly",
    "mainly",
    "mostly",
    "generally",
    "typically",
    "significantly",
    "successfully",
    "easily",
    "directly",
    "simply",
    "approximately",
    "respective",
    "appropriate",
    "suitable",
    "useful",
    "interesting",
    "similar",
    "whole",
    "entire",
    "overall",
    "additional",
    "further",
    "existing",
    "proposed",
    "specific",
    "related",
    "corresponding",
    "relevant",
];

/// English words after which a verb comes, not a noun phrase: subject pronouns, modal verbs,
/// the infinitive's `to`, relative pronouns.
const ENGLISH_BEFORE_VERB: &[&str] = &[
    "we", "i", "you", "he", "she", "it", "they", "to", "can", "cannot", "could", "may", "might",
    "must", "shall", "should", "will", "would", "which", "who", "does", "do", "did", "not", "also",
    "often",
];

/// English words before which a verb comes rather than the end of a noun phrase: articles and
/// possessives open the object of a verb ("the method yields a ...").
const ENGLISH_AFTER_VERB: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her",
];

/// What a word that is no part of a candidate says about its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Nothing.
    Boundary,
    /// A verb comes next (`we`, `to`, `can`).
    BeforeVerb,
    /// A verb came before (an article that opens the verb's object).
    AfterVerb,
}

/// Words of a language that are no part of a candidate, with their roles.
type Roles = HashMap<&'static str, Role, RandomState>;

/// [`ENGLISH`] and the English cues, built on first use.
static ENGLISH_ROLES: LazyLock<Roles> = LazyLock::new(|| {
    let mut roles = Roles::default();
    roles.extend(ENGLISH.iter().map(|&word| (word, Role::Boundary)));
    roles.extend(
        ENGLISH_AFTER_VERB
            .iter()
            .map(|&word| (word, Role::AfterVerb)),
    );
    roles.extend(
        ENGLISH_BEFORE_VERB
            .iter()
            .map(|&word| (word, Role::BeforeVerb)),
    );
    roles
});

/// No words.
static NO_ROLES: LazyLock<Roles> = LazyLock::new(Roles::default);

/// A language's rules for cutting runs of words down to noun phrases.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PhraseCues {
    /// Lower-case words that are no part of a candidate besides the stopwords, and the
    /// stopwords that announce a verb.
    roles: &'static Roles,
    /// The ending of participles that follow a noun phrase (`measured`), if the language
    /// marks them.
    participle_ending: Option<&'static str>,
}

impl PhraseCues {
    /// No cues: runs end at stopwords and punctuation only.
    pub(crate) fn none() -> PhraseCues {
        PhraseCues {
            roles: &NO_ROLES,
            participle_ending: None,
        }
    }

    /// Whether there are no cues at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.roles.is_empty() && self.participle_ending.is_none()
    }

    /// The role of the lower-case word `lower`, if it is one of the cues' words.
    pub(crate) fn role(&self, lower: &str) -> Option<Role> {
        self.roles.get(lower).copied()
    }

    /// Whether the lower-case word `lower` has the form of a participle: the ending after at
    /// least three letters, and not a word that merely ends that way (English `speed`).
    pub(crate) fn is_participle(&self, lower: &str) -> bool {
        self.participle_ending.is_some_and(|ending| {
            lower.len() >= ending.len() + 3 && lower.ends_with(ending) && !lower.ends_with("eed")
        })
    }
}

/// The cues of `language`.
pub(crate) fn phrase_cues(language: Language) -> PhraseCues {
    match language {
        Language::English => PhraseCues {
            roles: &ENGLISH_ROLES,
            participle_ending: Some("ed"),
        },
        _ => PhraseCues::none(),
    }
}

//! Abbreviations and stops of the remaining languages, and the language-neutral set.

use std::sync::OnceLock;

use super::Conventions;

/// Finnish: `esim.`, `mm.`, `ks.`, titles; ordinals are written `3. päivä`.
pub(super) static FINNISH: Conventions = Conventions {
    code: "fi",
    prefixes: &["hra", "ks", "mm", "ns", "nti", "prof", "rva", "tri", "vrt"],
    numeric: &["klo", "n", "nro", "puh", "s"],
    others: &[
        "ekr", "esim", "jkr", "jne", "milj", "mrd", "ts", "ym", "yms",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Hungarian: `dr.`, `pl.`, `stb.`, months; ordinals are written `3. fejezet`.
pub(super) static HUNGARIAN: Conventions = Conventions {
    code: "hu",
    prefixes: &[
        "dr", "id", "ifj", "ill", "kb", "pl", "prof", "vö", "özv", "ún",
    ],
    numeric: &["sz", "tel"],
    others: &[
        "aug", "bt", "dec", "febr", "ford", "jan", "júl", "jún", "kft", "krt", "máj", "márc",
        "nov", "okt", "rt", "stb", "szept", "szerk", "zrt", "ápr", "évf",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Turkish: `Dr.`, `Doç.`, `bkz.`, `vb.`; ordinals are written `3. sınıf`.
pub(super) static TURKISH: Conventions = Conventions {
    code: "tr",
    prefixes: &["av", "bkz", "doç", "dr", "prof", "sn", "yrd", "örn"],
    numeric: &["no", "s", "tel"],
    others: &["a.ş", "cad", "ltd", "mah", "sok", "vb", "vs", "şti"],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Greek: `κ.`, `π.χ.`, `δηλ.`; `;` is the question mark.
pub(super) static GREEK: Conventions = Conventions {
    code: "el",
    prefixes: &["βλ", "δηλ", "δρ", "κα", "καθ", "π.χ"],
    numeric: &["αρ", "σελ", "τηλ"],
    others: &["κ.ά", "κ.λπ", "κλπ", "μ.χ", "π.χ"],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[';'],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Arabic: `د.` (doctor); `:` ends a sentence, as Arabic headlines and datelines use it; the
/// Arabic comma `،` often joins what English writes as separate sentences.
pub(super) static ARABIC: Conventions = Conventions {
    code: "ar",
    prefixes: &["د"],
    numeric: &["ج", "ص"],
    others: &["م", "هـ"],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[':'],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &['\u{060C}'],
    table: OnceLock::new(),
};

/// Armenian: `թ.` (year), `պրն.`; `:` stands in for the full stop `։`.
pub(super) static ARMENIAN: Conventions = Conventions {
    code: "hy",
    prefixes: &["պրն", "տկն"],
    numeric: &[],
    others: &["թ", "թթ"],
    ordinal_numbers: false,
    period_is_full_stop: false,
    extra_terminators: &[':'],
    sentence_starters: &[
        "այդ",
        "այն",
        "այս",
        "բայց",
        "դու",
        "դուք",
        "եթե",
        "ես",
        "երբ",
        "ինչ",
        "մենք",
        "նա",
        "նրանք",
        "ոչ",
        "որ",
        "և",
    ],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Tamil: `திரு.` and `திருமதி.` (titles).
pub(super) static TAMIL: Conventions = Conventions::with_prefixes("ta", &["திரு", "திருமதி"]);

/// Hindi: `डॉ.`, `श्री.` (titles).
pub(super) static HINDI: Conventions = Conventions::with_prefixes("hi", &["डॉ", "श्री"]);

/// Marathi: `डॉ.`, `श्री.`, `सौ.` (titles).
pub(super) static MARATHI: Conventions =
    Conventions::with_prefixes("mr", &["कु", "डॉ", "श्री", "सौ"]);

/// Persian: no abbreviation list; `؟` ends questions.
pub(super) static PERSIAN: Conventions = Conventions::bare("fa");

/// Urdu: `۔` is the full stop.
pub(super) static URDU: Conventions = Conventions::bare("ur");

/// Amharic: Ethiopic stops `።` `፧` need no space after them.
pub(super) static AMHARIC: Conventions = Conventions::bare("am");

/// Burmese: `။` needs no space after it.
pub(super) static BURMESE: Conventions = Conventions::bare("my");

/// Thai: no full stop; white space between Thai letters ends sentences in every splitter.
pub(super) static THAI: Conventions = Conventions::bare("th");

/// Lao: no full stop; white space between Lao letters ends sentences in every splitter.
pub(super) static LAO: Conventions = Conventions::bare("lo");

/// Khmer: `។` and `៕` need no space after them (`។ល។`, "etc.", goes on).
pub(super) static KHMER: Conventions = Conventions::bare("km");

/// Japanese: `。！？` need no space after them.
pub(super) static JAPANESE: Conventions = Conventions::bare("ja");

/// Korean: sentences of informal and web text often end without punctuation, in a verb
/// ending: polite `-요`, formal `-니다`, imperative `-줘` and `-시오`, `-죠`. Nouns that end
/// in `요` are not endings.
pub(super) static KOREAN: Conventions = Conventions {
    code: "ko",
    prefixes: &[],
    numeric: &[],
    others: &[],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (
        &["니다", "시오", "요", "죠", "줘"],
        &["개요", "수요", "요요", "주요", "중요", "필요"],
    ),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Chinese: `。！？` need no space after them.
pub(super) static CHINESE: Conventions = Conventions::bare("zh");

/// No language: Latin and international abbreviations only.
pub(super) static NEUTRAL: Conventions = Conventions::bare("und");

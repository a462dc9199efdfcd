//! English abbreviations.

use std::sync::OnceLock;

use super::Conventions;

/// English: titles, military ranks, months, company and address words.
pub(super) static ENGLISH: Conventions = Conventions {
    code: "en",
    prefixes: &[
        "adm", "amb", "atty", "capt", "cdr", "cmdr", "col", "cpl", "det", "dr", "fr", "gen", "gov",
        "hon", "insp", "lt", "maj", "messrs", "mr", "mrs", "ms", "msgr", "mt", "pres", "prof",
        "rep", "rev", "rt", "sen", "sgt", "supt",
    ],
    numeric: &[
        "art", "ch", "chap", "eq", "eqs", "ex", "fig", "figs", "no", "nos", "p", "para", "pp",
        "pt", "ref", "refs", "rs", "sec", "tab", "vol", "vols",
    ],
    others: &[
        "a.m", "ala", "apr", "ariz", "assn", "aug", "ave", "blvd", "bros", "calif", "co", "colo",
        "conn", "corp", "dec", "dept", "esq", "est", "feb", "fla", "ft", "ga", "inc", "jan", "jr",
        "jul", "jun", "kans", "ky", "la", "ltd", "mar", "mass", "md", "mfg", "mich", "minn",
        "miss", "nov", "oct", "okla", "ore", "p.m", "pa", "penn", "plc", "rd", "sep", "sept", "sr",
        "st", "tenn", "tex", "univ", "va", "vs", "wash", "wis", "yrs",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

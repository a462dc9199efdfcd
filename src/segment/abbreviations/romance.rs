//! Abbreviations of the Romance languages: French, Spanish, Italian, Portuguese, Romanian.

use std::sync::OnceLock;

use super::Conventions;

/// French: `M.`, `Mme`, `Mlle`, `Me`, months, `etc.`.
pub(super) static FRENCH: Conventions = Conventions {
    code: "fr",
    prefixes: &[
        "dr", "m", "me", "mgr", "mlle", "mlles", "mm", "mme", "mmes", "pr", "st", "ste",
    ],
    numeric: &["art", "chap", "no", "n°", "p", "pp", "t", "vol"],
    others: &[
        "apr", "av", "avr", "bd", "boul", "cf", "cie", "déc", "env", "etc", "ex", "févr", "janv",
        "juil", "max", "min", "nov", "oct", "qqch", "qqn", "sept", "éd", "éds",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Spanish: `Sr.`, `Dra.`, `Ud.`, `EE. UU.`, months and weekdays.
pub(super) static SPANISH: Conventions = Conventions {
    code: "es",
    prefixes: &[
        "arq", "d", "dr", "dra", "dña", "ee", "excma", "excmo", "gral", "ilmo", "ing", "lic",
        "licda", "mtro", "prof", "profa", "sr", "sra", "sres", "srta", "sta", "sto", "ud", "uds",
    ],
    numeric: &[
        "art", "arts", "cap", "no", "n°", "nº", "núm", "p", "pp", "pág", "págs", "párr", "párrf",
        "tel", "vol",
    ],
    others: &[
        "abr", "admón", "ago", "aprox", "av", "avda", "cf", "cía", "dep", "depto", "dic", "dom",
        "dpto", "ej", "ene", "etc", "feb", "jue", "jul", "jun", "lun", "mar", "may", "min", "mié",
        "máx", "mín", "nov", "oct", "p.ej", "pza", "s.a", "s.l", "sep", "sept", "sáb", "uu", "vie",
        "vs",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Italian: `Sig.`, `Dott.`, `Ing.`, `Avv.`, months, `ecc.`.
pub(super) static ITALIAN: Conventions = Conventions {
    code: "it",
    prefixes: &[
        "amm", "arch", "avv", "dir", "dott", "dott.ssa", "dr", "egr", "gent", "geom", "ill", "ing",
        "mons", "on", "preg", "prof", "prof.ssa", "psicol", "rag", "sen", "sig", "sig.na",
        "sig.ra", "sigg", "spett",
    ],
    numeric: &[
        "art", "cap", "fig", "n", "nr", "p", "pag", "pagg", "tel", "vol",
    ],
    others: &[
        "a.c", "ago", "apr", "ca", "cfr", "d.c", "dic", "dom", "ecc", "es", "etc", "feb", "gen",
        "gio", "giu", "lug", "lun", "mag", "mar", "max", "mer", "min", "nov", "ott", "p.es",
        "s.p.a", "s.r.l", "sab", "sec", "set", "tab", "ven",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Portuguese: `Sr.`, `Dra.`, `Exmo.`, months.
pub(super) static PORTUGUESE: Conventions = Conventions {
    code: "pt",
    prefixes: &[
        "d", "dr", "dra", "eng", "exma", "exmo", "prof", "profa", "sr", "sra", "srta", "sta", "sto",
    ],
    numeric: &[
        "art", "cap", "n", "no", "nº", "p", "pág", "págs", "tel", "vol",
    ],
    others: &[
        "abr", "ago", "aprox", "av", "cia", "dez", "etc", "ex", "fev", "jan", "jul", "jun", "ltda",
        "mai", "mar", "max", "min", "nov", "out", "p.ex", "set", "séc",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Romanian: `Dl.`, `Dna.`, `Sf.`, months.
pub(super) static ROMANIAN: Conventions = Conventions {
    code: "ro",
    prefixes: &[
        "col", "dl", "dna", "dnul", "dr", "gen", "ing", "lt", "prof", "sf",
    ],
    numeric: &["art", "cap", "nr", "p", "pag", "tel", "vol"],
    others: &[
        "apr", "aprox", "aug", "bd", "com", "dec", "etc", "ex", "feb", "ian", "iul", "iun", "jud",
        "loc", "mar", "mun", "nov", "oct", "sept", "str",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

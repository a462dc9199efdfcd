//! Abbreviations of the Germanic languages: German, Dutch, Danish, Norwegian, Swedish.

use std::sync::OnceLock;

use super::Conventions;

/// German: titles and degrees (`Dr. med.`), `bzw.`, `z. B.`, `ca.`, `kath.`, months; ordinals
/// are written `3. Oktober`.
pub(super) static GERMAN: Conventions = Conventions {
    code: "de",
    prefixes: &[
        "bzw", "ca", "d.h", "dipl", "ev", "evang", "fr", "hr", "hrn", "ing", "jur", "kath", "mag",
        "med", "prof", "sog", "theol", "vgl", "z.b", "z.t", "zzgl",
    ],
    numeric: &["abs", "art", "bd", "kap", "nr", "s", "str", "tel"],
    others: &[
        "bzgl", "dez", "dt", "engl", "etc", "evtl", "feb", "geb", "gest", "ggf", "ggü", "inkl",
        "jan", "jh", "jhd", "mio", "mrd", "nov", "o.ä", "okt", "sept", "tsd", "u.a", "u.u", "usw",
        "v.a",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Dutch: titles, `bijv.`, `d.w.z.`, months.
pub(super) static DUTCH: Conventions = Conventions {
    code: "nl",
    prefixes: &[
        "dhr", "dr", "drs", "ing", "ir", "mej", "mevr", "mr", "prof", "st",
    ],
    numeric: &["art", "blz", "nr", "p", "pag", "tel"],
    others: &[
        "aug", "bijv", "bv", "ca", "d.w.z", "dec", "enz", "evt", "excl", "feb", "i.p.v", "incl",
        "jan", "jul", "jun", "m.b.t", "max", "min", "mrt", "nov", "o.a", "okt", "resp", "sept",
        "t.a.v", "vnl", "zgn",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Danish: titles, `bl.a.`, `f.eks.`, `Skt.`; ordinals are written `5. gade`.
pub(super) static DANISH: Conventions = Conventions {
    code: "da",
    prefixes: &["dr", "fr", "frk", "hr", "sct", "skt", "st"],
    numeric: &["kap", "kl", "nr", "pkt", "s", "stk", "tlf"],
    others: &[
        "ang", "aug", "bl.a", "ca", "dec", "dvs", "e.kr", "eks", "ekskl", "etc", "evt", "f.eks",
        "f.kr", "feb", "inkl", "jan", "jf", "jul", "jun", "kr", "m.fl", "m.m", "mar", "mia", "mio",
        "mv", "nov", "o.l", "okt", "osv", "pct", "sep", "sept", "vedr",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Norwegian: titles, `bl.a.`, `f.eks.`; ordinals are written `17. mai`.
pub(super) static NORWEGIAN: Conventions = Conventions {
    code: "no",
    prefixes: &["dr", "fr", "frk", "hr", "st"],
    numeric: &["kap", "kl", "nr", "s", "tlf"],
    others: &[
        "ang", "aug", "bl.a", "ca", "des", "dvs", "etc", "evt", "f.eks", "feb", "ifm", "iht",
        "inkl", "jan", "jf", "jul", "jun", "kr", "m.m", "mht", "mill", "mrd", "mv", "nov", "okt",
        "osv", "pst", "sep", "sept", "vedr",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Swedish: titles, `bl.a.`, `t.ex.`, `s.k.`.
pub(super) static SWEDISH: Conventions = Conventions {
    code: "sv",
    prefixes: &["dr", "fr", "hr", "s.k", "st"],
    numeric: &["kap", "kl", "nr", "s", "tel"],
    others: &[
        "aug", "bl.a", "ca", "dec", "dvs", "e.kr", "etc", "ev", "f.d", "f.kr", "feb", "inkl",
        "jan", "jfr", "jul", "jun", "kr", "m.fl", "milj", "mkr", "nov", "o.s.v", "okt", "osv",
        "p.g.a", "resp", "sep", "sept", "t.ex", "t.o.m", "tkr",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

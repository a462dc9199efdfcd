//! Abbreviations of the Slavic languages and of Kazakh (Cyrillic or Latin script).

use std::sync::OnceLock;

use super::Conventions;

/// Russian: `г.`, `т. е.`, `ул.`, `проф.`, `и т. д.`.
pub(super) static RUSSIAN: Conventions = Conventions {
    code: "ru",
    prefixes: &[
        "акад", "ген", "гр", "д-р", "доц", "зам", "им", "канд", "напр", "ок", "пгт", "пос", "проф",
        "см", "т.е", "т.к", "т.н", "тов", "ул",
    ],
    numeric: &["вып", "гл", "кв", "корп", "рис", "стр", "т", "табл"],
    others: &[
        "авг",
        "англ",
        "апр",
        "г",
        "гг",
        "дек",
        "др",
        "изд",
        "коп",
        "лат",
        "млн",
        "млрд",
        "н.э",
        "нем",
        "нояб",
        "обл",
        "окт",
        "пр",
        "прим",
        "ред",
        "руб",
        "сб",
        "сент",
        "ст",
        "т.д",
        "т.п",
        "тыс",
        "февр",
        "франц",
        "янв",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Bulgarian: `г.`, `ул.`, `пл.`, `бул.`, `т.е.`.
pub(super) static BULGARIAN: Conventions = Conventions {
    code: "bg",
    prefixes: &[
        "акад", "бул", "гр", "д-р", "доц", "инж", "напр", "пл", "проф", "т.е", "т.н", "ул",
    ],
    numeric: &["бр", "стр"],
    others: &[
        "авг", "апр", "г", "дек", "др", "лв", "млн", "млрд", "ноем", "окт", "септ", "фев", "хил",
        "ян",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[
        "а",
        "ако",
        "в",
        "във",
        "да",
        "до",
        "е",
        "за",
        "и",
        "как",
        "когато",
        "на",
        "не",
        "но",
        "от",
        "по",
        "при",
        "с",
        "са",
        "след",
        "та",
        "така",
        "те",
        "то",
        "това",
        "той",
        "тук",
        "тя",
        "че",
    ],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Polish: `ul.`, `np.`, `tzn.`, `prof.`; ordinals are written `3. miejsce`.
pub(super) static POLISH: Conventions = Conventions {
    code: "pl",
    prefixes: &[
        "al", "dr", "gen", "inż", "kpt", "ks", "m.in", "mgr", "mjr", "np", "os", "pl", "por",
        "prof", "płk", "tj", "tzn", "ul", "św",
    ],
    numeric: &[
        "art", "godz", "nr", "pkt", "poz", "rozdz", "s", "str", "t", "tel", "ust",
    ],
    others: &[
        "cze", "gr", "gru", "itd", "itp", "kwi", "lip", "lis", "lut", "maj", "mar", "min", "mld",
        "mln", "paź", "r", "sie", "sty", "tys", "wrz", "zł",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[
        "a", "ale", "ani", "by", "co", "do", "gdy", "i", "ja", "jak", "jest", "już", "na", "nie",
        "o", "od", "on", "ona", "oni", "po", "przez", "przy", "są", "tak", "także", "ten", "to",
        "tu", "w", "we", "z", "za", "że",
    ],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Slovak: `napr.`, `tzv.`, `s. r. o.`, titles; ordinals are written `7. apríla`, `XII. pluk`.
pub(super) static SLOVAK: Conventions = Conventions {
    code: "sk",
    prefixes: &[
        "bc", "doc", "dr", "ing", "judr", "mgr", "mudr", "napr", "nám", "p", "phdr", "prof", "pí",
        "resp", "rndr", "sv", "t.j", "tzn", "tzv", "ul",
    ],
    numeric: &["ods", "písm", "roč", "s", "str", "tel", "č"],
    others: &[
        "a.s", "atp", "atď", "cca", "hod", "max", "mil", "min", "mld", "pozn", "príp", "r",
        "s.r.o", "spol", "tis", "vs", "zb",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[
        "a", "ako", "ale", "by", "do", "i", "ja", "je", "keď", "na", "nie", "no", "od", "on",
        "ona", "oni", "po", "pre", "pri", "s", "sme", "so", "sú", "tak", "takže", "ten", "tento",
        "to", "toto", "tu", "už", "v", "vo", "všetko", "z", "za", "že",
    ],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Czech: `např.`, `tzv.`, `s. r. o.`, titles; ordinals are written `7. dubna`.
pub(super) static CZECH: Conventions = Conventions {
    code: "cs",
    prefixes: &[
        "bc", "doc", "dr", "ing", "judr", "mgr", "mudr", "např", "nám", "p", "phdr", "prof", "sv",
        "tj", "tzn", "tzv", "ul",
    ],
    numeric: &["odst", "písm", "s", "str", "tel", "č"],
    others: &[
        "a.s", "atd", "cca", "hod", "max", "mil", "min", "mld", "pozn", "r", "s.r.o", "spol",
        "tis", "tj",
    ],
    ordinal_numbers: true,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[
        "a", "ale", "ani", "by", "co", "do", "i", "jak", "je", "jsme", "jsou", "k", "když", "na",
        "ne", "o", "od", "on", "ona", "oni", "po", "pro", "při", "s", "se", "tak", "takže", "ten",
        "tento", "to", "tu", "už", "v", "ve", "z", "za", "že",
    ],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

/// Kazakh: `ж.` (year), `т.б.`, `ғ.`, titles.
pub(super) static KAZAKH: Conventions = Conventions {
    code: "kk",
    prefixes: &["акад", "доц", "көш", "проф"],
    numeric: &["тел"],
    others: &[
        "ауд", "б.з", "б.з.б", "ж", "жж", "млн", "млрд", "мың", "обл", "т.б", "т.с.с", "ғ",
    ],
    ordinal_numbers: false,
    period_is_full_stop: true,
    extra_terminators: &[],
    sentence_starters: &[],
    final_endings: (&[], &[]),
    clause_separators: &[],
    table: OnceLock::new(),
};

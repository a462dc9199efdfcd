//! Character classes the splitter needs: sentence terminators, closing punctuation, and an
//! ASCII lookup table for the fast scan.

/// Bytes that may start something the scanner must look at: ASCII terminators, line feeds,
/// brackets (to know when a stop is inside one), and the lead bytes of the non-ASCII stops,
/// quotes and brackets (`。`, `…`, `«`). Letters of most scripts (Cyrillic,
/// Greek, Arabic, CJK ideographs) have other lead bytes, so the scan skips them as fast as ASCII.
pub(crate) static INTERESTING: [bool; 256] = interesting(false, false);

/// [`INTERESTING`] plus `:` and `;`, for languages where those end sentences (Armenian writes
/// `:` for its full stop `։`, Greek `;` is the question mark).
pub(crate) static INTERESTING_WITH_COLONS: [bool; 256] = interesting(true, false);

/// [`INTERESTING`] plus the space, for languages whose sentences may end in a word ending
/// without punctuation (Korean `…좋아요 다음`).
pub(crate) static INTERESTING_WITH_SPACES: [bool; 256] = interesting(false, true);

const fn interesting(colons: bool, spaces: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let ascii = b".!?\n()[]{}";
    let mut k = 0;
    while k < ascii.len() {
        table[ascii[k] as usize] = true;
        k += 1;
    }
    if colons {
        table[b':' as usize] = true;
        table[b';' as usize] = true;
    }
    if spaces {
        table[b' ' as usize] = true;
    }
    let mut k = 0;
    while k < NON_ASCII_LEADS.len() {
        table[NON_ASCII_LEADS[k] as usize] = true;
        k += 1;
    }
    table
}

/// Offset of the first byte of `bytes` marked in `table`.
///
/// Interesting bytes are rare (about one in fifty in news text), so the scan tests sixteen
/// bytes at a time with one branch, then finds the byte within the chunk that has one.
#[inline]
pub(crate) fn find_interesting(bytes: &[u8], table: &[bool; 256]) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut offset = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | table[b as usize]) {
            return chunk
                .iter()
                .position(|&b| table[b as usize])
                .map(|p| offset + p);
        }
        offset += CHUNK;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| table[b as usize])
        .map(|p| offset + p)
}

/// UTF-8 lead bytes of every non-ASCII character the scanner stops at (checked by a test over
/// all of Unicode): Latin-1 punctuation (`«`, `»`, `¿`), Greek `;` (U+037E), Armenian,
/// Arabic and Syriac stops, the Brahmic, Thai and Lao blocks, the Ethiopic, Myanmar and Khmer
/// blocks, general punctuation, CJK punctuation, the Vai to Meetei Mayek blocks, and full-width
/// forms.
const NON_ASCII_LEADS: &[u8] = &[
    0xC2, 0xCD, 0xD6, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1, 0xE2, 0xE3, 0xEA, 0xEF,
];

/// Sentence-final punctuation (Unicode `Sentence_Terminal` plus the ellipsis), excluding `.`
/// which needs the abbreviation rules.
pub(crate) fn is_strong_terminator(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '\u{2026}' // … horizontal ellipsis
            | '\u{203C}' // ‼
            | '\u{203D}' // ‽
            | '\u{2047}'..='\u{2049}' // ⁇ ⁈ ⁉
            | '\u{3002}' // 。 ideographic full stop
            | '\u{FF01}' // ！ fullwidth exclamation
            | '\u{FF1F}' // ？ fullwidth question
            | '\u{FF61}' // ｡ halfwidth ideographic full stop
            | '\u{FE12}' // ︒
            | '\u{FE56}' | '\u{FE57}' // ﹖ ﹗
            | '\u{037E}' // ; Greek question mark
            | '\u{0589}' // ։ Armenian full stop (the ՜ ՞ marks sit on a vowel, mid-word)
            | '\u{061F}' // ؟ Arabic question mark
            | '\u{06D4}' // ۔ Arabic full stop (Urdu)
            | '\u{0700}'..='\u{0702}' // Syriac
            | '\u{0964}' | '\u{0965}' // । ॥ Devanagari danda
            // ။ Myanmar full stop. Not the little section `၊` (U+104A): Unicode lists it as a
            // sentence terminator, but Burmese writes it where other scripts write a comma.
            | '\u{104B}'
            | '\u{17D4}' | '\u{17D5}' // ។ ៕ Khmer khan and bariyoosan
            | '\u{1362}' // ። Ethiopic full stop
            | '\u{1367}' | '\u{1368}' // Ethiopic question, paragraph separator
            | '\u{166E}' // Canadian syllabics full stop
            | '\u{1803}' | '\u{1809}' // Mongolian
            | '\u{0F0D}'..='\u{0F0E}' // Tibetan
            | '\u{2E2E}' // ⸮ reversed question mark
            | '\u{2E3C}' // ⸼
            | '\u{A4FF}' // Lisu
            | '\u{A60E}' | '\u{A60F}' // Vai
            | '\u{A6F3}' | '\u{A6F7}' // Bamum
            | '\u{A876}' | '\u{A877}' // Phags-pa
            | '\u{A8CE}' | '\u{A8CF}' // Saurashtra
            | '\u{A92F}' // Kayah Li
            | '\u{A9C8}' | '\u{A9C9}' // Javanese
            | '\u{AA5D}'..='\u{AA5F}' // Cham
            | '\u{AAF0}' | '\u{AAF1}' // Meetei Mayek
            | '\u{ABEB}' // Meetei Mayek cheikhei
            | '\u{FE52}' // ﹒ small full stop
            | '\u{FF0E}' // ． fullwidth full stop
    )
}

/// Terminators after which no space is expected before the next sentence: the stops of scripts
/// written without spaces between sentences (`文。次`, Ethiopic `።`, Myanmar `။`, Khmer `។`).
/// Excludes the ellipsis (`ձմեռ…գիշեր` runs on) and the full-width full stop, which is also a
/// decimal point (`３．２９％`).
pub(crate) fn needs_no_space(c: char) -> bool {
    !c.is_ascii() && is_strong_terminator(c) && !matches!(c, '\u{2026}' | '\u{FF0E}' | '\u{FE52}')
}

/// Thai and Lao letters, vowels and marks, which may end a word: not the digits, `ๆ`, `ฯ`
/// (U+0E2F, U+0E46 and their Lao forms) nor the punctuation.
pub(crate) fn ends_thai_lao_word(c: char) -> bool {
    matches!(c,
        '\u{0E01}'..='\u{0E2E}' | '\u{0E30}'..='\u{0E45}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{0E81}'..='\u{0EAE}' | '\u{0EB0}'..='\u{0EC4}' | '\u{0EC8}'..='\u{0ECE}'
        | '\u{0EDC}'..='\u{0EDF}'
    )
}

/// How a Thai or Lao character joins its neighbours: what the tokeniser's clusters are built
/// from, and what tells the splitter whether a character can begin a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ThaiLaoRole {
    /// A vowel written before the consonant it follows in speech: joins the next letter.
    Preceding,
    /// A vowel sign, tone mark or following vowel: joins the cluster before it.
    Attached,
    /// A consonant or independent vowel: starts a cluster.
    Letter,
}

/// The [`ThaiLaoRole`] of `c`, a Thai or Lao character ([`ends_thai_lao_word`]).
pub(crate) fn thai_lao_role(c: char) -> ThaiLaoRole {
    match c {
        '\u{0E40}'..='\u{0E44}' | '\u{0EC0}'..='\u{0EC4}' => ThaiLaoRole::Preceding,
        // Thai: sara a, mai han-akat, sara aa, sara am, the vowels above and below, phinthu,
        // lakkhangyao, and the marks from maitaikhu to yamakkan. Lao likewise.
        '\u{0E30}'..='\u{0E3A}'
        | '\u{0E45}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{0EB0}'..='\u{0EBC}'
        | '\u{0EC8}'..='\u{0ECE}' => ThaiLaoRole::Attached,
        _ => ThaiLaoRole::Letter,
    }
}

/// Dashes that introduce the speaker after quoted speech (`Why? — he asked.`) or an aside
/// (`and -- voila! -- you have cake`).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

/// Bullets that may open a list item (`• 9. The first item`).
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2043}' | '\u{25E6}' | '\u{25AA}' | '\u{2023}' | '\u{00B7}' | '*' | '-'
    )
}

/// Invisible formatting characters (directional marks, zero-width joiners) that may sit inside
/// a word without changing it: `د\u{202A}.\u{202C}`.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Punctuation that may follow a terminator and still belong to the sentence: closing quotes
/// and brackets (`."`, `?)`, `.’`, `。」`).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{2019}' // ’
            | '\u{201D}' // ”
            | '\u{00BB}' // »
            | '\u{203A}' // ›
            | '\u{300D}' // 」
            | '\u{300F}' // 』
            | '\u{3009}' // 〉
            | '\u{300B}' // 》
            | '\u{3011}' // 】
            | '\u{FF09}' // ）
            | '\u{FF3D}' // ］
            | '\u{201C}' // “ closes German, Czech and Slovak quotations („…“)
            | '\u{2018}' // ‘ likewise for single quotes (‚…‘)
    )
}

/// Punctuation that may stand between white space and the first letter of a word: opening quotes
/// and brackets.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '\u{2018}' // ‘
            | '\u{201C}' // “
            | '\u{201E}' // „
            | '\u{00AB}' // «
            | '\u{2039}' // ‹
            | '\u{300C}' // 「
            | '\u{300A}' // 《
            | '\u{300E}' // 『
            | '\u{FF08}' // （
            | '\u{00BF}' // ¿
            | '\u{00A1}' // ¡
            | '`' // TeX-style opening quotes, ``…''
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scanner_stops_at_every_stop_quote_and_bracket() {
        // ASCII quotes need no stop: they open no quotation the splitter tracks.
        let non_ascii = (0x80..=0x10FFFF).filter_map(char::from_u32);
        for c in non_ascii.chain(['.', '!', '?', '(', ')', '[', ']', '{', '}', '\n']) {
            if is_strong_terminator(c) || is_closer(c) || is_opener(c) || c == '\n' {
                let mut buf = [0; 4];
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(INTERESTING[first as usize], "{c:?} U+{:04X}", c as u32);
            }
        }
        // Letters of other scripts are skipped (Arabic letters share a lead byte with `؟`).
        for c in ['ж', 'λ', 'א', '中'] {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(!INTERESTING[first as usize], "{c}");
        }
    }

    #[test]
    fn the_chunked_scan_finds_the_first_interesting_byte() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789 abcdefghijklmnopqrstuvwxyz «x» end";
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let expected = bytes[from..to]
                    .iter()
                    .position(|&b| INTERESTING[b as usize]);
                assert_eq!(find_interesting(&bytes[from..to], &INTERESTING), expected);
            }
        }
    }

    #[test]
    fn every_non_ascii_terminator_starts_with_an_interesting_byte() {
        for c in [
            '\u{2026}', '\u{3002}', '\u{FF01}', '\u{0589}', '\u{061F}', '\u{0964}', '\u{17D4}',
            '\u{17D5}', '\u{104B}',
        ] {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(INTERESTING[first as usize], "{c}");
            assert!(is_strong_terminator(c));
        }
        assert!(!is_strong_terminator('.'));
        // Thai and Lao have no full stop; their repetition and abbreviation marks are not one,
        // nor is the Khmer or Myanmar comma-like sign.
        for c in ['ๆ', 'ฯ', 'ໆ', 'ຯ', '\u{17D7}', '\u{17D6}', '\u{104A}'] {
            assert!(!is_strong_terminator(c), "{c}");
        }
        assert!(!INTERESTING[b'a' as usize]);
    }
}

//! Language detection: whatlang's answer mapped onto [`Language`], and two languages whatlang
//! does not know (Lao and Kazakh) told by their letters.

use super::Language;

/// Lowest whatlang confidence at which [`Language::detect`] answers. whatlang's confidence is the
/// margin between its two best guesses, so close neighbours (Danish and Norwegian) get a low
/// one even on a clear paragraph: whatlang's own "reliable" mark (above 0.9) rejected the Danish
/// and Norwegian paragraphs of `tests/languages.rs` (0.21 and 0.84). On the pysbd golden rules
/// texts over 100 characters (`evaluate detect`), 0.9 was right on 114 of 131, and any value
/// from 0.1 to 0.5 on 117 (fewer texts undetected, three more wrong: Kazakh as Russian, English
/// as French, Danish as English).
const MIN_DETECTION_CONFIDENCE: f64 = 0.15;

/// Share of a text's letters that must be Lao for it to be Lao.
const MIN_LAO_SHARE: f64 = 0.5;

/// Share of a Cyrillic text's words that must have a letter of the Kazakh alphabet unknown to
/// Russian (`ә ғ қ ң ө ұ ү һ`) for it to be Kazakh. Russian, Ukrainian, Belarusian, Bulgarian,
/// Serbian and Macedonian have none of these letters; in the Kazakh texts of the pysbd golden
/// rules over 100 characters, 28% to 70% of the words have one, and a Kazakh name or two in a
/// Russian paragraph stay well below a quarter of its words.
const MIN_KAZAKH_WORD_SHARE: f64 = 0.25;

impl Language {
    /// Guesses the language of `text` (feature `detect`, on by default).
    ///
    /// `None` when the text is too short or too mixed for a clear answer (whatlang's margin
    /// between its two best guesses is under 0.15 of what it needs to be sure), or when it is in a
    /// language outside this enum (Ukrainian, Vietnamese, …). Detection uses whatlang's
    /// trigram and script statistics; a paragraph is usually enough, a few words are often not,
    /// and close neighbours (Danish, Norwegian and Swedish) are the likeliest to be confused or
    /// judged unreliable. whatlang knows neither Lao nor Kazakh: a text is Lao when most of its
    /// letters are, and Kazakh when it is written in Cyrillic with enough of the letters Kazakh
    /// adds to it (`қ`, `ә`, `ұ`, …).
    ///
    /// ```
    /// use salient::Language;
    /// let text = "Der Gemeinderat hat am Montag den neuen Haushalt beschlossen. \
    ///             Er sieht mehr Geld für die Schulen der Stadt vor.";
    /// assert_eq!(Language::detect(text), Some(Language::German));
    /// assert_eq!(Language::detect("北京今天天气很好，我们去公园散步吧。"), Some(Language::Chinese));
    /// assert_eq!(Language::detect(""), None);
    /// ```
    pub fn detect(text: &str) -> Option<Language> {
        let letters = LetterCounts::of(text);
        if letters.share(letters.lao) >= MIN_LAO_SHARE {
            return Some(Language::Lao);
        }
        if letters.cyrillic * 2 > letters.all
            && letters.kazakh_words as f64 >= MIN_KAZAKH_WORD_SHARE * letters.cyrillic_words as f64
        {
            return Some(Language::Kazakh);
        }
        let info = whatlang::detect(text)?;
        if info.confidence() < MIN_DETECTION_CONFIDENCE {
            return None;
        }
        Language::from_whatlang(info.lang())
    }

    /// The `Language` for a whatlang language, if this enum has it.
    fn from_whatlang(lang: whatlang::Lang) -> Option<Language> {
        use whatlang::Lang;
        Some(match lang {
            Lang::Amh => Language::Amharic,
            Lang::Ara => Language::Arabic,
            Lang::Hye => Language::Armenian,
            Lang::Bul => Language::Bulgarian,
            Lang::Mya => Language::Burmese,
            Lang::Cmn => Language::Chinese,
            Lang::Ces => Language::Czech,
            Lang::Dan => Language::Danish,
            Lang::Nld => Language::Dutch,
            Lang::Eng => Language::English,
            Lang::Fin => Language::Finnish,
            Lang::Fra => Language::French,
            Lang::Deu => Language::German,
            Lang::Ell => Language::Greek,
            Lang::Hin => Language::Hindi,
            Lang::Hun => Language::Hungarian,
            Lang::Ita => Language::Italian,
            Lang::Jpn => Language::Japanese,
            Lang::Khm => Language::Khmer,
            Lang::Kor => Language::Korean,
            Lang::Mar => Language::Marathi,
            Lang::Nob => Language::Norwegian,
            Lang::Pes => Language::Persian,
            Lang::Pol => Language::Polish,
            Lang::Por => Language::Portuguese,
            Lang::Ron => Language::Romanian,
            Lang::Rus => Language::Russian,
            Lang::Slk => Language::Slovak,
            Lang::Spa => Language::Spanish,
            Lang::Swe => Language::Swedish,
            Lang::Tam => Language::Tamil,
            Lang::Tha => Language::Thai,
            Lang::Tur => Language::Turkish,
            Lang::Urd => Language::Urdu,
            _ => return None,
        })
    }
}

/// Letters and words of a text by the scripts the rules above look at.
#[derive(Default)]
struct LetterCounts {
    all: usize,
    lao: usize,
    cyrillic: usize,
    /// Words with a Cyrillic letter.
    cyrillic_words: usize,
    /// Words with a letter of the Kazakh alphabet that Russian does not have.
    kazakh_words: usize,
}

impl LetterCounts {
    fn of(text: &str) -> LetterCounts {
        let mut counts = LetterCounts::default();
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let (mut cyrillic, mut kazakh) = (false, false);
            for c in word.chars() {
                counts.all += 1;
                match c {
                    '\u{0E80}'..='\u{0EFF}' => counts.lao += 1,
                    '\u{0400}'..='\u{04FF}' => {
                        counts.cyrillic += 1;
                        cyrillic = true;
                        kazakh |= is_kazakh_only(c);
                    }
                    _ => {}
                }
            }
            counts.cyrillic_words += usize::from(cyrillic);
            counts.kazakh_words += usize::from(kazakh);
        }
        counts
    }

    /// `count` as a share of all letters (0 for a text without letters).
    fn share(&self, count: usize) -> f64 {
        if self.all == 0 {
            0.0
        } else {
            count as f64 / self.all as f64
        }
    }
}

/// Whether `c` is a letter of the Kazakh alphabet that Russian does not have.
fn is_kazakh_only(c: char) -> bool {
    matches!(
        c,
        'ә' | 'Ә'
            | 'ғ'
            | 'Ғ'
            | 'қ'
            | 'Қ'
            | 'ң'
            | 'Ң'
            | 'ө'
            | 'Ө'
            | 'ұ'
            | 'Ұ'
            | 'ү'
            | 'Ү'
            | 'һ'
            | 'Һ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_with_a_variant_maps_to_it() {
        let mut mapped = Vec::new();
        for &lang in whatlang::Lang::all() {
            if let Some(language) = Language::from_whatlang(lang) {
                assert_eq!(language.iso639_3(), macro_code(lang.code()), "{lang:?}");
                mapped.push(language);
            } else {
                // whatlang's code of a language outside the enum names no variant.
                assert_eq!(Language::from_code(lang.code()), None, "{lang:?}");
            }
        }
        mapped.sort();
        // Every language but the two whatlang does not know.
        let expected: Vec<Language> = Language::ALL
            .iter()
            .copied()
            .filter(|l| !matches!(l, Language::Kazakh | Language::Lao))
            .collect();
        assert_eq!(mapped, expected);
    }

    /// The macrolanguage code for whatlang's individual-language codes.
    fn macro_code(code: &str) -> &str {
        match code {
            "cmn" => "zho",
            "nob" => "nor",
            "pes" => "fas",
            other => other,
        }
    }

    #[test]
    fn lao_and_kazakh_are_told_by_their_letters() {
        let lao = "ຝົນຕົກໜັກຕິດຕໍ່ກັນເປັນເວລາສາມມື້ ເຮັດໃຫ້ນ້ຳຂອງຂຶ້ນສູງ";
        assert_eq!(Language::detect(lao), Some(Language::Lao));
        let kazakh = "Қала әкімдігі жаңа мектептің құрылысын бастады. \
                      Құрылыс келесі жылы аяқталады деп күтілуде.";
        assert_eq!(Language::detect(kazakh), Some(Language::Kazakh));
        let russian = "Городская дума утвердила новый бюджет на следующий год. \
                       Бюджет предусматривает больше денег на ремонт школ.";
        assert_eq!(Language::detect(russian), Some(Language::Russian));
        // A Kazakh name in Russian text is not enough.
        let name =
            "Министр Құрманғали Әбдіқадыров заявил, что бюджет города вырастет в будущем году.";
        assert_ne!(Language::detect(name), Some(Language::Kazakh));
    }
}

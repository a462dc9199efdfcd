//! Unit tests of the splitter, grouped by theme. Each case is `splitter, text => sentences`.

use super::*;

/// One test per theme: every case splits `text` with `splitter` into exactly `sentences`.
macro_rules! split_cases {
    ($( $name:ident { $( $splitter:expr, $text:expr => [$($sentence:expr),* $(,)?]; )* } )*) => {
        $(
            #[test]
            fn $name() {
                $(
                    let splitter = $splitter;
                    let got: Vec<&str> = splitter.sentences($text).collect();
                    let expected: Vec<&str> = vec![$($sentence),*];
                    assert_eq!(got, expected, "text: {:?}", $text);
                )*
            }
        )*
    };
}

fn en() -> SentenceSplitter {
    SentenceSplitter::new(Language::English)
}

fn lang(language: Language) -> SentenceSplitter {
    SentenceSplitter::new(language)
}

fn code(code: &str) -> SentenceSplitter {
    SentenceSplitter::for_code(code).expect("known code")
}

split_cases! {
    empty_and_white_space_give_no_sentences {
        en(), "" => [];
        en(), " \n\t \n" => [];
        en(), "  no punctuation here  " => ["no punctuation here"];
    }

    titles_and_initials_do_not_end_sentences {
        en(), "Mr. Smith met Dr. Jones. They talked." => ["Mr. Smith met Dr. Jones.", "They talked."];
        en(), "J. R. R. Tolkien wrote it. It sold." => ["J. R. R. Tolkien wrote it.", "It sold."];
        en(), "We make a good team, you and I. Did you see Albert I. Jones yesterday?"
            => ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"];
        code("ru"), "Д-р наук А. И. Семенов и пр. выступали. Потом ушли."
            => ["Д-р наук А. И. Семенов и пр. выступали.", "Потом ушли."];
    }

    acronyms_end_sentences_only_before_a_sentence_start {
        en(), "He moved to the U.S. The move was hard." => ["He moved to the U.S.", "The move was hard."];
        en(), "The U.S. President spoke." => ["The U.S. President spoke."];
        en(), "We met at 5 p.m. Then we left." => ["We met at 5 p.m.", "Then we left."];
        en(), "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home."
            => ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home."];
        en(), "Apple Inc. Microsoft and others agreed." => ["Apple Inc. Microsoft and others agreed."];
    }

    abbreviations_before_numbers_do_not_end_sentences {
        en(), "I will be paid Rs. 16720 in total. Fine." => ["I will be paid Rs. 16720 in total.", "Fine."];
        en(), "See No. 5 and fig. 3 on p. 12. Done." => ["See No. 5 and fig. 3 on p. 12.", "Done."];
        en(), "I said no. Then I left." => ["I said no.", "Then I left."];
        code("es"), "Nos vemos el Mar. 23 de Nov. de 2014. Gracias."
            => ["Nos vemos el Mar. 23 de Nov. de 2014.", "Gracias."];
    }

    language_abbreviations {
        lang(Language::German), "Am 3. Oktober kam er, z. B. mit Hr. Meier. Dann ging er."
            => ["Am 3. Oktober kam er, z. B. mit Hr. Meier.", "Dann ging er."];
        lang(Language::French), "M. Dupont et Mme Durand sont là. Ils partent."
            => ["M. Dupont et Mme Durand sont là.", "Ils partent."];
        lang(Language::Spanish), "La Dra. Pérez llegó con el Sr. Gómez. Luego se fueron."
            => ["La Dra. Pérez llegó con el Sr. Gómez.", "Luego se fueron."];
        lang(Language::Italian), "Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?"
            => ["Sono l'Ing. Mengozzi.", "È presente l'Avv. Cassioni?"];
        lang(Language::Russian), "Едем в пгт. Брагиновка. Там тихо." => ["Едем в пгт. Брагиновка.", "Там тихо."];
        lang(Language::Danish), "De holdt Skt. Hans i byen. Det var sjovt."
            => ["De holdt Skt. Hans i byen.", "Det var sjovt."];
        code("sk"), "Ide o príslušníkov XII. Pluku, napr. XYZCorp a.s. v Bratislave. Prišli." =>
            ["Ide o príslušníkov XII. Pluku, napr. XYZCorp a.s. v Bratislave.", "Prišli."];
        code("sk"), "Zmluvu podpísala XYZCorp a.s. To bolo všetko." =>
            ["Zmluvu podpísala XYZCorp a.s.", "To bolo všetko."];
        code("pl"), "Kupiliśmy jabłka, gruszki itd. To wszystko." =>
            ["Kupiliśmy jabłka, gruszki itd.", "To wszystko."];
    }

    numbers_and_decimals_stay_whole {
        en(), "Profit was $1.13bn, up 3.5%. Good." => ["Profit was $1.13bn, up 3.5%.", "Good."];
        code("ja"), "引き下げ幅は３．２９％以上。次です。" => ["引き下げ幅は３．２９％以上。", "次です。"];
    }

    currency_times_and_emoticons {
        en(), "It costs $4.50 or €3.20 at 9.30 a.m. daily. Great :) See you." =>
            ["It costs $4.50 or €3.20 at 9.30 a.m. daily.", "Great :)", "See you."];
        en(), "We won :-). Then we left ;)" => ["We won :-).", "Then we left ;)"];
        code("hy"), "Շատ լավ է :) Գնացինք:" => ["Շատ լավ է :)", "Գնացինք:"];
    }

    urls_and_email_addresses_stay_whole {
        en(), "Visit www.example.com/a.html or mail me at j.doe@example.org. Thanks."
            => ["Visit www.example.com/a.html or mail me at j.doe@example.org.", "Thanks."];
    }

    closing_quotes_and_brackets_stay_with_their_sentence {
        en(), "He said \u{201C}we won.\u{201D} Then he left. (It rained.) Fine."
            => ["He said \u{201C}we won.\u{201D}", "Then he left.", "(It rained.)", "Fine."];
        lang(Language::German), "Sie sagte: \u{201E}Und auch keine Lust.\u{201C} Wir gehen."
            => ["Sie sagte: \u{201E}Und auch keine Lust.\u{201C}", "Wir gehen."];
    }

    stops_inside_quotations_do_not_end_sentences {
        code("sk"), "\u{201E}Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,\u{201C} reagoval Matovič."
            => ["\u{201E}Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,\u{201C} reagoval Matovič."];
        lang(Language::Italian), "Le parti (ad es. RAM, CPU, etc.) sono HW. Bene."
            => ["Le parti (ad es. RAM, CPU, etc.) sono HW.", "Bene."];
        code("zh"), "我们去看《摔跤吧！爸爸》好吗？好！" => ["我们去看《摔跤吧！爸爸》好吗？", "好！"];
    }

    multi_sentence_reported_speech_splits_into_its_sentences {
        en(), "\"Our assets were seized. We want them back,\" Mr Li said. Talks go on."
            => ["\"Our assets were seized.", "We want them back,\" Mr Li said.", "Talks go on."];
        en(), "\"We are considering a hike. The sooner the better.\"\n\nNext."
            => ["\"We are considering a hike.", "The sooner the better.\"", "Next."];
        en(), "\u{201C}It works. Really,\u{201D} said Ann. Fine."
            => ["\u{201C}It works. Really,\u{201D} said Ann.", "Fine."];
        en(), "\u{201C}It works. Really,\u{201D} Ann said. Fine."
            => ["\u{201C}It works.", "Really,\u{201D} Ann said.", "Fine."];
    }

    unbalanced_brackets_do_not_swallow_sentences {
        en(), "Models (Jonsen et al., 2003(Jonsen et al., 2005) exist. Nevertheless (Smith, 2008) they fail."
            => ["Models (Jonsen et al., 2003(Jonsen et al., 2005) exist.", "Nevertheless (Smith, 2008) they fail."];
        en(), "A stray \" quote. Then more. And more." => ["A stray \" quote.", "Then more.", "And more."];
    }

    ellipses {
        en(), "Wait... Then go. Well\u{2026} and then" => ["Wait...", "Then go.", "Well\u{2026} and then"];
        en(), "I never meant that.... She left." => ["I never meant that....", "She left."];
        en(), "It was . . . odd. The end . . . . Next one." => ["It was . . . odd.", "The end . . . .", "Next one."];
        en(), "Weakened compounds. . . . The practice was not abandoned. . . ."
            => ["Weakened compounds.", ". . . The practice was not abandoned. . . ."];
        en(), "\"Bohr [...] used stairways [...]\" (Smith 55). Next." => ["\"Bohr [...] used stairways [...]\" (Smith 55).", "Next."];
        en(), ". . ." => [". . ."];
        en(), "! ! !" => ["! ! !"];
    }

    lower_case_continuations {
        en(), "\"Why?\" she asked. Ok." => ["\"Why?\" she asked.", "Ok."];
        en(), "She works at Yahoo! in the accounting department." => ["She works at Yahoo! in the accounting department."];
        en(), "Mix it and -- voila! -- you have cake." => ["Mix it and -- voila! -- you have cake."];
        code("kk"), "Бірақ оның енді не керегі бар? — деді. Жақсы." => ["Бірақ оның енді не керегі бар? — деді.", "Жақсы."];
    }

    names_with_an_exclamation_mark {
        en(), "Ghosh at Yahoo! Research built it." => ["Ghosh at Yahoo! Research built it."];
    }

    lists_and_enumerations {
        en(), "1.) The first item 2.) The second item" => ["1.) The first item", "2.) The second item"];
        en(), "1) The first item. 2) The second item." => ["1) The first item.", "2) The second item."];
        en(), "1. The first item 2. The second item" => ["1. The first item", "2. The second item"];
        en(), "\u{2022} 9. The first item \u{2022} 10. The second item"
            => ["\u{2022} 9. The first item", "\u{2022} 10. The second item"];
        en(), "a. The first item b. The second item c. The third list item"
            => ["a. The first item", "b. The second item", "c. The third list item"];
        lang(Language::Danish), "1. The first item 2. The second item" => ["1. The first item", "2. The second item"];
    }

    blank_lines_and_headings_end_sentences {
        en(), "Headline here\n\nBody text. More body\nstill body."
            => ["Headline here", "Body text.", "More body\nstill body."];
        en(), "\u{2018}Putin goes out of way to welcome PM Imran\u{2019}\nInformation Minister spoke."
            => ["\u{2018}Putin goes out of way to welcome PM Imran\u{2019}", "Information Minister spoke."];
        en(), "He said \"no\n\nYes\" twice." => ["He said \"no", "Yes\" twice."];
        en(), "First paragraph\u{2029}Second one" => ["First paragraph", "Second one"];
        en(), "Windows heading\r\nThe body.\r\n\r\nNext" => ["Windows heading", "The body.", "Next"];
        en(), "Breaking news from the summit today\nThe minister arrived." =>
            ["Breaking news from the summit today", "The minister arrived."];
        en(), "The minister met with\nPresident Putin on Monday." =>
            ["The minister met with\nPresident Putin on Monday."];
        en(), "Talks went on. The minister met the president and his team\nMinisters later left." =>
            ["Talks went on.", "The minister met the president and his team\nMinisters later left."];
    }

    dateline_before_the_lead_is_its_own_sentence {
        en(), " date 2022-02-25 Prime Minister Imran Khan held talks."
            => ["date 2022-02-25", "Prime Minister Imran Khan held talks."];
        en(), "On 2022-02-25 he left." => ["On 2022-02-25 he left."];
    }

    stops_of_other_scripts {
        en(), "今天很好。明天下雨！" => ["今天很好。", "明天下雨！"];
        code("am"), "እንደምን አለህ፧መልካም ቀን ይሁንልህ።" => ["እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"];
        code("hy"), "Բարև Ձեզ: Իմ անունն է Արմինե: Ի՞նչ ես մտածում:"
            => ["Բարև Ձեզ:", "Իմ անունն է Արմինե:", "Ի՞նչ ես մտածում:"];
        code("hy"), "1960 թվական…ձմեռ…գիշեր:" => ["1960 թվական…ձմեռ…գիշեր:"];
        lang(Language::Greek), "Πού είναι; Εδώ." => ["Πού είναι;", "Εδώ."];
        code("ur"), "کیا حال ہے؟ ميرا نام ہے۔ ٹھیک" => ["کیا حال ہے؟", "ميرا نام ہے۔", "ٹھیک"];
        code("hi"), "यह है। हो सकता है।" => ["यह है।", "हो सकता है।"];
        SentenceSplitter::neutral(), "これはペンです。それはマーカーです。" => ["これはペンです。", "それはマーカーです。"];
    }

    arabic_comma_between_clauses_ends_sentences {
        // Clauses of three words or more on both sides, on a line with no stop: each is a
        // sentence.
        lang(Language::Arabic), "زار الوزير القاهرة، وعمان، وبيروت، والتقى فيها عددا من المسؤولين، ثم عاد إلى بلاده مساء الخميس"
            => ["زار الوزير القاهرة، وعمان، وبيروت،", "والتقى فيها عددا من المسؤولين،", "ثم عاد إلى بلاده مساء الخميس"];
        // A paragraph whose sentence ends in a full stop uses the comma as a comma; the
        // paragraph before it, without a stop, does not.
        lang(Language::Arabic), "زار الوزير القاهرة، والتقى فيها عددا من المسؤولين، ثم عاد إلى بلاده\n\nزار الوزير القاهرة، والتقى فيها عددا من المسؤولين، ثم عاد إلى بلاده."
            => ["زار الوزير القاهرة،", "والتقى فيها عددا من المسؤولين،", "ثم عاد إلى بلاده", "زار الوزير القاهرة، والتقى فيها عددا من المسؤولين، ثم عاد إلى بلاده."];
        // A line break inside the paragraph is a wrap, not its end.
        lang(Language::Arabic), "زار الوزير القاهرة، والتقى فيها عددا من\nالمسؤولين، ثم عاد إلى بلاده."
            => ["زار الوزير القاهرة، والتقى فيها عددا من\nالمسؤولين، ثم عاد إلى بلاده."];
        // A short opening word, a number, an enumeration closing the text.
        lang(Language::Arabic), "نعم، قال الرجل إنه سيحضر غدا." => ["نعم، قال الرجل إنه سيحضر غدا."];
        lang(Language::Arabic), "بلغ المعدل 3،5 في المئة هذا العام" => ["بلغ المعدل 3،5 في المئة هذا العام"];
        lang(Language::Arabic), "اشترى الرجل من السوق الخبز، والحليب، والجبن." => ["اشترى الرجل من السوق الخبز، والحليب، والجبن."];
        // Inside a quotation the comma belongs to the quoted sentence.
        lang(Language::Arabic), "قال الوزير «إن الحكومة ستعمل بجد، وإن الشعب سيرى النتائج قريبا» أمس."
            => ["قال الوزير «إن الحكومة ستعمل بجد، وإن الشعب سيرى النتائج قريبا» أمس."];
        // Persian writes the same comma as a plain comma.
        code("fa"), "او به خانه رفت، و غذا خورد و سپس خوابید." => ["او به خانه رفت، و غذا خورد و سپس خوابید."];
    }

    thai_and_lao_sentences_end_at_white_space_between_letters {
        // Two sentences of more than 16 letters each, one space between them.
        SentenceSplitter::neutral(), "ฝนตกหนักในกรุงเทพเมื่อคืนนี้ รถติดยาวหลายกิโลเมตรบนถนนสายหลัก"
            => ["ฝนตกหนักในกรุงเทพเมื่อคืนนี้", "รถติดยาวหลายกิโลเมตรบนถนนสายหลัก"];
        // A run of spaces counts once; any splitter applies the rule.
        en(), "ฝนตกหนักในกรุงเทพเมื่อคืนนี้   รถติดยาวหลายกิโลเมตร" => ["ฝนตกหนักในกรุงเทพเมื่อคืนนี้", "รถติดยาวหลายกิโลเมตร"];
        code("th"), "ฝนตกหนักในกรุงเทพเมื่อคืนนี้ รถติดยาว" => ["ฝนตกหนักในกรุงเทพเมื่อคืนนี้", "รถติดยาว"];
        // Lao likewise.
        code("lo"), "ຝົນຕົກໜັກຢູ່ນະຄອນຫຼວງວຽງຈັນມື້ວານນີ້ ນໍ້າຖ້ວມຫຼາຍເສັ້ນທາງ"
            => ["ຝົນຕົກໜັກຢູ່ນະຄອນຫຼວງວຽງຈັນມື້ວານນີ້", "ນໍ້າຖ້ວມຫຼາຍເສັ້ນທາງ"];
    }

    thai_spaces_inside_a_sentence_do_not_end_it {
        // A short opening word, a first name and surname, list items: the sentence so far is
        // too short to end.
        code("th"), "อย่างไรก็ตาม รัฐบาลยังมีแผนช่วยเหลือชาวนา" => ["อย่างไรก็ตาม รัฐบาลยังมีแผนช่วยเหลือชาวนา"];
        code("th"), "นายสมชาย ใจดี ผู้ว่าราชการจังหวัด" => ["นายสมชาย ใจดี ผู้ว่าราชการจังหวัด"];
        // A reporting verb binds the speaker to what was said.
        code("th"), "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ระดับน้ำในแม่น้ำปิงยังคงสูงขึ้น"
            => ["นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ระดับน้ำในแม่น้ำปิงยังคงสูงขึ้น"];
        // A comparison is not one.
        code("th"), "ฝนตกหนักต่อเนื่องนานมากกว่า น้ำท่วมบ้านเรือนหลายหลัง" => ["ฝนตกหนักต่อเนื่องนานมากกว่า", "น้ำท่วมบ้านเรือนหลายหลัง"];
        // Digits and Latin words have spaces around them.
        code("th"), "ผู้ส่งออกข้าวคาดว่าปริมาณจะเกิน 8 ล้านตัน" => ["ผู้ส่งออกข้าวคาดว่าปริมาณจะเกิน 8 ล้านตัน"];
        code("th"), "คนไทยจำนวนมากใช้งาน Facebook ทุกวันเพื่ออ่านข่าว" => ["คนไทยจำนวนมากใช้งาน Facebook ทุกวันเพื่ออ่านข่าว"];
        // ๆ and ฯ are not stops, and spaces around them do not end the sentence.
        code("th"), "เด็กนักเรียนในโรงเรียนหลายแห่ง ๆ ต้องหยุดเรียน" => ["เด็กนักเรียนในโรงเรียนหลายแห่ง ๆ ต้องหยุดเรียน"];
        code("th"), "ฝนตกหนักทั่วทั้งกรุงเทพฯ ตั้งแต่เมื่อคืนนี้" => ["ฝนตกหนักทั่วทั้งกรุงเทพฯ ตั้งแต่เมื่อคืนนี้"];
        code("th"), "เด็กๆเล่นน้ำ" => ["เด็กๆเล่นน้ำ"];
        // A quotation that closes later is one sentence.
        code("th"), "เขากล่าวว่า “ฝนตกหนักในกรุงเทพเมื่อคืนนี้ รถติดยาวหลายกิโลเมตร” แล้วก็กลับบ้าน"
            => ["เขากล่าวว่า “ฝนตกหนักในกรุงเทพเมื่อคืนนี้ รถติดยาวหลายกิโลเมตร” แล้วก็กลับบ้าน"];
        // A period after Thai letters marks an abbreviation, dotted or not: not a stop.
        SentenceSplitter::neutral(), "ดร. สมชาย ใจดี เปิดเผยข้อมูล" => ["ดร. สมชาย ใจดี เปิดเผยข้อมูล"];
        code("th"), "ถนนเส้นนี้ยาวประมาณ 5 กม. จากตัวเมือง" => ["ถนนเส้นนี้ยาวประมาณ 5 กม. จากตัวเมือง"];
    }

    thai_line_breaks_end_sentences {
        // A short headline on its own line is a sentence of its own.
        code("th"), "น้ำท่วมเชียงใหม่\nฝนตกหนักต่อเนื่องนานกว่าสิบชั่วโมง" => ["น้ำท่วมเชียงใหม่", "ฝนตกหนักต่อเนื่องนานกว่าสิบชั่วโมง"];
        SentenceSplitter::neutral(), "น้ำท่วม\n\nฝนตก" => ["น้ำท่วม", "ฝนตก"];
    }

    khmer_and_myanmar_stops {
        code("km"), "ភ្លៀងធ្លាក់ខ្លាំង។ ទឹកទន្លេឡើងខ្ពស់។" => ["ភ្លៀងធ្លាក់ខ្លាំង។", "ទឹកទន្លេឡើងខ្ពស់។"];
        // No space is needed after the khan, and the bariyoosan ends a section.
        SentenceSplitter::neutral(), "ភ្លៀងធ្លាក់ខ្លាំង។ទឹកទន្លេឡើងខ្ពស់៕" => ["ភ្លៀងធ្លាក់ខ្លាំង។", "ទឹកទន្លេឡើងខ្ពស់៕"];
        // `។ល។` is "etc.", and spaces between Khmer phrases are not stops.
        code("km"), "ផ្លែឈើ ចេក ស្វាយ ។ល។ មានតម្លៃថោក។ ល្អ។" => ["ផ្លែឈើ ចេក ស្វាយ ។ល។ មានតម្លៃថោក។", "ល្អ។"];
        code("km"), "ផ្លែឈើ ចេក ស្វាយ។ល។" => ["ផ្លែឈើ ចេក ស្វាយ។ល។"];
        code("my"), "မိုးသည်းထန်စွာရွာသည်။ရေကြီးသည်။" => ["မိုးသည်းထန်စွာရွာသည်။", "ရေကြီးသည်။"];
        SentenceSplitter::neutral(), "မိုးရွာသည်။ ရေကြီးသည်။" => ["မိုးရွာသည်။", "ရေကြီးသည်။"];
        // The little section `၊` separates clauses, like a comma.
        code("my"), "မိုးရွာသည်၊ ရေကြီးသည်။ လမ်းပိတ်သည်။" => ["မိုးရွာသည်၊ ရေကြီးသည်။", "လမ်းပိတ်သည်။"];
    }

    missing_space_after_a_stop {
        code("kk"), "Ресейдiң жағдайы.XVIII ғасырдың бiрiншi ширегi." => ["Ресейдiң жағдайы.", "XVIII ғасырдың бiрiншi ширегi."];
        en(), "Read the file.Txt? No: see example.com." => ["Read the file.Txt?", "No: see example.com."];
    }
}

#[test]
fn spans_slice_back_and_are_trimmed() {
    let text = "  One.  Two!\n\n Three?  ";
    let spans: Vec<Span> = en().split(text).collect();
    let pieces: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
    assert_eq!(pieces, ["One.", "Two!", "Three?"]);
    for pair in spans.windows(2) {
        assert!(pair[0].end <= pair[1].start);
    }
    let mut reused = Vec::with_capacity(8);
    en().split_into(text, &mut reused);
    assert_eq!(reused, spans);
}

#[test]
fn constructors_report_their_language() {
    assert_eq!(en().language(), Language::English);
    assert_eq!(en().code(), "en");
    assert_eq!(code("nb").language(), Language::Norwegian);
    assert_eq!(code("SK").code(), "sk");
    assert_eq!(SentenceSplitter::neutral().code(), "und");
    for known in ["th", "lo", "km", "my"] {
        assert_eq!(code(known).code(), known);
    }
    assert_eq!(code("hye").language(), Language::Armenian);
    assert_eq!(code("Korean").code(), "ko");
    assert!(SentenceSplitter::for_code("xx").is_none());
}

#[test]
fn a_splitter_exists_for_every_language() {
    for &language in Language::ALL {
        let splitter = SentenceSplitter::new(language);
        assert_eq!(splitter.code(), language.code());
        assert_eq!(splitter.language(), language);
        // Armenian writes its own full stop and keeps the period for abbreviations.
        let text = match language {
            Language::Armenian => "Abc def։ Ghi jkl։",
            _ => "Abc def. Ghi jkl.",
        };
        assert_eq!(splitter.sentences(text).count(), 2, "{language}");
    }
}

// Regression tests, named after what broke.

#[test]
fn elided_article_with_a_curly_apostrophe_does_not_panic() {
    // `core_word` sliced inside the three-byte `’`.
    let text = "Le recours d’intérimaires. Bien.";
    assert_eq!(lang(Language::French).sentences(text).count(), 2);
}

#[test]
fn period_after_a_word_following_a_multibyte_space_panicked() {
    // The word before a period started one byte past the last white space, inside U+00A0.
    for space in ['\u{a0}', '\u{2009}', '\u{3000}', '\u{85}'] {
        let text = format!("It cost 5{space}Mio. The rest followed.");
        for &language in Language::ALL {
            let kept: String = lang(language).sentences(&text).collect();
            assert_eq!(
                kept.split_whitespace().collect::<String>(),
                text.split_whitespace().collect::<String>()
            );
        }
    }
    let text = "Ask\u{a0}Dr. Jones today.";
    assert_eq!(en().sentences(text).count(), 1);
}

#[test]
fn straight_quotes_reopened_in_the_next_paragraph_merged_sentences() {
    // A straight quote was tracked as open, and the quote reopening the next paragraph was taken
    // for its closer: the whole quotation became one sentence.
    let text = "He said: \"Spending is high. But households spent their savings.\n\n\"France can't grow.\"";
    assert_eq!(
        en().sentences(text).collect::<Vec<_>>(),
        [
            "He said: \"Spending is high.",
            "But households spent their savings.",
            "\"France can't grow.\""
        ]
    );
    let text = "\"I am surprised. The drag came from electronics,\" said Lian.";
    assert_eq!(en().sentences(text).count(), 2);
}

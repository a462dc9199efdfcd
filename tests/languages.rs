//! Every `Language` on a real paragraph of its own, and the language-neutral mode on Chinese,
//! Japanese, Thai, Lao, Khmer and Burmese news: summaries are exact slices of the input, the
//! paragraphs split into their sentences, and detection finds each language.

use salient::{Language, LanguageSource, Length, SentenceSplitter, Summarizer};

/// One news-style paragraph per language, written for these tests (4–8 sentences each).
const PARAGRAPHS: &[(Language, &str)] = &[
    (
        Language::Amharic,
        "የአዲስ አበባ ከተማ አስተዳደር ሰኞ ዕለት አዲስ የትራንስፖርት እቅድ አጸደቀ። \
         እቅዱ በከተማዋ ውስጥ አዳዲስ የአውቶቡስ መስመሮችን እና የባቡር ጣቢያዎችን ያካትታል። \
         ከንቲባው እቅዱ የትራፊክ መጨናነቅን እንደሚቀንስ ተናግረዋል። \
         ነዋሪዎች ለረጅም ጊዜ የተሻለ የትራንስፖርት አገልግሎት ሲጠይቁ ቆይተዋል። \
         የግንባታ ስራው በሚቀጥለው ዓመት ይጀምራል።",
    ),
    (
        Language::Arabic,
        "أعلنت وزارة الصحة يوم الاثنين عن افتتاح مستشفى جديد في وسط المدينة. \
         يضم المستشفى الجديد ثلاثمائة سرير وقسما كبيرا لعلاج الأطفال. \
         وقال الوزير إن المستشفى سيخدم أكثر من مليون مواطن في المنطقة. \
         وقد استغرق بناء المستشفى أربع سنوات بتكلفة بلغت مئتي مليون دولار. \
         ويأمل السكان أن يخفف المستشفى الضغط عن المستشفيات القديمة.",
    ),
    (
        Language::Armenian,
        "Երևանի ավագանին երկուշաբթի օրը հաստատեց քաղաքի նոր բյուջեն։ \
         Բյուջեն ավելի շատ գումար է նախատեսում դպրոցների և մանկապարտեզների համար։ \
         Քաղաքապետը հայտարարեց, որ նոր ծրագիրը կբարելավի երեխաների կրթությունը։ \
         Ընդդիմությունը քննադատեց քաղաքի աճող պարտքը։ \
         Նոր բյուջեն ուժի մեջ կմտնի հունվարի մեկից։",
    ),
    (
        Language::Bulgarian,
        "Столичният общински съвет одобри в понеделник нов план за градския транспорт. \
         Планът предвижда нови трамвайни линии и повече електрически автобуси в цяла София. \
         Кметът заяви, че градът трябва да намали замърсяването на въздуха. \
         Опозицията разкритикува високата цена на проекта. \
         Първите нови автобуси ще тръгнат от следващата пролет.",
    ),
    (Language::Burmese, BURMESE),
    (Language::Chinese, CHINESE),
    (
        Language::Czech,
        "Zastupitelstvo města Brna v pondělí schválilo nový rozpočet na příští rok. \
         Rozpočet počítá s více penězi pro školy a školky ve všech čtvrtích. \
         Primátorka uvedla, že město musí investovat hlavně do vzdělávání dětí. \
         Opozice kritizovala rostoucí dluh města a vysoké výdaje na úředníky. \
         Nový rozpočet začne platit od prvního ledna.",
    ),
    (
        Language::Danish,
        "Byrådet i Aarhus vedtog mandag aften et nyt budget for det kommende år. \
         Budgettet giver flere penge til skolerne og til ældreplejen i hele kommunen. \
         Borgmesteren sagde, at aftalen var den bedste i mange år for byens borgere. \
         Oppositionen kritiserede dog, at der ikke blev afsat penge til nye cykelstier. \
         Budgettet træder i kraft den første januar næste år.",
    ),
    (
        Language::Dutch,
        "De gemeenteraad van Utrecht heeft dinsdag ingestemd met de bouw van een nieuwe brug. \
         De brug moet de drukke binnenstad ontlasten en fietsers een veilige route bieden. \
         Volgens de wethouder begint de bouw van de brug al in het voorjaar. \
         Bewoners van de wijk maken zich zorgen over het lawaai tijdens de werkzaamheden. \
         De gemeente belooft dat de overlast zo klein mogelijk zal blijven.",
    ),
    (
        Language::English,
        "Heavy rain flooded large parts of the northern valley on Monday morning. \
         The floods closed twelve schools and cut the main railway line to the coast. \
         Emergency crews rescued dozens of families from the roofs of their homes. \
         Officials said the river had not risen so high in more than fifty years. \
         More rain is expected across the valley later this week.",
    ),
    (
        Language::Finnish,
        "Helsingin kaupunginvaltuusto hyväksyi keskiviikkona uuden raitiotien rakentamisen. \
         Uusi raitiotie yhdistää keskustan ja itäiset kaupunginosat vuoteen kaksituhattakolmekymmentä mennessä. \
         Hankkeen arvioidaan maksavan noin neljäsataa miljoonaa euroa. \
         Asukkaat ovat odottaneet parempia liikenneyhteyksiä jo vuosien ajan. \
         Rakennustyöt alkavat ensi keväänä kaupungin itäosassa.",
    ),
    (
        Language::French,
        "Le conseil municipal de Lyon a adopté lundi soir un nouveau plan pour les transports. \
         Ce plan prévoit trois nouvelles lignes de tramway et de nombreuses pistes cyclables. \
         Le maire a déclaré que la ville devait réduire fortement la pollution de l'air. \
         Les commerçants du centre craignent cependant une baisse de leur clientèle pendant les travaux. \
         Les premiers chantiers commenceront au printemps prochain.",
    ),
    (
        Language::German,
        "Der Stadtrat von Leipzig hat am Montag einen neuen Haushalt beschlossen. \
         Der Haushalt sieht deutlich mehr Geld für Schulen und Kindergärten vor. \
         Die Oberbürgermeisterin sprach von einem wichtigen Signal für junge Familien. \
         Die Opposition kritisierte dagegen die hohen neuen Schulden der Stadt. \
         Der Haushalt gilt ab dem ersten Januar des kommenden Jahres.",
    ),
    (
        Language::Greek,
        "Το δημοτικό συμβούλιο της Αθήνας ενέκρινε τη Δευτέρα νέο πρόγραμμα για τα πάρκα της πόλης. \
         Το πρόγραμμα προβλέπει τη φύτευση δέκα χιλιάδων δέντρων μέσα σε δύο χρόνια. \
         Ο δήμαρχος δήλωσε ότι η πόλη χρειάζεται περισσότερο πράσινο και δροσιά το καλοκαίρι. \
         Οι κάτοικοι των κεντρικών γειτονιών υποδέχθηκαν με χαρά την απόφαση. \
         Οι πρώτες εργασίες θα ξεκινήσουν τον επόμενο μήνα.",
    ),
    (
        Language::Hindi,
        "दिल्ली नगर निगम ने सोमवार को शहर के लिए नई जल योजना को मंजूरी दी। \
         इस योजना के तहत शहर के सभी इलाकों में हर दिन साफ पानी पहुँचाया जाएगा। \
         महापौर ने कहा कि नई पाइपलाइन बिछाने का काम अगले महीने शुरू होगा। \
         गर्मियों में पानी की कमी से लोगों को बहुत परेशानी हुई थी। \
         अधिकारियों ने बताया कि यह योजना दो साल में पूरी हो जाएगी।",
    ),
    (
        Language::Hungarian,
        "A budapesti közgyűlés hétfőn elfogadta a város új közlekedési tervét. \
         A terv szerint a következő években új villamosvonalak épülnek a külső kerületekben. \
         A főpolgármester szerint a fejlesztés csökkenti a dugókat és a légszennyezést. \
         Az ellenzék szerint a terv túl drága és nem elég átgondolt. \
         Az első munkálatok jövő tavasszal kezdődnek a belvárosban.",
    ),
    (
        Language::Italian,
        "Il consiglio comunale di Bologna ha approvato lunedì un nuovo piano per il centro storico. \
         Il piano prevede la chiusura al traffico di molte strade e nuove zone pedonali. \
         Il sindaco ha detto che la città diventerà più silenziosa e più pulita. \
         I commercianti temono invece di perdere clienti durante i lavori. \
         Le prime strade saranno chiuse alle auto già dal mese prossimo.",
    ),
    (Language::Japanese, JAPANESE),
    (
        Language::Kazakh,
        "Алматы қалалық мәслихаты дүйсенбі күні қаланың жаңа бюджетін бекітті. \
         Бюджет мектептер мен балабақшаларға көбірек қаражат бөлуді көздейді. \
         Қала әкімі бұл шешім жас отбасылар үшін маңызды екенін айтты. \
         Оппозиция қаланың жаңа қарыздарын сынға алды. \
         Жаңа бюджет келесі жылдың бірінші қаңтарынан бастап күшіне енеді.",
    ),
    (Language::Khmer, KHMER),
    (
        Language::Korean,
        "서울시 의회는 월요일 새로운 대중교통 계획을 승인했다. \
         이 계획에 따라 도시 외곽 지역에 새로운 지하철 노선과 버스 노선이 생긴다. \
         서울시장은 교통 체증과 대기 오염이 크게 줄어들 것이라고 말했다. \
         야당은 사업 비용이 너무 많이 든다고 비판했다. \
         첫 공사는 내년 봄에 시작될 예정이다.",
    ),
    (Language::Lao, LAO),
    (
        Language::Marathi,
        "पुणे महानगरपालिकेने सोमवारी शहरासाठी नवीन पाणीपुरवठा योजनेला मंजुरी दिली. \
         या योजनेमुळे शहरातील सर्व भागांना दररोज स्वच्छ पाणी मिळेल. \
         नवीन जलवाहिन्या टाकण्याचे काम पुढील महिन्यात सुरू होईल, असे महापौरांनी सांगितले. \
         उन्हाळ्यात पाण्याच्या टंचाईमुळे नागरिकांना खूप त्रास सहन करावा लागला. \
         ही योजना दोन वर्षांत पूर्ण होईल, असे अधिकाऱ्यांनी सांगितले.",
    ),
    (
        Language::Norwegian,
        "Bystyret i Bergen vedtok tirsdag en ny plan for kollektivtrafikken i byen. \
         Planen gir flere avganger med bybanen og nye busslinjer til bydelene i nord. \
         Ordføreren sa at byen må gjøre det enklere å la bilen stå hjemme. \
         Flere innbyggere har lenge klaget over fulle busser og lange ventetider. \
         De nye avgangene kommer allerede fra neste høst.",
    ),
    (
        Language::Persian,
        "شورای شهر تهران روز دوشنبه طرح جدیدی برای حمل و نقل عمومی تصویب کرد. \
         این طرح شامل خطوط جدید مترو و اتوبوس‌های برقی در سراسر شهر است. \
         شهردار گفت که این طرح آلودگی هوا و ترافیک را کاهش خواهد داد. \
         مخالفان از هزینه‌های بالای این طرح انتقاد کردند. \
         نخستین اتوبوس‌های برقی از بهار آینده به کار می‌افتند.",
    ),
    (
        Language::Polish,
        "Rada miasta Krakowa przyjęła w poniedziałek nowy plan dla komunikacji miejskiej. \
         Plan przewiduje nowe linie tramwajowe i więcej autobusów elektrycznych w całym mieście. \
         Prezydent miasta powiedział, że Kraków musi ograniczyć smog i korki. \
         Opozycja skrytykowała wysokie koszty projektu i opóźnienia. \
         Pierwsze nowe tramwaje wyjadą na ulice przyszłej wiosny.",
    ),
    (
        Language::Portuguese,
        "A câmara municipal de Lisboa aprovou na segunda-feira um novo plano para a habitação. \
         O plano prevê a construção de três mil casas com rendas acessíveis nos próximos anos. \
         O presidente da câmara afirmou que os jovens precisam de casas a preços justos. \
         A oposição considera que o plano chega tarde e não resolve a crise da habitação. \
         As primeiras obras devem começar ainda este ano.",
    ),
    (
        Language::Romanian,
        "Consiliul general al municipiului București a aprobat luni un nou plan pentru transportul public. \
         Planul prevede autobuze electrice noi și linii de tramvai modernizate în toată capitala. \
         Primarul a declarat că orașul trebuie să reducă poluarea și aglomerația din trafic. \
         Opoziția a criticat costurile mari ale proiectului și întârzierile anterioare. \
         Primele autobuze electrice vor circula din primăvara anului viitor.",
    ),
    (
        Language::Russian,
        "Городская дума Новосибирска в понедельник утвердила новый бюджет на следующий год. \
         Бюджет предусматривает больше денег на ремонт школ и строительство новых дорог. \
         Мэр города заявил, что жители давно ждали этих изменений. \
         Депутаты оппозиции раскритиковали рост долга и расходы на чиновников. \
         Новый бюджет вступит в силу с первого января.",
    ),
    (
        Language::Slovak,
        "Mestské zastupiteľstvo v Košiciach v pondelok schválilo nový plán pre verejnú dopravu. \
         Plán počíta s novými električkovými traťami a elektrickými autobusmi v celom meste. \
         Primátor povedal, že mesto musí znížiť znečistenie ovzdušia a zápchy. \
         Opozícia kritizovala vysoké náklady projektu a dlhé meškanie prác. \
         Prvé nové autobusy vyjdú do ulíc budúcu jar.",
    ),
    (
        Language::Spanish,
        "El ayuntamiento de Valencia aprobó el lunes un nuevo plan para proteger las playas de la ciudad. \
         El plan incluye la plantación de dunas y la limpieza diaria de la arena durante el verano. \
         La alcaldesa explicó que las playas sufren cada año más por las tormentas y el turismo. \
         Los vecinos de la costa recibieron la noticia con alivio y esperanza. \
         Las primeras obras empezarán en el mes de octubre.",
    ),
    (
        Language::Swedish,
        "Kommunfullmäktige i Göteborg beslutade på måndagen om en ny plan för stadens parker. \
         Planen innebär att tusentals nya träd ska planteras i alla stadsdelar. \
         Kommunstyrelsens ordförande sade att staden behöver mer grönska och skugga på sommaren. \
         Många invånare har länge efterfrågat fler gröna platser nära sina bostäder. \
         De första träden planteras redan i höst.",
    ),
    (
        Language::Tamil,
        "சென்னை மாநகராட்சி திங்கள்கிழமை புதிய குடிநீர் திட்டத்திற்கு ஒப்புதல் அளித்தது. \
         இந்தத் திட்டத்தின் மூலம் நகரின் அனைத்து பகுதிகளுக்கும் தினமும் குடிநீர் வழங்கப்படும். \
         புதிய குழாய்கள் அமைக்கும் பணிகள் அடுத்த மாதம் தொடங்கும் என்று மேயர் தெரிவித்தார். \
         கோடை காலத்தில் தண்ணீர் பற்றாக்குறையால் மக்கள் மிகவும் சிரமப்பட்டனர். \
         இந்தத் திட்டம் இரண்டு ஆண்டுகளில் முடிக்கப்படும் என்று அதிகாரிகள் கூறினர்.",
    ),
    (Language::Thai, THAI),
    (
        Language::Turkish,
        "İzmir Büyükşehir Belediyesi pazartesi günü yeni bir toplu taşıma planını onayladı. \
         Plana göre şehrin dış mahallelerine yeni metro ve tramvay hatları yapılacak. \
         Belediye başkanı, trafiğin ve hava kirliliğinin azalacağını söyledi. \
         Muhalefet ise projenin maliyetinin çok yüksek olduğunu savundu. \
         İlk inşaat çalışmalarının gelecek bahar başlaması bekleniyor.",
    ),
    (
        Language::Urdu,
        "کراچی کی شہری حکومت نے پیر کے روز شہر کے لیے پانی کے ایک نئے منصوبے کی منظوری دی۔ \
         اس منصوبے کے تحت شہر کے تمام علاقوں کو روزانہ صاف پانی فراہم کیا جائے گا۔ \
         میئر نے کہا کہ نئی پائپ لائنیں بچھانے کا کام اگلے مہینے شروع ہوگا۔ \
         گرمیوں میں پانی کی کمی سے شہریوں کو بہت مشکلات کا سامنا کرنا پڑا۔ \
         حکام نے بتایا کہ یہ منصوبہ دو سال میں مکمل ہو جائے گا۔",
    ),
];

/// Chinese news, written for this test: an earthquake, with one off-topic sentence.
const CHINESE: &str = "今天凌晨，四川省西部发生六级地震，震中位于山区。\
    地震造成多座房屋倒塌，部分道路中断。\
    当地政府立即启动地震应急预案，派出救援队前往灾区。\
    截至中午，救援队已从倒塌房屋中救出二十多名被困群众。\
    专家表示，未来几天灾区仍可能发生余震，提醒群众注意安全。\
    地震发生后，周边城市的医院已准备接收伤员。\
    另外，北京今天天气晴朗，气温适宜。\
    政府表示将尽快修复道路，恢复灾区的供电和供水。";

/// Japanese news, written for this test: a typhoon, with one off-topic sentence.
const JAPANESE: &str = "大型の台風十号は、今日の午後に九州南部に上陸しました。\
    台風の影響で、九州では多くの地域で大雨と強風が続いています。\
    気象庁は、台風による土砂災害や川の氾濫に厳重な警戒を呼びかけています。\
    鉄道会社は台風の接近に備えて、新幹線の運転を見合わせると発表しました。\
    空港では台風のため、百便以上の飛行機が欠航となりました。\
    一方、東京の動物園ではパンダの赤ちゃんが一歳の誕生日を迎えました。\
    台風は明日の朝にかけて、四国や中国地方に進む見込みです。";

fn assert_exact_slices(text: &str, summary: &salient::Summary<'_>) {
    for sentence in summary.sentences() {
        assert_eq!(&text[sentence.span.range()], sentence.text);
    }
}

#[test]
fn every_language_has_a_paragraph() {
    let mut languages: Vec<Language> = PARAGRAPHS.iter().map(|&(language, _)| language).collect();
    languages.sort();
    languages.dedup();
    assert_eq!(languages, Language::ALL);
}

#[test]
fn every_language_summarises_its_paragraph_into_exact_slices() {
    for &(language, text) in PARAGRAPHS {
        let summarizer = Summarizer::builder()
            .language(language)
            .length(Length::sentences(2))
            .build()
            .expect("valid");
        let summary = summarizer.summarize(text);
        assert_eq!(summary.len(), 2, "{language}");
        assert!(
            (4..=8).contains(&summary.document_sentences()),
            "{language}: {} sentences",
            summary.document_sentences()
        );
        assert_exact_slices(text, &summary);
        assert_eq!(summary.language(), Some(language));
        assert_eq!(summary.language_source(), LanguageSource::Configured);
        for sentence in summary.sentences() {
            assert!(sentence.score > 0.0, "{language}: {sentence:?}");
        }
    }
}

#[cfg(feature = "detect")]
#[test]
fn detection_finds_every_language_of_its_paragraph() {
    let mut wrong = Vec::new();
    for &(language, text) in PARAGRAPHS {
        let detected = Language::detect(text);
        if detected != Some(language) {
            wrong.push(format!("{language}: {detected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[cfg(feature = "detect")]
#[test]
fn detecting_summariser_uses_each_paragraphs_language() {
    let summarizer = Summarizer::builder()
        .detect_language(true)
        .length(Length::sentences(2))
        .build()
        .expect("valid");
    for &(language, text) in PARAGRAPHS {
        let detected = summarizer.summarize(text);
        assert_eq!(detected.language(), Some(language));
        assert_eq!(detected.language_source(), LanguageSource::Detected);
        // The same summary as a summariser configured for the language.
        let configured = Summarizer::builder()
            .language(language)
            .length(Length::sentences(2))
            .build()
            .expect("valid")
            .summarize(text);
        assert_eq!(detected.sentences(), configured.sentences(), "{language}");
    }
}

fn neutral(k: usize) -> Summarizer {
    Summarizer::builder()
        .neutral()
        .length(Length::sentences(k))
        .build()
        .expect("valid")
}

#[test]
fn chinese_news_summary_is_about_the_earthquake() {
    let summary = neutral(2).summarize(CHINESE);
    assert_eq!(summary.document_sentences(), 8);
    assert_exact_slices(CHINESE, &summary);
    assert_eq!(summary.len(), 2);
    for sentence in summary.sentences() {
        assert!(sentence.text.contains("地震"), "{}", sentence.text);
        assert!(!sentence.text.contains("天气"), "{}", sentence.text);
    }
    assert_eq!(summary.language(), None);
    assert_eq!(summary.language_source(), LanguageSource::Configured);
}

#[test]
fn japanese_news_summary_is_about_the_typhoon() {
    let summary = neutral(2).summarize(JAPANESE);
    assert_eq!(summary.document_sentences(), 7);
    assert_exact_slices(JAPANESE, &summary);
    assert_eq!(summary.len(), 2);
    for sentence in summary.sentences() {
        assert!(sentence.text.contains("台風"), "{}", sentence.text);
        assert!(!sentence.text.contains("パンダ"), "{}", sentence.text);
    }
}

#[test]
fn off_topic_sentences_rank_last_in_chinese_and_japanese() {
    for (text, off_topic) in [(CHINESE, "天气"), (JAPANESE, "パンダ")] {
        let all = neutral(1).score(text);
        let worst = all.iter().max_by_key(|s| s.rank).expect("sentences");
        assert!(worst.text.contains(off_topic), "{}", worst.text);
    }
}

/// Thai news, written for this test: a flood, with one off-topic sentence (football). Thai has
/// no full stop: sentences are separated by a space, and spaces also set off a clause
/// (`… วันจันทร์ หลังจาก…`), a surname (`นายสมชาย ใจดี`), a reporting verb (`กล่าวว่า`), an
/// opening word (`ในขณะเดียวกัน`) and numbers (`๒ ประตูต่อ ๑`).
const THAI: &str = "เกิดน้ำท่วมฉับพลันในจังหวัดเชียงใหม่เมื่อคืนวันจันทร์ หลังจากฝนตกหนักต่อเนื่องนานกว่าสิบชั่วโมง \
    น้ำท่วมบ้านเรือนประชาชนกว่าสามพันหลังคาเรือนในอำเภอเมืองและอำเภอใกล้เคียง \
    เจ้าหน้าที่กู้ภัยได้อพยพผู้สูงอายุและเด็กออกจากพื้นที่น้ำท่วมไปยังศูนย์พักพิงชั่วคราว \
    นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ระดับน้ำในแม่น้ำปิงยังคงสูงขึ้นอย่างต่อเนื่อง \
    กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคเหนือต่อไปอีกอย่างน้อยสามวัน \
    ในขณะเดียวกัน ทีมฟุตบอลทีมชาติไทยเอาชนะคู่แข่งได้ ๒ ประตูต่อ ๑ ในการแข่งขันนัดกระชับมิตร \
    โรงเรียนหลายแห่งในเขตน้ำท่วมประกาศปิดการเรียนการสอนจนกว่าระดับน้ำจะลดลง";

/// Khmer news, written for this test: a flood, with one off-topic sentence (football). Khmer
/// ends sentences with the khan `។` and sets off phrases with spaces.
const KHMER: &str = "ទឹកជំនន់បានជន់លិចផ្ទះប្រជាពលរដ្ឋជាងពីរពាន់ខ្នងនៅខេត្តបាត់ដំបង។ \
    ភ្លៀងធ្លាក់ខ្លាំងជាប់ៗគ្នាអស់រយៈពេលបីថ្ងៃបានធ្វើឲ្យទឹកទន្លេឡើងខ្ពស់។ \
    អាជ្ញាធរខេត្តបានជម្លៀសប្រជាពលរដ្ឋដែលរងគ្រោះដោយទឹកជំនន់ទៅកាន់ទីទួលសុវត្ថិភាព។ \
    អភិបាលខេត្តបាននិយាយថា ទឹកជំនន់នេះធំជាងគេក្នុងរយៈពេលដប់ឆ្នាំចុងក្រោយ។ \
    ក្រុមបាល់ទាត់ជម្រើសជាតិកម្ពុជាបានឈ្នះការប្រកួតមិត្តភាពកាលពីយប់មិញ។ \
    សាលារៀនជាច្រើនត្រូវបានបិទរហូតដល់ទឹកជំនន់ស្រក។ \
    ក្រសួងធនធានទឹកព្រមានថា ទឹកជំនន់អាចកើតមានទៀតនៅសប្តាហ៍ក្រោយ។";

/// Lao news, written for this test: a flood, with one off-topic sentence (football). Like Thai,
/// Lao has no full stop and separates sentences with a space; spaces also set off a title and a
/// name (`ທ່ານ ສົມພອນ`) and a reporting verb (`ກ່າວວ່າ`).
const LAO: &str = "ເກີດນ້ຳຖ້ວມໃຫຍ່ຢູ່ແຂວງຫຼວງພະບາງໃນຄືນວັນຈັນ \
    ຝົນຕົກໜັກຕິດຕໍ່ກັນເປັນເວລາສາມມື້ເຮັດໃຫ້ນ້ຳຂອງຂຶ້ນສູງ \
    ເຈົ້າໜ້າທີ່ໄດ້ອົບພະຍົບປະຊາຊົນອອກຈາກເຂດນ້ຳຖ້ວມໄປຍັງບ່ອນປອດໄພ \
    ທ່ານ ສົມພອນ ເຈົ້າແຂວງຫຼວງພະບາງ ກ່າວວ່າ \
    ລະດັບນ້ຳໃນແມ່ນ້ຳຂອງຍັງສືບຕໍ່ສູງຂຶ້ນ \
    ທີມບານເຕະຊາດລາວໄດ້ຊະນະການແຂ່ງຂັນນັດມິດຕະພາບ \
    ໂຮງຮຽນຫຼາຍແຫ່ງໃນເຂດນ້ຳຖ້ວມໄດ້ປິດການຮຽນການສອນຈົນກວ່ານ້ຳຈະລົດລົງ \
    ກົມອຸຕຸນິຍົມເຕືອນວ່າຈະມີຝົນຕົກໜັກຕໍ່ໄປອີກຢ່າງໜ້ອຍສອງມື້";

/// Burmese news, written for this test: a flood, with one off-topic sentence (football). Burmese
/// ends sentences with `။`; `၊` is its comma, and spaces set off phrases.
const BURMESE: &str = "မန္တလေးတိုင်းတွင် ရေကြီးမှုကြောင့် အိမ်ခြေ နှစ်ထောင်ကျော် \
    ရေမြုပ်ခဲ့သည်။ မိုးသည်းထန်စွာ ရွာသွန်းမှုကြောင့် ဧရာဝတီမြစ်ရေ \
    မြင့်တက်လာသည်။ အာဏာပိုင်များက ရေဘေးသင့်ပြည်သူများကို \
    ဘေးကင်းရာသို့ ရွှေ့ပြောင်းပေးခဲ့ပြီး၊ စားနပ်ရိက္ခာများ \
    ဖြန့်ဝေခဲ့သည်။ မြန်မာ့ဘောလုံးအသင်းသည် ချစ်ကြည်ရေးပွဲတွင် \
    အနိုင်ရခဲ့သည်။ ရေကြီးသည့်ဒေသရှိ ကျောင်းများကို ရေကျသည်အထိ \
    ပိတ်ထားသည်။ မိုးလေဝသဌာနက နောက်ထပ် မိုးသည်းထန်စွာ \
    ရွာနိုင်ကြောင်း သတိပေးထားသည်။";

#[test]
fn thai_news_splits_at_spaces_between_sentences() {
    let sentences: Vec<&str> = SentenceSplitter::neutral().sentences(THAI).collect();
    assert_eq!(
        sentences,
        [
            // The one clause split: both halves are long runs of Thai.
            "เกิดน้ำท่วมฉับพลันในจังหวัดเชียงใหม่เมื่อคืนวันจันทร์",
            "หลังจากฝนตกหนักต่อเนื่องนานกว่าสิบชั่วโมง",
            "น้ำท่วมบ้านเรือนประชาชนกว่าสามพันหลังคาเรือนในอำเภอเมืองและอำเภอใกล้เคียง",
            "เจ้าหน้าที่กู้ภัยได้อพยพผู้สูงอายุและเด็กออกจากพื้นที่น้ำท่วมไปยังศูนย์พักพิงชั่วคราว",
            "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ระดับน้ำในแม่น้ำปิงยังคงสูงขึ้นอย่างต่อเนื่อง",
            "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคเหนือต่อไปอีกอย่างน้อยสามวัน",
            "ในขณะเดียวกัน ทีมฟุตบอลทีมชาติไทยเอาชนะคู่แข่งได้ ๒ ประตูต่อ ๑ ในการแข่งขันนัดกระชับมิตร",
            "โรงเรียนหลายแห่งในเขตน้ำท่วมประกาศปิดการเรียนการสอนจนกว่าระดับน้ำจะลดลง",
        ]
    );
    // The Thai splitter and a language's splitter agree: the rule follows the script.
    for splitter in [
        SentenceSplitter::for_code("th").expect("known"),
        SentenceSplitter::new(Language::English),
    ] {
        assert!(splitter.sentences(THAI).eq(sentences.iter().copied()));
    }
}

#[test]
fn khmer_news_splits_at_the_khan() {
    let sentences: Vec<&str> = SentenceSplitter::for_code("km")
        .expect("known")
        .sentences(KHMER)
        .collect();
    assert_eq!(sentences.len(), 7, "{sentences:?}");
    for sentence in &sentences {
        assert!(sentence.ends_with('។'), "{sentence}");
        assert_eq!(sentence.matches('។').count(), 1, "{sentence}");
    }
    assert!(
        SentenceSplitter::neutral()
            .sentences(KHMER)
            .eq(sentences.iter().copied())
    );
}

#[test]
fn lao_news_splits_at_spaces_between_sentences() {
    let sentences: Vec<&str> = SentenceSplitter::neutral().sentences(LAO).collect();
    assert_eq!(
        sentences,
        [
            "ເກີດນ້ຳຖ້ວມໃຫຍ່ຢູ່ແຂວງຫຼວງພະບາງໃນຄືນວັນຈັນ",
            "ຝົນຕົກໜັກຕິດຕໍ່ກັນເປັນເວລາສາມມື້ເຮັດໃຫ້ນ້ຳຂອງຂຶ້ນສູງ",
            "ເຈົ້າໜ້າທີ່ໄດ້ອົບພະຍົບປະຊາຊົນອອກຈາກເຂດນ້ຳຖ້ວມໄປຍັງບ່ອນປອດໄພ",
            // The speaker stays with the speech: a short title and name, then `ກ່າວວ່າ`.
            "ທ່ານ ສົມພອນ ເຈົ້າແຂວງຫຼວງພະບາງ ກ່າວວ່າ ລະດັບນ້ຳໃນແມ່ນ້ຳຂອງຍັງສືບຕໍ່ສູງຂຶ້ນ",
            "ທີມບານເຕະຊາດລາວໄດ້ຊະນະການແຂ່ງຂັນນັດມິດຕະພາບ",
            "ໂຮງຮຽນຫຼາຍແຫ່ງໃນເຂດນ້ຳຖ້ວມໄດ້ປິດການຮຽນການສອນຈົນກວ່ານ້ຳຈະລົດລົງ",
            "ກົມອຸຕຸນິຍົມເຕືອນວ່າຈະມີຝົນຕົກໜັກຕໍ່ໄປອີກຢ່າງໜ້ອຍສອງມື້",
        ]
    );
    let lao = SentenceSplitter::for_code("lo").expect("known");
    assert!(lao.sentences(LAO).eq(sentences.iter().copied()));
}

#[test]
fn burmese_news_splits_at_the_section_mark_not_the_comma() {
    let sentences: Vec<&str> = SentenceSplitter::neutral().sentences(BURMESE).collect();
    assert_eq!(sentences.len(), 6, "{sentences:?}");
    for sentence in &sentences {
        assert!(sentence.ends_with('။'), "{sentence}");
        assert_eq!(sentence.matches('။').count(), 1, "{sentence}");
    }
    // `၊` joins two clauses of one sentence.
    assert!(sentences[2].contains('၊'), "{}", sentences[2]);
    assert!(
        SentenceSplitter::new(Language::English)
            .sentences(BURMESE)
            .eq(sentences.iter().copied())
    );
}

#[test]
fn thai_lao_khmer_and_burmese_news_summaries_are_about_the_flood() {
    // Words for flood water and rain, and for football.
    let cases = [
        (THAI, ["น้ำ", "ฝน"], "ฟุตบอล"),
        (LAO, ["ນ້ຳ", "ຝົນ"], "ບານເຕະ"),
        (KHMER, ["ទឹក", "ភ្លៀង"], "បាល់ទាត់"),
        (BURMESE, ["ရေ", "မိုး"], "ဘောလုံး"),
    ];
    for (text, flood, football) in cases {
        let summary = neutral(2).summarize(text);
        assert_exact_slices(text, &summary);
        assert_eq!(summary.len(), 2);
        for sentence in summary.sentences() {
            assert!(
                flood.iter().any(|w| sentence.text.contains(w)),
                "{}",
                sentence.text
            );
            assert!(!sentence.text.contains(football), "{}", sentence.text);
        }
        assert_eq!(summary.language(), None);
        assert_eq!(summary.language_source(), LanguageSource::Configured);
        // The off-topic sentence ranks last, and no sentence is taken for a heading.
        let all = neutral(1).score(text);
        let worst = all.iter().max_by_key(|s| s.rank).expect("sentences");
        assert!(worst.text.contains(football), "{}", worst.text);
        assert!(all.iter().all(|s| s.score > 0.0), "{all:?}");
    }
}

#[cfg(feature = "detect")]
#[test]
fn scripts_without_spaces_are_detected_and_scored_as_in_the_neutral_mode() {
    let summarizer = Summarizer::builder()
        .detect_language(true)
        .length(Length::sentences(2))
        .build()
        .expect("valid");
    let cases = [
        (CHINESE, Language::Chinese),
        (JAPANESE, Language::Japanese),
        (THAI, Language::Thai),
        (LAO, Language::Lao),
        (KHMER, Language::Khmer),
        (BURMESE, Language::Burmese),
    ];
    for (text, language) in cases {
        assert_eq!(Language::detect(text), Some(language));
        let summary = summarizer.summarize(text);
        assert_eq!(summary.language(), Some(language));
        assert_eq!(summary.language_source(), LanguageSource::Detected);
        // No stemmer and no stopwords: the neutral mode's terms and weights, and on these
        // paragraphs the language's sentence rules cut as the neutral ones do.
        assert_eq!(summary.sentences(), neutral(2).summarize(text).sentences());
    }
}

#[cfg(feature = "detect")]
#[test]
fn detection_falls_back_to_neutral_without_letters() {
    let summarizer = Summarizer::builder()
        .detect_language(true)
        .length(Length::sentences(1))
        .build()
        .expect("valid");
    let text = "2024: 12 345. 2025: 67 890.";
    assert_eq!(Language::detect(text), None);
    let summary = summarizer.summarize(text);
    assert_eq!(summary.language(), None);
    assert_eq!(summary.language_source(), LanguageSource::Fallback);
}

#[cfg(feature = "detect")]
#[test]
fn alternating_languages_give_the_same_summaries_as_one_language_at_a_time() {
    // A thread keeps a few languages' lexicons; which it kept must not change any summary.
    let summarizer = Summarizer::builder()
        .detect_language(true)
        .build()
        .expect("valid");
    let alone: Vec<Vec<&str>> = PARAGRAPHS
        .iter()
        .map(|&(_, text)| {
            std::thread::scope(|scope| {
                scope
                    .spawn(|| {
                        summarizer
                            .summarize(text)
                            .iter()
                            .map(|s| s.span.slice(text))
                            .collect()
                    })
                    .join()
                    .expect("no panic")
            })
        })
        .collect();
    for round in 0..3 {
        for (i, &(language, text)) in PARAGRAPHS.iter().enumerate().rev() {
            let texts: Vec<&str> = summarizer
                .summarize(text)
                .iter()
                .map(|s| s.span.slice(text))
                .collect();
            assert_eq!(texts, alone[i], "{language}, round {round}");
            let numbers = summarizer.summarize("2024: 12 345. 2025: 67 890.");
            assert_eq!(numbers.language_source(), LanguageSource::Fallback);
        }
    }
}

// Package entity recognises, links and resolves the people, countries,
// places, organisations and events of an Arabic news report, and fills
// marsad.Document.Entities: each distinct real-world entity once, with
// every mention and its byte span into Article.Text.
//
// # What is read
//
// The title, the dateline and the body lines of the document, never its
// boilerplate. A document that has not been cleaned (no title, no body) is
// read whole, line by line. Mentions never cross a line or punctuation.
//
// # Recognition
//
// Tokens come from arabic.Tokenize and are matched by their arabic.Normalize
// keys against an index of the knowledge base (names, aliases, nisba
// adjectives) and of a short list of events, longest match first. The first
// word of a candidate is read through its clitic bases (وبكين, لبوتين,
// للأمم with its article restored), so that a mention's span covers the
// whole written word. When no spelling matches, a consonant skeleton (long
// vowels dropped, ج غ ك ق folded: بينغ/بينج, ترامب/ترمب) is tried for names
// of two words or more, single person names of six letters or more, and
// single place names of six letters or more that differ only by long
// vowels (كراكاس/كاراكاس), never for words with the article and never
// over a function word or a common one (وقال قائد is not وكالة كيودو).
//
// A nisba (الصيني, الروسية) is a mention of its country, and so is its
// indefinite accusative written with the alef of the tanween (دعما
// فرنسيا, انتصارا فلسطينيا) where that form is no name itself (روسيا,
// تركيا and ليبيا are the countries). A capital is
// recorded as its CITY entity even where it stands for the government
// (بكين); later stages use its Code. Forms the knowledge base marks weak
// (~شي, ~كوريا, a surname) are linked only when the document names their
// entity otherwise, or, for places, after a cue (مدينة, العاصمة).
//
// # Titles
//
// A title from the knowledge base's roles table (الرئيس, وزير الخارجية,
// المتحدث باسم الكرملين), in the construct state (رئيس منغوليا) or with a
// nisba (الرئيس الصيني), possibly with modifiers (المعين حديثا, السابق), is
// resolved to
//   - the person named right after it: one mention from the title to the
//     end of the name; a name the knowledge base lacks (two to four words
//     that read as a name) becomes a PERSON with no id, the title's Role and
//     its country's Code; a word that reads as the verb's object or an
//     adverb (اتصالا هاتفيا, زيارة رسمية, كلمة, عقب) or a preposition with
//     the article (بالوفود) is no word of a name;
//   - otherwise a person of the document who has held that office, or the
//     holder on the document's date (Published, else the middle of
//     PublishedRange, else the latest year the text mentions, else today);
//     a former holder (السابق) is not resolved by date.
//
// نظيره الروسي resolves to the holder, in the named country, of the office of
// the last person mentioned. الزعيمان, البلدين, الجانبين, بلديهما and the
// like, resolved once every name is known, add a mention to each of the
// pair the text last named together before them: two people or two
// countries joined in one clause by و or مع (شي وبوتين, بين روسيا والصين,
// مع نظيره), two people side by side (استقبل بوتين نظيره الصيني شي),
// for countries also the countries of two people so joined and the
// countries of two capitals (الرياض وطهران) — never the tail of a list
// (سوريا وليبيا والسودان) or a pair after a preposition (إشارات إلى
// أوكرانيا وتايوان). A host or third party named alone after the pair does
// not displace it; with no such pair, the two last mentioned. A national
// body named by a head and a nisba (وزارة الخارجية الصينية, الجيش الروسي,
// القوات المسلحة الأردنية, the plural in ات taking the feminine) is an
// ORGANIZATION with the nisba's code, unless the knowledge base names it
// whole; the head alone (الجيش) then stands for it, unless the document
// names two such bodies. The office of a national body (رئيس هيئة قناة
// السويس, زعيم حزب العمال الكردستاني) resolves to no holder of its
// country's offices.
//
// # Named events
//
// Besides the knowledge base's events, a summit of a named body or place
// (قمة منظمة شنغهاي للتعاون 2025, not قمة مصرية), an election of a kind
// with its country and time (الانتخابات البرلمانية العراقية, الانتخابات
// الرئاسية المقبلة, انتخابات 2021) and a World Cup with its year (كأس
// العالم 2034) are EVENT entities with no id.
//
// # Short names
//
// In a last pass every word of the name of a person the document names
// (شي, بوتين, تشيانج) stands for that person, unless two people share it.
// The Tagger (NewRecognizer sets package ner's model) adds names the
// knowledge base lacks, with no id. It reads only short windows after the
// words that introduce a name (an office: وزير, المتحدث, الشيخ; an
// organisation's head: وزارة, شركة, حزب, مفوضية; a place cue: مدينة,
// إقليم), and keeps only PERS spans of two words or more that read as a
// name and touch no mention, ORG spans that begin with a head word (two
// words, head and adjective, only as the short name of an organisation
// named in full), and LOC spans right after a place cue (CITY after
// مدينة, بلدة, قرية). An indefinite head before an adjective that agrees
// with it (منظمة مستقلة, لجنة مشتركة, منتدى اقتصادي) is a description and
// opens no window. Where the tagger finds no person after an office, the
// first run of words after the office's complement that reads as a name
// is taken (قائد قوات سوريا الديمقراطية مظلوم عبدي). A person so found
// takes the code of the first country or body the office names
// (المبعوث الأمريكي, سفير السعودية لدى), else that of the dateline's place.
// A person's Arabic name is given without the honorifics before it
// (الشيخ, الأمير, الملك, خادم الحرمين الشريفين).
//
// # What is not an entity
//
// A region's adjective (الغربية, الخليجية, and the nisba forms the
// knowledge base lists for a bloc: أوروبية, الأفريقية, عربية) names the
// bloc only after a political head (الدول, دول, العقوبات, القوى,
// العواصم) that agrees with it in definiteness (دول أوروبية, الدول
// الأوروبية; the mention is the adjective), never after an ordinary noun
// (المنطقة الغربية, الاستثمارات الخليجية); a region word that
// is also a plain word (المتوسط "average", الوسطى) only after a geographic
// cue (شرق المتوسط, البحر); a direction paired with another (بين الشرق
// والغرب) is none. A word with the article is never read with an enclitic
// dropped (والمتوسطة is not المتوسط+ه), and the skeleton is never tried on
// a base with the article or for names holding one (لجنة السياسة is not
// قناة السويس). A national body's nisba has the article and the head's
// gender (وزارة ... الصينية; مجلس تنسيقي سعودي is a description).
//
// # Records
//
// Entities come in order of first mention. ID is the QID or empty, Name
// the English name (for a new name, its Arabic), Arabic the fullest name
// form used in the text without its clitics (شي جين بينغ even when most
// mentions are شي; for a person the text never names, the fullest title
// that stands for them, الرئيس الأمريكي), Role the office held on the
// document's date. Mentions
// are in text order; their Text is always the text at their Span.
//
// # Cost
//
// The indexes are built once: maps keyed on normalised words for the first
// word of a phrase, and a trie over integer word ids for the words after
// it, so that a phrase of several words is matched one integer step a
// word, never by building its key.
//
// Each distinct word's record (its clitic bases, which of them begin a
// phrase of each index, its ids in the tries, and as bits the word lists it
// and its bases are in) is computed once and cached, by normalised word and
// by written form (up to 32768 words per concurrent Run). The records lie
// side by side in slabs, laid out by cache line: what the first pass reads
// of them comes first.
//
// The text is split at spaces into chunks. A chunk seen before (a word, or
// a word with its punctuation) is found by a hash computed while its end
// is sought, eight bytes at a time. It costs one read of a table of
// 32-byte slots and no normalisation, and every n-gram attempt and
// resolution step reads bits and integers instead of looking strings up.
//
// The knowledge-base match at each token is computed at most once per
// document. It is computed once for all documents where it is the word's
// alone: where the word's phrases are all of one word, or where the next
// token is in no longer phrase. The name words of the document's people
// are looked up in a table on hashes the word records keep.
//
// The Tagger's spans are kept by window text (up to 4096 windows per
// concurrent Run), so that a window an earlier report held (a title and
// its name) costs one lookup.
//
// The per-run buffers are kept and reset by length, never cleared whole,
// and the mentions of all entities share one array. No regular
// expressions run. Run is safe for concurrent use.
package entity

// Package arabic is marsad's Arabic text layer: matching keys, tokens,
// sentences, clitics and light stems. Every NLP stage uses it; it depends on
// the standard library only.
//
// The package never changes text. Tokens and sentences are byte ranges of
// the string they were given, so every annotation built on them points back
// into the original article; normalised forms are only keys for comparing
// and looking up words.
//
// # Normalisation
//
// [Normalize] maps a string to its matching key: diacritics, tatweel and
// invisible controls removed; alef, yeh, heh and kaf variants folded
// (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک ۀ → ي ك ه); the hamza
// carriers ؤ ئ folded to و ي as the project's scorer does
// ([NormalizeKeepHamza] keeps them, as CAMeL Tools and Lucene do by
// default); Arabic-Indic and Persian digits to ASCII; quote marks to '"';
// presentation forms to the letters they stand for. Latin case is kept.
// Normalize is idempotent, returns valid UTF-8, and returns its argument
// without allocating when it is already normal ([IsNormalized]);
// [AppendNormalized] writes into a caller's buffer. TestNormalize_CAMeLAndLucene
// records, case by case, where marsad agrees with CAMeL Tools'
// normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar
// and dediac_ar and with Lucene's ArabicNormalizer and PersianNormalizer,
// and why it differs where it does.
//
// # Tokens
//
// [Tokenize] splits a text into [Token] values of a [Kind]: Arabic words
// (letters with their diacritics and tatweel, and a ZWNJ between letters),
// Latin (words in other scripts), numbers (3.5, 1,000, ١٢٫٥, 2024م),
// and one token per punctuation mark or symbol. White space and format
// characters are not tokens. Offsets are bytes into the text; tokens are
// ordered, never empty and never overlap. A tatweel ends the clitic it
// stretches, so بـ"التعاون gives بـ, " and التعاون.
//
// # Sentences
//
// [Sentences] splits a text at line breaks and after the terminators
// . ؟ ? ! ؛ …, but not inside numbers (3.5) or words (aljazeera.net),
// after single-letter abbreviations (د. م. أ. ق.م U.S.) and Latin titles
// (Dr. Gen.), nor inside quotes unless the closing quote follows the
// terminator directly (then the sentence ends after the quote). A run of
// periods (.. or ...) ends a sentence when a space and more text follow.
// Segments are trimmed of spaces and never empty.
//
// # Clitics
//
// Arabic attaches conjunctions (و ف), prepositions (ب ك ل), the future
// particle (س), the article (ال, spelled لل after ل) and object or
// possessive pronouns (ه ها هم هن هما كم كن كما ي نا ني) to words.
// [Segmentations] lists the plausible splits of a normalised word and
// [Bases] the candidate bases for dictionary lookup, the word itself first
// and then by decreasing length: وللحكومه gives حكومه, والصين gives الصين
// and صين. Bases are at least two letters long and words shorter than
// three letters are left whole; the lists over-generate on purpose.
//
// # Stemming
//
// [Stem] is a light stemmer for search in the spirit of Larkey's Light10
// and Lucene's ArabicStemmer: one article or conjunction prefix, then a
// fixed sequence of suffixes, with length guards, and a short list of
// words whose initial و belongs to the root (وزير). [Key] is
// Stem(Normalize(word)), the search key: Key("الحكومة"),
// Key("وللحكومة") and Key("حكومات") are equal, as are Key("المفاوضات")
// and Key("مفاوضات"). Light stemming does not reach broken plurals and
// conflates some unrelated words; keys are for recall, not for analysis.
package arabic

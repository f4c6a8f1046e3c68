// Package quote finds direct quotations in Arabic news and who said them.
//
// A Finder reads a marsad.Document after the cleaning and entity stages:
// the body lines (never the title or boilerplate), the sentences, and the
// mentions of doc.Entities, which are its only source of names. It sets
// doc.Quotes; every quote's Text is the text at its Span in
// Article.Text, the words inside the marks without the marks (and without
// white space at either end).
//
// # Quote marks
//
// The marks " “ ” „ ‟ pair with each other as one family, « » and ‹ › each
// as theirs, because Arabic pages mix “…”, ”…“ and ”…” freely. Whether a
// mark opens or closes is read from its neighbours (a space, a colon or a
// clitic such as بـ before it and a letter after it opens: بـ"النموذجية"),
// then from its glyph, then from whether a quote of its family is open.
// Marks never pair across paragraphs. A quote nested in another is part of
// it; when the outer mark is never closed (a stray mark), the pairs inside
// it are the quotes. Every quoted span is a quote: a sentence, a phrase, a
// scare-quoted word, the name of an operation. Indirect speech (قال إن ...
// without marks) is not.
//
// # Speakers
//
// The attribution is the nearest attribution word before the quote in its
// sentence, skipping the words of other quotes, else one right after it
// ("..."، قال المتحدث / بحسب الوزارة):
//   - a finite verb (قال, أكد, أضاف, أشار, وصف, انتقد, دعا...): its subject
//     before it at the start of the clause (SVO: بوتين أكد أن), else the
//     subject right after it (VSO: وقال الرئيس الصيني); a passive
//     (وُصفت, يوصف, زيارة وصفت بـ"...") has no speaker; a verb with no
//     subject of its own (وأضاف أن, التي اعتبر أنها) takes the speaker last
//     named, in the sentence or up to eight sentences back;
//   - a participle or verbal noun (مؤكدا, مضيفا, بوصفه): the subject of an
//     attribution verb earlier in the sentence, else of the sentence's
//     first clause;
//   - a source (بحسب, وفقا لـ, حسبما, على لسان) and نقل عن: the name after it.
//
// A subject is an entity whose mention is the first word of the subject, or
// a speaking noun (المتحدث, وزير, مصادر, البيان): then the person the phrase
// names (المتحدث باسم الكرملين دميتري بيسكوف), else the phrase itself with
// the code of a country it names (مصادر إيرانية). A mention shared by
// several entities (الزعيمان, البلدان) is the one the text names first; a
// capital speaks for its country when the country is among the entities
// (انتقدت بكين: China). An entity speaker is its QID, else its Arabic
// name, with its actor code.
//
// A quote with no attribution word is a name when the noun before it says
// so (عملية, مشروع, شراكة, شعار: no speaker), else it takes the subject of
// its sentence (وطرح شي مبادرة لبناء "...": Xi), else has no speaker. A
// paragraph that is only a short quote is a subheading: it takes the
// speaker of the quote in the next paragraphs whose sentence shares most
// words with it. A quote opening a paragraph after one that ends in a colon
// is attributed by that paragraph.
//
// # Speed
//
// Quote marks are found by a byte scan; only paragraphs holding quotes (and
// the sentences searched for the last speaker) are split into words, each
// once per Run, and a word is folded and looked up in the word lists only
// when a rule reads it. Scratch space is pooled.
package quote

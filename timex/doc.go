// Package timex finds the date expressions of Arabic news text, resolves
// them against the publication date, and fixes or infers a document's
// publication date from them.
//
// # Expressions
//
// Find scans the text once: it splits it into words, digit runs and marks
// (Western, Arabic-Indic and Persian digits alike), normalises each word
// (no diacritics or tatweel, one alef, ى→ي, ة→ه) and looks the word up,
// with its proclitics و ف ب ل ك ال taken off step by step, in small maps of
// month names (Egyptian and Gulf يناير…, Levantine and Iraqi كانون الثاني…,
// Maghrebi جانفي… and Moroccan غشت…), Hijri months, weekdays, number words
// and period nouns. No regular expression runs. Every word the lists
// know, with every chain of proclitics, is looked up once per call in one
// hash table built at start-up (lexTable), whose entry holds the answers
// to all the questions the patterns ask about the word; words that can
// begin no expression are passed over without a pattern being tried.
// Scratch buffers are reused across calls from a free list.
//
// MayContainDate is the cheap test before Find: no digit and no date word
// means no expression, and Find itself returns at once then, so callers
// that look for dates sentence by sentence pay almost nothing for the
// sentences without any.
//
// The kinds (see Kind): Absolute dates with their year, in words or digits
// (2025/11/03, 03-11-2025); Month, a day and month or a month written
// without a year; Year; Relative expressions (أمس, الأسبوع الماضي, سبتمبر
// الماضي, قبل ثلاثة أيام); Weekday; Anniversary ("الذكرى الـ80 لنهاية الحرب
// العالمية الثانية", "مرور 75 عاما على ..."), resolved through the embedded
// table anniversaries.tsv of well-known events; and Hijri dates, converted
// with the arithmetic (tabular) Islamic calendar.
//
// Each expression keeps its byte span in the text and the precision it
// fixes (day, month or year); Future marks a future or planned context.
//
// # Publication date
//
// InferPublished fills a document's publication date when neither metadata
// nor the user gave one: a full date in a caption, credit, dateline, title
// or first line gives Published; otherwise the newest event the text
// mentions bounds a range. Teasers of other stories are left out. A date
// after منذ only starts an ongoing state: it bounds the range from below
// and never sets its end.
//
// News often dates itself only from a known event: "منذ بدء ولايته
// الجديدة الأسبوع الماضي", "بعد أيام من تنصيبه". timex knows no people; an
// Inferrer takes a TermStartFunc that, given the span of such a phrase,
// returns the days the person it refers to took office (the analysis
// package answers from the gazetteer), and the relative word then places
// the publication after the chosen term start.
package timex

// Package eval scores analysis records against a gold file, matching items
// exactly as the project's independent scorer, ../shared/tools/score.py,
// does (the rules of ../shared/gold/FORMAT.md, "How a scorer matches"), so
// that the product can score itself in tests and benchmarks and get the
// numbers score.py would print.
//
// # Matching
//
// Per gold document, items are matched one to one and greedily: each gold
// item, in gold order, takes the first unused system item that is the same.
//
//   - Entities: the same id where the gold has one; otherwise Arabic names
//     (the system's name when it has no Arabic) whose normalised token sets
//     contain one another.
//   - Events: the same type and the same source and target codes (compared
//     upper-cased, both absent counting as equal). Of matched events whose
//     gold date the text fixes (date_from is not "knowledge"), the system
//     date must begin with the gold date (agreement to the gold's precision).
//   - Quotes: the same speaker where the gold's is a QID, else the same
//     speaker code; and token F1 of the normalised texts at least 0.8.
//   - Figures: the same unit (case-insensitive) and a value within 1% of
//     the gold's.
//   - Boilerplate: the sets of lines, whitespace collapsed.
//   - Published: equal to the gold's date; against a gold range, a date
//     inside it, or a range that overlaps it and spans at most 14 days.
//   - Stories: pairwise precision and recall over unordered pairs of
//     documents placed in one story.
//
// Normalisation (Norm) is score.py's norm_ar: NFKC, Arabic diacritics and
// tatweel dropped, alef, ya, ta marbuta and hamza carriers folded, and every
// character that is neither a letter, a number, "_" nor a space read as a
// space.
//
// # Fidelity
//
// Records are read as Python's json module reads them and fields keep their
// JSON values, so that numbers, strings, nulls and odd types compare as
// Python compares them (1 == 1.0 == true, "1" != 1, str(id), float("1e3")).
// Where score.py itself would crash on an input, Score still returns a
// report. Known gaps: NaN and Infinity literals (Python's json accepts
// them, encoding/json does not), lone UTF-16 surrogates in strings,
// lists or objects used as ids (str() is approximated by JSON), and
// characters that Go's Unicode tables know but Python's do not. Dates are
// parsed as Python 3.11's date.fromisoformat parses them.
package eval

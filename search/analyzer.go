// Package search is marsad's Arabic text analysis for search: the
// analyser that turns text into index terms, the query syntax, and the
// snippets that show hits.
//
// The analyser is the contract between an index and its queries: a store
// indexes the keys Arabic.Terms gives for a text and looks up the keys it
// gives for the words of a query, so that الحكومة, وللحكومة and حكومات,
// which share the key حكوم, find one another.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Arabic is the project's analyser. The zero value is ready to use and
// safe for concurrent use.
type Arabic struct{}

var _ Analyzer = Arabic{}

// Terms returns one term per word and number of text, in order: an Arabic
// word gives arabic.Key(word) (normalised, clitics and light suffixes
// removed), a word in another script gives its lower case, and a number
// its normalised form (ASCII digits, so ٢٠٢٤ and 2024 meet).
// Punctuation and symbols give no term.
//
// Stopwords are kept, so that term positions stay those of the text and
// phrase queries match only adjacent words; a store may drop them from the
// plain words of a query with Stopword instead. A term's span is the bytes
// of its token in text.
func (Arabic) Terms(text string) []marsad.Term {
	toks := arabic.Tokenize(text)
	terms := make([]marsad.Term, 0, len(toks))
	for _, t := range toks {
		s := text[t.Start:t.End]
		var key string
		switch t.Kind {
		case arabic.Word:
			key = arabic.Key(s)
		case arabic.Latin:
			key = lower(s)
		case arabic.Number:
			key = arabic.Normalize(s)
		default:
			continue
		}
		if key != "" {
			terms = append(terms, marsad.Term{Key: key, Span: marsad.Span{Start: t.Start, End: t.End}})
		}
	}
	return terms
}

// Fold returns text in lower case and normalised (arabic.Normalize), a
// text of the same lines in which every key Terms gives for a word of a
// line is a substring of the folded line: an Arabic key is the stem of the
// normalised word, which is a substring of it, and normalisation and lower
// casing go rune by rune. Snippet uses it to skip lines with no key.
func (Arabic) Fold(text string) string {
	return arabic.Normalize(foldCase(text))
}

// foldCase returns strings.ToLower(s), without its cost when s has no
// upper-case letter (the Arabic block, U+0600–U+06FF with UTF-8 lead bytes
// D8–DB, has no case and is skipped unread).
func foldCase(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
		case c >= 0xD8 && c <= 0xDB:
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return strings.ToLower(s)
			}
			i += size
		}
	}
	return s
}

var _ Folder = Arabic{}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// stopwords are Arabic function words too common to search for on their
// own: prepositions, conjunctions, particles, demonstratives and relative
// pronouns. Words whose key is also that of a common content word are left
// out: على and عليه give the key of the name علي, مثل and غير are also
// verbs.
var stopwords = strings.Fields(`
في من إلى عن مع منذ حتى لدى عند بين حول خلال ضد نحو عبر
أن إن أنه إنه أنها إنها كان كانت يكون تكون قد لقد لم لن لا ما ماذا هل
التي الذي الذين اللذين اللتين اللاتي اللواتي هذا هذه ذلك تلك هؤلاء أولئك هنا هناك
ثم أو أم بل لكن لكنه سوى كل بعض أي كما إذا إذ لو لولا حيث بينما
وفي ومن وإلى وعن ومع وأن وإن وقد ولم ولن ولا وما وهو وهي فقد فإن كذلك أيضا
هو هي هم هن أنا نحن أنت له لها لهم به بها بهم فيه فيها منه منها إليه
`)

var stopKeys = func() map[string]bool {
	m := make(map[string]bool, len(stopwords))
	for _, w := range stopwords {
		m[arabic.Key(w)] = true
	}
	return m
}()

// Stopword reports whether key is the key of an Arabic function word, too
// common to be worth searching for alone.
func (Arabic) Stopword(key string) bool { return stopKeys[key] }

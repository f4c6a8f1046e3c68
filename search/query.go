package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed full-text query: the parts a user typed, in order.
type Query struct {
	Parts []Part
}

// Part is one word or quoted phrase of a query.
type Part struct {
	Text    string // the word, or the words of a phrase without the quotes
	Phrase  bool   // the part was in double quotes
	Exclude bool   // the part was preceded by '-': documents with it are left out
}

// quote reports whether r opens or closes a phrase: the ASCII double quote
// and the typographic quotes Arabic keyboards and word processors produce.
func quote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '″':
		return true
	}
	return false
}

// ParseQuery splits a query into words and phrases. A phrase is text
// between double quotes (ASCII, typographic or guillemets); an unclosed
// quote runs to the end of the query. A '-' directly before a word or
// phrase excludes it; a lone '-' is a word like any other character
// sequence and is dropped later by the analyser. Whitespace separates words.
// ParseQuery never fails: every input gives a Query, possibly with no parts,
// and the texts of the parts are valid UTF-8.
func ParseQuery(q string) Query {
	if !utf8.ValidString(q) {
		q = strings.ToValidUTF8(q, " ")
	}
	var parts []Part
	i := 0
	for i < len(q) {
		r, n := utf8.DecodeRuneInString(q[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		exclude := false
		if r == '-' && i+n < len(q) {
			r2, n2 := utf8.DecodeRuneInString(q[i+n:])
			if !unicode.IsSpace(r2) && r2 != '-' {
				exclude = true
				i += n
				r, n = r2, n2
			}
		}
		if quote(r) {
			i += n
			end := len(q)
			next := len(q)
			for j := i; j < len(q); {
				r2, n2 := utf8.DecodeRuneInString(q[j:])
				if quote(r2) {
					end, next = j, j+n2
					break
				}
				j += n2
			}
			if text := strings.Join(strings.Fields(q[i:end]), " "); text != "" {
				parts = append(parts, Part{Text: text, Phrase: true, Exclude: exclude})
			}
			i = next
			continue
		}
		start := i
		for i < len(q) {
			r2, n2 := utf8.DecodeRuneInString(q[i:])
			if unicode.IsSpace(r2) || quote(r2) {
				break
			}
			i += n2
		}
		parts = append(parts, Part{Text: q[start:i], Exclude: exclude})
	}
	return Query{Parts: parts}
}

// String returns the query in the syntax ParseQuery reads, so that
// ParseQuery(q.String()) gives q back.
func (q Query) String() string {
	var b strings.Builder
	for i, p := range q.Parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		if p.Exclude {
			b.WriteByte('-')
		}
		if p.Phrase {
			b.WriteByte('"')
			b.WriteString(p.Text)
			b.WriteByte('"')
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

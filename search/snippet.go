package search

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// Analyzer turns a text into search terms, in text order, with the byte
// spans they stand for. Arabic is the project's analyser.
type Analyzer interface {
	Terms(text string) []marsad.Term
}

// DefaultSnippetBytes is the snippet length Snippet uses when asked for
// none.
const DefaultSnippetBytes = 200

const ellipsis = "…"

// Snippet picks the passage of text that best shows the search keys: the
// window of about maxBytes bytes (DefaultSnippetBytes when maxBytes <= 0;
// more only when one match is longer, or maxBytes is too small for the
// ellipses)
// holding the most distinct keys, then the most matches, then the earliest.
// The window starts at the beginning of its sentence when that fits, and is
// otherwise cut at word boundaries; an ellipsis marks a cut. Terms are found
// by a, the analyser the text was indexed with, so a key matches every form
// the analyser folds into it.
//
// Highlights are the byte ranges of the snippet that matched a key, in
// order and inside the snippet. With no match the snippet is the beginning
// of the text. The snippet is always valid UTF-8 (invalid bytes of text are
// replaced by U+FFFD first).
func Snippet(text string, a Analyzer, keys []string, maxBytes int) (snippet string, highlights []marsad.Span) {
	if maxBytes <= 0 {
		maxBytes = DefaultSnippetBytes
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if text == "" {
		return "", nil
	}
	want := make(map[string]int, len(keys)) // key → index for distinct counting
	for _, k := range keys {
		if _, ok := want[k]; !ok && k != "" {
			want[k] = len(want)
		}
	}
	var terms []marsad.Term
	if a != nil && len(want) > 0 {
		terms = keyTerms(text, a, want)
	}
	type match struct {
		span marsad.Span
		key  int
	}
	var matches []match
	for _, t := range terms {
		if k, ok := want[t.Key]; ok && t.Span.In(len(text)) && t.Span.Len() > 0 {
			if n := len(matches); n > 0 && t.Span.Start < matches[n-1].span.End {
				continue // overlapping spans: keep the first
			}
			matches = append(matches, match{t.Span, k})
		}
	}

	if len(text) <= maxBytes {
		for _, m := range matches {
			highlights = append(highlights, m.span)
		}
		return text, highlights
	}
	budget := maxBytes - 2*len(ellipsis)
	if budget < 1 {
		budget = maxBytes
	}

	// Best window of matches [bi, bj) fitting the budget: two pointers over
	// the matches with a count per key.
	bi, bj := 0, 0
	if len(matches) > 0 {
		count := make([]int, len(want))
		distinct, best, bestN := 0, -1, 0
		j := 0
		for i := range matches {
			if j < i {
				j = i
			}
			for j < len(matches) && matches[j].span.End-matches[i].span.Start <= budget {
				if count[matches[j].key] == 0 {
					distinct++
				}
				count[matches[j].key]++
				j++
			}
			if j == i { // a single match longer than the budget
				bi, bj = i, i+1
				break
			}
			if distinct > best || distinct == best && j-i > bestN {
				best, bestN, bi, bj = distinct, j-i, i, j
			}
			count[matches[i].key]--
			if count[matches[i].key] == 0 {
				distinct--
			}
		}
	}

	var start, end int
	if len(matches) == 0 {
		start, end = 0, wordEnd(text, budget)
	} else {
		first, last := matches[bi].span.Start, matches[bj-1].span.End
		if last-first > budget {
			last = first + budget
		}
		slack := budget - (last - first)
		// Lead context: back to the sentence start if it fits, else a third
		// of the slack, cut at a word boundary.
		start = sentenceStart(text, first, first-slack)
		if start < 0 {
			start = wordStart(text, first-slack/3, first)
		}
		end = wordEnd(text, start+budget)
		if end < last {
			end = last
		}
	}
	start = runeStart(text, start)
	end = runeEnd(text, end)

	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}

	if n := end - start + len(ellipsis)*(b2i(start > 0)+b2i(end < len(text))); n >= len(text) {
		// The cut text with its ellipses is no shorter than the whole.
		for _, m := range matches {
			highlights = append(highlights, m.span)
		}
		return text, highlights
	}
	var b strings.Builder
	b.Grow(end - start + 2*len(ellipsis))
	if start > 0 {
		b.WriteString(ellipsis)
	}
	shift := b.Len() - start
	b.WriteString(text[start:end])
	if end < len(text) {
		b.WriteString(ellipsis)
	}
	snippet = b.String()
	for _, m := range matches[bi:bj] {
		s, e := max(m.span.Start, start), min(m.span.End, end)
		if s < e {
			highlights = append(highlights, marsad.Span{Start: s + shift, End: e + shift})
		}
	}
	return snippet, highlights
}

// Folder is an optional part of an Analyzer that lets Snippet skip the
// analysis of the lines of a text that hold no key. Fold(text) must return
// a text of as many lines (split at '\n') in which the key of every term
// Terms finds in a line is a substring of the folded line, and Terms must
// find the same terms in a line alone as in the text around it.
type Folder interface {
	Fold(text string) string
}

// keyTerms returns the terms of text, or, when a is a Folder, the terms of
// the lines of text whose folded form holds a key of want (so every term
// with a key of want, and maybe others), with spans in text.
func keyTerms(text string, a Analyzer, want map[string]int) []marsad.Term {
	f, ok := a.(Folder)
	if !ok {
		return a.Terms(text)
	}
	folded := f.Fold(text)
	if strings.Count(folded, "\n") != strings.Count(text, "\n") {
		return a.Terms(text) // not the same lines: the contract is broken
	}
	var terms []marsad.Term
	for off, foff := 0, 0; off <= len(text); {
		end, fend := lineEnd(text, off), lineEnd(folded, foff)
		if holdsKey(folded[foff:fend], want) {
			for _, t := range a.Terms(text[off:end]) {
				t.Span.Start += off
				t.Span.End += off
				terms = append(terms, t)
			}
		}
		off, foff = end+1, fend+1
	}
	return terms
}

// lineEnd returns the index of the first '\n' of s at or after off, or
// len(s).
func lineEnd(s string, off int) int {
	if i := strings.IndexByte(s[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(s)
}

// holdsKey reports whether line has one of the keys as a substring.
func holdsKey(line string, keys map[string]int) bool {
	for k := range keys {
		if strings.Contains(line, k) {
			return true
		}
	}
	return false
}

// sentenceStart returns the start of the sentence holding the byte at pos
// if it lies at or after min, or -1.
func sentenceStart(text string, pos, min int) int {
	if min < 0 {
		min = 0
	}
	for i := pos - 1; i >= min; i-- {
		switch text[i] {
		case '\n', '.', '!', '?':
			return i + 1
		case 0x9F: // ؟ is D8 9F
			if i > 0 && text[i-1] == 0xD8 {
				return i + 1
			}
		}
	}
	if min == 0 {
		return 0
	}
	return -1
}

// wordStart returns the first word start at or after pos and at most max.
func wordStart(text string, pos, max int) int {
	if pos <= 0 {
		return 0
	}
	for i := pos; i < max; i++ {
		if isSpace(text[i-1]) && !isSpace(text[i]) {
			return i
		}
	}
	return max
}

// wordEnd returns the last word end at or before pos, or pos when the text
// has no space before it.
func wordEnd(text string, pos int) int {
	if pos >= len(text) {
		return len(text)
	}
	for i := pos; i > 0; i-- {
		if isSpace(text[i]) && !isSpace(text[i-1]) {
			return i
		}
	}
	return pos
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// runeStart moves i back to the start of the rune holding it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// runeEnd moves i forward to the end of the rune holding the byte before it.
func runeEnd(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

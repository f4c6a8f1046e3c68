package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// classify applies the rules that read a line on its own, given its key and
// word count, and returns its boilerplate kind, or "" when no rule fires.
func classify(k string, words int) marsad.BoilerplateKind {
	if k == "" {
		return ""
	}
	// Hashtags: a line made of them, or ending in two or more.
	all, trailing := hashtags(k)
	if all {
		return marsad.BoilerHashtags
	}
	promo := (words <= 40 || trailing >= 2) && promoIndex.in(k)
	if promo {
		return marsad.BoilerPromo
	}
	if trailing >= 2 {
		return marsad.BoilerHashtags
	}
	if isWidget(k, words) {
		return marsad.BoilerWidget
	}
	if kind := teaserOrLabel(k, words); kind != "" {
		return kind
	}
	if kind := credit(k, words); kind != "" {
		return kind
	}
	return ""
}

var (
	archivePhoto      = key("صورة أرشيفية")
	illustrativePhoto = key("صورة تعبيرية")
	promoIndex        = newPhraseIndex(promoPhrases)
	copyrightIndex    = newPhraseIndex(copyrightMarks)
)

// hashtags reports whether every word of k is a hashtag, and how many
// hashtags end it.
func hashtags(k string) (all bool, trailing int) {
	if strings.IndexByte(k, '#') < 0 && !strings.Contains(k, "＃") {
		return false, 0
	}
	words := 0
	tags := 0
	run := 0
	for f := range strings.FieldsSeq(k) {
		words++
		if strings.HasPrefix(f, "#") || strings.HasPrefix(f, "＃") {
			if len(f) > 1 {
				tags++
				run++
			}
			continue
		}
		if trimPunct(f) == "" { // a separator between tags
			continue
		}
		run = 0
	}
	return tags > 0 && tags == countNonPunct(k), run
}

// countNonPunct counts the words of k that are not bare punctuation.
func countNonPunct(k string) int {
	n := 0
	for f := range strings.FieldsSeq(k) {
		if strings.HasPrefix(f, "#") || trimPunct(f) != "" {
			n++
		}
	}
	return n
}

// isWidget reports reading-time, share, print, font-size and comment
// widgets, timestamps, copyright footers and date-only lines.
func isWidget(k string, words int) bool {
	if words > 15 {
		return false
	}
	for _, p := range readingTime {
		if strings.Contains(k, p) { // icon text may be glued on: "iconدقائق"
			return true
		}
	}
	if words <= 12 && startsWithPhrase(k, widgetOpeners) > 0 && hasDigit(k) {
		return true
	}
	if strings.Contains(k, "©") || copyrightIndex.in(k) {
		return true
	}
	if words > 12 {
		return false
	}
	// A line made only of button words (and digits, as in "list 1 of 4").
	onlyButtons, onlyDate, digit := true, true, false
	n := 0
	for w := range wordsOf(k) {
		n++
		if isNumber(w) {
			digit = true
			continue
		}
		if !widgetWords[w] {
			onlyButtons = false
		}
		if !dateWords[w] {
			onlyDate = false
		}
	}
	if n == 0 {
		return false
	}
	if onlyButtons {
		return true
	}
	return onlyDate && digit
}

// teaserOrLabel reports teaser headlines ("اقرأ أيضا: ...") and lines that
// are only a known label.
func teaserOrLabel(k string, words int) marsad.BoilerplateKind {
	bare := trimPunct(k)
	if labels[bare] {
		return marsad.BoilerLabel
	}
	if n := startsWithPhrase(k, teaserOpeners); n > 0 {
		rest := trimPunct(k[n:])
		if rest == "" {
			return marsad.BoilerLabel
		}
		if words <= 40 {
			return marsad.BoilerTeaser
		}
	}
	if n := startsWithPhrase(k, teaserColonOpeners); n > 0 {
		rest := strings.TrimLeft(k[n:], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") {
			if trimPunct(rest) == "" {
				return marsad.BoilerLabel
			}
			if words <= 40 {
				return marsad.BoilerTeaser
			}
		}
	}
	return ""
}

// credit reports photo credits and captions: a line opened by "صورة:" or
// ending with an agency or picture library, and a short line naming a place
// and a full date between commas.
func credit(k string, words int) marsad.BoilerplateKind {
	if words > 40 {
		return ""
	}
	if n := startsWithPhrase(k, creditOpeners); n > 0 {
		rest := strings.TrimLeft(k[n:], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "(") || rest == "" {
			switch {
			case words <= 8:
				return marsad.BoilerCredit
			case words <= 35:
				return marsad.BoilerCaption
			}
		}
	}
	body := trimClosers(k)
	if i := strings.LastIndex(body, " via "); i >= 0 && countWords(body[i:]) <= 5 {
		if countWords(body[:i]) < 3 {
			return marsad.BoilerCredit
		}
		return marsad.BoilerCaption
	}
	if i := creditTail(k); i >= 0 {
		before := strings.TrimRight(k[:i], " -–—ـ/|(،,")
		if countWords(before) < 2 {
			return marsad.BoilerCredit
		}
		if words <= 30 && !endsSentence(before, true) {
			return marsad.BoilerCaption
		}
		if words <= 20 {
			return marsad.BoilerCaption
		}
	}
	if words <= 35 && !endsSentence(k, true) && placeDate(k) {
		return marsad.BoilerCaption
	}
	if words <= 30 && (hasPhrase(k, archivePhoto) || hasPhrase(k, illustrativePhoto)) {
		return marsad.BoilerCaption
	}
	return ""
}

// creditTail returns where a credit that ends the key starts: an agency or
// picture library after a dash, a slash, a bar or inside parentheses. It
// returns -1 when the key does not end so.
func creditTail(k string) int {
	k = strings.TrimRight(k, " ")
	if strings.HasSuffix(k, ")") {
		open := strings.LastIndexByte(k, '(')
		if open >= 0 {
			in := strings.TrimSpace(k[open+1 : len(k)-1])
			if isCredit(in) {
				return open
			}
		}
		return -1
	}
	k = trimClosers(k)
	i := endsWithPhrase(k, photoCredits)
	if i < 0 {
		return -1
	}
	before := strings.TrimRight(k[:i], " ")
	if before == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '-', '–', '—', 'ـ', '/', '|', ':':
		return i
	}
	return -1
}

// isCredit reports whether s is a credit, as found inside parentheses:
// agencies and picture libraries, alone or joined by slashes.
func isCredit(s string) bool {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ""))
	if s == "" {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		part = strings.TrimSpace(part)
		ok := false
		for _, p := range photoCredits {
			if part == p || part == strings.ReplaceAll(p, ".", "") {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// placeDate reports a caption's "…، place، 3 نوفمبر 2025" ending: a full
// date in one of the last comma-separated parts, right after a part of one
// to three words.
func placeDate(k string) bool {
	k = trimClosers(k)
	// Drop a trailing credit ("- via REUTERS" is handled elsewhere).
	parts := splitCommas(k)
	if len(parts) < 3 {
		return false
	}
	for j := len(parts) - 1; j >= len(parts)-2 && j >= 2; j-- {
		if fullDate(parts[j]) {
			return countWords(parts[j-1]) <= 3 && countWords(parts[j-1]) >= 1
		}
	}
	return false
}

// splitCommas splits a key at Arabic and Latin commas.
func splitCommas(k string) []string {
	var out []string
	for {
		i := strings.IndexAny(k, ",،")
		if i < 0 {
			out = append(out, strings.TrimSpace(k))
			return out
		}
		out = append(out, strings.TrimSpace(k[:i]))
		_, size := utf8.DecodeRuneInString(k[i:])
		k = k[i+size:]
	}
}

// fullDate reports whether s starts with a day, a month name and a year
// ("3 نوفمبر 2025", "3 تشرين الثاني 2025"), or is a numeric date.
func fullDate(s string) bool {
	var ws []string
	for w := range wordsOf(s) {
		ws = append(ws, w)
		if len(ws) == 5 {
			break
		}
	}
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 || !monthWords[ws[1]] {
		return numericDate(strings.Fields(s)[0])
	}
	if !isNumber(ws[0]) {
		return false
	}
	for _, w := range ws[2:] {
		if isNumber(w) && len(w) == 4 {
			return true
		}
	}
	return false
}

// numericDate reports 3/11/2025, 2025-11-03 and the like.
func numericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return false
	}
	four := false
	for _, p := range parts {
		if !isNumber(p) {
			return false
		}
		if len(p) == 4 {
			four = true
		}
	}
	return four
}

// wordsOf yields the words of a key: runs of letters, digits and marks.
func wordsOf(k string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for s, e := range wordSpans(k) {
			if !yield(k[s:e]) {
				return
			}
		}
	}
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func hasDigit(k string) bool {
	for i := 0; i < len(k); i++ {
		if '0' <= k[i] && k[i] <= '9' {
			return true
		}
	}
	return false
}

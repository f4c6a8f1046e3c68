package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// classify applies the rules that read a line on its own, given its key
// and words, and returns its boilerplate kind, or "" when no rule fires.
func classify(v view) marsad.BoilerplateKind {
	k, words := v.k, len(v.ws)
	if k == "" {
		return ""
	}
	// Hashtags: a line made of them, or ending in two or more.
	all, trailing := hashtags(k)
	if all {
		return marsad.BoilerHashtags
	}
	promo := (words <= 40 || trailing >= 2) && promoIndex.in(v) || followPromo(v)
	if promo {
		return marsad.BoilerPromo
	}
	if trailing >= 2 {
		return marsad.BoilerHashtags
	}
	if isWidget(v) {
		return marsad.BoilerWidget
	}
	if breadcrumb(v) {
		return marsad.BoilerLabel
	}
	if kind := teaserOrLabel(v); kind != "" {
		return kind
	}
	if kind := credit(v); kind != "" {
		return kind
	}
	return ""
}

// The phrase lists and word sets indexed for the hot path.
var (
	photoPhrases   = newPhraseIndex(keys("صورة أرشيفية", "صورة تعبيرية"))
	promoIndex     = newPhraseIndex(promoPhrases)
	copyrightIndex = newPhraseIndex(copyrightMarks)
	readingIndex   = newSubstrIndex(readingTime)
	widgetOpenIx   = newPhraseIndex(widgetOpeners)
	teaserIx       = newPhraseIndex(teaserOpeners)
	teaserColonIx  = newPhraseIndex(teaserColonOpeners)
	creditOpenIx   = newPhraseIndex(creditOpeners)
	photoCreditIx  = newPhraseIndex(photoCredits)
	bylineIx       = newPhraseIndex(bylineOpeners)
	creditSet      = creditForms()
	widgetSet      = newWordSet(widgetWords)
	dateSet        = newWordSet(dateWords)
	stampSet       = newWordSet(union(dateWords, keySet(stampWords...)))
	stampColonIx   = newPhraseIndex(stampColonOpeners)
	commaCreditIx  = newPhraseIndex(commaCreditOpeners)
	captionOpenIx  = newPhraseIndex(captionOpeners)
	cookieIx       = newPhraseIndex(cookieWords)
	consentIx      = newPhraseIndex(consentWords)
	commentBtnIx   = newPhraseIndex(commentButtons)
	stopSet        = newWordSet(stopWords)
	tagIx          = newPhraseIndex(tagLabels)
	followWords    = newWordSet(keySet(followVerbs...))
	platformSet    = newWordSet(platforms)
)

// union returns a set of the keys of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// cookieBanner reports a consent banner: a line of at most 60 words that
// names cookies and asks for consent ("نستخدم ملفات تعريف الارتباط ...
// بمواصلة التصفح فإنك توافق"). Pages print it first or last, so only the
// lines there are looked at (see markEnds).
func cookieBanner(v view) bool {
	return len(v.ws) <= 60 && cookieIx.in(v) && consentIx.in(v)
}

// breadcrumb reports a page's trail of sections: "الرئيسية / محليات",
// "Home > World", "أخبار › اقتصاد": two to six parts of at most four words
// each, without digits or sentence punctuation, split by spaced ">", "›"
// or "»", or by "/" or "|" after the home page's name.
func breadcrumb(v view) bool {
	k := v.k
	if len(v.ws) < 2 || len(v.ws) > 12 || hasDigit(k) || endsSentence(k, true) {
		return false
	}
	home := v.ws[0].s == 0 && homeSet.has(v.ws[0].h)
	parts, words := 0, 0
	sawSep := false
	for j, w := range v.ws {
		words++
		if words > 4 {
			return false
		}
		end := len(k)
		if j+1 < len(v.ws) {
			end = int(v.ws[j+1].s)
		}
		gap := strings.TrimSpace(k[w.e:end])
		switch gap {
		case "":
		case ">", "<", "\"", "›", "»", "‹", "«": // keys fold guillemets to '"'
			if g := k[w.e:end]; j+1 == len(v.ws) || !strings.HasPrefix(g, " ") || !strings.HasSuffix(g, " ") {
				return false // a quote on a word, not a separator
			}
			parts++
			words = 0
			sawSep = true
		case "/", "|", "-", "\\":
			if !home {
				return false
			}
			parts++
			words = 0
			sawSep = true
		default:
			if j+1 < len(v.ws) {
				return false
			}
		}
	}
	return sawSep && parts+1 >= 2 && parts+1 <= 6
}

// creditForms is the set of photoCredits, also with their dots removed.
func creditForms() map[string]bool {
	m := make(map[string]bool, 2*len(photoCredits))
	for _, p := range photoCredits {
		m[p] = true
		m[strings.ReplaceAll(p, ".", "")] = true
	}
	return m
}

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
func isWidget(v view) bool {
	k, words := v.k, len(v.ws)
	if words > 15 {
		return false
	}
	if readingIndex.in(k) { // icon text may be glued on: "iconدقائق"
		return true
	}
	if words <= 12 && widgetOpenIx.prefixOf(v) > 0 && hasDigit(k) {
		return true
	}
	// "نُشر: 19:42-07 أكتوبر 2025 م ـ 15 ربيع الآخر 1447 هـ"
	if n := stampColonIx.prefixOf(v); n > 0 && hasDigit(k) && strings.HasPrefix(strings.TrimLeft(k[n:], " "), ":") {
		return true
	}
	if relativeTime(v) {
		return true
	}
	if strings.Contains(k, "©") || copyrightIndex.in(v) {
		return true
	}
	// A line made only of button words (and digits, as in "list 1 of 4"),
	// or of date words and numbers, as a print edition's stamp may be long
	// ("الأحد 17 من ذي الحجة 1440 هـ 18 أغسطس 2019 السنة 144 العدد 48468").
	onlyButtons, onlyDate, digit := true, true, false
	for _, w := range v.ws {
		if isNumber(k[w.s:w.e]) {
			digit = true
			continue
		}
		if !widgetSet.has(w.h) {
			onlyButtons = false
		}
		if !stampSet.has(w.h) {
			onlyDate = false
		}
	}
	if len(v.ws) == 0 {
		return false
	}
	if onlyDate && digit {
		return true
	}
	if words > 12 {
		return false
	}
	return onlyButtons || siteDate(v)
}

// relativeTime reports a relative timestamp without digits ("قبل ساعتين",
// "منذ يومين"): "قبل" or "منذ" and one or two time words.
func relativeTime(v view) bool {
	if len(v.ws) < 2 || len(v.ws) > 3 {
		return false
	}
	switch v.k[v.ws[0].s:v.ws[0].e] {
	case "قبل", "منذ":
	default:
		return false
	}
	for _, w := range v.ws[1:] {
		if !timeUnitSet.has(w.h) {
			return false
		}
	}
	return true
}

// homeSet holds the names of a site's home page that open a breadcrumb.
var homeSet = newWordSet(keySet("الرئيسية", "الرئيسة", "home"))

// timeUnitSet holds the words of a relative time.
var timeUnitSet = newWordSet(keySet("دقيقة", "دقيقتين", "دقائق", "ساعة", "ساعتين", "ساعات", "يوم", "يومين",
	"أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "لحظات", "واحد", "واحدة", "قليلة", "قليل"))

// siteDate reports a site's name before a date, the metadata line many
// pages print under the headline ("الموقع | الأحد 14 ديسمبر 2025", "Site -
// 15 أكتوبر 2025 - 08:05"): up to four words without digits, a bar or a
// spaced dash, then only date and time words and numbers, with a month
// name, a numeric date or a time among them.
func siteDate(v view) bool {
	k := v.k
	if len(v.ws) > 14 || !hasDigit(k) {
		return false
	}
	for j, w := range v.ws {
		if j >= 4 {
			return false
		}
		rest := strings.TrimLeft(k[w.e:], " ")
		if rest == "" || !(rest[0] == '|' || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ")) {
			if isNumber(k[w.s:w.e]) {
				return false
			}
			continue
		}
		if isNumber(k[w.s:w.e]) {
			return false
		}
		date := v.ws[j+1:]
		if len(date) < 2 {
			return false
		}
		strong := false
		for i, d := range date {
			t := k[d.s:d.e]
			switch {
			case isNumber(t):
				// a time: 08:05; a numeric date: 08/01/2026
				if i+1 < len(date) && d.e < int32(len(k)) && (k[d.e] == ':' || k[d.e] == '/') {
					strong = true
				}
			case monthWords[t]:
				strong = true
			case !dateSet.has(d.h):
				return false
			}
		}
		return strong
	}
	return false
}

// followPromo reports a call to follow the site on a platform or news
// aggregator ("تابع الموقع على جوجل نيوز", "تابعوا صفحتنا على فيسبوك"):
// a short line opened by a form of "follow" that names a platform.
func followPromo(v view) bool {
	if len(v.ws) < 2 || len(v.ws) > 15 || !followWords.has(v.ws[0].h) {
		return false
	}
	for _, w := range v.ws[1:] {
		if platformSet.has(w.h) {
			return true
		}
	}
	return false
}

// gluedTeaser reports whether the key opens with a teaser label of two
// words or more glued to the next word, as a page's markup leaves it when
// the label and the headline were separate elements.
func gluedTeaser(k string) bool {
	for _, op := range teaserOpeners {
		if strings.IndexByte(op, ' ') < 0 || len(k) <= len(op) || !strings.HasPrefix(k, op) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(k[len(op):]); unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// teaserOrLabel reports teaser headlines ("اقرأ أيضا: ...") and lines that
// are only a known label.
func teaserOrLabel(v view) marsad.BoilerplateKind {
	k, words := v.k, len(v.ws)
	bare := trimPunct(k)
	if labels[bare] {
		return marsad.BoilerLabel
	}
	// A list of tags after its label: "كلمات البحث: التضخم - الأسعار".
	if n := tagIx.prefixOf(v); n > 0 {
		if rest := strings.TrimLeft(k[n:], " "); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") {
			return marsad.BoilerLabel
		}
	}
	if n := teaserIx.prefixOf(v); n > 0 {
		rest := trimPunct(k[n:])
		if rest == "" {
			return marsad.BoilerLabel
		}
		if words <= 40 {
			return marsad.BoilerTeaser
		}
	}
	if words <= 40 && gluedTeaser(k) {
		return marsad.BoilerTeaser // "اقرأ أيضامونديال 2022: ...", the label glued to the headline
	}
	if n := teaserColonIx.prefixOf(v); n > 0 {
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
func credit(v view) marsad.BoilerplateKind {
	k, words := v.k, len(v.ws)
	if words > 40 {
		return ""
	}
	if n := captionOpenIx.prefixOf(v); n > 0 && words <= 45 && sepAfter(k[n:]) {
		return marsad.BoilerCaption
	}
	if n := commaCreditIx.prefixOf(v); n > 0 && sepAfter(k[n:]) {
		if words <= 10 {
			return marsad.BoilerCredit
		}
		return marsad.BoilerCaption
	}
	if n := creditOpenIx.prefixOf(v); n > 0 {
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
	// "... - تصوير: NAME": a credit opener after a dash or bar near the end.
	if kind := trailingCredit(v); kind != "" {
		return kind
	}
	// " via AGENCY" among the last five words.
	for j := len(v.ws) - 1; j >= 0 && j >= len(v.ws)-5; j-- {
		w := v.ws[j]
		if k[w.s:w.e] == "via" && j < len(v.ws)-1 && w.s > 0 && k[w.s-1] == ' ' && int(w.e) < len(k) && k[w.e] == ' ' {
			if j < 3 {
				return marsad.BoilerCredit
			}
			return marsad.BoilerCaption
		}
	}
	if i := creditTail(k); i >= 0 {
		before := strings.TrimRight(k[:i], " -–—ـ/|(،,")
		if countWords(before) < 2 {
			return marsad.BoilerCredit
		}
		if strings.HasSuffix(before, "©") && words <= 40 {
			return marsad.BoilerCaption // "... 14 ديسمبر 2022. © رويترز": the photo's copyright
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
	if words <= 30 && photoPhrases.in(v) {
		return marsad.BoilerCaption
	}
	return ""
}

// sepAfter reports whether rest, what follows an opener, starts with a
// comma, a colon, a dash or a bar, or is empty.
func sepAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ':', ',', '-', '|':
		return true
	}
	return strings.HasPrefix(rest, "،")
}

// trailingCredit reports a caption that ends with a credit opener and a
// name after a dash or bar ("سكان يعبرون الشارع - تصوير: فلان"): the
// opener within the last six words, a colon after it.
func trailingCredit(v view) marsad.BoilerplateKind {
	k := v.k
	for j := len(v.ws) - 2; j >= 1 && j >= len(v.ws)-6; j-- {
		s := int(v.ws[j].s)
		before := strings.TrimRight(k[:s], " ")
		if before == "" || !strings.ContainsAny(before[len(before)-1:], "-|/") {
			continue
		}
		n := creditOpenIx.prefix(k[s:])
		if n == 0 || !strings.HasPrefix(strings.TrimLeft(k[s+n:], " "), ":") {
			continue
		}
		if endsSentence(before[:len(before)-1], true) {
			return ""
		}
		if j < 3 {
			return marsad.BoilerCredit
		}
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
	i := photoCreditIx.suffix(k)
	if i < 0 {
		return -1
	}
	before := strings.TrimRight(k[:i], " ")
	if before == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '-', '–', '—', 'ـ', '/', '|', ':', '©':
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
		if !creditSet[strings.TrimSpace(part)] {
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
	// The last three commas: the parts are k[cut[j]:cut[j-1]].
	var cut [4]int
	cut[0] = len(k)
	n := 1
	for i := len(k); n < len(cut); {
		j := lastComma(k[:i])
		if j < 0 {
			break
		}
		cut[n] = j
		n++
		i = j
	}
	if n < 3 { // fewer than three parts
		return false
	}
	part := func(j int) string { // the j-th part from the end, from 0
		s := cut[j+1] + commaSize(k, cut[j+1])
		return strings.TrimSpace(k[s:cut[j]])
	}
	// The last part, then the one before it when it is not the second.
	for j := 0; j <= 1 && j+2 < n; j++ {
		if fullDate(part(j)) {
			w := countWords(part(j + 1))
			return w >= 1 && w <= 3
		}
	}
	return false
}

// lastComma returns the offset of the last Arabic or Latin comma in k, or -1.
func lastComma(k string) int {
	i := strings.LastIndexByte(k, ',')
	if j := strings.LastIndex(k, "،"); j > i {
		i = j
	}
	return i
}

// commaSize is the size of the comma at k[i].
func commaSize(k string, i int) int {
	if k[i] == ',' {
		return 1
	}
	return len("،")
}

// fullDate reports whether s starts with a day, a month name and a year
// ("3 نوفمبر 2025", "3 تشرين الثاني 2025"), or is a numeric date.
func fullDate(s string) bool {
	var buf [5]word
	ws := buf[:0]
	for st, e := range wordSpans(s) {
		ws = append(ws, word{s: int32(st), e: int32(e)})
		if len(ws) == len(buf) {
			break
		}
	}
	if len(ws) == 0 {
		return false
	}
	at := func(i int) string { return s[ws[i].s:ws[i].e] }
	if len(ws) == 1 || !monthWords[at(1)] {
		first := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			first = s[:i]
		}
		return numericDate(first)
	}
	if !isNumber(at(0)) {
		return false
	}
	for i := 2; i < len(ws); i++ {
		if w := at(i); isNumber(w) && len(w) == 4 {
			return true
		}
	}
	return false
}

// numericDate reports 3/11/2025, 2025-11-03 and the like.
func numericDate(s string) bool {
	parts, four := 0, false
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '/' && s[j] != '-' && s[j] != '.' {
			j++
		}
		if j > i {
			if !isNumber(s[i:j]) {
				return false
			}
			parts++
			four = four || j-i == 4
		}
		i = j + 1
	}
	return parts == 3 && four
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

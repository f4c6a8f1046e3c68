package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Segment is a byte range [Start, End) of a text.
type Segment struct {
	Start, End int
}

// Text returns the segment's text in s, which must be the string that was
// split.
func (g Segment) Text(s string) string { return s[g.Start:g.End] }

// Sentences splits text into sentences, in order, as byte ranges of text.
// Segments are trimmed of white space and invisible format characters,
// never empty, never overlapping.
//
// A sentence ends at a line break and after a run of terminators
// . ؟ ? ! ؛ … (with the closing quotes and brackets that follow it
// directly). A period does not end a sentence
//   - between digits or before any letter or digit (3.5, aljazeera.net,
//     ق.م);
//   - after an abbreviation: a single letter (د. م. أ. U.S.) or a Latin
//     title such as Dr. Mr. Prof. Gen.;
//   - after a number that opens the sentence (a list item "1. ...").
//
// Inside quotes (“...”, "...", «...») a terminator ends the sentence only
// when the closing quote follows it directly, and then the sentence ends
// after the quote; a quote still open at the end of its line is taken as
// unbalanced, and the terminators inside it count after all.
//
// A run of two or more periods ("..", "...", "…") is a terminator like a
// single period: it ends the sentence when a space and more text follow
// (زيارة غير مسبوقة.. أوكرانيا is two sentences), and not when a letter
// follows directly. A segment with no letter or digit (a stray "." or
// "»") is merged into the sentence before it on the same line.
func Sentences(text string) []Segment {
	return AppendSentences(make([]Segment, 0, len(text)/80+1), text)
}

// AppendSentences appends the sentences of text to dst and returns the
// extended slice; it allocates only when dst must grow.
func AppendSentences(dst []Segment, text string) []Segment {
	sp := splitter{text: text, dst: dst, tentative: -1}
	sp.run()
	return sp.dst
}

type splitter struct {
	text  string
	dst   []Segment
	start int // start of the current sentence
	line  int // index in dst of the first segment of the current line

	curly, ascii bool // “...” and "..." quotes open (toggles)
	guill        int  // depth of «...»
	tentative    int  // index in dst of the first segment cut inside the open quote, or -1
}

func (sp *splitter) inQuote() bool { return sp.curly || sp.ascii || sp.guill > 0 }

func (sp *splitter) run() {
	s := sp.text
	for i := 0; i < len(s); {
		if skip := skipQuiet(s, i); skip > 0 {
			i += skip
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\r', 0x2028, 0x2029, 0x0085:
			sp.cut(i)
			sp.start = i + size
			sp.endLine()
		case '.', '…':
			j := skipTerminators(s, i)
			if r == '.' && j == i+1 && sp.keepPeriod(i) {
				break
			}
			if nr, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && (unicode.IsLetter(nr) || isDigit(nr)) {
				size = j - i
				break // "ق.م", "3.5", "موقع.نت", "كذا...و"
			}
			size = sp.terminate(i, j) - i
		case '?', '!', '؟', '؛', '۔':
			j := skipTerminators(s, i)
			if c := byteAt(s, j); c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '=' {
				size = j - i
				break // a URL query: "?id=3"
			}
			size = sp.terminate(i, j) - i
		case '“', '”', '„', '‟':
			sp.curly = !sp.curly
			sp.quoteMoved()
		case '"', '＂':
			sp.ascii = !sp.ascii
			sp.quoteMoved()
		case '«':
			sp.guill++
			sp.quoteMoved()
		case '»':
			if sp.guill > 0 {
				sp.guill--
				sp.quoteMoved()
			}
		}
		i += size
	}
	sp.cut(len(s))
	sp.endLine()
}

// quoteMoved records the opening of a quote, and forgets the cuts made
// inside it when it closes.
func (sp *splitter) quoteMoved() {
	if sp.inQuote() {
		if sp.tentative < 0 {
			sp.tentative = len(sp.dst)
		}
		return
	}
	if sp.tentative >= 0 {
		if sp.tentative < len(sp.dst) {
			sp.start = sp.dst[sp.tentative].Start
			sp.dst = sp.dst[:sp.tentative]
		}
		sp.tentative = -1
	}
}

// terminate handles the terminators s[i:j]: it ends the sentence after them
// and after the closing marks that follow, and returns where scanning goes on.
func (sp *splitter) terminate(i, j int) int {
	s := sp.text
	// Closing quotes and brackets directly after the terminators belong to
	// the sentence; a closing quote also closes the open quote.
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch r {
		case '"', '＂':
			if !sp.ascii {
				goto done
			}
			sp.ascii = false
		case '”', '“', '‟':
			if !sp.curly {
				goto done
			}
			sp.curly = false
		case '»':
			if sp.guill == 0 {
				goto done
			}
			sp.guill--
		case ')', ']', '}', '’', '\'', '›':
		default:
			goto done
		}
		j += size
	}
done:
	if sp.inQuote() {
		// A cut inside a quote is tentative: kept only if the quote turns
		// out to be unbalanced.
		sp.cut(j)
		sp.start = j
		return j
	}
	if sp.tentative >= 0 {
		// The quote closed right after the terminator: the whole quote is
		// one sentence.
		if sp.tentative < len(sp.dst) {
			sp.start = sp.dst[sp.tentative].Start
			sp.dst = sp.dst[:sp.tentative]
		}
		sp.tentative = -1
	}
	sp.cut(j)
	sp.start = j
	return j
}

// endLine resets the quote state at a line break: quotes never span lines.
func (sp *splitter) endLine() {
	sp.curly, sp.ascii, sp.guill = false, false, 0
	sp.tentative = -1
	sp.line = len(sp.dst)
}

// cut emits the sentence [sp.start, end), trimmed; a segment without a
// letter or digit joins the previous segment of the same line.
func (sp *splitter) cut(end int) {
	a, b := trimSpace(sp.text, sp.start, end)
	if a >= b {
		return
	}
	if !hasAlnum(sp.text[a:b]) && len(sp.dst) > sp.line {
		sp.dst[len(sp.dst)-1].End = b
		return
	}
	sp.dst = append(sp.dst, Segment{a, b})
}

// keepPeriod reports whether the single period at i does not end the
// sentence: after an abbreviation, or after a number opening the sentence.
func (sp *splitter) keepPeriod(i int) bool {
	s := sp.text
	// The word before the period.
	j := i
	letters := 0
	for j > sp.start {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if isArabicMark(r) || r == 0x0640 {
			j -= size
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		j -= size
	}
	if letters == 0 {
		// A list number opening the sentence: "1. ".
		k := j
		for k > sp.start {
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if !isDigit(r) {
				break
			}
			k -= size
		}
		if k < j {
			a, _ := trimSpace(s, sp.start, k)
			return a == k && utf8.RuneCountInString(s[k:j]) <= 2
		}
		return false
	}
	if letters == 1 {
		// د. م. أ. U.S. J., but not the era letter after a year: 2024م.
		k := j
		for k > sp.start && (s[k-1] == ' ') {
			k--
		}
		r, _ := utf8.DecodeLastRuneInString(s[:k])
		return !isDigit(r)
	}
	return letters <= 5 && isLatinTitle(s[j:i])
}

// latinTitles are the Latin abbreviations, lower case, after which a period
// does not end a sentence.
var latinTitles = [...]string{
	"dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "col", "lt",
	"sgt", "capt", "cpt", "gov", "sen", "rep", "rev", "maj", "adm", "cmdr",
	"vs", "no", "nos", "vol", "fig", "approx", "jan", "feb", "aug", "sept",
	"oct", "nov", "dec", "mt", "ft", "hon", "pres", "supt",
}

func isLatinTitle(w string) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return false
		}
		buf[k] = c
	}
	lw := string(buf[:len(w)])
	for _, t := range latinTitles {
		if t == lw {
			return true
		}
	}
	return false
}

// skipTerminators returns the end of the run of sentence terminators
// starting at i.
func skipTerminators(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '.', '…', '?', '!', '؟', '؛', '۔':
			i += size
			continue
		}
		return i
	}
	return i
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// trimSpace returns the bounds of s[a:b] without leading and trailing white
// space and format characters.
func trimSpace(s string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !isSpaceLike(r) || size == 1 && r == utf8.RuneError {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !isSpaceLike(r) || size == 1 && r == utf8.RuneError {
			break
		}
		b -= size
	}
	return a, b
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				return true
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// sentenceASCII marks the ASCII bytes the splitter acts on.
var sentenceASCII = [128]bool{'\n': true, '\r': true, '.': true, '?': true, '!': true, '"': true}

// skipQuiet returns how many bytes from s[i] the splitter can skip without
// decoding them: runs of ASCII and Arabic-block runes that are neither line
// breaks, terminators nor double quotes. It returns 0 when the rune at
// s[i] may matter.
func skipQuiet(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if sentenceASCII[c] {
				break
			}
			j++
			continue
		}
		if c < 0xD8 || c > 0xDB || j+1 >= len(s) {
			if c >= 0x80 && c < 0xC0 {
				j++ // a stray continuation byte
				continue
			}
			if c == 0xC2 || c >= 0xE2 {
				break // « » U+0085, “ ” „ ‟ … U+2028 U+2029 ＂ may follow
			}
			j++
			continue
		}
		c2 := s[j+1]
		if c2&0xC0 != 0x80 {
			j++
			continue
		}
		if c == 0xD8 && (c2 == 0x9B || c2 == 0x9F) || c == 0xDB && c2 == 0x94 {
			break // ؛ ؟ ۔
		}
		j += 2
	}
	return j - i
}

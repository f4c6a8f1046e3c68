package clean

import (
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/internal/wymix"
)

// Thresholds of the corpus statistics.
const (
	// repeatMinDocs is the number of an outlet's documents a line must
	// appear in before it counts as the outlet's own boilerplate.
	repeatMinDocs = 3
	// repeatMinShare is the share of the outlet's documents it must appear in.
	repeatMinShare = 0.3
	// repeatMaxWords bounds the lines the statistics keep: long paragraphs
	// repeated across documents are the same story reprinted, not the
	// site's furniture.
	repeatMaxWords = 30
)

// Cleaner splits articles into title, dateline, body and boilerplate. Its
// corpus statistics come from Observe; a Cleaner without them still cleans
// every article on its own. All methods are safe for concurrent use;
// Clean sees the statistics of the Observe calls that returned before it
// started, so observe a corpus fully before cleaning it.
type Cleaner struct {
	mu      sync.RWMutex
	outlets map[string]*outletStats
	pool    sync.Pool // *state
}

// outletStats counts the lines of one outlet's documents.
type outletStats struct {
	docs  int
	texts map[uint64]struct{} // the texts already observed, so a reread counts once
	lines map[uint64]int      // documents in which each line key appears
}

// New returns a Cleaner with no corpus statistics.
func New() *Cleaner {
	c := &Cleaner{outlets: make(map[string]*outletStats)}
	c.pool.New = func() any { return new(state) }
	return c
}

// outletKey names the group of documents whose repeated lines are the
// site's own: the outlet, or the source's directory (or host) when the
// outlet is unknown.
func outletKey(a *marsad.Article) string {
	if a.Outlet != "" {
		return "outlet:" + a.Outlet
	}
	src := a.Source
	if src == "" {
		src = a.URL
	}
	if strings.Contains(src, "://") {
		if u, err := url.Parse(src); err == nil && u.Host != "" {
			return "host:" + strings.TrimPrefix(u.Host, "www.")
		}
	}
	if i := strings.LastIndexByte(src, ':'); i > 0 && isDigits(src[i+1:]) {
		src = src[:i] // path:line of a JSON Lines record
	}
	if src == "" {
		return "none"
	}
	return "dir:" + filepath.Dir(src)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hashKey hashes a line key or a word, reading eight bytes at a time and
// mixing them by 128-bit multiplication (in the manner of wyhash).
func hashKey(s string) uint64 {
	const k0, k1, k2 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db, 0x8ebc6af09c88c6e3
	h := uint64(len(s)) ^ k0
	for len(s) > 16 {
		h = wymix.Mix(h^wymix.LE64(s), k1^wymix.LE64(s[8:]))
		s = s[16:]
	}
	var a, b uint64
	switch n := len(s); {
	case n >= 8:
		a, b = wymix.LE64(s), wymix.LE64(s[n-8:])
	case n >= 4:
		a, b = uint64(wymix.LE32(s)), uint64(wymix.LE32(s[n-4:]))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	return wymix.Mix(a^k1, b^h^k2)
}

// Observe records the lines of a for the corpus statistics: a line found in
// at least three documents and 30% of the documents of one outlet (or of
// one source directory when the outlet is unknown) is that outlet's
// boilerplate. Observing the same text twice counts it once. Observe is
// optional: Clean works on a single article without it.
func (c *Cleaner) Observe(a *marsad.Article) {
	st := c.pool.Get().(*state)
	defer c.pool.Put(st)
	st.split(a.Text)
	textHash := hashKey(a.Text)
	seen := st.hashes[:0]
	for i := range st.lines {
		l := &st.lines[i]
		if l.key == "" || l.words > repeatMaxWords {
			continue
		}
		h := l.hash
		dup := false
		for _, s := range seen {
			if s == h {
				dup = true
				break
			}
		}
		if !dup {
			seen = append(seen, h)
		}
	}
	st.hashes = seen
	k := outletKey(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	o := c.outlets[k]
	if o == nil {
		o = &outletStats{texts: make(map[uint64]struct{}), lines: make(map[uint64]int)}
		c.outlets[k] = o
	}
	if _, ok := o.texts[textHash]; ok {
		return
	}
	o.texts[textHash] = struct{}{}
	o.docs++
	for _, h := range seen {
		o.lines[h]++
	}
}

// Clean returns the document of a: its title, dateline, body paragraphs
// with their sentences, and the boilerplate lines taken out, each with its
// kind. Every span points into a.Text, which Clean never modifies; the
// text at each span equals the line's Text. A publication date in a's
// metadata becomes the document's date.
func (c *Cleaner) Clean(a *marsad.Article) *marsad.Document {
	st := c.pool.Get().(*state)
	defer c.pool.Put(st)
	st.split(a.Text)
	st.analyse(a, c)
	return st.document(a)
}

// role is what a line of the text turned out to be.
type role uint8

const (
	roleEmpty role = iota
	roleBody
	roleTitle
	roleDateline
	roleBoiler
)

// line is one line of the text, trimmed.
type line struct {
	start, end int    // the trimmed line in the text
	key        string // its matching key
	hash       uint64 // hashKey(key)
	w0, w1     int    // its words in state.words
	c0, c1     int    // its content words in state.content, once computed
	words      int
	role       role
	kind       marsad.BoilerplateKind
	para       bool // reads as a paragraph: long, or a sentence
	content    bool // c0 and c1 are set
}

// state is the scratch space of one Clean or Observe call.
type state struct {
	text    string
	lines   []line
	keyBuf  []byte
	scratch []byte
	hashes  []uint64
	spans   []keySpan
	words   []word   // the words of every line's key
	content []uint64 // the hashes of the content words of some lines
	table   wordTable
	segs    []arabic.Segment

	title        string
	titleSpan    marsad.Span
	dateline     marsad.Span
	datelineLine int
	titleLine    int   // the line of the title, or -1
	bodyStart    []int // start of each line's body text (after a dateline prefix)
}

// isTrimmed reports whether r is trimmed from the ends of lines.
func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// keySpan is where a line's key lies in state.keyBuf.
type keySpan struct{ ks, ke int }

// split cuts text into trimmed lines with their keys and words: the one
// pass of normalisation and word splitting every rule shares.
func (st *state) split(text string) {
	st.text = text
	st.lines = st.lines[:0]
	st.keyBuf = st.keyBuf[:0]
	st.words = st.words[:0]
	st.content = st.content[:0]
	ks := st.spans[:0]
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := pos, end
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:e])
			if !isTrimmed(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[s:e])
			if !isTrimmed(r) {
				break
			}
			e -= size
		}
		k0 := len(st.keyBuf)
		if s < e {
			st.keyBuf, st.scratch = appendKey(st.keyBuf, st.scratch, text[s:e])
		}
		st.lines = append(st.lines, line{start: s, end: e})
		ks = append(ks, keySpan{k0, len(st.keyBuf)})
		pos = end + 1
		if end == len(text) {
			break
		}
	}
	st.spans = ks
	keys := string(st.keyBuf)
	for i := range st.lines {
		l := &st.lines[i]
		l.key = keys[ks[i].ks:ks[i].ke]
		l.w0 = len(st.words)
		st.words = appendWords(st.words, l.key)
		l.w1 = len(st.words)
		if l.key == "" {
			continue
		}
		l.hash = hashKey(l.key)
		l.role = roleBody
		l.words = l.w1 - l.w0
		l.para = l.words >= 12 || (l.words >= 5 && endsSentence(l.key, true))
	}
}

// view returns the key and words of line i.
func (st *state) view(i int) view {
	l := &st.lines[i]
	return view{l.key, st.words[l.w0:l.w1]}
}

// textOf returns the trimmed text of line i.
func (st *state) textOf(i int) string { return st.text[st.lines[i].start:st.lines[i].end] }

// setBoiler marks line i as boilerplate of kind k.
func (st *state) setBoiler(i int, k marsad.BoilerplateKind) {
	st.lines[i].role = roleBoiler
	st.lines[i].kind = k
}

// analyse decides the role of every line.
func (st *state) analyse(a *marsad.Article, c *Cleaner) {
	st.title, st.titleSpan, st.dateline, st.datelineLine = "", marsad.Span{}, marsad.Span{}, -1
	st.bodyStart = st.bodyStart[:0]
	for i := range st.lines {
		st.bodyStart = append(st.bodyStart, st.lines[i].start)
	}
	// 1. Rules that read a line on its own.
	for i := range st.lines {
		if st.lines[i].role != roleBody {
			continue
		}
		if k := classify(st.view(i)); k != "" {
			st.lines[i].kind = k // provisional: the title may still claim it
		}
	}
	st.markEnds()
	st.markHeaderNames()
	// 2. Title and dateline.
	st.titleLine = st.findTitle(a)
	st.findDateline(st.titleLine)
	for i := range st.lines {
		if l := &st.lines[i]; l.role == roleBody && l.kind != "" {
			l.role = roleBoiler
		}
	}
	// 3. Captions: lines over a picture's credit, and short lines before
	// the first paragraph that repeat the headline's words. (Bylines stay
	// in the body: like a dateline, they are the story's filing credit.)
	st.markCaptions()
	// 4. Lines repeated inside the text.
	st.markDuplicates()
	// 5. Lines the outlet prints on many pages.
	if c != nil {
		st.markRepeated(c, outletKey(a))
	}
	// 6. Headlines listed under a related-stories label, and the comment
	// section.
	st.markLists()
	st.markComments()
	// 7. Blurbs of other stories at the end, then trailing labels.
	st.markTail()
}

// endLines is how many non-empty lines at each end of a page may be its
// cookie banner.
const endLines = 4

// markEnds marks a cookie banner among the first and last endLines
// non-empty lines.
func (st *state) markEnds() {
	for n, i := 0, 0; i < len(st.lines) && n < endLines; i++ {
		if st.lines[i].key != "" {
			st.markCookie(i)
			n++
		}
	}
	for n, i := 0, len(st.lines)-1; i >= 0 && n < endLines; i-- {
		if st.lines[i].key != "" {
			st.markCookie(i)
			n++
		}
	}
}

func (st *state) markCookie(i int) {
	if l := &st.lines[i]; l.kind == "" && cookieBanner(st.view(i)) {
		l.kind = marsad.BoilerWidget
	}
}

// markHeaderNames marks the outlet's name printed on a line of its own
// between the headline and the page's metadata ("Title\nSite\nالأربعاء، 10
// ديسمبر 2025"): a line of one to four words, neither a sentence nor a
// number, that follows an unclassified line (the headline) and precedes a
// date or timestamp widget or a byline, before any paragraph.
func (st *state) markHeaderNames() {
	prev := -1 // the last non-empty line
	for i := range st.lines {
		l := &st.lines[i]
		if l.key == "" {
			continue
		}
		if l.para && (prev >= 0 || l.words > titleMaxWords || endsSentence(l.key, false)) {
			return // a paragraph, not a long headline
		}
		if prev >= 0 && st.lines[prev].kind == "" && st.lines[prev].role == roleBody && l.kind == "" &&
			l.words >= 1 && l.words <= 4 && !hasDigit(l.key) && !endsSentence(l.key, true) && !st.isDateline(i) {
			if n := st.nextLine(i); n >= 0 && (st.lines[n].kind == marsad.BoilerWidget && hasDigit(st.lines[n].key) || st.isByline(n)) {
				l.kind = marsad.BoilerLabel
			}
		}
		prev = i
	}
}

// isDateline reports whether line i is a dateline of its own.
func (st *state) isDateline(i int) bool {
	_, ok := datelineLine(st.textOf(i))
	return ok
}

// nextLine returns the next non-empty line after i, or -1.
func (st *state) nextLine(i int) int {
	for j := i + 1; j < len(st.lines); j++ {
		if st.lines[j].key != "" {
			return j
		}
	}
	return -1
}

// isByline reports whether line i is a short byline ("كتب: قسم الاقتصاد",
// "بقلم فلان").
func (st *state) isByline(i int) bool {
	l := &st.lines[i]
	return l.words <= 6 && bylineIx.prefix(l.key) > 0 && !endsSentence(l.key, true)
}

// markLists marks the headlines that follow a related-stories label ("اقرأ
// أيضا", "قصص مقترحة", "الأكثر قراءة") as teasers: lines of at most 20
// words that are not sentences (a question is a headline too), up to a
// closer ("نهاية", "end of list"), a paragraph, or a subheading (a line of
// at most four words right before a paragraph).
func (st *state) markLists() {
	for i := range st.lines {
		l := &st.lines[i]
		if l.role != roleBoiler || (l.kind != marsad.BoilerLabel && l.kind != marsad.BoilerTeaser) || !relatedLabels[trimPunct(l.key)] {
			continue
		}
		items := 0
		for j := i + 1; j < len(st.lines) && items < 8; j++ {
			n := &st.lines[j]
			if n.key == "" {
				continue
			}
			if listClosers[trimPunct(n.key)] {
				if n.role == roleBody {
					st.setBoiler(j, marsad.BoilerLabel)
				}
				break
			}
			if n.role == roleBoiler && n.kind == marsad.BoilerWidget && (strings.Contains(n.key, "end") || strings.Contains(n.key, "نهايه")) {
				break // "end of list"
			}
			if n.role != roleBody {
				continue
			}
			if n.words > 20 || endsSentence(n.key, true) && !endsQuestion(n.key) {
				break
			}
			if n.words <= 4 {
				if k := st.nextLine(j); k >= 0 && st.lines[k].role == roleBody && st.lines[k].para && !endsQuestion(st.lines[k].key) {
					break // a subheading of the article
				}
			}
			st.setBoiler(j, marsad.BoilerTeaser)
			items++
		}
	}
}

// endsQuestion reports whether the key ends with a question mark, closing
// quotes aside.
func endsQuestion(k string) bool {
	k = trimClosers(k)
	return strings.HasSuffix(k, "?") || strings.HasSuffix(k, "؟")
}

// markCaptions marks two kinds of caption without a credit of their own:
// the line right above a line that is only a credit ("Sputnik", "الأناضول")
// when it is not a sentence and not the title, its deck or the dateline,
// and the credit is not the text's last line (a wire copy's signature);
// and, before the first paragraph, a line of two to six words whose
// content words all occur in the title (a photo's alt text naming its
// subject: "المتحف المصري الكبير" under a headline about the museum).
func (st *state) markCaptions() {
	prev := -1 // the last non-empty line
	var title []uint64
	header := st.titleLine >= 0
	for i := range st.lines {
		l := &st.lines[i]
		if l.key == "" {
			continue
		}
		if l.role == roleBody && l.para {
			header = false
		}
		if header && l.role == roleBody && l.kind == "" && l.words >= 2 && l.words <= 6 && i > st.titleLine &&
			!endsSentence(l.key, true) && !st.isByline(i) && !st.isDateline(i) {
			if title == nil {
				title = st.contentOf(st.titleLine)
			}
			if c := st.contentOf(i); len(c) >= 2 && allIn(c, title) {
				st.setBoiler(i, marsad.BoilerCaption)
			}
		}
		if l.role == roleBoiler && l.kind == marsad.BoilerCredit && l.words <= 4 && prev >= 0 && bareCredit(l.key) && st.nextLine(i) >= 0 {
			p := &st.lines[prev]
			if p.role == roleBody && p.words >= 2 && p.words <= 30 && !endsSentence(p.key, true) &&
				prev != st.datelineLine && st.prevLine(prev) != st.titleLine {
				st.setBoiler(prev, marsad.BoilerCaption)
			}
		}
		prev = i
	}
}

// bareCredit reports whether the key is only an agency or picture
// library's name ("Getty Images", "الأناضول").
func bareCredit(k string) bool {
	return creditTail(k) == 0
}

// allIn reports whether every hash of c is in set.
func allIn(c, set []uint64) bool {
	for _, h := range c {
		found := false
		for _, s := range set {
			if s == h {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// prevLine returns the last non-empty line before i, or -1.
func (st *state) prevLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if st.lines[j].key != "" {
			return j
		}
	}
	return -1
}

// markComments marks a page's comment section: from a line that heads it
// ("تعليقات الزوار", "التعليقات (3)") to the end of the text, when at
// least two paragraphs come before it and what follows is shorter than
// the body before it; the commenters' names, their comments and the
// buttons ("أضف تعليقك") are not the article.
func (st *state) markComments() {
	paras, before := 0, 0
	for i := range st.lines {
		l := &st.lines[i]
		if l.role != roleBody && !(l.role == roleBoiler && l.kind == marsad.BoilerWidget) {
			continue
		}
		if paras >= 2 && l.words <= 5 && commentHead(l.key) {
			after := 0
			for j := i + 1; j < len(st.lines); j++ {
				if st.lines[j].role == roleBody {
					after += st.lines[j].end - st.lines[j].start
				}
			}
			if after >= before {
				return
			}
			for j := i; j < len(st.lines); j++ {
				if st.lines[j].role == roleBody {
					st.setBoiler(j, marsad.BoilerWidget)
				}
			}
			return
		}
		if l.role != roleBody {
			continue
		}
		if l.para {
			paras++
		}
		before += l.end - l.start
	}
}

// commentHead reports whether the key heads a comment section: a label of
// readers' comments ("تعليقات الزوار"), a comment label with a count
// ("التعليقات (3)", "3 تعليقات"), or a button inviting a comment ("أضف
// تعليقك"). A bare "تعليقات" is a share bar's button, not a heading.
func commentHead(k string) bool {
	if commentBtnIx.prefix(k) > 0 && countWords(k) <= 4 {
		return true
	}
	b := strings.TrimFunc(k, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ':' || '0' <= r && r <= '9' })
	if !commentLabels[b] {
		return false
	}
	return len(b) < len(strings.TrimSpace(k)) && hasDigit(k) || strings.IndexByte(b, ' ') >= 0
}

// markDuplicates marks every copy of a line that occurs twice or more.
func (st *state) markDuplicates() {
	for i := range st.lines {
		li := &st.lines[i]
		if li.key == "" || li.words < 2 || li.role == roleDateline {
			continue
		}
		for j := i + 1; j < len(st.lines); j++ {
			lj := &st.lines[j]
			if lj.hash != li.hash || lj.key != li.key || lj.role == roleDateline {
				continue
			}
			k := marsad.BoilerRepeated
			if li.words <= 40 && !endsSentence(li.key, true) {
				k = marsad.BoilerCaption
			}
			if li.role == roleBody {
				st.setBoiler(i, k)
			}
			if lj.role == roleBody {
				st.setBoiler(j, k)
			}
		}
	}
}

// markRepeated marks the lines the outlet prints on many pages.
func (st *state) markRepeated(c *Cleaner, outlet string) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	o := c.outlets[outlet]
	if o == nil || o.docs < repeatMinDocs {
		return
	}
	min := int(repeatMinShare*float64(o.docs) + 0.999)
	if min < repeatMinDocs {
		min = repeatMinDocs
	}
	for i := range st.lines {
		l := &st.lines[i]
		if l.role != roleBody || l.words > repeatMaxWords {
			continue
		}
		if o.lines[l.hash] >= min {
			st.setBoiler(i, marsad.BoilerRepeated)
		}
	}
}

// document builds the result.
func (st *state) document(a *marsad.Article) *marsad.Document {
	d := &marsad.Document{Article: *a, Title: st.title, TitleSpan: st.titleSpan}
	if !a.Published.IsZero() {
		d.Published = marsad.DayDate(a.Published)
		d.PublishedSource = marsad.DateFromMetadata
	}
	if st.dateline.End > st.dateline.Start {
		d.DatelineSpan = st.dateline
		d.Dateline = st.text[st.dateline.Start:st.dateline.End]
	}
	nb, nbp := 0, 0
	for i := range st.lines {
		switch st.lines[i].role {
		case roleBody:
			if st.bodyStart[i] < st.lines[i].end {
				nb++
			}
		case roleBoiler:
			nbp++
		}
	}
	d.Body = make([]marsad.Line, 0, nb)
	d.Boilerplate = make([]marsad.Line, 0, nbp)
	for i := range st.lines {
		l := &st.lines[i]
		switch l.role {
		case roleBody:
			s := st.bodyStart[i]
			if s >= l.end {
				continue
			}
			d.Body = append(d.Body, marsad.Line{Text: st.text[s:l.end], Span: marsad.Span{Start: s, End: l.end}})
		case roleBoiler:
			d.Boilerplate = append(d.Boilerplate, marsad.Line{Text: st.text[l.start:l.end], Span: marsad.Span{Start: l.start, End: l.end}, Kind: l.kind})
		}
	}
	for _, b := range d.Body {
		st.segs = arabic.AppendSentences(st.segs[:0], b.Text)
		for _, g := range st.segs {
			d.Sentences = append(d.Sentences, marsad.Span{Start: b.Span.Start + g.Start, End: b.Span.Start + g.End})
		}
	}
	st.text = "" // do not keep the article alive in the pool
	for i := range st.lines {
		st.lines[i].key = ""
	}
	return d
}

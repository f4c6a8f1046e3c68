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

// hashKey is FNV-1a over a line key.
func hashKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
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
		h := hashKey(l.key)
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
	words      int
	role       role
	kind       marsad.BoilerplateKind
	para       bool // reads as a paragraph: long, or a sentence
}

// state is the scratch space of one Clean or Observe call.
type state struct {
	text    string
	lines   []line
	keyBuf  []byte
	scratch []byte
	hashes  []uint64
	words   wordTable
	segs    []arabic.Segment

	title        string
	titleSpan    marsad.Span
	dateline     marsad.Span
	datelineLine int
	bodyStart    []int // start of each line's body text (after a dateline prefix)
}

// isTrimmed reports whether r is trimmed from the ends of lines.
func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// split cuts text into trimmed lines with their keys.
func (st *state) split(text string) {
	st.text = text
	st.lines = st.lines[:0]
	st.keyBuf = st.keyBuf[:0]
	type span struct{ ks, ke int }
	var spans [64]span
	ks := spans[:0]
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
		ks = append(ks, span{k0, len(st.keyBuf)})
		pos = end + 1
		if end == len(text) {
			break
		}
	}
	keys := string(st.keyBuf)
	for i := range st.lines {
		l := &st.lines[i]
		l.key = keys[ks[i].ks:ks[i].ke]
		if l.key == "" {
			continue
		}
		l.role = roleBody
		l.words = countWords(l.key)
		l.para = l.words >= 12 || (l.words >= 5 && endsSentence(l.key, true))
	}
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
		if k := classify(st.lines[i].key, st.lines[i].words); k != "" {
			st.lines[i].kind = k // provisional: the title may still claim it
		}
	}
	// 2. Title and dateline.
	titleLine := st.findTitle(a)
	st.findDateline(titleLine)
	for i := range st.lines {
		if l := &st.lines[i]; l.role == roleBody && l.kind != "" {
			l.role = roleBoiler
		}
	}
	// 3. Bylines before the first paragraph.
	for i := range st.lines {
		l := &st.lines[i]
		if l.role == roleBody && l.para {
			break
		}
		if l.role == roleBody && l.words <= 6 && startsWithPhrase(l.key, bylineOpeners) > 0 && !endsSentence(l.key, true) {
			st.setBoiler(i, marsad.BoilerLabel)
		}
	}
	// 4. Lines repeated inside the text.
	st.markDuplicates()
	// 5. Lines the outlet prints on many pages.
	if c != nil {
		st.markRepeated(c, outletKey(a))
	}
	// 6. Headlines listed under a related-stories label.
	st.markLists()
	// 7. Blurbs of other stories at the end, then trailing labels.
	st.markTail()
}

// markLists marks the headlines that follow a related-stories label ("اقرأ
// أيضا", "الأكثر قراءة") as teasers, up to the next paragraph.
func (st *state) markLists() {
	for i := range st.lines {
		l := &st.lines[i]
		if l.role != roleBoiler || (l.kind != marsad.BoilerLabel && l.kind != marsad.BoilerTeaser) || !relatedLabels[trimPunct(l.key)] {
			continue
		}
		items := 0
		for j := i + 1; j < len(st.lines) && items < 8; j++ {
			n := &st.lines[j]
			if n.role == roleBoiler && n.kind == marsad.BoilerWidget && (strings.Contains(n.key, "end") || strings.Contains(n.key, "نهايه")) {
				break // "end of list"
			}
			if n.role != roleBody {
				continue
			}
			if n.para || n.words > 20 || endsSentence(n.key, true) {
				break
			}
			st.setBoiler(j, marsad.BoilerTeaser)
			items++
		}
	}
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
			if len(lj.key) != len(li.key) || lj.key != li.key || lj.role == roleDateline {
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
		if o.lines[hashKey(l.key)] >= min {
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

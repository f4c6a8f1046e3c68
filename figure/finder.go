package figure

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Finder finds the quantities stated in documents. A Finder holds no state
// between calls and is safe for concurrent use.
type Finder struct {
	pool sync.Pool
}

// NewFinder returns a Finder.
func NewFinder() *Finder {
	return &Finder{pool: sync.Pool{New: func() any { return new(parser) }}}
}

// ref is the publication time figures without a stated period refer to.
type ref struct {
	year, month int // 0 when unknown
}

func refOf(doc *marsad.Document) ref {
	switch {
	case !doc.Published.IsZero():
		r := ref{year: doc.Published.Time.Year()}
		if doc.Published.Precision >= marsad.PrecisionMonth {
			r.month = int(doc.Published.Time.Month())
		}
		return r
	case doc.PublishedRange != nil && !doc.PublishedRange.From.IsZero():
		r := ref{year: doc.PublishedRange.From.Year()}
		if doc.PublishedRange.To.Year() == r.year && doc.PublishedRange.To.Month() == doc.PublishedRange.From.Month() {
			r.month = int(doc.PublishedRange.From.Month())
		}
		return r
	}
	return ref{}
}

// Run appends to doc.Figures the quantities stated in the body sentences of
// doc (doc.Sentences, or the sentences of doc.Body when they are not set):
// never the title or boilerplate lines. A quantity stated twice with the
// same unit, value and qualifier (and subject, for small whole numbers) is
// kept once. Every figure's EvidenceSpan
// points into doc.Article.Text, and the text there equals its Evidence.
// Figures whose clause names no year get the publication year (from
// doc.Published, else doc.PublishedRange) as Period.
func (f *Finder) Run(doc *marsad.Document) {
	p := f.pool.Get().(*parser)
	defer f.pool.Put(p)
	text := doc.Article.Text
	r := refOf(doc)
	start := len(doc.Figures)
	add := func(s, e int) {
		if s < 0 || e > len(text) || s >= e {
			return
		}
		p.prior = doc.Figures[start:]
		p.scan(text, s, e, r)
		doc.Figures = append(doc.Figures, p.out...)
	}
	if len(doc.Sentences) > 0 {
		for _, s := range doc.Sentences {
			if doc.TitleSpan.End > doc.TitleSpan.Start && s.Start < doc.TitleSpan.End && s.End > doc.TitleSpan.Start {
				continue
			}
			add(s.Start, s.End)
		}
		return
	}
	for _, l := range doc.Body {
		p.segs = arabic.AppendSentences(p.segs[:0], l.Text)
		for _, g := range p.segs {
			add(l.Span.Start+g.Start, l.Span.Start+g.End)
		}
	}
}

// dupOf reports whether f repeats a figure of have: the same unit, value
// and qualifier, and either the same subject or a value too particular to
// be met twice by chance (100 or more, or a fraction).
func dupOf(have []marsad.Figure, f marsad.Figure) bool {
	for _, h := range have {
		if h.Unit == f.Unit && h.Value == f.Value && h.Qualifier == f.Qualifier &&
			(h.Subject == f.Subject || f.Value >= 100 || f.Value != float64(int64(f.Value))) {
			return true
		}
	}
	return false
}

// Find returns the quantities stated in one sentence, with evidence spans
// relative to sentence. Period is set only where the sentence names the
// year (or a month and year) the figure refers to.
func (f *Finder) Find(sentence string) []marsad.Figure {
	p := f.pool.Get().(*parser)
	defer f.pool.Put(p)
	p.prior = nil
	p.scan(sentence, 0, len(sentence), ref{})
	if len(p.out) == 0 {
		return nil
	}
	return append([]marsad.Figure(nil), p.out...)
}

// tok is a token of the sentence being read, with what the lexicon says
// about it.
type tok struct {
	s, e  int // byte offsets into the text
	kind  arabic.Kind
	norm  string // the normalised word; "" for other kinds
	base  string // norm without the clitics the lexicon lookup took off
	ent   *entry
	conj  bool // و or ف in front
	prep  bool // ب ل ك in front
	al    bool // the article in front
	num   float64
	numOK bool
	tan   bool // the word matched without a final tanween alef
	era   bool // a number marked as a year: 2024م, 1445هـ
	int   bool // a number without a decimal part
	gap   bool // white space (or nothing printable) before the token
	r     rune // the rune of a one-rune Punct or Symbol token
}

// parser is the scratch state of one scan; a Finder pools them.
type parser struct {
	text   string
	ref    ref
	toks   []tok
	raw    []arabic.Token
	segs   []arabic.Segment
	buf    []byte
	out    []marsad.Figure
	prior  []marsad.Figure // figures found before: a repeat is not emitted again
	used   []bool          // tokens that belong to a figure
	clause [2]int
}

func (p *parser) scan(text string, s, e int, r ref) {
	p.text, p.ref, p.out = text, r, p.out[:0]
	sent := text[s:e]
	p.raw = arabic.AppendTokens(p.raw[:0], sent)
	p.toks = p.toks[:0]
	p.buf = p.buf[:0]
	for _, t := range p.raw {
		if t.Kind == arabic.Word {
			p.buf = arabic.AppendNormalized(p.buf, sent[t.Start:t.End])
			p.buf = append(p.buf, 0)
		}
	}
	// The normalised words live in p.buf, which nothing changes until the
	// next scan; no string made from them outlives this one.
	norms := ""
	if len(p.buf) > 0 {
		norms = unsafe.String(&p.buf[0], len(p.buf))
	}
	ni := 0
	prevEnd := -1
	for _, t := range p.raw {
		k := tok{s: s + t.Start, e: s + t.End, kind: t.Kind, gap: prevEnd < 0 || t.Start > prevEnd}
		prevEnd = t.End
		switch t.Kind {
		case arabic.Word:
			j := ni
			for norms[j] != 0 {
				j++
			}
			k.norm = norms[ni:j]
			ni = j + 1
			k.lookup()
		case arabic.Number:
			k.parseNumber(sent[t.Start:t.End])
		case arabic.Punct, arabic.Symbol:
			k.r, _ = utf8.DecodeRuneInString(sent[t.Start:t.End])
		}
		p.toks = append(p.toks, k)
	}
	if cap(p.used) < len(p.toks) {
		p.used = make([]bool, len(p.toks))
	}
	p.used = p.used[:len(p.toks)]
	clear(p.used)
	p.find()
}

// lookup finds the token's word in the lexicon, with a conjunction, a
// preposition and the article in front as the lexicon's forms list them,
// and with or without a final tanween alef.
func (t *tok) lookup() {
	w := t.norm
	t.base = w
	f, ok := forms[w]
	if !ok && len(w) > 4 && w[len(w)-2:] == "ا" {
		if f, ok = forms[w[:len(w)-2]]; ok && f.e.cls == cWord {
			ok = false
		}
		t.tan = ok
	}
	if !ok {
		return
	}
	t.ent, t.conj, t.prep, t.al = f.e, f.conj, f.prep, f.al
	t.base = w[f.cut:]
	if t.tan {
		t.base = w[f.cut : len(w)-2]
	}
}

// wordForm is a lexicon word with the clitics written in front of it.
type wordForm struct {
	e              *entry
	cut            int // bytes of clitics
	conj, prep, al bool
}

// forms maps every form of every lexicon word, clitics included, to its
// entry, so that a token needs one lookup. A bare word wins over a
// prefixed reading of another (بين is "between", not ب + ين).
var forms = func() map[string]wordForm {
	m := make(map[string]wordForm, len(lexicon)*12)
	for w, e := range lexicon {
		m[w] = wordForm{e: e}
	}
	put := func(k string, f wordForm) {
		if _, ok := m[k]; !ok {
			m[k] = f
		}
	}
	n := func(s string) int { return utf8.RuneCountInString(s) }
	for w, e := range lexicon {
		if n(w) >= 2 && !hasPrefix(w, "ال") {
			for _, c := range []string{"", "و", "ف"} {
				put(c+"ال"+w, wordForm{e: e, cut: len(c) + 4, conj: c != "", al: true})
				for _, pr := range []string{"ب", "ك"} {
					put(c+pr+"ال"+w, wordForm{e: e, cut: len(c) + 6, conj: c != "", prep: true, al: true})
				}
				put(c+"لل"+w, wordForm{e: e, cut: len(c) + 4, conj: c != "", prep: true, al: true})
			}
		}
		if n(w) >= 3 {
			for _, c := range []string{"و", "ف"} {
				put(c+w, wordForm{e: e, cut: 2, conj: true})
			}
			for _, c := range []string{"", "و", "ف"} {
				for _, pr := range []string{"ب", "ل", "ك"} {
					put(c+pr+w, wordForm{e: e, cut: len(c) + 2, conj: c != "", prep: true})
				}
			}
		}
	}
	return m
}()

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// parseNumber reads the value of a Number token.
func (t *tok) parseNumber(s string) {
	var ip, fp, all uint64
	fd := 0
	dots := 0
	frac := false
	digits := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		d := -1
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= 0x0660 && r <= 0x0669:
			d = int(r - 0x0660)
		case r >= 0x06F0 && r <= 0x06F9:
			d = int(r - 0x06F0)
		case r == '.' || r == '٫':
			dots++
			frac = true
			continue
		case r == ',' || r == '٬':
			continue
		case r == 'م' || r == 'ه' || r == 'ـ':
			t.era = true
			continue
		default:
			continue
		}
		digits++
		if digits > 15 {
			return
		}
		all = all*10 + uint64(d)
		if frac {
			fp = fp*10 + uint64(d)
			fd++
		} else {
			ip = ip*10 + uint64(d)
		}
	}
	if dots > 1 { // 1.000.000: the dots group thousands
		ip, fp, fd = all, 0, 0
	}
	v := float64(ip)
	if fd > 0 {
		div := 1.0
		for range fd {
			div *= 10
		}
		v += float64(fp) / div
	}
	t.num, t.numOK, t.int = v, digits > 0, fd == 0
}

// tailSet holds the last two letters of a set of words, so that a word
// that ends otherwise needs no map lookup.
type tailSet [1024]uint64

func tail(w string) (uint32, bool) {
	r2, n2 := utf8.DecodeLastRuneInString(w)
	if n2 == 0 || len(w) <= n2 {
		return 0, false
	}
	r1, _ := utf8.DecodeLastRuneInString(w[:len(w)-n2])
	return uint32(r1&0xFF)<<8 | uint32(r2&0xFF), true
}

func (ts *tailSet) add(w string) {
	if k, ok := tail(w); ok {
		ts[k>>6] |= 1 << (k & 63)
	}
}

// has reports whether a word of the set may end as w does. Words of one
// letter always may.
func (ts *tailSet) has(w string) bool {
	k, ok := tail(w)
	return !ok || ts[k>>6]&(1<<(k&63)) != 0
}

var subjectTail = func() *tailSet {
	b := new(tailSet)
	for k := range subjects {
		b.add(k)
	}
	return b
}()

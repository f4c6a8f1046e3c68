package web

import (
	"cmp"
	"context"
	"iter"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// memStore is an in-memory marsad.Store for the tests: a map, searched by
// plain substring.
type memStore struct {
	mu   sync.Mutex
	docs map[string]*marsad.Document
}

var _ marsad.Store = (*memStore)(nil)

func newMemStore(docs ...*marsad.Document) *memStore {
	s := &memStore{docs: map[string]*marsad.Document{}}
	for _, d := range docs {
		s.docs[d.ID()] = d
	}
	return s
}

func (s *memStore) PutDocument(ctx context.Context, d *marsad.Document) (marsad.PutResult, error) {
	if d.ID() == "" {
		return 0, marsad.Errorf(marsad.EINVALID, "document has no id")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.docs[d.ID()]
	s.docs[d.ID()] = d
	switch {
	case !ok:
		return marsad.PutNew, nil
	case old.Hash == d.Hash:
		return marsad.PutUnchanged, nil
	}
	return marsad.PutUpdated, nil
}

func (s *memStore) Document(ctx context.Context, id string) (*marsad.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.docs[id]
	if !ok {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no document %s", id)
	}
	return d, nil
}

func (s *memStore) sorted() []*marsad.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*marsad.Document, 0, len(s.docs))
	for _, d := range s.docs {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *marsad.Document) int { return cmp.Compare(a.ID(), b.ID()) })
	return out
}

func (s *memStore) Documents(ctx context.Context, f marsad.DocumentFilter) iter.Seq2[*marsad.Document, error] {
	return func(yield func(*marsad.Document, error) bool) {
		n := 0
		for _, d := range s.sorted() {
			t := d.Article.Published
			switch {
			case f.Outlet != "" && d.Article.Outlet != f.Outlet,
				!f.From.IsZero() && t.Before(f.From),
				!f.To.IsZero() && t.After(f.To),
				f.After != "" && d.ID() <= f.After:
				continue
			}
			if f.Limit > 0 && n == f.Limit {
				return
			}
			n++
			if !yield(d, nil) {
				return
			}
		}
	}
}

func (s *memStore) CountDocuments(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs), nil
}

// Search finds the documents whose text contains q; the snippet is the
// text around the first match, with every match in it highlighted.
func (s *memStore) Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "empty query")
	}
	var hits []marsad.SearchHit
	for _, d := range s.sorted() {
		text := d.Text()
		i := strings.Index(text, q.Text)
		if i < 0 {
			continue
		}
		from := runeStart(text, max(0, i-60))
		to := runeEnd(text, min(len(text), i+len(q.Text)+60))
		snip := text[from:to]
		h := marsad.SearchHit{ID: d.ID(), Title: docTitle(d), Score: float64(strings.Count(text, q.Text)), Snippet: snip}
		for j := 0; ; {
			k := strings.Index(snip[j:], q.Text)
			if k < 0 {
				break
			}
			h.Highlights = append(h.Highlights, marsad.Span{Start: j + k, End: j + k + len(q.Text)})
			j += k + len(q.Text)
		}
		hits = append(hits, h)
	}
	slices.SortStableFunc(hits, func(a, b marsad.SearchHit) int { return cmp.Compare(b.Score, a.Score) })
	limit := cmp.Or(q.Limit, 20)
	if q.Offset >= len(hits) {
		return nil, nil
	}
	return hits[q.Offset:min(len(hits), q.Offset+limit)], nil
}

func (s *memStore) Close() error { return nil }

// docBuilder writes a test document: its text line by line, with the
// annotations' spans found in the text by their words.
type docBuilder struct {
	d *marsad.Document
}

func newDoc(id, outlet, published, title string, paragraphs ...string) *docBuilder {
	t, _ := time.Parse(time.DateOnly, published)
	text := title + "\n" + strings.Join(paragraphs, "\n")
	d := &marsad.Document{
		Article: marsad.Article{ID: id, Outlet: outlet, Published: t, Text: text, URL: "https://example.invalid/" + id},
		Title:   title, TitleSpan: marsad.Span{Start: 0, End: len(title)},
		Published: marsad.DayDate(t), PublishedSource: marsad.DateFromMetadata,
	}
	d.Hash = d.Article.Hash()
	off := len(title) + 1
	for _, p := range paragraphs {
		d.Body = append(d.Body, marsad.Line{Text: p, Span: marsad.Span{Start: off, End: off + len(p)}})
		off += len(p) + 1
	}
	return &docBuilder{d}
}

// span returns the span of the first occurrence of s in the text.
func (b *docBuilder) span(s string) marsad.Span {
	i := strings.Index(b.d.Article.Text, s)
	if i < 0 {
		panic("test text lacks " + s)
	}
	return marsad.Span{Start: i, End: i + len(s)}
}

func (b *docBuilder) entity(qid, name, arabic string, typ marsad.EntityType, code string, mentions ...string) *docBuilder {
	e := marsad.Entity{ID: marsad.QID(qid), Name: name, Arabic: arabic, Type: typ, Code: marsad.ActorCode(code)}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, marsad.Mention{Text: m, Span: b.span(m)})
	}
	b.d.Entities = append(b.d.Entities, e)
	return b
}

func (b *docBuilder) event(src, typ, cameo, tgt, date, evidence string) *docBuilder {
	dt, _ := marsad.ParseDate(date)
	b.d.Events = append(b.d.Events, marsad.Event{SourceCode: marsad.ActorCode(src), Source: src, Type: marsad.PLOVERType(typ),
		CAMEO: marsad.CAMEOCode(cameo), TargetCode: marsad.ActorCode(tgt), Target: tgt, Date: dt,
		Modality: marsad.Asserted, Evidence: evidence, EvidenceSpan: b.span(evidence)})
	return b
}

func (b *docBuilder) quote(speaker, text string) *docBuilder {
	b.d.Quotes = append(b.d.Quotes, marsad.Quote{Speaker: speaker, Text: text, Span: b.span(text)})
	return b
}

func (b *docBuilder) figure(v float64, unit, subject, evidence string) *docBuilder {
	b.d.Figures = append(b.d.Figures, marsad.Figure{Value: v, Unit: unit, Qualifier: marsad.Exact, Subject: subject,
		Evidence: evidence, EvidenceSpan: b.span(evidence)})
	return b
}

func (b *docBuilder) boiler(kind marsad.BoilerplateKind, line string) *docBuilder {
	b.d.Boilerplate = append(b.d.Boilerplate, marsad.Line{Text: line, Span: marsad.Span{}, Kind: kind})
	return b
}

const hostile = `<script>alert(1)</script>`

// testDocs returns the test corpus: two reports of one Chinese–Russian
// meeting, a report of a clash in another month, an unrelated report, and
// a hostile document with markup in its title, body and annotations.
func testDocs() []*marsad.Document {
	a := newDoc("a-beijing-1", "صحيفة الأفق", "2024-05-16", "الرئيس الصيني يستقبل نظيره الروسي في بكين",
		"بكين - استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين يوم الخميس.",
		"وقال شي إن «العلاقات بين البلدين في أفضل حالاتها»، مضيفا أن التبادل التجاري بلغ 240 مليار دولار.")
	a.entity("Q148", "China", "الصين", marsad.EntityCountry, "CHN", "الصيني").
		entity("Q15031", "Xi Jinping", "شي جين بينغ", marsad.EntityPerson, "CHN", "شي جين بينغ", "وقال شي").
		entity("Q7747", "Vladimir Putin", "فلاديمير بوتين", marsad.EntityPerson, "RUS", "فلاديمير بوتين").
		entity("Q159", "Russia", "روسيا", marsad.EntityCountry, "RUS", "الروسي").
		entity("Q956", "Beijing", "بكين", marsad.EntityCity, "", "بكين").
		event("CHN", "CONSULT", "040", "RUS", "2024-05-16", "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي").
		quote("Q15031", "العلاقات بين البلدين في أفضل حالاتها").
		figure(2.4e11, "USD", "التبادل التجاري", "240 مليار دولار")
	a.d.Dateline, a.d.DatelineSpan = "بكين", a.span("بكين -")
	a.boiler(marsad.BoilerPromo, "تابعونا على تلغرام").boiler(marsad.BoilerWidget, "وقت القراءة: 2 دقيقة")

	b := newDoc("b-beijing-2", "وكالة المدار", "2024-05-17", "بوتين وشي يبحثان التعاون في بكين",
		"التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين، وبحثا التعاون في الطاقة.",
		"وأفادت الوكالة بأن حجم التجارة بلغ 230 مليار دولار العام الماضي.")
	b.entity("Q148", "China", "الصين", marsad.EntityCountry, "CHN", "الصيني").
		entity("Q15031", "Xi Jinping", "شي جين بينغ", marsad.EntityPerson, "CHN", "شي جين بينغ").
		entity("Q7747", "Vladimir Putin", "فلاديمير بوتين", marsad.EntityPerson, "RUS", "فلاديمير بوتين").
		entity("Q956", "Beijing", "بكين", marsad.EntityCity, "", "بكين").
		event("RUS", "CONSULT", "043", "CHN", "2024-05-16", "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني").
		figure(2.3e11, "USD", "التبادل التجاري", "230 مليار دولار")

	c := newDoc("c-border", "قناة الساحل", "2024-07-02", "اتهامات متبادلة بعد حادث حدودي",
		"اتهمت الصين روسيا بخرق اتفاق حدودي، فيما رفضت موسكو الاتهامات.")
	c.entity("Q148", "China", "الصين", marsad.EntityCountry, "CHN", "الصين").
		entity("Q159", "Russia", "روسيا", marsad.EntityCountry, "RUS", "روسيا").
		event("CHN", "ACCUSE", "112", "RUS", "2024-07-01", "اتهمت الصين روسيا").
		event("RUS", "REJECT", "", "CHN", "2024-07-01", "رفضت موسكو الاتهامات")

	d := newDoc("d-rain", "بوابة الوادي", "2024-03-10", "أمطار غزيرة في الإسكندرية",
		"شهدت الإسكندرية أمطارا غزيرة أمس وسط توقعات باستمرارها.")
	d.entity("Q87", "Alexandria", "الإسكندرية", marsad.EntityCity, "", "الإسكندرية")

	h := newDoc("h-hostile", "<b>outlet</b>", "2024-04-01", "عنوان "+hostile,
		"نص فيه "+hostile+" و\"اقتباس\" و<img src=x onerror=alert(2)>.")
	h.d.Article.URL = "javascript:alert(3)"
	h.entity("", "<i>x</i>", hostile, marsad.EntityPerson, "", hostile).
		quote(hostile, hostile)
	h.d.Dateline = "<script>dl</script>"
	h.boiler(marsad.BoilerPromo, hostile)
	return []*marsad.Document{a.d, b.d, c.d, d.d, h.d}
}

// mustServer returns a server on the test corpus with the token "secret"
// and an analyser that turns an article into a one-paragraph document.
func mustServer(tb testing.TB) (*Server, *memStore) {
	tb.Helper()
	st := newMemStore(testDocs()...)
	s := NewServer(st)
	s.Token = "secret"
	s.Analyze = func(a *marsad.Article) *marsad.Document {
		d := &marsad.Document{Article: *a, Hash: a.Hash(), Body: []marsad.Line{{Text: a.Text, Span: marsad.Span{End: len(a.Text)}}}}
		if i := strings.IndexByte(a.Text, '\n'); i > 0 {
			d.Title = a.Text[:i]
		}
		return d
	}
	return s, st
}

func queryEscape(s string) string { return url.QueryEscape(s) }

package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// bigDoc returns a document of about 5 KB with many annotations.
func bigDoc() *marsad.Document {
	para := "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين، وقال إن «التعاون يتعزز» وإن التجارة بلغت 240 مليار دولار."
	var paras []string
	for range 12 {
		paras = append(paras, para)
	}
	b := newDoc("bench-1", "صحيفة الأفق", "2024-05-16", "عنوان الخبر", paras...)
	text := b.d.Article.Text
	for _, p := range b.d.Body {
		base := p.Span.Start
		find := func(s string) marsad.Span {
			i := strings.Index(text[base:], s)
			return marsad.Span{Start: base + i, End: base + i + len(s)}
		}
		b.d.Entities = append(b.d.Entities, marsad.Entity{ID: "Q15031", Name: "Xi Jinping", Arabic: "شي جين بينغ", Type: marsad.EntityPerson,
			Mentions: []marsad.Mention{{Text: "شي جين بينغ", Span: find("شي جين بينغ")}}})
		b.d.Entities = append(b.d.Entities, marsad.Entity{ID: "Q7747", Name: "Vladimir Putin", Arabic: "فلاديمير بوتين", Type: marsad.EntityPerson,
			Mentions: []marsad.Mention{{Text: "فلاديمير بوتين", Span: find("فلاديمير بوتين")}}})
		b.d.Events = append(b.d.Events, marsad.Event{SourceCode: "CHN", TargetCode: "RUS", Type: "CONSULT", Modality: marsad.Asserted,
			EvidenceSpan: find("استقبل الرئيس الصيني شي جين بينغ نظيره الروسي")})
		b.d.Quotes = append(b.d.Quotes, marsad.Quote{Speaker: "Q15031", Text: "التعاون يتعزز", Span: find("التعاون يتعزز")})
		b.d.Figures = append(b.d.Figures, marsad.Figure{Value: 2.4e11, Unit: "USD", EvidenceSpan: find("240 مليار دولار")})
	}
	return b.d
}

func BenchmarkDocumentPage(b *testing.B) {
	s, st := mustServer(b)
	st.PutDocument(b.Context(), bigDoc())
	h := s.Handler()
	r := httptest.NewRequest("GET", "/documents/bench-1", nil)
	benchGet(b, h, r)
}

// BenchmarkSearchAPI measures a search that reaches the store: the
// response cache is off.
func BenchmarkSearchAPI(b *testing.B) {
	s, st := mustServer(b)
	s.CacheBytes = -1
	fillStore(b, st, 200)
	h := s.Handler()
	r := httptest.NewRequest("GET", "/api/search?q="+urlq("بوتين")+"&limit=20", nil)
	benchGet(b, h, r)
}

func BenchmarkHighlight(b *testing.B) {
	d := bigDoc()
	marks := docMarks(d)
	text := d.Text()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range d.Body {
			lineHTML(text, l, marks)
		}
	}
}

// BenchmarkSearchAPICached measures a search answered from the response
// cache: the store is searched once, before the loop.
func BenchmarkSearchAPICached(b *testing.B) {
	s, st := mustServer(b)
	fillStore(b, st, 200)
	h := s.Handler()
	r := httptest.NewRequest("GET", "/api/search?q="+urlq("بوتين")+"&limit=10", nil)
	h.ServeHTTP(httptest.NewRecorder(), r)
	benchGet(b, h, r)
}

// BenchmarkDocumentAPI measures GET /api/documents/{id} of a 5 KB
// document with many annotations (the store is a map: this is the web
// layer's part).
func BenchmarkDocumentAPI(b *testing.B) {
	s, st := mustServer(b)
	st.PutDocument(b.Context(), bigDoc())
	h := s.Handler()
	r := httptest.NewRequest("GET", "/api/documents/bench-1", nil)
	benchGet(b, h, r)
}

// fillStore stores n copies of bigDoc, with ids bench-000, bench-001...
func fillStore(b *testing.B, st marsad.Store, n int) {
	for i := range n {
		d := bigDoc()
		d.Article.ID = fmt.Sprintf("bench-%03d", i)
		if _, err := st.PutDocument(b.Context(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// benchGet times h answering r, which must succeed.
func benchGet(b *testing.B, h http.Handler, r *http.Request) {
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			b.Fatalf("got status %d", w.Code)
		}
	}
}

// Package storetest is the conformance suite of marsad.Store: one test
// body that every implementation runs (sqlite now, postgres later), so
// they behave alike.
//
// The search tests expect the store to analyse text with the project's
// Arabic analyser (search.Arabic): a query word must find the forms that
// differ from it by clitics and light suffixes.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// Run runs the conformance suite against the stores open returns. Each
// subtest opens a fresh, empty store; open registers its own cleanup with
// tb (closing the store, removing files).
func Run(t *testing.T, open func(tb testing.TB) marsad.Store) {
	t.Run("PutNew", func(t *testing.T) { testPutNew(t, open(t)) })
	t.Run("PutUnchanged", func(t *testing.T) { testPutUnchanged(t, open(t)) })
	t.Run("PutUpdated", func(t *testing.T) { testPutUpdated(t, open(t)) })
	t.Run("PutInvalid", func(t *testing.T) { testPutInvalid(t, open(t)) })
	t.Run("PutCanceled", func(t *testing.T) { testPutCanceled(t, open(t)) })
	t.Run("DocumentRoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("DocumentNotFound", func(t *testing.T) { testNotFound(t, open(t)) })
	t.Run("DocumentsFilter", func(t *testing.T) { testDocumentsFilter(t, open(t)) })
	t.Run("DocumentsPaging", func(t *testing.T) { testDocumentsPaging(t, open(t)) })
	t.Run("DocumentsBreak", func(t *testing.T) { testDocumentsBreak(t, open(t)) })
	t.Run("Count", func(t *testing.T) { testCount(t, open(t)) })
	t.Run("SearchArabicForms", func(t *testing.T) { testSearchForms(t, open(t)) })
	t.Run("SearchPhrase", func(t *testing.T) { testSearchPhrase(t, open(t)) })
	t.Run("SearchExclude", func(t *testing.T) { testSearchExclude(t, open(t)) })
	t.Run("SearchRanking", func(t *testing.T) { testSearchRanking(t, open(t)) })
	t.Run("SearchSnippet", func(t *testing.T) { testSearchSnippet(t, open(t)) })
	t.Run("SearchLimitOffset", func(t *testing.T) { testSearchLimitOffset(t, open(t)) })
	t.Run("SearchUpdatedReindexed", func(t *testing.T) { testSearchUpdated(t, open(t)) })
	t.Run("SearchInvalid", func(t *testing.T) { testSearchInvalid(t, open(t)) })
	t.Run("SearchHostile", func(t *testing.T) { testSearchHostile(t, open(t)) })
	t.Run("ConcurrentPuts", func(t *testing.T) { testConcurrentPuts(t, open(t)) })
}

// NewDocument returns a document as the cleaner would leave it: the title
// and the paragraphs joined into the article text, with their spans, and
// Hash set from the article. published is YYYY-MM-DD or "".
func NewDocument(id, outlet, published, title string, paragraphs ...string) *marsad.Document {
	var b strings.Builder
	doc := &marsad.Document{Title: title}
	doc.TitleSpan = marsad.Span{Start: 0, End: len(title)}
	b.WriteString(title)
	for _, p := range paragraphs {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		doc.Body = append(doc.Body, marsad.Line{Text: p, Span: marsad.Span{Start: start, End: b.Len()}})
	}
	doc.Article = marsad.Article{
		ID:     id,
		URL:    "https://example.com/" + id,
		Outlet: outlet,
		Title:  title,
		Text:   b.String(),
		Source: "storetest/" + id,
		Format: marsad.FormatText,
	}
	if published != "" {
		d, err := marsad.ParseDate(published)
		if err != nil {
			panic(err)
		}
		doc.Published = d
		doc.PublishedSource = marsad.DateFromMetadata
		doc.Article.Published = d.Time
	}
	doc.Hash = doc.Article.Hash()
	return doc
}

func mustPut(tb testing.TB, s marsad.Store, doc *marsad.Document, want marsad.PutResult) {
	tb.Helper()
	got, err := s.PutDocument(context.Background(), doc)
	if err != nil {
		tb.Fatalf("PutDocument(%s): %v", doc.ID(), err)
	}
	if got != want {
		tb.Fatalf("PutDocument(%s) = %v, want %v", doc.ID(), got, want)
	}
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func testPutNew(t *testing.T, s marsad.Store) {
	mustPut(t, s, NewDocument("a", "x", "", "عنوان", "نص الخبر"), marsad.PutNew)
	mustPut(t, s, NewDocument("b", "x", "", "عنوان", "نص الخبر"), marsad.PutNew)
}

func testPutUnchanged(t *testing.T, s marsad.Store) {
	doc := NewDocument("a", "x", "2024-05-01", "عنوان", "نص الخبر")
	mustPut(t, s, doc, marsad.PutNew)
	mustPut(t, s, doc, marsad.PutUnchanged)
	again := NewDocument("a", "x", "2024-05-01", "عنوان", "نص الخبر")
	mustPut(t, s, again, marsad.PutUnchanged)
}

func testPutUpdated(t *testing.T, s marsad.Store) {
	mustPut(t, s, NewDocument("a", "x", "", "عنوان", "النص الأول"), marsad.PutNew)
	doc := NewDocument("a", "y", "2024-01-02", "عنوان جديد", "النص الثاني")
	mustPut(t, s, doc, marsad.PutUpdated)
	got, err := s.Document(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	if g, w := mustJSON(t, got), mustJSON(t, doc); g != w {
		t.Errorf("after update got %s, want %s", g, w)
	}
	if n, err := s.CountDocuments(context.Background()); err != nil || n != 1 {
		t.Errorf("CountDocuments = %d, %v; want 1", n, err)
	}
}

func testPutInvalid(t *testing.T, s marsad.Store) {
	for _, doc := range []*marsad.Document{nil, {}} {
		if _, err := s.PutDocument(context.Background(), doc); marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("PutDocument(%v): got error %v, want EINVALID", doc, err)
		}
	}
}

func testPutCanceled(t *testing.T, s marsad.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutDocument(ctx, NewDocument("a", "x", "", "عنوان", "نص")); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocument with a canceled context: got error %v, want context.Canceled", err)
	}
	if n, err := s.CountDocuments(context.Background()); err != nil || n != 0 {
		t.Errorf("CountDocuments = %d, %v; want 0", n, err)
	}
}

func testRoundTrip(t *testing.T, s marsad.Store) {
	doc := NewDocument("rt", "الجزيرة", "2024-03-15", "وزير الخارجية يزور القاهرة", "قال الوزير إن الزيارة مهمة.", "وأضاف أن المحادثات ستستمر.")
	doc.Dateline = "القاهرة -"
	doc.Boilerplate = []marsad.Line{{Text: "شاهد أيضا", Span: marsad.Span{Start: 1, End: 5}, Kind: marsad.BoilerTeaser}}
	doc.Sentences = []marsad.Span{{Start: 0, End: 10}, {Start: 12, End: 30}}
	doc.PublishedRange = &marsad.DateRange{From: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)}
	doc.Analyzed = time.Date(2024, 3, 16, 10, 30, 0, 0, time.UTC)
	mustPut(t, s, doc, marsad.PutNew)
	got, err := s.Document(context.Background(), "rt")
	if err != nil {
		t.Fatal(err)
	}
	if g, w := mustJSON(t, got), mustJSON(t, doc); g != w {
		t.Errorf("Document(rt):\ngot  %s\nwant %s", g, w)
	}
}

func testNotFound(t *testing.T, s marsad.Store) {
	_, err := s.Document(context.Background(), "absent")
	if code := marsad.ErrorCode(err); code != marsad.ENOTFOUND {
		t.Errorf("Document(absent): got error %v (code %q), want ENOTFOUND", err, code)
	}
}

// ids collects the ids Documents yields for f.
func ids(tb testing.TB, s marsad.Store, f marsad.DocumentFilter) []string {
	tb.Helper()
	var got []string
	for doc, err := range s.Documents(context.Background(), f) {
		if err != nil {
			tb.Fatalf("Documents(%+v): %v", f, err)
		}
		got = append(got, doc.ID())
	}
	return got
}

func putFilterSet(tb testing.TB, s marsad.Store) {
	tb.Helper()
	for _, d := range []struct{ id, outlet, published string }{
		{"d1", "aljazeera", "2024-01-10"},
		{"d2", "bbc", "2024-01-15"},
		{"d3", "aljazeera", "2024-02-01"},
		{"d4", "bbc", ""},
		{"d5", "aljazeera", "2024-02-20"},
		{"d0", "rt", "2023-12-31"},
	} {
		mustPut(tb, s, NewDocument(d.id, d.outlet, d.published, "عنوان "+d.id, "نص "+d.id), marsad.PutNew)
	}
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func testDocumentsFilter(t *testing.T, s marsad.Store) {
	putFilterSet(t, s)
	for _, tc := range []struct {
		name string
		f    marsad.DocumentFilter
		want string
	}{
		{"All", marsad.DocumentFilter{}, "d0 d1 d2 d3 d4 d5"},
		{"Outlet", marsad.DocumentFilter{Outlet: "aljazeera"}, "d1 d3 d5"},
		{"OutletAbsent", marsad.DocumentFilter{Outlet: "cnn"}, ""},
		{"From", marsad.DocumentFilter{From: day("2024-01-15")}, "d2 d3 d5"},
		{"To", marsad.DocumentFilter{To: day("2024-01-15")}, "d0 d1 d2"},
		{"FromTo", marsad.DocumentFilter{From: day("2024-01-11"), To: day("2024-02-01")}, "d2 d3"},
		{"FromToSameDay", marsad.DocumentFilter{From: day("2024-02-01"), To: day("2024-02-01")}, "d3"},
		{"After", marsad.DocumentFilter{After: "d2"}, "d3 d4 d5"},
		{"Limit", marsad.DocumentFilter{Limit: 2}, "d0 d1"},
		{"OutletAfterLimit", marsad.DocumentFilter{Outlet: "aljazeera", After: "d1", Limit: 1}, "d3"},
		{"OutletFrom", marsad.DocumentFilter{Outlet: "bbc", From: day("2024-01-01")}, "d2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(ids(t, s, tc.f), " "); got != tc.want {
				t.Errorf("Documents(%+v) = %q, want %q", tc.f, got, tc.want)
			}
		})
	}
}

func testDocumentsPaging(t *testing.T, s marsad.Store) {
	var want []string
	for i := range 300 {
		id := fmt.Sprintf("p%04d", i)
		want = append(want, id)
		mustPut(t, s, NewDocument(id, "x", "", "عنوان", "نص"), marsad.PutNew)
	}
	for _, size := range []int{1, 7, 128, 299, 1000} {
		var got []string
		after := ""
		for {
			page := ids(t, s, marsad.DocumentFilter{After: after, Limit: size})
			if len(page) > size {
				t.Fatalf("page of limit %d has %d documents", size, len(page))
			}
			got = append(got, page...)
			if len(page) < size {
				break
			}
			after = page[len(page)-1]
		}
		if g, w := strings.Join(got, " "), strings.Join(want, " "); g != w {
			t.Errorf("paging by %d: got %d ids, want %d in order", size, len(got), len(want))
		}
	}
}

func testDocumentsBreak(t *testing.T, s marsad.Store) {
	putFilterSet(t, s)
	n := 0
	for _, err := range s.Documents(context.Background(), marsad.DocumentFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n == 2 {
			break
		}
	}
	// The store must still work after an early break.
	mustPut(t, s, NewDocument("z", "x", "", "عنوان", "نص"), marsad.PutNew)
	if got := len(ids(t, s, marsad.DocumentFilter{})); got != 7 {
		t.Errorf("after break: got %d documents, want 7", got)
	}
}

func testCount(t *testing.T, s marsad.Store) {
	if n, err := s.CountDocuments(context.Background()); err != nil || n != 0 {
		t.Fatalf("empty store: CountDocuments = %d, %v; want 0", n, err)
	}
	putFilterSet(t, s)
	mustPut(t, s, NewDocument("d1", "aljazeera", "2024-01-10", "عنوان d1", "نص d1"), marsad.PutUnchanged)
	if n, err := s.CountDocuments(context.Background()); err != nil || n != 6 {
		t.Errorf("CountDocuments = %d, %v; want 6", n, err)
	}
}

// search runs a query that must succeed.
func search(tb testing.TB, s marsad.Store, q marsad.SearchQuery) []marsad.SearchHit {
	tb.Helper()
	hits, err := s.Search(context.Background(), q)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q.Text, err)
	}
	for _, h := range hits {
		checkHit(tb, q.Text, h)
	}
	return hits
}

// checkHit checks the invariants of every hit.
func checkHit(tb testing.TB, q string, h marsad.SearchHit) {
	tb.Helper()
	if !utf8.ValidString(h.Snippet) {
		tb.Errorf("Search(%q): hit %s: snippet is not valid UTF-8: %q", q, h.ID, h.Snippet)
	}
	for _, sp := range h.Highlights {
		if !sp.In(len(h.Snippet)) || sp.Len() == 0 {
			tb.Errorf("Search(%q): hit %s: highlight %v out of the snippet of %d bytes", q, h.ID, sp, len(h.Snippet))
		}
	}
}

func hitIDs(hits []marsad.SearchHit) string {
	var s []string
	for _, h := range hits {
		s = append(s, h.ID)
	}
	return strings.Join(s, " ")
}

func sortedIDs(hits []marsad.SearchHit) string {
	s := strings.Fields(hitIDs(hits))
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return strings.Join(s, " ")
}

func putSearchSet(tb testing.TB, s marsad.Store) {
	tb.Helper()
	for _, d := range []struct{ id, title, body string }{
		{"gov1", "اجتماع في العاصمة", "قدم الوزير تقريرا وللحكومة رأي آخر في المسألة."},
		{"gov2", "انتخابات مبكرة", "تشكلت حكومات عدة خلال العقد الماضي في البلاد."},
		{"sport", "مباراة الفريق", "فاز الفريق في المباراة النهائية بهدفين."},
		{"fm1", "وزير الخارجية يصل إلى عمان", "بدأ وزير الخارجية جولة إقليمية تشمل ثلاث دول."},
		{"fm2", "جولة إقليمية", "قال وزير المالية إن الخارجية لم تعلق على الجولة."},
	} {
		mustPut(tb, s, NewDocument(d.id, "x", "", d.title, d.body), marsad.PutNew)
	}
}

func testSearchForms(t *testing.T, s marsad.Store) {
	putSearchSet(t, s)
	for _, tc := range []struct{ q, want string }{
		{"الحكومة", "gov1 gov2"},
		{"حكومة", "gov1 gov2"},
		{"المباراة", "sport"},
		{"الفريق المباراة", "sport"},
		{"الفريق الحكومة", ""},
	} {
		if got := sortedIDs(search(t, s, marsad.SearchQuery{Text: tc.q})); got != tc.want {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func testSearchPhrase(t *testing.T, s marsad.Store) {
	putSearchSet(t, s)
	for _, tc := range []struct{ q, want string }{
		{`"وزير الخارجية"`, "fm1"},
		{`وزير الخارجية`, "fm1 fm2"},
		{`«وزير الخارجية»`, "fm1"},
		{`"الخارجية وزير"`, ""},
	} {
		if got := sortedIDs(search(t, s, marsad.SearchQuery{Text: tc.q})); got != tc.want {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func testSearchExclude(t *testing.T, s marsad.Store) {
	putSearchSet(t, s)
	if got, want := sortedIDs(search(t, s, marsad.SearchQuery{Text: `الجولة -المالية`})), "fm1"; got != want {
		t.Errorf("Search(الجولة -المالية) = %q, want %q", got, want)
	}
	if _, err := s.Search(context.Background(), marsad.SearchQuery{Text: "-الحكومة"}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("Search(-الحكومة): got error %v, want EINVALID", err)
	}
}

func testSearchRanking(t *testing.T, s marsad.Store) {
	mustPut(t, s, NewDocument("one", "x", "", "أخبار اليوم", "تحدث المسؤول عن الاقتصاد مرة واحدة ثم انتقل إلى موضوعات أخرى كثيرة مثل التعليم والصحة والنقل والزراعة."), marsad.PutNew)
	mustPut(t, s, NewDocument("many", "x", "", "أخبار اليوم", "الاقتصاد ثم الاقتصاد: قال المسؤول إن الاقتصاد يتحسن وإن اقتصادنا قوي وإن الاقتصاد سيستمر في النمو والتعليم."), marsad.PutNew)
	mustPut(t, s, NewDocument("title", "x", "", "الاقتصاد يتحسن", "تحدث المسؤول عن موضوعات كثيرة مثل التعليم والصحة والنقل والزراعة في مؤتمر صحفي طويل عقد في المساء."), marsad.PutNew)
	hits := search(t, s, marsad.SearchQuery{Text: "الاقتصاد"})
	if got := hitIDs(hits); len(hits) != 3 || !strings.HasSuffix(got, "one") {
		t.Fatalf("Search(الاقتصاد) = %q, want three hits with one last", got)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("hits not sorted by score: %v after %v", hits[i].Score, hits[i-1].Score)
		}
	}
	// A match in the title outweighs one match in the body.
	pos := map[string]int{}
	for i, h := range hits {
		pos[h.ID] = i
	}
	if pos["title"] > pos["one"] {
		t.Errorf("title match ranked %d, below a single body match at %d", pos["title"], pos["one"])
	}
}

func testSearchSnippet(t *testing.T, s marsad.Store) {
	long := strings.Repeat("كان الطقس معتدلا في المدينة طوال الأسبوع الماضي. ", 20)
	mustPut(t, s, NewDocument("long", "x", "", "تقرير", long+"وأعلنت الحكومة خطة جديدة للنقل العام. "+long), marsad.PutNew)
	hits := search(t, s, marsad.SearchQuery{Text: "الحكومة"})
	if len(hits) != 1 {
		t.Fatalf("Search(الحكومة) = %q, want long", hitIDs(hits))
	}
	h := hits[0]
	if h.Title != "تقرير" {
		t.Errorf("hit title = %q, want تقرير", h.Title)
	}
	if len(h.Snippet) > 300 || !strings.Contains(h.Snippet, "الحكومة") {
		t.Errorf("snippet = %q (%d bytes), want a short passage with الحكومة", h.Snippet, len(h.Snippet))
	}
	if len(h.Highlights) == 0 {
		t.Fatalf("snippet %q has no highlight", h.Snippet)
	}
	if got := h.Snippet[h.Highlights[0].Start:h.Highlights[0].End]; got != "الحكومة" {
		t.Errorf("highlight = %q, want الحكومة", got)
	}
}

func testSearchLimitOffset(t *testing.T, s marsad.Store) {
	for i := range 30 {
		mustPut(t, s, NewDocument(fmt.Sprintf("n%02d", i), "x", "", "خبر", strings.Repeat("المدينة ", i+1)+"انتهى."), marsad.PutNew)
	}
	if got := len(search(t, s, marsad.SearchQuery{Text: "المدينة"})); got != 20 {
		t.Errorf("default limit: got %d hits, want 20", got)
	}
	all := search(t, s, marsad.SearchQuery{Text: "المدينة", Limit: 100})
	if len(all) != 30 {
		t.Fatalf("limit 100: got %d hits, want 30", len(all))
	}
	var paged []marsad.SearchHit
	for off := 0; off < 30; off += 7 {
		paged = append(paged, search(t, s, marsad.SearchQuery{Text: "المدينة", Limit: 7, Offset: off})...)
	}
	if g, w := hitIDs(paged), hitIDs(all); g != w {
		t.Errorf("pages of 7:\ngot  %s\nwant %s", g, w)
	}
	if got := len(search(t, s, marsad.SearchQuery{Text: "المدينة", Limit: 1000})); got > 100 {
		t.Errorf("limit 1000: got %d hits, want at most 100", got)
	}
}

func testSearchUpdated(t *testing.T, s marsad.Store) {
	mustPut(t, s, NewDocument("u", "x", "", "خبر", "سقط المطر بغزارة."), marsad.PutNew)
	mustPut(t, s, NewDocument("u", "x", "", "خبر", "هبت رياح قوية."), marsad.PutUpdated)
	if got := hitIDs(search(t, s, marsad.SearchQuery{Text: "المطر"})); got != "" {
		t.Errorf("old text still found: Search(المطر) = %q", got)
	}
	if got := hitIDs(search(t, s, marsad.SearchQuery{Text: "رياح"})); got != "u" {
		t.Errorf("new text not found: Search(رياح) = %q, want u", got)
	}
}

func testSearchInvalid(t *testing.T, s marsad.Store) {
	putSearchSet(t, s)
	for _, q := range []marsad.SearchQuery{
		{Text: ""},
		{Text: "   "},
		{Text: `""`},
		{Text: "في من إلى"},
		{Text: "؟!،."},
		{Text: "الحكومة", Limit: -1},
		{Text: "الحكومة", Offset: -1},
	} {
		if _, err := s.Search(context.Background(), q); marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("Search(%+v): got error %v, want EINVALID", q, err)
		}
	}
}

// hostile are queries with FTS and SQL syntax in them. Each must either
// succeed or fail as EINVALID; none may reach the engine as syntax.
var hostile = []string{
	`"`, `""""`, `*`, `الحكومة*`, `NEAR(`, `NEAR(الحكومة وزير)`, `-`, `--`, `- الحكومة`,
	`OR`, `AND`, `NOT`, `حكومة AND`, `AND حكومة`, `الحكومة OR الفريق`, `الحكومة NOT الفريق`,
	`(`, `)`, `(الحكومة`, `title:الحكومة`, `{title body}: الحكومة`, `^الحكومة`, `+الحكومة`,
	`'; DROP TABLE documents; --`, `' OR 1=1 --`, `\`, "\x00", "\xff\xfe", `"وزير`, `وزير"`,
	`الحكومة"OR"الفريق`, `الحكومة''`, `:`, `.`, `%`, `_`, `٪`, `🙂`, strings.Repeat("الحكومة ", 200),
}

func testSearchHostile(t *testing.T, s marsad.Store) {
	putSearchSet(t, s)
	for _, q := range hostile {
		hits, err := s.Search(context.Background(), marsad.SearchQuery{Text: q})
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("Search(%q): got error %v, want hits or EINVALID", q, err)
			}
			continue
		}
		for _, h := range hits {
			checkHit(t, q, h)
		}
	}
	// The operator words are words: "AND" finds nothing here, and the
	// table is still there.
	if got := sortedIDs(search(t, s, marsad.SearchQuery{Text: "الحكومة OR الفريق"})); got != "" {
		t.Errorf(`Search("الحكومة OR الفريق") = %q, want no hit (OR is a word, ANDed)`, got)
	}
	if n, err := s.CountDocuments(context.Background()); err != nil || n != 5 {
		t.Errorf("after hostile queries: CountDocuments = %d, %v; want 5", n, err)
	}
}

func testConcurrentPuts(t *testing.T, s marsad.Store) {
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Workers share half their ids, so puts of one id race.
				id := fmt.Sprintf("c%02d-%02d", w%(workers/2), i)
				doc := NewDocument(id, "x", "", "خبر "+id, "نص الخبر عن الحكومة رقم "+id)
				if _, err := s.PutDocument(context.Background(), doc); err != nil {
					errs <- err
				}
				if _, err := s.Search(context.Background(), marsad.SearchQuery{Text: "الحكومة"}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	want := workers / 2 * each
	if n, err := s.CountDocuments(context.Background()); err != nil || n != want {
		t.Errorf("CountDocuments = %d, %v; want %d", n, err, want)
	}
	if got := len(search(t, s, marsad.SearchQuery{Text: "الحكومة", Limit: 100})); got != 100 {
		t.Errorf("Search(الحكومة): got %d hits, want 100", got)
	}
}

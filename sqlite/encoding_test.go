package sqlite

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

func TestEncodeDocument(t *testing.T) {
	analysed := analysedDocuments(1)[0]
	ambiguous := storetest.NewDocument("amb", "x", "", "عنوان", "فقرة أولى", "فقرة ثانية")
	ambiguous.Body[1].Text = "" // an empty line over a non-empty span: lines hold it exactly
	mention := storetest.NewDocument("men", "x", "", "عنوان", "فقرة أولى")
	mention.Entities = []marsad.Entity{{Name: "X", Mentions: []marsad.Mention{{Text: "", Span: mention.Body[0].Span}}}}
	differs := storetest.NewDocument("dif", "x", "", "عنوان", "قال «نعم» للخبر")
	differs.Quotes = []marsad.Quote{{Text: "نعم", Span: differs.Body[0].Span}} // the words without the marks
	differs.Title = "عنوان آخر"                                                // not the text under TitleSpan
	outside := storetest.NewDocument("out", "x", "", "عنوان", "فقرة")
	outside.Events = []marsad.Event{{Type: "CONSULT", Evidence: "دليل", EvidenceSpan: marsad.Span{Start: 5, End: 5000}}}
	empty := &marsad.Document{Article: marsad.Article{ID: "empty"}, Body: []marsad.Line{}}
	invalid := storetest.NewDocument("utf", "x", "", "عنوان", "نص \xff مكسور")
	every := analysedDocuments(1)[0] // every field set
	every.Article.Published = time.Date(2024, 5, 1, 10, 30, 0, 0, time.FixedZone("", 3*3600))
	every.Dateline, every.DatelineSpan = every.Article.Text[:4], marsad.Span{Start: 0, End: 4}
	every.Title = "عنوان غير النص" // not the text under its span: kept
	every.PublishedRange = &marsad.DateRange{From: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)}
	every.PublishedSource = marsad.DateFromInferred
	every.Analyzed = time.Date(2024, 5, 2, 3, 4, 5, 6, time.UTC)
	every.Body[0].Text = "" // an empty line: lines hold it exactly
	every.Boilerplate[0].Kind = marsad.BoilerPromo
	every.Entities[0].Code, every.Entities[0].Role = "SYR", "وزير الخارجية"
	every.Events[0].Target, every.Events[0].TargetCode, every.Events[0].CAMEO = "Q200", "LBN", "040"
	every.Events[0].Date = marsad.Date{Time: time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionDay}
	every.Events[0].Location = "بيروت"
	every.Quotes[0].SpeakerCode = "SYR"
	every.Figures[0].Period, every.Figures[0].Value = "YEAR", -2.5e-7
	oddZone := storetest.NewDocument("zone", "x", "", "عنوان", "نص")
	oddZone.Article.Published = time.Date(1850, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", 3*3600+17)) // seconds in the offset, which RFC 3339 drops
	for _, tc := range []struct {
		name string
		doc  *marsad.Document
		want int
	}{
		{"Analysed", analysed, encLean},
		{"EmptyLineOverSpan", ambiguous, encLean},
		{"StringsOtherThanTheText", differs, encLean},
		{"SpanOutsideText", outside, encLean},
		{"Empty", empty, encLean},
		{"ZoneOffsetSeconds", oddZone, encLean},
		{"InvalidUTF8", invalid, encLean},
		{"EveryField", every, encLean},
		{"EmptyMentionOverSpan", mention, encLean},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := mustMarshal(t, tc.doc)
			enc, data, text, err := encodeDocument(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tc.want {
				t.Errorf("got encoding %d, want %d", enc, tc.want)
			}
			if got := mustMarshal(t, tc.doc); got != before {
				t.Errorf("encodeDocument changed its document: got %s, want %s", got, before)
			}
			s, _ := text.(string)
			got, err := decodeDocument(enc, data, s)
			if err != nil {
				t.Fatal(err)
			}
			if g := mustMarshal(t, got); g != before {
				t.Errorf("decoded:\ngot  %s\nwant %s", g, before)
			}
			if enc == encLean && got.Article.Text != tc.doc.Article.Text {
				t.Errorf("got text %q, want the bytes stored %q", got.Article.Text, tc.doc.Article.Text)
			}
		})
	}
}

// TestEncodeDocument_Lean checks that the lean encoding leaves out the
// text and the strings under their spans, and that the strings read back
// share the text's memory.
func TestEncodeDocument_Lean(t *testing.T) {
	doc := analysedDocuments(1)[0]
	full := mustMarshal(t, doc)
	_, data, text, err := encodeDocument(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > len(full)/3 {
		t.Errorf("got %d bytes of JSON, want at most a third of the whole document's %d", len(data), len(full))
	}
	got, err := decodeDocument(encLean, data, text.(string))
	if err != nil {
		t.Fatal(err)
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(got.Article.Text)))
	end := start + uintptr(len(got.Article.Text))
	for _, s := range []string{got.Body[0].Text, got.Entities[0].Mentions[0].Text, got.Events[0].Evidence, got.Quotes[0].Text, got.Title} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p < start || p >= end {
			t.Errorf("string %.20q: got its own memory, want a part of the text", s)
		}
	}
}

func mustMarshal(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestOpen_UpgradesDocuments opens a store written before migration 004:
// Open rewrites its documents in the lean encoding, leaves a row that does
// not decode as it was, and every document reads back the same.
func TestOpen_UpgradesDocuments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	mustV1(t, path)
	old := storetest.NewDocument("old", "x", "2024-01-02", "عنوان قديم", "نص الخبر القديم", "فقرة ثانية")
	db := MustOpenDB(t, path)
	ctx := context.Background()
	got, err := db.Document(ctx, "old")
	if err != nil {
		t.Fatal(err)
	}
	if g, w := mustMarshal(t, got), mustMarshal(t, old); g != w {
		t.Errorf("upgraded document: got %s, want %s", g, w)
	}
	var enc int
	if err := db.r.QueryRow(`SELECT enc FROM documents WHERE id = 'old'`).Scan(&enc); err != nil || enc != encLean {
		t.Errorf("upgraded document: got encoding %d, %v, want %d", enc, err, encLean)
	}

	// More legacy rows than a batch, and a broken one among them.
	const n = upgradeBatch + 10
	docs := analysedDocuments(n)
	for i, d := range docs {
		data := []byte(mustMarshal(t, d))
		if i == 3 {
			data = []byte(`{"article":`)
		}
		if _, err := db.w.Exec(`INSERT INTO documents (id, hash, stored_at, updated_at, data) VALUES (?, ?, 'now', 'now', ?)`,
			d.ID(), d.Hash, data); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	db = MustOpenDB(t, path)
	var left, lean, full int
	if err := db.r.QueryRow(`SELECT count(*) FILTER (WHERE enc = 0), count(*) FILTER (WHERE enc = 1),
		count(*) FILTER (WHERE enc = 2) FROM documents`).Scan(&left, &lean, &full); err != nil {
		t.Fatal(err)
	}
	if left != 0 || lean != n || full != 1 {
		t.Errorf("after Open: got %d legacy, %d lean, %d whole rows, want 0, %d, 1", left, lean, full, n)
	}
	for i, d := range docs {
		got, err := db.Document(ctx, d.ID())
		if i == 3 {
			if err == nil {
				t.Errorf("broken row: got no error, want the decoding error")
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if g, w := mustMarshal(t, got), mustMarshal(t, d); g != w {
			t.Fatalf("document %s: got %s, want %s", d.ID(), g, w)
		}
	}
}

// TestDataVersion writes through one handle and reads the version
// through another on the same file, as marsad serve sees marsad ingest.
func TestDataVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	reader, writer := MustOpenDB(t, path), MustOpenDB(t, path)
	ctx := context.Background()
	version := func() int64 {
		t.Helper()
		v, err := reader.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if v := version(); v != v0 {
		t.Errorf("nothing written: got version %d, want %d", v, v0)
	}
	doc := storetest.NewDocument("a", "x", "", "عنوان", "نص")
	steps := []struct {
		name    string
		write   func() error
		changes bool
	}{
		{"PutNew", func() error { _, err := writer.PutDocument(ctx, doc); return err }, true},
		{"PutUnchanged", func() error { _, err := writer.PutDocument(ctx, doc); return err }, false},
		{"PutUpdated", func() error {
			_, err := writer.PutDocument(ctx, storetest.NewDocument("a", "x", "", "عنوان", "نص آخر"))
			return err
		}, true},
		{"PutStories", func() error { return writer.PutStories(ctx, testUpdate(0, 2, 1)) }, true},
		{"Optimize", func() error { return writer.Optimize(ctx) }, false},
	}
	last := v0
	for _, s := range steps {
		if err := s.write(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		v := version()
		if changed := v != last; changed != s.changes {
			t.Errorf("%s: got version %d after %d, want changed %v", s.name, v, last, s.changes)
		}
		if v < last {
			t.Errorf("%s: got version %d after %d, want it never to decrease", s.name, v, last)
		}
		last = v
	}
}

// BenchmarkDataVersion reads the data version, as a server does to learn
// whether its cached answers are still good.
func BenchmarkDataVersion(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.DataVersion(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLean_CoversDocument holds appendLean to the fields of the types it
// writes: a field added to one of them must be added to the encoding, and
// to this list.
func TestLean_CoversDocument(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{marsad.Document{}, "Article Hash Title TitleSpan Dateline DatelineSpan Body Boilerplate Sentences Published PublishedRange PublishedSource Entities Events Quotes Figures Analyzed"},
		{marsad.Article{}, "ID URL Outlet Title Published Text Source Format"},
		{marsad.Line{}, "Text Span Kind"},
		{marsad.Span{}, "Start End"},
		{marsad.Date{}, "Time Precision"},
		{marsad.DateRange{}, "From To"},
		{marsad.Entity{}, "ID Name Arabic Type Code Role Mentions"},
		{marsad.Mention{}, "Text Span"},
		{marsad.Event{}, "Source SourceCode Type CAMEO Target TargetCode Date Location Modality Evidence EvidenceSpan"},
		{marsad.Quote{}, "Speaker SpeakerCode Text Span"},
		{marsad.Figure{}, "Value Unit Qualifier Subject Period Evidence EvidenceSpan"},
	} {
		typ := reflect.TypeOf(tc.v)
		var names []string
		for i := range typ.NumField() {
			names = append(names, typ.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("%s: got fields %s, want %s: update appendLean and decodeLean", typ, got, tc.want)
		}
	}
}

// FuzzDecodeLean feeds decodeLean damaged records: it must return an
// error or a document, never panic or allocate without bound.
func FuzzDecodeLean(f *testing.F) {
	doc := analysedDocuments(1)[0]
	rec, ok := appendLean(nil, doc)
	if !ok {
		f.Fatal("analysed document not lean")
	}
	f.Add(rec, doc.Article.Text)                                                               // a whole record
	f.Add(rec[:len(rec)/2], doc.Article.Text)                                                  // cut short
	f.Add(rec, "")                                                                             // without its text: spans fall outside
	f.Add([]byte{leanVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, "") // a huge length
	f.Add([]byte{}, "")                                                                        // nothing
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		d, err := decodeLean(data, text)
		if err == nil && d == nil {
			t.Error("got no document and no error")
		}
	})
}

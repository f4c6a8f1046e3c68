package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

// mustV1 creates a database at path with only the first migration
// applied, as a store made before stories existed, holding one document.
func mustV1(tb testing.TB, path string) {
	tb.Helper()
	ms, err := migrations()
	if err != nil {
		tb.Fatal(err)
	}
	db := NewDB(path)
	db.Analyzer = testAnalyzer
	if db.w, err = sql.Open("sqlite", db.dsn(true)); err != nil {
		tb.Fatal(err)
	}
	defer db.w.Close()
	if _, err := db.w.Exec(`CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		tb.Fatal(err)
	}
	if err := db.apply(context.Background(), ms[0]); err != nil {
		tb.Fatal(err)
	}
	// The document as the store of version 1 wrote it: its row and its
	// index row, no texts.
	doc := storetest.NewDocument("old", "x", "2024-01-02", "عنوان قديم", "نص الخبر القديم", "فقرة ثانية")
	p := db.prepare(doc)
	if p.err != nil {
		tb.Fatal(p.err)
	}
	data, err := json.Marshal(doc) // the legacy encoding
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := db.w.Exec(`INSERT INTO documents (seq, id, hash, outlet, title, published, stored_at, updated_at, data)
		VALUES (1, 'old', ?, 'x', ?, ?, 'now', 'now', ?)`, p.hash, p.title, p.published, data); err != nil {
		tb.Fatal(err)
	}
	if _, err := db.w.Exec(`INSERT INTO documents_fts (rowid, title, body) VALUES (1, ?, ?)`, p.keysTitle, p.keysBody); err != nil {
		tb.Fatal(err)
	}
}

func TestMigration_Stories(t *testing.T) {
	for _, tc := range []struct {
		name string
		v1   bool
	}{
		{"Fresh", false},
		{"FromV1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.db")
			if tc.v1 {
				mustV1(t, path)
			}
			db := MustOpenDB(t, path)
			ctx := context.Background()
			if v, err := db.Version(ctx); err != nil || v < 2 {
				t.Fatalf("Version: got %d, %v, want at least 2", v, err)
			}
			for _, table := range []string{"stories", "story_events", "document_story", "clusterer_state"} {
				var n int
				if err := db.r.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil || n != 1 {
					t.Errorf("table %s: got %d, %v, want it created", table, n, err)
				}
			}
			if tc.v1 {
				if _, err := db.Document(ctx, "old"); err != nil {
					t.Errorf("the document of v1: %v", err)
				}
				// Migration 003 backfilled its texts: a search finds it with
				// a snippet of its title and body.
				hits, err := db.Search(ctx, marsad.SearchQuery{Text: "القديم"})
				if err != nil || len(hits) != 1 {
					t.Fatalf("Search: got %v, %v, want the document of v1", hits, err)
				}
				if want := "عنوان قديم\nنص الخبر القديم\nفقرة ثانية"; hits[0].Snippet != want || hits[0].Title != "عنوان قديم" {
					t.Errorf("Search: got title %q snippet %q, want %q", hits[0].Title, hits[0].Snippet, want)
				}
				ids, err := db.UnplacedDocuments(ctx)
				if err != nil || !cmp.Equal(ids, []string{"old"}) {
					t.Errorf("UnplacedDocuments: got %v, %v, want [old]", ids, err)
				}
			}
			if err := db.PutStories(ctx, testUpdate(0, 3, 2)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// testUpdate returns the update of a round that placed docs new documents,
// from the seqth on, into stories new stories (numbered from seq too), with
// state records of about the size of the real ones.
func testUpdate(seq, docs, stories int) StoryUpdate {
	var u StoryUpdate
	day := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)
	for i := range stories {
		id := fmt.Sprintf("s%07d", seq+i)
		u.Stories = append(u.Stories, StoryRecord{
			ID: id, Seq: seq + i, Label: "عنوان القصة " + id, Summary: "CHN–RUS CONSULT 2025-09",
			From: day, To: day.AddDate(0, 0, 1),
			Outlets: []string{"A", "B"},
			Events: []StoryEvent{{
				Event:      marsad.Event{Type: "CONSULT", SourceCode: "CHN", TargetCode: "RUS", Date: marsad.DayDate(day), Modality: marsad.Asserted, Evidence: "التقى الرئيسان"},
				NumSources: 1, NumArticles: 1, NumMentions: 1,
				Evidence: []Evidence{{DocID: "d", Outlet: "A", Text: "التقى الرئيسان", Span: marsad.Span{Start: 3, End: 30}}},
				Dates:    []marsad.Date{marsad.DayDate(day)},
			}},
			State: make([]byte, 1500),
		})
	}
	for i := range docs {
		id := fmt.Sprintf("d%07d", seq+i)
		s := &u.Stories[i%max(stories, 1)]
		s.Documents = append(s.Documents, id)
		u.Documents = append(u.Documents, DocumentStory{DocumentID: id, StoryID: s.ID, Seq: seq + i, State: make([]byte, 1100)})
	}
	u.State = []byte(fmt.Sprintf("header %d", seq+docs))
	return u
}

func TestPutStories(t *testing.T) {
	db := MustOpenDB(t)
	now := time.Date(2025, 9, 3, 10, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	ctx := context.Background()

	st, err := db.LoadClustererState(ctx)
	if err != nil || st.Header != nil || len(st.Documents)+len(st.Stories) != 0 {
		t.Fatalf("LoadClustererState of an empty store: got %+v, %v, want nothing", st, err)
	}
	first := testUpdate(0, 5, 3)
	if err := db.PutStories(ctx, first); err != nil {
		t.Fatal(err)
	}
	// A second round: story 1 gains a document, a story is started.
	second := testUpdate(5, 2, 2)
	s1 := first.Stories[1]
	s1.Documents = append(s1.Documents, "d0000005")
	s1.Label = "عنوان جديد"
	s1.Events = append(s1.Events, StoryEvent{Event: marsad.Event{Type: "AGREE"}, NumSources: 2, NumArticles: 2, NumMentions: 3})
	second.Stories[0].ID, second.Stories[0].Seq = "s0000003", 3
	second.Stories[1] = s1
	second.Documents[0].StoryID = s1.ID
	second.Documents[1].StoryID = "s0000003"
	second.Stories[0].Documents = []string{"d0000006"}
	now = now.Add(time.Hour)
	if err := db.PutStories(ctx, second); err != nil {
		t.Fatal(err)
	}

	want := []StoryRecord{first.Stories[0], s1, first.Stories[2], second.Stories[0]}
	want[0].UpdatedAt = now.Add(-time.Hour)
	want[2].UpdatedAt = now.Add(-time.Hour)
	want[1].UpdatedAt, want[3].UpdatedAt = now, now
	for i := range want {
		want[i].State = nil
	}
	got, err := db.Stories(ctx, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Stories (-want +got):\n%s", diff)
	}
	t.Run("Paging", func(t *testing.T) {
		var ids []string
		for after := ""; ; {
			page, err := db.Stories(ctx, 3, after)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			for _, s := range page {
				ids = append(ids, s.ID)
			}
			after = page[len(page)-1].ID
		}
		if w := []string{"s0000000", "s0000001", "s0000002", "s0000003"}; !cmp.Equal(ids, w) {
			t.Errorf("paged by 3: got %v, want %v", ids, w)
		}
	})
	t.Run("Story", func(t *testing.T) {
		s, err := db.Story(ctx, "s0000001")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want[1], *s); diff != "" {
			t.Errorf("Story (-want +got):\n%s", diff)
		}
		if _, err := db.Story(ctx, "nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
			t.Errorf("Story(nope): got error %v, want ENOTFOUND", err)
		}
	})
	t.Run("StoryOf", func(t *testing.T) {
		for doc, wantStory := range map[string]string{"d0000000": "s0000000", "d0000004": "s0000001", "d0000005": "s0000001", "d0000006": "s0000003"} {
			if got, err := db.StoryOf(ctx, doc); err != nil || got != wantStory {
				t.Errorf("StoryOf(%s): got %q, %v, want %q", doc, got, err, wantStory)
			}
		}
		if _, err := db.StoryOf(ctx, "nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
			t.Errorf("StoryOf(nope): got error %v, want ENOTFOUND", err)
		}
	})
	t.Run("LoadClustererState", func(t *testing.T) {
		st, err := db.LoadClustererState(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if string(st.Header) != "header 7" || len(st.Documents) != 7 || len(st.Stories) != 4 {
			t.Errorf("got header %q, %d document and %d story records, want header 7, 7 and 4", st.Header, len(st.Documents), len(st.Stories))
		}
	})
	t.Run("Invalid", func(t *testing.T) {
		for name, u := range map[string]StoryUpdate{
			"EmptyStoryID":    {Stories: []StoryRecord{{}}},
			"EmptyDocumentID": {Documents: []DocumentStory{{StoryID: "s"}}},
		} {
			if err := db.PutStories(ctx, u); marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("%s: got error %v, want EINVALID", name, err)
			}
		}
	})
}

// BenchmarkPutStories_Incremental writes one round of 1,000 new documents
// (and the 400 stories they start or join) into stores already holding
// 2,000 and 20,000 placed documents: the time per round must not grow
// with the store.
func BenchmarkPutStories_Incremental(b *testing.B) {
	for _, size := range []int{2000, 20000} {
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			db := MustOpenDB(b)
			ctx := context.Background()
			seq := 0
			for seq < size {
				if err := db.PutStories(ctx, testUpdate(seq, 1000, 400)); err != nil {
					b.Fatal(err)
				}
				seq += 1000
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := db.PutStories(ctx, testUpdate(seq, 1000, 400)); err != nil {
					b.Fatal(err)
				}
				seq += 1000
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/new-doc")
		})
	}
}

// TestPutStories_EventsReplaced checks that saving a story again leaves
// exactly its new events: changed ones rewritten, unchanged ones kept,
// and those past its new last event deleted.
func TestPutStories_EventsReplaced(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	ev := func(typ string, n int) StoryEvent {
		return StoryEvent{Event: marsad.Event{Type: marsad.PLOVERType(typ)}, NumSources: n, NumArticles: n, NumMentions: n}
	}
	for _, c := range []struct {
		name   string
		events []StoryEvent
	}{
		{"Three", []StoryEvent{ev("CONSULT", 1), ev("AGREE", 1), ev("ACCUSE", 1)}},
		{"SameAgain", []StoryEvent{ev("CONSULT", 1), ev("AGREE", 1), ev("ACCUSE", 1)}},
		{"FirstChangedLastDropped", []StoryEvent{ev("CONSULT", 2), ev("AGREE", 1)}},
		{"Reordered", []StoryEvent{ev("AGREE", 1), ev("CONSULT", 2)}},
		{"None", nil},
		{"OneAgain", []StoryEvent{ev("PROTEST", 3)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := StoryUpdate{Stories: []StoryRecord{{ID: "s1", Seq: 0, Label: c.name, Events: c.events}}}
			if err := db.PutStories(ctx, u); err != nil {
				t.Fatal(err)
			}
			got, err := db.Story(ctx, "s1")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.events, got.Events); diff != "" {
				t.Errorf("events after saving %s (-want +got):\n%s", c.name, diff)
			}
		})
	}
}

func TestStories_NewestFirst(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	u := testUpdate(0, 6, 6)
	days := []string{"2025-09-03", "", "2026-01-10", "2025-09-03", "2024-02-29", ""}
	for i, d := range days {
		u.Stories[i].From, u.Stories[i].To = time.Time{}, time.Time{}
		if d != "" {
			day, _ := time.Parse(time.DateOnly, d)
			u.Stories[i].From, u.Stories[i].To = day, day
		}
	}
	if err := db.PutStories(ctx, u); err != nil {
		t.Fatal(err)
	}
	// 2026-01-10, then the two of 2025-09-03 by id, 2024-02-29, then the
	// two without a day by id.
	want := []string{"s0000002", "s0000000", "s0000003", "s0000004", "s0000001", "s0000005"}
	for _, size := range []int{0, 1, 2, 4} {
		t.Run(fmt.Sprintf("PagesOf%d", size), func(t *testing.T) {
			var got []string
			for after, n := "", 0; n < 10; n++ {
				page, err := db.Stories(ctx, size, after)
				if err != nil {
					t.Fatal(err)
				}
				if len(page) == 0 {
					break
				}
				if size > 0 && len(page) > size {
					t.Fatalf("got a page of %d, want at most %d", len(page), size)
				}
				for _, s := range page {
					got = append(got, s.ID)
				}
				after = page[len(page)-1].ID
			}
			if !cmp.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
	if _, err := db.Stories(ctx, 2, "nope"); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("Stories after an unknown story: got error %v, want EINVALID", err)
	}
}

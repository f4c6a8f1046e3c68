package web

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/search"
	"github.com/marsad-project/marsad/sqlite"
)

// storyServer returns a server on a sqlite store holding the test corpus
// and three stored stories: a-beijing-1 (the two Beijing reports, whose
// fused meeting b dates only to the month), c-border and d-rain (one
// document each).
func storyServer(t *testing.T) *Server {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "marsad.db"))
	db.Analyzer = search.Arabic{}
	if err := db.Open(); err != nil {
		t.Fatalf("open the store: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close the store: %v", err)
		}
	})
	docs := testDocs()
	byID := map[string]*marsad.Document{}
	for _, d := range docs {
		byID[d.ID()] = d
	}
	byID["b-beijing-2"].Events[0].Date = marsad.Date{Time: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionMonth}
	if _, err := db.PutDocuments(t.Context(), docs); err != nil {
		t.Fatalf("store the corpus: %v", err)
	}
	// evidence returns the reports of the documents' events of type typ.
	evidence := func(typ marsad.PLOVERType, ids ...string) ([]marsad.StoryEvidence, []marsad.Date) {
		var out []marsad.StoryEvidence
		var dates []marsad.Date
		for _, id := range ids {
			d := byID[id]
			for _, e := range d.Events {
				if e.Type == typ {
					out = append(out, marsad.StoryEvidence{DocID: id, Outlet: d.Article.Outlet, Text: e.Evidence, Span: e.EvidenceSpan})
					dates = append(dates, e.Date)
				}
			}
		}
		return out, dates
	}
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	meet, meetDates := evidence("CONSULT", "a-beijing-1", "b-beijing-2")
	accuse, accuseDates := evidence("ACCUSE", "c-border")
	u := sqlite.StoryUpdate{
		Stories: []marsad.StoryRecord{
			{ID: "a-beijing-1", Seq: 1, Label: docTitle(byID["a-beijing-1"]), Summary: "CHN–RUS CONSULT 2024-05",
				From: day("2024-05-16"), To: day("2024-05-17"), Documents: []string{"a-beijing-1", "b-beijing-2"},
				Outlets: []string{"صحيفة الأفق", "وكالة المدار"},
				Events: []marsad.StoryEvent{{Event: byID["a-beijing-1"].Events[0], NumSources: 2, NumArticles: 2, NumMentions: 2,
					Evidence: meet, Dates: meetDates}}},
			{ID: "c-border", Seq: 2, Label: docTitle(byID["c-border"]), From: day("2024-07-02"), To: day("2024-07-02"),
				Documents: []string{"c-border"}, Outlets: []string{"قناة الساحل"},
				Events: []marsad.StoryEvent{{Event: byID["c-border"].Events[0], NumSources: 1, NumArticles: 1, NumMentions: 1,
					Evidence: accuse, Dates: accuseDates}}},
			{ID: "d-rain", Seq: 0, Label: docTitle(byID["d-rain"]), Documents: []string{"d-rain"}, Outlets: []string{"بوابة الوادي"}},
		},
		Documents: []sqlite.DocumentStory{
			{DocumentID: "d-rain", StoryID: "d-rain", Seq: 0},
			{DocumentID: "a-beijing-1", StoryID: "a-beijing-1", Seq: 1},
			{DocumentID: "b-beijing-2", StoryID: "a-beijing-1", Seq: 2},
			{DocumentID: "c-border", StoryID: "c-border", Seq: 3},
		},
	}
	if err := db.PutStories(t.Context(), u); err != nil {
		t.Fatalf("store the stories: %v", err)
	}
	return NewServer(db)
}

// storyIDs returns the ids of the stories of a GET /api/stories answer.
func storyIDs(v map[string]any) []string {
	var ids []string
	for _, s := range jpath(v, "stories").([]any) {
		ids = append(ids, jpath(s, "id").(string))
	}
	return ids
}

func TestStories_Stored(t *testing.T) {
	h := storyServer(t).Handler()
	t.Run("List", func(t *testing.T) {
		tests := []struct {
			name, query string
			want        []string
			next        any
		}{
			{"DefaultTwoDocuments", "", []string{"a-beijing-1"}, nil},
			// Newest first: c-border ends on 2024-07-02, a-beijing-1 on
			// 2024-05-17, and d-rain has no day.
			{"All", "?min_documents=1", []string{"c-border", "a-beijing-1", "d-rain"}, nil},
			{"FirstPage", "?min_documents=1&limit=2", []string{"c-border", "a-beijing-1"}, "a-beijing-1"},
			{"NextPage", "?min_documents=1&limit=2&after=a-beijing-1", []string{"d-rain"}, nil},
			{"AfterTheOnlyStory", "?after=a-beijing-1", nil, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				v := decode(t, do(t, h, "GET", "/api/stories"+tt.query, nil))
				if got := storyIDs(v); strings.Join(got, " ") != strings.Join(tt.want, " ") {
					t.Errorf("stories: got %v, want %v", got, tt.want)
				}
				if got := v["next"]; got != tt.next {
					t.Errorf("next: got %v, want %v", got, tt.next)
				}
			})
		}
		v := decode(t, do(t, h, "GET", "/api/stories", nil))
		st := jpath(v, "stories").([]any)[0]
		for _, c := range []struct {
			path string
			want any
		}{
			{"num_documents", 2.0}, {"num_events", 1.0}, {"from", "2024-05-16"}, {"to", "2024-05-17"},
			{"summary", "CHN–RUS CONSULT 2024-05"}, {"label", "الرئيس الصيني يستقبل نظيره الروسي في بكين"},
		} {
			if got := jpath(st, c.path); got != c.want {
				t.Errorf("%s: got %v, want %v", c.path, got, c.want)
			}
		}
	})
	t.Run("Story", func(t *testing.T) {
		w := do(t, h, "GET", "/api/stories/a-beijing-1", nil)
		if w.Header().Get("ETag") == "" {
			t.Errorf("GET /api/stories/a-beijing-1: no ETag, want a cached answer")
		}
		v := decode(t, w)
		docs := jpath(v, "documents").([]any)
		if len(docs) != 2 {
			t.Fatalf("documents: got %d, want 2", len(docs))
		}
		for i, want := range []struct{ id, outlet, published string }{
			{"a-beijing-1", "صحيفة الأفق", "2024-05-16"}, {"b-beijing-2", "وكالة المدار", "2024-05-17"},
		} {
			if got := jpath(docs[i], "id"); got != want.id {
				t.Errorf("documents[%d].id: got %v, want %s", i, got, want.id)
			}
			if got := jpath(docs[i], "outlet"); got != want.outlet {
				t.Errorf("documents[%d].outlet: got %v, want %s", i, got, want.outlet)
			}
			if got := jpath(docs[i], "published"); got != want.published {
				t.Errorf("documents[%d].published: got %v, want %s", i, got, want.published)
			}
			if got, _ := jpath(docs[i], "title").(string); got == "" {
				t.Errorf("documents[%d].title: empty", i)
			}
		}
		evs := jpath(v, "events").([]any)
		if len(evs) != 1 {
			t.Fatalf("events: got %d, want 1", len(evs))
		}
		ev := evs[0]
		for _, c := range []struct {
			path string
			want any
		}{
			{"type", "CONSULT"}, {"source_code", "CHN"}, {"target_code", "RUS"}, {"date", "2024-05-16"},
			{"num_sources", 2.0}, {"num_articles", 2.0}, {"num_mentions", 2.0}, {"dates_disagree", false},
		} {
			if got := jpath(ev, c.path); got != c.want {
				t.Errorf("events[0].%s: got %v, want %v", c.path, got, c.want)
			}
		}
		if got := jpath(ev, "dates").([]any); len(got) != 2 || got[0] != "2024-05-16" || got[1] != "2024-05" {
			t.Errorf("events[0].dates: got %v, want [2024-05-16 2024-05]", got)
		}
		evid := jpath(ev, "evidence").([]any)
		if len(evid) != 2 {
			t.Fatalf("events[0].evidence: got %d, want 2", len(evid))
		}
		for i, want := range []struct{ doc, outlet, date, text string }{
			{"a-beijing-1", "صحيفة الأفق", "2024-05-16", "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي"},
			{"b-beijing-2", "وكالة المدار", "2024-05", "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني"},
		} {
			e := evid[i]
			if jpath(e, "document") != want.doc || jpath(e, "outlet") != want.outlet || jpath(e, "date") != want.date || jpath(e, "text") != want.text {
				t.Errorf("evidence[%d]: got %v, want document %s, outlet %s, date %s, text %q", i, e, want.doc, want.outlet, want.date, want.text)
			}
			if got := jpath(e, "span"); got == nil {
				t.Errorf("evidence[%d]: no span", i)
			}
		}
	})
	t.Run("DocumentNamesItsStory", func(t *testing.T) {
		for _, c := range []struct{ doc, want string }{
			{"b-beijing-2", "a-beijing-1"}, {"a-beijing-1", "a-beijing-1"}, {"d-rain", "d-rain"},
		} {
			v := decode(t, do(t, h, "GET", "/api/documents/"+c.doc, nil))
			if got := jpath(v, "story"); got != c.want {
				t.Errorf("GET /api/documents/%s: story got %v, want %s", c.doc, got, c.want)
			}
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		if w := do(t, h, "GET", "/api/stories/nothing", nil); w.Code != http.StatusNotFound {
			t.Errorf("GET /api/stories/nothing: got %d, want 404", w.Code)
		}
		if w := do(t, h, "GET", "/api/stories?after=nothing", nil); w.Code != http.StatusBadRequest {
			t.Errorf("GET /api/stories?after=nothing: got %d, want 400", w.Code)
		}
		if w := do(t, h, "GET", "/api/stories?min_documents=0", nil); w.Code != http.StatusBadRequest {
			t.Errorf("GET /api/stories?min_documents=0: got %d, want 400", w.Code)
		}
	})
	t.Run("Pages", func(t *testing.T) {
		tests := []struct {
			name, target string
			want, not    []string
		}{
			{"Stories", "/stories", []string{`href="/stories/a-beijing-1"`, "وكالة المدار", `href="/stories?min_documents=1"`},
				[]string{`href="/stories/c-border"`}},
			{"AllStories", "/stories?min_documents=1", []string{`href="/stories/a-beijing-1"`, `href="/stories/c-border"`, `href="/stories/d-rain"`}, nil},
			{"Story", "/stories/a-beijing-1", []string{`class="sources"`, "صحيفة الأفق", "وكالة المدار", `class="events fused"`,
				"مصدران", "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي", "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني"}, nil},
			{"DocumentLinksItsStory", "/documents/b-beijing-2", []string{`href="/stories/a-beijing-1"`}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				w := do(t, h, "GET", tt.target, nil)
				if w.Code != http.StatusOK {
					t.Fatalf("GET %s: got %d, want 200", tt.target, w.Code)
				}
				body := w.Body.String()
				for _, s := range tt.want {
					if !strings.Contains(body, s) {
						t.Errorf("GET %s: the page lacks %q", tt.target, s)
					}
				}
				for _, s := range tt.not {
					if strings.Contains(body, s) {
						t.Errorf("GET %s: the page has %q", tt.target, s)
					}
				}
			})
		}
		body := do(t, h, "GET", "/stories/a-beijing-1", nil).Body.String()
		if got := strings.Count(body, `<article class="source">`); got != 2 {
			t.Errorf("story page: got %d sources side by side, want 2", got)
		}
	})
}

func TestDatesDisagree(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
		want  bool
	}{
		{"None", nil, false},
		{"One", []string{"2024-05-16"}, false},
		{"MonthAndDayInIt", []string{"2024-05", "2024-05-16"}, false},
		{"YearAndDay", []string{"2024-05-16", "2024"}, false},
		{"TwoDays", []string{"2024-05-16", "2024-05-17"}, true},
		{"DayOutsideMonth", []string{"2024-05", "2024-06-01"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datesDisagree(tt.dates); got != tt.want {
				t.Errorf("datesDisagree(%v): got %v, want %v", tt.dates, got, tt.want)
			}
		})
	}
}

package web

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// do sends a request to the server's handler and returns the response.
func do(tb testing.TB, h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	tb.Helper()
	r := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decode parses a JSON response into a generic value.
func decode(tb testing.TB, w *httptest.ResponseRecorder) map[string]any {
	tb.Helper()
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("Content-Type = %q, want application/json; body %s", ct, w.Body)
	}
	var v map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		tb.Fatalf("invalid JSON: %v\n%s", err, w.Body)
	}
	return v
}

// jpath walks a decoded JSON value: keys for objects, numbers for arrays.
func jpath(v any, keys ...any) any {
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func TestAPI_Status(t *testing.T) {
	s, _ := mustServer(t)
	h := s.Handler()
	tests := []struct {
		name, method, target string
		want                 int
		code                 string // the error code, for errors
	}{
		{"Documents", "GET", "/api/documents", 200, ""},
		{"DocumentsFiltered", "GET", "/api/documents?outlet=%D9%88%D9%83%D8%A7%D9%84%D8%A9%20%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1&from=2024-05&to=2024-05", 200, ""},
		{"DocumentsBadLimit", "GET", "/api/documents?limit=0", 400, "invalid"},
		{"DocumentsHugeLimit", "GET", "/api/documents?limit=100000", 400, "invalid"},
		{"DocumentsBadDate", "GET", "/api/documents?from=yesterday", 400, "invalid"},
		{"DocumentsBadCursor", "GET", "/api/documents?after=../x", 400, "invalid"},
		{"Document", "GET", "/api/documents/a-beijing-1", 200, ""},
		{"DocumentNotFound", "GET", "/api/documents/nope", 404, "not_found"},
		{"DocumentTraversal", "GET", "/api/documents/..%2F..%2Fetc%2Fpasswd", 400, "invalid"},
		{"DocumentBadID", "GET", "/api/documents/a%20b", 400, "invalid"},
		{"Search", "GET", "/api/search?q=%D8%A8%D9%83%D9%8A%D9%86", 200, ""},
		{"SearchEmpty", "GET", "/api/search?q=", 400, "invalid"},
		{"SearchBadOffset", "GET", "/api/search?q=x&offset=-1", 400, "invalid"},
		{"Entities", "GET", "/api/entities?q=china", 200, ""},
		{"Entity", "GET", "/api/entities/Q148", 200, ""},
		{"EntityNotFound", "GET", "/api/entities/Q1", 404, "not_found"},
		{"Events", "GET", "/api/events?actor=CHN&type=CONSULT&from=2024-05-01&to=2024-05-31&modality=asserted", 200, ""},
		{"EventsBadDate", "GET", "/api/events?from=2024-13", 400, "invalid"},
		{"Stories", "GET", "/api/stories", 200, ""},
		{"Story", "GET", "/api/stories/a-beijing-1", 200, ""},
		{"StoryNotFound", "GET", "/api/stories/d-rain", 404, "not_found"},
		{"Timeline", "GET", "/api/timeline?actor=CHN&actor=RUS", 200, ""},
		{"TimelineNoActor", "GET", "/api/timeline", 400, "invalid"},
		{"Dyad", "GET", "/api/dyads/CHN/RUS", 200, ""},
		{"DyadBadActor", "GET", "/api/dyads/CHN/%3Cx%3E", 400, "invalid"},
		{"ExportJSONL", "GET", "/api/export?format=jsonl", 200, ""},
		{"ExportCSV", "GET", "/api/export?format=csv", 200, ""},
		{"ExportBadFormat", "GET", "/api/export?format=xml", 400, "invalid"},
		{"OpenAPI", "GET", "/api/openapi.json", 200, ""},
		{"UnknownPath", "GET", "/api/nothing", 404, "not_found"},
		{"UnknownNested", "GET", "/api/documents/a/b", 404, "not_found"},
		{"WrongMethod", "DELETE", "/api/documents/a-beijing-1", 405, "method_not_allowed"},
		{"WrongMethodList", "PUT", "/api/documents", 405, "method_not_allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.method, tt.target, nil)
			if w.Code != tt.want {
				t.Fatalf("%s %s: got status %d, want %d; body %s", tt.method, tt.target, w.Code, tt.want, w.Body)
			}
			if tt.code == "" {
				return
			}
			v := decode(t, w)
			if got := jpath(v, "error", "code"); got != tt.code {
				t.Errorf("%s %s: got error code %v, want %s", tt.method, tt.target, got, tt.code)
			}
			if msg, _ := jpath(v, "error", "message").(string); msg == "" {
				t.Errorf("%s %s: error has no message: %s", tt.method, tt.target, w.Body)
			}
		})
	}
}

func TestAPI_SecurityHeaders(t *testing.T) {
	s, _ := mustServer(t)
	for _, target := range []string{"/", "/api/documents", "/api/nothing", "/static/style.css", "/documents/nope"} {
		w := do(t, s.Handler(), "GET", target, nil)
		for k, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "no-referrer",
		} {
			if got := w.Header().Get(k); got != want {
				t.Errorf("GET %s: got %s %q, want %q", target, k, got, want)
			}
		}
		if got := w.Header().Get("Content-Security-Policy"); !strings.HasPrefix(got, "default-src 'self'") {
			t.Errorf("GET %s: got Content-Security-Policy %q, want default-src 'self'...", target, got)
		}
	}
}

func TestAPI_DocumentsPaging(t *testing.T) {
	s, _ := mustServer(t)
	var ids []string
	after := ""
	for pages := 0; pages < 10; pages++ {
		w := do(t, s.Handler(), "GET", "/api/documents?limit=2&after="+after, nil)
		if w.Code != 200 {
			t.Fatalf("page %d: got status %d, want 200: %s", pages, w.Code, w.Body)
		}
		var page documentList
		if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil {
			t.Fatal(err)
		}
		if len(page.Documents) > 2 {
			t.Fatalf("page %d: got %d documents, want at most 2", pages, len(page.Documents))
		}
		for _, d := range page.Documents {
			ids = append(ids, d.ID)
		}
		if page.Next == "" {
			break
		}
		if page.Next != page.Documents[len(page.Documents)-1].ID {
			t.Errorf("page %d: got next %q, want the last id %q", pages, page.Next, page.Documents[len(page.Documents)-1].ID)
		}
		after = page.Next
	}
	want := "a-beijing-1 b-beijing-2 c-border d-rain h-hostile"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("paged ids: got %s, want %s", got, want)
	}
}

func TestAPI_DocumentsFilter(t *testing.T) {
	s, _ := mustServer(t)
	w := do(t, s.Handler(), "GET", "/api/documents?from=2024-05&to=2024-05", nil)
	var page documentList
	if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range page.Documents {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, " "), "a-beijing-1 b-beijing-2"; got != want {
		t.Errorf("documents of May 2024: got %s, want %s", got, want)
	}
}

func TestAPI_Document(t *testing.T) {
	s, _ := mustServer(t)
	v := decode(t, do(t, s.Handler(), "GET", "/api/documents/a-beijing-1", nil))
	text, _ := v["text"].(string)
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"id", v["id"], "a-beijing-1"},
		{"title", v["title"], "الرئيس الصيني يستقبل نظيره الروسي في بكين"},
		{"published", v["published"], "2024-05-16"},
		{"dateline", v["dateline"], "بكين"},
		{"body lines", len(jpath(v, "body").([]any)), 2},
		{"boilerplate kind", jpath(v, "boilerplate", 1, "kind"), "widget"},
		{"entity", jpath(v, "entities", 0, "id"), "Q148"},
		{"event type", jpath(v, "events", 0, "type"), "CONSULT"},
		{"event date", jpath(v, "events", 0, "date"), "2024-05-16"},
		{"event goldstein", jpath(v, "events", 0, "goldstein"), 1.0},
		{"quote", jpath(v, "quotes", 0, "text"), "العلاقات بين البلدين في أفضل حالاتها"},
		{"figure", jpath(v, "figures", 0, "value"), 2.4e11},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	// Every span points into the text at its own words.
	sp := jpath(v, "quotes", 0, "span").(map[string]any)
	if got := text[int(sp["start"].(float64)):int(sp["end"].(float64))]; got != jpath(v, "quotes", 0, "text") {
		t.Errorf("quote span: got %q, want the quote", got)
	}
}

func TestAPI_Search(t *testing.T) {
	s, _ := mustServer(t)
	v := decode(t, do(t, s.Handler(), "GET", "/api/search?q="+urlq("شي جين بينغ")+"&limit=1", nil))
	hits := jpath(v, "hits").([]any)
	if len(hits) != 1 {
		t.Fatalf("got %d hits, want 1 (limit=1): %v", len(hits), v)
	}
	snippet := jpath(hits[0], "snippet").(string)
	hl := jpath(hits[0], "highlights", 0).(map[string]any)
	if got := snippet[int(hl["start"].(float64)):int(hl["end"].(float64))]; got != "شي جين بينغ" {
		t.Errorf("highlight: got %q, want the query", got)
	}
	if got := jpath(v, "next_offset"); got != 1.0 {
		t.Errorf("next_offset: got %v, want 1", got)
	}
}

func TestAPI_Views(t *testing.T) {
	s, _ := mustServer(t)
	h := s.Handler()
	t.Run("Entities", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/entities?q=%D8%A7%D9%84%D8%B5%D9%8A%D9%86", nil)) // الصين
		es := jpath(v, "entities").([]any)
		if len(es) != 1 || jpath(es[0], "id") != "Q148" || jpath(es[0], "documents") != 3.0 {
			t.Errorf("entities matching الصين: got %v, want Q148 in 3 documents", es)
		}
	})
	t.Run("Entity", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/entities/Q7747", nil))
		if got := len(jpath(v, "documents").([]any)); got != 2 {
			t.Errorf("documents of Q7747: got %d, want 2", got)
		}
		if got := len(jpath(v, "events").([]any)); got != 2 {
			t.Errorf("events of Q7747 (RUS, in its documents): got %d, want 2", got)
		}
	})
	t.Run("UnlinkedEntity", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/entities?q=x", nil))
		id, _ := jpath(v, "entities", 0, "id").(string)
		if w := do(t, h, "GET", "/api/entities/"+id, nil); w.Code != 200 {
			t.Errorf("GET /api/entities/%s: got %d, want 200", id, w.Code)
		}
	})
	t.Run("Events", func(t *testing.T) {
		tests := []struct {
			query string
			want  int
		}{
			{"", 4},
			{"actor=CHN", 4},
			{"actor=Q1&actor=RUS", 4},
			{"type=accuse", 1},
			{"from=2024-06", 2},
			{"to=2024-05", 2},
			{"modality=negated", 0},
			{"limit=3", 3},
			{"offset=3", 1},
		}
		for _, tt := range tests {
			v := decode(t, do(t, h, "GET", "/api/events?"+tt.query, nil))
			if got := len(jpath(v, "events").([]any)); got != tt.want {
				t.Errorf("events?%s: got %d, want %d", tt.query, got, tt.want)
			}
		}
	})
	t.Run("Stories", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/stories", nil))
		st := jpath(v, "stories").([]any)
		if len(st) != 1 {
			t.Fatalf("got %d stories, want 1: %v", len(st), st)
		}
		if got := len(jpath(st[0], "document_ids").([]any)); got != 2 {
			t.Errorf("story document_ids: got %d, want 2", got)
		}
		if got := jpath(st[0], "num_documents"); got != 2.0 {
			t.Errorf("story num_documents: got %v, want 2", got)
		}
		if got := jpath(st[0], "id"); got != "a-beijing-1" {
			t.Errorf("story id: got %v, want a-beijing-1", got)
		}
	})
	t.Run("Dyad", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/dyads/RUS/CHN", nil))
		if got := jpath(v, "cooperative"); got != 2.0 {
			t.Errorf("cooperative: got %v, want 2", got)
		}
		if got := jpath(v, "conflictual"); got != 2.0 {
			t.Errorf("conflictual: got %v, want 2", got)
		}
		months := jpath(v, "months").([]any)
		if len(months) != 3 || jpath(months[1], "month") != "2024-06" || jpath(months[2], "conflictual") != 2.0 {
			t.Errorf("months: got %v, want 2024-05..2024-07 with an empty June", months)
		}
	})
	t.Run("Timeline", func(t *testing.T) {
		v := decode(t, do(t, h, "GET", "/api/timeline?actor=CHN&actor=RUS", nil))
		evs := jpath(v, "events").([]any)
		if len(evs) != 4 || jpath(evs[0], "date") != "2024-05-16" || jpath(evs[3], "date") != "2024-07-01" {
			t.Errorf("timeline: got %v, want 4 events in date order", evs)
		}
	})
	t.Run("ExportCSV", func(t *testing.T) {
		w := do(t, h, "GET", "/api/export?format=csv", nil)
		lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
		if len(lines) != 5 || !strings.HasPrefix(lines[0], "document,outlet,") {
			t.Errorf("csv: got %d lines (%q...), want a header and 4 events", len(lines), lines[0])
		}
	})
	t.Run("ExportJSONL", func(t *testing.T) {
		w := do(t, h, "GET", "/api/export", nil)
		n := 0
		dec := json.NewDecoder(w.Body)
		for dec.More() {
			var d documentJSON
			if err := dec.Decode(&d); err != nil {
				t.Fatal(err)
			}
			n++
		}
		if n != 5 {
			t.Errorf("jsonl: got %d documents, want 5", n)
		}
	})
}

func urlq(s string) string { return strings.ReplaceAll(queryEscape(s), "+", "%20") }

func TestAPI_Post(t *testing.T) {
	rec := `{"id":"new-1","outlet":"صحيفة الضفة","published":"2024-06-01","text":"عنوان\nنص الخبر."}`
	tests := []struct {
		name    string
		token   string // the server's
		header  []string
		body    string
		want    int
		code    string
		analyze bool
	}{
		{"Created", "secret", []string{"Authorization", "Bearer secret"}, rec, 201, "", true},
		{"NoToken", "secret", nil, rec, 401, "unauthorized", true},
		{"WrongToken", "secret", []string{"Authorization", "Bearer secreT"}, rec, 401, "unauthorized", true},
		{"NotBearer", "secret", []string{"Authorization", "Basic c2VjcmV0"}, rec, 401, "unauthorized", true},
		{"ReadOnly", "", []string{"Authorization", "Bearer "}, rec, 401, "unauthorized", true},
		{"ReadOnlyWithToken", "", []string{"Authorization", "Bearer x"}, rec, 403, "forbidden", true},
		{"NoAnalyzer", "secret", []string{"Authorization", "Bearer secret"}, rec, 501, "not_implemented", false},
		{"TooLarge", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"big","text":"` + strings.Repeat("ن", 2<<20) + `"}`, 413, "too_large", true},
		{"BadJSON", "secret", []string{"Authorization", "Bearer secret"}, `{"id":`, 400, "invalid", true},
		{"UnknownField", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"x","text":"t","body":1}`, 400, "invalid", true},
		{"TwoRecords", "secret", []string{"Authorization", "Bearer secret"}, rec + rec, 400, "invalid", true},
		{"NoText", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"x"}`, 400, "invalid", true},
		{"BadID", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"../etc","text":"t"}`, 400, "invalid", true},
		{"BadDate", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"x","text":"t","published":"أمس"}`, 400, "invalid", true},
		{"HTMLUnsupported", "secret", []string{"Authorization", "Bearer secret"}, `{"id":"x","html":"<p>t</p>"}`, 415, "unsupported", true},
		{"WrongType", "secret", []string{"Authorization", "Bearer secret", "Content-Type", "text/plain"}, rec, 415, "unsupported", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, st := mustServer(t)
			s.Token = tt.token
			if !tt.analyze {
				s.Analyze = nil
			}
			w := do(t, s.Handler(), "POST", "/api/documents", strings.NewReader(tt.body), tt.header...)
			if w.Code != tt.want {
				t.Fatalf("got status %d, want %d; body %s", w.Code, tt.want, w.Body)
			}
			v := decode(t, w)
			if tt.code != "" {
				if got := jpath(v, "error", "code"); got != tt.code {
					t.Errorf("got error code %v, want %s", got, tt.code)
				}
				if n, _ := st.CountDocuments(t.Context()); n != 5 {
					t.Errorf("a refused write stored something: got %d documents, want 5", n)
				}
				return
			}
			if jpath(v, "id") != "new-1" || jpath(v, "result") != "new" {
				t.Errorf("got %v, want id new-1, result new", v)
			}
			if _, err := st.Document(t.Context(), "new-1"); err != nil {
				t.Errorf("the document was not stored: %v", err)
			}
		})
	}
}

func TestAPI_PostTwice(t *testing.T) {
	s, _ := mustServer(t)
	for i, want := range []string{"new", "unchanged"} {
		w := do(t, s.Handler(), "POST", "/api/documents", strings.NewReader(`{"text":"عنوان\nنص"}`),
			"Authorization", "Bearer secret", "Content-Type", "application/json; charset=utf-8")
		v := decode(t, w)
		if w.Code != 201 || jpath(v, "result") != want {
			t.Errorf("post %d: got %d %v, want 201 %s", i, w.Code, v, want)
		}
		if id, _ := jpath(v, "id").(string); len(id) != 16 {
			t.Errorf("post %d: got id %q, want a 16-digit digest", i, id)
		}
	}
}

func TestAPI_HostileJSON(t *testing.T) {
	s, _ := mustServer(t)
	for _, target := range []string{"/api/documents", "/api/documents/h-hostile", "/api/search?q=" + urlq("script"), "/api/entities", "/api/export"} {
		w := do(t, s.Handler(), "GET", target, nil)
		if bytes.Contains(w.Body.Bytes(), []byte("<script")) || bytes.Contains(w.Body.Bytes(), []byte("<img")) {
			t.Errorf("GET %s: raw markup in the JSON: %s", target, w.Body)
		}
	}
	v := decode(t, do(t, s.Handler(), "GET", "/api/documents/h-hostile", nil))
	if got := v["title"]; got != "عنوان "+hostile {
		t.Errorf("hostile title: got %v, want it as a JSON string", got)
	}
}

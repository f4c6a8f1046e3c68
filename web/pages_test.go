package web

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestPages_Status(t *testing.T) {
	s, _ := mustServer(t)
	tests := []struct {
		name, target string
		want         int
		contains     []string
	}{
		{"Home", "/", 200, []string{`<html dir="rtl" lang="ar">`, `id="q"`, "أحدث المقالات", "/documents/a-beijing-1"}},
		{"Search", "/search?q=" + urlq("بكين"), 200, []string{`class="hit"`, `<mark class="match">بكين</mark>`}},
		{"SearchForm", "/search", 200, []string{`id="q"`}},
		{"SearchNone", "/search?q=" + urlq("لا يوجد"), 200, []string{"لا نتائج"}},
		{"Document", "/documents/a-beijing-1", 200, []string{
			`<mark class="entity" title="Xi Jinping · شخص · CHN">شي جين بينغ</mark>`,
			`<mark class="quote"`, `<mark class="figure" title="240 مليار دولار">240 مليار دولار</mark>`,
			`<mark class="event"`, `<details class="boilerplate">`, "أداة الصفحة", `class="dateline"`,
			`href="/entities/Q148"`}},
		{"DocumentNotFound", "/documents/nope", 404, []string{`dir="rtl"`, "غير موجود"}},
		{"DocumentBadID", "/documents/..%2Fx", 400, []string{"طلب غير صالح"}},
		{"Entities", "/entities", 200, []string{"الصين", "/entities/Q148"}},
		{"Entity", "/entities/Q148", 200, []string{"wikidata.org/wiki/Q148", "/documents/c-border"}},
		{"Stories", "/stories", 200, []string{"/stories/a-beijing-1"}},
		{"Story", "/stories/a-beijing-1", 200, []string{`class="sources"`, `class="source"`, "صحيفة الأفق", "وكالة المدار", `class="conflict"`}},
		{"Dyad", "/dyads/CHN/RUS", 200, []string{`<svg class="dyad-chart"`, `class="coop"`, `class="conflict"`, "2024-06"}},
		{"DyadEmpty", "/dyads/EGY/TUR", 200, []string{"لا أحداث"}},
		{"Ingest", "/ingest", 200, []string{`enctype="multipart/form-data"`, `name="token"`, `<label for="text">`}},
		{"Unknown", "/nothing/here", 404, []string{"غير موجود"}},
		{"Static", "/static/style.css", 200, []string{"Noto Naskh Arabic"}},
		{"StaticJS", "/static/app.js", 200, []string{"use strict"}},
		{"StaticMissing", "/static/nope.css", 404, nil},
		{"StaticTraversal", "/static/..%2F..%2Fpages.go", 404, nil},
		{"StaticDir", "/static/", 404, nil},
		// The mux redirects unclean paths to their clean form, which is
		// then served or refused like any other.
		{"StaticDot", "/static/./style.css", 307, nil},
		{"StaticDotDot", "/static/../templates/layout.html", 307, nil},
		{"TemplatesNotServed", "/templates/layout.html", 404, nil},
		{"StaticTemplate", "/static/%2E%2E/templates/layout.html", 404, nil},
		{"StaticHidden", "/static/.env", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s.Handler(), "GET", tt.target, nil)
			if w.Code != tt.want {
				t.Fatalf("GET %s: got status %d, want %d", tt.target, w.Code, tt.want)
			}
			for _, c := range tt.contains {
				if !strings.Contains(w.Body.String(), c) {
					t.Errorf("GET %s: the page lacks %s", tt.target, c)
				}
			}
		})
	}
}

func TestPages_RTL(t *testing.T) {
	s, _ := mustServer(t)
	for _, target := range []string{"/", "/search?q=x", "/documents/a-beijing-1", "/entities/Q148", "/stories/a-beijing-1", "/dyads/CHN/RUS", "/ingest", "/nothing"} {
		w := do(t, s.Handler(), "GET", target, nil)
		if !strings.Contains(w.Body.String(), `<html dir="rtl" lang="ar">`) {
			t.Errorf("GET %s: the root is not <html dir=\"rtl\" lang=\"ar\">", target)
		}
		if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: got Content-Type %q, want text/html; charset=utf-8", target, ct)
		}
	}
}

// TestPages_Escaping checks that the hostile document's markup shows as
// text on every page that shows it.
func TestPages_Escaping(t *testing.T) {
	s, _ := mustServer(t)
	raw := regexp.MustCompile(`<script>|<img|<b>|<i>|javascript:`)
	for _, target := range []string{"/", "/search?q=script", "/documents/h-hostile", "/entities", "/stories"} {
		w := do(t, s.Handler(), "GET", target, nil)
		body := w.Body.String()
		if m := raw.FindString(body); m != "" {
			t.Errorf("GET %s: raw markup %q in the page", target, m)
		}
		if target != "/stories" && !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("GET %s: the hostile text is not shown escaped", target)
		}
	}
	var id string
	for _, e := range testDocs()[4].Entities {
		id = entityKey(&e)
	}
	w := do(t, s.Handler(), "GET", "/entities/"+id, nil)
	if w.Code != 200 || raw.MatchString(w.Body.String()) {
		t.Errorf("GET /entities/%s: got %d with raw markup %q", id, w.Code, raw.FindString(w.Body.String()))
	}
}

// multipartBody builds an ingest form.
func multipartBody(tb testing.TB, fields map[string]string, files map[string]string) (*bytes.Buffer, string) {
	tb.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, content := range files {
		fw, err := mw.CreateFormFile("files", name)
		if err != nil {
			tb.Fatal(err)
		}
		fw.Write([]byte(content))
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func TestPages_Ingest(t *testing.T) {
	tests := []struct {
		name     string
		fields   map[string]string
		files    map[string]string
		limit    int64
		want     int
		contains []string
		stored   int
	}{
		{"Text", map[string]string{"token": "secret", "id": "pasted-1", "text": "عنوان الخبر\nنص الخبر."}, nil, 0, 200,
			[]string{"pasted-1", "new", "عنوان الخبر"}, 6},
		{"Files", map[string]string{"token": "secret"}, map[string]string{
			"report-9.txt": "خبر\nنص",
			"batch.jsonl":  `{"id":"j1","text":"أ\nب"}` + "\n" + `{"id":"j2","text":"ج\nد"}` + "\nnot json\n",
			"page.pdf":     "%PDF",
		}, 0, 200, []string{"report-9", "j1", "j2", "batch.jsonl:3", "سجل JSON غير صالح", "نوع ملف غير مدعوم"}, 8},
		{"NoToken", map[string]string{"text": "نص"}, nil, 0, 401, []string{"token"}, 5},
		{"WrongToken", map[string]string{"token": "nope", "text": "نص"}, nil, 0, 401, []string{"invalid token"}, 5},
		{"Empty", map[string]string{"token": "secret"}, nil, 0, 400, []string{"الصق نصا"}, 5},
		{"TooLarge", map[string]string{"token": "secret", "text": strings.Repeat("ن", 4096)}, nil, 2048, 413, []string{"too large"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, st := mustServer(t)
			if tt.limit > 0 {
				s.MaxUploadBytes = tt.limit
			}
			body, ct := multipartBody(t, tt.fields, tt.files)
			w := do(t, s.Handler(), "POST", "/ingest", body, "Content-Type", ct)
			if w.Code != tt.want {
				t.Fatalf("got status %d, want %d: %s", w.Code, tt.want, w.Body)
			}
			for _, c := range tt.contains {
				if !strings.Contains(w.Body.String(), c) {
					t.Errorf("the result page lacks %q", c)
				}
			}
			if n, _ := st.CountDocuments(t.Context()); n != tt.stored {
				t.Errorf("got %d stored documents, want %d", n, tt.stored)
			}
		})
	}
}

func TestPages_IngestReadOnly(t *testing.T) {
	s, _ := mustServer(t)
	s.Token = ""
	if w := do(t, s.Handler(), "GET", "/ingest", nil); !strings.Contains(w.Body.String(), "للقراءة فقط") {
		t.Errorf("GET /ingest on a read-only server does not say so")
	}
	body, ct := multipartBody(t, map[string]string{"token": "", "text": "نص"}, nil)
	if w := do(t, s.Handler(), "POST", "/ingest", body, "Content-Type", ct); w.Code != http.StatusUnauthorized {
		t.Errorf("POST /ingest with no token on a read-only server: got %d, want 401", w.Code)
	}
}

func TestPages_HTMLWellFormed(t *testing.T) {
	s, _ := mustServer(t)
	w := do(t, s.Handler(), "GET", "/documents/a-beijing-1", nil)
	body := w.Body.String()
	if o, c := strings.Count(body, "<mark"), strings.Count(body, "</mark>"); o != c {
		t.Errorf("got %d <mark> and %d </mark>, want them equal", o, c)
	}
}

// TestPages_Wording checks the Arabic wording of the pages: names in place
// of ids, Arabic labels for the record format's values, counted nouns and
// separators only between parts that exist.
func TestPages_Wording(t *testing.T) {
	s, st := mustServer(t)
	bare := newDoc("e-bare", "", "2024-07-03", "خبر بلا مصدر", "اتهمت الصين روسيا مجددا.")
	bare.entity("Q148", "China", "الصين", "COUNTRY", "CHN", "الصين").
		event("Q148", "ACCUSE", "112", "RUS", "2024-07-03", "اتهمت الصين روسيا")
	bare.d.Article.Outlet = ""
	bare.d.Events[0].SourceCode = "CHN"
	st.PutDocument(t.Context(), bare.d)
	tests := []struct {
		name, target    string
		contains, lacks []string
	}{
		{"HomeTitle", "/", []string{"<title>مرصد</title>", "كيانات", "5 كيانات"}, []string{"مرصد · مرصد", `<span class="meta"> · `}},
		{"DocumentNoOutlet", "/documents/e-bare", []string{"اتهام", `dir="ltr">ACCUSE 112</code>`, "الصين"},
			[]string{`<p class="meta">` + "\n · ", ">Q148<"}},
		{"DocumentLabels", "/documents/a-beijing-1", []string{"مؤكَّد", "تشاور", "240 مليار دولار"}, []string{">asserted<"}},
		{"Dyad", "/dyads/CHN/RUS", []string{"العلاقة بين <bdi>الصين</bdi>", "<bdi>روسيا</bdi>", `<code class="tag" dir="ltr">CHN</code>`, "أحداث"}, nil},
		{"DyadUnknown", "/dyads/EGY/TUR", []string{"العلاقة بين <bdi>EGY</bdi>"}, nil},
		{"Ingest", "/ingest", []string{"ميغابايت"}, []string{"م.ب."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s.Handler(), "GET", tt.target, nil)
			body := w.Body.String()
			for _, c := range tt.contains {
				if !strings.Contains(body, c) {
					t.Errorf("GET %s: the page lacks %s", tt.target, c)
				}
			}
			for _, c := range tt.lacks {
				if strings.Contains(body, c) {
					t.Errorf("GET %s: the page has %s, want none", tt.target, c)
				}
			}
		})
	}
}

package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

const para = "<p>أعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق المتضررة من الجفاف، تشمل قروضا ميسرة ومعدات حديثة للري وبرامج تدريب ميدانية تنفذها فرق متخصصة في عدة محافظات.</p>"

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name       string
		file       string
		html       string
		pageURL    string
		wantID     string
		wantURL    string
		wantTitle  string
		wantOutlet string
		wantDate   string // RFC 3339, "" for none
		wantFirst  string // first line of Text
		wantLines  int    // at least
		notInText  []string
	}{
		{
			name:       "Fixture",
			file:       "testdata/article.html",
			html:       string(mustRead(t, "testdata/article.html")),
			wantID:     "article",
			wantURL:    "https://news.example.org/economy/2024/03/water-plan",
			wantTitle:  "وزارة الزراعة تعلن خطة لترشيد المياه في المحافظات الجنوبية",
			wantOutlet: "صحيفة المرصد",
			wantDate:   "2024-03-12T09:30:00+03:00",
			wantLines:  9,
			notInText:  []string{"الرئيسية", "جميع الحقوق محفوظة", "اقرأ أيضا", "font-family"},
		},
		{
			name:       "JSONLDDateAndHostOutlet",
			file:       "page.html",
			pageURL:    "https://www.example.net/news/1?ref=x#c",
			html:       `<html><head><title>خبر عاجل</title><script type="application/ld+json">{"@type":"NewsArticle", "datePublished" : "2023-11-05T14:00:00Z"}</script></head><body><article>` + para + para + `</article></body></html>`,
			wantID:     URLID("https://www.example.net/news/1?ref=x"),
			wantURL:    "https://www.example.net/news/1?ref=x#c",
			wantTitle:  "خبر عاجل",
			wantOutlet: "example.net",
			wantDate:   "2023-11-05T14:00:00Z",
			wantLines:  2,
		},
		{
			name:      "TimeDatetime",
			file:      "t.html",
			html:      `<!doctype html><html><body><article><h1>عنوان</h1><time datetime="2022-01-31">31 يناير</time>` + para + `</article></body></html>`,
			wantID:    "t",
			wantDate:  "2022-01-31T00:00:00Z",
			wantLines: 1,
		},
		{
			name:      "BreaksSplitParagraphs",
			file:      "br.html",
			html:      `<html><body><article><p>السطر الأول من الفقرة الطويلة التي تتحدث عن الاقتصاد والسياسة في المنطقة<br>السطر الثاني من الفقرة التي تكمل الحديث عن الاقتصاد والسياسة في المنطقة</p>` + para + `</article></body></html>`,
			wantID:    "br",
			wantFirst: "السطر الأول من الفقرة الطويلة التي تتحدث عن الاقتصاد والسياسة في المنطقة",
			wantLines: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadHTML(tt.file, []byte(tt.html), tt.pageURL)
			if err != nil {
				t.Fatalf("ReadHTML(%q): %v", tt.file, err)
			}
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("ReadHTML(%q) %s: got %q, want %q", tt.file, field, got, want)
				}
			}
			check("ID", a.ID, tt.wantID)
			check("URL", a.URL, tt.wantURL)
			check("Title", a.Title, tt.wantTitle)
			check("Outlet", a.Outlet, tt.wantOutlet)
			if tt.wantDate != "" {
				if want, _ := time.Parse(time.RFC3339, tt.wantDate); !a.Published.Equal(want) {
					t.Errorf("ReadHTML(%q) Published: got %v, want %v", tt.file, a.Published, want)
				}
			}
			lines := strings.Split(a.Text, "\n")
			check("first line", lines[0], tt.wantFirst)
			if len(lines) < tt.wantLines {
				t.Errorf("ReadHTML(%q): got %d lines, want at least %d:\n%s", tt.file, len(lines), tt.wantLines, a.Text)
			}
			for _, l := range lines {
				if strings.TrimSpace(l) != l || l == "" {
					t.Errorf("ReadHTML(%q): line %q is blank or not trimmed", tt.file, l)
				}
			}
			for _, s := range tt.notInText {
				if strings.Contains(a.Text, s) {
					t.Errorf("ReadHTML(%q): text contains boilerplate %q:\n%s", tt.file, s, a.Text)
				}
			}
			if a.Source != tt.file || a.Format != "html" {
				t.Errorf("ReadHTML(%q): got Source %q Format %q", tt.file, a.Source, a.Format)
			}
		})
	}
}

func TestReadHTML_Errors(t *testing.T) {
	tests := []struct {
		name    string
		html    []byte
		wantErr error
	}{
		{"ErrNoContent", []byte("<html><head><title>x</title></head><body></body></html>"), ErrNoContent},
		{"ErrNoContentScriptsOnly", []byte("<html><body><script>var a = 1;</script><style>p{}</style></body></html>"), ErrNoContent},
		{"ErrEmpty", []byte("   "), ErrEmpty},
		{"ErrBinary", []byte("\x89PNG\r\n\x1a\n"), ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadHTML("p.html", tt.html, "")
			var ie *InputError
			if !errors.Is(err, tt.wantErr) || !errors.As(err, &ie) || ie.Input != "p.html" {
				t.Errorf("ReadHTML(%q): got %+v, %v, want *InputError wrapping %v", tt.html, a, err, tt.wantErr)
			}
		})
	}
}

func TestReadHTML_Windows1256(t *testing.T) {
	page := `<html><head><meta charset="windows-1256"><title>عنوان</title></head><body><article>` + para + `</article></body></html>`
	a, err := ReadHTML("old.html", cp1256(t, page), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "أعلنت الوزارة اليوم"; !strings.HasPrefix(a.Text, want) {
		t.Errorf("got text %q, want it to start with %q", a.Text, want)
	}
}

// TestReadHTML_DeepNesting checks that pathological nesting is flattened:
// bounded time, no panic, the text kept.
func TestReadHTML_DeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "span", "table", "b", "a", "font", "li", "td"} {
		t.Run(tag, func(t *testing.T) {
			page := "<html><body>" + strings.Repeat("<"+tag+">كلمة ", 10000) + strings.Repeat("</"+tag+">", 5000) + "</body></html>"
			start := time.Now()
			a, err := ReadHTML("deep.html", []byte(page), "")
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("ReadHTML(10,000 nested <%s>): took %v", tag, d)
			}
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Errorf("ReadHTML(10,000 nested <%s>): got error %v, want *InputError", tag, err)
				}
				return
			}
			if !strings.Contains(a.Text, "كلمة") || !utf8.ValidString(a.Text) {
				t.Errorf("ReadHTML(10,000 nested <%s>): lost the text: %.100q", tag, a.Text)
			}
		})
	}
}

func TestFlatten(t *testing.T) {
	deep := strings.Repeat("<div>", 2*maxDepth) + "نص" + strings.Repeat("</div>", 2*maxDepth)
	if d := scanHTML(deep).depth; d != 2*maxDepth {
		t.Errorf("scanHTML: got depth %d, want %d", d, 2*maxDepth)
	}
	flat := flatten(deep)
	if d := scanHTML(flat).depth; d > maxDepth+1 {
		t.Errorf("flatten: got depth %d, want at most %d", d, maxDepth+1)
	}
	if !strings.Contains(flat, "نص") {
		t.Errorf("flatten lost the text")
	}
	if d := scanHTML(strings.Repeat("<p>x", 1000)).depth; d > 2 {
		t.Errorf("scanHTML(1000 unclosed <p>): got depth %d, want ≤ 2", d)
	}
}

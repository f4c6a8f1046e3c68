package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

func sp(a, b int) marsad.Span { return marsad.Span{Start: a, End: b} }

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []Mark
		want  string
	}{
		{"NoMarks", "a<b>&c", nil, "a&lt;b&gt;&amp;c"},
		{"One", "abcdef", []Mark{{sp(1, 3), "entity", "t"}}, `a<mark class="entity" title="t">bc</mark>def`},
		{"Whole", "abc", []Mark{{sp(0, 3), "q", ""}}, `<mark class="q">abc</mark>`},
		{"Adjacent", "abcd", []Mark{{sp(0, 2), "x", ""}, {sp(2, 4), "y", ""}}, `<mark class="x">ab</mark><mark class="y">cd</mark>`},
		{"Nested", "abcdef", []Mark{{sp(2, 4), "in", ""}, {sp(0, 6), "out", ""}},
			`<mark class="out">ab<mark class="in">cd</mark>ef</mark>`},
		{"NestedSameStart", "abcdef", []Mark{{sp(0, 2), "in", ""}, {sp(0, 6), "out", ""}},
			`<mark class="out"><mark class="in">ab</mark>cdef</mark>`},
		{"NestedSameEnd", "abcdef", []Mark{{sp(0, 6), "out", ""}, {sp(4, 6), "in", ""}},
			`<mark class="out">abcd<mark class="in">ef</mark></mark>`},
		{"Crossing", "abcdef", []Mark{{sp(0, 4), "x", ""}, {sp(2, 6), "y", ""}},
			`<mark class="x">ab<mark class="y">cd</mark></mark><mark class="y">ef</mark>`},
		{"Identical", "abc", []Mark{{sp(0, 3), "x", ""}, {sp(0, 3), "y", ""}},
			`<mark class="x"><mark class="y">abc</mark></mark>`},
		{"OutOfRange", "abc", []Mark{{sp(1, 9), "x", ""}, {sp(-1, 2), "y", ""}, {sp(2, 1), "z", ""}, {sp(3, 3), "e", ""}}, "abc"},
		{"EscapedPieces", `<a>"&'`, []Mark{{sp(0, 3), `x" onclick="y`, `<t>&"`}},
			`<mark class="x&#34; onclick=&#34;y" title="&lt;t&gt;&amp;&#34;">&lt;a&gt;</mark>&#34;&amp;&#39;`},
		// "بكين" is 8 bytes, 2 a letter; a span cutting letters widens to
		// the whole letters.
		{"UTF8Boundary", "بكين", []Mark{{sp(3, 4), "x", ""}}, `ب<mark class="x">ك</mark>ين`},
		{"UTF8Widen", "بكين", []Mark{{sp(3, 5), "x", ""}}, `ب<mark class="x">كي</mark>ن`},
		{"UTF8Exact", "بكين", []Mark{{sp(2, 6), "x", ""}}, `ب<mark class="x">كي</mark>ن`},
		{"UTF8EmptyInside", "بكين", []Mark{{sp(1, 1), "x", ""}}, `بكين`},
		{"Arabic", "قال شي إن", []Mark{{sp(7, 10), "entity", "شي"}}, `قال <mark class="entity" title="شي">شي</mark> إن`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Highlight(tt.text, tt.marks)); got != tt.want {
				t.Errorf("Highlight(%q, %v):\ngot  %s\nwant %s", tt.text, tt.marks, got, tt.want)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`<mark class="[^"<>]*"(?: title="[^"<>]*")?>|</mark>`)

// checkHighlight checks the invariants of Highlight's output: valid UTF-8,
// balanced tags, nothing but <mark> as markup, and the text unchanged once
// the tags are removed and the entities decoded.
func checkHighlight(tb testing.TB, text string, marks []Mark, out string) {
	tb.Helper()
	if utf8.ValidString(text) && !utf8.ValidString(out) {
		tb.Fatalf("Highlight(%q, %v) is not valid UTF-8: %q", text, marks, out)
	}
	depth := 0
	for _, tag := range tagRE.FindAllString(out, -1) {
		if tag == "</mark>" {
			depth--
		} else {
			depth++
		}
		if depth < 0 {
			tb.Fatalf("Highlight(%q, %v) closes a mark it did not open: %s", text, marks, out)
		}
	}
	if depth != 0 {
		tb.Fatalf("Highlight(%q, %v) leaves %d marks open: %s", text, marks, depth, out)
	}
	plain := tagRE.ReplaceAllString(out, "")
	if strings.ContainsAny(plain, "<>") {
		tb.Fatalf("Highlight(%q, %v) has markup besides marks: %s", text, marks, out)
	}
	if utf8.ValidString(text) {
		// HTML escaping turns NUL into U+FFFD, as HTML parsers would.
		if got, want := html.UnescapeString(plain), strings.ReplaceAll(text, "\x00", "\uFFFD"); got != want {
			tb.Fatalf("Highlight(%q, %v) changes the text: got %q", text, marks, got)
		}
	}
}

func TestHighlight_Invariants(t *testing.T) {
	text := "استقبل الرئيس <b>الصيني</b> شي جين بينغ نظيره الروسي & قال «نعم»."
	var marks []Mark
	for i := 0; i < len(text); i += 7 {
		marks = append(marks, Mark{Span: sp(i, i+13), Class: "a"}, Mark{Span: sp(i+3, i+5), Class: "b", Title: "<t>"})
	}
	checkHighlight(t, text, marks, string(Highlight(text, marks)))
}

func FuzzHighlight(f *testing.F) {
	// Plain ASCII, one mark.
	f.Add("abcdef", []byte{1, 3})
	// Arabic text with a mark cutting a letter in two.
	f.Add("قال شي جين بينغ", []byte{3, 9})
	// Crossing and nested marks.
	f.Add("abcdefghij", []byte{0, 6, 3, 9, 4, 5})
	// Markup in the text.
	f.Add(`<script>alert("x")</script>`, []byte{0, 8, 8, 20})
	// Out-of-range and reversed spans.
	f.Add("abc", []byte{2, 200, 3, 1})
	// Invalid UTF-8.
	f.Add("\xff\xfeب", []byte{0, 2, 1, 3})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		var marks []Mark
		for i := 0; i+1 < len(spans); i += 2 {
			marks = append(marks, Mark{Span: sp(int(spans[i]), int(spans[i+1])), Class: "m", Title: text[:min(len(text), 3)]})
		}
		out := string(Highlight(text, marks))
		checkHighlight(t, text, marks, out)
	})
}

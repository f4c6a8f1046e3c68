package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

func TestArabic_Terms(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // key@text pairs, space-separated
	}{
		{"Clitics", "وللحكومة الحكومة حكومات", "حكوم@وللحكومة حكوم@الحكومة حكوم@حكومات"},
		{"Punctuation", "قال: «نعم»، ثم غادر.", "قال@قال نعم@نعم ثم@ثم غادر@غادر"},
		{"Latin", "Reuters AFP covid", "reuters@Reuters afp@AFP covid@covid"},
		{"Numbers", "عام ٢٠٢٤ و2024", "عام@عام 2024@٢٠٢٤ و@و 2024@2024"},
		{"Stopwords", "في من", "في@في من@من"},
		{"Diacritics", "الحُكُومَة", "حكوم@الحُكُومَة"},
		{"Empty", "", ""},
		{"Symbols", "% $ ... !", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, term := range (Arabic{}).Terms(tc.text) {
				if !term.Span.In(len(tc.text)) {
					t.Fatalf("Terms(%q): span %v out of the text", tc.text, term.Span)
				}
				got = append(got, term.Key+"@"+tc.text[term.Span.Start:term.Span.End])
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("Terms(%q) = %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestArabic_Stopword(t *testing.T) {
	a := Arabic{}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"في", true}, {"التي", true}, {"وقد", true}, {"الحكومة", false}, {"علي", false}, {"على", false}, {"وزير", false},
	} {
		key := a.Terms(tc.word)[0].Key
		if got := a.Stopword(key); got != tc.want {
			t.Errorf("Stopword(key of %s = %s) = %v, want %v", tc.word, key, got, tc.want)
		}
	}
}

// keysOf returns the keys of words, as a store computes them for a query.
func keysOf(words ...string) []string {
	var ks []string
	for _, w := range words {
		for _, t := range (Arabic{}).Terms(w) {
			ks = append(ks, t.Key)
		}
	}
	return ks
}

// marked returns s with its highlights in brackets.
func marked(s string, hs []marsad.Span) string {
	var b strings.Builder
	last := 0
	for _, h := range hs {
		b.WriteString(s[last:h.Start])
		b.WriteString("[" + s[h.Start:h.End] + "]")
		last = h.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestSnippet(t *testing.T) {
	filler := strings.Repeat("كان الطقس معتدلا في المدينة طوال الأسبوع. ", 10)
	for _, tc := range []struct {
		name, text string
		keys       []string
		max        int
		want       string
	}{
		{"Short", "أعلنت الحكومة خطة وللحكومة رأي.", keysOf("حكومة"), 200, "أعلنت [الحكومة] خطة [وللحكومة] رأي."},
		{"ShortNoMatch", "نص قصير.", keysOf("حكومة"), 200, "نص قصير."},
		{"Middle", filler + "وأعلنت الحكومة خطة جديدة للنقل. " + filler, keysOf("الحكومة"), 120,
			"…وأعلنت [الحكومة] خطة جديدة للنقل. كان الطقس معتدلا في المدينة…"},
		{"Distinct", "الحكومة الحكومة الحكومة الحكومة. " + filler + "اجتمع وزير النقل مع الحكومة. " + filler,
			keysOf("وزير", "الحكومة"), 100, "…اجتمع [وزير] النقل مع [الحكومة]. كان الطقس معتدلا في…"},
		{"NoMatchStart", filler, keysOf("البرلمان"), 60, "كان الطقس معتدلا في المدينة…"},
		{"NoKeys", filler, nil, 40, "كان الطقس معتدلا…"},
		{"Empty", "", keysOf("حكومة"), 100, ""},
		{"InvalidUTF8", "الحكومة\xff قالت", keysOf("حكومة"), 100, "[الحكومة]\uFFFD قالت"},
		{"NoSpaces", strings.Repeat("ب", 100), keysOf("حكومة"), 21, "بببببببب…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, hs := Snippet(tc.text, Arabic{}, tc.keys, tc.max)
			checkSnippet(t, tc.text, s, hs, tc.max)
			if got := marked(s, hs); got != tc.want {
				t.Errorf("Snippet(%.40q…, %q, %d) =\n%s\nwant\n%s", tc.text, tc.keys, tc.max, got, tc.want)
			}
		})
	}
}

func checkSnippet(t *testing.T, text, s string, hs []marsad.Span, max int) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("snippet %q is not valid UTF-8", s)
	}
	if max <= 0 {
		max = DefaultSnippetBytes
	}
	if utf8.ValidString(text) && len(s) > max && len(s) > len(text) {
		t.Errorf("snippet of %d bytes for max %d and a text of %d", len(s), max, len(text))
	}
	last := 0
	for _, h := range hs {
		if !h.In(len(s)) || h.Start < last || h.Len() == 0 {
			t.Fatalf("highlights %v out of order or out of the snippet of %d bytes", hs, len(s))
		}
		last = h.End
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("أعلنت الحكومة خطة جديدة.", "حكومة", 200)                // a short text with a match
	f.Add(strings.Repeat("وللحكومة رأي آخر. ", 40), "الحكومة", 50) // many matches, a short window
	f.Add("\xff\xfeالحكومة\xd8", "حكومة", 5)                       // invalid UTF-8, a window smaller than a word
	f.Add(strings.Repeat("ب", 300), "ب", 1)                        // no spaces at all
	f.Add("a b c", "", 0)                                          // no key, default size
	f.Fuzz(func(t *testing.T, text, query string, max int) {
		max %= 1000
		keys := keysOf(strings.Fields(query)...)
		s, hs := Snippet(text, Arabic{}, keys, max)
		checkSnippet(t, text, s, hs, max)
		if ws, whs := Snippet(text, wholeText{}, keys, max); ws != s || !slices.Equal(whs, hs) {
			t.Errorf("Snippet(%q, %q, %d): got %q %v with Fold, %q %v without", text, keys, max, s, hs, ws, whs)
		}
	})
}

// wholeText is Arabic without Fold: Snippet analyses all of the text.
type wholeText struct{}

func (wholeText) Terms(text string) []marsad.Term { return Arabic{}.Terms(text) }

// TestSnippet_Fold checks that skipping the lines Fold shows to hold no key
// changes no snippet: for each word of generated documents (every form,
// clitics, diacritics and all), the snippet is that of the whole text.
func TestSnippet_Fold(t *testing.T) {
	for _, doc := range storetest.GenerateDocuments(3, 1, 3000) {
		text := doc.Title + "\n" + doc.BodyText()
		seen := map[string]bool{}
		for _, term := range (Arabic{}).Terms(text) {
			w := text[term.Span.Start:term.Span.End]
			if seen[w] {
				continue
			}
			seen[w] = true
			keys := keysOf(w, "الحكومة")
			s, hs := Snippet(text, Arabic{}, keys, 150)
			ws, whs := Snippet(text, wholeText{}, keys, 150)
			if s != ws || !slices.Equal(hs, whs) {
				t.Errorf("Snippet(%s, %q): got %q %v with Fold, want %q %v", doc.ID(), keys, s, hs, ws, whs)
			}
		}
	}
}

func BenchmarkSnippet_Rare(b *testing.B) {
	doc := storetest.GenerateDocuments(1, 1, 5000)[0]
	text := doc.Title + "\n" + doc.BodyText()
	keys := keysOf("البرلمان")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Snippet(text, Arabic{}, keys, 200)
	}
}

func BenchmarkSnippet_WholeText(b *testing.B) {
	doc := storetest.GenerateDocuments(1, 1, 5000)[0]
	text := doc.Title + "\n" + doc.BodyText()
	keys := keysOf("الحكومة", "وزير")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Snippet(text, wholeText{}, keys, 200)
	}
}

func BenchmarkTerms(b *testing.B) {
	text := storetest.GenerateDocuments(1, 1, 5000)[0].BodyText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		(Arabic{}).Terms(text)
	}
}

func BenchmarkSnippet(b *testing.B) {
	doc := storetest.GenerateDocuments(1, 1, 5000)[0]
	text := doc.Title + "\n" + doc.BodyText()
	keys := keysOf("الحكومة", "وزير")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Snippet(text, Arabic{}, keys, 200)
	}
}

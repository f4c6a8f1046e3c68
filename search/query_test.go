package search

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		want    []Part
	}{
		{"Empty", "", nil},
		{"Spaces", " \t\n ", nil},
		{"Word", "الحكومة", []Part{{Text: "الحكومة"}}},
		{"Words", "وزير  الخارجية\tالمصري", []Part{{Text: "وزير"}, {Text: "الخارجية"}, {Text: "المصري"}}},
		{"Phrase", `"وزير الخارجية"`, []Part{{Text: "وزير الخارجية", Phrase: true}}},
		{"PhraseSpaces", `"  وزير   الخارجية "`, []Part{{Text: "وزير الخارجية", Phrase: true}}},
		{"Guillemets", `«وزير الخارجية» القاهرة`, []Part{{Text: "وزير الخارجية", Phrase: true}, {Text: "القاهرة"}}},
		{"CurlyQuotes", `“مجلس الأمن”`, []Part{{Text: "مجلس الأمن", Phrase: true}}},
		{"Unclosed", `غزة "وقف إطلاق`, []Part{{Text: "غزة"}, {Text: "وقف إطلاق", Phrase: true}}},
		{"EmptyPhrase", `"" غزة`, []Part{{Text: "غزة"}}},
		{"QuoteInWord", `a"b c"d`, []Part{{Text: "a"}, {Text: "b c", Phrase: true}, {Text: "d"}}},
		{"Exclude", "غزة -القدس", []Part{{Text: "غزة"}, {Text: "القدس", Exclude: true}}},
		{"ExcludePhrase", `غزة -"وقف النار"`, []Part{{Text: "غزة"}, {Text: "وقف النار", Phrase: true, Exclude: true}}},
		{"LoneDash", "غزة - القدس", []Part{{Text: "غزة"}, {Text: "-"}, {Text: "القدس"}}},
		{"DoubleDash", "--x", []Part{{Text: "--x"}}},
		{"InnerDash", "covid-19", []Part{{Text: "covid-19"}}},
		{"Operators", "NEAR(a OR b*)", []Part{{Text: "NEAR(a"}, {Text: "OR"}, {Text: "b*)"}}},
		{"InvalidUTF8", "a\xffb", []Part{{Text: "a"}, {Text: "b"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ParseQuery(tc.q).Parts; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseQuery(%q) = %+v, want %+v", tc.q, got, tc.want)
			}
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add("الحكومة")                  // a word
	f.Add(`"وزير الخارجية" -المالية`) // a phrase and an exclusion
	f.Add(`«غزة» "`)                  // guillemets and an unclosed quote
	f.Add("-\"-")                     // dashes and quotes only
	f.Add("a\xff\xfe\"b")             // invalid UTF-8 around a quote
	f.Add("NEAR(x y, 2) OR *")        // FTS5 syntax
	f.Fuzz(func(t *testing.T, q string) {
		pq := ParseQuery(q)
		for _, p := range pq.Parts {
			if p.Text == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("ParseQuery(%q): part %+v is empty or not UTF-8", q, p)
			}
		}
		if again := ParseQuery(pq.String()); !reflect.DeepEqual(again.Parts, pq.Parts) {
			t.Fatalf("ParseQuery(%q).String() = %q parses as %+v, want %+v", q, pq.String(), again.Parts, pq.Parts)
		}
	})
}

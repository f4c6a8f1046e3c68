package entity

import (
	"fmt"
	"hash/maphash"
	"slices"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

func TestAgreeingAdjective(t *testing.T) {
	tests := []struct {
		name       string
		head, word string
		want       bool
	}{
		{"feminine nisba after a feminine head", "حركه", "طلابيه", true},
		{"feminine participle after a feminine head", "منظمه", "مستقله", true},
		{"masculine nisba after a masculine head", "منتدي", "اقتصادي", true},
		{"masculine participle after a masculine head", "صندوق", "مشترك", true},
		{"masculine nisba after a feminine head: a name", "شركه", "هواوي", false},
		{"a noun after a feminine head", "حزب", "حركه", false},
		{"a name with م after a head", "جامعه", "محمد", false},
		{"a long vowel after م: a transliteration", "معهد", "ماساشوستس", false},
		{"short words are no adjectives", "حركه", "فتح", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agreeingAdjective(tt.head, tt.word); got != tt.want {
				t.Errorf("agreeingAdjective(%q, %q) = %v, want %v", tt.head, tt.word, got, tt.want)
			}
		})
	}
}

func TestRawTable(t *testing.T) {
	tests := []struct {
		name string
		n    int // entries put, enough to grow the table several times
	}{
		{"empty", 0},
		{"one", 1},
		{"past the first growth", 2000},
		{"many", 20000},
	}
	seed := maphash.MakeSeed()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab rawTable
			words := make([]*word, tt.n)
			for i := range tt.n {
				k := fmt.Sprint("w", i)
				words[i] = &word{norm: k}
				tab.put(maphash.String(seed, k), k, words[i])
			}
			if tab.n != tt.n {
				t.Errorf("got %d entries, want %d", tab.n, tt.n)
			}
			for i := range tt.n {
				k := fmt.Sprint("w", i)
				if got := tab.get(maphash.String(seed, k), k); got != words[i] {
					t.Fatalf("get(%q) = %v, want %v", k, got, words[i])
				}
			}
			if got := tab.get(maphash.String(seed, "absent"), "absent"); got != nil {
				t.Errorf("get(absent) = %v, want nil", got)
			}
		})
	}
}

// tokenCases are texts whose tokens appendTokens must give as
// arabic.AppendTokens does.
var tokenCases = []struct{ name, text string }{
	{"empty", ""},
	{"letters", "قال الرئيس الصيني شي جين بينغ"},
	{"punctuation attached", "بكين، وموسكو. (الرياض)"},
	{"diacritics and tatweel", "مُحَمَّد الـعـربـي ـ"},
	{"numbers and era letters", "عام 2024م و1445هـ و3.5 و1,000 و١٢٫٥"},
	{"latin and mixed", "G20 قمة O'Brien وCNN"},
	{"zwnj", "می\u200cخواهم \u200cكتب"},
	{"controls and tabs", "كلمة\tأخرى\nسطر\r\x7fآخر"},
	{"nbsp inside a chunk", "كلمة\u00a0أخرى"},
	{"lone marks", "\u064b \u064bكتب"},
	{"invalid utf-8", "كت\xd8 \xd9\xff ب"},
	{"persian letters", "پژوهش گروه"},
}

func TestAppendTokens(t *testing.T) {
	for _, tt := range tokenCases {
		t.Run(tt.name, func(t *testing.T) {
			got, want := appendTokens(nil, tt.text), arabic.AppendTokens(nil, tt.text)
			if !slices.Equal(got, want) {
				t.Errorf("appendTokens(%q) = %v, want %v", tt.text, got, want)
			}
		})
	}
}

func FuzzAppendTokens(f *testing.F) {
	for _, tt := range tokenCases {
		f.Add(tt.text) // each case of TestAppendTokens: words, punctuation, numbers, marks, controls
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := appendTokens(nil, s), arabic.AppendTokens(nil, s)
		if !slices.Equal(got, want) {
			t.Errorf("appendTokens(%q) = %v, want %v", s, got, want)
		}
	})
}

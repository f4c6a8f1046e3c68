package arabic

import (
	"fmt"
	"strings"
	"testing"
)

// tokStrings renders tokens as "Kind:text" for readable comparisons.
func tokStrings(text string, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s:%s", t.Kind, t.Text(text))
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", ""},
		{"Spaces", " \t\n\u00a0", ""},
		{"Words", "قال الرئيس", "Word:قال Word:الرئيس"},
		{"Diacritics", "مُحَمَّدٌ", "Word:مُحَمَّدٌ"},
		{"TatweelInside", "الـــرئيس", "Word:الـــرئيس"},
		{"TatweelCliticQuote", `بـ"التعاون"`, `Word:بـ Punct:" Word:التعاون Punct:"`},
		{"TatweelAlone", "ـ", "Symbol:ـ"},
		{"ZWNJInside", "می\u200cخواهم", "Word:می\u200cخواهم"},
		{"ZWNJAtEnd", "كلمة\u200c ", "Word:كلمة"},
		{"ArabicPunct", "نعم، لا؛ لماذا؟", "Word:نعم Punct:، Word:لا Punct:؛ Word:لماذا Punct:؟"},
		{"Decimal", "3.5", "Number:3.5"},
		{"Thousands", "1,000,000", "Number:1,000,000"},
		{"CommaNotThousands", "2020,21", "Number:2020 Punct:, Number:21"},
		{"ArabicIndic", "١٢٣ و٤٥", "Number:١٢٣ Word:و Number:٤٥"},
		{"ArabicDecimal", "١٢٫٥", "Number:١٢٫٥"},
		{"ArabicThousands", "١٬٠٠٠", "Number:١٬٠٠٠"},
		{"Persian", "۱۴۰۲", "Number:۱۴۰۲"},
		{"EraGregorian", "2024م", "Number:2024م"},
		{"EraHijri", "1445هـ", "Number:1445هـ"},
		{"UnitNotEra", "10مليون", "Number:10 Word:مليون"},
		{"NumberThenPeriod", "عام 2024.", "Word:عام Number:2024 Punct:."},
		{"Percent", "5%", "Number:5 Symbol:%"},
		{"ArabicPercent", "٥٪", "Number:٥ Symbol:٪"},
		{"Currency", "$100 و€5", "Symbol:$ Number:100 Word:و Symbol:€ Number:5"},
		{"Hashtag", "#غزة", "Symbol:# Word:غزة"},
		{"Latin", "Reuters AFP", "Latin:Reuters Latin:AFP"},
		{"LatinDigits", "G20 F-16", "Latin:G20 Latin:F Punct:- Number:16"},
		{"Apostrophe", "O'Brien’s", "Latin:O'Brien’s"},
		{"MixedScripts", "قالReuters", "Word:قال Latin:Reuters"},
		{"Ellipsis", "...", "Punct:. Punct:. Punct:."},
		{"Guillemets", "«نعم»", "Punct:« Word:نعم Punct:»"},
		{"CurlyQuotes", "“نعم”", "Punct:“ Word:نعم Punct:”"},
		{"PresentationForms", "ﻻ ﷲ", "Word:ﻻ Word:ﷲ"},
		{"BidiMarks", "\u200fقال\u200e", "Word:قال"},
		{"InvalidUTF8", "a\xffb", "Latin:a Latin:b"},
		{"StrayMark", "\u064e قال", "Word:قال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokStrings(tt.in, Tokenize(tt.in)); got != tt.want {
				t.Errorf("Tokenize(%q):\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize_Offsets(t *testing.T) {
	in := "في ٢٠٢٤م، قال"
	toks := Tokenize(in)
	want := []Token{{0, 4, Word}, {5, 15, Number}, {15, 17, Punct}, {18, 24, Word}}
	if len(toks) != len(want) {
		t.Fatalf("Tokenize(%q): got %v, want %v", in, toks, want)
	}
	for i := range want {
		if toks[i] != want[i] {
			t.Errorf("Tokenize(%q)[%d]: got %v, want %v", in, i, toks[i], want[i])
		}
	}
}

func TestAppendTokens_NoAlloc(t *testing.T) {
	text := "قال الرئيس إن 3.5% من السكان، أي 1,000 شخص."
	buf := make([]Token, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { buf = AppendTokens(buf[:0], text) })
	if allocs != 0 {
		t.Errorf("AppendTokens with room: got %v allocs, want 0", allocs)
	}
}

func TestKind_String(t *testing.T) {
	for k, want := range map[Kind]string{Word: "Word", Latin: "Latin", Number: "Number", Punct: "Punct", Symbol: "Symbol", 0: "Invalid", 9: "Kind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String(): got %q, want %q", k, got, want)
		}
	}
}

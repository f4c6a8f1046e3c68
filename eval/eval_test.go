package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/shared"
)

func TestNorm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Empty", "", ""},
		{"HamzaAlefs", "أحمد إلى آمن ٱلله", "احمد الي امن الله"},
		{"TaMarbutaAndHamzaCarriers", "مدينة مؤتمر رئيس", "مدينه موتمر رييس"},
		{"Diacritics", "مُحَمَّدٌ", "محمد"},
		{"Tatweel", "الـــصين", "الصين"},
		{"PunctuationIsSpace", "«قال»: نعم، لا؛ (ربما)!", "قال نعم لا ربما"},
		{"UnderscoreIsWord", "a_b-c", "a_b c"},
		{"DigitsKept", "٣٠ يوما و30", "٣٠ يوما و30"},
		{"NFKCLigatureLam", "ﻻ", "لا"},
		{"NFKCComposesHamza", "ا\u0654", "ا"},
		{"SpacesCollapse", "  a\u00a0\tb\u2003c\u001c ", "a b c"},
		{"CombiningMarkOutsideClassSplits", "x\u08f0y", "x y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameMatch(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"Same", "مجلس الأمن", "مجلس الامن", true},
		{"Contained", "مجلس الأمن الدولي", "مجلس الأمن", true},
		{"ContainsOther", "الأمن", "مجلس الأمن الدولي", true},
		{"Overlap", "مجلس الأمن", "الأمن القومي", false},
		{"Clitic", "الصين", "والصين", false},
		{"Punctuation", "«الصين»", "الصين", true},
		{"EmptySide", "", "الصين", false},
		{"PunctuationOnly", "،", "الصين", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NameMatch(tt.a, tt.b); got != tt.want {
				t.Errorf("NameMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"Identical", "لن نقبل بذلك", "لن نقبل بذلك", 1},
		{"Normalised", "لن نقبلَ بذلك أبداً", "«لن نقبل بذلك ابدا»", 1},
		{"OneOfFiveMissing", "a b c d e", "a b c d", 2 * 1 * 0.8 / 1.8},
		{"Repeats", "a a b", "a b b", 2.0 / 3},
		{"Disjoint", "a b", "c d", 0},
		{"Empty", "", "a", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TokenF1(tt.a, tt.b); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("TokenF1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
	// The quote threshold is inclusive: 4 of 5 tokens is exactly 0.8 and
	// matches; 3 of 5 does not.
	g := &Quote{SpeakerCode: "USA", Text: "a b c d e"}
	if s := (&Quote{SpeakerCode: "usa", Text: "a b c d"}); !quoteSame(g, s) {
		t.Errorf("quoteSame(%v, %v) = false, want true", g.Text, s.Text)
	}
	if s := (&Quote{SpeakerCode: "USA", Text: "a b c"}); quoteSame(g, s) {
		t.Errorf("quoteSame(%v, %v) = true, want false", g.Text, s.Text)
	}
}

func TestQuoteSame_Speaker(t *testing.T) {
	tests := []struct {
		name string
		g, s Quote
		want bool
	}{
		{"QIDMustMatch", Quote{Speaker: "Q1", SpeakerCode: "USA"}, Quote{Speaker: "Q2", SpeakerCode: "USA"}, false},
		{"QIDMatchIgnoresCode", Quote{Speaker: "Q1", SpeakerCode: "USA"}, Quote{Speaker: "Q1"}, true},
		{"NameUsesCode", Quote{Speaker: "المتحدث", SpeakerCode: "USA"}, Quote{Speaker: "آخر", SpeakerCode: "usa"}, true},
		{"NameCodeDiffers", Quote{Speaker: "المتحدث", SpeakerCode: "USA"}, Quote{SpeakerCode: "RUS"}, false},
		{"BothWithoutCode", Quote{}, Quote{SpeakerCode: ""}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.g.Text, tt.s.Text = "نص", "نص"
			if got := quoteSame(&tt.g, &tt.s); got != tt.want {
				t.Errorf("quoteSame(%+v, %+v) = %v, want %v", tt.g, tt.s, got, tt.want)
			}
		})
	}
}

func TestFigureSame(t *testing.T) {
	num := func(s string) any { return json.Number(s) }
	tests := []struct {
		name string
		g, s Figure
		want bool
	}{
		{"Exact", Figure{Value: num("200000000000"), Unit: "USD"}, Figure{Value: num("2e11"), Unit: "USD"}, true},
		{"HalfPercent", Figure{Value: num("1000"), Unit: "USD"}, Figure{Value: num("1005"), Unit: "USD"}, true},
		{"OnePercentInclusive", Figure{Value: num("1000"), Unit: "USD"}, Figure{Value: num("990"), Unit: "USD"}, true},
		{"TwoPercent", Figure{Value: num("1000"), Unit: "USD"}, Figure{Value: num("1020"), Unit: "USD"}, false},
		{"RelativeToGold", Figure{Value: num("100"), Unit: "X"}, Figure{Value: num("101.0000001"), Unit: "X"}, false},
		{"UnitCaseInsensitive", Figure{Value: num("5"), Unit: "percent"}, Figure{Value: num("5"), Unit: "PERCENT"}, true},
		{"UnitDiffers", Figure{Value: num("5"), Unit: "USD"}, Figure{Value: num("5"), Unit: "EUR"}, false},
		{"ZeroNeedsZero", Figure{Value: num("0"), Unit: "X"}, Figure{Value: num("0.0001"), Unit: "X"}, false},
		{"ZeroNegativeZero", Figure{Value: num("0"), Unit: "X"}, Figure{Value: num("-0.0"), Unit: "X"}, true},
		{"StringValue", Figure{Value: num("12"), Unit: "X"}, Figure{Value: " ١٢ ", Unit: "X"}, true},
		{"BadString", Figure{Value: num("12"), Unit: "X"}, Figure{Value: "12 ألف", Unit: "X"}, false},
		{"NullValue", Figure{Value: num("12"), Unit: "X"}, Figure{Unit: "X"}, false},
		{"BoolIsOne", Figure{Value: num("1"), Unit: "X"}, Figure{Value: true, Unit: "X"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figSame(&tt.g, &tt.s); got != tt.want {
				t.Errorf("figSame(%v %v, %v %v) = %v, want %v", tt.g.Value, tt.g.Unit, tt.s.Value, tt.s.Unit, got, tt.want)
			}
		})
	}
}

func TestPubOK(t *testing.T) {
	rng := func(a, b string) any { return []any{a, b} }
	tests := []struct {
		name           string
		g, s           Doc
		wantOK, scored bool
	}{
		{"DateEqual", Doc{Published: "2025-09-02"}, Doc{Published: "2025-09-02"}, true, true},
		{"DateDiffers", Doc{Published: "2025-09-02"}, Doc{Published: "2025-09-03"}, false, true},
		{"DateAgainstSystemRange", Doc{Published: "2025-09-02"}, Doc{PublishedRange: rng("2025-09-01", "2025-09-03")}, false, true},
		{"NoGold", Doc{}, Doc{Published: "2025-09-02"}, false, false},
		{"InsideRange", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{Published: "2025-09-10"}, true, true},
		{"OutsideRange", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{Published: "2025-09-11"}, false, true},
		{"CompactDate", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{Published: "20250905"}, true, true},
		{"DateTime", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{Published: "2025-09-05T10:00"}, false, true},
		{"Range10DaysOverlapping", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-08-25", "2025-09-04")}, true, true},
		{"Range14DaysInclusive", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-08-20", "2025-09-03")}, true, true},
		{"Range15Days", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-08-19", "2025-09-03")}, false, true},
		{"Range20Days", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-08-20", "2025-09-09")}, false, true},
		{"RangeDisjoint", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-09-11", "2025-09-12")}, false, true},
		{"RangeTouching", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: rng("2025-09-10", "2025-09-12")}, true, true},
		{"DateWinsOverRange", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{Published: "2025-01-01", PublishedRange: rng("2025-09-02", "2025-09-03")}, false, true},
		{"ShortRange", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{PublishedRange: []any{"2025-09-02"}}, false, true},
		{"NothingAgainstRange", Doc{PublishedRange: rng("2025-09-02", "2025-09-10")}, Doc{}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, scored := pubOK(&tt.g, &tt.s)
			if ok != tt.wantOK || scored != tt.scored {
				t.Errorf("pubOK(%v %v, %v %v) = %v, %v; want %v, %v",
					tt.g.Published, tt.g.PublishedRange, tt.s.Published, tt.s.PublishedRange, ok, scored, tt.wantOK, tt.scored)
			}
		})
	}
}

func TestDateAgrees(t *testing.T) {
	tests := []struct {
		name           string
		gold, sys      any
		wantOK, scored bool
	}{
		{"Day", "2025-09-02", "2025-09-02", true, true},
		{"DayDiffers", "2025-09-02", "2025-09-03", false, true},
		{"MonthPrecision", "2025-09", "2025-09-02", true, true},
		{"YearPrecision", "2025", "2025-12", true, true},
		{"SystemLessPrecise", "2025-09-02", "2025-09", false, true},
		{"SystemNull", "2025", nil, false, true},
		{"GoldNull", nil, "2025", false, false},
		{"SystemNumber", "2025", json.Number("2025"), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, scored := dateAgrees(tt.gold, tt.sys)
			if ok != tt.wantOK || scored != tt.scored {
				t.Errorf("dateAgrees(%v, %v) = %v, %v; want %v, %v", tt.gold, tt.sys, ok, scored, tt.wantOK, tt.scored)
			}
		})
	}
}

func TestScore_EventDates(t *testing.T) {
	g := &Gold{Documents: []Doc{{ID: "a", Events: []*Event{
		{Type: "AGREE", SourceCode: "CHN", Date: "2025-09"},
		{Type: "AGREE", SourceCode: "CHN", Date: "2022", DateFrom: "knowledge"},
		{Type: "ASSAULT", Date: "2025-09-01"},
	}}}}
	sys := []Doc{{ID: "a", Events: []*Event{
		{Type: "AGREE", SourceCode: "chn", Date: "2025-09-02"},
		{Type: "AGREE", SourceCode: "CHN", Date: "1999"},
		{Type: "ASSAULT", TargetCode: "", Date: "2025-09-02"},
		{Type: "REJECT"},
	}}}
	rep := Score(g, sys, nil, nil)
	if got, want := rep.Events, (PRF{TP: 3, FP: 1}); got != want {
		t.Errorf("events: got %+v, want %+v", got, want)
	}
	if got, want := rep.EventDates, (Agreement{Agree: 1, Of: 2}); got != want {
		t.Errorf("event dates: got %+v, want %+v", got, want)
	}
}

func TestScore_GreedyInGoldOrder(t *testing.T) {
	// The first gold entity takes the first system entity it matches, even
	// though the second gold entity could only have matched that one.
	g := &Gold{Documents: []Doc{{ID: "a", Entities: []*Entity{
		{Arabic: "مجلس"},
		{Arabic: "مجلس الأمن"},
	}}}}
	sys := []Doc{{ID: "a", Entities: []*Entity{{Arabic: "مجلس الأمن"}, {Arabic: "مجلس الوزراء"}}}}
	if got, want := Score(g, sys, nil, nil).Entities, (PRF{TP: 1, FP: 1, FN: 1}); got != want {
		t.Errorf("entities: got %+v, want %+v", got, want)
	}
}

func TestScore_Stories(t *testing.T) {
	g := &Gold{Documents: []Doc{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Stories: []Story{{Documents: []any{"a", "b", "c"}}}}
	tests := []struct {
		name    string
		stories []Story
		only    []string
		want    PRF
	}{
		{"Same", []Story{{Documents: []any{"c", "b", "a"}}}, nil, PRF{TP: 3}},
		{"Split", []Story{{Documents: []any{"a", "b"}}, {Documents: []any{"c"}}}, nil, PRF{TP: 1, FN: 2}},
		{"MergedWithOther", []Story{{Documents: []any{"a", "b", "c", "d"}}}, nil, PRF{TP: 3, FP: 3}},
		{"DuplicatePairsOnce", []Story{{Documents: []any{"a", "b", "a"}}, {Documents: []any{"b", "a"}}}, nil, PRF{TP: 1, FN: 2}},
		{"OnlyFilter", []Story{{Documents: []any{"a", "b", "d"}}}, []string{"a", "b", "d"}, PRF{TP: 1, FP: 2}},
		{"NumbersNeverMatchStrings", []Story{{Documents: []any{json.Number("1"), json.Number("2")}}}, nil, PRF{FP: 1, FN: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Score(g, g.Documents, tt.stories, tt.only).Stories; got != tt.want {
				t.Errorf("stories %v (only %v): got %+v, want %+v", tt.stories, tt.only, got, tt.want)
			}
		})
	}
}

func TestIsoDay(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when invalid
	}{
		{"2025-09-02", "2025-09-02"},
		{"20250902", "2025-09-02"},
		{"2025090212", "2025-09-02"},
		{"2025-W01", "2024-12-30"},
		{"2025W011", "2024-12-30"},
		{"2025-W01-1", "2024-12-30"},
		{"2020-W53-7", "2021-01-03"},
		{"2021-W53-1", ""},
		{"2024-02-29", "2024-02-29"},
		{"2025-02-29", ""},
		{"0000-01-01", ""},
		{"9999-W52-7", ""},
		{"2025-09", ""},
		{"2025-09-02 ", ""},
		{"2025-09-02T", ""},
		{"٢٠٢٥-09-02", ""},
		{"2025W01-1", ""},
	}
	for _, tt := range tests {
		d, ok := isoDay(tt.in)
		got := ""
		if ok {
			got = unixDay(d)
		}
		if got != tt.want {
			t.Errorf("isoDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPyValues(t *testing.T) {
	n := func(s string) any { return json.Number(s) }
	eq := []struct {
		a, b any
		want bool
	}{
		{n("1"), n("1.0"), true},
		{n("1"), true, true},
		{n("1"), "1", false},
		{nil, nil, true},
		{nil, "", false},
		{n("10000000000000000000000001"), n("1e25"), false},
		{n("10000000000000000905969664"), n("1e25"), true},
		{[]any{n("1"), "a"}, []any{n("1.0"), "a"}, true},
	}
	for _, tt := range eq {
		if got := pyEq(tt.a, tt.b); got != tt.want {
			t.Errorf("pyEq(%#v, %#v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	str := []struct {
		in   any
		want string
	}{
		{n("7"), "7"}, {n("1.5"), "1.5"}, {n("1e16"), "1e+16"}, {n("1e15"), "1000000000000000.0"},
		{n("0.0001"), "0.0001"}, {n("0.00001"), "1e-05"}, {n("-0.0"), "-0.0"}, {n("1.23456e22"), "1.23456e+22"},
		{true, "True"}, {nil, "None"}, {"x", "x"},
	}
	for _, tt := range str {
		if got := pyStr(tt.in); got != tt.want {
			t.Errorf("pyStr(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRound3(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {2.0 / 3, "0.667"}, {0.0625, "0.062"}, {0.0005, "0.001"}, {6.0 / 7, "0.857"},
	}
	for _, tt := range tests {
		if got := floatRepr(round3(tt.in)); got != tt.want {
			t.Errorf("round(%v, 3) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReadExport(t *testing.T) {
	in := "{\"id\": \"a\", \"entities\": [{\"id\": \"Q1\"}, 5]}\r\n\u00a0\n" +
		"{\"story\": {\"label\": \"s\", \"documents\": [\"a\", \"b\"]}, \"id\": \"x\"}\r" +
		"[1, 2]\n\"text\"\n{\"no\": \"id\"}\n  {\"id\": 3}  \n"
	docs, stories, err := ReadExport(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "3" {
		t.Fatalf("docs: got %+v, want ids a and 3", docs)
	}
	if len(docs[0].Entities) != 2 || docs[0].Entities[1] != nil {
		t.Errorf("entities: got %+v, want one entity and one non-object", docs[0].Entities)
	}
	if len(stories) != 1 || stories[0].Label != "s" || len(stories[0].Documents) != 2 {
		t.Errorf("stories: got %+v, want one story of two", stories)
	}
	for _, bad := range []string{"{\"id\": 1} x\n", "{\"id\":\n", "{\"id\": \"\xff\"}\n"} {
		if _, _, err := ReadExport(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadExport(%q): got no error, want one", bad)
		}
	}
}

func TestReadGold_Errors(t *testing.T) {
	for _, bad := range []string{`[]`, `{}`, `{"documents": {}}`, `{"documents": [1]}`, `{"documents": [{"title": "x"}]}`, `{"documents": []} {}`} {
		if _, err := ReadGold(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadGold(%s): got no error, want one", bad)
		}
	}
}

func TestScore_GoldAgainstItself(t *testing.T) {
	b, err := os.ReadFile(shared.Path(t, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := ReadGold(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(g, g.Documents, g.Stories, nil)
	for _, p := range rep.parts() {
		if p.p.FP != 0 || p.p.FN != 0 {
			t.Errorf("%s: got %+v, want no errors", p.name, p.p)
		}
	}
	if rep.Published.Agree != rep.Published.Of || rep.EventDates.Agree != rep.EventDates.Of || len(rep.Missing) != 0 {
		t.Errorf("got %+v, want full agreement", rep)
	}
}

// FuzzReadExport checks that any input reads without panicking and that
// whatever it reads scores without panicking.
func FuzzReadExport(f *testing.F) {
	f.Add([]byte(`{"id": "a", "entities": [{"id": "Q1", "arabic": "الصين"}]}`))                     // a plain record
	f.Add([]byte("{\"story\": {\"documents\": [\"a\", \"b\"]}}\r\n{\"id\": 1}\r"))                  // a story, CRLF and CR
	f.Add([]byte(`{"id": null, "figures": {"value": 1}, "boilerplate": "abc", "events": 7}`))       // odd field types
	f.Add([]byte(`{"id": "a", "published_range": ["2025-W01", 5], "quotes": [{"text": 5}, null]}`)) // odd item types
	f.Add([]byte("\u00a0{\"id\": \"a\"}\u2028\n[1]\n\"id\"\n"))                                     // padding and non-objects
	f.Add([]byte(`{"id": "a", "figures": [{"value": "1e400", "unit": 3}]}`))                        // overflowing string value
	f.Add([]byte("{\"id\": \"a\"} {"))                                                              // trailing data
	gold := &Gold{Documents: []Doc{{
		ID: "a", Published: nil, PublishedRange: []any{"2025-01-01", "2025-01-05"},
		Boilerplate: []string{"x"},
		Entities:    []*Entity{{ID: "Q1"}, {Arabic: "الصين"}},
		Events:      []*Event{{Type: "AGREE", Date: "2025"}},
		Quotes:      []*Quote{{Speaker: "Q1", Text: "نعم"}},
		Figures:     []*Figure{{Value: json.Number("1"), Unit: "X"}},
	}}, Stories: []Story{{Documents: []any{"a", "b"}}}}
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, stories, err := ReadExport(bytes.NewReader(b))
		if err != nil {
			return
		}
		rep := Score(gold, docs, stories, nil)
		out, err := rep.JSON()
		if err != nil || !json.Valid(out) {
			t.Fatalf("JSON() = %s, %v; want valid JSON", out, err)
		}
	})
}

func BenchmarkScore(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "gold", "seeds.gold.json"))
	if err != nil {
		b.Fatal(err)
	}
	g, err := ReadGold(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(g, g.Documents, g.Stories, nil)
	}
}

func BenchmarkNorm(b *testing.B) {
	s := "قال الرئيس الصيني شي جين بينغ إنّ «العلاقات مع روسيا في أفضل مراحلها»، مؤكداً أهمية التعاون."
	b.ReportAllocs()
	for b.Loop() {
		Norm(s)
	}
}

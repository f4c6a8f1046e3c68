package timex

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestMayContainDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"Empty", "", false},
		{"NoDate", "قال المتحدث باسم الوزارة إن المحادثات كانت بناءة.", false},
		{"Latin", "The talks were constructive.", false},
		{"WesternDigit", "بلغ عدد المشاركين 40 شخصا", true},
		{"ArabicIndicDigit", "بلغ عدد المشاركين ٤٠ شخصا", true},
		{"PersianDigit", "بلغ ۴", true},
		{"Month", "وصل الوفد في سبتمبر", true},
		{"MonthWithProclitics", "وبسبتمبر", true},
		{"Weekday", "وصل الوفد والخميس", true},
		{"Diacritics", "أَمْسِ", true},
		{"Relative", "منذ أيام", true},
		{"Anniversary", "بالذكرى", true},
		{"TooLong", strings.Repeat("س", 100), false},
		{"InvalidUTF8", "\xff\xfe", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MayContainDate(tc.text); got != tc.want {
				t.Errorf("MayContainDate(%q): got %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestMayContainDate_NoFalseNegative checks the contract on every line of
// the test article: a line that gives Find an expression passes the test.
func TestMayContainDate_NoFalseNegative(t *testing.T) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(text), "\n") {
		for _, w := range append(strings.Fields(l), l) {
			if len(Find(w, ref)) > 0 && !MayContainDate(w) {
				t.Errorf("MayContainDate(%q): got false, want true (Find finds %+v)", w, Find(w, ref))
			}
		}
	}
}

func TestMayContainDate_NoAlloc(t *testing.T) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Repeat("قال المتحدث باسم الوزارة إن المحادثات كانت بناءة ومثمرة. ", 20) + string(text)
	if n := testing.AllocsPerRun(100, func() { MayContainDate(s) }); n != 0 {
		t.Errorf("MayContainDate: got %v allocations, want 0", n)
	}
}

func FuzzMayContainDate(f *testing.F) {
	for _, s := range []string{
		"3 نوفمبر 2025", // digits and a month
		"قال المتحدث إن المحادثات بناءة", // no date word
		"وبالأمس",         // a relative word under proclitics
		"للذكرى",          // لل + anniversary head
		"الحادي عشر",      // number words
		"تشرين الثاني",    // a two-word month
		"ذو الحجة",        // a two-word Hijri month
		"ـ\u064e",         // tatweel and a diacritic alone
		"\xff\xfe نوفمبر", // invalid UTF-8 before a month
		"MAY مايو",        // Latin capitals and a month
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if MayContainDate(s) {
			return
		}
		for _, r := range []marsad.Date{{}, ref} {
			if got := Find(s, r); len(got) > 0 {
				t.Fatalf("MayContainDate(%q): got false, but Find(%q, %v) finds %+v", s, s, r, got)
			}
		}
		doc := &marsad.Document{Article: marsad.Article{Text: s}}
		InferPublished(doc)
		if !doc.Published.IsZero() || doc.PublishedRange != nil {
			t.Fatalf("MayContainDate(%q): got false, but InferPublished finds %v %v", s, doc.Published, doc.PublishedRange)
		}
	})
}

func BenchmarkMayContainDate(b *testing.B) {
	s := "قال المتحدث باسم الوزارة إن المحادثات كانت بناءة ومثمرة، وإن الجانبين اتفقا على مواصلة التشاور بشأن القضايا العالقة."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		MayContainDate(s)
	}
}

// BenchmarkFind_NoDate is Find on a sentence without any date word, as
// package event calls it: MayContainDate rejects it at once.
func BenchmarkFind_NoDate(b *testing.B) {
	s := "قال المتحدث باسم الوزارة إن المحادثات كانت بناءة ومثمرة، وإن الجانبين اتفقا على مواصلة التشاور بشأن القضايا العالقة."
	b.ReportAllocs()
	for b.Loop() {
		Find(s, ref)
	}
}

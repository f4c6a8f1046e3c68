package timex

import (
	"os"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	ref := marsad.DayDate(time.Date(2025, 10, 23, 0, 0, 0, 0, time.UTC))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, ref)
	}
}

func BenchmarkInferPublished(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		doc := &marsad.Document{Article: marsad.Article{Text: string(text)}}
		InferPublished(doc)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"3 نوفمبر 2025",                         // day month year
		"٣ تشرين الثاني/نوفمبر ٢٠٢٥",            // Arabic-Indic digits, Levantine name with alternative
		"الحادي والثلاثين من ديسمبر",            // compound ordinal, year-less
		"2025/11/03 و03-11-2025",                // numeric dates
		"الذكرى الـ80 لنهاية الحرب العالمية",    // anniversary, key cut short
		"مرور 75 عامًا على",                     // anniversary at the end of the text
		"15 رمضان 1446 هـ",                      // Hijri
		"قبل ثلاثة أيام بعد غد أول من أمس",      // relative at the end
		"يوم الخميس المقبل",                     // weekday with modifier
		"الـ",                                   // tatweel alone
		"\u064e\u0640 1 / - .",                  // diacritic, tatweel, punctuation
		"99999999999999999999 نوفمبر 2025",      // overflowing number
		"سبتمبر\n2025",                          // a line break inside a date
		"\xff\xfe نوفمبر",                       // invalid UTF-8
		"منذ بدء ولايته الجديدة الأسبوع الماضي", // term-start phrase, a past week after it
		"بعد يومين من تنصيبه",                   // a duration before an inauguration
		"بعد من تنصيب",                          // بعد with no unit before the phrase
		"أدى اليمين",                            // an oath phrase at the end of the text
		"تولي",                                  // a phrase verb alone
		"تسلم مهامه مؤخرا، الأحد",               // مؤخرا, then a weekday in the next clause
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []marsad.Date{{}, ref} {
			prev := -1
			for _, e := range Find(s, r) {
				if e.Start < 0 || e.Start > e.End || e.End > len(s) {
					t.Fatalf("Find(%q): span [%d,%d) out of bounds", s, e.Start, e.End)
				}
				if s[e.Start:e.End] != e.Text {
					t.Fatalf("Find(%q): Text %q, span text %q", s, e.Text, s[e.Start:e.End])
				}
				if e.Start < prev {
					t.Fatalf("Find(%q): expressions out of order", s)
				}
				prev = e.End
			}
		}
		doc := &marsad.Document{Article: marsad.Article{Text: s}}
		InferPublished(doc)
		if r := doc.PublishedRange; r != nil && r.To.Before(r.From) {
			t.Fatalf("InferPublished(%q): range %v..%v ends before it starts", s, r.From, r.To)
		}
		// With term starts, the phrase asked about lies in the text and
		// the range still does not end before it starts.
		in := &Inferrer{TermStarts: func(doc *marsad.Document, sp marsad.Span) []time.Time {
			if sp.Start < 0 || sp.Start >= sp.End || sp.End > len(s) {
				t.Fatalf("Inferrer(%q): phrase span [%d,%d) out of bounds", s, sp.Start, sp.End)
			}
			return []time.Time{time.Date(2020, 5, 7, 0, 0, 0, 0, time.UTC), time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)}
		}}
		doc = &marsad.Document{Article: marsad.Article{Text: s}}
		in.Run(doc)
		if r := doc.PublishedRange; r != nil && r.To.Before(r.From) {
			t.Fatalf("Inferrer(%q): range %v..%v ends before it starts", s, r.From, r.To)
		}
	})
}

package analysis_test

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
)

// phraseSpan returns the span of phrase in text, which must hold it.
func phraseSpan(tb testing.TB, text, phrase string) marsad.Span {
	tb.Helper()
	i := strings.Index(text, phrase)
	if i < 0 {
		tb.Fatalf("%q not in %q", phrase, text)
	}
	return marsad.Span{Start: i, End: i + len(phrase)}
}

func TestTermStarts_Person(t *testing.T) {
	starts := analysis.TermStarts(nil)
	for _, tc := range []struct {
		name, text, phrase string
		want               string // a term start of the person found; "" for none
	}{
		{"PronounNearestBefore", "التقى الرئيس الصيني شي جين بينغ نظيره فلاديمير بوتين في أول زيارة لبوتين منذ بدء ولايته الجديدة.", "بدء ولايته الجديدة", "2024-05-07"},
		{"NameAfterPhrase", "وبعد أيام من تنصيب ترامب، تراجعت الأسواق.", "تنصيب", "2025-01-20"},
		{"NameAfterTitle", "حضر القادة حفل تنصيب الرئيس ماكرون في باريس.", "تنصيب", "2022-05-07"},
		{"NameInsidePhrase", "ومنذ أداء أردوغان اليمين تغيرت الحكومة.", "أداء أردوغان اليمين", "2023-06-03"},
		{"SentenceBefore", "قال الرئيس عبد الفتاح السيسي إن الاقتصاد يتعافى. وأضاف أنه منذ أدائه اليمين يعمل على خفض الدين.", "أدائه اليمين", "2024-04-02"},
		{"WeakNameWithFullName", "استقبل شي جين بينغ ضيوفه. وقال شي منذ بدء ولايته إن العلاقات قوية.", "بدء ولايته", "2023-03-10"},
		{"WeakNameAlone", "وقال شي منذ بدء ولايته إن العلاقات قوية.", "بدء ولايته", ""},
		{"NoPerson", "وقال المتحدث منذ توليه منصبه إن الوزارة مستعدة.", "توليه منصبه", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &marsad.Document{Article: marsad.Article{Text: tc.text}}
			days := starts(doc, phraseSpan(t, tc.text, tc.phrase))
			if tc.want == "" {
				if days != nil {
					t.Errorf("TermStarts(%q): got %v, want none", tc.text, days)
				}
				return
			}
			want, _ := time.Parse(time.DateOnly, tc.want)
			for _, d := range days {
				if d.Equal(want) {
					return
				}
			}
			t.Errorf("TermStarts(%q): got %v, want %s among them", tc.text, days, tc.want)
		})
	}
}

func TestNew_TermStartAnchor(t *testing.T) {
	p := analysis.New(nil, marsad.Date{})
	for _, tc := range []struct {
		name, text string
		from, to   string
	}{
		{"OathLastWeek", "أردوغان يصل إلى باكو\n\n" +
			"وصل الرئيس التركي رجب طيب أردوغان إلى باكو يوم الخميس في أول زيارة خارجية منذ أدائه اليمين الدستورية لولاية جديدة الأسبوع الماضي.\n" +
			"وكان أردوغان قد فاز في الانتخابات التي جرت في مايو 2023.\n", "2023-06-08", "2023-06-14"},
		{"InaugurationYesterday", "ترامب يوقع أوامر تنفيذية\n\n" +
			"وقع الرئيس الأمريكي دونالد ترامب سلسلة من الأوامر التنفيذية بعد تنصيبه أمس في واشنطن.\n" +
			"وكان ترامب قد خسر انتخابات عام 2020.\n", "2025-01-21", "2025-01-21"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := p.Analyze(&marsad.Article{ID: tc.name, Text: tc.text})
			r := d.PublishedRange
			if r == nil {
				t.Fatalf("got no range (published %s), want %s..%s", d.Published, tc.from, tc.to)
			}
			if got, want := r.From.Format(time.DateOnly)+".."+r.To.Format(time.DateOnly), tc.from+".."+tc.to; got != want {
				t.Errorf("got range %s, want %s", got, want)
			}
		})
	}
}

func BenchmarkTermStarts(b *testing.B) {
	starts := analysis.TermStarts(nil)
	text := strings.Repeat("وقال المتحدث باسم الوزارة إن المحادثات مع الوفد الزائر كانت بناءة ومثمرة. ", 40) +
		"وتعد هذه أول زيارة لبوتين منذ بدء ولايته الجديدة الأسبوع الماضي."
	doc := &marsad.Document{Article: marsad.Article{Text: text}}
	sp := phraseSpan(b, text, "بدء ولايته الجديدة")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if starts(doc, sp) == nil {
			b.Fatal("no person found")
		}
	}
}

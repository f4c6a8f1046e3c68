package timex

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// startsOf returns a TermStartFunc that knows one person's term starts
// and records the phrase it is asked about.
func startsOf(tb testing.TB, phrase *string, days ...string) TermStartFunc {
	tb.Helper()
	ts := make([]time.Time, len(days))
	for i, d := range days {
		ts[i] = mustDate(tb, d).Time
	}
	return func(doc *marsad.Document, sp marsad.Span) []time.Time {
		*phrase = doc.Text()[sp.Start:sp.End]
		return ts
	}
}

var (
	erdogan = []string{"2014-08-28", "2018-07-09", "2023-06-03"}
	trump   = []string{"2017-01-20", "2025-01-20"}
	macron  = []string{"2017-05-14", "2022-05-07"}
	sisi    = []string{"2014-06-08", "2018-06-02", "2024-04-02"}
	xi      = []string{"2013-03-14", "2018-03-17", "2023-03-10"}
	lula    = []string{"2003-01-01", "2007-01-01", "2023-01-01"}
	obama   = []string{"2009-01-20", "2013-01-20"}
)

func TestInferrer_TermStarts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      *marsad.Document
		starts   []string
		phrase   string // the phrase asked about; "" when none is
		from, to string // "" for no range
	}{
		{"OathYesterday", mustDoc(t, "T:عنوان", "قال أردوغان في أول خطاب منذ أدائه اليمين الدستورية أمس إن تركيا ستواصل سياستها."),
			erdogan, "أدائه اليمين الدستورية", "2023-06-04", "2023-06-04"},
		{"TookOfficeLastMonth", mustDoc(t, "T:عنوان", "وقع ترامب عشرات القرارات منذ توليه منصبه الشهر الماضي."),
			trump, "توليه منصبه", "2025-02-01", "2025-02-28"},
		{"InaugurationDaysAgo", mustDoc(t, "T:عنوان", "يزور ماكرون برلين بعد تنصيبه قبل أيام لولاية ثانية."),
			macron, "تنصيبه", "2022-05-08", "2022-05-17"},
		{"DaysAfterInauguration", mustDoc(t, "T:عنوان", "وبعد أيام من تنصيبه، أعاد السيسي تكليف الحكومة."),
			sisi, "تنصيبه", "2024-04-03", "2024-04-12"},
		{"TwoDaysAfter", mustDoc(t, "T:عنوان", "وبعد يومين من أداء الرئيس اليمين، أعلن تشكيل الحكومة."),
			sisi, "أداء الرئيس اليمين", "2024-04-04", "2024-04-05"},
		{"NewTermLastWeekThenWeekday", mustDoc(t, "T:عنوان", "استقبل شي ضيفه يوم الاثنين في بكين.", "وهي أول قمة منذ بدء ولايته الثالثة كرئيس للصين الأسبوع الماضي."),
			xi, "بدء ولايته الثالثة", "2023-03-13", "2023-03-19"},
		{"SwornInOnWeekday", mustDoc(t, "T:عنوان", "وقع لولا أول مراسيمه بعد أن أدى اليمين الأحد في برازيليا."),
			lula, "أدى اليمين", "2023-01-01", "2023-01-07"},
		{"WeekdayMismatchSkipsTerm", mustDoc(t, "T:عنوان", "وقع لولا أول مراسيمه بعد أن أدى اليمين الجمعة في برازيليا."),
			lula, "أدى اليمين", "", ""},
		{"RecentlyIsLong", mustDoc(t, "T:عنوان", "وقال ماكرون الذي تسلم مهامه مؤخرا إن فرنسا لن تتراجع."),
			macron, "تسلم مهامه", "2022-05-07", "2022-06-06"},
		{"FutureMentionPicksOlderTerm", mustDoc(t, "T:عنوان", "وقال شي منذ بدء ولايته الثانية الشهر الماضي إن القمة المقررة في يونيو 2018 ستعقد في موعدها."),
			xi, "بدء ولايته الثانية", "2018-04-01", "2018-04-30"},
		{"ExplicitDateNarrows", mustDoc(t, "T:عنوان", "وفي 15 مارس 2023 أعلن الرئيس، منذ بدء ولايته الأسبوع الماضي، خطة جديدة."),
			xi, "بدء ولايته", "2023-03-15", "2023-03-19"},
		{"TermBeforeNewestDateRejected", mustDoc(t, "T:عنوان", "وقع الاتفاق في 5 يناير 2025 بعد أن قال أوباما منذ توليه منصبه أمس إنه يريده."),
			obama, "توليه منصبه", "2025-01-05", "2025-01-12"},
		{"SinceWithAnchor", mustDoc(t, "T:عنوان", "يعتمد الاقتصاد على الصين منذ فبراير 2022، وقال أردوغان منذ أدائه اليمين أمس إن بلاده محايدة."),
			erdogan, "أدائه اليمين", "2023-06-04", "2023-06-04"},
		{"NoRelativeWord", mustDoc(t, "T:عنوان", "وقع ترامب عشرات القرارات منذ توليه منصبه، بحسب البيت الأبيض."),
			trump, "", "", ""},
		{"RelativeInNextClause", mustDoc(t, "T:عنوان", "منذ توليه منصبه، قال ترامب أمس إن الرسوم باقية."),
			trump, "", "", ""},
		{"PrepositionInGap", mustDoc(t, "T:عنوان", "وقال ترامب إن الحرب أدت إلى انهيار السلطة أمس."),
			trump, "", "", ""},
		{"TeaserIgnored", mustDoc(t, "T:عنوان", "X:شاهد أيضا: ترامب يوقع قرارات بعد تنصيبه أمس", "قال الوزير إن المحادثات بناءة."),
			trump, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var asked string
			in := &Inferrer{TermStarts: startsOf(t, &asked, tc.starts...)}
			in.Run(tc.doc)
			if asked != tc.phrase {
				t.Errorf("got phrase %q, want %q", asked, tc.phrase)
			}
			r := tc.doc.PublishedRange
			if tc.from == "" {
				if r != nil {
					t.Errorf("got range %s..%s, want none", r.From.Format(time.DateOnly), r.To.Format(time.DateOnly))
				}
				return
			}
			if r == nil {
				t.Fatalf("got no range, want %s..%s", tc.from, tc.to)
			}
			if got, want := r.From.Format(time.DateOnly)+".."+r.To.Format(time.DateOnly), tc.from+".."+tc.to; got != want {
				t.Errorf("got range %s, want %s", got, want)
			}
			if tc.doc.PublishedSource != marsad.DateFromInferred {
				t.Errorf("got source %q, want %q", tc.doc.PublishedSource, marsad.DateFromInferred)
			}
		})
	}
}

func TestAnchorRel_WeekAfter(t *testing.T) {
	// The calendar week after D's, whichever day weeks start on.
	for _, tc := range []struct {
		day      string
		from, to string
	}{
		{"2024-05-07", "2024-05-11", "2024-05-19"}, // Tuesday
		{"2024-05-04", "2024-05-05", "2024-05-17"}, // Saturday: a week of its own by the Saturday convention
		{"2024-05-06", "2024-05-11", "2024-05-19"}, // Monday
	} {
		r, ok := anchorRel{kind: relWeekAfter}.rangeFor(mustDate(t, tc.day).Time)
		if got, want := r.From.Format(time.DateOnly)+".."+r.To.Format(time.DateOnly), tc.from+".."+tc.to; !ok || got != want {
			t.Errorf("week after %s: got %s (%v), want %s", tc.day, got, ok, want)
		}
	}
}

func TestInferPublished_Since(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      *marsad.Document
		from, to string
	}{
		{"SinceMonthNoRange", mustDoc(t, "T:عنوان", "أصبح الاقتصاد يعتمد على الصين منذ غزوه لأوكرانيا في فبراير 2022، وفق البيان."), "", ""},
		{"SinceYearNoRange", mustDoc(t, "T:عنوان", "تراجعت الصادرات منذ عام 2022 بسبب العقوبات."), "", ""},
		{"SinceDayNoRange", mustDoc(t, "T:عنوان", "ومنذ السابع من أكتوبر 2023 تتواصل الحرب."), "", ""},
		{"SinceWithFutureCap", mustDoc(t, "T:عنوان", "تتواصل الأزمة منذ مارس 2024، ومن المتوقع أن تعقد القمة في 10 مايو 2024."), "2024-03-01", "2024-05-10"},
		{"NewerDayEventWins", mustDoc(t, "T:عنوان", "تتواصل الأزمة منذ عام 2022، وقد وقع الاتفاق في 5 مايو 2024."), "2024-05-05", "2024-05-12"},
		{"NewerSinceEmpties", mustDoc(t, "T:عنوان", "وقع الاتفاق في 5 مايو 2024، والأزمة مستمرة منذ يونيو 2024."), "", ""},
		{"NotSinceKeepsYearAfter", mustDoc(t, "T:عنوان", "نما التعاون خلال عام 2025 بشكل ملحوظ."), "2026-01-01", "2026-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			InferPublished(tc.doc)
			r := tc.doc.PublishedRange
			if tc.from == "" {
				if r != nil {
					t.Errorf("got range %s..%s, want none", r.From.Format(time.DateOnly), r.To.Format(time.DateOnly))
				}
				return
			}
			if r == nil {
				t.Fatalf("got no range, want %s..%s", tc.from, tc.to)
			}
			if got, want := r.From.Format(time.DateOnly)+".."+r.To.Format(time.DateOnly), tc.from+".."+tc.to; got != want {
				t.Errorf("got range %s, want %s", got, want)
			}
		})
	}
}

package timex

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// ref is Monday 3 November 2025.
var ref = marsad.DayDate(time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC))

func mustDate(tb testing.TB, s string) marsad.Date {
	tb.Helper()
	if s == "" {
		return marsad.Date{}
	}
	d, err := marsad.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

type findCase struct {
	name   string
	text   string
	ref    marsad.Date
	want   string // the expression's text
	kind   Kind
	date   string // "" for unresolved
	future bool
}

func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, tc.ref)
			var e *Expression
			for i := range got {
				if got[i].Text == tc.want {
					e = &got[i]
					break
				}
			}
			if e == nil {
				t.Fatalf("Find(%q): got %+v, want an expression %q", tc.text, got, tc.want)
			}
			if e.Kind != tc.kind {
				t.Errorf("Find(%q) %q: got kind %v, want %v", tc.text, tc.want, e.Kind, tc.kind)
			}
			if want := mustDate(t, tc.date); e.Date != want {
				t.Errorf("Find(%q) %q: got date %q, want %q", tc.text, tc.want, e.Date, want)
			}
			if e.Future != tc.future {
				t.Errorf("Find(%q) %q: got future %v, want %v", tc.text, tc.want, e.Future, tc.future)
			}
			if tc.text[e.Start:e.End] != e.Text {
				t.Errorf("Find(%q): span [%d,%d) is %q, Text %q", tc.text, e.Start, e.End, tc.text[e.Start:e.End], e.Text)
			}
		})
	}
}

func TestFind_Absolute(t *testing.T) {
	runFind(t, []findCase{
		{"DayMonthYear", "هانغتشو، 3 نوفمبر 2025 - via REUTERS", marsad.Date{}, "3 نوفمبر 2025", Absolute, "2025-11-03", false},
		{"LevantineSlash", "في 3 تشرين الثاني/نوفمبر 2025 أعلن", marsad.Date{}, "3 تشرين الثاني/نوفمبر 2025", Absolute, "2025-11-03", false},
		{"LevantineBracket", "يوم 14 كانون الأول (ديسمبر) 2024", marsad.Date{}, "14 كانون الأول (ديسمبر) 2024", Absolute, "2024-12-14", false},
		{"ArabicIndicDigits", "في ٣ نوفمبر ٢٠٢٥", marsad.Date{}, "٣ نوفمبر ٢٠٢٥", Absolute, "2025-11-03", false},
		{"OrdinalMin", "في الثالث من سبتمبر 2025", marsad.Date{}, "الثالث من سبتمبر 2025", Absolute, "2025-09-03", false},
		{"CompoundOrdinal", "الحادي والثلاثين من ديسمبر 2024", marsad.Date{}, "الحادي والثلاثين من ديسمبر 2024", Absolute, "2024-12-31", false},
		{"TeenOrdinal", "في الحادي عشر من سبتمبر 2001", marsad.Date{}, "الحادي عشر من سبتمبر 2001", Absolute, "2001-09-11", false},
		{"MonthYear", "منذ غزوه لأوكرانيا في فبراير 2022، بـ", marsad.Date{}, "فبراير 2022", Absolute, "2022-02", false},
		{"MaghrebiMonth", "يوم 5 جويلية 1962 استقلت", marsad.Date{}, "5 جويلية 1962", Absolute, "1962-07-05", false},
		{"MoroccanMonth", "في 20 غشت 1953", marsad.Date{}, "20 غشت 1953", Absolute, "1953-08-20", false},
		{"LevantineOneWord", "في 15 أيار 1948", marsad.Date{}, "15 أيار 1948", Absolute, "1948-05-15", false},
		{"YearWithMeem", "في 15 مايو 2024م", marsad.Date{}, "15 مايو 2024م", Absolute, "2024-05-15", false},
		{"FromYear", "في 6 أكتوبر من عام 1973", marsad.Date{}, "6 أكتوبر من عام 1973", Absolute, "1973-10-06", false},
		{"NumericYMD", "نشر في 2025/11/03 الساعة", marsad.Date{}, "2025/11/03", Absolute, "2025-11-03", false},
		{"NumericDMY", "آخر تحديث: 03-11-2025", marsad.Date{}, "03-11-2025", Absolute, "2025-11-03", false},
		{"NumericDMYDots", "بتاريخ 3.11.2025", marsad.Date{}, "3.11.2025", Absolute, "2025-11-03", false},
		{"DashedStamp", "22 - ديسمبر - 2014", marsad.Date{}, "22 - ديسمبر - 2014", Absolute, "2014-12-22", false},
		{"Year", "زيارة بوتين إلى منغوليا عام 2024 التي", marsad.Date{}, "عام 2024", Year, "2024", false},
		{"SinceYear", "تراجعت الصادرات منذ عام 2022 بسبب العقوبات", marsad.Date{}, "عام 2022", Year, "2022", false},
		{"InYear", "اندلعت في صراع في عام 1969.", marsad.Date{}, "عام 1969", Year, "1969", false},
		{"YearMeem", "منذ 2024م", marsad.Date{}, "2024م", Year, "2024", false},
		{"BareYearAfterCue", "خلال 2025 ارتفع", marsad.Date{}, "2025", Year, "2025", false},
		{"AmbiguousMonthNeedsCue", "في مارس الماضي", ref, "مارس الماضي", Relative, "2025-03", false},
	})
}

func TestFind_NotDates(t *testing.T) {
	for _, text := range []string{
		"مارس الضغط على الحكومة",   // مارس the verb
		"قال الأب إن ابنه",         // آب is not "the father"
		"قتل 2024 شخصا",            // a count, not a year
		"الأول من نوعه",            // ordinal without a month
		"رجب طيب أردوغان",          // a Hijri month name as a person's name
		"صفر بالمئة",               // zero
		"تيريزا ماي رئيسة الوزراء", // a surname
	} {
		if got := Find(text, ref); len(got) != 0 {
			t.Errorf("Find(%q): got %+v, want none", text, got)
		}
	}
}

func TestFind_Hijri(t *testing.T) {
	runFind(t, []findCase{
		{"DayMonthYear", "في 15 رمضان 1446 هـ", marsad.Date{}, "15 رمضان 1446 هـ", Hijri, "2025-03-15", false},
		{"AttachedHa", "1 شوال 1445هـ", marsad.Date{}, "1 شوال 1445هـ", Hijri, "2024-04-10", false},
		{"TwoWordMonth", "12 ربيع الأول 1447 هـ", marsad.Date{}, "12 ربيع الأول 1447 هـ", Hijri, "2025-09-05", false}, // observed (Umm al-Qura) 4 September
		{"DhulHijja", "10 ذو الحجة 1445 هـ", marsad.Date{}, "10 ذو الحجة 1445 هـ", Hijri, "2024-06-17", false},        // observed 16 June (Eid al-Adha)
	})
}

func TestHijriToGregorian(t *testing.T) {
	// Tabular dates; observed calendars (Umm al-Qura) may differ by a day.
	for _, tc := range []struct {
		name    string
		y, m, d int
		want    string
	}{
		{"Ramadan1446", 1446, 9, 1, "2025-03-01"},
		{"Muharram1445", 1445, 1, 1, "2023-07-19"},
		{"Shawwal1445", 1445, 10, 1, "2024-04-10"},
		{"Muharram1", 1, 1, 1, "0622-07-19"}, // 16 July 622 Julian is 19 July proleptic Gregorian
		{"Muharram1400", 1400, 1, 1, "1979-11-21"},
		{"Ramadan1447", 1447, 9, 1, "2026-02-18"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, ok := HijriToGregorian(tc.y, tc.m, tc.d)
			want, _ := time.Parse("2006-01-02", tc.want)
			diff := g.Sub(want).Hours() / 24
			if !ok || diff < -1 || diff > 1 {
				t.Errorf("HijriToGregorian(%d, %d, %d): got %s, want %s ±1 day", tc.y, tc.m, tc.d, g.Format("2006-01-02"), tc.want)
			}
		})
	}
	if _, ok := HijriToGregorian(1446, 13, 1); ok {
		t.Errorf("HijriToGregorian(1446, 13, 1): got ok, want !ok")
	}
}

func TestFind_Relative(t *testing.T) {
	runFind(t, []findCase{
		{"Yesterday", "قال أمس إن", ref, "أمس", Relative, "2025-11-02", false},
		{"DayBeforeYesterday", "وصل أول أمس", ref, "أول أمس", Relative, "2025-11-01", false},
		{"DayBeforeYesterdayMin", "وصل أول من أمس", ref, "أول من أمس", Relative, "2025-11-01", false},
		{"Today", "أعلنت اليوم أن", ref, "اليوم", Relative, "2025-11-03", false},
		{"Tomorrow", "يصل غدًا إلى", ref, "غدًا", Relative, "2025-11-04", true},
		{"TomorrowNoTanween", "يصل غدا إلى", ref, "غدا", Relative, "2025-11-04", true},
		{"AfterTomorrow", "يصل بعد غد", ref, "بعد غد", Relative, "2025-11-05", true},
		{"Tonight", "يلقي الليلة كلمة", ref, "الليلة", Relative, "2025-11-03", false},
		{"ThisWeek", "تأتي زيارة هذا الأسبوع", ref, "هذا الأسبوع", Relative, "2025-11", false},
		{"LastWeek", "بدء ولايته الأسبوع الماضي", ref, "الأسبوع الماضي", Relative, "2025-10", false},
		{"LastWeekMunsarim", "في الأسبوع المنصرم", ref, "الأسبوع المنصرم", Relative, "2025-10", false},
		{"NextWeek", "الأسبوع المقبل", ref, "الأسبوع المقبل", Relative, "2025-11", true},
		{"LastMonth", "في الشهر الماضي", ref, "الشهر الماضي", Relative, "2025-10", false},
		{"NextMonth", "المتوقع عقده في سويسرا الشهر المقبل", ref, "الشهر المقبل", Relative, "2025-12", true},
		{"ThisMonth", "هذا الشهر", ref, "هذا الشهر", Relative, "2025-11", false},
		{"LastYear", "240 مليار دولار العام الماضي", ref, "العام الماضي", Relative, "2024", false},
		{"LastYearMunsarim", "خلال العام المنصرم", ref, "العام المنصرم", Relative, "2024", false},
		{"NextYear", "العام المقبل", ref, "العام المقبل", Relative, "2026", true},
		{"ThisYear", "أقامتا هذا العام فعاليات", ref, "هذا العام", Relative, "2025", false},
		{"CurrentYear", "خلال العام الجاري", ref, "العام الجاري", Relative, "2025", false},
		{"LastYearSana", "السنة الماضية", ref, "السنة الماضية", Relative, "2024", false},
		{"NamedMonthPast", "في سبتمبر الماضي، قال", ref, "سبتمبر الماضي", Relative, "2025-09", false},
		{"NamedMonthPastSameMonth", "نوفمبر الماضي", ref, "نوفمبر الماضي", Relative, "2024-11", false},
		{"NamedMonthNext", "في فبراير المقبل", ref, "فبراير المقبل", Relative, "2026-02", true},
		{"MonthOfLastYear", "في أغسطس من العام الماضي، بالعاصمة", ref, "أغسطس من العام الماضي", Relative, "2024-08", false},
		{"DayMonthOfThisYear", "في 5 مارس من هذا العام", ref, "5 مارس من هذا العام", Relative, "2025-03-05", false},
		{"DaysAgo", "قبل ثلاثة أيام", ref, "قبل ثلاثة أيام", Relative, "2025-10-31", false},
		{"DaysAgoDigits", "قبل 10 أيام", ref, "قبل 10 أيام", Relative, "2025-10-24", false},
		{"InTwoWeeks", "بعد أسبوعين", ref, "بعد أسبوعين", Relative, "2025-11-17", true},
		{"TwoYearsSince", "منذ عامين", ref, "منذ عامين", Relative, "2023", false},
		{"MonthsAgo", "قبل خمسة أشهر", ref, "قبل خمسة أشهر", Relative, "2025-06", false},
		{"NoRefUnresolved", "قال أمس", marsad.Date{}, "أمس", Relative, "", false},
	})
	for _, text := range []string{
		"بعد أسابيع من إعلانهما", // relative to another event
		"بعد يوم واحد من إعلان",  // as above
		"في اليوم التالي",        // the next day of a story, not today
		"اليوم العالمي للمرأة",   // a named day
		"قبل أيام",               // vague
	} {
		for _, e := range Find(text, ref) {
			if e.Kind == Relative {
				t.Errorf("Find(%q): got %+v, want no relative expression", text, e)
			}
		}
	}
}

func TestFind_Weekday(t *testing.T) {
	runFind(t, []findCase{
		{"Past", "الذي وصل الصين الاثنين", ref, "الاثنين", Weekday, "2025-11-03", false},
		{"PastFriday", "وقال المتحدث الجمعة، إن", ref, "الجمعة", Weekday, "2025-10-31", false},
		{"WithYawm", "في بكين يوم الخميس، في", ref, "يوم الخميس", Weekday, "2025-10-30", false},
		{"WithWaw", "والثلاثاء، عقد كبار الدبلوماسيين", ref, "والثلاثاء", Weekday, "2025-10-28", false},
		{"Evening", "في وقت لاحق من مساء الخميس", ref, "مساء الخميس", Weekday, "2025-11-06", true},
		{"FutureSaVerb", "سيتوجه إلى بكين الثلاثاء", ref, "الثلاثاء", Weekday, "2025-11-04", true},
		{"FutureOwnDay", "من المقرر أن يصل الاثنين", ref, "الاثنين", Weekday, "2025-11-03", true},
		{"ExplicitPast", "الاثنين الماضي", ref, "الاثنين الماضي", Weekday, "2025-10-27", false},
		{"ExplicitNext", "الأربعاء المقبل", ref, "الأربعاء المقبل", Weekday, "2025-11-05", true},
		{"Sawfa", "سوف يزور القاهرة الأحد", ref, "الأحد", Weekday, "2025-11-09", true},
		{"PoliticsIsNotFuture", "قال مسؤول سياسي الأربعاء", ref, "الأربعاء", Weekday, "2025-10-29", false},
	})
}

func TestFind_Anniversary(t *testing.T) {
	runFind(t, []findCase{
		{"TatweelDigits", "احتفالات بالذكرى الـ80 لنهاية الحرب العالمية الثانية، في", marsad.Date{}, "بالذكرى الـ80 لنهاية الحرب العالمية الثانية", Anniversary, "2025-09-02", false},
		{"OrdinalWord", "بمناسبة الذكرى الثمانين لهزيمة اليابان في الحرب", marsad.Date{}, "الذكرى الثمانين لهزيمة اليابان", Anniversary, "2025-09-02", false},
		{"CompoundOrdinal", "احتفالات الذكرى الخامسة والسبعين لتأسيس جمهورية الصين الشعبية", marsad.Date{}, "الذكرى الخامسة والسبعين لتأسيس جمهورية الصين الشعبية", Anniversary, "2024-10-01", false},
		{"Victory", "لإحياء الذكرى الثمانين للانتصار في الحرب الوطنية العظمى", marsad.Date{}, "الذكرى الثمانين للانتصار في الحرب الوطنية العظمى", Anniversary, "2025-05-09", false},
		{"Murur", "بمناسبة مرور 50 عامًا على حرب أكتوبر", marsad.Date{}, "مرور 50 عامًا على حرب أكتوبر", Anniversary, "2023-10-06", false},
		{"MururUnknownPair", "بمناسبة مرور 75 عامًا على إقامة العلاقات الدبلوماسية بين البلدين", marsad.Date{}, "مرور 75 عامًا", Anniversary, "", false},
		{"Sanawiya", "الذكرى السنوية الـ36 لسقوط جدار برلين", marsad.Date{}, "الذكرى السنوية الـ36 لسقوط جدار برلين", Anniversary, "2025-11-09", false},
		{"Centenary", "الذكرى المئوية لنهاية الحرب العالمية الأولى", marsad.Date{}, "الذكرى المئوية لنهاية الحرب العالمية الأولى", Anniversary, "2018-11-11", false},
		{"Nakba", "في الذكرى الـ77 للنكبة", marsad.Date{}, "الذكرى الـ77 للنكبة", Anniversary, "2025-05-15", false},
		{"FutureAnniversary", "تستعد الصين لإحياء الذكرى الـ76 لتأسيس جمهورية الصين الشعبية", marsad.Date{}, "الذكرى الـ76 لتأسيس جمهورية الصين الشعبية", Anniversary, "2025-10-01", true},
	})
}

func TestFind_Yearless(t *testing.T) {
	runFind(t, []findCase{
		{"RefPast", "في الثالث من سبتمبر", ref, "الثالث من سبتمبر", Month, "2025-09-03", false},
		{"RefPastLaterMonth", "في 20 ديسمبر", ref, "20 ديسمبر", Month, "2024-12-20", false},
		{"RefFuture", "من المقرر أن يعقد في 5 فبراير", ref, "5 فبراير", Month, "2026-02-05", true},
		{"RefMonth", "في أغسطس", ref, "أغسطس", Month, "2025-08", false},
		{"AnniversaryYear", "العرض العسكري الذي أقيم في الثالث من سبتمبر بمناسبة الذكرى الثمانين لهزيمة اليابان", marsad.Date{}, "الثالث من سبتمبر", Month, "2025-09-03", false},
		{"SentenceYear", "زار موسكو في 12 يونيو. وكان ذلك عام 2023 وسط توتر", marsad.Date{}, "12 يونيو", Month, "2023-06-12", false},
		{"NoYear", "زار موسكو في 12 يونيو", marsad.Date{}, "12 يونيو", Month, "", false},
	})
}

func TestParseEvents(t *testing.T) {
	if _, err := parseEvents("حرب أكتوبر\tnot-a-date\tx\n"); err == nil {
		t.Errorf("parseEvents(bad date): got nil error, want one")
	}
	n := 0
	for _, evs := range events {
		n += len(evs)
	}
	if n < 50 {
		t.Errorf("anniversaries.tsv: got %d events, want at least 50", n)
	}
}

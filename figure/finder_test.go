package figure

import (
	"math"
	"strconv"
	"testing"

	"github.com/marsad-project/marsad"
)

// want is one expected figure: its value, unit and qualifier.
type want struct {
	v float64
	u string
	q marsad.Qualifier
}

const (
	ex  = marsad.Exact
	mt  = marsad.MoreThan
	lt  = marsad.LessThan
	ab  = marsad.About
	ord = marsad.Ordinal
)

func TestFinder_Find(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want // nil: no figure
	}{
		// Numbers in digits.
		{"Digits", "وصل إلى المدينة 200 جندي أمس", []want{{200, "PERSON", ex}}},
		{"Decimal", "نما الاقتصاد بنسبة 3.5 في المئة", []want{{3.5, "PERCENT", ex}}},
		{"Thousands", "شارك في المسيرة 1,000 متظاهر", []want{{1000, "PERSON", ex}}},
		{"ArabicIndic", "بلغ التضخم ١٢٫٣ بالمئة في مارس", []want{{12.3, "PERCENT", ex}}},
		{"ArabicIndicThousands", "وصل ١٬٥٠٠ لاجئ إلى الحدود", []want{{1500, "PERSON", ex}}},
		{"DottedThousands", "خصصت الحكومة 1.000.000 يورو للمشروع", []want{{1e6, "EUR", ex}}},
		// Numbers in words.
		{"WordUnit", "احتجزت السلطات ثلاثة أشخاص", []want{{3, "PERSON", ex}}},
		{"WordTeen", "قتل خمسة عشر مدنيا في القصف", []want{{15, "PERSON", ex}}},
		{"WordEleven", "أصيب أحد عشر شخصا", []want{{11, "PERSON", ex}}},
		{"WordTwelve", "أفرج عن اثني عشر معتقلا", []want{{12, "PERSON", ex}}},
		{"WordCompound", "استمر الحصار خمسة وعشرين يوما", []want{{25, "DAY", ex}}},
		{"WordTens", "شارك عشرون طالبا في المسابقة", []want{{20, "PERSON", ex}}},
		{"WordHundred", "وصلت مئة شاحنة إلى المعبر", []want{{100, "COUNT", ex}}},
		{"WordHundredSpelled", "تبرعت الشركة بمائة ألف دولار", []want{{1e5, "USD", ex}}},
		{"WordThreeHundred", "فر ثلاثمئة لاجئ عبر الحدود", []want{{300, "PERSON", ex}}},
		{"WordThreeHundredApart", "عبرت ثلاث مئة شاحنة المعبر", []want{{300, "COUNT", ex}}},
		{"WordTwoHundred", "اعتقل مئتي متظاهر", []want{{200, "PERSON", ex}}},
		{"WordThousands", "نزح ثلاثة آلاف شخص من القرية", []want{{3000, "PERSON", ex}}},
		{"WordBigCompound", "بلغت الكلفة مليونا وخمسمئة ألف دولار", []want{{1.5e6, "USD", ex}}},
		{"WordMillion", "استقبلت البلاد مليون سائح", []want{{1e6, "PERSON", ex}}},
		{"WordTenThousand", "نشر عشرة آلاف جندي على الحدود", []want{{1e4, "PERSON", ex}}},
		{"WordWithPreposition", "حكم عليه بخمس سنوات", []want{{5, "YEAR", ex}}},
		// Mixed.
		{"MixedBillion", "رصدت الحكومة 200 مليار دولار للبنية التحتية", []want{{2e11, "USD", ex}}},
		{"MixedDecimalMillion", "تنتج المملكة 2.5 مليون برميل يوميا", []want{{2.5e6, "BARREL", ex}}},
		{"MixedPlural", "خسر الاقتصاد 5 مليارات دولار", []want{{5e9, "USD", ex}}},
		{"MixedThousandTanween", "عاد 20 ألفا من النازحين", []want{{2e4, "PERSON", ex}}},
		{"MixedThousandPeople", "عاد 20 ألف نازح إلى ديارهم", []want{{2e4, "PERSON", ex}}},
		{"MixedTrillion", "بلغ الدين العام 1.2 تريليون دولار", []want{{1.2e12, "USD", ex}}},
		// Duals.
		{"DualBillion", "قدمت واشنطن ملياري دولار مساعدات", []want{{2e9, "USD", ex}}},
		{"DualMillion", "جمعت الحملة مليوني يورو", []want{{2e6, "EUR", ex}}},
		{"DualDays", "تستمر الزيارة يومين", []want{{2, "DAY", ex}}},
		{"DualTimes", "التقى الوزيران مرتين هذا الشهر", []want{{2, "COUNT", ex}}},
		{"DualYears", "قضى عامين في السجن", []want{{2, "YEAR", ex}}},
		{"DualYearsSana", "تأخر المشروع سنتين", []want{{2, "YEAR", ex}}},
		{"DualWeeks", "توقفت المحادثات أسبوعين", []want{{14, "DAY", ex}}},
		{"DualMonths", "استمرت الهدنة شهرين", []want{{2, "MONTH", ex}}},
		{"DefiniteDualIsNot", "شهدت الأيام الماضية واليومين الأخيرين توترا", nil},
		{"DualCountryIsNot", "وقع البلدين اتفاقا بين الطرفين", nil},
		// Time units.
		{"WeekAbout", "بقي الوفد نحو أسبوع كامل في العاصمة", []want{{7, "DAY", ab}}},
		{"DayOne", "وصل بعد يوم واحد من الهجوم", []want{{1, "DAY", ex}}},
		{"DecadeMore", "حكم البلاد لأكثر من عقد", []want{{10, "YEAR", mt}}},
		{"CenturyAbout", "بني الجسر قبل حوالي قرن", []want{{100, "YEAR", ab}}},
		{"YearLess", "انتهى البناء في أقل من عام", []want{{1, "YEAR", lt}}},
		{"Weeks", "استمر الإضراب ثلاثة أسابيع", []want{{21, "DAY", ex}}},
		{"Months", "سجن ستة أشهر", []want{{6, "MONTH", ex}}},
		{"YearsTanween", "مرت 75 عامًا على الاستقلال", []want{{75, "YEAR", ex}}},
		{"Hours", "استمر الاجتماع 4 ساعات", []want{{4, "HOUR", ex}}},
		{"BareWeekIsDate", "زار الوزير القاهرة الأسبوع الماضي", nil},
		{"BareYearIsNot", "قضى عاما في المنفى", nil},
		{"TimeWindow", "قتل خلال الـ24 ساعة الماضية", nil},
		// Currencies.
		{"USDAmerican", "خصصت 50 مليون دولار أمريكي للإغاثة", []want{{5e7, "USD", ex}}},
		{"DollarSignBefore", "بلغت قيمة الصفقة $300 مليون", []want{{3e8, "USD", ex}}},
		{"DollarSignAfter", "يبلغ سعر البرميل 80$ حاليا", []want{{80, "USD", ex}}},
		{"EuroSign", "تكلف التذكرة €50 فقط", []want{{50, "EUR", ex}}},
		{"Euro", "قدم الاتحاد 3 مليارات يورو لتركيا", []want{{3e9, "EUR", ex}}},
		{"Sterling", "دفعت الشركة 10 ملايين جنيه إسترليني", []want{{1e7, "GBP", ex}}},
		{"EgyptianPound", "ارتفع سعر الخبز إلى 20 جنيها", []want{{20, "EGP", ex}}},
		{"Yuan", "استثمرت بكين 100 مليار يوان", []want{{1e11, "CNY", ex}}},
		{"Rouble", "تراجع الروبل إلى 100 روبل للدولار", []want{{100, "RUB", ex}}},
		{"SaudiRiyal", "بلغت الإيرادات 300 مليار ريال سعودي", []want{{3e11, "SAR", ex}}},
		{"QatariRiyal", "بلغت قيمة العقد 5 ملايين ريال قطري", []want{{5e6, "QAR", ex}}},
		{"RiyalByCountry", "رفعت قطر الرواتب إلى 10 آلاف ريال", []want{{1e4, "QAR", ex}}},
		{"Dirham", "وقعت دبي عقدا بقيمة مليار درهم", []want{{1e9, "AED", ex}}},
		{"MoroccanDirham", "خصص المغرب 2 مليار درهم مغربي", []want{{2e9, "MAD", ex}}},
		{"KuwaitiDinar", "بلغ العجز 6 مليارات دينار كويتي", []want{{6e9, "KWD", ex}}},
		{"DinarByCountry", "أقر العراق موازنة بقيمة 200 تريليون دينار", []want{{2e14, "IQD", ex}}},
		{"TurkishLira", "خسرت الشركة 40 مليون ليرة تركية", []want{{4e7, "TRY", ex}}},
		{"LebanesePound", "بلغ سعر الصرف 89 ألف ليرة لبنانية", []want{{8.9e4, "LBP", ex}}},
		{"Rupee", "تبلغ الكلفة 500 روبية", []want{{500, "INR", ex}}},
		{"DollarsFromPlural", "أنفقت 3 مليارات من الدولارات", []want{{3e9, "USD", ex}}},
		{"VagueBillions", "أنفقت مليارات الدولارات على الحرب", nil},
		// Percentages.
		{"PercentSign", "ارتفعت الأسعار 7%", []want{{7, "PERCENT", ex}}},
		{"PercentArabicSign", "تراجعت البطالة إلى ٥٪", []want{{5, "PERCENT", ex}}},
		{"PercentWords", "فاز بنسبة خمسين في المئة", []want{{50, "PERCENT", ex}}},
		{"PercentMaa", "نمت الصادرات 12 في المائة", []want{{12, "PERCENT", ex}}},
		{"PercentBil", "انخفض الإنتاج 4 بالمائة", []want{{4, "PERCENT", ex}}},
		{"PercentagePoints", "رفع المركزي الفائدة 2 نقطة مئوية", []want{{2, "PERCENT", ex}}},
		// People and things.
		{"Killed", "قتل 12 شخصا في الانفجار", []want{{12, "PERSON", ex}}},
		{"Dead", "ارتفعت الحصيلة إلى 40 قتيلا", []want{{40, "PERSON", ex}}},
		{"OfSoldiers", "أسر 5 من الجنود", []want{{5, "PERSON", ex}}},
		{"Tonnes", "صدرت البلاد 3 ملايين طن من القمح", []want{{3e6, "TONNE", ex}}},
		{"Km", "يمتد الخط 1,200 كيلومتر", []want{{1200, "KM", ex}}},
		{"KmAbbrev", "تبعد المدينة 40 كم عن الحدود", []want{{40, "KM", ex}}},
		{"SquareKm", "تبلغ مساحة الجزيرة 300 كيلومتر مربع", []want{{300, "KM2", ex}}},
		{"Megawatt", "تنتج المحطة 500 ميغاواط", []want{{500, "MW", ex}}},
		{"Agreements", "وقع الجانبان 14 اتفاقية", []want{{14, "COUNT", ex}}},
		{"Points", "طرحت الصين خطة من 12 نقطة", []want{{12, "COUNT", ex}}},
		{"Countries", "شاركت 30 دولة في القمة", []want{{30, "COUNT", ex}}},
		{"WordCountries", "زار الوزير ثلاث دول", []want{{3, "COUNT", ex}}},
		{"Times", "تكرر ذلك ثلاث مرات", []want{{3, "COUNT", ex}}},
		{"Two", "وصل وفد من عشرين عضوا", []want{{20, "PERSON", ex}}},
		{"Lists", "قتل 3 جنود وأصيب 7 مدنيين", []want{{3, "PERSON", ex}, {7, "PERSON", ex}}},
		// Qualifiers.
		{"MoreThan", "شارك أكثر من 500 شخص", []want{{500, "PERSON", mt}}},
		{"MoreThanPrep", "ارتفعت بأكثر من 10 في المئة", []want{{10, "PERCENT", mt}}},
		{"Exceeded", "تجاوز حجم التجارة 100 مليار دولار", []want{{1e11, "USD", mt}}},
		{"ExceededBarrier", "تخطت الصادرات حاجز 50 مليار يورو", []want{{5e10, "EUR", mt}}},
		{"Surpassed", "فاق عدد الزوار 2 مليون زائر", []want{{2e6, "PERSON", mt}}},
		{"MaYazid", "استثمرت ما يزيد على 3 مليارات دولار", []want{{3e9, "USD", mt}}},
		{"YazidAn", "يعمل فيها ما يزيد عن 400 عامل", []want{{400, "PERSON", mt}}},
		{"AtLeast", "قتل 20 شخصا على الأقل", []want{{20, "PERSON", mt}}},
		{"NotLessThan", "اعتقل ما لا يقل عن 50 متظاهرا", []want{{50, "PERSON", mt}}},
		{"LessThan", "حصل على أقل من 5 في المئة", []want{{5, "PERCENT", lt}}},
		{"Under", "يعيش دون 2 دولار يوميا", []want{{2, "USD", lt}}},
		{"NotExceed", "لا يتجاوز العجز 3 في المئة", []want{{3, "PERCENT", lt}}},
		{"About", "يعيش في المخيم نحو 80 ألف لاجئ", []want{{8e4, "PERSON", ab}}},
		{"AboutPrep", "قدرت الخسائر بنحو 240 مليار دولار", []want{{2.4e11, "USD", ab}}},
		{"Hawali", "نزح حوالي 3 آلاف شخص", []want{{3000, "PERSON", ab}}},
		{"Qurabat", "قتل قرابة 100 مدني", []want{{100, "PERSON", ab}}},
		{"Zuhaa", "يقطن المدينة زهاء مليون نسمة", []want{{1e6, "PERSON", ab}}},
		{"MaYuqarib", "استقبلت ما يقارب 4 ملايين سائح", []want{{4e6, "PERSON", ab}}},
		{"Approximately", "يبلغ عدد السكان 5 ملايين نسمة تقريبا", []want{{5e6, "PERSON", ab}}},
		// Ordinals.
		{"OrdCompound", "عقد الاجتماع الثالث والأربعين للجنة", []want{{43, "COUNT", ord}}},
		{"OrdFemCompound", "احتفلت البلاد بالذكرى الخامسة والسبعين للاستقلال", []want{{75, "COUNT", ord}}},
		{"OrdTatweel", "انطلقت الدورة الـ38 للمهرجان", []want{{38, "COUNT", ord}}},
		{"OrdTatweelSpace", "حلت الذكرى الـ 80 للمعركة", []want{{80, "COUNT", ord}}},
		{"OrdTens", "أحيت موسكو الذكرى الثمانين للنصر", []want{{80, "COUNT", ord}}},
		{"OrdConstruct", "هذه رابع مرة يلتقي فيها الزعيمان", []want{{4, "COUNT", ord}}},
		{"OrdFirstVisit", "وهي أول زيارة للرئيس إلى الخارج", []want{{1, "COUNT", ord}}},
		{"OrdConsecutive", "ارتفعت الأرباح للعام الثالث على التوالي", []want{{3, "COUNT", ord}}},
		{"OrdTeen", "انعقدت القمة الثانية عشرة في بكين", []want{{12, "COUNT", ord}}},
		{"OrdHadi", "افتتحت الدورة الحادية عشرة للبرلمان", []want{{11, "COUNT", ord}}},
		{"OrdHadiTens", "انطلقت النسخة الحادية والعشرين من المعرض", []want{{21, "COUNT", ord}}},
		{"OrdFirstTime", "فاز الفريق بالبطولة للمرة الأولى", []want{{1, "COUNT", ord}}},
		{"OrdSeqDigits", "انطلقت الدورة 38 من المهرجان", []want{{38, "COUNT", ord}}},
		{"HalfMillion", "فر نصف مليون شخص من المدينة", []want{{5e5, "PERSON", ex}}},
		{"QuarterBillion", "خصص ربع مليار دولار للإعمار", []want{{2.5e8, "USD", ex}}},
		{"Officials", "قال 3 مسؤولين إن المحادثات تعثرت", []want{{3, "PERSON", ex}}},
		{"DualConstruct", "وقع ألفا شخص على العريضة", []want{{2000, "PERSON", ex}}},
		// Not figures.
		{"Rank", "حلت البلاد في المرتبة 3 عالميا", nil},
		{"FirstlyIsNot", "أولا نحن ندعم الحوار", nil},
		{"HourOrdinal", "بدأ القصف في الساعة الثامنة مساء", nil},
		{"Primarily", "هذا يعود في المقام الأول إلى الأزمة", nil},
		{"FifthGeneration", "أطلقت الشركة شبكات الجيل الخامس", nil},
		{"Score", "فاز الفريق 3-1 على منافسه", nil},
		{"YearRange", "خلال الفترة 2020-2024 تضاعفت الديون", nil},
		{"Vision", "أطلقت المملكة رؤية 2030 للتنمية", nil},
		{"G20", "اجتمع قادة مجموعة الـ20 في الهند", nil},
		{"Year", "اندلعت الحرب عام 2022", nil},
		{"MonthYear", "بدأ الغزو في فبراير 2022", nil},
		{"FullDate", "وصل الوفد في 3 نوفمبر 2025", nil},
		{"DayOfMonth", "أقيم العرض في الثالث من سبتمبر", nil},
		{"DayOfThisMonth", "تنتهي المهلة في الخامس من الشهر الجاري", nil},
		{"Levantine", "وقع الاتفاق في 15 تشرين الأول", nil},
		{"NumericDate", "نشر التقرير بتاريخ 12/05/2024", nil},
		{"TimeOfDay", "بدأ القصف عند الساعة 10:30 صباحا", nil},
		{"Hijri", "ولد في عام 1445هـ", nil},
		{"EraYear", "تأسست المدينة سنة 1950م", nil},
		{"BareYear", "شهد 2024 تحولات كبيرة", nil},
		{"WorldWar", "انتهت الحرب العالمية الثانية بهزيمة ألمانيا", nil},
		{"WorldWarOne", "قتل الملايين في الحرب العالمية الأولى", nil},
		{"Century", "تواجه البشرية تحديات القرن الحادي والعشرين", nil},
		{"ProductName", "ناقشا مشروع قوة سيبيريا-2 للغاز", nil},
		{"Aircraft", "تسلم الجيش طائرات F-16 أمريكية", nil},
		{"Article", "استند إلى المادة 51 من الميثاق", nil},
		{"Resolution", "طالب بتنفيذ القرار 2231 كاملا", nil},
		{"Trilateral", "عقد اجتماعا ثلاثيا مع منغوليا", nil},
		{"OneOf", "يشكل أحد الأعمدة الأساسية للشراكة", nil},
		{"OneOfFem", "زار إحدى المدن الحدودية", nil},
		{"Phone", "للاستفسار اتصلوا على 0501234567", nil},
		{"URL", "التفاصيل على الموقع example.com/news/2024/123", nil},
		{"Monday", "وصل الرئيس يوم الاثنين إلى الرياض", nil},
		{"Thousands", "أرسلت آلاف الجنود إلى الجبهة", nil},
		{"Hundreds", "تظاهر مئات الأشخاص أمام السفارة", nil},
		{"TheThree", "اتفقت الدول الثلاث على البيان", nil},
		{"Covid", "تفشى فيروس كوفيد-19 بسرعة", nil},
		{"SecondLargest", "الصين ثاني أكبر اقتصاد في العالم", []want{{2, "COUNT", ord}}},
		{"KingName", "استقبل الملك عبد الله الثاني الوفد", nil},
		{"ThirdWorld", "تعاني دول العالم الثالث من الديون", nil},
		{"FirstOfMonth", "تبدأ المفاوضات في الأول من مارس", nil},
		{"OneAlone", "تجمعهما ذاكرة مشتركة ومصير واحد", nil},
		{"NumberNoUnit", "ارتفع المؤشر إلى 240", nil},
		{"GroupOf20", "اجتمعت مجموعة العشرين في روما", nil},
		{"January", "وصل في كانون الثاني الماضي", nil},
		{"FirstQuarter", "تراجعت المبيعات في الربع الأول", nil},
	}
	f := NewFinder()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q): got %d figures %v, want %d %v", tc.in, len(got), brief(got), len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				g := got[i]
				if math.Abs(g.Value-w.v) > 1e-9*math.Max(1, w.v) || g.Unit != w.u || g.Qualifier != w.q {
					t.Errorf("Find(%q)[%d]: got %g %s %s, want %g %s %s", tc.in, i, g.Value, g.Unit, g.Qualifier, w.v, w.u, w.q)
				}
				checkSpan(t, tc.in, g)
			}
		})
	}
}

func brief(fs []marsad.Figure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Qualifier)+" "+formatG(f.Value)+" "+f.Unit+" «"+f.Evidence+"»")
	}
	return out
}

func formatG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

package figure

import (
	"strings"

	"github.com/marsad-project/marsad/arabic"
)

// class is what a word of the lexicon can do in a quantity.
type class uint8

const (
	cNone   class = iota
	cCard         // a cardinal 1..10: واحد ثلاثة عشرة
	cAhad         // أحد إحدى: a number only in أحد عشر
	cTens         // 20..90: عشرون عشرين
	cHund         // مئة (times the unit before it), مئتين, ثلاثمئة
	cScale        // ألف مليون مليار تريليون, their duals and plurals
	cOrd          // an ordinal 1..10: أول ثالث الرابعة
	cOrdHad       // حادي حادية: 11 with عشر, 21.. with و and tens
	cUnit         // a measured noun: دولار يوم قتيل طن
	cCurAdj       // a currency's nationality: أمريكي سعودي
	cMonth        // a month name
	cFrac         // نصف ربع ثلث: a fraction of the scale word after it
	cWord         // a word the rules name by its tag
)

// form is the grammatical number a unit word or a scale word is written in.
type form uint8

const (
	sing form = iota
	dual
	plural
)

// entry is one word of the lexicon, in its bare form (no clitics).
type entry struct {
	cls  class
	val  float64 // the number, or what one unit is in base units
	unit string  // for cUnit and cCurAdj
	form form
	tag  string // for cWord: the rule it belongs to
	time bool   // a unit of time (counted as 1 after a qualifier)
	noun string // the English name of the counted thing (for the subject)
	cur  bool   // a currency
}

// lexicon maps normalised bare words to their entries.
var lexicon = buildLexicon()

func buildLexicon() map[string]*entry {
	m := make(map[string]*entry, 600)
	add := func(e entry, words ...string) {
		for _, w := range words {
			k := arabic.Normalize(w)
			if _, dup := m[k]; dup {
				continue // the first meaning listed wins
			}
			ee := e
			m[k] = &ee
		}
	}
	card := func(v float64, words ...string) { add(entry{cls: cCard, val: v}, words...) }
	card(1, "واحد", "واحدة")
	card(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي")
	card(3, "ثلاثة", "ثلاث")
	card(4, "أربعة", "أربع")
	card(5, "خمسة", "خمس")
	card(6, "ستة", "ست")
	card(7, "سبعة", "سبع")
	card(8, "ثمانية", "ثماني", "ثمان")
	card(9, "تسعة", "تسع")
	card(10, "عشرة", "عشر")
	add(entry{cls: cAhad, val: 1}, "أحد", "إحدى")
	tens := func(v float64, words ...string) { add(entry{cls: cTens, val: v}, words...) }
	tens(20, "عشرون", "عشرين")
	tens(30, "ثلاثون", "ثلاثين")
	tens(40, "أربعون", "أربعين")
	tens(50, "خمسون", "خمسين")
	tens(60, "ستون", "ستين")
	tens(70, "سبعون", "سبعين")
	tens(80, "ثمانون", "ثمانين")
	tens(90, "تسعون", "تسعين")
	hund := func(v float64, words ...string) { add(entry{cls: cHund, val: v}, words...) }
	hund(100, "مئة", "مائة", "مية")
	hund(200, "مئتين", "مائتين", "مئتان", "مائتان", "مئتي", "مائتي", "مئتا", "مائتا")
	for i, u := range []string{"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"} {
		hund(float64(300+100*i), u+"مئة", u+"مائة")
	}
	scale := func(v float64, f form, words ...string) { add(entry{cls: cScale, val: v, form: f}, words...) }
	scale(1e3, sing, "ألف")
	scale(1e3, dual, "ألفين", "ألفان", "ألفي")
	scale(1e3, plural, "آلاف", "ألوف")
	scale(1e6, sing, "مليون")
	scale(1e6, dual, "مليونين", "مليونان", "مليوني")
	scale(1e6, plural, "ملايين")
	scale(1e9, sing, "مليار", "بليون")
	scale(1e9, dual, "مليارين", "ملياران", "ملياري", "بليونين", "بليوني")
	scale(1e9, plural, "مليارات", "بلايين")
	scale(1e12, sing, "تريليون", "ترليون")
	scale(1e12, dual, "تريليونين", "تريليوني", "تريليونان")
	scale(1e12, plural, "تريليونات")

	add(entry{cls: cFrac, val: 0.5}, "نصف")
	add(entry{cls: cFrac, val: 0.25}, "ربع")
	add(entry{cls: cFrac, val: 1.0 / 3}, "ثلث")

	ord := func(v float64, words ...string) { add(entry{cls: cOrd, val: v}, words...) }
	ord(1, "أول", "أولى")
	ord(2, "ثاني", "ثانية")
	ord(3, "ثالث", "ثالثة")
	ord(4, "رابع", "رابعة")
	ord(5, "خامس", "خامسة")
	ord(6, "سادس", "سادسة")
	ord(7, "سابع", "سابعة")
	ord(8, "ثامن", "ثامنة")
	ord(9, "تاسع", "تاسعة")
	ord(10, "عاشر", "عاشرة")
	add(entry{cls: cOrdHad, val: 1}, "حادي", "حادية")

	unit := func(u string, v float64, f form, noun string, words ...string) {
		add(entry{cls: cUnit, unit: u, val: v, form: f, noun: noun}, words...)
	}
	tunit := func(u string, v float64, f form, words ...string) {
		add(entry{cls: cUnit, unit: u, val: v, form: f, time: true}, words...)
	}
	tunit("DAY", 1, sing, "يوم")
	tunit("DAY", 1, dual, "يومين", "يومان")
	tunit("DAY", 1, plural, "أيام")
	tunit("DAY", 7, sing, "أسبوع")
	tunit("DAY", 7, dual, "أسبوعين", "أسبوعان")
	tunit("DAY", 7, plural, "أسابيع")
	tunit("MONTH", 1, sing, "شهر")
	tunit("MONTH", 1, dual, "شهرين", "شهران")
	tunit("MONTH", 1, plural, "أشهر", "شهور")
	tunit("YEAR", 1, sing, "عام", "سنة")
	tunit("YEAR", 1, dual, "عامين", "عامان", "سنتين", "سنتان")
	tunit("YEAR", 1, plural, "أعوام", "سنوات", "سنين")
	tunit("YEAR", 10, sing, "عقد")
	tunit("YEAR", 10, dual, "عقدين", "عقدان")
	tunit("YEAR", 10, plural, "عقود")
	tunit("YEAR", 100, sing, "قرن")
	tunit("YEAR", 100, dual, "قرنين", "قرنان")
	tunit("YEAR", 100, plural, "قرون")
	tunit("HOUR", 1, sing, "ساعة")
	tunit("HOUR", 1, dual, "ساعتين", "ساعتان")
	tunit("HOUR", 1, plural, "ساعات")
	tunit("MINUTE", 1, sing, "دقيقة")
	tunit("MINUTE", 1, dual, "دقيقتين", "دقيقتان")
	tunit("MINUTE", 1, plural, "دقائق")

	cur := func(u string, f form, words ...string) {
		add(entry{cls: cUnit, unit: u, val: 1, form: f, cur: true}, words...)
	}
	cur("USD", sing, "دولار")
	cur("USD", dual, "دولارين")
	cur("USD", plural, "دولارات")
	cur("EUR", sing, "يورو")
	cur("EUR", plural, "يوروهات")
	cur("EGP", sing, "جنيه")
	cur("EGP", plural, "جنيهات")
	cur("GBP", sing, "إسترليني", "استرليني")
	cur("JPY", sing, "ين")
	cur("CNY", sing, "يوان")
	cur("RUB", sing, "روبل")
	cur("RUB", plural, "روبلات")
	cur("SAR", sing, "ريال")
	cur("SAR", plural, "ريالات")
	cur("IRR", sing, "تومان")
	cur("AED", sing, "درهم")
	cur("AED", plural, "دراهم")
	cur("KWD", sing, "دينار")
	cur("KWD", plural, "دنانير")
	cur("TRY", sing, "ليرة")
	cur("TRY", plural, "ليرات")
	cur("INR", sing, "روبية")
	cur("INR", plural, "روبيات")
	cur("KRW", sing, "وون")
	cur("CHF", sing, "فرنك")
	cur("CHF", plural, "فرنكات")

	person := func(noun string, words ...string) { unit("PERSON", 1, sing, noun, words...) }
	person("deaths", "قتيل", "قتلى", "قتيلا", "قتيلين")
	person("dead", "شهيد", "شهداء", "شهيدا", "ضحية", "ضحايا", "وفاة", "وفيات")
	person("injured", "جريح", "جرحى", "مصاب", "مصابا", "مصابين", "إصابة", "إصابات")
	person("people", "شخص", "أشخاص", "شخصا", "شخصين", "نسمة", "فرد", "أفراد", "فردا", "مواطن", "مواطنا", "مواطنين", "مواطنون")
	person("soldiers", "جندي", "جنود", "جنديا", "جنديين", "عسكري", "عسكريا", "عسكريين", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "عنصر", "عناصر", "عنصرا", "مسلح", "مسلحا", "مسلحين")
	person("refugees", "لاجئ", "لاجئا", "لاجئين", "لاجئون")
	person("displaced people", "نازح", "نازحا", "نازحين", "نازحون", "مهاجر", "مهاجرا", "مهاجرين", "مهاجرون")
	person("civilians", "مدني", "مدنيا", "مدنيين", "مدنيون")
	person("protesters", "متظاهر", "متظاهرا", "متظاهرين", "متظاهرون", "محتج", "محتجا", "محتجين")
	person("detainees", "معتقل", "معتقلا", "معتقلين", "معتقلون", "أسير", "أسرى", "أسيرا", "سجين", "سجناء", "سجينا", "محتجز", "محتجزا", "محتجزين", "رهينة", "رهائن", "موقوف", "موقوفين")
	person("students", "طالب", "طلاب", "طالبا", "طالبة", "طالبات", "تلميذ", "تلاميذ")
	person("children", "طفل", "أطفال", "طفلا", "طفلين")
	person("women", "امرأة", "نساء", "سيدة", "سيدات")
	person("workers", "عامل", "عمال", "عاملا", "موظف", "موظفين", "موظفا", "موظفون")
	person("visitors", "سائح", "سياح", "سائحا", "زائر", "زوار", "زائرا", "حاج", "حجاج", "حاجا")
	person("voters", "ناخب", "ناخبين", "ناخبا")
	person("members", "عضو", "أعضاء", "عضوا")
	person("others", "آخرين", "آخرون")
	person("officials", "مسؤول", "مسؤولين", "مسؤولا", "مسؤولون", "وزير", "وزراء", "وزيرا", "نائب", "نواب", "نائبا",
		"دبلوماسي", "دبلوماسيين", "دبلوماسيا")
	person("journalists", "صحفي", "صحفيين", "صحفيا", "صحافي", "صحافيين", "صحافيا")
	person("doctors", "طبيب", "أطباء", "طبيبا", "ممرض", "ممرضين")
	person("residents", "ساكن", "سكان", "مقيم", "مقيمين", "مشارك", "مشاركين", "مشاركا", "متطوع", "متطوعين")

	unit("TONNE", 1, sing, "", "طن", "طنا")
	unit("TONNE", 1, dual, "", "طنين")
	unit("TONNE", 1, plural, "", "أطنان")
	unit("KG", 1, sing, "", "كيلوغرام", "كيلوجرام", "كغ", "كلغ", "كيلو")
	unit("BARREL", 1, sing, "", "برميل", "برميلا")
	unit("BARREL", 1, plural, "", "براميل")
	unit("KM", 1, sing, "", "كيلومتر", "كيلومترا", "كلم", "كم")
	unit("KM", 1, plural, "", "كيلومترات")
	unit("M", 1, sing, "", "متر", "مترا")
	unit("M", 1, plural, "", "أمتار")
	unit("MILE", 1, sing, "", "ميل")
	unit("MILE", 1, plural, "", "أميال")
	unit("HECTARE", 1, sing, "", "هكتار", "هكتارا")
	unit("DUNAM", 1, sing, "", "دونم", "دونما")
	unit("FEDDAN", 1, sing, "", "فدان", "فدانا")
	unit("LITRE", 1, sing, "", "لتر", "لترا")
	unit("MW", 1, sing, "", "ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط", "ميغاوط")
	unit("GW", 1, sing, "", "غيغاواط", "جيجاوات", "غيغاوات", "جيجاواط")
	unit("KW", 1, sing, "", "كيلوواط", "كيلووات")
	unit("COUNT", 1, sing, "times", "مرة")
	unit("COUNT", 1, dual, "times", "مرتين", "مرتان")
	unit("COUNT", 1, plural, "times", "مرات")

	adj := func(u string, words ...string) { add(entry{cls: cCurAdj, unit: u}, words...) }
	adj("USD", "أمريكي", "أميركي")
	adj("SAR", "سعودي")
	adj("QAR", "قطري")
	adj("OMR", "عماني")
	adj("IRR", "إيراني")
	adj("YER", "يمني")
	adj("AED", "إماراتي")
	adj("MAD", "مغربي")
	adj("KWD", "كويتي")
	adj("JOD", "أردني")
	adj("IQD", "عراقي")
	adj("LYD", "ليبي")
	adj("TND", "تونسي")
	adj("DZD", "جزائري")
	adj("BHD", "بحريني")
	adj("EGP", "مصري")
	adj("SDG", "سوداني")
	adj("TRY", "تركية", "تركي")
	adj("LBP", "لبنانية", "لبناني")
	adj("SYP", "سورية", "سوري")
	adj("PKR", "باكستانية", "باكستاني")
	adj("CAD", "كندي")
	adj("AUD", "أسترالي", "استرالي")
	adj("CHF", "سويسري")
	adj("HKD", "هونغ")

	month := func(v float64, words ...string) { add(entry{cls: cMonth, val: v}, words...) }
	month(1, "يناير", "جانفي", "كانون")
	month(2, "فبراير", "فيفري", "شباط")
	month(3, "مارس", "آذار")
	month(4, "أبريل", "ابريل", "أفريل", "نيسان")
	month(5, "مايو", "ماي", "أيار")
	month(6, "يونيو", "يونيه", "جوان", "حزيران")
	month(7, "يوليو", "يوليه", "جويلية", "يوليوز", "تموز")
	month(8, "أغسطس", "أوت", "غشت", "آب")
	month(9, "سبتمبر", "شتنبر", "أيلول")
	month(10, "أكتوبر", "تشرين")
	month(11, "نوفمبر", "نونبر")
	month(12, "ديسمبر", "دجنبر")
	// Hijri months: a number before them is a day too.
	month(0, "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة")

	word := func(tag string, words ...string) { add(entry{cls: cWord, tag: tag}, words...) }
	word("al", "ال")
	word("min", "من")
	word("ala", "على", "عن")
	word("fi", "في")
	word("wa", "و")
	word("ila", "إلى", "الى", "حتى")
	word("bayn", "بين")
	word("more", "أكثر", "أزيد")
	word("less", "أقل")
	word("exceed", "تجاوز", "يتجاوز", "تتجاوز", "تجاوزت", "يتجاوزان", "فاق", "فاقت", "يفوق", "تفوق", "تخطى", "تخطت", "يتخطى", "تتخطى", "تعدى", "تعدت", "يتعدى", "تتعدى", "جاوز", "جاوزت")
	word("add", "يزيد", "تزيد", "زاد", "زادت", "يربو", "تربو")
	word("under", "يقل", "تقل")
	word("near", "يقرب", "تقرب")
	word("about", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "يقارب", "تقارب", "يناهز", "تناهز", "ناهز", "ناهزت", "قرابه")
	word("approx", "تقريبا", "تقريباً")
	word("below", "دون")
	word("neg", "لا", "لم", "لن", "ما")
	word("least", "الأقل", "أدنى")
	word("barrier", "حاجز", "حجم", "عتبة", "مستوى", "سقف", "رقم", "حدود", "مبلغ", "قيمة", "عدد", "إجمالي")
	word("percent", "المئة", "المائة", "المية", "بالمئة", "بالمائة", "بالمية")
	word("point", "نقطة", "نقاط")
	word("pctadj", "مئوية")
	word("square", "مربع", "مربعا", "مربعة")
	word("cubic", "مكعب", "مكعبا")
	word("daily", "يوميا", "سنويا", "شهريا")
	word("past", "الماضي", "الماضية", "الماضيين", "الأخيرة", "الأخير", "الأخيرين", "المقبل", "المقبلة", "القادم", "القادمة", "المقبلين", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة", "الجاري", "الحالي", "الحالية", "الجارية")
	word("this", "هذا", "هذه")
	word("yearword", "العام", "السنة", "عام", "سنة")
	word("monthword", "الشهر")
	// Nouns after which a number is a name, a date or a reference.
	word("label", "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة", "القرار", "قرار", "الرقم",
		"الفصل", "فصل", "الصفحة", "صفحة", "الساعة", "الطريق", "طريق", "طراز", "الجيل", "جيل", "نسخة", "الإصدار",
		"إصدار", "المجموعة", "الطابق", "حلقة", "موسم", "الكيلو", "المرتبة", "المركز", "الرحلة", "رحلة",
		"المربع", "اللواء", "الفرقة", "الكتيبة", "الدائرة", "الشارع", "شارع", "المنطقة", "الحي", "القانون",
		"قانون", "المرسوم", "مرسوم", "الهاتف", "هاتف", "الخط", "خط", "المبنى", "مبنى", "الغرفة", "غرفة",
		"الجدول", "الملحق", "الصف", "العدد", "الكود", "رمز", "الرمز", "مجموعة", "بريكس",
		"أوبك", "فيروس", "كوفيد", "إف", "سو", "ميغ", "بوينغ", "إيرباص", "الفيفا", "مونديال", "كأس")
	// Nouns after which a number or an ordinal is a sequence number: الدورة 38.
	word("seq", "الدورة", "المرحلة", "الموسم", "الحلقة", "النسخة", "الجولة")
	// Words before which a definite ordinal is part of a name or a period.
	word("ordname", "العالمية", "القرن", "الربع", "النصف", "الثلث", "الدرجة", "بالدرجة", "الله", "كانون",
		"تشرين", "ربيع", "جمادى", "الفاتيكاني", "الإمبراطورية", "الجمهورية", "الخليج", "الانتفاضة", "الطبقة",
		"العالم", "الوهلة", "السيدة", "المادة", "البند", "الفقرة", "الفصل", "المقام", "الطراز",
		"الدقيقة", "المرتبة", "المركز")
	word("stop", "أو", "ثم", "منذ", "خلال", "بعد", "قبل", "عند", "لدى", "حول", "ضد", "عبر", "إن", "أن",
		"أنه", "أنها", "إنه", "إنها", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "قد", "كما", "هو", "هي", "هم", "هما",
		"منها", "منهم", "منهما", "فيها", "فيه", "عليها", "عليه", "فقط", "أيضا", "كل", "جميع", "بعض", "غير",
		"سوى", "إلا", "أمس", "اليوم", "غدا", "الآن", "حيث", "بينما", "فيما", "كان", "كانت", "يكون", "تكون",
		"ليس", "ليست", "لكن", "بل", "إذا", "إذ", "لو", "مع", "وفق", "وفقا", "نحوا", "مقابل", "بنسبة", "نسبة",
		"بقيمة", "بمعدل", "معدل", "ساعة", "هناك", "هنا", "ذلك", "تلك", "هؤلاء", "أي", "أمام", "خلف",
		"فوق", "تحت", "وراء", "أثناء", "لصالح", "إزاء", "جراء", "بسبب", "رغم", "يوم", "آخر", "أخرى",
		"أخريات", "عالميا", "دوليا", "محليا", "رسميا", "عربيا", "إقليميا", "أسبوعيا", "أولا", "ثانيا", "ثالثا", "فأكثر", "أكثر", "أقل", "بالمئة", "تقريبا", "كاملة", "كامل", "فحسب", "إضافية", "إضافي", "جديدة", "جديد")
	return m
}

// curCountry maps a country named in the sentence to the currency its
// ambiguous unit (دينار, ريال, درهم, جنيه, ليرة) most likely means there.
var curCountry = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"الكويت", "KWD"}, {"الأردن", "JOD"}, {"العراق", "IQD"}, {"ليبيا", "LYD"}, {"تونس", "TND"},
		{"الجزائر", "DZD"}, {"البحرين", "BHD"}, {"قطر", "QAR"}, {"عمان", "OMR"}, {"إيران", "IRR"},
		{"اليمن", "YER"}, {"السعودية", "SAR"}, {"المغرب", "MAD"}, {"الإمارات", "AED"}, {"مصر", "EGP"},
		{"السودان", "SDG"}, {"بريطانيا", "GBP"}, {"لبنان", "LBP"}, {"سوريا", "SYP"}, {"سورية", "SYP"},
		{"تركيا", "TRY"},
	} {
		m[arabic.Normalize(p[0])] = p[1]
	}
	return m
}()

// curFamily lists the currencies an ambiguous unit can stand for, by its
// default code.
var curFamily = map[string]string{
	"KWD": "KWD JOD IQD LYD TND DZD BHD",
	"SAR": "SAR QAR OMR IRR YER",
	"AED": "AED MAD",
	"EGP": "EGP GBP SDG",
	"TRY": "TRY LBP SYP",
}

// inFamily reports whether code is one the unit with default def can mean.
func inFamily(def, code string) bool {
	f, ok := curFamily[def]
	return ok && strings.Contains(f, code)
}

// ordSubjects names what an ordinal counts, from the noun before or after it.
var ordSubjects = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"العام", "year"}, {"عام", "year"}, {"المرة", "time"}, {"مرة", "time"}, {"الدورة", "session"},
		{"الجولة", "round"}, {"جولة", "round"}, {"النسخة", "edition"}, {"المرحلة", "phase"}, {"الموسم", "season"},
	} {
		m[arabic.Normalize(p[0])] = p[1]
	}
	return m
}()

// subjects maps normalised words that name a measured quantity to English.
var subjects = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"التبادل", "bilateral trade"}, {"التجارة", "trade"}, {"التجاري", "trade"}, {"الصادرات", "exports"},
		{"صادرات", "exports"}, {"الواردات", "imports"}, {"واردات", "imports"}, {"الاستثمارات", "investment"},
		{"استثمارات", "investment"}, {"الاستثمار", "investment"}, {"التضخم", "inflation"}, {"النمو", "economic growth"},
		{"البطالة", "unemployment"}, {"القتلى", "deaths"}, {"الضحايا", "victims"}, {"الجرحى", "injured"},
		{"المصابين", "injured"}, {"اللاجئين", "refugees"}, {"النازحين", "displaced people"}, {"الديون", "debt"},
		{"الدين", "debt"}, {"العجز", "deficit"}, {"الميزانية", "budget"}, {"الموازنة", "budget"},
		{"الناتج", "GDP"}, {"الإنتاج", "production"}, {"إنتاج", "production"}, {"الاحتياطي", "reserves"},
		{"الاحتياطيات", "reserves"}, {"أسعار", "prices"}, {"سعر", "price"}, {"الأسعار", "prices"},
		{"الفائدة", "interest rate"}, {"المساعدات", "aid"}, {"مساعدات", "aid"}, {"قرض", "loan"}, {"القرض", "loan"},
		{"الصفقة", "deal"}, {"صفقة", "deal"}, {"الإيرادات", "revenue"}, {"إيرادات", "revenue"}, {"الأرباح", "profits"},
		{"أرباح", "profits"}, {"المبيعات", "sales"}, {"الخسائر", "losses"}, {"خسائر", "losses"}, {"الزيارة", "visit"},
		{"زيارة", "visit"}, {"الاجتماع", "meeting"}, {"اجتماع", "meeting"}, {"الذكرى", "anniversary"},
		{"التمويل", "financing"}, {"تمويل", "financing"}, {"الإنفاق", "spending"}, {"إنفاق", "spending"},
		{"الرسوم", "tariffs"}, {"رسوم", "tariffs"}, {"الرسوم الجمركية", "tariffs"}, {"الضرائب", "taxes"},
		{"السكان", "population"}, {"الوفيات", "deaths"}, {"الإصابات", "cases"}, {"المعتقلين", "detainees"},
		{"الأسرى", "prisoners"}, {"المتظاهرين", "protesters"}, {"الحجاج", "pilgrims"}, {"السياح", "tourists"},
		{"الصفقات", "deals"}, {"الاتفاقيات", "agreements"}, {"الاحتياطات", "reserves"}, {"الغاز", "gas"},
		{"النفط", "oil"}, {"الإمدادات", "supplies"}, {"تأشيرة", "visa-free stay"}, {"الهدنة", "truce"},
		{"الحصار", "blockade"}, {"الولاية", "term"}, {"الحرب", "war"}, {"القمة", "summit"}, {"الوفد", "delegation"},
	} {
		m[arabic.Normalize(p[0])] = p[1]
	}
	return m
}()

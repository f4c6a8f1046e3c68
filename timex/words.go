package timex

import "strings"

// The word lists are keyed by the normalised form without proclitics (see
// formsOf): "الخميس" and "والخميس" are both looked up as "خميس".

// gregMonths maps one-word Gregorian month names (Egyptian and Gulf,
// Levantine and Iraqi, Maghrebi and Moroccan forms) to their number.
var gregMonths = map[string]int{
	"يناير": 1, "جانفي": 1, "فبراير": 2, "فيفري": 2, "مارس": 3, "ابريل": 4, "افريل": 4,
	"مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "يوليوز": 7,
	"اغسطس": 8, "اوت": 8, "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "اكتوبر": 10, "نوفمبر": 11, "نونبر": 11,
	"ديسمبر": 12, "دجنبر": 12,
	"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
}

// ambiguousMonths are month names that are also common words or names
// (مارس "he practised", آب "father", ماي "May" the surname, جوان a name,
// نيسان the car maker): they count as months only with a day, a year, or a
// cue word around them.
var ambiguousMonths = map[string]bool{"مارس": true, "اب": true, "ماي": true, "جوان": true, "نيسان": true}

// monthCues are words after which a bare month name is a month ("في مارس").
var monthCues = map[string]bool{
	"في": true, "شهر": true, "منذ": true, "خلال": true, "حتي": true, "مطلع": true, "اوائل": true,
	"اواخر": true, "منتصف": true, "بدايه": true, "نهايه": true, "اواسط": true, "قبل": true, "بعد": true,
	"مع": true, "من": true, "الي": true,
}

// twoWordMonths are Levantine month names of two words: first word, then
// the core of the second.
var twoWordMonths = map[string]map[string]int{
	"كانون": {"ثاني": 1, "اول": 12},
	"تشرين": {"اول": 10, "ثاني": 11},
}

// hijriMonths maps one-word Hijri month names to their number.
var hijriMonths = map[string]int{
	"محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
}

// twoWordHijri are Hijri month names of two words.
var twoWordHijri = map[string]map[string]int{
	"ربيع":  {"اول": 3, "ثاني": 4, "اخر": 4},
	"جمادي": {"اولي": 5, "اول": 5, "ثانيه": 6, "اخره": 6, "اخر": 6, "ثاني": 6},
	"ذو":    {"قعده": 11, "حجه": 12},
	"ذي":    {"قعده": 11, "حجه": 12},
}

// weekdays maps day names to time.Weekday numbers.
var weekdays = map[string]int{"احد": 0, "اثنين": 1, "ثلاثاء": 2, "اربعاء": 3, "خميس": 4, "جمعه": 5, "سبت": 6}

// dayParts are words that may precede a day name ("مساء الخميس").
var dayParts = map[string]bool{
	"يوم": true, "مساء": true, "صباح": true, "ليله": true, "فجر": true, "ظهر": true, "عصر": true,
	"ظهيره": true, "ليل": true, "نهار": true, "امسيه": true, "منتصف": false,
}

// ordUnits are ordinal number words 1-10 ("الثالث", "الخامسة").
var ordUnits = map[string]int{
	"اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3,
	"رابع": 4, "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
	"ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}

// cardUnits are cardinal number words 1-10.
var cardUnits = map[string]int{
	"واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
	"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
	"سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}

// tens are the tens and hundreds as words (ordinal and cardinal alike).
var tens = map[string]int{
	"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
	"خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
	"ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
	"مئه": 100, "مائه": 100, "مئويه": 100, "مئوي": 100, "مئتين": 200, "مائتين": 200,
}

// units are the duration words of "قبل ثلاثة أيام": the calendar unit
// and the count a dual or singular form implies (0: needs a number).
type unit struct {
	u     byte // 'd' day, 'w' week, 'm' month, 'y' year
	count int
}

var units = map[string]unit{
	"يوم": {'d', 1}, "ايام": {'d', 0}, "يوما": {'d', 0}, "يومين": {'d', 2}, "يومان": {'d', 2},
	"اسبوع": {'w', 1}, "اسابيع": {'w', 0}, "اسبوعا": {'w', 0}, "اسبوعين": {'w', 2}, "اسبوعان": {'w', 2},
	"شهر": {'m', 1}, "اشهر": {'m', 0}, "شهور": {'m', 0}, "شهرا": {'m', 0}, "شهرين": {'m', 2}, "شهران": {'m', 2},
	"عام": {'y', 1}, "اعوام": {'y', 0}, "عاما": {'y', 0}, "عامين": {'y', 2}, "عامان": {'y', 2},
	"سنه": {'y', 1}, "سنوات": {'y', 0}, "سنين": {'y', 0}, "سنتين": {'y', 2}, "سنتان": {'y', 2},
	"عقد": {'y', 10}, "عقود": {'y', 0}, "عقدين": {'y', 20}, "قرن": {'y', 100}, "قرون": {'y', 0},
}

// periods are the nouns of "الأسبوع الماضي", "هذا العام".
var periods = map[string]byte{"اسبوع": 'w', "شهر": 'm', "عام": 'y', "سنه": 'y'}

// pastMods and futureMods are the adjectives of relative expressions;
// currentMods name the current period ("العام الجاري").
var (
	pastMods    = map[string]bool{"ماضي": true, "ماضيه": true, "منصرم": true, "منصرمه": true, "فائت": true, "فائته": true}
	futureMods  = map[string]bool{"مقبل": true, "مقبله": true, "قادم": true, "قادمه": true}
	currentMods = map[string]bool{"جاري": true, "جاريه": true, "حالي": true, "حاليه": true}
)

// futureCues are words that put the clause after them in the future or the
// plans: "سوف", "من المتوقع", "المقرر", "يعتزم", "في وقت لاحق".
var futureCues = map[string]bool{
	"سوف": true, "متوقع": true, "يتوقع": true, "تتوقع": true, "يتوقعون": true, "مقرر": true,
	"يقرر": false, "مزمع": true, "يعتزم": true, "تعتزم": true, "يعتزمان": true, "تعتزمان": true,
	"مرتقب": true, "مرتقبه": true, "يرتقب": true, "منتظر": true, "لاحق": true, "غدا": true,
	"مقبل": true, "مقبله": true, "قادم": true, "قادمه": true, "مقررا": true, "مقرره": true, "متوقعه": true,
	"يستعد": true, "تستعد": true, "يستعدان": true, "تستعدان": true,
}

// notFutureVerbs are words that look like سـ + imperfect verb but are not.
var notFutureVerbs = map[string]bool{
	"سياسه": true, "سياسي": true, "سياسيه": true, "سياسات": true, "سياسيين": true, "سياسيون": true,
	"سياره": true, "سيارات": true, "سيطره": true, "سيده": true, "سيدات": true, "سياده": true, "سيادي": true,
	"سيناريو": true, "سيناريوهات": true, "ستين": true, "ستون": true, "سنوات": true, "سنويه": true,
	"سنوي": true, "سنويا": true, "سنين": true, "سيول": true, "سيناء": true, "ستوكهولم": true, "سياحه": true,
	"سياحي": true, "سياحيه": true, "سيرجي": true, "ستيفن": true, "سيمون": true, "ستالين": true, "سيدني": true,
	"ستارمر": true, "سيريلانكا": true, "سيراليون": true, "سنغافوره": true, "سيبيريا": true, "سيئه": true,
	"ستيف": true, "سيرغي": true, "سيغريد": true, "سياق": true, "سيوف": true, "سينمائي": true, "سينما": true,
	"سيدتي": true, "ستراتيجيه": true, "سيارته": true, "سيطرت": true, "سيطر": true, "سنوياً": true,
	"ستوديو": true, "ساعات": true, "ساعه": true, "سابق": true, "سابقه": true, "سابقا": true,
}

// wordsAfterToday are words after "اليوم" that make it a noun phrase, not
// "today" (اليوم التالي, اليوم العالمي): any word with the article, plus
// these.
var wordsAfterToday = map[string]bool{"نفسه": true, "ذاته": true}

// lexicon holds every word that can begin a date expression, so that the
// scan passes over all other words with one look-up per form.
var lexicon = func() map[string]bool {
	m := map[string]bool{}
	addKeys := func(keys ...string) {
		for _, k := range keys {
			m[k] = true
		}
	}
	for k := range gregMonths {
		addKeys(k)
	}
	for k := range twoWordMonths {
		addKeys(k)
	}
	for k := range hijriMonths {
		addKeys(k)
	}
	for k := range twoWordHijri {
		addKeys(k)
	}
	for k := range weekdays {
		addKeys(k)
	}
	for k, v := range dayParts {
		if v {
			addKeys(k)
		}
	}
	for k := range ordUnits {
		addKeys(k)
	}
	for k := range tens {
		addKeys(k)
	}
	for k := range periods {
		addKeys(k)
	}
	for k := range yearNouns {
		addKeys(k)
	}
	addKeys("ذكري", "مرور", "اول", "امس", "بعد", "قبل", "منذ", "غد", "غدا", "يوم", "ليله", "هذا", "هذه")
	return m
}()

// lexiconForms holds every word that inLexicon accepts: each lexicon
// word with each chain of proclitics its stripping takes off, kept when
// the stripping finds it, so that the first pass rejects a word with one
// map look-up.
var lexiconForms = func() map[string]bool {
	m := map[string]bool{}
	for k := range lexicon {
		for _, c1 := range []string{"", "و", "ف"} {
			for _, c2 := range []string{"", "ب", "ل", "ك", "لل"} {
				for _, c3 := range []string{"", "ال"} {
					if w := c1 + c2 + c3 + k; slowInLexicon(w) {
						m[w] = true
					}
				}
			}
		}
	}
	return m
}()

// inLexicon reports whether some form of w (see formsOf) is in the
// lexicon.
func inLexicon(w string) bool { return lexiconForms[w] }

// slowInLexicon computes inLexicon by stripping the proclitics of w step
// by step, stopping at the first form in the lexicon.
func slowInLexicon(w string) bool {
	if lexicon[w] {
		return true
	}
	a := w
	if (strings.HasPrefix(a, "و") || strings.HasPrefix(a, "ف")) && len(a) > 4 {
		if a = a[2:]; lexicon[a] {
			return true
		}
	}
	if strings.HasPrefix(a, "لل") && len(a) > 6 {
		return lexicon[a[4:]]
	}
	if (strings.HasPrefix(a, "ب") || strings.HasPrefix(a, "ل") || strings.HasPrefix(a, "ك")) && len(a) > 4 {
		if a = a[2:]; lexicon[a] {
			return true
		}
	}
	return strings.HasPrefix(a, "ال") && len(a) > 4 && lexicon[a[4:]]
}

// term classes of the words of a term-start phrase (see termWords).
const (
	termStart  byte = 's' // a verb or verbal noun of taking up: بدء, تولي, تسلم
	termOath   byte = 'y' // أداء, أدى: a term start only with اليمين
	termSworn  byte = 'Y' // اليمين, the object of termOath
	termInaug  byte = 'i' // an inauguration, which needs no object: تنصيب, تنصيبه
	termObject byte = 'o' // what is taken up: ولايته, منصبه, مهامه, السلطة
	termAdj    byte = 'a' // an adjective after the object: الجديدة, الدستورية
	termRecent byte = 'r' // مؤخرا, the vague relative word after a phrase
)

// termWords are the words of the phrases that date a report from the start
// of a term of office ("منذ بدء ولايته الجديدة", "بعد أيام من تنصيبه",
// "منذ أدائه اليمين الدستورية أمس", "بعد توليه منصبه الشهر الماضي"), by
// their core (see formsOf), with their class. Ordinals after the object
// (ولايته الثانية) are read from ordUnits.
var termWords = map[string]byte{
	"بدء": termStart, "بدايه": termStart, "بدا": termStart, "بدات": termStart, "بدئه": termStart,
	"اداء": termOath, "ادائه": termOath, "ادائها": termOath, "اداءه": termOath, "اداءها": termOath,
	"ادي": termOath, "ادت": termOath, "يؤدي": termOath, "تؤدي": termOath,
	"تولي": termStart, "توليه": termStart, "توليها": termStart, "تولت": termStart,
	"تسلم": termStart, "تسلمه": termStart, "تسلمها": termStart, "تسلمت": termStart,
	"استلام": termStart, "استلامه": termStart, "استلامها": termStart,
	"تقلد": termStart, "تقلده": termStart, "تقلدها": termStart, "تقلدت": termStart,
	"مباشره": termStart, "مباشرته": termStart, "مباشرتها": termStart,
	"تنصيب": termInaug, "تنصيبه": termInaug, "تنصيبها": termInaug, "تتويج": termInaug, "تتويجه": termInaug,
	"ولايه": termObject, "ولايته": termObject, "ولايتها": termObject,
	"عهده": termObject, "عهدته": termObject, "عهدتها": termObject,
	"رئاسه": termObject, "رئاسته": termObject, "رئاستها": termObject,
	"منصب": termObject, "منصبه": termObject, "منصبها": termObject,
	"مهام": termObject, "مهامه": termObject, "مهامها": termObject,
	"فترته": termObject, "فترتها": termObject,
	"سلطه": termObject, "حكم": termObject, "يمين": termSworn,
	"جديده": termAdj, "جديد": termAdj, "رئاسيه": termAdj, "دستوريه": termAdj, "قانونيه": termAdj, "رسميا": termAdj,
	"مؤخرا": termRecent,
}

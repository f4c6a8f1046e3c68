package web

import (
	"math"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
)

// The Arabic wording of the pages: counted nouns, the labels of the record
// format's English values, and figures written as a reader says them.

// noun is the four forms an Arabic noun takes after a number.
type noun struct {
	One  string // 1, and 100, 101, 102, 1000…: genitive singular (حدث)
	Two  string // 2: the dual, said without the digit (حدثان)
	Few  string // 0 and 3–10 (and 103–110…): the plural (أحداث)
	Many string // 11–99 (and 111–199…): the accusative singular (حدثا)
}

// nouns are the counted nouns of the pages, by the key the templates use.
var nouns = map[string]noun{
	"event":     {"حدث", "حدثان", "أحداث", "حدثا"},
	"entity":    {"كيان", "كيانان", "كيانات", "كيانا"},
	"article":   {"مقال", "مقالان", "مقالات", "مقالا"},
	"source":    {"مصدر", "مصدران", "مصادر", "مصدرا"},
	"month":     {"شهر", "شهران", "أشهر", "شهرا"},
	"text":      {"نص", "نصان", "نصوص", "نصا"},
	"mention":   {"إشارة", "إشارتان", "إشارات", "إشارة"},
	"day":       {"يوم", "يومان", "أيام", "يوما"},
	"year":      {"سنة", "سنتان", "سنوات", "سنة"},
	"hour":      {"ساعة", "ساعتان", "ساعات", "ساعة"},
	"minute":    {"دقيقة", "دقيقتان", "دقائق", "دقيقة"},
	"person":    {"شخص", "شخصان", "أشخاص", "شخصا"},
	"dollar":    {"دولار", "دولاران", "دولارات", "دولارا"},
	"tonne":     {"طن", "طنان", "أطنان", "طنا"},
	"barrel":    {"برميل", "برميلان", "براميل", "برميلا"},
	"mile":      {"ميل", "ميلان", "أميال", "ميلا"},
	"litre":     {"لتر", "لتران", "لترات", "لترا"},
	"kilometre": {"كيلومتر", "كيلومتران", "كيلومترات", "كيلومترا"},
}

// Count writes n with the noun of the key in the form Arabic gives it
// after n: "1 حدث", "حدثان", "5 أحداث", "20 حدثا", "100 حدث". An unknown
// key is written after the number unchanged.
func Count(n int, key string) string {
	f, ok := nouns[key]
	if !ok {
		return strconv.Itoa(n) + " " + key
	}
	return countNoun(n, f)
}

// countNoun writes n and the form of f that n takes.
func countNoun(n int, f noun) string {
	if n == 2 {
		return f.Two
	}
	return strconv.Itoa(n) + " " + nounForm(n, f)
}

// nounForm returns the form of f that follows the number n.
func nounForm(n int, f noun) string {
	if n < 0 {
		n = -n
	}
	switch r := n % 100; {
	case n == 1:
		return f.One
	case n == 2:
		return f.Two
	case n == 0 || 3 <= r && r <= 10:
		return f.Few
	case 11 <= r:
		return f.Many
	}
	return f.One // 100, 101, 102, 200…
}

// modalityArabic names a modality in Arabic.
func modalityArabic(m string) string {
	return cmpOr(modalities[strings.ToLower(m)], m)
}

// modalities are the Arabic names of the modalities.
var modalities = map[string]string{
	string(marsad.Asserted): "مؤكَّد", string(marsad.Negated): "منفي",
	string(marsad.Planned): "مخطَّط", string(marsad.Claimed): "مزعوم",
}

// ploverArabic names a PLOVER event type in Arabic; an unknown type is
// given as it is.
func ploverArabic(t string) string {
	return cmpOr(ploverTypes[strings.ToUpper(t)], t)
}

// ploverTypes are the Arabic names of the PLOVER event types.
var ploverTypes = map[string]string{
	"AGREE": "اتفاق", "CONSULT": "تشاور", "SUPPORT": "دعم", "COOPERATE": "تعاون", "AID": "مساعدة",
	"CONCEDE": "تنازل", "RETREAT": "تراجع", "REQUEST": "مطالبة", "INVESTIGATE": "تحقيق", "DEMAND": "طلب",
	"DISAPPROVE": "انتقاد", "ACCUSE": "اتهام", "REJECT": "رفض", "THREATEN": "تهديد", "PROTEST": "احتجاج",
	"SANCTION": "عقوبة", "MOBILIZE": "تعبئة", "COERCE": "إكراه", "ASSAULT": "اعتداء",
}

// roles are the Arabic titles of the role keys of the gazetteer.
var roles = map[string]string{
	"president": "الرئيس", "vice_president": "نائب الرئيس", "prime_minister": "رئيس الوزراء",
	"foreign_minister": "وزير الخارجية", "defence_minister": "وزير الدفاع", "king": "الملك", "emir": "الأمير",
	"sultan": "السلطان", "emperor": "الإمبراطور", "crown_prince": "ولي العهد", "supreme_leader": "المرشد الأعلى",
	"leader": "الزعيم", "chancellor": "المستشار", "secretary_general": "الأمين العام",
	"general_secretary": "الأمين العام", "speaker": "رئيس البرلمان", "chairman": "الرئيس",
	"director_general": "المدير العام", "managing_director": "المدير العام", "prosecutor": "المدعي العام",
	"high_representative": "الممثل الأعلى", "commissioner_general": "المفوض العام",
	"commission_president": "رئيس المفوضية", "commission_chair": "رئيس المفوضية",
	"council_president": "رئيس المجلس", "foreign_ministry_spokesperson": "المتحدث باسم الخارجية",
	"presidential_spokesperson": "المتحدث باسم الرئاسة", "hamas_politburo_chief": "رئيس المكتب السياسي لحماس",
	"hezbollah_secretary_general": "الأمين العام لحزب الله",
}

// roleArabic names a role key in Arabic; an unknown key is given with its
// underscores as spaces.
func roleArabic(r string) string {
	if n, ok := roles[strings.ToLower(r)]; ok {
		return n
	}
	return strings.ReplaceAll(r, "_", " ")
}

// dateSourceArabic says in Arabic where a publication date came from.
func dateSourceArabic(s string) string {
	return cmpOr(dateSources[s], s)
}

// dateSources say in Arabic where a date came from.
var dateSources = map[string]string{
	string(marsad.DateFromMetadata): "من البيانات الوصفية", string(marsad.DateFromText): "من النص",
	string(marsad.DateFromInferred): "مستنتج", string(marsad.DateFromFlag): "محدد يدويا",
}

// qualifierArabic is the Arabic word put before a figure of the qualifier:
// نحو, أكثر من, أقل من; "" for an exact or ordinal figure.
func qualifierArabic(q marsad.Qualifier) string {
	return qualifiers[q]
}

// qualifiers are the Arabic words before a qualified figure.
var qualifiers = map[marsad.Qualifier]string{
	marsad.About: "نحو", marsad.MoreThan: "أكثر من", marsad.LessThan: "أقل من",
}

// unit is how a figure's unit is written: a counted noun, or a fixed word
// (يورو, ريال سعودي) that does not change with the number, or a suffix
// (٪) joined to it.
type unit struct {
	noun   string // a key of nouns
	word   string
	suffix string
}

// units are the units of the figure stage in Arabic. COUNT writes the
// number alone.
var units = map[string]unit{
	"USD": {noun: "dollar"}, "EUR": {word: "يورو"}, "GBP": {word: "جنيه إسترليني"}, "EGP": {word: "جنيه مصري"},
	"SAR": {word: "ريال سعودي"}, "QAR": {word: "ريال قطري"}, "OMR": {word: "ريال عماني"}, "YER": {word: "ريال يمني"},
	"IRR": {word: "ريال إيراني"}, "AED": {word: "درهم إماراتي"}, "MAD": {word: "درهم مغربي"},
	"KWD": {word: "دينار كويتي"}, "BHD": {word: "دينار بحريني"}, "JOD": {word: "دينار أردني"},
	"IQD": {word: "دينار عراقي"}, "LYD": {word: "دينار ليبي"}, "TND": {word: "دينار تونسي"},
	"DZD": {word: "دينار جزائري"}, "TRY": {word: "ليرة تركية"}, "SYP": {word: "ليرة سورية"},
	"LBP": {word: "ليرة لبنانية"}, "SDG": {word: "جنيه سوداني"}, "RUB": {word: "روبل"}, "CNY": {word: "يوان"},
	"INR": {word: "روبية هندية"}, "PKR": {word: "روبية باكستانية"}, "CHF": {word: "فرنك سويسري"},
	"JPY":     {word: "ين"},
	"PERCENT": {suffix: "٪"}, "COUNT": {},
	"DAY": {noun: "day"}, "YEAR": {noun: "year"}, "MONTH": {noun: "month"}, "HOUR": {noun: "hour"},
	"MINUTE": {noun: "minute"}, "PERSON": {noun: "person"}, "TONNE": {noun: "tonne"}, "BARREL": {noun: "barrel"},
	"MILE": {noun: "mile"}, "LITRE": {noun: "litre"}, "KM": {noun: "kilometre"},
}

// scales are the large numbers Arabic names, largest first.
var scales = []struct {
	v    float64
	name string
}{{1e12, "تريليون"}, {1e9, "مليار"}, {1e6, "مليون"}}

// FigureText writes a figure as a reader says it, with its qualifier and
// unit in Arabic: "نحو 12 مليار دولار", "6.4 مليار يورو", "1.2 مليون
// شخص", "12,000 شخص", "5 أيام", "يومان", "12.3٪". A value of a million or more is
// written in millions, billions or trillions when that takes at most two
// decimals; other values get their digits grouped by thousands. An
// unknown unit is written after the number as it is. An ordinal figure is
// the number alone.
func FigureText(f marsad.Figure) string {
	num, scaled := scaledNumber(f.Value)
	u, known := units[strings.ToUpper(f.Unit)]
	var s string
	switch {
	case !known:
		s = strings.TrimSpace(num + " " + f.Unit)
	case u.suffix != "":
		s = num + u.suffix
	case u.noun != "":
		n := nouns[u.noun]
		if scaled || f.Value != math.Trunc(f.Value) || math.Abs(f.Value) > 1e15 {
			// After مليون, and after a fraction, the noun is singular.
			s = num + " " + n.One
		} else if v := int(f.Value); v == 2 {
			s = n.Two // the dual says the number
		} else {
			s = num + " " + nounForm(v, n)
		}
	case u.word != "":
		s = num + " " + u.word
	default:
		s = num
	}
	if f.Qualifier == marsad.Ordinal {
		return num
	}
	if q := qualifierArabic(f.Qualifier); q != "" {
		s = q + " " + s
	}
	return s
}

// scaledNumber writes v in millions, billions or trillions when that needs
// at most two decimals (scaled is then true), else with grouped digits.
func scaledNumber(v float64) (s string, scaled bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64), false
	}
	a := math.Abs(v)
	for _, sc := range scales {
		if a < sc.v {
			continue
		}
		x := v / sc.v
		r := math.Round(x*100) / 100
		if math.Abs(x-r) <= 1e-9*math.Abs(x) {
			return strconv.FormatFloat(r, 'f', -1, 64) + " " + sc.name, true
		}
		break
	}
	return groupDigits(v), false
}

// groupDigits writes v with its integer digits grouped by three with
// commas and at most two decimals: 12,000 and 1,234.5.
func groupDigits(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if math.Abs(v) >= 1e21 { // FormatFloat gives every digit; grouping them all is no help
		return s
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3 + 1)
	b.WriteString(sign)
	head := len(intPart) % 3
	if head > 0 {
		b.WriteString(intPart[:head])
	}
	for i := head; i < len(intPart); i += 3 {
		if b.Len() > len(sign) {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	b.WriteString(frac)
	return b.String()
}

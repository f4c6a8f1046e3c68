package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// stems are the content words of generated text, in rough order of
// frequency, without clitics; forms() adds prefixes and suffixes.
var stems = strings.Fields(`
حكومة وزير رئيس دولة مدينة شعب جيش قوة حرب سلام اتفاق مفاوضات اجتماع مؤتمر
انتخابات برلمان مجلس حزب قانون دستور محكمة قاض شرطة أمن هجوم انفجار ضحية
مصدر مسؤول متحدث بيان تصريح تقرير وكالة صحيفة قناة مراسل خبر حدث قضية أزمة
اقتصاد سوق نفط غاز طاقة كهرباء ماء زراعة صناعة تجارة استثمار بنك عملة سعر
ميزانية ضريبة دين قرض مساعدة منظمة لاجئ حدود معبر مطار ميناء طريق سيارة
مستشفى طبيب مريض وباء لقاح مدرسة جامعة طالب معلم تعليم صحة ثقافة فن رياضة
فريق مباراة بطولة لاعب مدرب ملعب جمهور هدف فوز خسارة موسم عاصمة منطقة إقليم
قرية شارع حي مبنى منزل عائلة طفل امرأة رجل شاب عامل موظف نقابة إضراب احتجاج
مظاهرة ناشط حقوق حرية صحافة رقابة إعلام شبكة موقع هاتف تقنية شركة مشروع خطة
برنامج مبادرة لجنة هيئة سلطة وزارة خارجية داخلية دفاع مالية عدل سفير سفارة
زيارة جولة قمة محادثات علاقات تعاون شراكة عقوبات تهديد تحذير أزمة نزاع صراع
هدنة وقف إطلاق نار قصف غارة صاروخ طائرة دبابة جندي ضابط قائد عملية معركة
جبهة مقاتل أسير رهينة مفقود جريح قتيل إصابة إغاثة غذاء دواء خيمة مخيم نزوح
مطر عاصفة فيضان زلزال حريق جفاف مناخ بيئة تلوث غابة بحر نهر جبل صحراء ساحل
`)

var function = strings.Fields(`في من على إلى عن أن إن التي الذي كما بعد قبل خلال حيث مع بين ضد حول منذ عند لدى هذا هذه ذلك تلك قد لم لن كان كانت وقد`)

var verbs = strings.Fields(`قال أعلن أكد أضاف أوضح أشار ذكر نفى دعا طالب رفض وافق قرر بدأ أنهى شهد استقبل التقى زار غادر وصل عقد ناقش بحث وقع أصدر نشر كشف`)

var places = strings.Fields(`القاهرة دمشق بغداد بيروت عمان الرياض الدوحة أبوظبي الخرطوم تونس الجزائر الرباط طرابلس صنعاء غزة القدس أنقرة طهران موسكو واشنطن باريس لندن برلين بكين`)

var prefixes = []string{"", "", "", "ال", "ال", "ال", "و", "وال", "بال", "لل", "ف", "ب", "ل", "كال"}
var suffixes = []string{"", "", "", "", "ات", "ها", "هم", "ين", "ان"}

// form returns a surface form of a stem: a clitic or article before it,
// sometimes a suffix after it.
func form(r *rand.Rand, stem string) string {
	p := prefixes[r.IntN(len(prefixes))]
	s := suffixes[r.IntN(len(suffixes))]
	if strings.HasSuffix(stem, "ة") && s != "" {
		stem = strings.TrimSuffix(stem, "ة") + "ت"
		if s == "ات" {
			stem = strings.TrimSuffix(stem, "ت")
		}
	}
	return p + stem + s
}

// sentence appends a generated sentence to b.
func sentence(b *strings.Builder, r *rand.Rand, z *rand.Zipf) {
	n := 8 + r.IntN(14)
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch x := r.IntN(20); {
		case i == 0 && x < 8:
			b.WriteString(verbs[r.IntN(len(verbs))])
		case x < 5:
			b.WriteString(function[r.IntN(len(function))])
		case x == 5:
			b.WriteString(places[r.IntN(len(places))])
		case x == 6 && i < n-1:
			fmt.Fprintf(b, "%d", 1+r.IntN(2025))
		default:
			b.WriteString(form(r, stems[z.Uint64()]))
		}
		if x := r.IntN(12); x == 0 && i < n-1 {
			b.WriteString("،")
		}
	}
	if r.IntN(8) == 0 {
		b.WriteString("؟ ")
	} else {
		b.WriteString(". ")
	}
}

// GenerateDocuments returns n documents of varied generated Arabic text,
// each with a body of about size bytes in paragraphs, a title, an outlet
// and a publication date, ids "gen-000001" and on. The text is made from
// a word list with clitics, suffixes, numbers and punctuation, word
// frequencies falling off like a natural language's. The same seed gives
// the same documents; benchmarks of every store and engine use it, so
// their figures compare.
func GenerateDocuments(n int, seed uint64, size int) []*marsad.Document {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	z := rand.NewZipf(r, 1.1, 4, uint64(len(stems)-1))
	outlets := []string{"aljazeera", "bbc", "alarabiya", "skynews", "rt", "anadolu"}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*marsad.Document, n)
	var b strings.Builder
	for i := range docs {
		b.Reset()
		for range 6 + r.IntN(5) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(form(r, stems[z.Uint64()]))
		}
		title := b.String()
		var paras []string
		total := 0
		for total < size {
			b.Reset()
			for range 2 + r.IntN(4) {
				sentence(&b, r, z)
			}
			p := strings.TrimSpace(b.String())
			paras = append(paras, p)
			total += len(p) + 2
		}
		published := start.AddDate(0, 0, r.IntN(730)).Format(time.DateOnly)
		docs[i] = NewDocument(fmt.Sprintf("gen-%06d", i+1), outlets[r.IntN(len(outlets))], published, title, paras...)
	}
	return docs
}

// Queries returns n search queries for generated documents: one to three
// words (a sixth of them a quoted phrase of two), from frequent and rare
// stems, with clitics, as a user would type them.
func Queries(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, seed+1))
	qs := make([]string, n)
	for i := range qs {
		k := 1 + r.IntN(3)
		var ws []string
		for range k {
			ws = append(ws, form(r, stems[r.IntN(len(stems))]))
		}
		q := strings.Join(ws, " ")
		if k >= 2 && r.IntN(6) == 0 {
			q = `"` + ws[0] + " " + ws[1] + `"`
		}
		qs[i] = q
	}
	return qs
}

package story_test

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/story"
)

const wire = `قال وزير الخارجية إن المحادثات التي جرت في العاصمة تناولت سبل تعزيز العلاقات الثنائية بين البلدين
وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقات الموقعة خلال الزيارة
وأشار إلى أن حجم التبادل التجاري بين البلدين بلغ نحو مليار دولار في العام الماضي
وأكد الوزير أن بلاده تدعم كل الجهود الرامية إلى تحقيق الاستقرار في المنطقة`

func TestSketch_Similarity(t *testing.T) {
	lines := strings.Split(wire, "\n")
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"Identical", wire, wire, 1, 1},
		{"SpellingVariants", wire, strings.NewReplacer("إ", "ا", "أ", "ا", "ة", "ه").Replace(wire), 1, 1},
		{"Punctuation", wire, strings.ReplaceAll(wire, "\n", ".\n"), 1, 1},
		{"ParagraphDropped", wire, strings.Join(append(lines[:1:1], lines[2:]...), "\n"), 0.6, 1},
		{"FewWordsChanged", wire, strings.NewReplacer("قال", "أفاد", "نحو", "حوالي", "تدعم", "تساند").Replace(wire), 0.5, 0.95},
		{"Unrelated", wire, "شهدت العاصمة اليوم مظاهرات حاشدة للمطالبة بإجراء انتخابات مبكرة وسط انتشار أمني كثيف في الشوارع والميادين الرئيسية", 0, 0.1},
		{"TooShort", "كلمتان فقط", "كلمتان فقط", 0, 0},
		{"Empty", "", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := story.Sketch(tt.a), story.Sketch(tt.b)
			if got := a.Similarity(&b); got < tt.min || got > tt.max {
				t.Errorf("got similarity %.3f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
		})
	}
}

func doc(id, body string) *marsad.Document {
	return &marsad.Document{Article: marsad.Article{ID: id, Text: body}, Body: []marsad.Line{{Text: body}}}
}

func TestIndex_Add(t *testing.T) {
	x := story.NewIndex()
	lines := strings.Split(wire, "\n")
	steps := []struct {
		doc  *marsad.Document
		want []string
	}{
		{doc("orig", wire), nil},
		{doc("other", "شهدت العاصمة اليوم مظاهرات حاشدة للمطالبة بإجراء انتخابات مبكرة وسط انتشار أمني كثيف"), nil},
		{doc("copy", strings.Join(lines[1:], "\n")), []string{"orig"}},
		{doc("copy2", wire), []string{"orig", "copy"}},
		{doc("short", "نص قصير"), nil},
	}
	for _, s := range steps {
		got := x.Add(s.doc)
		if strings.Join(got, ",") != strings.Join(s.want, ",") {
			t.Errorf("Add(%s): got dups %v, want %v", s.doc.ID(), got, s.want)
		}
	}
}

func FuzzSketch(f *testing.F) {
	f.Add(wire)                                    // an ordinary Arabic text
	f.Add("")                                      // nothing
	f.Add("a b")                                   // fewer words than a shingle
	f.Add("بـ\"التعاون ١٢٫٥٪ 2024م Putin's")       // clitics, digits, Latin
	f.Add("\xff\xfe\xfd invalid utf-8 \xc3")       // invalid UTF-8
	f.Add(strings.Repeat("كلمة ", 2000))           // longer than one tokenising chunk
	f.Add(strings.Repeat("ا", 5000))               // one word longer than a chunk
	f.Add(strings.Repeat("\u064b", 3000) + " ب ت") // marks with no letter
	f.Fuzz(func(t *testing.T, s string) {
		a := story.Sketch(s)
		b := story.Sketch(s)
		if !a.Empty() && a.Similarity(&b) != 1 {
			t.Errorf("Sketch(%q) is not deterministic", s)
		}
		x := story.NewIndex()
		x.Add(doc("a", s))
		if got := x.Add(doc("b", s)); !a.Empty() && len(got) != 1 {
			t.Errorf("Add of the same text twice: got dups %v, want [a]", got)
		}
	})
}

package arabic_test

import (
	"fmt"

	"github.com/marsad-project/marsad/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("أَعلنَ المسؤولُ عن مُبادَرةٍ إلى ﺍﻟﺴﻼﻡ عام ٢٠٢٤ «رسمياً»"))
	// Output: اعلن المسوول عن مبادره الي السلام عام 2024 "رسميا"
}

func ExampleTokenize() {
	text := `رحّب بـ"التعاون" بنسبة 3.5% عام ٢٠٢٤م، وقال Reuters.`
	for _, t := range arabic.Tokenize(text) {
		fmt.Printf("%-6s %q\n", t.Kind, t.Text(text))
	}
	// Output:
	// Word   "رحّب"
	// Word   "بـ"
	// Punct  "\""
	// Word   "التعاون"
	// Punct  "\""
	// Word   "بنسبة"
	// Number "3.5"
	// Symbol "%"
	// Word   "عام"
	// Number "٢٠٢٤م"
	// Punct  "،"
	// Word   "وقال"
	// Latin  "Reuters"
	// Punct  "."
}

func ExampleSentences() {
	text := "قال د. أحمد إن النمو بلغ 3.5 بالمئة. وأضاف: «لن نتراجع. أبدا» ثم غادر؟ زيارة غير مسبوقة.. أوكرانيا ترحب"
	for _, s := range arabic.Sentences(text) {
		fmt.Println(s.Text(text))
	}
	// Output:
	// قال د. أحمد إن النمو بلغ 3.5 بالمئة.
	// وأضاف: «لن نتراجع. أبدا» ثم غادر؟
	// زيارة غير مسبوقة..
	// أوكرانيا ترحب
}

func ExampleBases() {
	fmt.Println(arabic.Bases(arabic.Normalize("وللحكومة")))
	fmt.Println(arabic.Bases("والصين"))
	fmt.Println(arabic.Bases("لبوتين"))
	// Output:
	// [وللحكومه للحكومه وللحكوم لحكومه للحكوم حكومه لحكوم حكوم]
	// [والصين الصين صين]
	// [لبوتين بوتين]
}

func ExampleKey() {
	for _, w := range []string{"الحكومة", "وللحكومة", "حكومات", "المفاوضات", "مفاوضات"} {
		fmt.Println(w, arabic.Key(w))
	}
	// Output:
	// الحكومة حكوم
	// وللحكومة حكوم
	// حكومات حكوم
	// المفاوضات مفاوض
	// مفاوضات مفاوض
}

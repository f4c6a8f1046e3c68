package ner_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/marsad-project/marsad/ner"
)

func ExampleModel_Tag() {
	tokens := strings.Fields("التقى الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من البنك الدولي .")
	tags := ner.Default().Tag(tokens)
	ner.WriteCoNLL(os.Stdout, tokens, tags)
	// Output:
	// التقى O
	// الرئيس O
	// المصري O
	// عبد B-PERS
	// الفتاح I-PERS
	// السيسي I-PERS
	// في O
	// القاهرة B-LOC
	// وفدا O
	// من O
	// البنك B-ORG
	// الدولي I-ORG
	// . O
}

func ExampleModel_TagText() {
	text := "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت."
	for _, sp := range ner.Default().TagText(text) {
		fmt.Println(sp.Type, text[sp.Start:sp.End])
	}
	// Output:
	// PERS جان إيف لودريان
	// LOC بيروت
}

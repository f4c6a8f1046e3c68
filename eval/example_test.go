package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/marsad-project/marsad/eval"
)

func ExampleScore() {
	gold, err := eval.ReadGold(strings.NewReader(`{"schema": "marsad-gold/1", "documents": [
 {"id": "a", "published": "2025-09-02",
  "entities": [{"id": "Q148", "arabic": "الصين"}, {"id": null, "arabic": "مجلس الأمن الدولي"}],
  "figures": [{"value": 200000000000, "unit": "USD"}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	docs, stories, err := eval.ReadExport(strings.NewReader(
		`{"id": "a", "published": "2025-09-02", "entities": [{"id": "Q148"}, {"id": null, "arabic": "مجلس الأمن"}], "figures": [{"value": 201e9, "unit": "usd"}]}` + "\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := eval.Score(gold, docs, stories, nil)
	rep.WriteText(os.Stdout)
	// Output:
	// entities     P=1.000 R=1.000 F1=1.000  (tp=2 fp=0 fn=0)
	// events       P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=0)
	// quotes       P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=0)
	// figures      P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
	// boilerplate  P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=0)
	// stories      P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=0)
	// event dates agree 0/0; published dates agree 1/1
}

func ExampleNorm() {
	fmt.Println(eval.Norm("«أَكَّدَ الرئيسُ»: المدينة الـــكبرى"))
	// Output: اكد الرييس المدينه الكبري
}

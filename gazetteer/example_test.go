package gazetteer_test

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

func ExampleKB_Holder() {
	kb := gazetteer.Default()
	for _, day := range []string{"2018-06-01", "2024-06-01", "2025-06-01"} {
		on, _ := time.Parse(time.DateOnly, day)
		fmt.Println(day, kb.Holder("president", "USA", on).Name)
	}
	// Output:
	// 2018-06-01 Donald Trump
	// 2024-06-01 Joe Biden
	// 2025-06-01 Donald Trump
}

func ExampleKB_Lookup() {
	kb := gazetteer.Default()
	for _, e := range kb.Lookup(arabic.Normalize("الصينيون")) {
		fmt.Println(e.Name, e.Code, e.QID)
	}
	// Output: China CHN Q148
}

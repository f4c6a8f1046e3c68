package figure_test

import (
	"fmt"

	"github.com/marsad-project/marsad/figure"
)

func ExampleFinder_Find() {
	f := figure.NewFinder()
	for _, fg := range f.Find("ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار، للعام الثالث على التوالي") {
		fmt.Printf("%g %s %s (%s): %s\n", fg.Value, fg.Unit, fg.Qualifier, fg.Subject, fg.Evidence)
	}
	// Output:
	// 2.4e+11 USD more_than (bilateral trade): ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار
	// 3 COUNT ordinal (year): للعام الثالث على التوالي
}

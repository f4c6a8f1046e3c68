package sample_test

import (
	"fmt"
	"io/fs"
	"log"
	"slices"
	"strings"

	"github.com/marsad-project/marsad/sample"
)

func ExampleManifest() {
	entries, err := sample.Manifest()
	if err != nil {
		log.Fatal(err)
	}
	stories := map[string][]string{}
	for _, e := range entries {
		stories[e.Story] = append(stories[e.Story], e.Outlet)
	}
	var keys []string
	for k, outlets := range stories {
		if len(outlets) > 1 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	fmt.Println(len(entries), "documents")
	for _, k := range keys {
		fmt.Println(k, strings.Join(stories[k], "، "))
	}
	// Output:
	// 20 documents
	// congo-doha-talks وكالة المدار، موقع الرصد نيوز، قناة الساحل
	// egypt-turkey-cairo وكالة المدار، صحيفة الأفق، قناة الساحل
	// saudi-iran-muscat صحيفة الأفق، وكالة المدار، موقع الرصد نيوز
}

func ExampleFS() {
	data, err := fs.ReadFile(sample.FS(), "rasd-russia-china-call.txt")
	if err != nil {
		log.Fatal(err)
	}
	headline, _, _ := strings.Cut(string(data), "\n")
	fmt.Println(headline)
	// Output:
	// بوتين وشي يبحثان هاتفياً التسوية في أوكرانيا والتعاون في مجال الطاقة
}

func ExampleGenerator() {
	g := sample.Generator{Size: 2000, Seed: 1, Prefix: "demo"}
	for a := range g.Articles(3) {
		fmt.Println(a.ID, a.Outlet, len(a.Text) >= 2000)
	}
	// Output:
	// demo-000000 outlet-0 true
	// demo-000001 outlet-1 true
	// demo-000002 outlet-2 true
}

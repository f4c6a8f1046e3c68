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

package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad/ingest"
)

func ExampleReadJSONL() {
	input := `{"id":"r1","outlet":"وكالة","published":"2024-05-01","text":"نص الخبر"}
not json
{"url":"https://example.org/news/2","text":"خبر آخر"}
`
	for a, err := range ingest.ReadJSONL(context.Background(), "news.jsonl", strings.NewReader(input), ingest.DefaultOptions()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.ID, a.Source, a.Text)
	}
	// Output:
	// r1 news.jsonl:1 نص الخبر
	// error: news.jsonl:2: syntax error: invalid character 'o' in literal null (expecting 'u')
	// 064e9e8fcb43eb75 news.jsonl:3 خبر آخر
}

func ExampleDecode() {
	text, err := ingest.Decode([]byte("\xef\xbb\xbfسطر\r\nسطر"))
	fmt.Printf("%q %v\n", text, err)
	_, err = ingest.Decode([]byte("caf\xe9"))
	fmt.Println(err)
	// Output:
	// "سطر\nسطر" <nil>
	// unsupported encoding: invalid UTF-8 at byte 3
}

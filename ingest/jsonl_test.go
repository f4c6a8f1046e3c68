package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	marsad "github.com/marsad-project/marsad"
)

// collect drains a reader into articles and errors.
func collect(seq func(func(*marsad.Article, error) bool)) (arts []*marsad.Article, errs []error) {
	for a, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func TestReadJSONL(t *testing.T) {
	page := `<html><head><title>عنوان الصفحة</title><meta property="og:site_name" content="الموقع"></head><body><article>` + para + `</article></body></html>`
	input := strings.Join([]string{
		`{"id":"a1","url":"https://example.org/1","outlet":"وكالة","title":"عنوان","published":"2024-05-01","text":"نص أول\r\nسطر"}`,
		``,
		`{"id":42,"text":"نص برقم"}`,
		`{"url":"https://Example.org/2#x","published":"2024-05-02T10:00:00+03:00","text":"نص بلا معرف"}`,
		`{"text":"نص بلا معرف ولا رابط","published":"Thu, 02 May 2024 10:00:00 GMT"}`,
		`{"id":"h1","title":"عنوان السجل","html":` + jsonString(page) + `}`,
		`not json`,
		`{"id":"e1"}`,
		`{"id":"e2","text":"  "}`,
		`{"id":"e3","text":"نص","published":"yesterday"}`,
		`{"id":true,"text":"نص"}`,
		`   `,
		`{"id":"last","text":"الأخير"}`,
	}, "\n")
	arts, errs := collect(ReadJSONL(context.Background(), "in.jsonl", strings.NewReader(input), DefaultOptions()))
	type want struct{ id, source, title, outlet, text string }
	wants := []want{
		{"a1", "in.jsonl:1", "عنوان", "وكالة", "نص أول\nسطر"},
		{"42", "in.jsonl:3", "", "", "نص برقم"},
		{URLID("https://example.org/2"), "in.jsonl:4", "", "", "نص بلا معرف"},
		{"in:5", "in.jsonl:5", "", "", "نص بلا معرف ولا رابط"},
		{"h1", "in.jsonl:6", "عنوان السجل", "الموقع", ""},
		{"last", "in.jsonl:13", "", "", "الأخير"},
	}
	if len(arts) != len(wants) {
		t.Fatalf("got %d articles, want %d (errors: %v)", len(arts), len(wants), errs)
	}
	for i, w := range wants {
		a := arts[i]
		if a.ID != w.id || a.Source != w.source || a.Title != w.title || a.Outlet != w.outlet || (w.text != "" && a.Text != w.text) {
			t.Errorf("article %d: got {%q %q %q %q %q}, want %q", i, a.ID, a.Source, a.Title, a.Outlet, a.Text, w)
		}
		if a.Format != marsad.FormatJSONL {
			t.Errorf("article %d: got format %q, want jsonl", i, a.Format)
		}
	}
	if got, want := arts[0].Published, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("published: got %v, want %v", got, want)
	}
	if got := arts[3].Published; got.IsZero() {
		t.Errorf("RFC 1123 published: got zero time")
	}
	wantErrs := []string{"in.jsonl:7: ", "in.jsonl:8: ", "in.jsonl:9: ", "in.jsonl:10: published", "in.jsonl:11: "}
	if len(errs) != len(wantErrs) {
		t.Fatalf("got %d errors %v, want %d", len(errs), errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		var ie *InputError
		if !errors.As(errs[i], &ie) || !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d: got %v, want *InputError starting %q", i, errs[i], w)
		}
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestReadJSONL_LongLine(t *testing.T) {
	opt := DefaultOptions()
	opt.MaxSize = 100
	input := `{"id":"a","text":"` + strings.Repeat("x", 500) + `"}` + "\n" + `{"id":"b","text":"قصير"}` + "\n"
	arts, errs := collect(ReadJSONL(context.Background(), "big.jsonl", strings.NewReader(input), opt))
	if len(arts) != 1 || arts[0].ID != "b" {
		t.Errorf("got articles %v, want only b", arts)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), "big.jsonl:1: ") {
		t.Errorf("got errors %v, want one ErrTooLarge for big.jsonl:1", errs)
	}
}

func TestReadJSONL_LineOverBuffer(t *testing.T) {
	// A line longer than the bufio buffer (64 KiB) but under MaxSize.
	text := strings.Repeat("كلمة ", 40000)
	input := `{"id":"long","text":"` + text + `"}`
	arts, errs := collect(ReadJSONL(context.Background(), "l.jsonl", strings.NewReader(input), DefaultOptions()))
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != text {
		t.Errorf("got %d articles, errors %v, want the one long record", len(arts), errs)
	}
}

func TestReadJSONL_Stop(t *testing.T) {
	input := strings.Repeat(`{"text":"نص"}`+"\n", 10)
	n := 0
	for range ReadJSONL(context.Background(), "s.jsonl", strings.NewReader(input), DefaultOptions()) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("got %d records after break, want 3", n)
	}
}

func TestReadJSON_Array(t *testing.T) {
	input := "[\n  {\"id\": \"x\", \"text\": \"نص\"},\n  {\"id\": \"y\"},\n  {\"id\": \"z\", \"text\": \"آخر\"}\n]\n"
	arts, errs := collect(readJSON(context.Background(), "a.json", []byte(input), DefaultOptions()))
	if len(arts) != 2 || arts[0].ID != "x" || arts[1].ID != "z" || arts[1].Source != "a.json:4" {
		t.Errorf("got %v, want x and z (a.json:4)", arts)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "a.json:3: ") {
		t.Errorf("got errors %v, want one for a.json:3", errs)
	}
	one := "{\n \"id\": \"solo\",\n \"text\": \"نص\"\n}\n"
	arts, errs = collect(readJSON(context.Background(), "o.json", []byte(one), DefaultOptions()))
	if len(arts) != 1 || arts[0].ID != "solo" || len(errs) != 0 {
		t.Errorf("one object: got %v, %v, want solo", arts, errs)
	}
}

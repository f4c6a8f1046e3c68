package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/pipeline"
)

// upper is a cleaner that makes the whole text one body line.
type upper struct{ observed atomic.Int32 }

func (u *upper) Clean(a *marsad.Article) *marsad.Document {
	return &marsad.Document{Article: *a, Body: []marsad.Line{{Text: strings.ToUpper(a.Text), Span: marsad.Span{End: len(a.Text)}}}}
}

func (u *upper) Observe(a *marsad.Article) { u.observed.Add(1) }

func articles(n int) []*marsad.Article {
	out := make([]*marsad.Article, n)
	for i := range out {
		out[i] = &marsad.Article{ID: fmt.Sprintf("a%03d", i), Text: fmt.Sprintf("text %d", i)}
	}
	return out
}

func TestPipeline_MapKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			p := &pipeline.Pipeline{Cleaner: &upper{}}
			in := articles(100)
			var got []string
			err := p.Map(context.Background(), in, workers, func(d *marsad.Document) error {
				got = append(got, d.ID())
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(in) {
				t.Fatalf("got %d documents, want %d", len(got), len(in))
			}
			for i, id := range got {
				if id != in[i].ID {
					t.Fatalf("document %d: got %s, want %s", i, id, in[i].ID)
				}
			}
		})
	}
}

func TestPipeline_StreamPassesErrorsInOrder(t *testing.T) {
	p := &pipeline.Pipeline{Cleaner: &upper{}}
	bad := errors.New("unreadable")
	seq := func(yield func(*marsad.Article, error) bool) {
		for i, a := range articles(10) {
			if i%3 == 0 {
				if !yield(nil, bad) {
					return
				}
				continue
			}
			if !yield(a, nil) {
				return
			}
		}
	}
	var got []string
	err := p.Stream(context.Background(), seq, 4, func(r pipeline.Result) error {
		if r.Err != nil {
			got = append(got, "err")
		} else {
			got = append(got, r.Doc.ID())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "err a001 a002 err a004 a005 err a007 a008 err"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

func TestPipeline_StreamStopsOnOutError(t *testing.T) {
	p := &pipeline.Pipeline{Cleaner: &upper{}}
	stop := errors.New("stop")
	n := 0
	err := p.Map(context.Background(), articles(1000), 4, func(d *marsad.Document) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("got err %v after %d documents, want stop after 5", err, n)
	}
}

func TestPipeline_Published(t *testing.T) {
	flag := marsad.DayDate(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	meta := time.Date(2024, 5, 16, 9, 30, 0, 0, time.UTC)
	inferred := pipeline.StageFunc(func(d *marsad.Document) {
		if strings.Contains(d.Article.Text, "dated") {
			d.Published = marsad.DayDate(time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC))
			d.PublishedSource = marsad.DateFromText
		}
	})
	tests := []struct {
		name       string
		article    marsad.Article
		want       string
		wantSource marsad.DateSource
	}{
		{"Metadata", marsad.Article{ID: "m", Text: "dated", Published: meta}, "2024-05-16", marsad.DateFromMetadata},
		{"Text", marsad.Article{ID: "t", Text: "dated"}, "2023-01-02", marsad.DateFromText},
		{"Flag", marsad.Article{ID: "f", Text: "nothing"}, "2025-03-01", marsad.DateFromFlag},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &pipeline.Pipeline{Cleaner: &upper{}, DatePublished: inferred, Published: flag}
			d := p.Analyze(&tt.article)
			if d.Published.String() != tt.want || d.PublishedSource != tt.wantSource {
				t.Errorf("got %s from %s, want %s from %s", d.Published, d.PublishedSource, tt.want, tt.wantSource)
			}
		})
	}
}

func TestPipeline_HashChangesWithContent(t *testing.T) {
	p := &pipeline.Pipeline{Cleaner: &upper{}}
	a := &marsad.Article{ID: "x", Text: "one"}
	h1 := p.Analyze(a).Hash
	if h2 := p.Analyze(&marsad.Article{ID: "x", Text: "one"}).Hash; h1 != h2 {
		t.Errorf("same content: got hashes %s and %s, want equal", h1, h2)
	}
	if h3 := p.Analyze(&marsad.Article{ID: "x", Text: "two"}).Hash; h1 == h3 {
		t.Errorf("changed content: got equal hashes %s", h1)
	}
}

func BenchmarkPipeline_Map(b *testing.B) {
	p := &pipeline.Pipeline{Cleaner: &upper{}}
	in := articles(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Map(context.Background(), in, 2, func(*marsad.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

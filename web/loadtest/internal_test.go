package loadtest

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad/internal/golden"
)

func TestPercentile(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = ms(i + 1) // 1..100 ms
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"One", []time.Duration{ms(7)}, 0.99, ms(7)},
		{"MedianOfTwo", []time.Duration{ms(1), ms(2)}, 0.5, ms(1)},
		{"MedianOf100", hundred, 0.5, ms(50)},
		{"P90Of100", hundred, 0.9, ms(90)},
		{"P99Of100", hundred, 0.99, ms(99)},
		{"P100Of100", hundred, 1, ms(100)},
		{"P99OfTen", hundred[:10], 0.99, ms(10)},
		{"P0", hundred, 0, ms(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("percentile(%d values, %v) = %v, want %v", len(tt.sorted), tt.p, got, tt.want)
			}
		})
	}
}

// fixedSamples are 100 searches of 1..100 ms, the tenth of them failed, and
// 10 documents of 2 ms each.
func fixedSamples() []sample {
	var all []sample
	for i := range 100 {
		all = append(all, sample{kind: 0, err: i%10 == 9, d: time.Duration(i+1) * time.Millisecond})
	}
	for range 10 {
		all = append(all, sample{kind: 1, d: 2 * time.Millisecond})
	}
	return all
}

func TestReport(t *testing.T) {
	r := report(fixedSamples(), 2*time.Second)
	if r.Requests != 110 || r.Errors != 10 {
		t.Errorf("got %d requests, %d errors, want 110, 10", r.Requests, r.Errors)
	}
	s := r.ByKind[KindSearch]
	want := Stats{Count: 100, Errors: 10, P50: 50 * time.Millisecond, P90: 90 * time.Millisecond,
		P99: 99 * time.Millisecond, Max: 100 * time.Millisecond, RPS: 50}
	if s != want {
		t.Errorf("search: got %+v, want %+v", s, want)
	}
	d := r.ByKind[KindDocument]
	if d.Count != 10 || d.Errors != 0 || d.P99 != 2*time.Millisecond || d.RPS != 5 {
		t.Errorf("document: got %+v, want 10 requests of 2ms at 5 rps", d)
	}
	if r.Total.Count != 110 || r.Total.Max != 100*time.Millisecond || r.Total.RPS != 55 {
		t.Errorf("total: got %+v, want 110 requests, max 100ms, 55 rps", r.Total)
	}
}

func TestReport_WriteText(t *testing.T) {
	r := report(fixedSamples(), 2*time.Second)
	r.ErrorExamples = []string{"GET http://127.0.0.1/api/search?q=x&limit=10: 500 Internal Server Error"}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "report.txt"), b.Bytes())
}

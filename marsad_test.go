package marsad_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  bool
	}{
		{"2025-11-03", "2025-11-03", false},
		{"2025-11", "2025-11", false},
		{"2025", "2025", false},
		{"2024-05-16T10:00:00+03:00", "2024-05-16", false},
		{"16/05/2024", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := marsad.ParseDate(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("ParseDate(%q): got error %v, want error %v", tt.in, err, tt.err)
			}
			if err != nil {
				if marsad.ErrorCode(err) != marsad.EINVALID {
					t.Errorf("ParseDate(%q): got code %q, want %q", tt.in, marsad.ErrorCode(err), marsad.EINVALID)
				}
				return
			}
			if got := d.String(); got != tt.want {
				t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestErrorCode(t *testing.T) {
	wrapped := fmt.Errorf("open: %w", marsad.Errorf(marsad.ENOTFOUND, "no document %q", "x"))
	tests := []struct {
		name string
		err  error
		code string
		msg  string
	}{
		{"Nil", nil, "", ""},
		{"Wrapped", wrapped, marsad.ENOTFOUND, `no document "x"`},
		{"Other", errors.New("disk on fire"), marsad.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := marsad.ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := marsad.ErrorMessage(tt.err); got != tt.msg {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.msg)
			}
		})
	}
}

func TestArticle_Hash(t *testing.T) {
	a := marsad.Article{ID: "a", Text: "نص", Published: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	b := a
	b.Source = "elsewhere"
	if a.Hash() != b.Hash() {
		t.Errorf("the source changed the hash: got %s and %s", a.Hash(), b.Hash())
	}
	b.Text = "نص آخر"
	if a.Hash() == b.Hash() {
		t.Errorf("a changed text kept the hash %s", a.Hash())
	}
}

func TestSpan_In(t *testing.T) {
	tests := []struct {
		s    marsad.Span
		n    int
		want bool
	}{
		{marsad.Span{Start: 0, End: 3}, 3, true},
		{marsad.Span{Start: 2, End: 1}, 3, false},
		{marsad.Span{Start: 0, End: 4}, 3, false},
		{marsad.Span{Start: -1, End: 1}, 3, false},
	}
	for _, tt := range tests {
		if got := tt.s.In(tt.n); got != tt.want {
			t.Errorf("%+v.In(%d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

func ExampleDate_String() {
	d, _ := marsad.ParseDate("2025-09")
	fmt.Println(d, d.Precision == marsad.PrecisionMonth)
	// Output: 2025-09 true
}

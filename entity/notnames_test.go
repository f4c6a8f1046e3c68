package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/golden"
	"github.com/marsad-project/marsad/internal/shared"
)

// TestNotNames holds notnames.txt to what DeriveNotNames makes of
// ANERcorp's training part (-update rewrites it).
func TestNotNames(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data", "anercorp", "train.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ws, err := DeriveNotNames(f)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "notnames.txt", []byte(strings.Join(ws, "\n")+"\n"))
}

func TestDeriveNotNames(t *testing.T) {
	corpus := strings.Join([]string{
		"قال O", "قال O", "قال O", // often, never a name: kept
		"جمال B-PERS", "جمال O", "جمال O", "جمال O", // once a name: not kept
		"كرة O", "كرة O", // too seldom
		"Paris B-LOC", "Paris O", "Paris O", // not Arabic
		"و O", "و O", "و O", // one letter
		"القدس B-LOC", "القدس I-ORG", "القدس O", // other entities are not names
	}, "\n")
	got, err := DeriveNotNames(strings.NewReader(corpus))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"القدس", "قال"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("DeriveNotNames = %q, want %q", got, want)
	}
}

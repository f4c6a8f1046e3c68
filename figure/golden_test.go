package figure

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/golden"
)

// TestGolden cleans each testdata/NAME.txt (published 2025-06-15), finds
// its figures and compares them with testdata/NAME.golden.json.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	f := NewFinder()
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := &marsad.Article{ID: name, Text: string(text), Published: time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)}
			doc := clean.New().Clean(a)
			f.Run(doc)
			for _, fg := range doc.Figures {
				checkSpan(t, a.Text, fg)
			}
			got, err := json.MarshalIndent(doc.Figures, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden.json"), append(got, '\n'))
		})
	}
}

package event

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/golden"
)

// TestCoder_Golden codes the short articles of testdata/*.txt (our own
// text, published on 2025-04-10) and compares the events with the
// .golden.json beside each; run with -update to rewrite them.
func TestCoder_Golden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	c := NewCoder()
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := newDoc(t, string(b), "2025-04-10")
			c.Run(doc)
			type rec struct {
				Event    string `json:"event"`
				Source   string `json:"source,omitempty"`
				Target   string `json:"target,omitempty"`
				Location string `json:"location,omitempty"`
				Evidence string `json:"evidence"`
			}
			var out []rec
			for _, e := range doc.Events {
				out = append(out, rec{brief(e), e.Source, e.Target, e.Location, e.Evidence})
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden.json", append(got, '\n'))
		})
	}
}

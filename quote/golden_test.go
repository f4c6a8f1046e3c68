package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/golden"
)

// TestFinder_Golden runs the cleaner and the finder on each article under
// testdata/ (our own text, with entities from the test gazetteer) and
// compares the quotes with its .golden.json file.
func TestFinder_Golden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no articles under testdata/")
	}
	f, cl := NewFinder(), clean.New()
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc := cl.Clean(&marsad.Article{ID: name, Text: string(text)})
			doc.Entities = mustEntities(t, doc.Article.Text, testNames, testGroups)
			f.Run(doc)
			got, err := json.MarshalIndent(doc.Quotes, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden.json"), append(got, '\n'))
		})
	}
}

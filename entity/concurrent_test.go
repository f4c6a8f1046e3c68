package entity_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/sample"
)

// TestRunConcurrent runs one Recognizer from several goroutines at once,
// each with its own state (its word cache, chunk table and slabs), and
// holds every document's entities to those of a run alone. Run it with
// -race.
func TestRunConcurrent(t *testing.T) {
	var docs []*marsad.Document
	c := clean.New()
	for a := range (sample.Generator{Seed: 7}).Articles(48) {
		docs = append(docs, c.Clean(a))
	}
	want := make([]string, len(docs))
	alone := entity.NewRecognizer(gazetteer.Default())
	for i, d := range docs {
		alone.Run(d)
		b, _ := json.Marshal(d.Entities)
		want[i] = string(b)
	}
	r := entity.NewRecognizer(gazetteer.Default())
	var wg sync.WaitGroup
	errs := make(chan string, len(docs)*4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k + g*len(docs)/4) % len(docs)
				d := *docs[i] // a copy: each goroutine writes its own Entities
				r.Run(&d)
				if b, _ := json.Marshal(d.Entities); string(b) != want[i] {
					errs <- docs[i].Article.ID
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("document %s: entities differ from a run alone", id)
	}
}

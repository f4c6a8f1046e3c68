package entity_test

import (
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/internal/seedtest"
)

// TestHeldOut scores the recogniser on reports about other countries in
// other outlets' styles, written and annotated by hand apart from the
// recogniser and its knowledge base (see each set's README), cleaned
// first, each with its gold publication date; it fails when a change
// lowers the F1 a set reached. testdata/heldout was written first, and a
// few rules were then fixed against its misses; testdata/heldout2 after
// that, by someone who had seen neither the code nor the first set, and a
// few more rules were fixed against it; testdata/heldout3 last, at the
// end of that session, unseen by any rule; testdata/heldout4 (politics)
// and testdata/heldout5 (sport, business, science, health, culture) at
// stop 11, by two writers who had seen neither the code nor the earlier
// sets, scored before any rule was fixed against them (0.821 and 0.659
// with the stop-10 recogniser); testdata/heldout6 (politics 2014–2025,
// role phrases of past years) at stop 14 by another such writer, 0.828
// with the recogniser of that stop before any rule was fixed against it;
// testdata/heldout7 (economy, disasters and diplomacy in Asia, Africa and
// the Americas, 2010–2024) at the end of stop 14 by another such writer,
// 0.780 unseen; testdata/heldout8 (politics 2013–2025 in the Balkans,
// North Africa, Latin America, Central and South Asia and the Levant) at
// stop 15 by another, 0.827 with the recogniser of stop 14 and 0.837 with
// that of stop 15 before any rule was fixed against it; testdata/heldout9
// (politics and security 2011–2021 in Thailand, South Sudan, Iraqi
// Kurdistan, Belarus, Afghanistan and Bolivia) at the end of stop 15 by
// another, 0.771 with the recogniser of stop 14 and 0.778 with the final
// one of stop 15, unseen; testdata/heldout10 (Arab politics 2017–2023:
// the Kuwait GCC summit, Morocco's return to the AU, Iraq's 2018 results,
// Bouteflika's resignation, the Abraham Accords, the Beijing agreement)
// last, 0.868 with stop 14's recogniser and 0.879 with the final one.
func TestHeldOut(t *testing.T) {
	for _, set := range []struct {
		dir   string
		minF1 float64
	}{
		{"heldout", 0.91},
		{"heldout2", 0.87},
		{"heldout3", 0.835},
		{"heldout4", 0.875},
		{"heldout5", 0.775},
		{"heldout6", 0.88},
		{"heldout7", 0.815},
		{"heldout8", 0.87},
		{"heldout9", 0.815},
		{"heldout10", 0.875},
	} {
		t.Run(set.dir, func(t *testing.T) {
			if f1 := scoreEntitySet(t, filepath.Join("testdata", set.dir)); f1 < set.minF1 {
				t.Errorf("got entity F1 %.3f, want at least %.3f", f1, set.minF1)
			}
		})
	}
}

// scoreEntitySet runs the recogniser on the reports of dir, one NAME.txt a
// NAME.json gold record, and returns the entity F1.
func scoreEntitySet(t *testing.T, dir string) float64 {
	gold, arts := seedtest.Set(t, dir)
	c := clean.New()
	docs := make([]*marsad.Document, len(arts))
	for k, a := range arts {
		docs[k] = c.Clean(a)
		published, _ := gold.Documents[k].Published.(string)
		var err error
		if docs[k].Published, err = marsad.ParseDate(published); err != nil {
			t.Fatalf("%s: published: %v", a.ID, err)
		}
	}
	r := devRecognizer()
	var sys []eval.Doc
	for k, gd := range gold.Documents {
		r.Run(docs[k])
		sys = append(sys, evalDoc(gd.ID, docs[k]))
		if testing.Verbose() {
			logDoc(t, gd, docs[k])
		}
	}
	rep := eval.Score(gold, sys, nil, nil)
	t.Logf("%s: entities P=%.3f R=%.3f F1=%.3f (%d gold)", dir, rep.Entities.P(), rep.Entities.R(), rep.Entities.F1(), rep.Entities.TP+rep.Entities.FN)
	return rep.Entities.F1()
}

package event_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// generalCase is a line of testdata/general.tsv.
type generalCase struct {
	name, text string
	want       []string // TYPE SRC>TGT
}

func readGeneral(t *testing.T) []generalCase {
	t.Helper()
	f, err := os.Open("testdata/general.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []generalCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("general.tsv line %d: got %d fields, want 3", n, len(fs))
		}
		c := generalCase{name: fs[0], text: fs[1]}
		if fs[2] != "-" {
			for _, w := range strings.Split(fs[2], " | ") {
				c.want = append(c.want, strings.TrimSpace(w))
			}
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// typeSource returns the TYPE SRC part of a TYPE SRC>TGT string.
func typeSource(s string) string {
	if i := strings.IndexByte(s, '>'); i >= 0 {
		return s[:i]
	}
	return s
}

// TestGeneral runs the sentences of testdata/general.tsv (our own short
// reports of protests, strikes, assaults, arrests, air strikes, sanctions,
// threats and visits between many countries; attacks on shipping, the
// wars of Sudan, Libya, the Sahel and Ukraine, India and Pakistan, missile
// tests, Security Council resolutions, condemnations, demands, aid,
// ceasefires, mediation and expulsions) through the real pipeline
// and scores the events one to one, as the project's scorer does: the
// share of expected events whose type and source are right, the share
// also right on the target, and the events coded beyond those expected.
// It fails when a share falls below the level reached.
func TestGeneral(t *testing.T) {
	cases := readGeneral(t)
	p := newPipeline()
	pub := time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)
	var want, typeSrc, full, extra, sys int
	for _, c := range cases {
		doc := p.analyze(&marsad.Article{ID: c.name, Text: c.text, Published: pub})
		var got []string
		for _, e := range doc.Events {
			got = append(got, string(e.Type)+" "+string(e.SourceCode)+">"+string(e.TargetCode))
		}
		sys += len(got)
		want += len(c.want)
		// Full matches first, then type and source on what is left.
		usedG, usedW := make([]bool, len(got)), make([]bool, len(c.want))
		for wi, w := range c.want {
			for gi, g := range got {
				if !usedG[gi] && g == w {
					usedG[gi], usedW[wi] = true, true
					full++
					typeSrc++
					break
				}
			}
		}
		for wi, w := range c.want {
			if usedW[wi] {
				continue
			}
			for gi, g := range got {
				if !usedG[gi] && typeSource(g) == typeSource(w) {
					usedG[gi], usedW[wi] = true, true
					typeSrc++
					break
				}
			}
		}
		for _, u := range usedG {
			if !u {
				extra++
			}
		}
		ok := true
		for _, u := range usedW {
			ok = ok && u
		}
		if !ok || len(got) != len(c.want) || testing.Verbose() && strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Logf("%s: got %q, want %q | %s", c.name, got, c.want, c.text)
		}
	}
	ts, fl := float64(typeSrc)/float64(max(want, 1)), float64(full)/float64(max(want, 1))
	t.Logf("general: %d cases, %d expected events, %d coded: type and source right %d (%.2f), also target %d (%.2f), extra %d",
		len(cases), want, sys, typeSrc, ts, full, fl, extra)
	if ts < minGeneralTypeSource {
		t.Errorf("type and source right on %.2f of the expected events, want at least %.2f", ts, minGeneralTypeSource)
	}
	if fl < minGeneralFull {
		t.Errorf("type, source and target right on %.2f of the expected events, want at least %.2f", fl, minGeneralFull)
	}
}

// The levels reached on testdata/general.tsv.
const (
	minGeneralTypeSource = 0.95
	minGeneralFull       = 0.93
)

package ner_test

import (
	"math"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/ner"
)

func tags(s string) []ner.Tag {
	var out []ner.Tag
	for _, f := range strings.Fields(s) {
		out = append(out, ner.Tag(f))
	}
	return out
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name             string
		gold, pred       []string // one sentence each
		gotG, gotP, gotC int
	}{
		{"Exact", []string{"B-PERS I-PERS O B-LOC"}, []string{"B-PERS I-PERS O B-LOC"}, 2, 2, 2},
		{"ShortSpanIsWrong", []string{"B-PERS I-PERS O"}, []string{"B-PERS O O"}, 1, 1, 0},
		{"WrongType", []string{"B-ORG O"}, []string{"B-LOC O"}, 1, 1, 0},
		{"IWithoutBStartsEntity", []string{"B-LOC I-LOC"}, []string{"I-LOC I-LOC"}, 1, 1, 1},
		{"IAfterOtherTypeStartsEntity", []string{"B-LOC B-ORG"}, []string{"B-LOC I-ORG"}, 2, 2, 2},
		{"BSplitsEntity", []string{"B-PERS I-PERS"}, []string{"B-PERS B-PERS"}, 1, 2, 0},
		{"EntityAtEnd", []string{"O B-MISC"}, []string{"O B-MISC"}, 1, 1, 1},
		{"ShortPredictionPadded", []string{"O B-LOC"}, []string{"O"}, 1, 0, 0},
		{"TwoSentencesDoNotJoin", []string{"B-LOC", "I-LOC"}, []string{"B-LOC", "I-LOC"}, 2, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g, p [][]ner.Tag
			for _, s := range tt.gold {
				g = append(g, tags(s))
			}
			for _, s := range tt.pred {
				p = append(p, tags(s))
			}
			s := ner.Evaluate(g, p)
			if s.Gold != tt.gotG || s.Pred != tt.gotP || s.Correct != tt.gotC {
				t.Errorf("Evaluate(%q, %q): got gold %d pred %d correct %d, want %d %d %d",
					tt.gold, tt.pred, s.Gold, s.Pred, s.Correct, tt.gotG, tt.gotP, tt.gotC)
			}
		})
	}
}

func TestEvaluate_Scores(t *testing.T) {
	g := [][]ner.Tag{tags("B-PERS I-PERS O B-LOC O B-ORG")}
	p := [][]ner.Tag{tags("B-PERS I-PERS O B-LOC B-LOC O")}
	s := ner.Evaluate(g, p)
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(s.Precision, 2.0/3) || !near(s.Recall, 2.0/3) || !near(s.F1, 2.0/3) {
		t.Errorf("got P %v R %v F1 %v, want 2/3 each", s.Precision, s.Recall, s.F1)
	}
	if loc := s.ByType[ner.LOC]; loc.Gold != 1 || loc.Pred != 2 || loc.Correct != 1 || !near(loc.Precision, 0.5) {
		t.Errorf("LOC: got %+v, want gold 1 pred 2 correct 1 precision 0.5", loc)
	}
	if org := s.ByType[ner.ORG]; org.Recall != 0 || org.F1 != 0 {
		t.Errorf("ORG: got %+v, want recall 0 and F1 0", org)
	}
}

func TestParseTag(t *testing.T) {
	tests := []struct {
		in   string
		want ner.Tag
		ok   bool
	}{
		{"O", ner.O, true},
		{"B-PERS", "B-PERS", true},
		{"B-PER", "B-PERS", true},
		{"i-loc", "I-LOC", true},
		{"B-ORGANIZATION", "B-ORG", true},
		{"I-MIS", "I-MISC", true},
		{"B-DATE", ner.O, false},
		{"word", ner.O, false},
	}
	for _, tt := range tests {
		if got, ok := ner.ParseTag(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseTag(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

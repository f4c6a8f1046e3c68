package event

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func TestPLOVER(t *testing.T) {
	tests := []struct {
		code marsad.CAMEOCode
		want marsad.PLOVERType
		ok   bool
	}{
		{"010", "", false}, {"012", "", false}, {"016", Reject, true}, {"0161", Reject, true},
		{"020", Request, true}, {"0256", Request, true}, {"030", Agree, true}, {"0311", Agree, true},
		{"043", Consult, true}, {"057", Support, true}, {"062", Cooperate, true}, {"072", Aid, true},
		{"081", Concede, true}, {"083", Concede, true}, {"0811", Concede, true}, {"0812", Concede, true},
		{"0813", Retreat, true}, {"0814", Retreat, true}, {"084", Retreat, true}, {"0874", Retreat, true},
		{"090", Accuse, true}, {"100", Request, true}, {"111", Accuse, true}, {"112", Accuse, true},
		{"120", Reject, true}, {"130", Threaten, true}, {"141", Protest, true}, {"150", Mobilize, true},
		{"161", Sanction, true}, {"163", Coerce, true}, {"166", Sanction, true}, {"173", Coerce, true},
		{"1712", Assault, true}, {"1711", Coerce, true}, {"180", Assault, true}, {"190", Assault, true},
		{"191", Coerce, true}, {"192", Coerce, true}, {"195", Assault, true}, {"200", Assault, true},
		{"", "", false}, {"21", "", false}, {"210", "", false}, {"00", "", false}, {"4a3", "", false}, {"04", "", false},
	}
	for _, tt := range tests {
		got, ok := PLOVER(tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PLOVER(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGoldstein(t *testing.T) {
	tests := []struct {
		code marsad.CAMEOCode
		want float64
	}{{"057", 8}, {"0571", 8}, {"190", -10}, {"043", 2.8}, {"111", -2}, {"x", 0}}
	for _, tt := range tests {
		if got := Goldstein(tt.code); got != tt.want {
			t.Errorf("Goldstein(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestLexicon checks the embedded lexicon: it parses, every code is an
// event code or a statement, and the index finds each entry by its first
// word.
func TestLexicon(t *testing.T) {
	lx, err := parseLexicon(lexiconTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.entries) < 300 {
		t.Errorf("got %d entries, want at least 300", len(lx.entries))
	}
	for i, e := range lx.entries {
		if _, ok := PLOVER(e.code); !ok && e.code[:2] != "01" {
			t.Errorf("line %d: code %s is no event", e.line, e.code)
		}
		idx := lx.exact
		if e.words[0].prefix {
			idx = lx.prefix
		}
		found := false
		for _, j := range idx[e.words[0].form] {
			found = found || int(j) == i
		}
		if !found {
			t.Errorf("line %d: not indexed", e.line)
		}
	}
	for _, bad := range []string{"x\t999\tV", "x\t010\tQ", ".. x\t010\tV", "x ..\t010\tV", "x\t010"} {
		if _, err := parseLexicon(bad); err == nil {
			t.Errorf("parseLexicon(%q): got no error", bad)
		}
	}
}

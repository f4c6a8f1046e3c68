package eval

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/shared"
)

// pyCharTable runs score.py's norm_ar, str.upper and float() on every
// character Python's Unicode database assigns (private use excepted) and on
// a few strings of several characters, and returns [input, norm_ar,
// upper, float or null, clean_line("a"+input+"b")] rows.
const pyCharTable = `
import importlib.util, json, math, sys, unicodedata
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
ins = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) not in ("Cn", "Co", "Cs")]
ins += json.loads(sys.stdin.read())
def fl(s):
    try: v = float(s)
    except ValueError: return None
    return v if math.isfinite(v) else repr(v)
out = [[s, score.norm_ar(s), s.upper(), fl(s), score.clean_line("a" + s + "b")] for s in ins]
json.dump(out, sys.stdout, ensure_ascii=False, allow_nan=False)
`

// TestNorm_AgreesWithNormAr compares Norm, upper-casing, float() and
// clean_line with Python's on every assigned character.
func TestNorm_AgreesWithNormAr(t *testing.T) {
	py := mustPython(t)
	scorePy := shared.Path(t, "tools", "score.py")
	extra := []string{
		"ا\u0654", "ي\u0654", "و\u0654", "أَحْمَد", "الـــصين", "«مرحبا»، قال:", "ﻻ", "ﷲ", "١٢٣ ٤٥",
		"a\u00a0b\u2003c\u001cd", "x\u0301y", "Ǆ ﬁ ß ŉ", "12_5", " 1_000.5e-3 ", "١٢.٥", "+inf", "-nan",
		"1e400", "0x10", "1__0", "۱۲", "𝟙𝟚", "‏2025‏",
	}
	in, _ := json.Marshal(extra)
	cmd := exec.Command(py, "-c", pyCharTable, scorePy)
	cmd.Stdin = strings.NewReader(string(in))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var rows [][5]any
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, r := range rows {
		s := r[0].(string)
		if got, want := Norm(s), r[1].(string); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("Norm(%q) = %q, want %q", s, got, want)
			}
		}
		if got, want := pyUpper(s), r[2].(string); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("upper(%q) = %q, want %q", s, got, want)
			}
		}
		if got, want := cleanLine("a"+s+"b"), r[4].(string); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("clean_line(%q) = %q, want %q", "a"+s+"b", got, want)
			}
		}
		f, ok := parsePyFloat(s)
		want, wantOK := r[3].(float64)
		if r[3] != nil && !wantOK { // inf and nan come back as strings
			ws := r[3].(string)
			if !ok || floatRepr(f) != ws {
				bad++
				t.Errorf("float(%q) = %v, %v; want %s", s, f, ok, ws)
			}
			continue
		}
		if ok != wantOK || f != want {
			bad++
			if bad <= 20 {
				t.Errorf("float(%q) = %v, %v; want %v, %v", s, f, ok, want, wantOK)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d rows differ", bad, len(rows))
	}
}

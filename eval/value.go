package eval

import (
	"encoding/json"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The record fields a scorer reads are kept as JSON values, exactly as
// score.py's json module sees them: nil, bool, json.Number, string, []any or
// map[string]any. The helpers below give them the meaning Python gives:
// truthiness, ==, str(), float() and iteration.

// truthy reports whether v is true in a Python boolean context.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case json.Number:
		if isIntLit(x) {
			i, ok := new(big.Int).SetString(string(x), 10)
			return ok && i.Sign() != 0
		}
		f, _ := strconv.ParseFloat(string(x), 64)
		return f != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return false
}

// isIntLit reports whether a JSON number literal decodes to a Python int
// (no fraction and no exponent).
func isIntLit(n json.Number) bool {
	return !strings.ContainsAny(string(n), ".eE")
}

// pyNum is a Python int or float: i is set for an int.
type pyNum struct {
	i *big.Int
	f float64
}

func numOf(v any) (pyNum, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return pyNum{i: big.NewInt(1)}, true
		}
		return pyNum{i: big.NewInt(0)}, true
	case json.Number:
		if isIntLit(x) {
			if i, ok := new(big.Int).SetString(string(x), 10); ok {
				return pyNum{i: i}, true
			}
			return pyNum{}, false
		}
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil && !isRangeErr(err) {
			return pyNum{}, false
		}
		return pyNum{f: f}, true
	}
	return pyNum{}, false
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// numEq compares two Python numbers exactly, as Python's == does across
// int and float.
func numEq(a, b pyNum) bool {
	switch {
	case a.i != nil && b.i != nil:
		return a.i.Cmp(b.i) == 0
	case a.i == nil && b.i == nil:
		return a.f == b.f
	case a.i != nil:
		a, b = b, a
	}
	// a is a float, b an int.
	if math.IsInf(a.f, 0) || math.IsNaN(a.f) {
		return false
	}
	return new(big.Float).SetFloat64(a.f).Cmp(new(big.Float).SetInt(b.i)) == 0
}

// pyEq is Python's == on JSON values.
func pyEq(a, b any) bool {
	if na, ok := numOf(a); ok {
		nb, ok := numOf(b)
		return ok && numEq(na, nb)
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !pyEq(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !pyEq(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

// pyStr is Python's str() of a JSON scalar. Lists and objects, which no
// sane export uses as an id, come out as compact JSON instead of Python's
// repr.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	case json.Number:
		n, ok := numOf(x)
		if !ok {
			return string(x)
		}
		if n.i != nil {
			return n.i.String()
		}
		return floatRepr(n.f)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// floatRepr is Python's repr() of a float: the shortest round-trip digits,
// in fixed notation when the decimal exponent is in [-4, 16), else in
// exponent notation with at least two exponent digits.
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±dd
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := x + 1
	if decpt > -4 && decpt <= 16 {
		var s string
		switch {
		case decpt <= 0:
			s = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			s = digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			s = digits[:decpt] + "." + digits[decpt:]
		}
		return sign + s
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if x < 0 {
		es, x = "-", -x
	}
	xs := strconv.Itoa(x)
	if len(xs) < 2 {
		xs = "0" + xs
	}
	return sign + m + "e" + es + xs
}

// pyFloat is Python's float(v): bools and numbers convert, strings parse as
// float() parses them (Unicode digits and spaces, underscores between
// digits, inf and nan); ok is false where Python raises TypeError or
// ValueError.
func pyFloat(v any) (float64, bool) {
	if s, ok := v.(string); ok {
		return parsePyFloat(s)
	}
	n, ok := numOf(v)
	if !ok {
		return 0, false
	}
	if n.i != nil {
		f, _ := new(big.Float).SetInt(n.i).Float64()
		return f, true
	}
	return n.f, true
}

func parsePyFloat(s string) (float64, bool) {
	// Map spaces to ' ' and decimal digits to ASCII; any other non-ASCII
	// character makes the string invalid.
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case pyIsSpace(r):
			b = append(b, ' ')
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			d, ok := decimalValue(r)
			if !ok {
				return 0, false
			}
			b = append(b, '0'+d)
		}
	}
	t := strings.Trim(string(b), " \t\n\v\f\r")
	if strings.IndexByte(t, '_') >= 0 {
		var prev byte
		var c []byte
		for i := 0; i < len(t); i++ {
			ch := t[i]
			if ch == '_' {
				if !isDigit(prev) {
					return 0, false
				}
			} else {
				if prev == '_' && !isDigit(ch) {
					return 0, false
				}
				c = append(c, ch)
			}
			prev = ch
		}
		if prev == '_' {
			return 0, false
		}
		t = string(c)
	}
	u := t
	neg := false
	if u != "" && (u[0] == '+' || u[0] == '-') {
		neg, u = u[0] == '-', u[1:]
	}
	switch strings.ToLower(u) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if !decimalSyntax(u) {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil && !isRangeErr(err) {
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// decimalSyntax reports whether s is digits [. digits] [e [sign] digits]
// with at least one mantissa digit (no sign, no hex).
func decimalSyntax(s string) bool {
	i, n := 0, 0
	for i < len(s) && isDigit(s[i]) {
		i, n = i+1, n+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i, n = i+1, n+1
		}
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		m := 0
		for i < len(s) && isDigit(s[i]) {
			i, m = i+1, m+1
		}
		if m == 0 {
			return false
		}
	}
	return i == len(s)
}

// pyIter is the sequence Python's `for x in (v or [])` walks: a list's
// items, a string's characters, an object's keys. Other truthy values
// (numbers, true) make Python raise; they yield nothing here.
func pyIter(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case string:
		out := make([]any, 0, len(x))
		for _, r := range x {
			out = append(out, string(r))
		}
		return out
	case map[string]any:
		out := make([]any, 0, len(x))
		for k := range x {
			out = append(out, k)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].(string) < out[j].(string) })
		return out
	}
	return nil
}

// strOr returns v when it is a string and "" otherwise: the fields read as
// text are strings or null in any record Python can score at all.
func strOr(v any) string {
	s, _ := v.(string)
	return s
}

// hashKey is a key under which two JSON values are equal exactly when they
// are equal members of a Python set (1, 1.0 and true are one member).
func hashKey(v any) string {
	switch x := v.(type) {
	case string:
		return "s" + x
	case nil:
		return "z"
	}
	if n, ok := numOf(v); ok {
		if n.i != nil {
			return "n" + n.i.String()
		}
		if !math.IsInf(n.f, 0) && !math.IsNaN(n.f) && n.f == math.Trunc(n.f) {
			i, _ := new(big.Float).SetFloat64(n.f).Int(nil)
			return "n" + i.String()
		}
		return "n" + strconv.FormatFloat(n.f, 'g', -1, 64)
	}
	b, _ := json.Marshal(v)
	return "x" + string(b)
}

package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// The record formats Load reads.
const (
	FormatTSV   = "tsv"   // tab-separated, a header line naming the columns
	FormatJSONL = "jsonl" // one JSON object a line
)

// Load reads a knowledge-base file in format FormatTSV (also "") or
// FormatJSONL and returns a KB holding its records. A TSV file whose header
// has a "phrases" column is a roles table (key, code, phrases, shared); any other
// is a file of entities. Errors are EINVALID and name the line.
func Load(r io.Reader, format string) (*KB, error) {
	kb := New()
	if err := kb.Read(r, format); err != nil {
		return nil, err
	}
	return kb, nil
}

// Read adds the records of a file, as Load reads it, to kb.
func (kb *KB) Read(r io.Reader, format string) error {
	switch format {
	case "", FormatTSV:
		return kb.readTSV(r)
	case FormatJSONL:
		return kb.readJSONL(r)
	}
	return marsad.Errorf(marsad.EUNSUPPORTED, "gazetteer: unknown format %q (want tsv or jsonl)", format)
}

var entityColumns = map[string]bool{
	"qid": true, "type": true, "code": true, "name": true, "arabic": true, "aliases": true,
	"nisba": true, "capital": true, "roles": true, "ambiguous": true,
}

var roleColumns = map[string]bool{"key": true, "code": true, "phrases": true, "shared": true}

func (kb *KB) readTSV(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var header []string
	roles := false
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if header == nil {
			header = fields
			for i := range header {
				header[i] = strings.ToLower(strings.TrimSpace(header[i]))
			}
			roles = contains(header, "phrases")
			known := entityColumns
			if roles {
				known = roleColumns
			}
			for _, h := range header {
				if !known[h] {
					return lineErr(line, "unknown column %q", h)
				}
			}
			continue
		}
		if len(fields) > len(header) {
			return lineErr(line, "%d fields for %d columns", len(fields), len(header))
		}
		col := map[string]string{}
		for i, f := range fields {
			col[header[i]] = strings.TrimSpace(f)
		}
		if roles {
			d := RoleDef{Key: col["key"], Country: marsad.ActorCode(col["code"]), Phrases: splitList(col["phrases"]), Shared: col["shared"] != ""}
			if err := kb.AddRole(d); err != nil {
				return lineErr(line, "%v", err)
			}
			continue
		}
		e, err := parseEntity(col["qid"], col["type"], col["code"], col["name"], col["arabic"],
			splitList(col["aliases"]), splitList(col["nisba"]), col["capital"], splitList(col["roles"]), col["ambiguous"])
		if err == nil {
			err = kb.Add(e)
		}
		if err != nil {
			return lineErr(line, "%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: read: %w", err)
	}
	return nil
}

// jsonRecord is one line of a JSONL file: an entity, or a role definition
// when Key is set.
type jsonRecord struct {
	QID       string   `json:"qid"`
	Type      string   `json:"type"`
	Code      string   `json:"code"`
	Name      string   `json:"name"`
	Arabic    string   `json:"arabic"`
	Aliases   []string `json:"aliases"`
	Nisba     []string `json:"nisba"`
	Capital   string   `json:"capital"`
	Roles     []string `json:"roles"`
	Ambiguous string   `json:"ambiguous"`
	Key       string   `json:"key"`
	Phrases   []string `json:"phrases"`
	Shared    bool     `json:"shared"`
}

func (kb *KB) readJSONL(r io.Reader) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	for n := 1; ; n++ {
		var j jsonRecord
		if err := dec.Decode(&j); err == io.EOF {
			return nil
		} else if err != nil {
			return lineErr(n, "%v", err)
		}
		if j.Key != "" {
			if err := kb.AddRole(RoleDef{Key: j.Key, Country: marsad.ActorCode(j.Code), Phrases: j.Phrases, Shared: j.Shared}); err != nil {
				return lineErr(n, "%v", err)
			}
			continue
		}
		e, err := parseEntity(j.QID, j.Type, j.Code, j.Name, j.Arabic, j.Aliases, j.Nisba, j.Capital, j.Roles, j.Ambiguous)
		if err == nil {
			err = kb.Add(e)
		}
		if err != nil {
			return lineErr(n, "%v", err)
		}
	}
}

func lineErr(line int, format string, args ...any) error {
	return marsad.Errorf(marsad.EINVALID, "gazetteer: line %d: %s", line, fmt.Sprintf(format, args...))
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// splitList splits a "|"-separated field, trimming the items and dropping
// empty ones.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// parseEntity builds an Entity from the fields of a record: "~" marks a
// weak alias or nisba, "+" a nisba to inflect regularly, roles are
// key:CODE:from:to with dates as YYYY-MM-DD and an empty to when ongoing.
func parseEntity(qid, typ, code, name, ar string, aliases, nisba []string, capital string, roles []string, ambiguous string) (*Entity, error) {
	e := &Entity{
		QID:       marsad.QID(qid),
		Type:      marsad.EntityType(strings.ToUpper(typ)),
		Code:      marsad.ActorCode(code),
		Name:      name,
		Arabic:    ar,
		Capital:   capital,
		Ambiguous: ambiguous != "",
		Note:      ambiguous,
	}
	for _, a := range aliases {
		a, weak := strings.CutPrefix(a, "~")
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		e.Aliases = append(e.Aliases, a)
		if weak {
			e.Weak = append(e.Weak, a)
		}
	}
	for _, n := range nisba {
		n, weak := strings.CutPrefix(n, "~")
		forms := []string{strings.TrimSpace(n)}
		if base, ok := strings.CutPrefix(forms[0], "+"); ok {
			forms = Inflect(strings.TrimSpace(base))
		}
		for _, f := range forms {
			if f == "" {
				continue
			}
			e.Nisba = append(e.Nisba, f)
			if weak {
				e.Weak = append(e.Weak, f)
			}
		}
	}
	// A name written with ج for the g that غ renders too (بنجلاديش,
	// أنجولا, the Egyptian spelling) has its adjectives so written.
	if jeem := strings.ReplaceAll(ar, "غ", "ج"); jeem != ar && slices.Contains(e.Aliases, jeem) {
		for _, f := range slices.Clone(e.Nisba) {
			if j := strings.ReplaceAll(f, "غ", "ج"); j != f && !slices.Contains(e.Nisba, j) {
				e.Nisba = append(e.Nisba, j)
				if slices.Contains(e.Weak, f) {
					e.Weak = append(e.Weak, j)
				}
			}
		}
	}
	for _, s := range roles {
		r, err := ParseRole(s)
		if err != nil {
			return nil, err
		}
		e.Roles = append(e.Roles, r)
	}
	return e, nil
}

// ParseRole parses a role written key:CODE:from:to, dates as YYYY-MM-DD, to
// empty while the role is held: president:RUS:2012-05-07:.
func ParseRole(s string) (Role, error) {
	p := strings.Split(s, ":")
	if len(p) != 4 || p[0] == "" || p[1] == "" {
		return Role{}, marsad.Errorf(marsad.EINVALID, "gazetteer: role %q: want key:CODE:from:to", s)
	}
	r := Role{Key: p[0], Country: marsad.ActorCode(p[1])}
	var err error
	if r.From, err = time.Parse(time.DateOnly, p[2]); err != nil {
		return Role{}, marsad.Errorf(marsad.EINVALID, "gazetteer: role %q: bad start date", s)
	}
	if p[3] != "" {
		if r.To, err = time.Parse(time.DateOnly, p[3]); err != nil {
			return Role{}, marsad.Errorf(marsad.EINVALID, "gazetteer: role %q: bad end date", s)
		}
		if !r.To.After(r.From) {
			return Role{}, marsad.Errorf(marsad.EINVALID, "gazetteer: role %q: ends before it starts", s)
		}
	}
	return r, nil
}

// Inflect returns the regular inflections of a nisba adjective given in the
// masculine singular (صيني, or several words: كوري جنوبي): masculine and
// feminine, singular, dual and plural, each bare and with the article ال on
// every word (الكوريون الجنوبيون).
func Inflect(base string) []string {
	words := strings.Fields(base)
	if len(words) == 0 {
		return nil
	}
	suffixes := []string{"", "ة", "ون", "ين", "ان", "تان", "تين", "ات"}
	out := make([]string, 0, 2*len(suffixes))
	var b strings.Builder
	for _, pre := range []string{"ال", ""} {
		for _, suf := range suffixes {
			b.Reset()
			for i, w := range words {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(pre + w + suf)
			}
			out = append(out, b.String())
		}
	}
	return out
}

var validTypes = map[marsad.EntityType]bool{
	marsad.EntityPerson: true, marsad.EntityCountry: true, marsad.EntityCity: true,
	marsad.EntityLocation: true, marsad.EntityOrganization: true, marsad.EntityEvent: true,
}

// checkRecord checks what a single record needs on its own.
func checkRecord(e *Entity) error {
	switch {
	case e.Name == "":
		return marsad.Errorf(marsad.EINVALID, "gazetteer: record %q has no name", e.Arabic)
	case e.Arabic == "":
		return marsad.Errorf(marsad.EINVALID, "gazetteer: %s has no Arabic form", e.Name)
	case !validTypes[e.Type]:
		return marsad.Errorf(marsad.EINVALID, "gazetteer: %s has unknown type %q", e.Name, e.Type)
	case e.QID != "" && !qidRE.MatchString(string(e.QID)):
		return marsad.Errorf(marsad.EINVALID, "gazetteer: %s has malformed QID %q", e.Name, e.QID)
	}
	return nil
}

// Package names builds the external name lists the ner model is trained
// with (ner.TrainOptions.Names): the project's knowledge base
// (gazetteer.Default) and the Arabic actor dictionary of UniversalPetrarch
// (MIT licence). It is used at training time only, by the training
// command and the tests: the model file keeps the lists, so the ner
// package itself does not depend on the knowledge base.
package names

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/ner"
)

// FromKB returns the names of the knowledge base: people as PERS,
// countries, cities and regions as LOC, organisations as ORG, events as
// MISC, each under its Arabic form and its aliases, and the nisba forms
// of countries as adjectives. Forms the base marks weak (short or shared)
// are left out.
func FromKB(kb *gazetteer.KB) []ner.Name {
	var out []ner.Name
	for _, e := range kb.All() {
		var ty ner.Type
		switch e.Type {
		case marsad.EntityPerson:
			ty = ner.PERS
		case marsad.EntityCountry, marsad.EntityCity, marsad.EntityLocation:
			ty = ner.LOC
		case marsad.EntityOrganization:
			ty = ner.ORG
		case marsad.EntityEvent:
			ty = ner.MISC
		default:
			continue
		}
		weak := map[string]bool{}
		for _, w := range e.Weak {
			weak[w] = true
		}
		for _, f := range append([]string{e.Arabic}, e.Aliases...) {
			if f != "" && !weak[f] && hasArabic(f) {
				out = append(out, ner.Name{Text: f, Type: ty})
			}
		}
		for _, f := range e.Nisba {
			if f != "" && !weak[f] {
				out = append(out, ner.Name{Text: f, Adjective: true})
			}
		}
	}
	return out
}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(w)] = true
	}
	return m
}

// orgHeads open the name of an organisation; titles open a person's name
// (and are dropped from it); placeHeads open a place description. In the
// dictionary they are lemmatised, without the article.
var (
	orgHeads = set("حركة", "منظمة", "حزب", "جامعة", "وكالة", "شركة", "اتحاد", "جبهة", "جماعة", "تنظيم",
		"مؤسسة", "جمعية", "صحيفة", "قناة", "بنك", "مصرف", "هيئة", "مجلس", "تحالف", "ائتلاف", "كتائب",
		"لواء", "نادي", "رابطة", "نقابة", "معهد", "مركز", "تجمع", "تيار", "مفوضية", "منتدى", "صندوق")
	titles = set("أمير", "أميرة", "ملك", "ملكة", "شيخ", "شيخة", "جنرال", "دكتور", "سيد", "سيدة", "مشير",
		"عقيد", "لواء", "عميد", "سلطان", "إمام", "آية", "حاج")
	placeHeads = set("منطقة", "مدينة", "عاصمة", "ولاية", "محافظة", "إقليم", "قطاع", "جزيرة", "قرية",
		"بلدة", "مخيم", "دولة", "جمهورية", "مملكة")
)

// ReadActors reads the UniversalPetrarch Arabic actor dictionary
// (actor_dict_ar_v4.txt: one lemmatised name a line, words joined by _,
// its CAMEO codes in brackets on the line or on the indented lines that
// follow) and returns the entries that read as names:
//
//   - an entry opened by an organisation noun (حركة، حزب، منظمة...) is
//     an ORG; one opened by a title (أمير، شيخ...) is the PERS that
//     follows the title when two words at least remain;
//   - an entry opened by another role or group noun of the agents
//     dictionary (heads: the first words of its entries) is a
//     description, not a name, and is skipped, as are those holding a
//     detached clitic (ل);
//   - a one-word entry coded with a bare country code is a LOC (or an
//     adjective when it ends in ي), one coded IGO/NGO/MED an ORG;
//   - any other entry of several words is a PERS when a code carries a
//     sector (IRQGOV), a LOC when its codes are bare countries.
//
// agentHeads holds normalised words, as ReadAgentHeads returns them.
// The names are returned normalised (arabic.Normalize). Lines are read
// tolerantly: comments (#) and unreadable lines are skipped.
func ReadActors(r io.Reader, agentHeads map[string]bool) ([]ner.Name, error) {
	var out []ner.Name
	var toks []string
	var codes []string
	flush := func() {
		if len(toks) > 0 {
			if n, ok := classify(toks, codes, agentHeads); ok {
				out = append(out, n)
			}
		}
		toks, codes = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if line[0] == '[' {
			codes = append(codes, bracketCodes(line)...)
			continue
		}
		flush()
		name, rest, _ := strings.Cut(line, "[")
		name = strings.TrimSpace(name)
		if f := strings.Fields(name); len(f) > 0 {
			name = f[0]
		}
		for _, t := range strings.Split(name, "_") {
			if t = arabic.Normalize(strings.TrimSpace(t)); t != "" {
				toks = append(toks, t)
			}
		}
		if rest != "" {
			codes = append(codes, bracketCodes("["+rest)...)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read actors: %w", err)
	}
	return out, nil
}

// bracketCodes returns the codes of the [CODE dates] groups of a line.
func bracketCodes(line string) []string {
	var out []string
	for {
		i := strings.IndexByte(line, '[')
		if i < 0 {
			return out
		}
		line = line[i+1:]
		j := strings.IndexByte(line, ']')
		if j < 0 {
			j = len(line)
		}
		if f := strings.Fields(line[:j]); len(f) > 0 {
			out = append(out, strings.TrimPrefix(f[0], "~"))
		}
		if j == len(line) {
			return out
		}
		line = line[j+1:]
	}
}

func classify(toks, codes []string, agentHeads map[string]bool) (ner.Name, bool) {
	for _, t := range toks {
		if t == "ل" || t == "ب" || t == "و" {
			return ner.Name{}, false
		}
	}
	text := strings.Join(toks, " ")
	head := toks[0]
	switch {
	case orgHeads[head]:
		if len(toks) < 2 {
			return ner.Name{}, false
		}
		return ner.Name{Text: text, Type: ner.ORG}, true
	case titles[head]:
		if len(toks) < 3 {
			return ner.Name{}, false
		}
		return ner.Name{Text: strings.Join(toks[1:], " "), Type: ner.PERS}, true
	case placeHeads[head] || agentHeads[head]:
		return ner.Name{}, false
	}
	bare, sector, org := false, false, false
	for _, c := range codes {
		switch {
		case len(c) == 3 && c != "IGO" && c != "NGO" && c != "MED":
			bare = true
		case strings.Contains(c, "IGO") || strings.Contains(c, "NGO") || strings.HasSuffix(c, "MED"):
			org = true
		case c != "":
			sector = true
		}
	}
	if len(toks) == 1 {
		switch {
		case bare && !sector && !org:
			if strings.HasSuffix(head, "ي") {
				return ner.Name{Text: text, Adjective: true}, true
			}
			return ner.Name{Text: text, Type: ner.LOC}, true
		case org && !sector && !bare:
			return ner.Name{Text: text, Type: ner.ORG}, true
		}
		return ner.Name{}, false
	}
	switch {
	case sector:
		return ner.Name{Text: text, Type: ner.PERS}, true
	case bare && !org:
		return ner.Name{Text: text, Type: ner.LOC}, true
	}
	return ner.Name{}, false
}

// ReadAgentHeads returns the first words of the entries of the
// UniversalPetrarch agents dictionary (agents.all.ar_v3.txt: role and
// group nouns such as رئيس، مسؤول، متمرد), normalised.
func ReadAgentHeads(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		head, _, _ := strings.Cut(f[0], "_")
		if head = arabic.Normalize(head); head != "" && head[0] != '[' {
			out[head] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read agents: %w", err)
	}
	return out, nil
}

//go:embed extra.tsv
var extraTSV string

// Extra returns the names of extra.tsv: football clubs, companies, news
// media, parties, currencies and recurring events that the knowledge
// base does not hold.
func Extra() []ner.Name {
	var out []ner.Name
	for _, line := range strings.Split(extraTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		ty, list, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, n := range strings.Split(list, "|") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, ner.Name{Text: n, Type: ner.Type(ty)})
			}
		}
	}
	return out
}

// Load returns the names of the knowledge base and of Extra and, when petrarchDir is
// not empty, those of the actor dictionary in that folder
// (actor_dict_ar_v4.txt, filtered with agents.all.ar_v3.txt).
func Load(petrarchDir string) ([]ner.Name, error) {
	out := append(FromKB(gazetteer.Default()), Extra()...)
	if petrarchDir == "" {
		return out, nil
	}
	read := func(name string, f func(io.Reader) error) error {
		fh, err := os.Open(filepath.Join(petrarchDir, name))
		if err != nil {
			return err
		}
		defer fh.Close()
		return f(fh)
	}
	var heads map[string]bool
	if err := read("agents.all.ar_v3.txt", func(r io.Reader) (err error) {
		heads, err = ReadAgentHeads(r)
		return err
	}); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	var actors []ner.Name
	if err := read("actor_dict_ar_v4.txt", func(r io.Reader) (err error) {
		actors, err = ReadActors(r, heads)
		return err
	}); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	return append(out, actors...), nil
}

package entity

import (
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

// events are well-known historical and current events that news reports
// name as such; the knowledge base holds no EVENT records, so the
// recognizer carries this short list of its own.
var events = []*gazetteer.Entity{
	{QID: "Q362", Type: marsad.EntityEvent, Name: "World War II", Arabic: "الحرب العالمية الثانية",
		Aliases: []string{"الحرب الكونية الثانية"}},
	{QID: "Q361", Type: marsad.EntityEvent, Name: "World War I", Arabic: "الحرب العالمية الأولى",
		Aliases: []string{"الحرب الكونية الأولى"}},
	{QID: "Q8683", Type: marsad.EntityEvent, Name: "Cold War", Arabic: "الحرب الباردة"},
	{QID: "Q110999040", Type: marsad.EntityEvent, Name: "Russian invasion of Ukraine", Arabic: "الحرب في أوكرانيا",
		Aliases: []string{"حرب أوكرانيا", "الغزو الروسي لأوكرانيا", "الغزو الروسي", "الحرب الروسية الأوكرانية",
			"الحرب على أوكرانيا", "النزاع في أوكرانيا", "الصراع في أوكرانيا", "غزو أوكرانيا", "غزو روسيا لأوكرانيا",
			"الحرب الأوكرانية", "الأزمة الأوكرانية"}},
	{QID: "Q189266", Type: marsad.EntityEvent, Name: "Great Patriotic War", Arabic: "الحرب الوطنية العظمى"},
	{Type: marsad.EntityEvent, Name: "Gaza war", Arabic: "الحرب في غزة",
		Aliases: []string{"الحرب على غزة", "حرب غزة", "الحرب الإسرائيلية على غزة", "العدوان على غزة", "العدوان الإسرائيلي على غزة"}},
	{QID: "Q29198", Type: marsad.EntityEvent, Name: "Arab Spring", Arabic: "الربيع العربي"},
	{Type: marsad.EntityEvent, Name: "Syrian civil war", Arabic: "الحرب الأهلية السورية",
		Aliases: []string{"الحرب في سوريا", "الحرب السورية", "الأزمة السورية"}},
	{Type: marsad.EntityEvent, Name: "Sudanese civil war", Arabic: "الحرب في السودان",
		Aliases: []string{"الحرب السودانية", "حرب السودان"}},
	{Type: marsad.EntityEvent, Name: "COVID-19 pandemic", Arabic: "جائحة كورونا",
		Aliases: []string{"وباء كورونا", "جائحة كوفيد"}},
}

// Named events the text builds from a head and what follows it: a summit
// of a body or a place (قمة منظمة شنغهاي للتعاون 2025, قمة بريكس), an
// election of a kind (الانتخابات الرئاسية المقبلة, الانتخابات البرلمانية
// العراقية, انتخابات 2021), a World Cup with its year (كأس العالم 2034,
// مونديال 2030). The heads and their complements are normalised.
var (
	summitHeads   = map[string]bool{"قمه": true, "القمه": true}
	electionHeads = map[string]bool{"الانتخابات": true, "انتخابات": true}
	electionKinds = map[string]bool{"الرياسيه": true, "الرييسيه": true, "البرلمانيه": true, "التشريعيه": true, "المحليه": true,
		"البلديه": true, "العامه": true, "التمهيديه": true, "النيابيه": true, "الاقليميه": true}
	electionAfter = map[string]bool{"المقبله": true, "المبكره": true, "الماضيه": true, "الاخيره": true, "المرتقبه": true}
	cupHeads      = map[string]bool{"كاس": true, "مونديال": true, "المونديال": true}
)

// cupEnd returns the end of a World Cup named from token i (كأس العالم
// [للأندية] 2034, مونديال 2030): one only with its year, 0 otherwise.
func (st *state) cupEnd(i int, head string) int {
	j := i + 1
	if head == "كاس" {
		if j >= len(st.toks) || st.toks[j].w.norm != "العالم" {
			return 0
		}
		j++
		if j < len(st.toks) && st.toks[j].word && st.toks[j].w.norm == "للانديه" {
			j++
		}
	}
	if !st.isYear(j) {
		return 0
	}
	return j + 1
}

// namedEvents adds the named events of the text (see summitHeads), once
// the first pass has found the bodies and places they are named after. It
// reads the tokens the split noted (state.marks), not every token.
func (st *state) namedEvents() {
	for _, h := range st.marks {
		i := int(h)
		if st.hot[i].is&hEvent == 0 {
			continue
		}
		t := st.toks[i]
		if !t.word || t.used {
			continue
		}
		head := t.w.event
		var j int
		switch {
		case summitHeads[head]:
			j = st.mentionAt(i+1, false) // قمة + the body or place it is of
		case electionHeads[head]:
			j = st.electionEnd(i)
		default:
			j = st.cupEnd(i, head)
		}
		if j <= i+1 {
			continue
		}
		if st.isYear(j) {
			j++
		}
		name := st.text[t.start:st.toks[j-1].end]
		if st.toks[i].w.norm != head {
			// وانتخابات 2021, وكأس العالم: the name without the clitics;
			// للانتخابات: the article the preposition ل absorbed given back.
			raw, rest := st.text[t.start:t.end], st.text[t.end:st.toks[j-1].end]
			name = head + rest
			for cut := range raw {
				if cut > 0 && arabic.Normalize(raw[cut:]) == head {
					name = raw[cut:] + rest
					break
				}
			}
		}
		k := st.newEntity("event|"+st.joinNorm(i, j), marsad.EntityEvent, name, "", "")
		st.add(k, i, j, i, j, head, true) // (the heads in (i, j) are now used)
	}
}

// eventHeadOf returns the base among bases (a word's, see word.bases)
// that heads a named event, preferring the one with the article the
// preposition absorbed given back (للانتخابات), or "".
func eventHeadOf(bases []string) string {
	found := ""
	for _, b := range bases {
		if (summitHeads[b] || electionHeads[b] || cupHeads[b]) && (found == "" || strings.HasPrefix(b, "ال") && !strings.HasPrefix(found, "ال")) {
			found = b
		}
	}
	return found
}

// mentionAt returns the end of the mention of a body, country or city
// that begins at token i, or 0; a country's adjective counts only when
// adjective is set.
func (st *state) mentionAt(i int, adjective bool) int {
	if i >= len(st.toks) || !st.toks[i].used {
		return 0
	}
	for mi, mt := range st.mtoks {
		if int(mt[0]) != i || st.toks[i].seg != st.toks[int(mt[1])-1].seg {
			continue
		}
		if st.ments[mi].weight == 0 && !adjective {
			continue // an adjective (قمة مصرية): a description, no name
		}
		switch st.ents[st.ments[mi].ent].out.Type {
		case marsad.EntityOrganization, marsad.EntityCountry, marsad.EntityCity:
			return int(mt[1])
		}
	}
	return 0
}

// electionEnd returns the end of an election named from token i: its kind
// (الرئاسية), then the country's adjective, a word of time (المقبلة) or a
// year; 0 when no kind or year follows.
func (st *state) electionEnd(i int) int {
	j := i + 1
	if j < len(st.toks) && st.toks[j].word && electionKinds[st.toks[j].w.norm] {
		j++
	} else if st.isYear(j) {
		return j + 1
	} else {
		return 0
	}
	if e := st.mentionAt(j, true); e > j && st.ents[st.entAt(j)].out.Type == marsad.EntityCountry {
		j = e
	}
	if j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg && electionAfter[st.toks[j].w.norm] {
		j++
	}
	return j
}

// entAt returns the entity of the mention that begins at token i, or -1.
func (st *state) entAt(i int) int {
	for mi, mt := range st.mtoks {
		if int(mt[0]) == i {
			return st.ments[mi].ent
		}
	}
	return -1
}

// isYear reports whether token i is a year of four digits, 1900 to 2099.
func (st *state) isYear(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	s := st.text[st.toks[i].start:st.toks[i].end]
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	for k := 2; k < 4; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

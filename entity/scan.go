package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/gazetteer"
)

// scan is the first pass: titles, counterparts, group phrases, national
// bodies and knowledge-base names, left to right, longest match first.
func (st *state) scan() {
	for i := 0; i < len(st.toks); {
		if st.hot[i].is&hAny == 0 {
			// No word, or one that begins nothing read here (most
			// tokens): its record is not read.
			i++
			continue
		}
		kn, fs, kbase := st.kbAt(i)
		w, is := st.toks[i].w, st.hot[i].is
		if is&hRoles != 0 {
			rn, rfs, rbase := lookup(st, &st.r.roles, w.roles, i, idxRoles)
			if rn > 0 && (rn >= kn || st.titleOverName(fs)) {
				if n := st.role(i, rn, rfs, rbase, rn < kn); n > 0 {
					i += n
					continue
				}
			}
		}
		if is&hCounterpart != 0 {
			if n := st.counterpart(i); n > 0 {
				i += n
				continue
			}
		}
		if w.group != 0 {
			// Resolved once every name is known (resolveGroups): the
			// pair may be named by short names found last (شي وبوتين).
			st.groups = append(st.groups, i)
			st.toks[i].used = true
			i++
			continue
		}
		if is&hInsts != 0 && (kn == 0 || pick(fs).weak || pick(fs).kind == gazetteer.MatchNisba) {
			// A body the knowledge base names whole (الحرس الثوري
			// الإيراني) is its record, not a new one.
			if n := st.institution(i); n > 0 {
				i += n
				continue
			}
		}
		if kn > 0 {
			kn = st.extended(i, kn, fs)
			st.known(i, kn, fs, kbase)
			i += kn
			continue
		}
		i++
	}
}

// extended returns the length of the knowledge-base match of a person,
// n tokens at i whose forms are fs, once a longer form of the same person
// that begins inside a form opening with an honorific is taken in: the honorific form خادم الحرمين الشريفين الملك
// سلمان and the name الملك سلمان بن عبدالعزيز are one mention.
//
// A person's name also takes in the family that follows it (سلمان بن
// عبدالعزيز آل سعود, تميم بن حمد آل ثاني).
func (st *state) extended(i, n int, fs []form) int {
	f := pick(fs)
	if f.typ != marsad.EntityPerson || f.kind == gazetteer.MatchNisba {
		return n
	}
	if _, ok := honorifics[st.toks[i].w.norm]; ok { // only such a form has a longer one inside
		for k := i + 1; k < i+n; k++ {
			kn, kfs, _ := st.kbAt(k)
			if k+kn > i+n && slices.ContainsFunc(kfs, func(g form) bool { return g.e == f.e && !g.weak }) {
				n = k + kn - i
			}
		}
	}
	for st.ancestor(i + n) {
		n += 2 // محمد بن سلمان بن عبدالعزيز: his father's father
	}
	return n + st.family(i+n)
}

// ancestor reports whether tokens j and j+1 go on a person's name with a
// forefather's, بن and a name in the same region.
func (st *state) ancestor(j int) bool {
	if j+1 >= len(st.toks) || j == 0 {
		return false
	}
	if st.hot[j].is&nConnector == 0 {
		return false // (most tokens)
	}
	t, next := &st.toks[j], &st.toks[j+1]
	if !t.word || !next.word || t.seg != st.toks[j-1].seg || next.seg != t.seg || next.used {
		return false
	}
	if c := t.w.norm; c != "بن" && c != "بنت" && c != "ابن" {
		return false
	}
	w := next.w.norm
	r0, _ := utf8.DecodeRuneInString(w)
	return r0 >= 0x0600 && r0 <= 0x06FF && utf8.RuneCountInString(w) >= 2 && next.w.is&nConnector == 0 && !writtenDefinite(st.text[next.start:next.end])
}

// family returns 2 when tokens j and j+1 are a family's name, آل and the
// word after it in the same region (آل سعود, آل نهيان), else 0.
func (st *state) family(j int) int {
	if j+1 >= len(st.toks) {
		return 0
	}
	t, next := &st.toks[j], &st.toks[j+1]
	if !t.word || !next.word || next.seg != t.seg || st.text[t.start:t.end] != "آل" || st.hot[j+1].is&(nStop|bStop) != 0 {
		return 0
	}
	return 2
}

// known records a knowledge-base match of n tokens at i, or keeps it for
// the last pass when its form is weak.
func (st *state) known(i, n int, fs []form, base string) {
	if st.hamzaLam(i, base) {
		return // وألباريس is Albares, not و+ال+باريس
	}
	if st.taMarbuta(i, base) {
		return // وفاة is a death, not وفا with a pronoun
	}
	if pick(fs).kind == gazetteer.MatchNisba && !strings.HasSuffix(st.toks[i].w.norm, base) {
		return // جورجينا is a name, not جورجي with a pronoun: an adjective takes none
	}
	if e := st.markedAt(i, n, fs); e != nil {
		// وقالت عمّان: the mark says which of the entities it is.
		st.add(st.entityFor(e), i, i+n, i, i+n, base, true)
		return
	}
	if k, ok := st.namedPerson(fs); ok {
		// وأكد السوداني after محمد شياع السوداني: the person the document
		// has named, not the country's adjective.
		st.add(k, i, i+n, i, i+n, base, true)
		return
	}
	f := pick(fs)
	if st.inDateline(i) && int(st.toks[i].start) > st.dateline.Start && f.kind != gazetteer.MatchNisba {
		// كاراكاس - الميادين نت, الخرطوم - «الأهرام»: after the place,
		// a dateline names the outlet or agency, whose short name alone
		// (weak elsewhere) is enough there.
		for _, g := range fs {
			if g.typ == marsad.EntityOrganization && g.kind != gazetteer.MatchNisba {
				st.add(st.entityFor(g.e), i, i+n, i, i+n, base, true)
				return
			}
		}
	}
	if f.typ == marsad.EntityCountry && int(st.toks[i].start) == st.dateline.Start && st.dateline.End > st.dateline.Start {
		// تونس – «القدس العربي»: a dateline names the city the report
		// is filed from, the capital that shares its country's name.
		for _, g := range fs {
			if g.typ == marsad.EntityCity && g.e.Code == f.e.Code {
				st.add(st.entityFor(g.e), i, i+n, i, i+n, base, true)
				return
			}
		}
	}
	if f.typ == marsad.EntityCountry && f.kind != gazetteer.MatchNisba && st.afterCity(i) {
		// جنيف والجزائر وتونس: a capital that shares its country's
		// name, joined to a city, is the city too.
		for _, g := range fs {
			if g.typ == marsad.EntityCity && g.e.Code == f.e.Code {
				st.add(st.entityFor(g.e), i, i+n, i, i+n, base, true)
				return
			}
		}
	}
	if f.kind == gazetteer.MatchNisba && f.typ == marsad.EntityCountry && n == 1 && (st.prevIn(i, nConnector) || st.family(i+1) > 0) {
		// عبدالعزيز بن تركي, تركي آل الشيخ: a first name, not the
		// country's adjective.
		return
	}
	if f.kind == gazetteer.MatchNisba && f.typ == marsad.EntityCountry && n == 1 && st.afterGiven(i) {
		// قاسم سوري: a family name after a first name, not the adjective.
		return
	}
	if f.typ == marsad.EntityPerson && f.weak && st.lineageAt(i) && i > 0 && st.toks[i-1].word && st.toks[i-1].seg == st.toks[i].seg &&
		st.hot[i-1].is&(nStop|bStop|bSpeech|bOffice|nConnector) == 0 && !st.toks[i-1].w.roleFirst && st.unknownName(i-1) > 0 {
		// فيصل بن عبدالعزيز: بن عبدالعزيز, King Salman's short name, is
		// here another man's father (but وقال بن فرحان, الوزير بن فرحان).
		return
	}
	if f.typ == marsad.EntityPerson && i >= 2 && st.prevIn(i, nConnector) && st.toks[i-2].word && st.toks[i-2].seg == st.toks[i].seg {
		// عبدالعزيز بن تركي الفيصل: the father's name in another
		// person's, not a mention of the knowledge base's تركي الفيصل.
		return
	}
	if f.kind == gazetteer.MatchNisba && f.typ == marsad.EntityLocation {
		// A bloc's adjective: only after a political head that agrees
		// with it (دول أوروبية, الدول الأوروبية), the mention being the
		// adjective, as for a country's nisba (the head stays a word of
		// the clause: وتتهم أوكرانيا ودول أوروبية); otherwise another
		// entity the word may name (العربية).
		h := st.blocHead(i, base)
		if h < 0 {
			if rest := otherThanBlocNisba(fs); len(rest) > 0 {
				st.known(i, n, rest, base)
			}
			return
		}
		if f.weak && !st.weakOK(i, f) {
			return
		}
		st.add(st.entityFor(f.e), i, i+n, i, i, base, true)
		return
	}
	if n == 1 && f.typ == marsad.EntityLocation && !st.regionWordOK(i, base) {
		return
	}
	if f.weak && !st.weakOK(i, f) {
		st.weak = append(st.weak, weakCand{i: i, n: n, fs: fs, base: base})
		return
	}
	k := st.entityFor(f.e)
	if f.kind == gazetteer.MatchNisba {
		st.add(k, i, i+n, i, i, base, true)
		if f.typ == marsad.EntityCountry {
			st.nisbaPerson(i+n, f.e.Code)
		}
		return
	}
	st.add(k, i, i+n, i, i+n, base, true)
	if f.typ == marsad.EntityEvent {
		// The places and parties an event's name holds are mentions too:
		// الحرب في أوكرانيا names Ukraine.
		for j := i + 1; j < i+n; {
			if kn, kfs, kb := st.kbAt(j); kn > 0 && j+kn <= i+n && pick(kfs).typ != marsad.EntityEvent && !pick(kfs).weak {
				g := pick(kfs)
				ni := j + kn
				if g.kind == gazetteer.MatchNisba {
					ni = j
				}
				st.add(st.entityFor(g.e), j, j+kn, j, ni, kb, true)
				j += kn
				continue
			}
			j++
		}
	}
}

// afterGiven reports whether token i, written without the article, comes
// right after a first name of the knowledge base's people in its region
// (قاسم سوري, the deputy speaker).
func (st *state) afterGiven(i int) bool {
	if raw := st.text[st.toks[i].start:st.toks[i].end]; i == 0 || writtenDefinite(raw) || strings.HasPrefix(raw, "و") {
		return false // (السوري, والسوري: the adjective, another item)
	}
	p := &st.toks[i-1]
	return p.word && p.seg == st.toks[i].seg && st.r.given[p.w.norm]
}

// afterCity reports whether token i is joined by و to a mention of a city
// that ends right before it (جنيف والجزائر).
func (st *state) afterCity(i int) bool {
	if i == 0 || len(st.mtoks) == 0 || !strings.HasPrefix(st.text[st.toks[i].start:st.toks[i].end], "و") {
		return false
	}
	last := len(st.mtoks) - 1
	if int(st.mtoks[last][1]) != i || st.toks[i-1].seg != st.toks[i].seg {
		return false
	}
	return st.ents[st.ments[last].ent].out.Type == marsad.EntityCity
}

// nisbaPerson adds the person that a definite masculine nisba standing
// for a nationality introduces, a name of two words or more the knowledge
// base lacks right after it (اعتبر الألماني مارتن كوبلر, خلف الإسباني
// برناردينو ليون), with that country's code. After a definite noun the
// nisba agrees with that noun (الاقتصاد المصري تأثر بشدة), and what follows
// is no name.
func (st *state) nisbaPerson(j int, code marsad.ActorCode) {
	i := j - 1
	if j >= len(st.toks) || !st.toks[j].word || st.toks[j].used || st.toks[j].seg != st.toks[i].seg {
		return
	}
	w := st.toks[i].w.norm
	if !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "وال") || !strings.HasSuffix(w, "ي") {
		return // (الألمانية before a name mostly agrees with a noun: الشركة الألمانية)
	}
	if p := i - 1; p >= 0 && st.toks[p].word && st.toks[p].seg == st.toks[i].seg && writtenDefinite(st.text[st.toks[p].start:st.toks[p].end]) {
		return // الاقتصاد المصري تأثر: the nisba agrees with the noun before it
	}
	if n := st.unknownName(j); n >= 2 && st.newName(j, j+n) {
		k := st.newPerson(j, n, code, "")
		st.add(k, j, j+n, j, j+n, st.toks[j].w.norm, true)
	}
}

// hamzaLam reports whether base was read from token i by dropping an
// article that the text writes with a hamza (ألباريس, إلياس): a name's
// first letters, not the article, which is always written with a bare
// alef.
func (st *state) hamzaLam(i int, base string) bool {
	t := &st.toks[i]
	norm := t.w.norm
	if base == "" || len(base)+len("ال") > len(norm) || !strings.HasSuffix(norm, "ال"+base) {
		return false
	}
	raw := st.text[t.start:t.end]
	if len(raw) != len(norm) {
		return false // marks dropped: the offsets do not line up (rare)
	}
	at := raw[len(raw)-len(base)-len("ال"):]
	return strings.HasPrefix(at, "أل") || strings.HasPrefix(at, "إل")
}

// taMarbuta reports whether base was read from token i by dropping the
// pronoun ه that normalising makes of a final ة (وفاة → وفاه → وفا+ه):
// the text writes a feminine ending, which is no pronoun.
func (st *state) taMarbuta(i int, base string) bool {
	t := &st.toks[i]
	n := t.w.norm
	if rest, ok := strings.CutSuffix(n, "ه"); base == "" || !ok || !strings.HasSuffix(rest, base) {
		return false // (most matches: base ends the word)
	}
	return strings.HasSuffix(strings.TrimRightFunc(st.text[t.start:t.end], isMark), "ة")
}

// markedAt returns the entity among the forms fs of a one-token match at
// i whose knowledge-base form is the token as written, vowel marks
// included, once proclitics are dropped (وعمّان), or nil.
func (st *state) markedAt(i, n int, fs []form) *gazetteer.Entity {
	if n != 1 || len(st.r.marked) == 0 {
		return nil
	}
	t := &st.toks[i]
	raw := st.text[t.start:t.end]
	if len(raw) == len(t.w.norm) {
		return nil // normalising dropped nothing: no mark (most tokens)
	}
	for drop := 0; drop <= 2 && raw != ""; drop++ {
		if e := st.r.marked[raw]; e != nil {
			for _, f := range fs {
				if f.e == e {
					return e
				}
			}
			return nil
		}
		r, size := utf8.DecodeRuneInString(raw)
		if !strings.ContainsRune("وفبلك", r) {
			return nil
		}
		raw = raw[size:]
	}
	return nil
}

// isVowelMark reports whether r is an Arabic vowel mark, tanween, shadda
// or sukun.
func isVowelMark(r rune) bool { return r >= 0x064B && r <= 0x0652 }

// namedPerson returns the document entity of a person that a weak form
// of fs names (a family name: ~السوداني) when the document has named that
// person in full before, and fs's first reading is another entity's
// adjective or short form.
func (st *state) namedPerson(fs []form) (int, bool) {
	if len(fs) < 2 || pick(fs).typ == marsad.EntityPerson {
		return 0, false
	}
	for _, f := range fs {
		if f.weak && f.typ == marsad.EntityPerson {
			if k, ok := st.byKB.get(f.e); ok && st.ents[k].strong {
				return k, true
			}
		}
	}
	return 0, false
}

// weakOK accepts a weak form from its immediate context: a city after
// مدينة or العاصمة, a region's adjective after a noun (العقوبات الغربية), a
// region's own name (الغرب).
func (st *state) weakOK(i int, f form) bool {
	e := f.e
	cue := i > 0 && st.toks[i-1].word && st.toks[i-1].seg == st.toks[i].seg && st.hot[i-1].is&nCityCue != 0
	switch e.Type {
	case marsad.EntityCity, marsad.EntityLocation:
		if cue {
			return true
		}
	case marsad.EntityCountry:
		if f.kind != gazetteer.MatchNisba && st.coordinatedCountry(i) {
			return true // شهدتها مالي وبوركينا فاسو
		}
	}
	if e.Type == marsad.EntityLocation && e.Ambiguous && !f.weakAlias {
		// regionWordOK has let an adjective through only after a
		// political head (العقوبات الغربية), a direction only when it is
		// not one of a pair (بين الشرق والغرب).
		return true
	}
	return false
}

// coordinatedCountry reports whether token i, a country's name that is
// also a word (مالي, "financial"), stands joined by و to the name of
// another country, after it (مالي وبوركينا فاسو) or before it (النيجر
// ومالي).
func (st *state) coordinatedCountry(i int) bool {
	country := func(k int) bool {
		_, fs, _ := st.kbAt(k)
		return len(fs) > 0 && fs[0].typ == marsad.EntityCountry && fs[0].kind != gazetteer.MatchNisba && !fs[0].weak
	}
	if j := i + 1; j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg && strings.HasPrefix(st.toks[j].w.norm, "و") && country(j) {
		return true
	}
	if !strings.HasPrefix(st.toks[i].w.norm, "و") || len(st.mtoks) == 0 {
		return false
	}
	last := st.mtoks[len(st.mtoks)-1]
	return int(last[1]) == i && st.toks[last[0]].seg == st.toks[i].seg && st.ents[st.ments[len(st.ments)-1].ent].out.Type == marsad.EntityCountry
}

// regionWordOK decides whether one word with the article that the
// knowledge base lists for a region or bloc is a mention of it at token i
// (read from base):
//   - an adjective (الغربية, الخليجية, الأوروبية) only after a political
//     head (الدول الغربية, العقوبات الغربية, العواصم الخليجية), never after
//     an ordinary noun (الضفة الغربية, الاستثمارات الخليجية);
//   - an adjective that is also a plain word (المتوسط "average", الوسطى,
//     الشرقية) only after a geographic cue (شرق المتوسط, حوض المتوسط);
//   - a direction (الغرب) not when it is paired with another (بين الشرق
//     والغرب);
//   - the plural nouns of a bloc's people (الغربيون) and other names always.
func (st *state) regionWordOK(i int, base string) bool {
	if !strings.HasPrefix(base, "ال") {
		return true
	}
	switch {
	case plainAdjectives[base]:
		return st.prevIn(i, bGeoCue)
	case directions[base]:
		if st.prevIn(i, bDirection) {
			return false
		}
		if j := i + 1; j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg {
			if st.hot[j].is&bDirection != 0 {
				return false
			}
		}
		return true
	case strings.HasSuffix(base, "ي") || strings.HasSuffix(base, "يه"):
		return st.prevIn(i, bBlocHead)
	}
	return true
}

// blocHead returns the token of the political head (الدول, دول, القوى,
// العواصم...) right before token i, whose bloc adjective was read from
// base, when the two agree in definiteness (الدول الأوروبية, دول أوروبية,
// not دول الأوروبية); -1 otherwise.
func (st *state) blocHead(i int, base string) int {
	if !st.prevIn(i, bBlocHead) {
		return -1
	}
	h := i - 1
	if st.toks[h].used {
		return -1
	}
	w := st.toks[h].w
	definite := false
	for _, b := range w.bases[:w.pre] {
		if blocHeads[b] && strings.HasPrefix(b, "ال") {
			definite = true
		}
	}
	if definite != strings.HasPrefix(base, "ال") {
		return -1
	}
	return h
}

// otherThanBlocNisba returns the forms of fs that are not a bloc's
// adjective, or nil.
func otherThanBlocNisba(fs []form) []form {
	var rest []form
	for _, f := range fs {
		if !(f.kind == gazetteer.MatchNisba && f.typ == marsad.EntityLocation) {
			rest = append(rest, f)
		}
	}
	return rest
}

// prevIn reports whether the word before token i, in the same region,
// has a base (proclitics dropped: والعقوبات) in the word list of the b*
// bit set.
func (st *state) prevIn(i int, set flags) bool {
	if i == 0 || !st.toks[i-1].word || st.toks[i-1].seg != st.toks[i].seg {
		return false
	}
	return st.hot[i-1].is&set != 0
}

// holder returns the holder of role key in country on the document's
// date; a generic leader (الزعيم) is the country's top office holder.
func (st *state) holder(key string, code marsad.ActorCode) *gazetteer.Entity {
	kb := st.r.KB
	if kb == nil || code == "" {
		return nil
	}
	// A person the document names who has held the office wins over the
	// date, which may be uncertain.
	for pass := 0; pass < 2; pass++ { // in office on the date first, then at any time
		for m := len(st.kbPeople) - 1; m >= 0; m-- {
			de := st.ents[st.kbPeople[m]]
			for _, ro := range de.kb.Roles {
				if ro.Country == code && (ro.Key == key || key == "leader" && pass == 0) && (pass == 1 || ro.Covers(st.date)) {
					return de.kb
				}
			}
		}
	}
	if e := kb.Holder(key, code, st.date); e != nil {
		return e
	}
	if key == "leader" {
		for _, k := range []string{"supreme_leader", "general_secretary", "president", "king", "emir", "sultan", "prime_minister"} {
			if e := kb.Holder(k, code, st.date); e != nil {
				return e
			}
		}
	}
	return nil
}

// spec reads the country that qualifies a title at token j: a nisba
// (الرئيس الصيني) or, after a construct (رئيس منغوليا) or before an
// organisation (الأمين العام للأمم المتحدة), a name. It returns the code,
// the number of tokens and the entity.
func (st *state) spec(j int, construct bool) (marsad.ActorCode, int, *gazetteer.Entity, string) {
	if j >= len(st.toks) || !st.toks[j].word || st.toks[j].seg != st.toks[j-1].seg {
		return "", 0, nil, ""
	}
	n, fs, base := st.kbAt(j)
	if n == 0 {
		return "", 0, nil, ""
	}
	f := pick(fs)
	if f.e.Code == "" {
		return "", 0, nil, ""
	}
	switch {
	case f.kind == gazetteer.MatchNisba && !construct && f.typ != marsad.EntityLocation && (f.typ == marsad.EntityCountry || !f.weak):
		return f.e.Code, n, f.e, base
	case f.kind != gazetteer.MatchNisba && (f.typ == marsad.EntityCountry || f.typ == marsad.EntityOrganization) && !f.weak:
		if construct || f.typ == marsad.EntityOrganization || base != st.toks[j].w.norm {
			return f.e.Code, n, f.e, base
		}
	}
	return "", 0, nil, ""
}

// innerNisba adds the country of a title whose phrase holds its nisba
// (المستشارة الألمانية, a phrase of the roles table): a mention of the
// country code at the nisba, as a nisba after a title is (spec).
func (st *state) innerNisba(i, rn int, code marsad.ActorCode) {
	for t := i + 1; t < i+rn; t++ {
		if st.toks[t].used {
			continue
		}
		n, fs, base := st.kbAt(t)
		if n != 1 {
			continue
		}
		if f := pick(fs); f.kind == gazetteer.MatchNisba && f.typ == marsad.EntityCountry && f.e.Code == code {
			st.add(st.entityFor(f.e), t, t+1, t, t, base, true)
			return
		}
	}
}

// role handles a title of rn tokens at i: its country, its modifiers and
// the name that may follow. It returns the tokens consumed, or 0 when the
// phrase is no title here.
func (st *state) role(i, rn int, rfs []roleForm, base string, needPerson bool) int {
	construct := true
	var fixed marsad.ActorCode
	for _, rf := range rfs {
		construct = construct && rf.construct
		if rf.country != "" && fixed == "" {
			fixed = rf.country
		}
	}
	j := i + rn
	code, cn, ce, cbase := st.spec(j, construct)
	if construct && code == "" {
		return 0
	}
	cj := j
	j += cn
	if code == "" {
		code = fixed
		if len(rfs) > 1 {
			for _, rf := range rfs {
				if rf.country != "" && rf.country != fixed {
					code = "" // المستشار: Germany or Austria
				}
			}
		}
	}
	key := ""
	for _, rf := range rfs {
		if rf.country == code && (key == "" || rf.country != "") {
			key = rf.key
		}
	}
	if key == "" {
		for _, rf := range rfs {
			if rf.country == "" {
				key = rf.key
				break
			}
		}
	}
	if key == "" {
		key = rfs[0].key
	}
	former := false
	for j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg {
		is := st.hot[j].is
		if is&nModifier == 0 {
			break
		}
		former = former || is&nModPast != 0
		j++
	}
	if needPerson && !st.personFollows(j) && (former || st.holder(key, code) == nil) {
		return 0
	}
	body := !stateHeads[key] // the title may name a body (titleBody)
	if ce != nil && !(body && st.titleBody(i, rn, cj+cn)) {
		k := st.entityFor(ce)
		if ce.Type == marsad.EntityCountry && cbase == st.toks[cj].w.norm && !construct {
			st.add(k, cj, cj+cn, cj, cj, cbase, true)
		} else {
			st.add(k, cj, cj+cn, cj, cj+cn, cbase, true)
		}
	} else if ce == nil && body {
		st.titleBody(i, rn, i+rn)
	}
	if ce == nil && fixed != "" {
		st.innerNisba(i, rn, fixed)
	}
	// A name after the title.
	if j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg {
		if n, fs, base := st.kbAt(j); n > 0 {
			// رئيس الوزراء علي حسن: a weak form (a surname, a first name)
			// that more name words follow is the start of another
			// person's name.
			// With no country, a weak form is the name of someone who
			// held the office (الرئيس ... محمد is no prime minister
			// whose surname is محمد).
			longer := st.unknownName(j) > n
			for _, f := range fs {
				if ce != nil && ce.Type == marsad.EntityCountry && f.e.Code != "" && f.e.Code != code && !servedIn(f.e, code) {
					// هنأ الرئيس الأمريكي شينباوم: a person of another
					// country after a country's title is its object, and
					// the title its holder.
					continue
				}
				if f.typ == marsad.EntityPerson && f.kind != gazetteer.MatchNisba && (!f.weak || !longer && (code == "" && heldRole(f.e, key) || code != "" && f.e.Code == code)) {
					k := st.entityFor(f.e)
					st.add(k, i, j+n, j, j+n, base, true)
					return j + n - i
				}
			}
		}
		if n := st.unknownName(j); n >= 2 {
			if code == "" {
				code = st.homeCode() // (as officeCode does)
			}
			k := st.newPerson(j, n, code, key)
			st.add(k, i, j+n, j, j+n, st.toks[j].w.norm, true)
			return j + n - i
		}
	}
	// The office of a national body (رئيس هيئة قناة السويس, زعيم حزب
	// العمال الكردستاني) is the body's, not its country's: no holder by
	// the country's code.
	national := ce != nil && ce.Type == marsad.EntityOrganization && st.r.KB != nil && st.r.KB.Country(ce.Code) != nil
	if !former && !national {
		if e := st.holder(key, code); e != nil {
			k := st.entityFor(e)
			end := i + rn
			if cn > 0 {
				end = cj + cn
			}
			st.add(k, i, end, i, i, "", true)
			// The title is the person's form in the text until a name
			// is (mention.title).
			st.ments[len(st.ments)-1].title = st.nameText(i, end, base)
			return j - i
		}
	}
	if ce == nil && fixed == "" {
		return 0 // a bare الرئيس: let the words be read otherwise
	}
	for t := i; t < j; t++ {
		st.toks[t].used = true
	}
	return j - i
}

// inDateline reports whether token i lies in the document's dateline.
func (st *state) inDateline(i int) bool {
	t := &st.toks[i]
	return st.dateline.End > st.dateline.Start && int(t.start) >= st.dateline.Start && int(t.end) <= st.dateline.End
}

// heldRole reports whether e has held the office of role key anywhere.
// servedIn reports whether e held any role of the country code.
func servedIn(e *gazetteer.Entity, code marsad.ActorCode) bool {
	for _, ro := range e.Roles {
		if ro.Country == code {
			return true
		}
	}
	return false
}

func heldRole(e *gazetteer.Entity, key string) bool {
	for _, ro := range e.Roles {
		if ro.Key == key {
			return true
		}
	}
	return false
}

// titleBody adds the body that a title of rn tokens at i names inside
// it (المتحدث باسم الكرملين, رئيسة المفوضية الأوروبية, رئيس المجلس
// الصيني لتعزيز التجارة الدولية): a mention of the body of its own, as
// it would be without the title. The body ends at token end: the
// title's end, or that of the country adjective after it, which the
// body's mention then holds (الناطقة باسم وزارة الخارجية الإيرانية). It
// reports whether it added the body with that adjective, the country's
// mention included. (The titles of heads of state and government name
// no body: see stateHeads.)
func (st *state) titleBody(i, rn, end int) bool {
	for t := i + 1; t < i+rn; t++ {
		if st.hot[t].is&hInsts != 0 && end > i+rn {
			// A national body and the adjective after the title: its
			// record and the country's (institution).
			if n := st.institution(t); n > 0 {
				return t+n == end
			}
		}
		if st.hot[t].is&hKB == 0 {
			continue
		}
		if kn, fs, b := st.kbAt(t); kn > 0 && t+kn == i+rn {
			if f := pick(fs); f.typ == marsad.EntityOrganization && !f.weak && f.kind != gazetteer.MatchNisba {
				st.add(st.entityFor(f.e), t, t+kn, t, t+kn, b, true)
				return false
			}
		}
	}
	return false
}

// stateHeads are the role keys of heads of state and government, whose
// titles name the organs of the state the country stands for (رئيس مجلس
// الدولة is China's premier, رئيس مجلس الوزراء a prime minister): no
// body of theirs is a mention.
var stateHeads = map[string]bool{"president": true, "vice_president": true, "prime_minister": true, "king": true,
	"emir": true, "sultan": true, "emperor": true, "supreme_leader": true, "crown_prince": true, "chancellor": true, "leader": true}

// titleOverName reports whether a title should be read before a longer
// knowledge-base name that begins with it: وزير الدفاع الروسي names the
// minister, not the ministry the KB may list under that form.
func (st *state) titleOverName(fs []form) bool {
	return pick(fs).typ == marsad.EntityOrganization
}

// personFollows reports whether a person's name begins at token j.
func (st *state) personFollows(j int) bool {
	if j >= len(st.toks) || !st.toks[j].word {
		return false
	}
	if n, fs, _ := st.kbAt(j); n > 0 {
		for _, f := range fs {
			if f.typ == marsad.EntityPerson && f.kind != gazetteer.MatchNisba {
				return true
			}
		}
	}
	return st.unknownName(j) >= 2
}

// newPerson records a person the knowledge base lacks, named by tokens
// [j, j+n) after a title.
func (st *state) newPerson(j, n int, code marsad.ActorCode, role string) int {
	key := st.joinNorm(j, j+n)
	name := st.text[st.toks[j].start:st.toks[j+n-1].end]
	return st.newEntity(key, marsad.EntityPerson, name, code, role)
}

// joinNorm returns the normalised words of tokens [i, j) joined by spaces.
func (st *state) joinNorm(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(st.toks[k].w.norm)
	}
	return b.String()
}

// unknownName returns how many tokens from j read as a personal name: up
// to four Arabic words, none a function word, a title or a known name of
// something else, the article only after a connector (عبد الله).
func (st *state) unknownName(j int) int {
	n := 0
	for k := j; k < len(st.toks) && n < 4; k++ {
		t := st.toks[k]
		if !t.word || t.seg != st.toks[j].seg || t.w.norm == "" {
			break
		}
		w := t.w.norm
		r0, size := utf8.DecodeRuneInString(w)
		if r0 < 0x0600 || r0 > 0x06FF || size == len(w) {
			break // (a letter alone, بـ before a quotation, is no name's word)
		}
		if n >= 2 && st.lineageAt(k-2) && t.w.is&nConnector == 0 && !writtenDefinite(st.text[t.start:t.end]) && !compoundSecond[w] {
			// عبدالعزيز بن سلمان أكثر صراحة: after the father's name, a
			// name goes on with بن, آل or a family name only.
			break
		}
		if n > 0 && st.lineageAt(k-1) && t.w.is&nConnector == 0 && utf8.RuneCountInString(w) >= 2 && !writtenDefinite(st.text[t.start:t.end]) {
			// خالد بن سلطان, أحمد بن علي: the word after بن is the
			// father's name, whatever else it spells (a title, the
			// preposition على once normalised).
			n++
			continue
		}
		if n == 0 && st.aliName(k) {
			n++
			continue
		}
		if n >= 2 && st.aliLast(k) {
			n++ // كوسرت رسول علي في: علي written with its dots ends a name
			break
		}
		if t.w.is&(nStop|nCounterpart|nGroupPeople|nModifier) != 0 {
			break
		}
		if (t.w.is&(nCommon|nPrepArt) != 0 || st.describedNoun(k)) && !st.beforeDin(k) {
			// اتصالا هاتفيا, زيارة رسمية, بالوفود: no name's words (but
			// قلب الدين, نور الدين open one).
			break
		}
		if t.w.notName && (n == 0 || n >= 2 && st.hot[k-1].is&nConnector == 0 && !writtenDefinite(st.text[t.start:t.end])) && !st.beforeDin(k) {
			// لكرة القدم: a frequent word never seen in a name does not
			// begin one, nor follow a name of two words (سامي ميرزويان
			// نص المعاهدة); a second word may be one (إسحاق دار).
			break
		}
		definite := writtenDefinite(st.text[t.start:t.end])
		if definite && n == 0 && st.r.definiteGiven[w] && k+1 < len(st.toks) && st.toks[k+1].word && st.toks[k+1].seg == t.seg {
			n++ // الحبيب بورقيبة: a first name with the article
			continue
		}
		if definite && n > 0 && compoundSecond[w] {
			n++ // عز الدين, تاج الإسلام, أسد الزمان: one name of two words
			continue
		}
		if definite && (n == 0 || st.hot[k-1].is&nConnector == 0) {
			// A family name with the article ends the name (فيصل
			// المقداد): after one word or a chain of بن (عبدالعزيز بن
			// تركي الفيصل), it must be last before a pause or a function
			// word; after two or more others (نيكول باشينيان الاتفاق), or
			// before the verb's object (أدان الوزير شائع الزنداني
			// الهجمات), it must be a family nisba (الزنداني, العليمي).
			if n > 0 && k+1 < len(st.toks) && st.toks[k+1].seg == t.seg && st.lineageAt(k+1) {
				// محمد الحسن ولد لبات: a compound first name before
				// the father's.
				n++
				continue
			}
			last := k+1 >= len(st.toks) || !st.toks[k+1].word || st.toks[k+1].seg != t.seg || st.hot[k+1].is&nStop != 0
			if n > 0 && (last && (n == 1 || st.patronymic(j, k)) && !t.w.notName || st.familyNisba(k) || st.patronymic(j, k) && st.surname(k)) && utf8.RuneCountInString(w) >= 5 && nameShape(st.text[t.start:t.end], w) {
				n++
			}
			break
		}
		if n > 0 && r0 == 'و' && utf8.RuneCountInString(w) > 3 {
			break
		}
		if verbShape(w) || t.w.roleFirst || !nameShape(st.text[t.start:t.end], w) && !(n > 0 && taMarbutaName(st.text[t.start:t.end], w) && !t.w.notName) {
			break
		}
		afterConnector := n > 0 && st.hot[k-1].is&nConnector != 0
		if kn, fs, kb := st.kbAt(k); kn > 0 && pick(fs).typ != marsad.EntityPerson && !pick(fs).weak && !afterConnector && !st.hamzaLam(k, kb) {
			// (after بن, the father's name: عبدالعزيز بن تركي الفيصل)
			break
		}
		n++
	}
	for n > 0 && st.hot[j+n-1].is&nConnector != 0 {
		n--
	}
	return n
}

// aliName reports whether token k is علي written with its dots before a
// name (وزير الداخلية علي يرليكايا): the name, not the preposition على
// that it is once normalised.
func (st *state) aliName(k int) bool {
	t := st.toks[k]
	return st.text[t.start:t.end] == "علي" && k+1 < len(st.toks) && st.toks[k+1].word && st.toks[k+1].seg == t.seg &&
		!writtenDefinite(st.text[st.toks[k+1].start:st.toks[k+1].end]) && st.unknownName(k+1) >= 1
}

// beforeDin reports whether token k opens a compound first name with
// الدين (قلب الدين, نور الدين, صلاح الدين), whatever the word alone means.
func (st *state) beforeDin(k int) bool {
	return k+1 < len(st.toks) && st.toks[k+1].seg == st.toks[k].seg && st.toks[k+1].w.norm == "الدين" &&
		!writtenDefinite(st.text[st.toks[k].start:st.toks[k].end])
}

// aliLast reports whether token k, after two words of a name, is the name
// علي ending it: written with its dots and followed by no word, or by a
// preposition, which the preposition على never is.
func (st *state) aliLast(k int) bool {
	t := st.toks[k]
	if st.text[t.start:t.end] != "علي" {
		return false
	}
	if k+1 >= len(st.toks) || !st.toks[k+1].word || st.toks[k+1].seg != t.seg {
		return true
	}
	switch st.toks[k+1].w.norm {
	case "في", "من", "الي", "عن", "مع", "ان", "بعد", "خلال":
		return true
	}
	return false
}

// surname reports whether token k is the surname of people of the
// knowledge base alone (الفيصل), a family's name after a chain of بن
// (عبدالعزيز بن تركي الفيصل), wherever it stands.
func (st *state) surname(k int) bool {
	n, fs, _ := st.kbAt(k)
	if n != 1 {
		return false
	}
	for _, f := range fs {
		if f.typ != marsad.EntityPerson || !f.weak {
			return false
		}
	}
	return true
}

// lineage reports whether the normalised word w is a connector after
// which a name goes on with the father's (or the son's) name: بن, بنت,
// ابن, أبو.
func lineage(w string) bool {
	switch w {
	case "بن", "بنت", "ابن", "ابو", "ولد":
		return true
	}
	return false
}

// lineageAt reports whether token k is such a connector (lineage).
func (st *state) lineageAt(k int) bool {
	return st.hot[k].is&nConnector != 0 && lineage(st.toks[k].w.norm)
}

// patronymic reports whether a connector (بن, بنت, أبو) is among tokens
// [j, k): the name is a chain of its bearer's fathers.
func (st *state) patronymic(j, k int) bool {
	for ; j < k; j++ {
		if st.hot[j].is&nConnector != 0 {
			return true
		}
	}
	return false
}

// writtenDefinite reports whether the written word raw begins with the
// article: ال with a bare alef, as the article is always written. A name
// that begins with a hamza on its alef (إلهام, ألكسندر, أليكسي) reads as
// the article once normalised, but is not written with it.
func writtenDefinite(raw string) bool {
	return strings.HasPrefix(raw, "ال")
}

// familyNisba reports whether token k, a word with the article, reads as
// a family name formed as a nisba (الزنداني, الشيباني): ending in ي, no
// common word, and no name the knowledge base gives to something else
// (الأمريكي is a country's adjective).
func (st *state) familyNisba(k int) bool {
	w := st.toks[k].w
	if !strings.HasSuffix(w.norm, "ي") || w.is&(nCommon|nStop|nModifier) != 0 {
		return false
	}
	if kn, _, _ := st.kbAt(k); kn > 0 {
		return false
	}
	return true
}

// commonNoun reports whether the normalised word w reads as a common
// noun or an adverb, not the first word of a name, where a title is
// followed by its verb's object or an adverb rather than a name (أجرى
// الرئيس الإيراني اتصالا هاتفيا, ألقى الرئيس الفرنسي كلمة): a word of
// commonNouns, or an indefinite accusative with the alef of its tanween
// written bare in a verbal noun of the اِفتعال/اِستفعال patterns (اتصالا,
// اجتماعا, انتصارا, استقبالا).
func commonNoun(w string) bool {
	if commonNouns[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n < 6 || !strings.HasPrefix(w, "ا") || !strings.HasSuffix(w, "ا") {
		return false
	}
	r := []rune(w)
	return r[n-3] == 'ا'
}

// describedNoun reports whether token k and the word after it read as an
// indefinite noun and the adjective that agrees with it: a word in ا
// before a nisba or participle in ا (موقفا رسميا, بيانا مشتركا), a word in
// ة before one in ية or a participle in ة (زيارة رسمية), which names
// (ماريا زاخاروفا, كامالا هاريس) are not.
func (st *state) describedNoun(k int) bool {
	if k+1 >= len(st.toks) || !st.toks[k+1].word || st.toks[k+1].seg != st.toks[k].seg {
		return false
	}
	w, next := st.toks[k].w.norm, st.hot[k+1].is
	if len(w) < 6 { // three letters
		return false
	}
	switch {
	case strings.HasSuffix(w, "ا"):
		return next&nAdjAcc != 0
	case strings.HasSuffix(w, "ه"):
		return next&nAdjFem != 0
	}
	return false
}

// accusativeAdjective reports whether the normalised word w reads as an
// indefinite adjective ending in end (ا for the accusative, ه for the
// feminine): a nisba (رسميا, هاتفيا, رسميه; not ايا as in تيخانوفسكايا)
// or a participle (مشتركا, مباشره), five letters or more.
func accusativeAdjective(w, end string) bool {
	r := []rune(w)
	n := len(r)
	if n < 5 || !strings.HasSuffix(w, end) {
		return false
	}
	if r[n-2] == 'ي' && r[n-3] != 'ا' && r[n-3] != 'و' && r[n-3] != 'ي' {
		return true
	}
	return r[0] == 'م' && r[1] != 'ا' && r[1] != 'و' && r[1] != 'ي'
}

// prepArticle reports whether the normalised word w is a preposition and
// a noun with the article (بالوفود, للصحفيين, كالعادة), which no name is.
func prepArticle(w string) bool {
	for _, p := range []string{"بال", "لل", "كال", "فال"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return true
		}
	}
	return false
}

// nameShape rejects words that read as common nouns or adjectives: with a
// tanween (شريكاً), or long and ending in ة or a plural ات (اتفاقية).
func nameShape(orig, w string) bool {
	if strings.ContainsRune(orig, '\u064B') || strings.ContainsRune(orig, '\u064C') || strings.ContainsRune(orig, '\u064D') {
		return false
	}
	n := utf8.RuneCountInString(w)
	if n >= 6 && strings.HasSuffix(w, "ه") || n >= 5 && (strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "ها")) {
		return false // (قضاتها: a noun with its pronoun)
	}
	return true
}

// taMarbutaName reports whether a word after a first name that nameShape
// turns down for its final ة may be a family name (الحبيب بورقيبة, أسامة
// عطية): written with ة, not in ية, the ending of the adjectives and
// abstract nouns nameShape means (اتفاقية, الدولية).
func taMarbutaName(orig, w string) bool {
	return strings.HasSuffix(orig, "ة") && !strings.HasSuffix(w, "يه")
}

// verbShape reports whether a word looks like an imperfect verb: ي and a
// consonant, four letters or more (يستقبل, يزور), which names seldom are
// (يوري, يانغ keep a vowel letter second). Seven letters or more with no
// ending of person or pronoun (يستقبلون, تستهدفها) are no verb's: an
// imperfect's stem has six at most (يستفعل), and a foreign name
// (يرليكايا) may have them.
func verbShape(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 4 {
		return false
	}
	if n >= 7 && !verbEnding(w) {
		return false
	}
	r0, s := utf8.DecodeRuneInString(w)
	if r0 != 'ي' && r0 != 'ت' {
		return false
	}
	r1, _ := utf8.DecodeRuneInString(w[s:])
	switch r1 {
	case 'ا', 'و', 'ي', 'ش':
		return false
	}
	return true
}

// verbEnding reports whether w ends as an imperfect verb may with its
// person's ending or an object pronoun (يستقبلون, يتفاوضان, تستهدفها).
func verbEnding(w string) bool {
	for _, e := range [...]string{"ون", "ان", "ين", "وا", "ه", "ها", "هم", "هما", "كم", "كما", "نا", "ني", "هن"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// counterpart handles نظيره الروسي: the holder, in the named country, of
// the office of the person last mentioned.
func (st *state) counterpart(i int) int {
	if st.toks[i].w.counterpart == "" {
		return 0
	}
	code, cn, ce, cbase := st.spec(i+1, false)
	j := i + 1 + cn
	var person *gazetteer.Entity
	pn, pbase := 0, ""
	if j < len(st.toks) && st.toks[j].word && st.toks[j].seg == st.toks[i].seg {
		if n, fs, b := st.kbAt(j); n > 0 {
			for _, f := range fs {
				if f.typ == marsad.EntityPerson && f.kind != gazetteer.MatchNisba {
					person, pn, pbase = f.e, n, b
					break
				}
			}
		}
	}
	lastRole := ""
	if person == nil && st.lastPerson >= 0 && code != "" {
		lp := st.ents[st.lastPerson]
		keys := []string{lp.out.Role}
		if lp.kb != nil {
			keys = st.rolesOf(lp.kb)
		}
		for _, key := range keys {
			if lastRole == "" {
				lastRole = key
			}
			if person = st.holder(key, code); person != nil {
				break
			}
		}
	}
	if ce != nil {
		st.add(st.entityFor(ce), i+1, i+1+cn, i+1, i+1, cbase, true)
	}
	if person == nil {
		if n := st.unknownName(j); n >= 2 && code != "" {
			k := st.newPerson(j, n, code, lastRole)
			st.add(k, i, j+n, j, j+n, st.toks[j].w.norm, true)
			return j + n - i
		}
		return 1 + cn
	}
	k := st.entityFor(person)
	if pn > 0 {
		st.add(k, i, j+pn, j, j+pn, pbase, true)
		return j + pn - i
	}
	st.add(k, i, j, i, i, "", true)
	return j - i
}

// institution handles a national body named by a head and a nisba:
// وزارة الخارجية الصينية, الجيش الروسي.
func (st *state) institution(i int) int {
	for _, b := range st.toks[i].w.insts {
		inst := institutions[b]
		for extra := 0; extra <= inst.extra; extra++ {
			p := i + 1 + extra
			if st.run(i, p-i+1) < p-i+1 {
				break
			}
			if extra > 0 && (st.toks[p-1].w.roleFirst || st.hot[p-1].is&(nStop|bStop) != 0) {
				break // (الوزارة أن السلطات المغربية: no name of a body)
			}
			n, fs, nbase := st.kbAt(p)
			if n == 0 {
				continue
			}
			f := pick(fs)
			if f.kind != gazetteer.MatchNisba || f.typ != marsad.EntityCountry || f.weak || !agrees(b, nbase) {
				if extra > 0 {
					break
				}
				continue
			}
			english := inst.english
			if b == "وزاره" {
				english = ministryEnglish(st.toks[i+1].w.norm)
			}
			key := b + " " + st.joinNorm(i+1, p) + "|" + string(f.e.Code)
			k := st.newEntity(key, marsad.EntityOrganization, f.e.Name+" "+english, f.e.Code, "")
			named := st.articleBase(i, b)
			st.ents[k].out.Arabic = st.nameText(i, p+n, named)
			st.add(k, i, p+n, i, p+n, named, true)
			st.add(st.entityFor(f.e), p, p+n, p, p, nbase, true)
			return p + n - i
		}
	}
	if n := st.homeMinistry(i); n > 0 {
		return n
	}
	return st.homeBody(i)
}

// homeBodies are national bodies a report names without their country
// (وصوّت مجلس النواب, أقرّ البرلمان): by the head (a key of
// institutions), the word that completes it ("" for the head alone) and
// the body's English name. Normalised.
var homeBodies = map[string]map[string]string{
	"مجلس":     {"النواب": "House of Representatives", "الوزراء": "Cabinet", "الامه": "National Assembly", "الشيوخ": "Senate", "الشوري": "Shura Council", "الشعب": "People's Assembly"},
	"المجلس":   {"الرياسي": "Presidential Council"},
	"البرلمان": {"": "parliament"},
	"المحكمه":  {"العليا": "Supreme Court", "الدستوريه": "Constitutional Court"},
}

// homeBody reads a national body of homeBodies named without its country
// at token i: the body of the country of the dateline's place (homeCode),
// as homeMinistry reads a ministry; 0 when the report has no such
// dateline.
func (st *state) homeBody(i int) int {
	for _, b := range st.toks[i].w.insts {
		words, ok := homeBodies[b]
		if !ok {
			continue
		}
		n := 1
		english, ok := words[""]
		if !ok {
			if st.run(i, 2) < 2 {
				continue
			}
			if english, ok = words[st.toks[i+1].w.norm]; !ok {
				continue
			}
			n = 2
		}
		if p := i + n; p < len(st.toks) && st.run(i, n+1) == n+1 {
			if kn, fs, _ := st.kbAt(p); kn > 0 && pick(fs).kind == gazetteer.MatchNisba {
				return 0 // مجلس النواب الأمريكي: institution's, with its country
			}
		}
		key := b // (by the head's base: ومجلس الوزراء is مجلس الوزراء)
		if n == 2 {
			key += " " + st.toks[i+1].w.norm
		}
		return st.homeEntity(i, n, b, key, english)
	}
	return 0
}

// homeMinistry reads a ministry named without its country at token i
// (وقالت وزارة الداخلية في بلاغ): the ministry of the country of the
// dateline's place (homeCode), the one a report names so, as
// institution names it with the country's adjective; 0 when the report
// has no such dateline.
func (st *state) homeMinistry(i int) int {
	if i+1 >= len(st.toks) || !slices.Contains(st.toks[i].w.insts, "وزاره") || st.run(i, 2) < 2 {
		return 0
	}
	next := st.toks[i+1].w
	if !strings.HasPrefix(next.norm, "ال") || next.is&(nStop|bStop) != 0 || next.is&hInsts != 0 && next.norm != "الخارجيه" || next.roleFirst {
		return 0 // (الخارجية heads a body of its own, الخارجية الروسية, but after وزارة it is the ministry's word)
	}
	for p := i + 2; p < i+4 && st.run(i, p-i+1) == p-i+1; p++ {
		if n, fs, _ := st.kbAt(p); n > 0 && pick(fs).kind == gazetteer.MatchNisba {
			return 0 // وزارة الشؤون الخارجية الهندية: named with a country, not the dateline's
		}
	}
	return st.homeEntity(i, 2, "وزاره", "وزاره "+next.norm, ministryEnglish(next.norm))
}

// homeEntity adds the national body named by tokens [i, i+n), the first
// headed by head, as the body of the country of the dateline's place
// (homeCode), known in the document by key and that country; it returns
// n, or 0 when the report has no such dateline.
func (st *state) homeEntity(i, n int, head, key, english string) int {
	if st.r.KB == nil {
		return 0
	}
	code := st.homeCode()
	c := st.r.KB.Country(code)
	if c == nil {
		return 0
	}
	ne := len(st.ents)
	k := st.newEntity(key+"|"+string(code), marsad.EntityOrganization, c.Name+" "+english, code, "")
	named := st.articleBase(i, head)
	if k == ne { // new: named as written (a body named with its adjective before keeps that name)
		st.ents[k].out.Arabic = st.nameText(i, i+n, named)
	}
	st.add(k, i, i+n, i, i+n, named, true)
	return n
}

// ministryEnglish returns the English name of the ministry of the
// normalised word after وزارة (الخارجية: foreign ministry).
func ministryEnglish(w string) string {
	switch w {
	case "الخارجيه":
		return "foreign ministry"
	case "الدفاع":
		return "defence ministry"
	}
	return "ministry"
}

// articleBase returns the base of token i that names a body headed by
// b: b with the article where the token has it (والوزارة: الوزارة), so
// that only the proclitics are dropped.
func (st *state) articleBase(i int, b string) string {
	if w := st.toks[i].w; slices.Contains(w.bases[:w.pre], "ال"+b) {
		return "ال" + b
	}
	return b
}

// agrees reports whether the nisba nisba qualifies the head of a national
// body: it has the article (مجلس تنسيقي سعودي is a description, not a
// name) and the head's gender, a plural in ات feminine (وزارة ...
// الصينية, القوات ... المالية, البنك ... المصري: in
// وزير التجارة الخارجية المصري the nisba goes with the minister).
func agrees(head, nisba string) bool {
	if !strings.HasPrefix(nisba, "ال") {
		return false
	}
	// A plural in ات takes the feminine (القوات المسلحة المالية).
	feminine := strings.HasSuffix(head, "ه") || strings.HasSuffix(head, "ات")
	return feminine == strings.HasSuffix(nisba, "ه")
}

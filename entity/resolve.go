package entity

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

// appendBasesOf appends the clitic bases of a normalised word, with the
// article restored where the preposition ل absorbed its alef (للامم →
// الامم).
func appendBasesOf(dst []string, w string) []string {
	n := len(dst)
	dst = arabic.AppendBases(dst, w)
	for _, b := range dst[n:] {
		if strings.HasPrefix(b, "لل") && len(b) > len("لل")+2 {
			dst = append(dst, "ال"+b[len("لل"):])
			break
		}
	}
	return dst
}

// tagged adds the names the Tagger finds where the first pass found
// nothing, in windows after the words that introduce them, keeping only
// the kinds of span it finds reliably:
//   - PERS of two words or more that read as a name (see unknownName),
//     no word of which is covered by a mention;
//   - ORG that begin with an organisation's head word (وزارة, شركة, حزب,
//     منظمة, مفوضية...), that word not covered;
//   - LOC right after a place cue (مدينة, بلدة, محافظة, إقليم...).
//
// A span that is a knowledge-base name whole links to it; the others are
// new entities with no id.
func (st *state) tagged(doc *marsad.Document) {
	// The tagger reads only windows after the words that introduce the
	// spans kept (an office, an organisation's head, a place cue): a
	// tagger costs far more per word than the knowledge-base pass. The
	// split has noted those words (state.marks).
	next := 0 // the first token after the last window
	for _, m := range st.marks {
		i := int(m)
		if i < next || st.hot[i].is&(bOffice|bOrgHead|bPlaceCue|bSpeech) == 0 {
			continue
		}
		t := st.toks[i]
		if !t.word || t.used {
			continue
		}
		n := st.trigger(i)
		if n == 0 {
			continue
		}
		j := i + 1
		for end := i + n; j < len(st.toks) && j < end && st.toks[j].seg == t.seg; j++ {
			if tj := st.toks[j]; tj.word && !tj.used {
				if m := st.trigger(j); j+m > end {
					end = j + m // a trigger inside the window extends it
				}
			}
		}
		if !st.tagWindow(i, j) {
			// The first office in the window, its own word or one a
			// body's head brought in (الحزب ... وقالت زعيمته منى العبيدي),
			// introduces the name the tagger did not find.
			for k := i; k < j; k++ {
				if st.toks[k].word && !st.toks[k].used && st.hasBase(k, bOffice) {
					st.officeName(k, j)
					break
				}
			}
		}
		next = j
	}
}

// officeName adds the person an office word at token i introduces in the
// window [i, j) when the tagger found none there: the first run of words
// after it that reads as a name (unknownName) of two words or more, the
// words between being the office's complement (رئيس بلدية المدينة أكرم
// إمام أوغلو), none of them a pause or a verb. The person takes the code
// of the side the office names (officeCode).
func (st *state) officeName(i, j int) {
	for k := i + 1; k < j; k++ {
		t := st.toks[k]
		if t.seg != st.toks[i].seg || !t.word && !st.quoteMark(k) {
			return
		}
		if t.used && st.personAt(k) {
			return // the office's holder is named (زعيمته أليس فايدل)
		}
		if t.used || !t.word {
			continue // the complement's names: حزب الشعب الجمهوري, حزب «التجمع الوطني»
		}
		if st.hasBase(k, bOrgHead|bPlaceCue|bOffice) && !(k+1 < j && st.beforeDin(k)) {
			continue // حزب البديل, بلدية المدينة: the complement, not a name (but نجم الدين is)
		}
		if n := st.unknownName(k); n >= 2 && k+n <= len(st.toks) && st.newName(k, k+n) {
			if nounRanks[st.toks[i].w.norm] && !st.r.given[t.w.norm] {
				return // الفريق استقدم لاعبين: the team, not a general, unless a first name follows
			}
			key := st.joinNorm(k, k+n)
			e := st.newEntity(key, marsad.EntityPerson, st.nameText(k, k+n, ""), st.officeCode(i, k), "")
			st.add(e, k, k+n, k, k+n, "", true)
			return
		}
		if k == i+1 && officeAdjectives[t.w.norm] {
			continue // المدعي العام, الأمين العام: the office's own word
		}
		if k == i+1 && t.w.norm == "في" && k+1 < j && st.toks[k+1].used {
			continue // القيادي في الاتحاد الوطني الكردستاني: the body the office is in
		}
		if t.w.is&(nStop|bStop) != 0 || verbShape(t.w.norm) {
			return
		}
	}
}

// nounRanks are military ranks that are common nouns too (الفريق the
// team, اللواء the brigade, العميد the dean): they introduce a name the
// knowledge base lacks only when a first name of its people follows
// (الفريق محمد حمدان دقلو), normalised.
var nounRanks = map[string]bool{"الفريق": true, "اللواء": true, "العميد": true}

// personAt reports whether token k is in the mention of a person.
func (st *state) personAt(k int) bool {
	for mi, mt := range st.mtoks {
		if int(mt[0]) <= k && k < int(mt[1]) && st.ents[st.ments[mi].ent].out.Type == marsad.EntityPerson {
			return true
		}
	}
	return false
}

// quoteMark reports whether token k is a quotation mark or a bracket,
// which may set off an office's complement (رئيس حزب «التجمع الوطني»
// جوردان بارديلا, قائد قوات سوريا الديمقراطية (قسد) مظلوم عبدي).
func (st *state) quoteMark(k int) bool {
	switch st.text[st.toks[k].start:st.toks[k].end] {
	case "«", "»", "\"", "“", "”", "(", ")":
		return true
	}
	return false
}

// officeAdjectives complete an office word as part of its title (المدعي
// العام, المدير التنفيذي), before the name it introduces.
var officeAdjectives = map[string]bool{"العام": true, "العامه": true, "الاعلي": true, "التنفيذي": true, "التنفيذيه": true, "اول": true}

// trigger returns the length of the window the tagger reads from token
// i, or 0 when i introduces no span that tagged keeps: an office word
// followed by words that may be a new name, an organisation's head not
// before an adjective that makes it a description (see orgMayFollow), a
// place cue before a free word.
func (st *state) trigger(i int) int {
	free := func(k int) bool {
		return k < len(st.toks) && st.toks[k].word && !st.toks[k].used && st.toks[k].seg == st.toks[i].seg
	}
	switch {
	case st.hasBase(i, bOffice):
		reach := i + officeReach
		for k := i + 1; k < reach && k < len(st.toks) && (st.toks[k].word || st.quoteMark(k)) && st.toks[k].seg == st.toks[i].seg; k++ {
			if !st.toks[k].word {
				reach++ // quotation marks do not count
				continue
			}
			if free(k) && st.unknownName(k) >= 2 {
				return k + 4 - i
			}
		}
	case st.hasBase(i, bOrgHead):
		if k := i + 1; k < len(st.toks) && st.toks[k].word && st.toks[k].seg == st.toks[i].seg && st.orgMayFollow(i) {
			return 6
		}
	case st.hasBase(i, bPlaceCue):
		if free(i + 1) {
			return 4
		}
	case st.hasBase(i, bSpeech):
		if free(i+1) && !st.hasBase(i+1, bOffice) && st.unknownName(i+1) >= 2 {
			return 4
		}
	}
	return 0
}

// orgMayFollow reports whether the organisation's head at token i may
// begin an ORG span that tagWindow keeps: not when an indefinite head is
// followed by an indefinite adjective that agrees with it (منظمة مستقلة,
// لجنة مشتركة, حركة طلابية, منتدى اقتصادي), a description rather than a
// name.
func (st *state) orgMayFollow(i int) bool {
	head, next := st.toks[i].w.norm, st.toks[i+1].w.norm
	return strings.HasPrefix(head, "ال") || strings.HasPrefix(next, "ال") || !agreeingAdjective(head, next)
}

// agreeingAdjective reports whether the normalised word w, without the
// article, reads as an adjective agreeing with the indefinite noun head:
// after a feminine head (ending in ه) a feminine nisba (طلابيه) or
// participle (مستقله, مشتركه), after a masculine one a nisba (اقتصادي) or
// participle (مشترك). Names after a head (شركه هواوي, حزب محمد,
// معهد ماساشوستس) do not agree this way.
func agreeingAdjective(head, w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 4 {
		return false
	}
	participle := false
	if n >= 5 && strings.HasPrefix(w, "م") {
		r, _ := utf8.DecodeRuneInString(w[len("م"):])
		participle = r != 'ا' && r != 'و' && r != 'ي'
	}
	if strings.HasSuffix(head, "ه") {
		return strings.HasSuffix(w, "يه") || participle && strings.HasSuffix(w, "ه")
	}
	return strings.HasSuffix(w, "ي") || participle && !strings.HasSuffix(w, "ه")
}

// tagWindow tags the text of tokens [i, j) and adds the spans found; it
// reports whether one of them is a person.
func (st *state) tagWindow(wi, wj int) (person bool) {
	base0 := int(st.toks[wi].start)
	window := st.text[base0:st.toks[wj-1].end]
	for _, tg := range st.tagText(window) {
		typ := taggedType(tg.Type)
		if typ == "" || tg.Start < 0 || tg.End > len(window) || tg.Start >= tg.End {
			continue
		}
		a, b := base0+tg.Start, base0+tg.End
		i, ok := slices.BinarySearchFunc(st.toks[wi:wj], a, func(t token, a int) int { return int(t.start) - a })
		if !ok {
			continue
		}
		i += wi
		j := i
		free, words := true, true
		for j < wj && int(st.toks[j].end) <= b {
			free = free && !st.toks[j].used
			words = words && st.toks[j].word
			j++
		}
		if j == i || !words || st.toks[i].used {
			continue
		}
		if typ == marsad.EntityOrganization {
			// جامعة كولورادو وجامعة ولاية أريزونا: two bodies, the second
			// after و and a head of its own.
			for k := i + 2; k < j; k++ {
				if hb := st.orgHeadBase(k); hb != "" && hb != st.toks[k].w.norm && strings.HasPrefix(st.toks[k].w.norm, "و") {
					if st.taggedSpan(wi, k, j, typ, free) {
						person = true
					}
					j = k
					break
				}
			}
		}
		if st.taggedSpan(wi, i, j, typ, free) {
			person = true
		}
	}
	return person
}

// orgHeadBase returns the base of token i that heads an organisation's
// name (orgHeads: جامعة in وجامعة), or "".
func (st *state) orgHeadBase(i int) string {
	t := &st.toks[i]
	if !t.word || !st.hasBase(i, bOrgHead) {
		return ""
	}
	for _, b := range t.w.bases[:t.w.pre] {
		if orgHeads[b] {
			return b
		}
	}
	return ""
}

// taggedSpan adds the tagger's span of type typ over tokens [i, j) of the
// window that begins at token wi, when it is of a kind tagged keeps; free
// says that no token of it is used. It reports whether it added a person.
func (st *state) taggedSpan(wi, i, j int, typ marsad.EntityType, free bool) bool {
	switch typ {
	case marsad.EntityPerson:
		if j-i < 2 || !free || st.unknownName(i) < j-i || !st.newName(i, j) {
			return false
		}
		if j < len(st.toks) && st.toks[j].seg == st.toks[i].seg && !st.toks[j].used && compoundSecond[st.toks[j].w.norm] && st.unknownName(i) > j-i {
			j++ // محمد تاج الإسلام: the tagger ends the name one word early
		}
	case marsad.EntityOrganization:
		if j-i < 2 || !st.hasBase(i, bOrgHead) {
			return false
		}
		if n, fs, _ := st.kbAt(i + 1); n == j-i-1 {
			// لمنظمة اليونسكو: a head before a body the knowledge base
			// names is that body's.
			if f := pick(fs); f.typ == marsad.EntityOrganization && f.kind != gazetteer.MatchNisba && !f.weak {
				st.add(st.entityFor(f.e), i, j, i, j, st.orgHeadBase(i), true)
				return false
			}
		}
		if j-i == 2 && strings.HasPrefix(st.toks[i].w.norm, "ال") && adjective(st.toks[i+1].w.norm) {
			// التحالف السوفيتي, الحزب الحاكم: a description; a
			// shorter name of an organisation named in full
			// (البنك المركزي) is its mention.
			if k, ok := st.shortOrg(st.joinNorm(i, j), typ); ok {
				st.add(k, i, j, i, j, "", true)
			}
			return false
		}
	case marsad.EntityLocation:
		if !free || !st.prevIn(i, bPlaceCue) || j-i == 1 && st.hasBase(i, bPlaceCue) {
			return false // (منطقة جبل: a place cue alone names nothing)
		}
		if st.prevIn(i, bCityWord) {
			typ = marsad.EntityCity
		}
	}
	if n, fs, base := st.kbAt(i); n == j-i {
		f := pick(fs)
		if f.kind != gazetteer.MatchNisba {
			st.add(st.entityFor(f.e), i, j, i, j, base, true)
			return typ == marsad.EntityPerson
		}
	}
	key, head := st.joinNorm(i, j), ""
	if typ == marsad.EntityOrganization {
		// وجامعة ولاية أريزونا: the name without the proclitics of its
		// head.
		if head = st.orgHeadBase(i); head == st.toks[i].w.norm {
			head = ""
		} else if head != "" {
			key = head + key[len(st.toks[i].w.norm):]
		}
	}
	k, ok := st.shortOrg(key, typ)
	if !ok {
		var code marsad.ActorCode
		if typ == marsad.EntityPerson && st.hasBase(wi, bOffice) {
			code = st.officeCode(wi, i)
		}
		k = st.newEntity(key, typ, st.nameText(i, j, head), code, "")
	}
	st.add(k, i, j, i, j, head, true)
	return typ == marsad.EntityPerson
}

// officeCode returns the actor code that the office words of tokens
// [wi, i) give the person named from token i on: that of the first
// mention among them with a code, the country or body the office
// belongs to (المبعوث الأمريكي, المتحدث باسم الخارجية الروسية, سفير
// السعودية لدى واشنطن: the first names the office's side, a later one
// its post); when none has one, that of the dateline's place
// (homeCode).
func (st *state) officeCode(wi, i int) marsad.ActorCode {
	first, code := i, marsad.ActorCode("")
	for mi, mt := range st.mtoks {
		a, b := int(mt[0]), int(mt[1])
		if a < wi || b > i || a >= first {
			continue
		}
		if c := st.ents[st.ments[mi].ent].out.Code; c != "" {
			first, code = a, c
		}
	}
	if code == "" {
		code = st.homeCode()
	}
	return code
}

// homeCode returns the code of the place the dateline names (القاهرة -
// رويترز: EGY), the country an office the text gives no side to most
// likely belongs to (وزيرة التخطيط رانيا المشاط), or "".
//
// When the dateline names an outlet rather than a news agency, or two
// places, the place must be of a country the text names outside the
// dateline too: an outlet that files from its home (دبي - العربية.نت:)
// reports on any country.
func (st *state) homeCode() marsad.ActorCode {
	if st.dateline.End <= st.dateline.Start {
		return ""
	}
	var place marsad.ActorCode
	places, outlet := 0, false
	for _, m := range st.ments {
		if m.start < st.dateline.Start || m.end > st.dateline.End {
			continue
		}
		switch de := st.ents[m.ent]; de.out.Type {
		case marsad.EntityCity, marsad.EntityCountry:
			if places == 0 {
				place = de.out.Code
			}
			places++
		case marsad.EntityOrganization:
			outlet = outlet || de.kb == nil || !wireAgency(de.kb.Name)
		}
	}
	if place == "" || (outlet || places > 1) && !st.namedOutside(place) {
		return "" // (لندن - القاهرة:, two places: which is the news's?)
	}
	return place
}

// wireAgency reports whether the knowledge base's English name of an
// organisation is a news agency's, whose reports are filed from the place
// of the news (القاهرة (رويترز)), where an outlet's are often filed from
// its home (دبي - العربية.نت:).
func wireAgency(name string) bool {
	switch name {
	case "Reuters", "Agence France-Presse", "Associated Press", "TASS", "RIA Novosti", "Interfax", "Xinhua":
		return true
	}
	return strings.HasSuffix(name, "News Agency") || strings.HasSuffix(name, "Press Agency") || strings.HasSuffix(name, " Agency") && !strings.Contains(name, "Energy") && !strings.Contains(name, "Space") ||
		strings.Contains(name, "Presse") || strings.HasSuffix(name, "Press Service")
}

// namedOutside reports whether a word outside the dateline, anywhere in
// the document, may name a country or city of code (its name, its
// adjective): the knowledge base's forms at each token, which kbAt keeps.
// The answer is kept for the document.
func (st *state) namedOutside(code marsad.ActorCode) bool {
	if st.outside.code == code && st.outside.set {
		return st.outside.ok
	}
	ok := false
	for i := 0; i < len(st.toks) && !ok; i++ {
		if st.hot[i].is&hKB == 0 || st.inDateline(i) {
			continue
		}
		_, fs, _ := st.kbAt(i)
		for _, f := range fs {
			if f.e.Code == code && (f.typ == marsad.EntityCity || f.typ == marsad.EntityCountry) {
				ok = true
				break
			}
		}
	}
	st.outside.code, st.outside.set, st.outside.ok = code, true, ok
	return ok
}

// maxTaggedWindows bounds the windows a state's tagger cache holds; it is
// emptied when full.
const maxTaggedWindows = 4096

// tagText returns the Tagger's spans in window, from the state's cache
// when the same window was tagged before (a title and a name recur from
// report to report: وزير الخارجية الأمريكي ...).
func (st *state) tagText(window string) []Tagged {
	if tg, ok := st.tagCache[window]; ok {
		return tg
	}
	tg := st.r.Tagger.TagText(window)
	if st.tagCache == nil || len(st.tagCache) >= maxTaggedWindows {
		st.tagCache = make(map[string][]Tagged, 64)
	}
	st.tagCache[strings.Clone(window)] = slices.Clip(tg) // window is part of the document's text
	return tg
}

// newName reports whether tokens [i, j) may be a person's name the
// document has not named yet: no word is a function word or verb once
// its proclitics are dropped (وأشار), or a word of the name of a person
// the document names (شجب شي is a verb and Xi).
func (st *state) newName(i, j int) bool {
	for k := i; k < j; k++ {
		if st.hot[k].is&bStop != 0 && (k == i || !st.lineageAt(k-1)) && !(k == i && st.aliName(k)) && !(k == j-1 && k-i >= 2 && st.aliLast(k)) {
			return false // (أحمد بن علي: the father's name may spell a function word)
		}
		if _, fs, _ := st.kbAt(k); fs != nil {
			for _, f := range fs {
				if _, ok := st.byKB.get(f.e); ok && f.typ == marsad.EntityPerson {
					return false
				}
			}
		}
	}
	return true
}

// shortOrg returns the organisation of the document whose name begins
// with the words of key, a shorter name of it (البنك المركزي after البنك
// المركزي المصري).
func (st *state) shortOrg(key string, typ marsad.EntityType) (int, bool) {
	if typ != marsad.EntityOrganization {
		return 0, false
	}
	for k, de := range st.ents {
		if de.out.Type != marsad.EntityOrganization {
			continue
		}
		st.nbuf = arabic.AppendNormalized(st.nbuf[:0], de.out.Arabic)
		if name := st.nbuf; len(name) > len(key) && string(name[:len(key)]) == key && name[len(key)] == ' ' {
			return k, true
		}
	}
	return 0, false
}

// hasBase reports whether token i, a word, has a base, proclitics
// dropped, in the word list of the b* bit set.
func (st *state) hasBase(i int, set flags) bool {
	return st.hot[i].is&set != 0
}

// resolveShort is the last pass: weak forms kept by the first pass are
// linked when the document names their entity otherwise, and the words of
// the names of the document's people stand for them (شي, تشيانج, بوتين).
func (st *state) resolveShort() {
	for _, w := range st.weak {
		if st.toks[w.i].used {
			continue
		}
		for _, f := range w.fs {
			k, ok := st.byKB.get(f.e)
			if !ok || !st.ents[k].strong {
				continue
			}
			if f.kind == gazetteer.MatchNisba {
				st.add(k, w.i, w.i+w.n, w.i, w.i, w.base, false)
			} else {
				st.add(k, w.i, w.i+w.n, w.i, w.i+w.n, w.base, false)
			}
			break
		}
	}
	parts := &st.parts
	parts.reset()
	for k, de := range st.ents {
		if de.out.Type == marsad.EntityOrganization && de.strong {
			st.bodyHead(k, parts)
			continue
		}
		if de.out.Type != marsad.EntityPerson || !de.strong {
			continue
		}
		st.partsOf(k, de, parts)
	}
	// The words of the names used in the text. Which person a word stands
	// for does not depend on the order words are put in, so one pass over
	// the mentions serves every person.
	st.named = st.named[:0]
mentions:
	for _, m := range st.ments {
		if de := st.ents[m.ent]; m.arabic != "" && de.out.Type == marsad.EntityPerson && de.strong {
			// A name put once is put (putPart gives the same result for
			// the same words and person).
			for _, n := range st.named {
				if n.ent == m.ent && n.arabic == m.arabic {
					continue mentions
				}
			}
			st.named = append(st.named, m)
			st.buf = arabic.AppendNormalized(st.buf[:0], m.arabic)
			for b := st.buf; len(b) > 0; {
				w, rest := nextField(b)
				if len(w) > 0 {
					putPart(parts, w, m.ent)
				}
				b = rest
			}
		}
	}
	if parts.len() == 0 {
		return
	}
	// A filter of the parts: a base whose bit (hotTok.bits) is not set is
	// no part, and costs no lookup.
	var bloom partFilter
	for _, i := range parts.used {
		bloom.set(partBitOf(parts.slots[i].h))
	}
	bloom.set(allPart)
	hot := st.hot // (a local slice: the loop keeps it in registers)
	for i := range hot {
		if !mayBePart(hot[i].bits, &bloom) {
			continue // most tokens: their record is not read
		}
		t := &st.toks[i]
		if !t.word || t.used || len(t.w.norm) < 2 {
			continue
		}
		for bi, b := range t.w.bases[:t.w.pre] { // only proclitics: وشي, لبوتين
			if !bloom.has(partBitOf(t.w.hashes[bi])) {
				continue
			}
			if k, ok := parts.get(b, t.w.hashes[bi]); ok && k >= 0 {
				// A connector before the word is part of the name: بن فرحان.
				s := i
				for s > 0 && st.toks[s-1].word && !st.toks[s-1].used && st.toks[s-1].seg == t.seg && st.hot[s-1].is&nConnector != 0 {
					s--
				}
				if s < i {
					st.add(k, s, i+1, s, i+1, st.toks[s].w.norm, false)
				} else {
					st.add(k, i, i+1, i, i+1, b, false)
				}
				break
			}
		}
	}
}

// partFilter is a set of partBit values: a one-hash Bloom filter of
// name words. Its 4096 bits are indexed by the low twelve bits of a
// uint16, so that reading one needs no bounds check.
type partFilter [64]uint64

// partBits is the number of bits partBitOf gives: those below allPart.
const partBits = 4094

// allPart is a bit of a partFilter that resolveShort always sets: the
// second bit of the hotTok of a word with more bases than it holds
// (hPre3), whose record then decides. noPart is a bit that no partBit
// sets: hotTok's bit for no base.
const (
	allPart = partBits
	noPart  = partBits + 1
)

func (f *partFilter) set(b uint16)      { f[b>>6&63] |= 1 << (b & 63) }
func (f *partFilter) has(b uint16) bool { return f[b>>6&63]&(1<<(b&63)) != 0 }

// partsOf adds the name words of person k, as the knowledge base and
// the title pass give them, to parts, marking words shared by two people
// with -1 (see putPart). resolveShort adds the words of its mentions.
func (st *state) partsOf(k int, de *docEnt, parts *partTable) {
	for _, w := range de.parts {
		putPart(parts, []byte(w), k)
	}
	if de.kb != nil {
		ws, ok := st.r.nameWords[de.kb]
		if !ok {
			ws = nameParts(de.kb)
		}
		for _, w := range ws {
			parts.set(w.w, w.h, k)
		}
	}
}

// nameParts returns the words of the name and aliases of e that may be
// parts (partOK), with their hashes.
func nameParts(e *gazetteer.Entity) []partWord {
	var ps []partWord
	for _, w := range partWords(nameWordsOf(e)) {
		ps = append(ps, partWord{w, partHash(w)})
	}
	return ps
}

// partWords returns the words of ws that may be parts (see partOK), in
// place.
func partWords(ws []string) []string {
	return slices.DeleteFunc(ws, func(w string) bool { return !partOK([]byte(w)) })
}

// nameWordsOf returns the normalised words of the name and aliases of e,
// but for honorifics and titles an alias may hold (خادم الحرمين الشريفين
// الملك سلمان): no part of the name.
func nameWordsOf(e *gazetteer.Entity) []string {
	var ws []string
	for _, s := range append([]string{e.Arabic}, e.Aliases...) {
		for _, w := range strings.Fields(arabic.Normalize(s)) {
			if !honorificWord(w) && !officeWords[w] && !officeAdjectives[w] {
				ws = append(ws, w)
			}
		}
	}
	return ws
}

// honorificWord reports whether w is a word of one of honorifics.
func honorificWord(w string) bool {
	for k, seq := range honorifics {
		if k == w || slices.Contains(seq, w) {
			return true
		}
	}
	return false
}

// putPart records that the name word w stands for person k, or for
// nobody (-1) when another person's name has it too; short words,
// connectors, function words and short words with the article are left
// out. The result does not depend on the order of the calls.
// standAlone are the heads of national bodies that, alone, stand for the
// body the document named in full (الجيش after الجيش السوداني, للحكومة
// after الحكومة اللبنانية), normalised.
var standAlone = map[string]bool{"الجيش": true, "الحكومه": true, "البرلمان": true, "الشرطه": true, "الرياسه": true}

// bodyHead puts the head of the organisation k as a part of it when the
// document names it by that head and one adjective (الجيش السوداني): the
// head alone then stands for it, unless the document names two such
// bodies.
func (st *state) bodyHead(k int, parts *partTable) {
	for _, m := range st.ments {
		if m.ent != k || m.weight != 2 {
			continue
		}
		st.buf = arabic.AppendNormalized(st.buf[:0], m.arabic)
		head, rest := nextField(st.buf)
		if !standAlone[string(head)] {
			continue
		}
		if adj, more := nextField(rest); len(adj) == 0 || len(bytes.TrimSpace(more)) > 0 {
			continue
		}
		parts.set(string(head), partHash(string(head)), k)
		return
	}
}

func putPart(parts *partTable, w []byte, k int) {
	h := partHash(string(w))
	if old, ok := parts.get(string(w), h); ok && old == k {
		return // already put for k (most words of a mention: partsOf put them)
	}
	if partOK(w) {
		parts.set(string(w), h, k)
	}
}

// partOK reports whether a name word may stand for its person: not
// short, a connector, a function word, or short with the article.
func partOK(w []byte) bool {
	return !(utf8.RuneCount(w) < 2 || connectors[string(w)] || stopName[string(w)] ||
		strings.HasPrefix(string(w), "ال") && utf8.RuneCount(w) < 4)
}

// nextField returns the first field of b as strings.Fields splits (runs
// of Unicode white space) and what follows it.
func nextField(b []byte) (field, rest []byte) {
	i := 0
	for i < len(b) {
		r, n := runeAt(b, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(b) {
		r, n := runeAt(b, j)
		if isSpace(r) {
			break
		}
		j += n
	}
	return b[i:j], b[j:]
}

// isSpace is unicode.IsSpace, with the Arabic block (no space in it)
// answered at once.
func isSpace(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		return false
	}
	return unicode.IsSpace(r)
}

// runeAt decodes the rune at b[i:], as utf8.DecodeRune does, with a fast
// path for the two-byte runes of Arabic: a letter is never a space.
func runeAt(b []byte, i int) (rune, int) {
	if c := b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if c >= 0xD8 && c <= 0xDB && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(b[i+1]&0x3F), 2
	}
	return utf8.DecodeRune(b[i:])
}

// output builds the entity records: each entity once, in order of first
// mention, with its mentions in text order and the fullest name used.
// The mentions of all entities share one array, each entity's slice
// capped at its own.
func (st *state) output() []marsad.Entity {
	if len(st.ments) == 0 {
		return nil
	}
	st.sortMentions()
	ne := len(st.ents)
	st.order = st.order[:0]
	st.best = slices.Grow(st.best[:0], ne)[:ne]
	st.count = slices.Grow(st.count[:0], ne)[:ne]
	for k := range ne {
		st.best[k], st.count[k] = -1, 0
	}
	// Which mentions are kept (a mention at the span of the entity's
	// previous one is not), and how many each entity has.
	st.last = slices.Grow(st.last[:0], ne)[:ne]
	st.keep = slices.Grow(st.keep[:0], len(st.ments))[:len(st.ments)]
	total := 0
	for mi, m := range st.ments {
		keep := true
		if st.count[m.ent] == 0 {
			st.order = append(st.order, m.ent)
		} else if l := st.ments[st.last[m.ent]]; l.start == m.start && l.end == m.end {
			keep = false
		}
		st.keep[mi] = keep
		if keep {
			st.count[m.ent]++
			st.last[m.ent] = mi
			total++
		}
	}
	all := make([]marsad.Mention, total)
	off := 0
	for _, k := range st.order {
		n := st.count[k]
		st.ents[k].out.Mentions = all[off : off : off+n]
		off += n
	}
	for mi, m := range st.ments {
		if !st.keep[mi] {
			continue
		}
		de := st.ents[m.ent]
		de.out.Mentions = append(de.out.Mentions, marsad.Mention{Text: st.text[m.start:m.end], Span: marsad.Span{Start: m.start, End: m.end}})
		if m.weight > 0 {
			if b := st.best[m.ent]; b < 0 || st.ments[b].weight == 0 || m.weight > st.ments[b].weight ||
				(m.weight == st.ments[b].weight && len(m.arabic) > len(st.ments[b].arabic)) {
				st.best[m.ent] = mi
			}
		} else if m.title != "" {
			// A person the text never names: the fullest title that
			// stands for them (FORMAT.md: the fullest form in the text).
			if b := st.best[m.ent]; b < 0 || st.ments[b].weight == 0 && len(m.title) > len(st.ments[b].title) {
				st.best[m.ent] = mi
			}
		}
	}
	out := make([]marsad.Entity, 0, len(st.order))
	for _, k := range st.order {
		de := st.ents[k]
		if b := st.best[k]; b >= 0 && st.ments[b].weight == 0 {
			de.out.Arabic = st.ments[b].title
		} else if b >= 0 && de.out.Type != marsad.EntityOrganization {
			de.out.Arabic = st.ments[b].arabic
		} else if b >= 0 && de.kb != nil {
			de.out.Arabic = st.ments[b].arabic
		}
		if de.out.Type == marsad.EntityPerson {
			de.out.Arabic, st.nbuf = withoutHonorific(de.out.Arabic, st.nbuf)
		}
		out = append(out, de.out)
	}
	return out
}

// honorifics are the words of courtesy before a name, which are no part
// of it (الشيخ تميم بن حمد, الأمير محمد بن سلمان), normalised, by their
// first word.
var honorifics = map[string][]string{
	"خادم": {"خادم", "الحرمين", "الشريفين"}, "الشيخ": nil, "الشيخه": nil, "الامير": nil, "الاميره": nil,
	"الملك": nil, "الملكه": nil, "السيد": nil, "السيده": nil, "الدكتور": nil, "الدكتوره": nil, "سمو": nil, "سموه": nil,
	// Military ranks (النقيب إبراهيم تراوري, الفريق أول عبد الفتاح البرهان).
	"النقيب": nil, "العقيد": nil, "المقدم": nil, "العميد": nil, "اللواء": nil, "الفريق": nil, "المشير": nil,
	"الجنرال": nil, "العماد": nil,
}

// honorificFirst marks the Arabic letters (U+0600–U+06FF, by their
// offset) that an honorific of honorifics may begin with as written: the
// first letters of its keys and the letters arabic.Normalize folds into
// them (أ for ا).
var honorificFirst = func() (t [256]bool) {
	first := map[string]bool{}
	for k := range honorifics {
		_, n := utf8.DecodeRuneInString(k)
		first[k[:n]] = true
	}
	for i := range t {
		t[i] = first[arabic.Normalize(string(rune(0x0600+i)))]
	}
	return t
}()

// mayBeHonorific reports whether the name a may begin with an honorific:
// whether its first letter is one an honorific begins with.
func mayBeHonorific(a string) bool {
	r, _ := utf8.DecodeRuneInString(a)
	return r >= 0x0600 && r <= 0x06FF && honorificFirst[r-0x0600]
}

// withoutHonorific returns the name a without the words of courtesy it
// opens with, keeping two words of name at least. buf is scratch space
// for the words normalised, returned for reuse.
func withoutHonorific(a string, buf []byte) (string, []byte) {
	for {
		sp := strings.IndexByte(a, ' ')
		if sp < 0 {
			return a, buf
		}
		if !mayBeHonorific(a) {
			return a, buf // most names: no honorific begins with their first letter
		}
		buf = arabic.AppendNormalized(buf[:0], a[:sp])
		words, ok := honorifics[string(buf)]
		if !ok {
			return a, buf
		}
		rest := a[sp+1:]
		for _, w := range words[min(1, len(words)):] {
			sp := strings.IndexByte(rest, ' ')
			if sp < 0 {
				return a, buf
			}
			if buf = arabic.AppendNormalized(buf[:0], rest[:sp]); string(buf) != w {
				return a, buf
			}
			rest = rest[sp+1:]
		}
		if !strings.Contains(rest, " ") {
			return a, buf // at least two words of name remain
		}
		if words == nil {
			// الفريق أول: the rank's second word
			if sp := strings.IndexByte(rest, ' '); sp > 0 && strings.Contains(rest[sp+1:], " ") {
				if w := arabic.AppendNormalized(buf[:0], rest[:sp]); string(w) == "اول" {
					rest = rest[sp+1:]
				}
			}
		}
		a = rest
	}
}

// sortMentions orders st.ments by start, then entity, keeping the order
// they were added in otherwise (a stable sort). It sorts packed integer
// keys and moves each mention once: the later passes append out of
// order, and moving mentions in a comparison sort costs more.
func (st *state) sortMentions() {
	n := len(st.ments)
	if n >= 1<<16 || len(st.ents) >= 1<<16 || len(st.text) >= 1<<31 {
		slices.SortStableFunc(st.ments, func(a, b mention) int {
			if a.start != b.start {
				return a.start - b.start
			}
			return a.ent - b.ent
		})
		return
	}
	keys := st.keys[:0]
	sorted := true
	for i, m := range st.ments {
		k := uint64(m.start)<<32 | uint64(m.ent)<<16 | uint64(i)
		if i > 0 && k < keys[i-1] {
			sorted = false
		}
		keys = append(keys, k)
	}
	st.keys = keys
	if sorted {
		return
	}
	slices.Sort(keys)
	buf := append(st.mbuf[:0], st.ments...)
	for i, k := range keys {
		st.ments[i] = buf[k&0xffff]
	}
	clear(buf) // no strings of the document kept
	st.mbuf = buf[:0]
}

// adjective reports whether a normalised word reads as a definite
// adjective: the article and a nisba ending (السوفيتي, الحاكمة) or a
// participle (الحاكم).
func adjective(w string) bool {
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || strings.HasPrefix(w, "الم") || strings.HasSuffix(w, "ه")
}

// officeReach bounds how far after an office word the name it introduces
// may begin, the office's complement between (قائد قوات سوريا
// الديمقراطية مظلوم عبدي). Eight words found a few more names on the
// held-out sets and cost a tagger window each.
const officeReach = 6

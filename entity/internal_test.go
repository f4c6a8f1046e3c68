package entity

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

func TestAgreeingAdjective(t *testing.T) {
	tests := []struct {
		name       string
		head, word string
		want       bool
	}{
		{"feminine nisba after a feminine head", "حركه", "طلابيه", true},
		{"feminine participle after a feminine head", "منظمه", "مستقله", true},
		{"masculine nisba after a masculine head", "منتدي", "اقتصادي", true},
		{"masculine participle after a masculine head", "صندوق", "مشترك", true},
		{"masculine nisba after a feminine head: a name", "شركه", "هواوي", false},
		{"a noun after a feminine head", "حزب", "حركه", false},
		{"a name with م after a head", "جامعه", "محمد", false},
		{"a long vowel after م: a transliteration", "معهد", "ماساشوستس", false},
		{"short words are no adjectives", "حركه", "فتح", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agreeingAdjective(tt.head, tt.word); got != tt.want {
				t.Errorf("agreeingAdjective(%q, %q) = %v, want %v", tt.head, tt.word, got, tt.want)
			}
		})
	}
}

func TestRawTable(t *testing.T) {
	tests := []struct {
		name string
		n    int // entries put, enough to grow the table several times
	}{
		{"empty", 0},
		{"one", 1},
		{"past the first growth", 2000},
		{"many", 20000},
		{"long keys", 300},
		{"one-letter keys", 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab rawTable
			words := make([]*word, tt.n)
			key := func(i int) string {
				k := fmt.Sprint("w", i)
				switch tt.name {
				case "long keys":
					k += strings.Repeat("x", 20+i%40)
				case "one-letter keys":
					k = string(rune('a' + i))
				}
				return k
			}
			want := 0
			for i := range tt.n {
				k := key(i)
				words[i] = &word{norm: k, is: flags(i), hashes: []uint32{uint32(i)}}
				tab.put(rawHash(k), rawSlot{w: words[i], hot: words[i].hot(), whole: i%2 == 0})
				want++
			}
			if tab.n != want {
				t.Errorf("got %d entries, want %d", tab.n, want)
			}
			for i := range tt.n {
				k := key(i)
				sl := tab.get(rawHash(k))
				if sl == nil || sl.w != words[i] || sl.hot != words[i].hot() {
					t.Fatalf("get(%q) = %v, want %v", k, sl, words[i])
				}
			}
			if got := tab.get(rawHash("absent")); got != nil {
				t.Errorf("get(absent) = %v, want nil", got.w)
			}
		})
	}
}

func TestRawHash(t *testing.T) {
	// Words of every length up to past rawKeyMax, and words that differ
	// only in one byte anywhere (the middle of a long word included):
	// no two may share a hash.
	seen := map[uint64]string{}
	check := func(s string) {
		t.Helper()
		if o, ok := seen[rawHash(s)]; ok && o != s {
			t.Fatalf("rawHash(%q) = rawHash(%q)", s, o)
		}
		seen[rawHash(s)] = s
	}
	for n := 0; n <= 60; n++ {
		base := []byte(strings.Repeat("ب", n)[:n])
		check(string(base))
		for i := range base {
			for _, c := range []byte{'a', 0x80, 0xff} {
				w := slices.Clone(base)
				w[i] = c
				check(string(w))
			}
		}
	}
	if got, want := rawHash("الرئيس"), rawHash("الرئيس"); got != want {
		t.Errorf("rawHash is not a function of its input: got %x, want %x", got, want)
	}
}

// tokenCases are texts whose tokens appendTokens must give as
// arabic.AppendTokens does.
var tokenCases = []struct{ name, text string }{
	{"empty", ""},
	{"letters", "قال الرئيس الصيني شي جين بينغ"},
	{"punctuation attached", "بكين، وموسكو. (الرياض)"},
	{"diacritics and tatweel", "مُحَمَّد الـعـربـي ـ"},
	{"numbers and era letters", "عام 2024م و1445هـ و3.5 و1,000 و١٢٫٥"},
	{"latin and mixed", "G20 قمة O'Brien وCNN"},
	{"zwnj", "می\u200cخواهم \u200cكتب"},
	{"controls and tabs", "كلمة\tأخرى\nسطر\r\x7fآخر"},
	{"nbsp inside a chunk", "كلمة\u00a0أخرى"},
	{"lone marks", "\u064b \u064bكتب"},
	{"invalid utf-8", "كت\xd8 \xd9\xff ب"},
	{"persian letters", "پژوهش گروه"},
}

func TestAppendTokens(t *testing.T) {
	for _, tt := range tokenCases {
		t.Run(tt.name, func(t *testing.T) {
			got, want := appendTokens(nil, tt.text), arabic.AppendTokens(nil, tt.text)
			if !slices.Equal(got, want) {
				t.Errorf("appendTokens(%q) = %v, want %v", tt.text, got, want)
			}
		})
	}
}

func FuzzAppendTokens(f *testing.F) {
	for _, tt := range tokenCases {
		f.Add(tt.text) // each case of TestAppendTokens: words, punctuation, numbers, marks, controls
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := appendTokens(nil, s), arabic.AppendTokens(nil, s)
		if !slices.Equal(got, want) {
			t.Errorf("appendTokens(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestTokenizeWords checks the tokens of a document of several regions
// against arabic.AppendTokens, region by region, and that each word's
// record is the one its written form is kept under (lookUpWords).
func TestTokenizeWords(t *testing.T) {
	checkTokenize(t, NewRecognizer(nil), "قال الرئيس الصيني، شي جين بينغ:\nوزير الخارجية (الروسي) سيرغي لافروف 2024م\n\nG20 وبكين.")
	// A fresh recogniser, whose table is empty, on a region that opens
	// with spaces.
	checkTokenize(t, NewRecognizer(nil), "  \tقال الرئيس")
	checkTokenize(t, NewRecognizer(nil), "   ")
}

// FuzzTokenize holds state.tokenize to arabic.AppendTokens on any text,
// with one recogniser for all inputs, so that chunks kept as words by
// earlier inputs are read back from the table (rawSlot.whole).
func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenCases {
		f.Add(tt.text)
	}
	f.Add("بكين، بكين\nبكين، 2024 2024م")
	r := NewRecognizer(nil)
	f.Fuzz(func(t *testing.T, s string) { checkTokenize(t, r, s) })
}

// checkTokenize tokenizes text, a document of lines, twice with r (the
// second run reads the words kept by the first) and checks the tokens.
func checkTokenize(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	doc := &marsad.Document{Article: marsad.Article{Text: text}}
	for run := range 2 {
		st := r.getState()
		st.text = text
		st.tokenize(doc)
		var want []arabic.Token
		for _, sp := range st.regions {
			for _, tk := range arabic.AppendTokens(nil, text[sp.Start:sp.End]) {
				tk.Start += sp.Start
				tk.End += sp.Start
				want = append(want, tk)
			}
		}
		if len(st.toks) != len(want) || len(st.hot) != len(want) {
			t.Fatalf("run %d: got %d tokens and %d hotToks, want %d", run, len(st.toks), len(st.hot), len(want))
		}
		for i, tk := range st.toks {
			if int(tk.start) != want[i].Start || int(tk.end) != want[i].End {
				t.Errorf("run %d: token %d at [%d, %d), want [%d, %d)", run, i, tk.start, tk.end, want[i].Start, want[i].End)
			}
			isWord := want[i].Kind == arabic.Word || want[i].Kind == arabic.Latin || want[i].Kind == arabic.Number
			s := text[tk.start:tk.end]
			if tk.word != isWord {
				t.Errorf("run %d: token %q: word %v, want %v", run, s, tk.word, isWord)
			}
			if !tk.word {
				if tk.w != noWord || st.hot[i] != noHot {
					t.Errorf("run %d: token %q: got a word record for no word", run, s)
				}
				continue
			}
			if got, want := tk.w.norm, arabic.Normalize(s); got != want {
				t.Errorf("run %d: token %q: got norm %q, want %q", run, s, got, want)
			}
			if st.hot[i] != tk.w.hot() {
				t.Errorf("run %d: token %q: got hotTok %v, want %v", run, s, st.hot[i], tk.w.hot())
			}
			if sl := st.voc.raw.get(rawHash(s)); sl == nil || sl.w != tk.w {
				t.Errorf("run %d: token %q is not kept under its own hash", run, s)
			}
		}
		r.putState(st)
	}
}

func TestChunkEnd(t *testing.T) {
	// Every break byte at every position of a word of 20 bytes, among
	// bytes that must not end a chunk, ASCII, Arabic and 0x80-0xFF.
	for _, fill := range []string{"abcdefghijklmnopqrst", strings.Repeat("ب", 10), "\x21\x7e\x80\xff\x7f\x21\xd8\xa8!~!~!~!\x7f!~!~"} {
		if got := chunkEnd(fill, 0); got != len(fill) {
			t.Fatalf("chunkEnd(%q) = %d, want %d", fill, got, len(fill))
		}
		for pos := range len(fill) {
			for _, c := range []byte{0, '\t', '\n', ' ', 0x20, 0x1F} {
				b := []byte(fill)
				b[pos] = c
				for from := 0; from <= pos; from++ {
					if got := chunkEnd(string(b), from); got != pos {
						t.Fatalf("chunkEnd(%q, %d) = %d, want %d", b, from, got, pos)
					}
				}
			}
		}
	}
}

func TestStepTable(t *testing.T) {
	tests := []struct {
		name string
		n    int // keys in the map
	}{
		{"empty", 0},
		{"one", 1},
		{"full first size", 8},
		{"many", 50000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[uint64]int32{}
			for i := 1; i <= tt.n; i++ {
				m[uint64(i%97+1)<<32|uint64(i)] = int32(i)
			}
			st := newStepTable(m)
			for k, v := range m {
				if got := st.get(k); got != v {
					t.Fatalf("get(%x) = %d, want %d", k, got, v)
				}
			}
			for _, k := range []uint64{1, 1 << 32, 98<<32 | 5, ^uint64(0)} {
				if _, ok := m[k]; !ok {
					if got := st.get(k); got != 0 {
						t.Errorf("get(%x) = %d, want 0", k, got)
					}
				}
			}
		})
	}
	var zero stepTable
	if got := zero.get(1<<32 | 1); got != 0 {
		t.Errorf("zero table: get = %d, want 0", got)
	}
}

func TestMayBePart(t *testing.T) {
	var f partFilter
	f.set(partBit("بوتين"))
	f.set(allPart) // as resolveShort does
	for i := range f {
		f[i] |= 1 << 7 // more parts, none of them noPart
	}
	tests := []struct {
		name  string
		bases []string // bases[:pre] of the word
		want  bool
	}{
		{"the part", []string{"بوتين"}, true},
		{"after a proclitic", []string{"وبوتين", "بوتين"}, true},
		{"another word", []string{"قال"}, partBit("قال")&63 == 7 || f.has(partBit("قال"))},
		{"three bases", []string{"a", "b", "c"}, true}, // the record decides
		{"no base", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &word{pre: int32(len(tt.bases))}
			for _, b := range tt.bases {
				w.hashes = append(w.hashes, partHash(b))
			}
			if w.pre >= 3 {
				w.is |= hPre3
			}
			if got := mayBePart(w.hot().bits, &f); got != tt.want {
				t.Errorf("mayBePart = %v, want %v", got, tt.want)
			}
		})
	}
	if mayBePart(noHot.bits, &f) {
		t.Errorf("noHot.mayBePart = true, want false")
	}
}

func TestWithoutHonorific(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Sheikh", "الشيخ تميم بن حمد", "تميم بن حمد"},
		{"Prince", "الأمير محمد بن سلمان", "محمد بن سلمان"},
		{"Custodian", "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز"},
		{"NameLeftWhole", "الملك سلمان", "الملك سلمان"},
		{"NoHonorific", "فيصل بن فرحان", "فيصل بن فرحان"},
		{"WordInside", "محمد الشيخ علي", "محمد الشيخ علي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := withoutHonorific(tt.in, nil); got != tt.want {
				t.Errorf("withoutHonorific(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokenizeChunks checks the chunks tokenize reads eight bytes at a
// time: of every length from 1 to 40 bytes, ending at every kind of break
// or at the end of the text, after prefixes that shift them against the
// eight-byte reads. checkTokenize finds each chunk that is one word under
// its rawHash, which holds the hash tokenize computed to rawHash.
func TestTokenizeChunks(t *testing.T) {
	r := NewRecognizer(nil)
	for _, fill := range []string{"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", strings.Repeat("ب", 20), strings.Repeat("\x80~\xff!", 10)} {
		for n := 1; n <= len(fill); n++ {
			for pre := range 9 {
				for _, after := range []string{"", " x", "\n", "\x7f", "\x00", "\t،"} {
					checkTokenize(t, r, strings.Repeat(" ", pre)+fill[:n]+after)
				}
			}
		}
	}
}

// TestWordLayout holds the cache-line layout the word record's comment
// describes: 320 bytes, five lines, so that records are 64-byte aligned;
// kbAt's and lookup's fields in the first line, the kept match in the
// second, the skeleton hits in the third.
func TestWordLayout(t *testing.T) {
	var w word
	line := func(off, size uintptr) [2]uintptr { return [2]uintptr{off / 64, (off + size - 1) / 64} }
	if got := unsafe.Sizeof(w); got != 320 {
		t.Errorf("a word record is %d bytes, want 320", got)
	}
	for _, f := range []struct {
		name     string
		off, end uintptr
		want     uintptr
	}{
		{"is", unsafe.Offsetof(w.is), unsafe.Sizeof(w.is), 0},
		{"group", unsafe.Offsetof(w.group), unsafe.Sizeof(w.group), 0},
		{"kbSet", unsafe.Offsetof(w.kbSet), unsafe.Sizeof(w.kbSet), 0},
		{"ids", unsafe.Offsetof(w.ids), unsafe.Sizeof(w.ids), 0},
		{"skelLetters", unsafe.Offsetof(w.skelLetters), unsafe.Sizeof(w.skelLetters), 0},
		{"forms", unsafe.Offsetof(w.forms), unsafe.Sizeof(w.forms), 0},
		{"kb", unsafe.Offsetof(w.kb), unsafe.Sizeof(w.kb), 1},
		{"skels", unsafe.Offsetof(w.skels), unsafe.Sizeof(w.skels), 2},
	} {
		if l := line(f.off, f.end); l != [2]uintptr{f.want, f.want} {
			t.Errorf("word.%s spans lines %v, want line %d", f.name, l, f.want)
		}
	}
}

func TestPartTable(t *testing.T) {
	var tab partTable
	tab.reset()
	put := func(w string, k int) { tab.set(w, partHash(w), k) }
	get := func(w string) (int, bool) { return tab.get(w, partHash(w)) }
	put("بوتين", 1)
	put("بوتين", 1) // the same person again: unchanged
	put("شي", 2)
	put("محمد", 3)
	put("محمد", 4) // two people: nobody
	for _, tt := range []struct {
		w    string
		k    int
		have bool
	}{{"بوتين", 1, true}, {"شي", 2, true}, {"محمد", -1, true}, {"لافروف", 0, false}} {
		if k, ok := get(tt.w); k != tt.k || ok != tt.have {
			t.Errorf("get(%q) = %d, %v; want %d, %v", tt.w, k, ok, tt.k, tt.have)
		}
	}
	if tab.len() != 3 {
		t.Errorf("len = %d, want 3", tab.len())
	}
	// Growth keeps every word; a reset empties the table.
	for i := range 1000 {
		put(fmt.Sprint("w", i), i)
	}
	for i := range 1000 {
		if k, ok := get(fmt.Sprint("w", i)); !ok || k != i {
			t.Fatalf("after growth: get(w%d) = %d, %v", i, k, ok)
		}
	}
	if k, ok := get("بوتين"); !ok || k != 1 {
		t.Errorf("after growth: get(بوتين) = %d, %v; want 1, true", k, ok)
	}
	tab.reset()
	if _, ok := get("بوتين"); ok || tab.len() != 0 {
		t.Errorf("after reset: بوتين still in, len %d", tab.len())
	}
	put("بوتين", 5)
	if k, ok := get("بوتين"); !ok || k != 5 {
		t.Errorf("after reset: get(بوتين) = %d, %v; want 5, true", k, ok)
	}
}

func TestSortCands(t *testing.T) {
	mk := func(n int, shuffle bool) []cand {
		cs := make([]cand, n)
		for i := range cs {
			cs[i] = cand{ti: int32(i / 2), tj: int32(i/2 + 1 + i%2), ent: int32(i % 3)}
		}
		if shuffle {
			for i := range cs { // a fixed permutation, far from order
				j := (i*7919 + 13) % n
				cs[i], cs[j] = cs[j], cs[i]
			}
		}
		return cs
	}
	for _, tt := range []struct {
		name    string
		n       int
		shuffle bool
	}{{"empty", 0, false}, {"sorted", 50, false}, {"nearly sorted", 50, false}, {"shuffled, small", 30, true}, {"shuffled, past the insertion sort", 5000, true}} {
		t.Run(tt.name, func(t *testing.T) {
			cs := mk(tt.n, tt.shuffle)
			if tt.name == "nearly sorted" {
				cs = append(cs, cand{ti: 3, tj: 4}, cand{ti: 1, tj: 2, ent: 7})
			}
			want := slices.Clone(cs)
			slices.SortStableFunc(want, candCmp)
			sortCands(cs)
			if !slices.Equal(cs, want) {
				t.Errorf("sortCands: got %v, want %v", cs, want)
			}
		})
	}
}

func TestEntTable(t *testing.T) {
	ents := make([]gazetteer.Entity, 1000)
	var tab entTable
	if _, ok := tab.get(&ents[0]); ok {
		t.Fatal("an empty table has an entity")
	}
	// Growth from empty keeps every entity, and a reset empties the
	// table, over several generations.
	for gen := range 3 {
		for i := range ents {
			tab.put(&ents[i], i+gen)
		}
		for i := range ents {
			if k, ok := tab.get(&ents[i]); !ok || k != i+gen {
				t.Fatalf("generation %d: get(%d) = %d, %v; want %d, true", gen, i, k, ok, i+gen)
			}
		}
		tab.reset()
		for i := range ents {
			if _, ok := tab.get(&ents[i]); ok {
				t.Fatalf("generation %d: entity %d still in after reset", gen, i)
			}
		}
	}
	// The generation count wrapping round empties every slot.
	tab.put(&ents[7], 7)
	tab.gen = ^uint32(0)
	tab.reset()
	if _, ok := tab.get(&ents[7]); ok || tab.gen != 1 {
		t.Errorf("after the count wrapped: entity 7 still in (generation %d)", tab.gen)
	}
	tab.put(&ents[7], 70)
	if k, ok := tab.get(&ents[7]); !ok || k != 70 {
		t.Errorf("get(7) = %d, %v; want 70, true", k, ok)
	}
}

func TestAbdVariant(t *testing.T) {
	tests := []struct {
		name, key, want string
	}{
		{"apart to joined", "سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"},
		{"joined to apart", "عبدالفتاح السيسي", "عبد الفتاح السيسي"},
		{"two apart", "عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز"},
		{"none", "فلاديمير بوتين", ""},
		{"عبد alone", "عبد", ""},
		{"عبد before a word without the article", "عبد ربه منصور", ""},
		{"the article alone after عبد", "عبد ال", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := abdVariant(tt.key); got != tt.want {
				t.Errorf("abdVariant(%q) = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
}

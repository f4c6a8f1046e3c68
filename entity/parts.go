package entity

// partTable maps the name words of a document's people (and the heads of
// its bodies) to the entity they stand for, or to -1 when two share the
// word (setPart): resolveShort's table. It is an open-addressed table on
// partHash, which the word records keep for each of their bases
// (word.hashes) and the recogniser for the name words of the knowledge
// base's people (partWord), so that a lookup hashes nothing. It is
// emptied by a generation count, not by clearing its slots.
type partTable struct {
	slots []partSlot // len is a power of two
	gen   uint32     // the slots of this generation are in use
	used  []int32    // the slots in use, in the order they were filled
}

type partSlot struct {
	w   string
	h   uint32
	gen uint32
	k   int32
}

// partWord is a name word with its partHash.
type partWord struct {
	w string
	h uint32
}

// reset empties the table.
func (t *partTable) reset() {
	t.gen++
	if t.gen == 0 { // (after 2^32 documents) no slot may look in use
		clear(t.slots)
		t.gen = 1
	}
	t.used = t.used[:0]
}

// len returns the number of words in the table.
func (t *partTable) len() int { return len(t.used) }

// slot returns the slot of w, whose hash is h, and whether it is in use:
// when it is not, the slot where w goes.
func (t *partTable) slot(w string, h uint32) (int, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.gen != t.gen {
			return int(i), false
		}
		if sl.h == h && sl.w == w {
			return int(i), true
		}
	}
}

// get returns the entity of w, whose hash is h, and whether w is in the
// table.
func (t *partTable) get(w string, h uint32) (int, bool) {
	if len(t.used) == 0 {
		return 0, false
	}
	i, ok := t.slot(w, h)
	if !ok {
		return 0, false
	}
	return int(t.slots[i].k), true
}

// set records that w, whose hash is h, stands for entity k: for nobody
// (-1) when it already stands for another.
func (t *partTable) set(w string, h uint32, k int) {
	if 4*(len(t.used)+1) > 3*len(t.slots) {
		t.grow()
	}
	i, ok := t.slot(w, h)
	sl := &t.slots[i]
	switch {
	case ok && int(sl.k) == k:
	case ok:
		sl.k = -1
	default:
		*sl = partSlot{w: w, h: h, gen: t.gen, k: int32(k)}
		t.used = append(t.used, int32(i))
	}
}

// grow doubles the table, keeping the words in use.
func (t *partTable) grow() {
	old, used := t.slots, t.used
	t.slots = make([]partSlot, max(64, 2*len(old)))
	t.gen, t.used = 1, make([]int32, 0, cap(used))
	for _, i := range used {
		sl := old[i]
		j, _ := t.slot(sl.w, sl.h)
		t.slots[j] = partSlot{w: sl.w, h: sl.h, gen: 1, k: sl.k}
		t.used = append(t.used, int32(j))
	}
}

// partHash returns the FNV-1a hash of w: the key of a partTable, and, by
// partBit, the bit of a partFilter.
func partHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// partBitOf returns the bit of a partFilter for the partHash h.
func partBitOf(h uint32) uint16 { return uint16((h ^ h>>16) % partBits) }

// partBit returns the bit of w in a partFilter.
func partBit(w string) uint16 { return partBitOf(partHash(w)) }

package entity

import (
	"math/bits"
	"unsafe"

	"github.com/marsad-project/marsad/gazetteer"
)

// entTable maps the knowledge-base entities a document names to their
// document entities (state.ents): an open-addressed table on the record's
// address, cheaper per lookup than a map for the few dozen entities of a
// document, and emptied by a generation count, not by clearing its slots.
type entTable struct {
	slots []entSlot // len is a power of two
	shift uint      // 64 - log2(len(slots))
	gen   uint32    // the slots of this generation are in use
	n     int       // slots in use
}

type entSlot struct {
	e   *gazetteer.Entity
	gen uint32
	k   int32
}

// home returns the first slot of e: a Fibonacci hash of its address.
func (t *entTable) home(e *gazetteer.Entity) uint64 {
	return uint64(uintptr(unsafe.Pointer(e))) * 0x9E3779B97F4A7C15 >> t.shift
}

// get returns the document entity of e and whether the table has it.
func (t *entTable) get(e *gazetteer.Entity) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(e); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.gen != t.gen {
			return 0, false
		}
		if sl.e == e {
			return int(sl.k), true
		}
	}
}

// put records that e is document entity k; e must not be in the table.
func (t *entTable) put(e *gazetteer.Entity, k int) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	t.insert(e, int32(k))
}

func (t *entTable) insert(e *gazetteer.Entity, k int32) {
	mask := uint64(len(t.slots) - 1)
	i := t.home(e)
	for t.slots[i].gen == t.gen {
		i = (i + 1) & mask
	}
	t.slots[i] = entSlot{e: e, gen: t.gen, k: k}
	t.n++
}

// grow doubles the table, keeping the entities in use.
func (t *entTable) grow() {
	old, gen := t.slots, t.gen
	size := max(64, 2*len(old))
	t.slots, t.shift, t.gen, t.n = make([]entSlot, size), uint(64-bits.TrailingZeros(uint(size))), 1, 0
	for _, sl := range old {
		if sl.gen == gen {
			t.insert(sl.e, sl.k)
		}
	}
}

// reset empties the table. The slots of past generations keep their
// pointers, to records of the knowledge base that outlive the table.
func (t *entTable) reset() {
	t.gen++
	t.n = 0
	if t.gen == 0 { // (after 2^32 documents) no slot may look in use
		clear(t.slots)
		t.gen = 1
	}
}

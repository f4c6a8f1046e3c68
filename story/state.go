package story

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The state of a Clusterer is kept as records, so that a store can save
// only what changed and a later run can resume without the documents:
//
//   - one header: the settings and the counts;
//   - one record per document, written once when it is added: its id, its
//     story, its date, the hashes of its entities and stems and its
//     MinHash signature (from which the posting lists, the IDF counts and
//     the near-duplicate index are rebuilt in the order of addition);
//   - one record per story, rewritten when a document joins it: its
//     features, documents, outlets, label and fused events.
//
// A record is a compact binary encoding of its own; stateVersion changes
// when the encoding does.

// stateVersion is the version of the state encoding.
const stateVersion = 1

// snapshotMagic starts a Snapshot.
const snapshotMagic = "marsad-story-state"

// ErrBadState is returned (wrapped) when a state record or snapshot cannot
// be decoded: it is truncated, corrupt or from another version.
var ErrBadState = errors.New("story: bad clusterer state")

// DocumentState is the state record of one document, written once.
type DocumentState struct {
	ID    string // the document's id
	Story string // the id of its story
	Seq   int    // its place in the order of addition, from 0
	State []byte
}

// Changes is what a Clusterer changed since the previous call of Changes
// (or since it was made or restored): a store saves it in one transaction
// to resume later with RestoreRecords.
type Changes struct {
	// StorySeqs[i] is the place of Stories[i] among all the stories (its
	// index in Stories()), stable for the life of the store.
	StorySeqs []int
	// Stories are the stories a document joined or started, in the order
	// they were started, fused; StoryStates[i] is the state record of
	// Stories[i], replacing the one saved before.
	Stories     []Story
	StoryStates [][]byte
	// Documents are the records of the documents added, in order.
	Documents []DocumentState
	// Header replaces the header saved before; it is a few dozen bytes.
	Header []byte
}

// Changes returns the stories touched and the records written since the
// previous call, and starts a new round. The records it returns, added to
// those returned before, are the clusterer's whole state.
func (c *Clusterer) Changes() Changes {
	var ch Changes
	slices.Sort(c.dirty)
	for _, si := range c.dirty {
		s := c.stories[si]
		s.dirty = false
		ch.Stories = append(ch.Stories, s.export())
		ch.StoryStates = append(ch.StoryStates, c.appendStoryRecord(nil, si))
		ch.StorySeqs = append(ch.StorySeqs, int(si))
	}
	c.dirty = c.dirty[:0]
	for i := c.docsDone; i < len(c.docRecs); i++ {
		ch.Documents = append(ch.Documents, DocumentState{
			ID:    c.dups.ids[i],
			Story: c.stories[c.docOf[i]].id,
			Seq:   i,
			State: c.docRecord(i),
		})
	}
	c.docsDone = len(c.docRecs)
	ch.Header = c.appendHeader(nil)
	return ch
}

// Changed returns the stories touched since the previous call of Changed
// or Changes, fused, in the order they were started. It starts a new
// round as Changes does, dropping the state records.
func (c *Clusterer) Changed() []Story {
	return c.Changes().Stories
}

// Snapshot returns the whole state of the clusterer in one value, which
// Restore reads back. It does not start a new round of Changes.
func (c *Clusterer) Snapshot() ([]byte, error) {
	b := append([]byte(nil), snapshotMagic...)
	b = appendBytes(b, c.appendHeader(nil))
	b = binary.AppendUvarint(b, uint64(len(c.docRecs)))
	for i := range c.docRecs {
		b = appendBytes(b, c.docRecord(i))
	}
	b = binary.AppendUvarint(b, uint64(len(c.stories)))
	var rec []byte
	for si := range c.stories {
		rec = c.appendStoryRecord(rec[:0], int32(si))
		b = appendBytes(b, rec)
	}
	return b, nil
}

// Restore returns a clusterer in the state a Snapshot saved: adding
// documents to it places them as the clusterer snapshotted would.
func Restore(snapshot []byte) (*Clusterer, error) {
	r := reader{b: snapshot}
	if string(r.next(len(snapshotMagic))) != snapshotMagic {
		return nil, fmt.Errorf("%w: not a snapshot", ErrBadState)
	}
	header := r.bytes()
	docs := make([][]byte, r.count())
	for i := range docs {
		docs[i] = r.bytes()
	}
	stories := make([][]byte, r.count())
	for i := range stories {
		stories[i] = r.bytes()
	}
	if r.err != nil {
		return nil, r.err
	}
	return RestoreRecords(header, docs, stories)
}

// RestoreRecords returns a clusterer in the state that the records
// returned by Changes describe: the last header, every document record in
// the order of addition (by Seq), and the last record of every story, in
// any order. The new clusterer has no pending Changes.
func RestoreRecords(header []byte, docs, stories [][]byte) (*Clusterer, error) {
	c := NewClusterer()
	r := reader{b: header}
	if v := r.uvarint(); v != stateVersion && r.err == nil {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadState, v, stateVersion)
	}
	c.MaxGap, c.MaxSpan = int(r.varint()), int(r.varint())
	c.Threshold, c.VagueThreshold = r.float64(), r.float64()
	nDocs, nStories := r.uvarint(), r.uvarint()
	if r.err != nil {
		return nil, fmt.Errorf("header: %w", r.err)
	}
	if nDocs != uint64(len(docs)) || nStories != uint64(len(stories)) {
		return nil, fmt.Errorf("%w: header counts %d documents and %d stories, got %d and %d records", ErrBadState, nDocs, nStories, len(docs), len(stories))
	}
	c.stories = make([]*cluster, len(stories))
	for _, rec := range stories {
		if err := c.readStoryRecord(rec); err != nil {
			return nil, err
		}
	}
	for si, s := range c.stories {
		if s == nil {
			return nil, fmt.Errorf("%w: no record for story %d", ErrBadState, si)
		}
	}
	c.seen = make([]uint32, len(c.stories))
	c.docOf = make([]int32, 0, len(docs))
	c.docRecs = make([][]byte, 0, len(docs))
	c.dups.ids = make([]string, 0, len(docs))
	c.dups.sigs = make([]Signature, 0, len(docs))
	for i, rec := range docs {
		if err := c.replayDoc(rec); err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
	}
	c.docsDone = len(c.docRecs)
	return c, nil
}

func (c *Clusterer) appendHeader(b []byte) []byte {
	b = binary.AppendUvarint(b, stateVersion)
	b = binary.AppendVarint(b, int64(c.MaxGap))
	b = binary.AppendVarint(b, int64(c.MaxSpan))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Threshold))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.VagueThreshold))
	b = binary.AppendUvarint(b, uint64(len(c.docRecs)))
	b = binary.AppendUvarint(b, uint64(len(c.stories)))
	return b
}

// appendDocRecord encodes what a document brought to the clusterer, all
// but its signature: its id, story, date, entity hashes with the mask of
// those new to the story, and stem hashes.
func appendDocRecord(b []byte, id string, si int32, f *features, mask uint64) []byte {
	b = appendString(b, id)
	b = binary.AppendUvarint(b, uint64(si))
	b = append(b, byte(f.kind))
	b = binary.AppendVarint(b, int64(f.date.from))
	b = binary.AppendVarint(b, int64(f.date.to))
	b = binary.AppendUvarint(b, uint64(len(f.ents)))
	for _, e := range f.ents {
		b = binary.LittleEndian.AppendUint64(b, e.h)
	}
	b = binary.AppendUvarint(b, mask)
	b = binary.AppendUvarint(b, uint64(len(f.terms)))
	for _, t := range f.terms {
		b = binary.LittleEndian.AppendUint64(b, t.h)
	}
	return b
}

// docRecord returns the whole record of document i: docRecs[i] and the
// signature.
func (c *Clusterer) docRecord(i int) []byte {
	base := c.docRecs[i]
	sig := &c.dups.sigs[i]
	b := make([]byte, 0, len(base)+1+4*NumHashes)
	b = append(b, base...)
	if sig.empty {
		return append(b, 1)
	}
	b = append(b, 0)
	for _, m := range sig.mins {
		b = binary.LittleEndian.AppendUint32(b, m)
	}
	return b
}

// replayDoc adds a document from its record: the counts, postings and
// near-duplicate index it changed, in the order Add changed them.
func (c *Clusterer) replayDoc(rec []byte) error {
	r := reader{b: rec}
	id := r.string()
	si := r.uvarint()
	var f features
	f.kind = dateKind(r.byte())
	f.date.from, f.date.to = int32(r.varint()), int32(r.varint())
	f.ents = make([]feat, r.count())
	for i := range f.ents {
		f.ents[i].h = r.uint64()
	}
	mask := r.uvarint()
	nTerms := r.count()
	for range nTerms {
		c.termDF[r.uint64()]++
	}
	baseLen := r.off
	var sig Signature
	if sig.empty = r.byte() == 1; !sig.empty {
		for i := range sig.mins {
			sig.mins[i] = r.uint32()
		}
	}
	if r.err == nil && r.off != len(rec) {
		r.err = fmt.Errorf("%w: %d bytes left in a document record", ErrBadState, len(rec)-r.off)
	}
	if r.err != nil {
		return r.err
	}
	if si >= uint64(len(c.stories)) || f.kind > dateVague {
		return fmt.Errorf("%w: document %s: story %d of %d, date kind %d", ErrBadState, id, si, len(c.stories), f.kind)
	}
	if _, dup := c.byID[id]; dup {
		return fmt.Errorf("%w: document %s recorded twice", ErrBadState, id)
	}
	c.nDocs++
	for i, e := range f.ents {
		if mask&(1<<i) != 0 {
			c.entDF[e.h]++
		}
	}
	c.dups.replay(id, &sig)
	c.postDoc(int32(si), &f)
	c.docOf = append(c.docOf, int32(si))
	c.byID[id] = int32(si)
	c.docRecs = append(c.docRecs, bytes.Clone(rec[:baseLen]))
	return nil
}

// replay adds sig as the next document without looking for its
// near-duplicates.
func (x *Index) replay(id string, sig *Signature) {
	doc := int32(len(x.sigs))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, *sig)
	x.mark = append(x.mark, 0)
	for b := range Bands {
		e := doc*Bands + int32(b)
		x.next = append(x.next, -1)
		if sig.empty {
			continue
		}
		key := bandKey(sig, b)
		if head, ok := x.heads[key]; ok {
			x.next[e] = head
		}
		x.heads[key] = e
	}
}

func (c *Clusterer) appendStoryRecord(b []byte, si int32) []byte {
	s := c.stories[si]
	b = binary.AppendUvarint(b, uint64(si))
	b = appendString(b, s.id)
	b = appendFeats(b, s.ents)
	b = appendFeats(b, s.terms)
	b = binary.AppendUvarint(b, uint64(len(s.sigs)))
	for _, x := range s.sigs {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	b = binary.AppendUvarint(b, uint64(len(s.dated)))
	for _, d := range s.dated {
		b = binary.LittleEndian.AppendUint64(b, d.sig)
		b = binary.AppendVarint(b, int64(d.day))
	}
	b = append(b, byte(s.kind))
	for _, v := range [...]int32{s.precise.from, s.precise.to, s.vague.from, s.vague.to} {
		b = binary.AppendVarint(b, int64(v))
	}
	b = appendStrings(b, s.docIDs)
	b = appendStrings(b, s.outlets)
	b = appendString(b, s.label)
	evs, err := json.Marshal(s.fuse.events)
	if err != nil { // the events are plain data: this cannot happen
		panic(err)
	}
	return appendBytes(b, evs)
}

func (c *Clusterer) readStoryRecord(rec []byte) error {
	r := reader{b: rec}
	si := r.uvarint()
	s := &cluster{id: r.string()}
	s.ents = r.feats()
	s.terms = r.feats()
	s.sigs = make([]uint64, r.count())
	for i := range s.sigs {
		s.sigs[i] = r.uint64()
	}
	s.dated = make([]datedSig, r.count())
	for i := range s.dated {
		s.dated[i] = datedSig{r.uint64(), int32(r.varint())}
	}
	s.kind = dateKind(r.byte())
	s.precise = span{int32(r.varint()), int32(r.varint())}
	s.vague = span{int32(r.varint()), int32(r.varint())}
	s.docIDs = r.strings()
	s.outlets = r.strings()
	s.label = r.string()
	evs := r.bytes()
	if r.err == nil && r.off != len(rec) {
		r.err = fmt.Errorf("%w: %d bytes left in a story record", ErrBadState, len(rec)-r.off)
	}
	if r.err != nil {
		return fmt.Errorf("story record: %w", r.err)
	}
	var events []CanonicalEvent
	if err := json.Unmarshal(evs, &events); err != nil {
		return fmt.Errorf("%w: story %s: events: %v", ErrBadState, s.id, err)
	}
	s.fuse.restore(events)
	if si >= uint64(len(c.stories)) || c.stories[si] != nil {
		return fmt.Errorf("%w: story %s: index %d out of range or repeated", ErrBadState, s.id, si)
	}
	c.stories[si] = s
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendBytes(b, x []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(x)))
	return append(b, x...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func appendFeats(b []byte, fs []feat) []byte {
	b = binary.AppendUvarint(b, uint64(len(fs)))
	for _, f := range fs {
		b = binary.LittleEndian.AppendUint64(b, f.h)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f.w))
	}
	return b
}

// reader decodes a record; after the first error every read returns zero
// and err keeps the error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("%w: truncated at byte %d", ErrBadState, r.off)
	}
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.off {
		r.fail()
		return nil
	}
	x := r.b[r.off : r.off+n]
	r.off += n
	return x
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.off += n
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.off += n
	return v
}

// count reads a length that must fit in the bytes left, each item taking
// at least one byte, so that a corrupt length cannot allocate much.
func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)-r.off) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) byte() byte {
	if x := r.next(1); x != nil {
		return x[0]
	}
	return 0
}

func (r *reader) uint32() uint32 {
	if x := r.next(4); x != nil {
		return binary.LittleEndian.Uint32(x)
	}
	return 0
}

func (r *reader) uint64() uint64 {
	if x := r.next(8); x != nil {
		return binary.LittleEndian.Uint64(x)
	}
	return 0
}

func (r *reader) float64() float64 { return math.Float64frombits(r.uint64()) }

func (r *reader) bytes() []byte { return r.next(r.count()) }

func (r *reader) string() string { return string(r.bytes()) }

func (r *reader) strings() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.string()
	}
	return ss
}

func (r *reader) feats() []feat {
	fs := make([]feat, r.count())
	for i := range fs {
		fs[i] = feat{r.uint64(), math.Float32frombits(r.uint32())}
	}
	return fs
}

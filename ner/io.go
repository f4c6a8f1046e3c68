package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The model file is gzip-compressed; inside, after the magic string and
// version, everything is unsigned or zig-zag varints and length-prefixed
// strings, in a fixed order, so that saving is deterministic.
const (
	modelMagic   = "marsad-ner\n"
	modelVersion = 2
)

// ErrFormat is returned by Load for a file that is not a model of this
// version.
var ErrFormat = errors.New("ner: not a model file of this version")

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(x uint64) { e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], x)]) }
func (e *encoder) varint(x int64)   { e.w.Write(e.buf[:binary.PutVarint(e.buf[:], x)]) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.w.WriteString(s) }

// Save writes the model to w in the package's file format (gzip'd
// varints). The bytes depend only on the model.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	e := &encoder{w: bufio.NewWriterSize(zw, 1<<16)}
	e.w.WriteString(modelMagic)
	e.uvarint(modelVersion)
	e.uvarint(uint64(m.info.Epochs))
	e.uvarint(m.info.Seed)
	e.uvarint(uint64(m.info.Folds))
	e.uvarint(math.Float64bits(m.info.Prune))
	e.uvarint(uint64(m.info.DocWindow))
	// Gazetteer words, sorted.
	g := m.gaz
	words := make([]string, 0, len(g.words))
	for w := range g.words {
		words = append(words, w)
	}
	sort.Strings(words)
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		e.str(w)
		c := g.words[w]
		for _, x := range c {
			e.uvarint(uint64(x))
		}
	}
	e.uvarint(uint64(len(g.list)))
	for _, p := range g.list {
		e.uvarint(uint64(len(p.toks)))
		e.uvarint(uint64(p.typ))
		for _, t := range p.toks {
			e.str(t)
		}
	}
	var names []namePhrase
	if m.names != nil {
		names = m.names.list
	}
	e.uvarint(uint64(len(names)))
	for _, p := range names {
		e.uvarint(uint64(p.mask))
		e.uvarint(uint64(len(p.toks)))
		for _, t := range p.toks {
			e.str(t)
		}
	}
	e.layer(&m.l1)
	e.layer(&m.l2)
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// layer writes the transitions and the feature rows: hash deltas, a mask
// of the non-zero labels, the weights.
func (e *encoder) layer(l *layer) {
	e.uvarint(uint64(math.Float32bits(l.scale)))
	for p := range l.tq {
		for y := range l.tq[p] {
			e.varint(int64(l.tq[p][y]))
		}
	}
	e.uvarint(uint64(len(l.hashes)))
	prev := uint64(0)
	for i, h := range l.hashes {
		e.uvarint(h - prev)
		prev = h
		row := l.q[i*numTags : (i+1)*numTags]
		mask := uint64(0)
		for y, x := range row {
			if x != 0 {
				mask |= 1 << y
			}
		}
		e.uvarint(mask)
		for _, x := range row {
			if x != 0 {
				e.varint(int64(x))
			}
		}
	}
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return x
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadVarint(d.r)
	if err != nil {
		d.err = err
	}
	return x
}

func (d *decoder) count(limit uint64) int {
	n := d.uvarint()
	if n > limit {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = ErrFormat
	}
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
	}
	return string(b)
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w: %w", ErrFormat, err)
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(d.r, magic); err != nil || string(magic) != modelMagic || d.uvarint() != modelVersion {
		return nil, fmt.Errorf("load model: %w", ErrFormat)
	}
	m := &Model{}
	m.info.Epochs = int(d.uvarint())
	m.info.Seed = d.uvarint()
	m.info.Folds = int(d.uvarint())
	m.info.Prune = math.Float64frombits(d.uvarint())
	m.info.DocWindow = int(d.uvarint())
	g := &gazetteer{}
	nw := d.count(1 << 24)
	g.words = make(map[string][5]uint32, nw)
	for i := 0; i < nw && d.err == nil; i++ {
		w := d.str()
		var c [5]uint32
		for j := range c {
			c[j] = uint32(d.uvarint())
		}
		g.words[w] = c
	}
	np := d.count(1 << 24)
	for i := 0; i < np && d.err == nil; i++ {
		p := phrase{toks: make([]string, d.count(maxPhrase))}
		p.typ = byte(d.uvarint())
		if p.typ < 1 || p.typ > 4 {
			d.fail()
		}
		for j := range p.toks {
			p.toks[j] = d.str()
		}
		g.list = append(g.list, p)
	}
	g.index()
	m.gaz = g
	if nn := d.count(1 << 24); nn > 0 {
		nl := &nameLists{list: make([]namePhrase, 0, min(nn, 1<<16))}
		for i := 0; i < nn && d.err == nil; i++ {
			p := namePhrase{mask: byte(d.uvarint())}
			if p.mask == 0 || p.mask >= 1<<numClasses {
				d.fail()
			}
			p.toks = make([]string, d.count(maxName))
			for j := range p.toks {
				p.toks[j] = d.str()
			}
			if len(p.toks) == 0 {
				d.fail()
			}
			nl.list = append(nl.list, p)
		}
		if d.err == nil {
			nl.index()
			m.names = nl
			m.info.Names = nl.names()
		}
	}
	m.l1 = d.layer()
	m.l2 = d.layer()
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	// One table for both layers; their own tables are then not needed.
	m.joint = join(&m.l1, &m.l2)
	m.l1.table, m.l2.table = table{}, table{}
	var one [1]byte
	if n, _ := d.r.Read(one[:]); n != 0 {
		return nil, fmt.Errorf("load model: trailing data: %w", ErrFormat)
	}
	return m, nil
}

// layer reads what encoder.layer wrote.
func (d *decoder) layer() layer {
	var l layer
	l.scale = math.Float32frombits(uint32(d.uvarint()))
	for p := range l.tq {
		for y := range l.tq[p] {
			l.tq[p][y] = int16(d.varint())
		}
	}
	nh := d.count(1 << 28)
	if d.err == nil {
		l.hashes = make([]uint64, 0, min(nh, 1<<20))
		l.q = make([]int16, 0, min(nh, 1<<20)*numTags)
	}
	prev := uint64(0)
	for i := 0; i < nh && d.err == nil; i++ {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			d.fail()
		}
		prev += delta
		l.hashes = append(l.hashes, prev)
		mask := d.uvarint()
		if mask >= 1<<numTags {
			d.fail()
		}
		for y := 0; y < numTags; y++ {
			var x int16
			if mask&(1<<y) != 0 {
				x = int16(d.varint())
			}
			l.q = append(l.q, x)
		}
	}
	if d.err == nil {
		l.expand()
	}
	return l
}

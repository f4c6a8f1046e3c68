package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Gold is a gold file: {"schema": "marsad-gold/1", "documents": [...],
// "stories": [...]}.
type Gold struct {
	Schema    string
	Documents []Doc
	Stories   []Story
}

// Doc is one analysis record as the scorer reads it, gold or system. The
// fields are JSON values as Python's json module sees them (nil, bool,
// json.Number, string, []any, map[string]any), because a scorer must read
// any export: ids and values may be numbers or strings, fields null or
// absent (the two mean the same to the scorer).
type Doc struct {
	// ID is Python's str() of the record's "id".
	ID             string
	Title          any
	Published      any
	PublishedRange any
	// Boilerplate holds the listed lines; items that are not strings are "".
	Boilerplate []string
	// Entities, Events, Quotes and Figures hold one element per listed
	// item; an item that is not a JSON object is nil: it counts, and never
	// matches.
	Entities []*Entity
	Events   []*Event
	Quotes   []*Quote
	Figures  []*Figure
}

// Entity is an entity item of a record.
type Entity struct{ ID, Name, Arabic, Type, Code any }

// Event is an event item of a record.
type Event struct {
	Source, SourceCode, Type, CAMEO, Target, TargetCode any
	Date, DateFrom, Location, Modality, Evidence        any
}

// Quote is a quotation item of a record.
type Quote struct{ Speaker, SpeakerCode, Text any }

// Figure is a quantity item of a record.
type Figure struct{ Value, Unit, Qualifier, Subject, Period, Evidence any }

// Story is a group of documents reported as one real-world event.
type Story struct {
	Label string
	// Documents are the members as JSON values (strings in any sane
	// export), in the order Python iterates them.
	Documents []any
}

// decode reads exactly one JSON value from b, numbers as json.Number.
func decode(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("extra data after the JSON value")
	}
	return v, nil
}

// ReadGold reads a gold file. It fails where score.py fails on the gold:
// invalid UTF-8 or JSON, no "documents" list, a document that is not an
// object or has no "id".
func ReadGold(r io.Reader) (*Gold, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	if !utf8.Valid(b) {
		return nil, errors.New("read gold: invalid UTF-8")
	}
	v, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("read gold: not a JSON object")
	}
	docs, ok := m["documents"].([]any)
	if !ok {
		return nil, errors.New(`read gold: no "documents" list`)
	}
	g := &Gold{Schema: strOr(m["schema"])}
	for i, d := range docs {
		dm, ok := d.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("read gold: document %d is not an object", i)
		}
		if _, ok := dm["id"]; !ok {
			return nil, fmt.Errorf(`read gold: document %d has no "id"`, i)
		}
		g.Documents = append(g.Documents, docOf(dm))
	}
	if truthy(m["stories"]) {
		for _, s := range pyIter(m["stories"]) {
			g.Stories = append(g.Stories, storyOf(s))
		}
	}
	return g, nil
}

// ReadExport reads a JSON Lines export as score.py does: lines split at
// \n, \r or \r\n and trimmed of Unicode spaces; blank lines skipped; an
// object with a "story" key is a story, else one with an "id" key is a
// document; other lines are ignored. Invalid UTF-8 or an invalid JSON line
// is an error naming the line.
func ReadExport(r io.Reader) (docs []Doc, stories []Story, err error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read export: %w", err)
	}
	if !utf8.Valid(b) {
		return nil, nil, errors.New("read export: invalid UTF-8")
	}
	n := 0
	for len(b) > 0 {
		n++
		i := bytes.IndexAny(b, "\r\n")
		var line []byte
		if i < 0 {
			line, b = b, nil
		} else {
			line = b[:i]
			if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			b = b[i+1:]
		}
		line = bytes.TrimFunc(line, pyIsSpace)
		if len(line) == 0 {
			continue
		}
		v, err := decode(line)
		if err != nil {
			return nil, nil, fmt.Errorf("read export: line %d: %w", n, err)
		}
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		if s, ok := m["story"]; ok {
			stories = append(stories, storyOf(s))
		} else if _, ok := m["id"]; ok {
			docs = append(docs, docOf(m))
		}
	}
	return docs, stories, nil
}

// items is `rec.get(key) or []` as a list of objects (nil for non-objects).
func items(m map[string]any, key string) []map[string]any {
	v := m[key]
	if !truthy(v) {
		return nil
	}
	it := pyIter(v)
	out := make([]map[string]any, len(it))
	for i, x := range it {
		out[i], _ = x.(map[string]any)
	}
	return out
}

func docOf(m map[string]any) Doc {
	d := Doc{
		ID:             pyStr(m["id"]),
		Title:          m["title"],
		Published:      m["published"],
		PublishedRange: m["published_range"],
	}
	if v := m["boilerplate"]; truthy(v) {
		for _, x := range pyIter(v) {
			d.Boilerplate = append(d.Boilerplate, strOr(x))
		}
	}
	for _, x := range items(m, "entities") {
		var e *Entity
		if x != nil {
			e = &Entity{ID: x["id"], Name: x["name"], Arabic: x["arabic"], Type: x["type"], Code: x["code"]}
		}
		d.Entities = append(d.Entities, e)
	}
	for _, x := range items(m, "events") {
		var e *Event
		if x != nil {
			e = &Event{
				Source: x["source"], SourceCode: x["source_code"], Type: x["type"], CAMEO: x["cameo"],
				Target: x["target"], TargetCode: x["target_code"], Date: x["date"], DateFrom: x["date_from"],
				Location: x["location"], Modality: x["modality"], Evidence: x["evidence"],
			}
		}
		d.Events = append(d.Events, e)
	}
	for _, x := range items(m, "quotes") {
		var q *Quote
		if x != nil {
			q = &Quote{Speaker: x["speaker"], SpeakerCode: x["speaker_code"], Text: x["text"]}
		}
		d.Quotes = append(d.Quotes, q)
	}
	for _, x := range items(m, "figures") {
		var f *Figure
		if x != nil {
			f = &Figure{
				Value: x["value"], Unit: x["unit"], Qualifier: x["qualifier"], Subject: x["subject"],
				Period: x["period"], Evidence: x["evidence"],
			}
		}
		d.Figures = append(d.Figures, f)
	}
	return d
}

// storyOf reads a story object; its "documents" are iterated as Python's
// set() iterates them (a string yields its characters).
func storyOf(v any) Story {
	m, _ := v.(map[string]any)
	return Story{Label: strOr(m["label"]), Documents: pyIter(m["documents"])}
}

package gazetteer

import (
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// KB is a knowledge base of entities and role phrases with its lookup
// indexes. The zero value is not usable; use New, Load or Default. A KB is
// safe for concurrent reads; Add, AddRole and Merge must not run
// concurrently with anything else.
type KB struct {
	entities []*Entity
	byQID    map[marsad.QID]*Entity
	byKey    map[string][]Match
	ents     map[string][]*Entity // byKey's entities, in the same order
	country  map[marsad.ActorCode]*Entity
	holders  map[roleKey][]tenure
	roles    []RoleDef
	phrases  map[string][]string
	maxTok   int
}

type roleKey struct {
	key     string
	country marsad.ActorCode
}

type tenure struct {
	role Role
	e    *Entity
}

// New returns an empty knowledge base.
func New() *KB {
	return &KB{
		byQID:   map[marsad.QID]*Entity{},
		byKey:   map[string][]Match{},
		ents:    map[string][]*Entity{},
		country: map[marsad.ActorCode]*Entity{},
		holders: map[roleKey][]tenure{},
		phrases: map[string][]string{},
	}
}

// Add adds an entity to the knowledge base and indexes its forms. It
// reports an EINVALID error when the entity lacks a name, an Arabic form or
// a known type, or has a malformed QID, and an ECONFLICT error when an
// entity with the same QID is already present (Merge replaces instead).
func (kb *KB) Add(e *Entity) error {
	if err := checkRecord(e); err != nil {
		return err
	}
	if e.QID != "" && kb.byQID[e.QID] != nil {
		return marsad.Errorf(marsad.ECONFLICT, "gazetteer: %s: QID %s already used by %s", e.Name, e.QID, kb.byQID[e.QID].Name)
	}
	kb.put(e)
	return nil
}

func (kb *KB) put(e *Entity) {
	if e.QID != "" {
		if old := kb.byQID[e.QID]; old != nil {
			kb.remove(old)
		}
		kb.byQID[e.QID] = e
	}
	kb.entities = append(kb.entities, e)
	kb.index(e)
}

// AddRole adds a line of the roles table.
func (kb *KB) AddRole(d RoleDef) error {
	if d.Key == "" || len(d.Phrases) == 0 {
		return marsad.Errorf(marsad.EINVALID, "gazetteer: role definition needs a key and phrases")
	}
	kb.roles = append(kb.roles, d)
	for _, p := range d.Phrases {
		k := arabic.Normalize(strings.TrimSpace(p))
		if k == "" {
			continue
		}
		if !slices.Contains(kb.phrases[k], d.Key) {
			kb.phrases[k] = append(kb.phrases[k], d.Key)
		}
	}
	return nil
}

// Merge adds every entity and role definition of other to kb. An entity of
// other whose QID kb already holds replaces kb's record, so a user file can
// correct or extend the shipped data: kb := gazetteer.New();
// kb.Merge(gazetteer.Default()); kb.Merge(user). Entities are shared, not
// copied; neither KB may modify them afterwards.
func (kb *KB) Merge(other *KB) error {
	for _, e := range other.entities {
		if err := checkRecord(e); err != nil {
			return err
		}
		kb.put(e)
	}
	for _, d := range other.roles {
		if err := kb.AddRole(d); err != nil {
			return err
		}
	}
	return nil
}

func (kb *KB) remove(old *Entity) {
	kb.entities = slices.DeleteFunc(kb.entities, func(e *Entity) bool { return e == old })
	for k, ms := range kb.byKey {
		ms = slices.DeleteFunc(ms, func(m Match) bool { return m.Entity == old })
		if len(ms) == 0 {
			delete(kb.byKey, k)
			delete(kb.ents, k)
		} else {
			kb.setKey(k, ms)
		}
	}
	for k, ts := range kb.holders {
		kb.holders[k] = slices.DeleteFunc(ts, func(t tenure) bool { return t.e == old })
	}
	if c := kb.country[old.Code]; c == old {
		delete(kb.country, old.Code)
	}
}

func (kb *KB) index(e *Entity) {
	if e.Type == marsad.EntityCountry && e.Code != "" {
		kb.country[e.Code] = e
	}
	kb.addKey(e.Arabic, Match{Entity: e, Kind: MatchName, Weak: e.Ambiguous})
	for _, a := range e.Aliases {
		kb.addKey(a, Match{Entity: e, Kind: MatchAlias, Weak: e.Ambiguous || slices.Contains(e.Weak, a)})
	}
	for _, n := range e.Nisba {
		kb.addKey(n, Match{Entity: e, Kind: MatchNisba, Weak: e.Ambiguous || slices.Contains(e.Weak, n)})
	}
	for _, r := range e.Roles {
		k := roleKey{r.Key, r.Country}
		ts := append(kb.holders[k], tenure{r, e})
		slices.SortStableFunc(ts, func(a, b tenure) int { return a.role.From.Compare(b.role.From) })
		kb.holders[k] = ts
	}
}

func (kb *KB) addKey(form string, m Match) {
	k := arabic.Normalize(strings.TrimSpace(form))
	if k == "" {
		return
	}
	ms := kb.byKey[k]
	for _, old := range ms {
		if old.Entity == m.Entity {
			return // the same entity claims the key once, under its first form
		}
	}
	// Strong matches come before weak ones; insertion order otherwise.
	i := len(ms)
	if !m.Weak {
		for i > 0 && ms[i-1].Weak {
			i--
		}
	}
	kb.setKey(k, slices.Insert(ms, i, m))
	if n := strings.Count(k, " ") + 1; n > kb.maxTok {
		kb.maxTok = n
	}
}

func (kb *KB) setKey(k string, ms []Match) {
	kb.byKey[k] = ms
	es := make([]*Entity, len(ms))
	for i, m := range ms {
		es[i] = m.Entity
	}
	kb.ents[k] = es
}

// Lookup returns the entities whose canonical Arabic form, alias or nisba
// has the key normalizedPhrase (a string already passed through
// arabic.Normalize, words separated by single spaces), strong matches
// first. It returns nil when nothing matches and does not allocate; the
// slice belongs to the KB and must not be modified.
func (kb *KB) Lookup(normalizedPhrase string) []*Entity { return kb.ents[normalizedPhrase] }

// Find returns the matches for a normalised key as Lookup does, with the
// kind of form matched and its weakness. The slice belongs to the KB and
// must not be modified.
func (kb *KB) Find(normalizedPhrase string) []Match { return kb.byKey[normalizedPhrase] }

// Holder returns the person who held role (a role key such as "president")
// for country on the day on, or nil when the KB records nobody.
func (kb *KB) Holder(role string, country marsad.ActorCode, on time.Time) *Entity {
	ts := kb.holders[roleKey{role, country}]
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].role.Covers(on) {
			return ts[i].e
		}
	}
	return nil
}

// Tenures returns the roles recorded for role and country, by start date,
// with their holders.
func (kb *KB) Tenures(role string, country marsad.ActorCode) []Tenure {
	ts := kb.holders[roleKey{role, country}]
	out := make([]Tenure, len(ts))
	for i, t := range ts {
		out[i] = Tenure{Role: t.role, Holder: t.e}
	}
	return out
}

// Tenure is one term of office and the person who held it.
type Tenure struct {
	Role   Role
	Holder *Entity
}

// RolePhrases returns the roles table as a map from normalised Arabic
// phrase (الرييس, وزير الخارجيه) to the role keys it may name. The map
// belongs to the KB and must not be modified.
func (kb *KB) RolePhrases() map[string][]string { return kb.phrases }

// RoleDefs returns the lines of the roles table, with their country
// restrictions.
func (kb *KB) RoleDefs() []RoleDef { return kb.roles }

// ByQID returns the entity with Wikidata id q, or nil.
func (kb *KB) ByQID(q marsad.QID) *Entity { return kb.byQID[q] }

// Country returns the COUNTRY record with actor code c, or nil.
func (kb *KB) Country(c marsad.ActorCode) *Entity { return kb.country[c] }

// MaxAliasTokens returns the largest number of space-separated words in
// any indexed key: the longest phrase a matcher needs to try.
func (kb *KB) MaxAliasTokens() int { return kb.maxTok }

// All returns every entity in insertion order. The slice belongs to the KB.
func (kb *KB) All() []*Entity { return kb.entities }

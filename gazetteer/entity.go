package gazetteer

import (
	"time"

	"github.com/marsad-project/marsad"
)

// Entity is one record of the knowledge base: a country, city, region,
// person or organisation with the Arabic forms that name it.
type Entity struct {
	QID     marsad.QID        // Wikidata id; empty when not known for certain
	Type    marsad.EntityType // PERSON, COUNTRY, CITY, LOCATION or ORGANIZATION
	Code    marsad.ActorCode  // actor code (ISO alpha-3, org acronym or CAMEO region)
	Name    string            // English canonical name
	Arabic  string            // canonical Arabic form
	Aliases []string          // Arabic spelling and transliteration variants
	Weak    []string          // the subset of Aliases (and Nisba) marked "~": short or shared forms that need context
	Nisba   []string          // adjective forms (countries): الصيني, الصينية, ...
	Capital string            // QID of the capital's CITY record, or its name
	Roles   []Role            // offices held, with dates (people)
	// Ambiguous marks an entity whose names are knowingly shared with
	// another entity (Georgia the country and the US state); Note gives the
	// reason. The matcher must then decide from context.
	Ambiguous bool
	Note      string
}

// Role is an office held by a person: a role key (president,
// prime_minister, foreign_minister...) in a country or organisation, from
// From (inclusive) to To (exclusive; zero when ongoing).
type Role struct {
	Key     string
	Country marsad.ActorCode
	From    time.Time
	To      time.Time
}

// Covers reports whether the role was held on day t: From <= t < To.
func (r Role) Covers(t time.Time) bool {
	return !t.Before(r.From) && (r.To.IsZero() || t.Before(r.To))
}

// RoleDef is one line of the roles table: the Arabic phrases that name a
// role key, for every country (Country empty) or for one country only
// (رئيس مجلس الدولة names China's prime_minister).
type RoleDef struct {
	Key     string
	Country marsad.ActorCode
	Phrases []string
	Shared  bool // several people may hold the role at once (spokespeople)
}

// MatchKind says which form of an entity a lookup key matched.
type MatchKind uint8

// The kinds of matched forms.
const (
	MatchName  MatchKind = iota // the canonical Arabic form
	MatchAlias                  // an alias
	MatchNisba                  // an adjective form (الصيني)
)

// String returns "name", "alias" or "nisba".
func (k MatchKind) String() string {
	switch k {
	case MatchName:
		return "name"
	case MatchAlias:
		return "alias"
	case MatchNisba:
		return "nisba"
	}
	return "unknown"
}

// Match is one entity found for a lookup key, with the kind of form it
// matched and whether that form is weak (marked "~" or the entity is
// Ambiguous).
type Match struct {
	Entity *Entity
	Kind   MatchKind
	Weak   bool
}

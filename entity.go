package marsad

// QID is a Wikidata item id such as Q148 (China).
type QID string

// ActorCode is an actor code: ISO 3166-1 alpha-3 for a country and its
// people and bodies, a CAMEO regional code (WST, EUR), or the Latin acronym
// of an international organisation (UN, NATO, SCO).
type ActorCode string

// EntityType is the kind of a real-world entity.
type EntityType string

// The entity types of the record format.
const (
	EntityPerson       EntityType = "PERSON"
	EntityCountry      EntityType = "COUNTRY"
	EntityCity         EntityType = "CITY"
	EntityLocation     EntityType = "LOCATION"
	EntityOrganization EntityType = "ORGANIZATION"
	EntityEvent        EntityType = "EVENT"
)

// Entity is one distinct real-world entity mentioned in a document.
type Entity struct {
	ID       QID        `json:"id,omitempty"`
	Name     string     `json:"name"`   // English canonical name
	Arabic   string     `json:"arabic"` // the fullest Arabic form used in the text
	Type     EntityType `json:"type"`
	Code     ActorCode  `json:"code,omitempty"`
	Role     string     `json:"role,omitempty"`
	Mentions []Mention  `json:"mentions,omitempty"`
}

// Mention is a place in the text that refers to an entity.
type Mention struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

package entity

import "github.com/marsad-project/marsad"

// Tagger is a statistical named-entity tagger: it returns the typed name
// spans it finds in text, as byte offsets into text. Types are PERS, LOC,
// ORG and MISC (the ANERcorp classes); others are ignored. A Tagger must be
// safe for concurrent use when the Recognizer is, and give the same spans
// for the same text: the Recognizer keeps the spans of the windows it
// tagged and does not ask again. The spans returned are not modified.
type Tagger interface {
	TagText(text string) []Tagged
}

// Tagged is one name span found by a Tagger.
type Tagged struct {
	Start, End int    // byte range [Start, End) of the text given to TagText
	Type       string // PERS, LOC, ORG or MISC
}

// TaggerFunc adapts a function to the Tagger interface.
type TaggerFunc func(text string) []Tagged

// TagText calls f(text).
func (f TaggerFunc) TagText(text string) []Tagged { return f(text) }

// taggedType maps a tagger class to the entity type of an unlinked name.
func taggedType(t string) marsad.EntityType {
	switch t {
	case "PERS", "PER", "PERSON":
		return marsad.EntityPerson
	case "ORG", "ORGANIZATION":
		return marsad.EntityOrganization
	case "LOC", "LOCATION":
		return marsad.EntityLocation
	}
	return ""
}

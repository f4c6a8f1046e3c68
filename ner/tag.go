package ner

import "strings"

// Tag is a BIO label of one token: O, or B- (first token of an entity) or
// I- (a following token) joined to a Type, as in B-PERS or I-LOC.
type Tag string

// Type is the class of a named entity.
type Type string

// The entity types of ANERcorp.
const (
	PERS Type = "PERS" // a person
	LOC  Type = "LOC"  // a place: country, city, region, landmark
	ORG  Type = "ORG"  // an organisation: company, party, agency, team
	MISC Type = "MISC" // any other name: events, products, nationalities, works
)

// O is the tag of a token outside every entity.
const O Tag = "O"

// Types lists the entity types in a fixed order.
var Types = []Type{PERS, LOC, ORG, MISC}

// tagSet is the model's label set; its index is the label's number.
var tagSet = [numTags]Tag{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const numTags = 9

// Type returns the entity type of t ("" for O or a malformed tag).
func (t Tag) Type() Type {
	if i := strings.IndexByte(string(t), '-'); i > 0 {
		return Type(t[i+1:])
	}
	return ""
}

// IsBegin reports whether t opens an entity (B-).
func (t Tag) IsBegin() bool { return strings.HasPrefix(string(t), "B-") }

// IsInside reports whether t continues an entity (I-).
func (t Tag) IsInside() bool { return strings.HasPrefix(string(t), "I-") }

// ParseTag reads a tag leniently: O (or 0 or empty) and B-/I- prefixes,
// in any case, with the spelling variants of the type found in Arabic NER
// corpora (PER, PERSON, LOCATION, ORGANIZATION, MIS...). A tag it does not
// recognise gives O and false.
func ParseTag(s string) (Tag, bool) {
	s = strings.TrimSpace(s)
	switch s {
	case "O", "o", "0", "":
		return O, s != ""
	}
	if len(s) < 3 || (s[1] != '-' && s[1] != '_') {
		return O, false
	}
	var p string
	switch s[0] {
	case 'B', 'b', 'S', 's': // S- (single) opens an entity as B- does
		p = "B-"
	case 'I', 'i', 'E', 'e':
		p = "I-"
	default:
		return O, false
	}
	var ty Type
	switch strings.ToUpper(s[2:]) {
	case "PERS", "PER", "PERSON", "PRES", "PERSONNE":
		ty = PERS
	case "LOC", "LOCATION", "GPE":
		ty = LOC
	case "ORG", "ORGANIZATION", "ORGANISATION":
		ty = ORG
	case "MISC", "MIS", "MISCELLANEOUS":
		ty = MISC
	default:
		return O, false
	}
	return Tag(p + string(ty)), true
}

// tagIndex returns the number of a tag of tagSet, or 0 (O).
func tagIndex(t Tag) int {
	for i, s := range tagSet {
		if s == t {
			return i
		}
	}
	return 0
}

// allowed reports whether label j may follow label i (i == numTags is the
// sentence start): I-X only after B-X or I-X.
func allowed(i, j int) bool {
	if j == 0 || j%2 == 1 {
		return true
	}
	if i == numTags || i == 0 {
		return false
	}
	return (i+1)/2 == j/2
}

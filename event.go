package marsad

// PLOVERType is a PLOVER event type such as CONSULT or ACCUSE.
type PLOVERType string

// CAMEOCode is a CAMEO event code such as 043 or 1121.
type CAMEOCode string

// Modality says whether an event happened as the text reports it.
type Modality string

// The modalities of the record format.
const (
	Asserted Modality = "asserted"
	Negated  Modality = "negated"
	Planned  Modality = "planned"
	Claimed  Modality = "claimed"
)

// Event is one action between actors reported in a document.
type Event struct {
	Source       string     `json:"source,omitempty"` // QID, or the Arabic name
	SourceCode   ActorCode  `json:"source_code,omitempty"`
	Type         PLOVERType `json:"type"`
	CAMEO        CAMEOCode  `json:"cameo,omitempty"`
	Target       string     `json:"target,omitempty"`
	TargetCode   ActorCode  `json:"target_code,omitempty"`
	Date         Date       `json:"date"`
	Location     string     `json:"location,omitempty"`
	Modality     Modality   `json:"modality"`
	Evidence     string     `json:"evidence"`
	EvidenceSpan Span       `json:"evidence_span"`
}

// Quote is a direct quotation and who said it.
type Quote struct {
	Speaker     string    `json:"speaker,omitempty"` // QID, or the Arabic name
	SpeakerCode ActorCode `json:"speaker_code,omitempty"`
	Text        string    `json:"text"` // the quoted words, without the marks
	Span        Span      `json:"span"`
}

// Qualifier says how a figure relates to the true quantity.
type Qualifier string

// The qualifiers of the record format.
const (
	Exact    Qualifier = "exact"
	MoreThan Qualifier = "more_than"
	LessThan Qualifier = "less_than"
	About    Qualifier = "about"
	Ordinal  Qualifier = "ordinal"
)

// Figure is a quantity stated in a document.
type Figure struct {
	Value        float64   `json:"value"` // in base units: 200 مليار دولار is 2e11
	Unit         string    `json:"unit"`  // USD, PERCENT, DAY, PERSON, COUNT...
	Qualifier    Qualifier `json:"qualifier"`
	Subject      string    `json:"subject"`
	Period       string    `json:"period,omitempty"`
	Evidence     string    `json:"evidence"`
	EvidenceSpan Span      `json:"evidence_span"`
}

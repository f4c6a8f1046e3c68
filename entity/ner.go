package entity

import "github.com/marsad-project/marsad/ner"

// NER adapts a statistical model of package ner to the Tagger interface.
func NER(m *ner.Model) Tagger {
	return TaggerFunc(func(text string) []Tagged {
		spans := m.TagText(text)
		out := make([]Tagged, len(spans))
		for i, s := range spans {
			out[i] = Tagged{Start: s.Start, End: s.End, Type: string(s.Type)}
		}
		return out
	})
}

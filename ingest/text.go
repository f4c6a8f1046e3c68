package ingest

import (
	marsad "github.com/marsad-project/marsad"
)

// ReadText reads a plain-text article: Text is the whole decoded text (see
// Decode), ID the file's base name without extension, Source the name.
// Title and Published are left empty for the cleaner to find. Errors are
// *InputError naming name.
func ReadText(name string, data []byte) (*marsad.Article, error) {
	text, err := Decode(data)
	if err != nil {
		return nil, &InputError{Input: name, Err: err}
	}
	return &marsad.Article{
		ID:     ID(name),
		Text:   text,
		Source: name,
		Format: marsad.FormatText,
	}, nil
}

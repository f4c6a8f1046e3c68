package ingest

import (
	"errors"
	"strings"
)

// Sentinel reasons an input is refused. They are wrapped in an *InputError
// (and often in a message giving details); test them with errors.Is.
var (
	// ErrBinary reports content that is not text: NUL bytes outside
	// UTF-16, control characters, or the magic number of an image,
	// PDF or archive.
	ErrBinary = errors.New("binary content")
	// ErrEmpty reports content that is empty or only white space.
	ErrEmpty = errors.New("empty content")
	// ErrTooLarge reports an input larger than Options.MaxSize.
	ErrTooLarge = errors.New("input too large")
	// ErrEncoding reports bytes in no encoding the reader recognizes.
	ErrEncoding = errors.New("unsupported encoding")
	// ErrNoContent reports an HTML page or feed item with no main text.
	ErrNoContent = errors.New("no main content")
	// ErrSyntax reports a record or feed that does not parse.
	ErrSyntax = errors.New("syntax error")
)

// InputError is the failure of one input: a file, a record of a file
// (path:line), a URL or a feed item's link. Reading goes on after it.
type InputError struct {
	Input string // the path, path:line or URL
	Err   error  // the reason, often wrapping one of the Err sentinels
}

// Error returns "INPUT: reason" on a single line.
func (e *InputError) Error() string {
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	if strings.ContainsAny(msg, "\r\n") {
		msg = strings.Join(strings.Fields(msg), " ")
	}
	return e.Input + ": " + msg
}

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }

// inputErr wraps err as an *InputError for input, unless it already is one.
func inputErr(input string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return err
	}
	return &InputError{Input: input, Err: err}
}

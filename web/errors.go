package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"sync"

	"github.com/marsad-project/marsad"
)

// Codes the web layer adds to those of package marsad, for failures that
// only exist over HTTP.
const (
	eForbidden      = "forbidden"          // writes on a read-only server
	eTooLarge       = "too_large"          // a body over the limit
	eMethod         = "method_not_allowed" // a known path, another method
	eNotImplemented = "not_implemented"    // a feature this server was not given
)

// statusOf maps an error to its HTTP status. It is the one place where
// error codes become statuses.
func statusOf(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	switch marsad.ErrorCode(err) {
	case marsad.EINVALID:
		return http.StatusBadRequest
	case marsad.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case eForbidden:
		return http.StatusForbidden
	case marsad.ENOTFOUND:
		return http.StatusNotFound
	case eMethod:
		return http.StatusMethodNotAllowed
	case marsad.ECONFLICT:
		return http.StatusConflict
	case eTooLarge:
		return http.StatusRequestEntityTooLarge
	case marsad.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	case eNotImplemented:
		return http.StatusNotImplemented
	}
	return http.StatusInternalServerError
}

// publicError returns the code and message shown to the client: internal
// errors are not described, since their text may reveal paths or queries.
func publicError(err error) (code, msg string) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return eTooLarge, "request body too large"
	}
	code = marsad.ErrorCode(err)
	if code == marsad.EINTERNAL {
		return code, "internal error"
	}
	return code, marsad.ErrorMessage(err)
}

func (s *Server) logInternal(r *http.Request, err error) {
	if s.Logger != nil && statusOf(err) == http.StatusInternalServerError {
		s.Logger.ErrorContext(r.Context(), "internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

// errorBody is the JSON of every API error.
type errorBody struct {
	Error errorJSON `json:"error"`
}

type errorJSON struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiError writes err as {"error": {"code": ..., "message": ...}} with its
// status.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	s.logInternal(r, err)
	code, msg := publicError(err)
	writeJSON(w, statusOf(err), errorBody{errorJSON{code, msg}})
}

// writeJSON writes v with the status and its Content-Length, encoded
// compactly. HTML characters in strings are escaped (\u003c), so that no
// response can be read as markup.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		// Only an unencodable value gets here, a bug: say so in the
		// error's shape rather than send half an answer.
		buf.Reset()
		status = http.StatusInternalServerError
		_ = json.NewEncoder(buf).Encode(errorBody{errorJSON{marsad.EINTERNAL, "internal error"}})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes()) // a failed write means the client went away
}

// encodeJSON returns v encoded as writeJSON encodes it, in a new slice.
func encodeJSON(v any) ([]byte, error) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

// bufferPool holds the buffers that answers are encoded into.
var bufferPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer bounds the buffers kept for reuse, so that one huge
// answer does not stay in memory.
const maxPooledBuffer = 1 << 20

func getBuffer() *bytes.Buffer { return bufferPool.Get().(*bytes.Buffer) }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledBuffer {
		return
	}
	b.Reset()
	bufferPool.Put(b)
}

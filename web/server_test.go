package web

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func TestServer_Serve(t *testing.T) {
	s, _ := mustServer(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback network: %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/api/documents?limit=1")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /api/documents: got %d, want 200", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after cancel: got %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after its context was done")
	}
}

func TestStatusOf(t *testing.T) {
	for code, want := range map[string]int{
		"invalid": 400, "unauthorized": 401, "forbidden": 403, "not_found": 404, "method_not_allowed": 405,
		"conflict": 409, "too_large": 413, "unsupported": 415, "internal": 500, "not_implemented": 501,
	} {
		err := &errT{code}
		if got := statusOf(err); got != want {
			t.Errorf("statusOf(%s): got %d, want %d", code, got, want)
		}
	}
	if got := statusOf(io.EOF); got != 500 {
		t.Errorf("statusOf(io.EOF): got %d, want 500", got)
	}
	if _, msg := publicError(io.ErrUnexpectedEOF); msg != "internal error" {
		t.Errorf("publicError of an internal error: got %q, want a generic message", msg)
	}
}

// errT wraps a marsad.Error so the test also covers errors.As.
type errT struct{ code string }

func (e *errT) Error() string { return e.code }
func (e *errT) Unwrap() error { return marsad.Errorf(e.code, "m") }

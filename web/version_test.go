package web

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// versionedStore is a counting store with a data version that the test
// sets, as another process's writes would change it.
type versionedStore struct {
	*countingStore
	version atomic.Int64
	asked   atomic.Int64
	fail    atomic.Bool
}

func (s *versionedStore) DataVersion(ctx context.Context) (int64, error) {
	s.asked.Add(1)
	if s.fail.Load() {
		return 0, errors.New("store busy")
	}
	return s.version.Load(), nil
}

func TestCache_DataVersion(t *testing.T) {
	s, cs, clock := cachingServer(t)
	vs := &versionedStore{countingStore: cs}
	s.Store = vs
	s.CacheTTL = 0 // the default for a versioned store
	h := s.Handler()
	if s.CacheTTL != DefaultVersionedCacheTTL {
		t.Errorf("got CacheTTL %v, want %v for a DataVersioner", s.CacheTTL, DefaultVersionedCacheTTL)
	}
	search := func() {
		t.Helper()
		if w := do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil); w.Code != 200 {
			t.Fatalf("got status %d: %s", w.Code, w.Body)
		}
	}
	steps := []struct {
		name     string
		change   func()
		searches int64 // store searches after the step's request
	}{
		{"First", func() {}, 1},
		{"Hit", func() {}, 1},
		{"WrittenWithinInterval", func() { vs.version.Add(1) }, 1},
		{"IntervalPassed", func() { clock.Add(DefaultVersionInterval) }, 2},
		{"UnchangedAfterInterval", func() { clock.Add(DefaultVersionInterval) }, 2},
		{"CheckFails", func() { vs.version.Add(1); vs.fail.Store(true); clock.Add(DefaultVersionInterval) }, 2},
		{"CheckWorksAgain", func() { vs.fail.Store(false) }, 3},
		{"LongAfter", func() { clock.Add(5 * time.Minute) }, 3},
	}
	for _, st := range steps {
		st.change()
		search()
		if got := cs.searches.Load(); got != st.searches {
			t.Errorf("%s: got %d store searches, want %d", st.name, got, st.searches)
		}
	}
	if got := vs.asked.Load(); got != 6 {
		t.Errorf("got %d version checks, want 6 (one per interval, a failed one retried)", got)
	}
}

func TestCache_DataVersionOff(t *testing.T) {
	s, cs, clock := cachingServer(t)
	vs := &versionedStore{countingStore: cs}
	s.Store = vs
	s.VersionInterval = -1
	h := s.Handler()
	for range 3 {
		do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil)
		vs.version.Add(1)
		clock.Add(time.Second)
	}
	if got := vs.asked.Load(); got != 0 {
		t.Errorf("got %d version checks, want none with a negative VersionInterval", got)
	}
	if got := cs.searches.Load(); got != 1 {
		t.Errorf("got %d store searches, want 1", got)
	}
}

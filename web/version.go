package web

import (
	"context"
	"sync"
	"time"
)

// DataVersioner is the optional part of a Store that tells when the
// stored data changed, whoever changed it: DataVersion returns a number
// that differs after any commit that changed documents or stories, by any
// process (sqlite.DB has it). With it the server empties its response
// cache when another process, such as marsad ingest, writes to the
// store, so that cached answers can live long (DefaultVersionedCacheTTL).
type DataVersioner interface {
	DataVersion(ctx context.Context) (int64, error)
}

// Defaults of the version check of a Server whose store is a
// DataVersioner.
const (
	DefaultVersionInterval   = time.Second      // Server.VersionInterval
	DefaultVersionedCacheTTL = 10 * time.Minute // Server.CacheTTL
)

// versionWatch asks the store for its data version at most once an
// interval, and empties the cache when it changed.
type versionWatch struct {
	store    DataVersioner
	interval time.Duration
	now      func() time.Time
	cache    *responseCache

	mu       sync.Mutex
	checking bool      // a request is asking the store
	known    bool      // version holds the last answer
	version  int64     // the data version the cache's answers may be of
	next     time.Time // the time of the next check
}

// check asks the store for its data version if the interval has passed
// since the last answer, and empties the cache when the version differs
// from the last one seen (or none was seen yet). One request at a time
// asks, the others go on at once: an answer cached before a write by
// another process is served for at most the interval after it, plus the
// time of one check. A failed check changes nothing and is tried again by
// the next request.
func (v *versionWatch) check(ctx context.Context) {
	now := v.now()
	v.mu.Lock()
	if v.checking || now.Before(v.next) {
		v.mu.Unlock()
		return
	}
	v.checking = true
	v.mu.Unlock()
	ver, err := v.store.DataVersion(ctx)
	v.mu.Lock()
	v.checking = false
	if err != nil {
		v.mu.Unlock()
		return
	}
	changed := !v.known || ver != v.version
	v.version, v.known, v.next = ver, true, now.Add(v.interval)
	v.mu.Unlock()
	if changed {
		v.cache.invalidate()
	}
}

package web

import (
	"context"
	"fmt"
	"hash/fnv"
	"strconv"
	"sync"
	"time"
)

// Defaults of the response cache of a Server.
const (
	DefaultCacheBytes = 64 << 20         // Server.CacheBytes
	DefaultCacheTTL   = 30 * time.Second // Server.CacheTTL
)

// computeTimeout bounds the computation of one cached answer, which runs
// detached from the request that started it (see responseCache.get).
const computeTimeout = 60 * time.Second

// responseCache is a bounded LRU of encoded answers, keyed by the canonical
// form of a request, with a byte budget and a time to live.
//
// Correctness rests on the generation: invalidate, called after every
// write the server makes, empties the cache and bumps the generation, and
// an answer whose computation started under an older generation is given
// to the requests that were already waiting for it but never stored, and
// never joined by later requests. So no answer computed before a write is
// served to a request that arrives after the write returned. Writes made
// by another process are only bounded by the time to live.
//
// Concurrent misses of one key share one computation (single flight),
// which runs in its own goroutine: a waiter whose request ends stops
// waiting without cancelling the others. An entry hit after its refresh
// time, somewhere from half to nine tenths of its life after the hash of
// its key so that entries made together do not all come due together, is
// recomputed in the background, so that popular answers do not expire in
// the foreground; it stays served until the new one replaces it or its
// time is up. One background computation runs at a time, so that
// refreshes never take more than one core from the requests.
//
// A responseCache is safe for concurrent use.
type responseCache struct {
	maxBytes int64         // the budget; answers above maxBytes/16 are not stored
	ttl      time.Duration // > 0
	now      func() time.Time

	mu      sync.Mutex
	gen     uint64
	size    int64
	entries map[string]*cacheEntry
	head    cacheEntry // sentinel of the LRU list: head.next is the most recent
	flights map[string]*flight
	refresh bool // a background computation is running
}

// cacheEntry is one stored answer. Its fields other than the list links
// are immutable once the entry is published.
type cacheEntry struct {
	key     string
	body    []byte
	etag    string    // a strong validator: the quoted hash of body
	refresh time.Time // from then on a hit starts a background recomputation
	expires time.Time

	prev, next *cacheEntry
}

// flight is one computation in progress.
type flight struct {
	gen  uint64
	done chan struct{}
	e    *cacheEntry // set before done is closed, on success
	err  error
}

// entryOverhead approximates the bytes an entry costs beyond its key and
// body.
const entryOverhead = 160

func newResponseCache(maxBytes int64, ttl time.Duration, now func() time.Time) *responseCache {
	c := &responseCache{maxBytes: maxBytes, ttl: ttl, now: now,
		entries: map[string]*cacheEntry{}, flights: map[string]*flight{}}
	c.head.next, c.head.prev = &c.head, &c.head
	return c
}

// get returns the answer stored under key, computing it with compute when
// it is absent or expired. compute gets a context detached from ctx (with
// ctx's values, without its cancellation, with a timeout), since the
// answer may serve other requests; get itself returns ctx's error when ctx
// ends first. A failed computation is not stored: its error goes to the
// requests that waited for it.
func (c *responseCache) get(ctx context.Context, key string, compute func(context.Context) ([]byte, error)) (*cacheEntry, error) {
	now := c.now()
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		if now.Before(e.expires) {
			c.moveToFront(e)
			if !c.refresh && now.After(e.refresh) {
				if _, busy := c.flights[key]; !busy {
					c.refresh = true
					c.start(ctx, key, compute, true)
				}
			}
			c.mu.Unlock()
			return e, nil
		}
		c.remove(e)
	}
	f, ok := c.flights[key]
	if !ok {
		f = c.start(ctx, key, compute, false)
	}
	c.mu.Unlock()
	select {
	case <-f.done:
		return f.e, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// start begins the computation of key under the current generation; a
// background one clears c.refresh when it ends. c.mu is held.
func (c *responseCache) start(ctx context.Context, key string, compute func(context.Context) ([]byte, error), background bool) *flight {
	f := &flight{gen: c.gen, done: make(chan struct{})}
	c.flights[key] = f
	go func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), computeTimeout)
		defer cancel()
		body, err := func() (body []byte, err error) {
			// The handler's recover does not reach this goroutine.
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("compute %q: panic: %v", key, v)
				}
			}()
			return compute(cctx)
		}()
		var e *cacheEntry
		if err == nil {
			now := c.now()
			e = &cacheEntry{key: key, body: body, etag: etagOf(body), expires: now.Add(c.ttl),
				refresh: now.Add(c.ttl/2 + time.Duration(float64(c.ttl)*0.4*keyFraction(key)))}
		}
		c.mu.Lock()
		if background {
			c.refresh = false
		}
		if c.flights[key] == f {
			delete(c.flights, key)
		}
		if e != nil && f.gen == c.gen {
			c.put(e)
		}
		c.mu.Unlock()
		f.e, f.err = e, err
		close(f.done)
	}()
	return f
}

// put stores e, replacing the entry of its key, and evicts the least
// recently used entries beyond the budget. c.mu is held.
func (c *responseCache) put(e *cacheEntry) {
	n := e.cost()
	if n > c.maxBytes/16 {
		return
	}
	if old, ok := c.entries[e.key]; ok {
		c.remove(old)
	}
	c.entries[e.key] = e
	e.prev, e.next = &c.head, c.head.next
	e.prev.next, e.next.prev = e, e
	c.size += n
	for c.size > c.maxBytes {
		c.remove(c.head.prev)
	}
}

func (c *responseCache) moveToFront(e *cacheEntry) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = &c.head, c.head.next
	e.prev.next, e.next.prev = e, e
}

// remove drops e from the cache. c.mu is held.
func (c *responseCache) remove(e *cacheEntry) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = nil, nil
	delete(c.entries, e.key)
	c.size -= e.cost()
}

func (e *cacheEntry) cost() int64 {
	return int64(len(e.key) + len(e.body) + len(e.etag) + entryOverhead)
}

// invalidate empties the cache and makes the computations in progress
// unstorable and unjoinable. The server calls it after every write.
func (c *responseCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.entries)
	clear(c.flights)
	c.head.next, c.head.prev = &c.head, &c.head
	c.size = 0
}

// stats reports the number of entries and their cost in bytes.
func (c *responseCache) stats() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.size
}

// keyFraction maps key to [0, 1) by its hash.
func keyFraction(key string) float64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return float64(h.Sum64()>>11) / (1 << 53)
}

// etagOf returns a strong entity tag for body: its quoted FNV-1a hash.
func etagOf(body []byte) string {
	h := fnv.New64a()
	h.Write(body)
	return `"` + strconv.FormatUint(h.Sum64(), 36) + `"`
}

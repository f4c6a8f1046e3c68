// Package web serves marsad over HTTP: a JSON API under /api/ and an
// Arabic, right-to-left web interface, both from one [Server]. Templates,
// styles, the small script and the OpenAPI document are embedded (ui/).
//
// # Seams
//
// The package imports only the standard library and the vocabulary of
// package marsad. It declares what it consumes: [Store], which every
// marsad.Store satisfies, and two functions given by the composition root —
// Server.Analyze (an article in, an analysed document out) for writes, and
// Server.HTMLText for writes that send HTML. It never imports storage or
// the analysis stages.
//
// # API
//
// GET /api/documents lists documents a page at a time (cursor "after",
// "next" in the answer); GET /api/documents/{id} returns one with its
// analysis, every annotation with its span into the text, and the id of
// its stored story ("story") when the store keeps stories; POST
// /api/documents analyses and stores one record (bearer token; 2 MiB);
// GET /api/search searches the text. Entities, events, timelines and dyads
// are computed on each request from the stored documents' Entities and
// Events, reading at most Server.MaxScan documents: the store has no tables
// for them yet. Stories come from the store when it is a
// [marsad.StoryReader] (package sqlite keeps the stories that ingest groups
// and fuses): GET /api/stories lists them a page at a time, newest first
// (cursor "after", filter "min_documents", default 2), GET
// /api/stories/{id} returns one with its documents and its fused events,
// each with its counts of sources, articles and mentions and every report
// of it; the document page links to its story. A store without stories has
// them computed from its documents, without fused events. GET /api/export streams everything as JSON
// Lines or the events as CSV. ui/openapi.json describes it all; a test
// holds it to the registered routes.
//
// Answers are compact JSON with a Content-Length.
//
// # Cache and admission
//
// The answers that cost a store search or a scan — GET /api/search and the
// computed views (entities, events, stories, timeline, dyads) — go through
// a response cache: an LRU of encoded answers within Server.CacheBytes (64
// MiB), keyed by the canonical request (the search text trimmed and its
// spaces collapsed, limit and offset as numbers; for the views the path and
// the sorted query). Concurrent requests for an answer not yet cached share
// one computation. Every write the server makes (POST /api/documents, the
// ingest page) empties the cache, and no computation begun before a write
// is stored or joined after it, so a cached answer never outlives a write
// of this server. When the store is a [DataVersioner] (package sqlite's DB
// is), the server asks it for its data version at most once a
// Server.VersionInterval (1 s), on the first cached request after it, and
// empties the cache when the version changed, so that writes by another
// process on the same store (marsad ingest) show within about a second, and
// answers live DefaultVersionedCacheTTL (10 min) by default. With another
// store they show after at most Server.CacheTTL (30 s by default). Popular
// answers are recomputed in the background, one at a time, from half to
// nine tenths of their life (after their key, so that answers cached
// together do not all come due together), so they do not expire in the
// foreground. Cached answers carry a strong ETag and "Cache-Control:
// no-cache", and If-None-Match gets 304. Documents are not cached: their
// ids are many and each answer is cheap next to a search; their answer,
// most of the API's bytes, is written by hand (appendDocument), byte for
// byte as encoding/json would write it, about 2.7 times faster. At most
// Server.SearchConcurrency store searches (GOMAXPROCS) and
// Server.ReadConcurrency document reads (twice GOMAXPROCS) run at once; the
// others queue in arrival order, so that a burst of searches does not
// starve the other requests of CPU, and so that requests do not pile up in
// the store's connection pool, which serves its waiters in random order and
// so gives some of them very long waits.
//
// Errors are always {"error": {"code": ..., "message": ...}}; statusOf is
// the one place where codes become HTTP statuses.
//
// # Security
//
// Without a token the server is read-only: a write answers 401 when it
// carries no token and 403 when it carries one.
// Tokens are compared in constant time; bodies are limited with
// http.MaxBytesReader; ids are checked before they reach the store; static
// files come from the embedded file system only. Pages are built with
// html/template; highlighted text is built by [Highlight], which escapes
// every piece of text it writes. Every answer carries a strict
// Content-Security-Policy (no inline script or style), nosniff and
// no-referrer.
//
// # Pages
//
// Every page is readable without JavaScript. Stable hooks for browser
// tests: the search box #q, results li.hit, entity marks mark.entity, the
// dyad chart svg.dyad-chart.
package web

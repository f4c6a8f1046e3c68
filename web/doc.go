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
// analysis, every annotation with its span into the text; POST
// /api/documents analyses and stores one record (bearer token; 2 MiB);
// GET /api/search searches the text. Entities, events, stories, timelines
// and dyads are computed on each request from the stored documents'
// Entities and Events, reading at most Server.MaxScan documents: the store
// has no tables for them yet. GET /api/export streams everything as JSON
// Lines or the events as CSV. ui/openapi.json describes it all; a test
// holds it to the registered routes.
//
// Errors are always {"error": {"code": ..., "message": ...}}; statusOf is
// the one place where codes become HTTP statuses.
//
// # Security
//
// Without a token the server is read-only and every write answers 403.
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

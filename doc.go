// Package marsad is the vocabulary of marsad (مرصد, "observatory"): a system
// that turns Arabic news reports into verifiable event data.
//
// # The pipeline
//
// A source reader (package ingest) turns a file, a directory, a JSON Lines
// record, an HTML page or a feed item into an [Article]: the text as
// published, with whatever metadata came with it. The cleaner (package clean)
// splits that text into a title, a dateline, body paragraphs and boilerplate
// lines, and fixes the publication date. Later stages fill the same
// [Document] with entities, events, quotes and figures. The store (package
// sqlite) keeps documents and searches them; package export writes them as
// the analysis records of the gold format.
//
// # Spans
//
// Every annotation carries a [Span]: byte offsets into [Article.Text], the
// text exactly as it was read. Normalisation produces matching keys only; it
// never rewrites the stored text, so every fact can be shown in the sentence
// that states it.
//
// # Dependencies
//
// This package imports only the standard library. Adapters are named after
// what they use (sqlite, search); cmd/marsad wires them together.
package marsad

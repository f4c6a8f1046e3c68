// Package ingest reads news reports from files, directories and URLs and
// turns them into *marsad.Article values, the input of the analysis.
//
// # Sources
//
// Read takes one target: a file, a directory (walked recursively in lexical
// order, hidden entries and clearly non-text files skipped) or an http(s)
// URL. A file's format comes from its extension (FormatOf), else from its
// first bytes (Sniff); a URL's from its Content-Type and the same sniffing.
// Four readers do the work and can be used on their own:
//
//   - ReadText: plain text; the decoded text is the article, untouched
//     apart from line ends. Title and date are left to the cleaner.
//   - ReadHTML: a web page; go-trafilatura finds the main content, written
//     one paragraph per line, and the page's metadata gives title, date and
//     outlet.
//   - ReadJSONL: JSON Lines records {id, url, outlet, title, published,
//     text | html}, streamed line by line.
//   - ReadFeed: RSS 1, RSS 2 and Atom via gofeed; each item's page is
//     fetched and read as HTML, falling back to the item's own content.
//
// # Text
//
// Decode turns bytes into UTF-8: UTF-8 with or without BOM, UTF-16 with a
// BOM or recognized by its NUL pattern, and windows-1256 Arabic. Article
// Text is exactly that decoded text with CRLF and CR turned into LF; every
// later Span points into it.
//
// # Identity
//
// An article's ID is the base name of its file without extension, a JSON
// record's id, or URLID of its URL (a short hash of the canonical URL), so
// reading the same input twice gives the same IDs.
//
// # Errors
//
// A failing input never stops reading: it is yielded as an *InputError
// naming the path, path:line or URL, wrapping a sentinel (ErrBinary,
// ErrEmpty, ErrTooLarge, ErrEncoding, ErrNoContent, ErrSyntax) where one
// applies. Inputs are bounded by Options.MaxSize and fetches by
// Options.Timeout; deeply nested HTML is flattened before parsing and
// panics in the third-party parsers are turned into errors.
package ingest

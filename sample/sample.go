// Package sample is the demo corpus bundled with marsad: short Arabic news
// reports written for the project (not taken from any outlet), embedded in
// the binary so that `marsad demo` and the tests run without any download.
//
// The corpus mixes the formats the readers of package ingest accept: plain
// text scrapes (.txt, headline on the first line), HTML pages (.html), one
// RSS 2.0 feed (.xml) and one JSON Lines file (.jsonl). Several events are
// reported by two or three fictional outlets, with agreeing figures, one
// conflicting figure and one near-duplicate wire copy, so that story
// clustering and cross-source fusion have something to find. MANIFEST.tsv
// lists every document; [Manifest] parses it.
//
// The text is released under CC0 1.0. Events, dates and figures are
// illustrative, not real reporting.
package sample

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

//go:embed corpus
var files embed.FS

// ManifestFile is the name of the manifest inside [FS].
const ManifestFile = "MANIFEST.tsv"

// FS returns the corpus as a read-only file system rooted at the corpus
// folder: documents and MANIFEST.tsv sit at its top level. It is safe for
// concurrent use.
func FS() fs.FS {
	sub, err := fs.Sub(files, "corpus")
	if err != nil {
		// fs.Sub fails only on an invalid path, and "corpus" is valid.
		panic(err)
	}
	return sub
}

// Entry is one line of the manifest: one document of the corpus.
type Entry struct {
	File      string // file name in [FS]; a feed or JSONL file holds several documents
	ID        string // base name without extension, or the item or record id
	Outlet    string // the (fictional) outlet that published it
	Published string // publication date, YYYY-MM-DD
	Story     string // key shared by all documents that report the same event
	Note      string // the features the document carries, for test authors
}

// manifestFields is the number of tab-separated fields of a manifest line.
const manifestFields = 6

// Manifest returns the entries of MANIFEST.tsv in file order. The header
// line (starting with "file\t") and blank lines are skipped; a line with the
// wrong number of fields or an empty file, id or story is an error.
func Manifest() ([]Entry, error) {
	data, err := fs.ReadFile(FS(), ManifestFile)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	return parseManifest(data)
}

func parseManifest(data []byte) ([]Entry, error) {
	var entries []Entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || (n == 1 && strings.HasPrefix(line, "file\t")) {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != manifestFields {
			return nil, fmt.Errorf("manifest line %d: got %d fields, want %d", n, len(f), manifestFields)
		}
		e := Entry{File: f[0], ID: f[1], Outlet: f[2], Published: f[3], Story: f[4], Note: f[5]}
		if e.File == "" || e.ID == "" || e.Story == "" {
			return nil, fmt.Errorf("manifest line %d: empty file, id or story", n)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	return entries, nil
}

// CopyTo copies the corpus, manifest included, into dir, for readers that
// take paths. It creates dir if needed and fails, without overwriting, if a
// file of the corpus already exists there.
func CopyTo(dir string) error {
	if err := os.CopyFS(dir, FS()); err != nil {
		return fmt.Errorf("copy sample corpus: %w", err)
	}
	return nil
}

package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base shipped with the binary, parsed once
// from the embedded files under data/ (countries, regions, cities, people,
// organisations, roles). The result is shared: callers that add records
// must Merge it into a New KB of their own. Default panics only when the
// embedded data is malformed, which TestData_Valid catches at build time.
func Default() *KB {
	defaultOnce.Do(func() {
		kb, err := loadFS(dataFS, "data")
		if err != nil {
			panic(err)
		}
		defaultKB = kb
	})
	return defaultKB
}

// dataFiles is the load order: countries before the records that refer
// to their codes, so that a later record's alias never precedes the
// canonical holder of a name.
var dataFiles = []string{"countries.tsv", "regions.tsv", "cities.tsv", "places.tsv", "organisations.tsv", "bodies.tsv", "people.tsv", "events.tsv", "roles.tsv"}

func loadFS(fsys fs.FS, dir string) (*KB, error) {
	kb := New()
	for _, name := range dataFiles {
		f, err := fsys.Open(dir + "/" + name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: open %s: %w", name, err)
		}
		err = kb.Read(f, FormatTSV)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", name, err)
		}
	}
	return kb, nil
}

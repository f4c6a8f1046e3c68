// Package shared finds the project's shared test material (../shared beside
// the repository: seeds, gold, public data) for tests.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the path of the shared folder, looking upward from the
// working directory for a sibling named "shared" with a seeds folder. When
// it is absent the test is skipped, or fails when CI=true.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := find(); d != "" {
		return d
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("../shared is absent (looked upward from the working directory); CI=true requires it")
	}
	tb.Skip("skipping: ../shared (seeds, gold, data) is not beside the repository")
	return ""
}

// Path returns a path inside the shared folder, as Dir does.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	return filepath.Join(append([]string{Dir(tb)}, elem...)...)
}

func find() string {
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		cand := filepath.Join(dir, "..", "shared")
		if st, err := os.Stat(filepath.Join(cand, "seeds")); err == nil && st.IsDir() {
			abs, _ := filepath.Abs(cand)
			return abs
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

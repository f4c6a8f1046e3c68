package marsad_test

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/marsad-project/marsad"

// TestImportRules holds the package graph to the layout: the vocabulary and
// the text layer use the standard library only; storage, search and export
// never import the NLP stages, and the stages never import storage.
func TestImportRules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command("go", "list", "-e", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	type pkg struct {
		ImportPath string
		Imports    []string
	}
	imports := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		imports[strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")] = p.Imports
	}
	nlp := []string{"arabic", "clean", "timex", "entity", "event", "quote", "figure", "gazetteer"}
	storage := []string{"sqlite", "postgres", "web", "storetest", "inmem", "nats"}
	rules := []struct {
		pkg    string
		banned func(imp string) bool
		why    string
	}{
		{"", func(imp string) bool { return strings.Contains(imp, ".") }, "the root package imports only the standard library"},
		{"arabic", func(imp string) bool { return strings.Contains(imp, ".") }, "arabic is a leaf: standard library only"},
	}
	for _, s := range storage {
		rules = append(rules, struct {
			pkg    string
			banned func(string) bool
			why    string
		}{s, func(imp string) bool { return hasAny(imp, nlp) }, "storage and web never import NLP packages"})
	}
	for _, s := range nlp {
		rules = append(rules, struct {
			pkg    string
			banned func(string) bool
			why    string
		}{s, func(imp string) bool { return hasAny(imp, storage) || imp == module+"/cmd/marsad" }, "NLP packages never import storage or web"})
	}
	for _, r := range rules {
		for _, imp := range imports[r.pkg] {
			if r.banned(imp) {
				t.Errorf("package %q imports %s: %s", r.pkg, imp, r.why)
			}
		}
	}
}

func hasAny(imp string, pkgs []string) bool {
	for _, p := range pkgs {
		if imp == module+"/"+p {
			return true
		}
	}
	return false
}

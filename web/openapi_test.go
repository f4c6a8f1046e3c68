package web

import (
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPI_Routes checks the OpenAPI document against the routes the
// server registers: every API route is in the document with its method,
// every operation of the document is a route, and the server's mux sends
// a request for each operation to that route.
func TestOpenAPI_Routes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi: got %q, want 3.x", doc.OpenAPI)
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	s, _ := mustServer(t)
	s.Handler()
	var registered []string
	for _, r := range s.routes() {
		if strings.HasPrefix(r.path, "/api/") {
			registered = append(registered, r.method+" "+r.path)
		}
	}
	slices.Sort(documented)
	slices.Sort(registered)
	for _, r := range registered {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for _, d := range documented {
		if !slices.Contains(registered, d) {
			t.Errorf("openapi.json documents %s, which the server does not register", d)
		}
		// The mux must route a request for the operation to the same
		// pattern: a path parameter becomes a sample value.
		method, p, _ := strings.Cut(d, " ")
		target := p
		for strings.Contains(target, "{") {
			i, j := strings.Index(target, "{"), strings.Index(target, "}")
			target = target[:i] + "x1" + target[j+1:]
		}
		_, pattern := s.mux.Handler(httptest.NewRequest(method, target, nil))
		if pattern != d {
			t.Errorf("%s %s: the mux routes it to %q, want %q", method, target, pattern, d)
		}
	}
}

// TestOpenAPI_Served checks that the document is served as JSON.
func TestOpenAPI_Served(t *testing.T) {
	s, _ := mustServer(t)
	w := do(t, s.Handler(), "GET", "/api/openapi.json", nil)
	if v := decode(t, w); v["openapi"] == nil {
		t.Errorf("GET /api/openapi.json: got %s, want the OpenAPI document", w.Body)
	}
}

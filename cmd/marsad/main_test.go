package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/shared"
	"github.com/marsad-project/marsad/sample"
)

// run executes a marsad command line in a fresh Main and returns its
// standard output, standard error and error.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

// records parses JSON Lines into generic objects.
func records(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		out = append(out, r)
	}
	return out
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const report = `وزير الخارجية يلتقي نظيره في العاصمة

التقى وزير الخارجية أمس نظيره في العاصمة لبحث العلاقات الثنائية بين البلدين وسبل تعزيزها في مجالات التجارة والطاقة.
وقال الوزير إن الجانبين اتفقا على مواصلة التشاور حول القضايا الإقليمية خلال الأشهر المقبلة.
اقرأ أيضا: ارتفاع أسعار النفط في الأسواق العالمية
`

func TestAnalyze_SeedsMatchFormat(t *testing.T) {
	seeds := shared.Path(t, "seeds")
	out, stderr, err := run(t, "analyze", seeds)
	if err != nil {
		t.Fatalf("analyze: %v\n%s", err, stderr)
	}
	var recs []map[string]any
	stories := 0
	for _, r := range records(t, out) {
		if _, ok := r["story"]; ok {
			stories++
			continue
		}
		recs = append(recs, r)
	}
	if len(recs) != 5 || stories == 0 {
		t.Fatalf("got %d document records and %d stories, want 5 documents then their stories", len(recs), stories)
	}
	for _, r := range recs {
		for _, k := range []string{"id", "title", "published", "published_range", "boilerplate", "entities", "events", "quotes", "figures"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record %v lacks field %q", r["id"], k)
			}
		}
	}
}

// TestEval_Seeds holds the scores reached on the seeds: a drop fails.
func TestEval_Seeds(t *testing.T) {
	seeds := shared.Path(t, "seeds")
	gold := shared.Path(t, "gold", "seeds.gold.json")
	out, stderr, err := run(t, "eval", "--json", "--gold", gold, seeds)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	var got struct {
		Boilerplate struct{ F1 float64 } `json:"boilerplate"`
		Entities    struct{ F1 float64 } `json:"entities"`
		Events      struct{ F1 float64 } `json:"events"`
		Quotes      struct{ F1 float64 } `json:"quotes"`
		Figures     struct{ F1 float64 } `json:"figures"`
		Stories     struct{ F1 float64 } `json:"stories"`
		Published   struct{ Agree, Of int }
		EventDates  struct{ Agree, Of int } `json:"event_dates"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval --json output %q: %v", out, err)
	}
	t.Logf("seeds: boilerplate F1 %.3f, entities F1 %.3f, published %d/%d", got.Boilerplate.F1, got.Entities.F1, got.Published.Agree, got.Published.Of)
	t.Logf("seeds: events F1 %.3f, quotes F1 %.3f", got.Events.F1, got.Quotes.F1)
	t.Logf("seeds: figures F1 %.3f, stories F1 %.3f", got.Figures.F1, got.Stories.F1)
	if got.Stories.F1 < minStoryF1 {
		t.Errorf("story F1 = %.3f, want ≥ %.3f", got.Stories.F1, minStoryF1)
	}
	if got.Figures.F1 < minFigureF1 {
		t.Errorf("figure F1 = %.3f, want ≥ %.3f", got.Figures.F1, minFigureF1)
	}
	if got.Quotes.F1 < minQuoteF1 {
		t.Errorf("quote F1 = %.3f, want ≥ %.3f", got.Quotes.F1, minQuoteF1)
	}
	if got.Events.F1 < minEventF1 {
		t.Errorf("event F1 = %.3f, want ≥ %.3f", got.Events.F1, minEventF1)
	}
	if got.Entities.F1 < minEntityF1 {
		t.Errorf("entity F1 = %.3f, want ≥ %.3f", got.Entities.F1, minEntityF1)
	}
	if got.Boilerplate.F1 < minBoilerplateF1 {
		t.Errorf("boilerplate F1 = %.3f, want ≥ %.3f", got.Boilerplate.F1, minBoilerplateF1)
	}
	if got.EventDates.Of == 0 || float64(got.EventDates.Agree) < minEventDates*float64(got.EventDates.Of) {
		t.Errorf("event dates agree %d/%d, want ≥ %.0f%%", got.EventDates.Agree, got.EventDates.Of, 100*minEventDates)
	}
	if got.Published.Agree < minPublished {
		t.Errorf("published dates agree %d/%d, want ≥ %d", got.Published.Agree, got.Published.Of, minPublished)
	}
}

func TestIngest_IdempotentAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	in := writeFile(t, filepath.Join(dir, "in", "r1.txt"), report)
	out, stderr, err := run(t, "ingest", "--db", db, in)
	if err != nil || !strings.Contains(out, "1 new") {
		t.Fatalf("first ingest: got %q, %v, %s; want 1 new", out, err, stderr)
	}
	out, _, err = run(t, "ingest", "--db", db, in)
	if err != nil || !strings.Contains(out, "1 unchanged") {
		t.Fatalf("second ingest: got %q, %v; want 1 unchanged", out, err)
	}
	writeFile(t, in, report+"\nوأضاف أن الزيارة المقبلة ستكون في الربيع.\n")
	out, _, err = run(t, "ingest", "--db", db, in)
	if err != nil || !strings.Contains(out, "1 updated") {
		t.Fatalf("changed ingest: got %q, %v; want 1 updated", out, err)
	}
	exported, _, err := run(t, "export", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	analyzed, _, err := run(t, "analyze", in)
	if err != nil {
		t.Fatal(err)
	}
	if exported != analyzed {
		t.Errorf("export differs from analyze:\nexport:  %s\nanalyze: %s", exported, analyzed)
	}
	recs := records(t, exported)
	if len(recs) != 1 || recs[0]["id"] != "r1" {
		t.Fatalf("export: got %v, want one record r1", recs)
	}
	if bp, _ := recs[0]["boilerplate"].([]any); len(bp) != 1 {
		t.Errorf("boilerplate: got %v, want the teaser line", recs[0]["boilerplate"])
	}
	hits, _, err := run(t, "search", "--db", db, "--json", "بالعاصمة")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(hits, `"r1"`) {
		t.Errorf("search بالعاصمة: got %s, want r1 (its text has العاصمة)", hits)
	}
}

func TestIngest_BadInputsAreReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "good.txt"), report)
	writeFile(t, filepath.Join(in, "empty.txt"), "")
	writeFile(t, filepath.Join(in, "binary.txt"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	writeFile(t, filepath.Join(in, "bad.jsonl"), "{\"id\": \"ok1\", \"text\": \"نص قصير عن الاجتماع الوزاري في العاصمة.\"}\nnot json\n")
	writeFile(t, filepath.Join(in, "nested.html"), "<html><body>"+strings.Repeat("<div>", 10000)+"نص"+strings.Repeat("</div>", 10000)+"</body></html>")
	big := filepath.Join(in, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, stderr, err := run(t, "ingest", "--db", filepath.Join(dir, "m.db"), in)
	if err == nil {
		t.Errorf("ingest with bad inputs: got no error, want a failing exit status")
	}
	for _, name := range []string{"empty.txt", "binary.txt", "bad.jsonl:2", "big.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	// The good text, the good JSON record and the deeply nested page (its
	// nesting flattened, its text kept) are stored; the four others fail.
	if !strings.Contains(out, "3 new, 0 updated, 0 unchanged, 4 failed") {
		t.Errorf("got %q, want 3 new and 4 failed", out)
	}
}

func TestRun_BadUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"NoArgs", []string{"analyze"}},
		{"BadDate", []string{"analyze", "--published", "yesterday", "x"}},
		{"BadFormat", []string{"export", "--format", "xml", "--db", filepath.Join(t.TempDir(), "x.db")}},
		{"EvalWithoutGold", []string{"eval", "x"}},
		{"UnknownFlag", []string{"ingest", "--nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := run(t, tt.args...)
			if err == nil {
				t.Fatalf("%v: got no error", tt.args)
			}
			if strings.TrimSpace(stderr) == "" {
				t.Errorf("%v: printed no error", tt.args)
			}
		})
	}
}

func TestDemo(t *testing.T) {
	out, stderr, err := run(t, "demo", "--serve=false")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "0 failed") {
		t.Errorf("demo output lacks the ingest summary with no failure:\n%s", out)
	}
}

func TestNER_CoNLL(t *testing.T) {
	in := writeFile(t, filepath.Join(t.TempDir(), "in.txt"), "التقى O\nالرئيس O\nعبد O\nالفتاح O\nالسيسي O\nفي O\nالقاهرة O\n. O\n\nوصل O\n")
	out, stderr, err := run(t, "ner", "--conll", in)
	if err != nil {
		t.Fatalf("ner: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 10 {
		t.Fatalf("got %d lines, want one a line of input (10):\n%s", len(lines), out)
	}
	if lines[6] != "القاهرة B-LOC" {
		t.Errorf("line 7: got %q, want %q", lines[6], "القاهرة B-LOC")
	}
	if lines[8] != "" {
		t.Errorf("line 9: got %q, want the blank line kept", lines[8])
	}
}

func TestBench_Small(t *testing.T) {
	out, stderr, err := run(t, "bench", "--articles", "40", "--queries", "10", "--json")
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr)
	}
	var res BenchResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("bench --json: %v\n%s", err, out)
	}
	if res.Articles != 40 || res.AnalyzePerSec <= 0 || res.IngestSeconds <= 0 || res.ArticleBytes < 4000 {
		t.Errorf("got %+v, want 40 articles of about 5 KB analysed and ingested", res)
	}
}

func TestEntities_KnowledgeBaseAndStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	in := writeFile(t, filepath.Join(dir, "r.txt"), "أنقرة تستضيف محادثات\n\nاستقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس وزير الخارجية المصري، وبحث الجانبان العلاقات الثنائية.\n")
	if _, stderr, err := run(t, "ingest", "--db", db, "--published", "2025-06-01", in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out, stderr, err := run(t, "entities", "--db", db, "--json", "أردوغان")
	if err != nil {
		t.Fatalf("entities: %v\n%s", err, stderr)
	}
	var r EntityReport
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &r); err != nil {
		t.Fatalf("entities --json: %v\n%s", err, out)
	}
	if r.Code != "TUR" || r.Type != "PERSON" || len(r.Documents) != 1 || r.Documents[0] != "r" {
		t.Errorf("got %+v, want Erdoğan (TUR) mentioned in document r", r)
	}
	if _, _, err := run(t, "entities", "--db", db, "لاشيءبهذاالاسم"); err == nil {
		t.Errorf("an unknown name: got no error")
	}
}

func TestEventFilter_Match(t *testing.T) {
	ev := marsad.Event{SourceCode: "CHN", TargetCode: "RUS", Type: "CONSULT", Modality: marsad.Asserted,
		Date: marsad.Date{Time: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionMonth}}
	tests := []struct {
		name string
		f    EventFilter
		want bool
	}{
		{"NoFilter", EventFilter{}, true},
		{"Dyad", EventFilter{Actors: []marsad.ActorCode{"CHN", "RUS"}}, true},
		{"OtherActor", EventFilter{Actors: []marsad.ActorCode{"USA"}}, false},
		{"Type", EventFilter{Type: "ACCUSE"}, false},
		{"Modality", EventFilter{Modality: marsad.Planned}, false},
		{"InRangeAtPrecision", EventFilter{From: "2025-09-15", To: "2025-12-31"}, true},
		{"BeforeRange", EventFilter{From: "2025-10"}, false},
		{"AfterRange", EventFilter{To: "2024"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Match(&ev); got != tt.want {
				t.Errorf("%+v.Match = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
}

// TestServe_SeedsAndHostile serves a store holding the seeds and a hostile
// document on loopback, as a user would run marsad serve.
func TestServe_SeedsAndHostile(t *testing.T) {
	seeds := shared.Path(t, "seeds")
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	hostile := writeFile(t, filepath.Join(dir, "hostile.txt"), "<script>alert('x')</script> عنوان خبيث\n\nنص يحتوي على <script>alert(1)</script> في وسط الخبر عن بوتين.\n")
	if _, stderr, err := run(t, "ingest", "--db", db, seeds, hostile); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	m := &Main{Stdout: io.Discard, Stderr: io.Discard, DBPath: db, LogLevel: "error"}
	if err := m.setupLogging(); err != nil {
		t.Fatal(err)
	}
	store, err := m.openStore()
	if err != nil {
		t.Fatal(err)
	}
	go func() { done <- m.serve(ctx, store, ln, serveOptions{token: "secret"}) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		m.Close()
	})
	base := "http://" + ln.Addr().String()
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/api/openapi.json"); code != 200 || !json.Valid([]byte(body)) {
		t.Errorf("/api/openapi.json: got %d, valid JSON %v", code, json.Valid([]byte(body)))
	}
	if code, body := get("/api/search?q=" + url.QueryEscape("بوتين")); code != 200 || !strings.Contains(body, "001_c35dd770e33fb744") {
		t.Errorf("/api/search?q=بوتين: got %d, want 001_c35dd770e33fb744 among %s", code, clip(body, 300))
	}
	code, body := get("/")
	if code != 200 || !strings.Contains(body, `<html dir="rtl" lang="ar">`) {
		t.Errorf("/: got %d, want a right-to-left Arabic page", code)
	}
	for _, path := range []string{"/", "/search?q=" + url.QueryEscape("خبيث"), "/documents/hostile", "/api/documents/hostile"} {
		if _, body := get(path); strings.Contains(body, "<script>alert") {
			t.Errorf("%s: the hostile <script> reached the page unescaped", path)
		}
	}
	resp, err := http.Post(base+"/api/documents", "application/json", strings.NewReader(`{"id":"x","text":"نص"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST /api/documents without a token: got %d, want 401", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", base+"/api/documents", strings.NewReader(`{"id":"posted","text":"التقى وزير الخارجية المصري نظيره التركي في أنقرة أمس."}`))
	req.Header.Set("Authorization", "Bearer secret")
	req.Header.Set("Content-Type", "application/json")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("POST /api/documents with the token: got %d, want 201", resp.StatusCode)
	}
}

func TestTimelineAndDyad_SampleCorpus(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := sample.CopyTo(corpus); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "m.db")
	if _, stderr, err := run(t, "ingest", "--no-fetch", "--db", db, corpus); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out, stderr, err := run(t, "timeline", "--db", db, "--json", "--actor", "SAU", "--actor", "IRN")
	if err != nil {
		t.Fatalf("timeline: %v\n%s", err, stderr)
	}
	lines := records(t, out)
	if len(lines) == 0 {
		t.Fatalf("timeline SAU IRN: got no events; the sample corpus reports their meeting in Muscat")
	}
	multi := false
	for _, l := range lines {
		if n, _ := l["NumArticles"].(float64); n >= 2 {
			multi = true
		}
	}
	if !multi {
		t.Errorf("timeline SAU IRN: no event fused from two or more articles; the corpus tells the meeting three times:\n%s", clip(out, 600))
	}
	out, stderr, err = run(t, "dyad", "--db", db, "--json", "SAU", "IRN")
	if err != nil {
		t.Fatalf("dyad: %v\n%s", err, stderr)
	}
	var months []map[string]any
	if err := json.Unmarshal([]byte(out), &months); err != nil || len(months) == 0 {
		t.Errorf("dyad SAU IRN: got %q (%v), want months", out, err)
	}
	if _, _, err := run(t, "timeline", "--db", db, "--actor", "SAU"); err == nil {
		t.Errorf("timeline with one actor: got no error")
	}
}

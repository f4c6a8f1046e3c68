package browsertest

import (
	"cmp"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/sample"
	"github.com/marsad-project/marsad/search"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/marsad-project/marsad/web"
)

// stepTimeout bounds every browser step, so that a hung browser fails the
// test instead of stalling it.
const stepTimeout = 30 * time.Second

// searchQuery is typed into the search box: a common word of Arabic
// political news that the sample corpus has in several documents.
const searchQuery = "وزير"

// TestPages loads the main pages of the web interface in Chromium and
// checks what a reader sees on each, saving a screenshot of each page.
func TestPages(t *testing.T) {
	chromium := chromiumPath(t)
	docs, db := newStore(t)
	srv, bad := newServer(t, db)
	out := outputDir(t)
	ctx := newBrowser(t, chromium)
	exceptions := watchExceptions(t, ctx)

	shoot := func(t *testing.T, name string) {
		t.Helper()
		png := do(t, ctx, "screenshot "+name, chromedp.FullScreenshot(100))
		path := filepath.Join(out, name+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Errorf("write screenshot: %v", err)
			return
		}
		t.Logf("screenshot: %s", path)
	}

	t.Run("home", func(t *testing.T) {
		run(t, ctx, "open /", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
		root := do(t, ctx, "read <html>", chromedp.Evaluate[struct {
			Dir, Lang, Title string
			Docs             int
		}](`({dir: document.documentElement.dir, lang: document.documentElement.lang,
		      title: document.title, docs: document.querySelectorAll("li.doc").length})`))
		if root.Dir != "rtl" || root.Lang != "ar" {
			t.Errorf(`got <html dir=%q lang=%q>, want dir="rtl" lang="ar"`, root.Dir, root.Lang)
		}
		if !strings.Contains(root.Title, "مرصد") {
			t.Errorf("got title %q, want it to name مرصد", root.Title)
		}
		if want := min(20, len(docs)); root.Docs != want {
			t.Errorf("got %d latest documents listed, want %d", root.Docs, want)
		}
		checkNoOverflow(t, ctx)
		shoot(t, "home")
	})

	t.Run("search", func(t *testing.T) {
		run(t, ctx, "open /", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
		run(t, ctx, "type and submit a query",
			chromedp.SendKeys(chromedp.CSS("#q"), searchQuery),
			chromedp.Submit(chromedp.CSS("#q")),
			chromedp.WaitVisible(chromedp.CSS("main p.summary")))
		res := do(t, ctx, "read the results", chromedp.Evaluate[struct {
			URL, Value   string
			Hits, Marked int
			MarkText     []string
		}](`({url: location.href, value: document.querySelector("#q").value,
		      hits: document.querySelectorAll("li.hit").length,
		      marked: document.querySelectorAll("li.hit:has(.snippet mark)").length,
		      markText: [...document.querySelectorAll("li.hit .snippet mark")].map(m => m.textContent)})`))
		if u, err := url.Parse(res.URL); err != nil || u.Path != "/search" || u.Query().Get("q") != searchQuery {
			t.Errorf("got location %s, want /search?q=%s", res.URL, searchQuery)
		}
		if res.Value != searchQuery {
			t.Errorf("got search box value %q on the results page, want %q", res.Value, searchQuery)
		}
		if res.Hits == 0 {
			t.Fatalf("got no li.hit for %q, want some", searchQuery)
		}
		if res.Marked != res.Hits {
			t.Errorf("got %d of %d hits with a <mark> in the snippet, want all", res.Marked, res.Hits)
		}
		for _, m := range res.MarkText {
			if !strings.Contains(m, searchQuery) {
				t.Errorf("got highlight %q, want it to contain %q", m, searchQuery)
			}
		}
		checkNoOverflow(t, ctx)
		shoot(t, "search")
	})

	t.Run("document", func(t *testing.T) {
		run(t, ctx, "open the search results",
			chromedp.Navigate(srv.URL+"/search?q="+url.QueryEscape(searchQuery)),
			chromedp.WaitVisible(chromedp.CSS("li.hit a.doc-title")))
		href := do(t, ctx, "read the first hit's link",
			chromedp.Evaluate[string](`document.querySelector("li.hit a.doc-title").getAttribute("href")`))
		run(t, ctx, "click the first hit",
			chromedp.Click(chromedp.CSS("li.hit a.doc-title"), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.CSS("article.document .body")))
		res := do(t, ctx, "read the document", chromedp.Evaluate[struct {
			Path     string
			Entities int
			Title    string
		}](`({path: location.pathname, title: document.querySelector("article.document h1").textContent,
		      entities: document.querySelectorAll("article.document .body mark.entity").length})`))
		if res.Path != href {
			t.Errorf("got location %s after the click, want %s", res.Path, href)
		}
		if strings.TrimSpace(res.Title) == "" {
			t.Error("got an empty document title, want one")
		}
		// The legend has a mark.entity of its own: count those of the body.
		if res.Entities == 0 {
			t.Errorf("got no mark.entity in the body of %s, want at least one", href)
		}
		checkNoOverflow(t, ctx)
		shoot(t, "document")
	})

	t.Run("dyad", func(t *testing.T) {
		a, b, n := busiestDyad(docs)
		if n == 0 {
			t.Fatal("got no event with two coded actors in the sample corpus, want some")
		}
		path := "/dyads/" + url.PathEscape(a) + "/" + url.PathEscape(b)
		run(t, ctx, "open "+path, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(chromedp.CSS("svg.dyad-chart")))
		res := do(t, ctx, "read the chart", chromedp.Evaluate[struct {
			Bars, Rows, Width int
		}](`({bars: document.querySelectorAll("svg.dyad-chart rect").length,
		      rows: document.querySelectorAll("table.events tbody tr").length,
		      width: Math.round(document.querySelector("svg.dyad-chart").getBoundingClientRect().width)})`))
		t.Logf("dyad %s–%s: %d events stored, %d rows, %d bars", a, b, n, res.Rows, res.Bars)
		if res.Bars == 0 {
			t.Errorf("got no rect in svg.dyad-chart of %s, want at least one", path)
		}
		if res.Rows != n {
			t.Errorf("got %d event rows on %s, want %d", res.Rows, path, n)
		}
		if res.Width == 0 {
			t.Errorf("got a chart 0 px wide, want it drawn")
		}
		checkNoOverflow(t, ctx)
		shoot(t, "dyad")
	})

	t.Run("ingest", func(t *testing.T) {
		run(t, ctx, "open /ingest", chromedp.Navigate(srv.URL+"/ingest"),
			chromedp.WaitVisible(chromedp.CSS("form.ingest textarea#text")))
		res := do(t, ctx, "read the form", chromedp.Evaluate[struct {
			Notice bool
			Action string
		}](`({notice: !!document.querySelector("p.notice"),
		      action: document.querySelector("form.ingest").getAttribute("action")})`))
		if !res.Notice {
			t.Error("got no read-only notice on a server without a token, want one")
		}
		if res.Action != "/ingest" {
			t.Errorf("got form action %q, want /ingest", res.Action)
		}
		checkNoOverflow(t, ctx)
		shoot(t, "ingest")
	})

	for _, e := range exceptions() {
		t.Errorf("uncaught script error: %s", e)
	}
	for _, b := range bad() {
		t.Errorf("failed request: %s", b)
	}
}

// chromiumPath returns the browser to drive: $CHROMIUM, /usr/bin/chromium,
// or chromium or chromium-browser on PATH. Without one it skips the test,
// or fails it when CI=true, where the browser is installed.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			t.Fatalf("CHROMIUM=%s: %v", p, err)
		}
		return path
	}
	for _, p := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	const msg = "no Chromium found: install it (apt-get install -y chromium) or set CHROMIUM to its path"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true needs the browser tests)")
	}
	t.Skip(msg)
	return ""
}

// newStore analyses the sample corpus as `marsad demo` does and stores it
// in a fresh SQLite database, closed when the test ends.
func newStore(t *testing.T) ([]*marsad.Document, *sqlite.DB) {
	t.Helper()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := sample.CopyTo(corpus); err != nil {
		t.Fatalf("copy the sample corpus: %v", err)
	}
	opt := ingest.DefaultOptions()
	opt.FetchItems = false // the sample feed's links point nowhere
	var arts []*marsad.Article
	for a, err := range ingest.Read(t.Context(), corpus, opt) {
		if err != nil {
			t.Fatalf("read the sample corpus: %v", err)
		}
		arts = append(arts, a)
	}
	p := analysis.New(nil, marsad.Date{})
	for _, a := range arts {
		p.Observe(a)
	}
	docs := make([]*marsad.Document, len(arts))
	for i, a := range arts {
		docs[i] = p.Analyze(a)
	}
	db := sqlite.NewDB(filepath.Join(dir, "marsad.db"))
	db.Analyzer = search.Arabic{}
	if err := db.Open(); err != nil {
		t.Fatalf("open the store: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close the store: %v", err)
		}
	})
	if _, err := db.PutDocuments(t.Context(), docs); err != nil {
		t.Fatalf("store the sample corpus: %v", err)
	}
	return docs, db
}

// newServer serves the web interface of db on loopback. bad returns the
// requests that were answered with a 4xx or 5xx status, except the
// favicon that browsers ask for on their own.
func newServer(t *testing.T, db *sqlite.DB) (srv *httptest.Server, bad func() []string) {
	t.Helper()
	h := web.NewServer(db).Handler()
	var mu sync.Mutex
	var failed []string
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		if sw.status >= 400 && r.URL.Path != "/favicon.ico" {
			mu.Lock()
			failed = append(failed, r.Method+" "+r.URL.String()+": "+http.StatusText(sw.status))
			mu.Unlock()
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(failed)
	}
}

// statusWriter records the status of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

// outputDir returns the folder for screenshots: $MARSAD_TEST_OUTPUT, or
// marsad-browsertest under the temporary folder. It is kept after the test.
func outputDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("MARSAD_TEST_OUTPUT")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "marsad-browsertest")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("screenshot folder: %v", err)
	}
	t.Logf("screenshots under %s", dir)
	return dir
}

// newBrowser starts a headless Chromium with a fresh profile and returns
// the context of its first tab. The browser is stopped when the test ends.
func newBrowser(t *testing.T, chromium string) context.Context {
	t.Helper()
	profile := t.TempDir()
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	// Cleanups run last first: the browser stops before its profile goes.
	t.Cleanup(cancelAlloc)
	t.Cleanup(cancelTab)
	// The first action starts the browser and binds its life to the context
	// it is given, so it runs without a deadline; a timer kills a browser
	// that does not answer in time.
	timer := time.AfterFunc(stepTimeout, cancelAlloc)
	err := chromedp.Do(ctx)
	if !timer.Stop() {
		t.Fatalf("start Chromium %s: no answer within %v (%v)", chromium, stepTimeout, err)
	}
	if err != nil {
		t.Fatalf("start Chromium %s: %v", chromium, err)
	}
	return ctx
}

// watchExceptions collects the scripts' uncaught exceptions in ctx's tab
// until the returned function is called, which returns them.
func watchExceptions(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	msgs := chromedp.Console(ctx)
	var got []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() {
				got = append(got, m.Text+" at "+m.URL)
			}
		}
	}()
	var once sync.Once
	stop := func() []string {
		once.Do(func() {
			cancel()
			<-done
		})
		return got
	}
	t.Cleanup(func() { stop() })
	return stop
}

// run does the steps in ctx's tab within stepTimeout, failing t now on an
// error.
func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// do runs a within stepTimeout and returns its value, failing t now on an
// error.
func do[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// checkNoOverflow fails t when the page is wider than the window: content
// that pushes a right-to-left page sideways makes it scroll horizontally.
func checkNoOverflow(t *testing.T, ctx context.Context) {
	t.Helper()
	w := do(t, ctx, "measure the page", chromedp.Evaluate[struct{ Scroll, Client int }](
		`({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})`))
	if w.Scroll > w.Client {
		t.Errorf("got a page %d px wide in a %d px window, want no horizontal scrolling", w.Scroll, w.Client)
	}
}

// busiestDyad returns the pair of actor codes with the most events between
// them in docs (either direction), and that count; ties go to the first
// pair in order.
func busiestDyad(docs []*marsad.Document) (a, b string, n int) {
	count := map[[2]string]int{}
	for _, d := range docs {
		for _, e := range d.Events {
			s, o := string(e.SourceCode), string(e.TargetCode)
			if s == "" || o == "" || strings.EqualFold(s, o) {
				continue
			}
			if o < s {
				s, o = o, s
			}
			count[[2]string{s, o}]++
		}
	}
	pairs := make([][2]string, 0, len(count))
	for p := range count {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(count[y], count[x]), cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	if len(pairs) == 0 {
		return "", "", 0
	}
	return pairs[0][0], pairs[0][1], count[pairs[0]]
}

package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

// crashEnv names the database a child process of TestPutDocument_Crash
// writes to; crashStart is the index of its first document.
const (
	crashEnv   = "MARSAD_SQLITE_CRASH_DB"
	crashStart = "MARSAD_SQLITE_CRASH_START"
)

// crashDoc returns the document the child puts at step i: new documents,
// and every third step an update of an earlier one.
func crashDoc(i int) *marsad.Document {
	id := i
	text := "نص"
	if i%3 == 2 {
		id = i / 2
		text = "نص محدث " + strconv.Itoa(i)
	}
	body := fmt.Sprintf("%s الخبر رقم u%d عن الحكومة والبرلمان. %s", text, id, strings.Repeat("كلمات أخرى في الفقرة ", 40))
	return storetest.NewDocument(fmt.Sprintf("crash-%05d", id), "x", "2024-01-01", "خبر u"+strconv.Itoa(id), body, "فقرة ثانية")
}

// crashChild puts documents until it is killed, printing a line before and
// after each put.
func crashChild(t *testing.T, path string) {
	start, _ := strconv.Atoi(os.Getenv(crashStart))
	db := NewDB(path)
	db.Analyzer = testAnalyzer
	if err := db.Open(); err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := start; ; i++ {
		doc := crashDoc(i)
		fmt.Fprintf(out, "put %s %s\n", doc.ID(), doc.Hash)
		out.Flush()
		if _, err := db.PutDocument(context.Background(), doc); err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(1)
		}
		fmt.Fprintf(out, "ok %s %s\n", doc.ID(), doc.Hash)
		out.Flush()
	}
}

// TestPutDocument_Crash kills a writing process with SIGKILL at random
// moments and checks that the database it leaves holds every document
// whose put returned, whole, and an index that matches the documents.
func TestPutDocument_Crash(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(t, path)
		return
	}
	if testing.Short() {
		t.Skip("skipping the crash test in short mode")
	}
	path := t.TempDir() + "/crash.db"
	acked := map[string]string{}    // id → hash of the last put that returned
	inflight := map[string]string{} // id → hash of a put that may not have returned
	next := 0
	for round := range 4 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPutDocument_Crash$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, crashStart+"="+strconv.Itoa(next))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		limit := 40 + 37*round
		deadline := time.Now().Add(20 * time.Second)
		sc := bufio.NewScanner(stdout)
		oks := 0
		killed := false
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 3 && f[0] == "put" {
				inflight = map[string]string{f[1]: f[2]}
				next++
			} else if len(f) == 3 && f[0] == "ok" {
				acked[f[1]] = f[2]
				inflight = map[string]string{}
				oks++
			} else {
				t.Fatalf("child: %s", sc.Text())
			}
			if !killed && (oks >= limit || time.Now().After(deadline)) {
				// SIGKILL: no cleanup, maybe mid-transaction. The lines
				// the child wrote before it died are still read.
				cmd.Process.Kill()
				killed = true
			}
		}
		cmd.Wait()
		checkCrashDB(t, path, acked, inflight)
	}
}

func checkCrashDB(t *testing.T, path string, acked, inflight map[string]string) {
	t.Helper()
	db := MustOpenDB(t, path)
	ctx := context.Background()
	for id, hash := range acked {
		doc, err := db.Document(ctx, id)
		if err != nil {
			t.Fatalf("acknowledged document %s: %v", id, err)
		}
		if doc.Hash != hash && inflight[id] != doc.Hash {
			t.Errorf("document %s: hash %s, want %s (acknowledged) or %s (in flight)", id, doc.Hash, hash, inflight[id])
		}
	}
	// Every stored document is whole: its JSON decodes, its content gives
	// its hash, its columns agree with it, and its index row finds it.
	rows, err := db.r.Query(`SELECT seq, id, hash, enc, data, text FROM documents`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var seq int64
		var id, hash string
		var enc int
		var data []byte
		var text sql.NullString
		if err := rows.Scan(&seq, &id, &hash, &enc, &data, &text); err != nil {
			t.Fatal(err)
		}
		doc, err := decodeDocument(enc, data, text.String)
		if err != nil {
			t.Fatalf("document %s: %v", id, err)
		}
		if doc.ID() != id || doc.Hash != hash || doc.Article.Hash() != hash {
			t.Errorf("document %s: torn row: id %s, hash %s, column hash %s, content hash %s", id, doc.ID(), doc.Hash, hash, doc.Article.Hash())
		}
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	var docsize, orphans int
	if err := db.r.QueryRow(`SELECT count(*) FROM documents_fts_docsize`).Scan(&docsize); err != nil {
		t.Fatal(err)
	}
	if err := db.r.QueryRow(`SELECT count(*) FROM documents_fts_docsize WHERE id NOT IN (SELECT seq FROM documents)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if docsize != n || orphans != 0 {
		t.Errorf("index has %d rows (%d without a document), want %d", docsize, orphans, n)
	}
	if _, err := db.w.Exec(`INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 0)`); err != nil {
		t.Errorf("FTS integrity check: %v", err)
	}
	// Each document's own token finds it and only it.
	for id := range acked {
		token := "u" + strings.TrimLeft(strings.TrimPrefix(id, "crash-"), "0")
		if token == "u" {
			token = "u0"
		}
		hits, err := db.Search(ctx, marsad.SearchQuery{Text: token})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].ID != id {
			t.Errorf("Search(%s): got %d hits, want %s alone", token, len(hits), id)
		}
	}
	t.Logf("%d documents acknowledged, %d stored", len(acked), n)
}

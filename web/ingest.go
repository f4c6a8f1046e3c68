package web

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
)

// maxFiles bounds how many files one upload may hold.
const maxFiles = 100

// ingestResult is one line of the ingest page's report.
type ingestResult struct {
	Name   string // the file or "النص الملصق"
	ID     string
	Result string
	Title  string
	Events int
	Error  string
}

// ingestView is the data of the ingest page.
type ingestView struct {
	ReadOnly bool
	Results  []ingestResult
	Error    string
	MaxMiB   int64
}

func (s *Server) pageIngest(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", page{Title: "إضافة مقالات", Data: ingestView{
		ReadOnly: s.Token == "", MaxMiB: s.MaxUploadBytes >> 20}})
}

// pageIngestPost takes pasted text and uploaded files (.txt, .html,
// .jsonl) from a multipart form, with the token in the form field "token"
// or the Authorization header, and shows what storing each one did.
func (s *Server) pageIngestPost(w http.ResponseWriter, r *http.Request) {
	v := ingestView{ReadOnly: s.Token == "", MaxMiB: s.MaxUploadBytes >> 20}
	fail := func(err error) {
		s.logInternal(r, err)
		_, v.Error = publicError(err)
		s.render(w, r, statusOf(err), "ingest", page{Title: "إضافة مقالات", Data: v})
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.MaxUploadBytes)
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			fail(err)
			return
		}
		fail(marsad.Errorf(marsad.EINVALID, "invalid form: %v", err))
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	if err := s.authorize(r, r.FormValue("token")); err != nil {
		fail(err)
		return
	}
	if s.Analyze == nil {
		fail(marsad.Errorf(eNotImplemented, "هذا الخادم بلا محلل: لا يقبل المقالات"))
		return
	}
	if text := r.FormValue("text"); strings.TrimSpace(text) != "" {
		rec := record{ID: r.FormValue("id"), URL: r.FormValue("url"), Outlet: r.FormValue("outlet"),
			Title: r.FormValue("title"), Published: r.FormValue("published"), Text: text}
		v.Results = append(v.Results, s.ingestRecord(r, "النص الملصق", rec))
	}
	if r.MultipartForm != nil {
		files := r.MultipartForm.File["files"]
		if len(files) > maxFiles {
			fail(marsad.Errorf(marsad.EINVALID, "too many files: at most %d", maxFiles))
			return
		}
		for _, fh := range files {
			v.Results = append(v.Results, s.ingestFile(r, fh)...)
		}
	}
	if len(v.Results) == 0 {
		fail(marsad.Errorf(marsad.EINVALID, "لا نص ولا ملفات: الصق نصا أو اختر ملفا"))
		return
	}
	s.render(w, r, http.StatusOK, "ingest", page{Title: "إضافة مقالات", Data: v})
}

func (s *Server) ingestRecord(r *http.Request, name string, rec record) ingestResult {
	res := ingestResult{Name: name}
	a, err := s.article(rec)
	if err == nil {
		var p putResult
		if p, err = s.put(r, a); err == nil {
			res.ID, res.Result, res.Title, res.Events = p.ID, p.Result, p.Title, p.Events
		}
	}
	if err != nil {
		s.logInternal(r, err)
		_, res.Error = publicError(err)
	}
	return res
}

// ingestFile stores the articles of one uploaded file: a text file is one
// article (its id the file's base name), an HTML file one article when the
// server reads HTML, a JSON Lines file one article per record.
func (s *Server) ingestFile(r *http.Request, fh *multipart.FileHeader) []ingestResult {
	name := path.Base(strings.ReplaceAll(fh.Filename, `\`, "/"))
	bad := func(msg string) []ingestResult { return []ingestResult{{Name: name, Error: msg}} }
	f, err := fh.Open()
	if err != nil {
		return bad("تعذرت قراءة الملف")
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return bad("تعذرت قراءة الملف")
	}
	ext := strings.ToLower(path.Ext(name))
	id := strings.TrimSuffix(name, path.Ext(name))
	if !validID(id) {
		id = "" // derived from the text
	}
	switch ext {
	case ".txt", ".text", "":
		return []ingestResult{s.ingestRecord(r, name, record{ID: id, Text: string(b)})}
	case ".html", ".htm":
		return []ingestResult{s.ingestRecord(r, name, record{ID: id, HTML: string(b)})}
	case ".jsonl", ".ndjson":
		var out []ingestResult
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, len(b)+1)
		for n := 1; sc.Scan(); n++ {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			where := name + ":" + strconv.Itoa(n)
			var rec record
			if err := json.Unmarshal(line, &rec); err != nil {
				out = append(out, ingestResult{Name: where, Error: "سجل JSON غير صالح"})
				continue
			}
			out = append(out, s.ingestRecord(r, where, rec))
		}
		return out
	}
	return bad("نوع ملف غير مدعوم: " + ext + " (المقبول: ‎.txt ‎.html ‎.jsonl)")
}

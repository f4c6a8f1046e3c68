package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	marsad "github.com/marsad-project/marsad"
)

// Options configure reading. The zero value of a field means its default.
type Options struct {
	// MaxSize is the most bytes read from one input file, fetched page or
	// JSON Lines line; larger inputs fail with ErrTooLarge. Default 32 MiB.
	MaxSize int64
	// Client fetches URLs and feed items. Default: a client with Timeout.
	Client *http.Client
	// Timeout bounds each fetch. Default 15s.
	Timeout time.Duration
	// FetchItems makes feed reading fetch each item's page. When false, or
	// when the fetch fails, the item's own content or description is used.
	FetchItems bool
	// Published is not used by this package.
	Published time.Time
}

// Defaults for Options.
const (
	DefaultMaxSize = 32 << 20
	DefaultTimeout = 15 * time.Second
)

// DefaultOptions returns the options with every default filled in and
// FetchItems on.
func DefaultOptions() Options {
	return Options{FetchItems: true}.withDefaults()
}

func (o Options) withDefaults() Options {
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.Timeout}
	}
	return o
}

// Read yields the articles of one target: a file, a directory read
// recursively in lexical order (hidden files and directories skipped, and
// files whose extension marks them as images, media, archives, documents
// or programs), or an http(s) URL, a feed or a page. The format of a file
// comes from its extension (see FormatOf) or, failing that, from its
// content (see Sniff).
//
// Each failing input or record is yielded as an *InputError naming the
// path, path:line or URL and the reason, and reading goes on with the next;
// reading stops when yield returns false or the context ends. JSON Lines
// files are streamed and not bound by MaxSize as a whole, only per line;
// every other file over MaxSize fails with ErrTooLarge without being read.
func Read(ctx context.Context, target string, opt Options) iter.Seq2[*marsad.Article, error] {
	opt = opt.withDefaults()
	return func(yield func(*marsad.Article, error) bool) {
		if isURL(target) {
			readURL(ctx, target, opt, yield)
			return
		}
		st, err := os.Stat(target)
		if err != nil {
			yield(nil, &InputError{Input: target, Err: pathReason(err)})
			return
		}
		if !st.IsDir() {
			readFile(ctx, target, st, opt, yield)
			return
		}
		err = filepath.WalkDir(target, func(path string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				yield(nil, &InputError{Input: path, Err: cerr})
				return fs.SkipAll
			}
			if err != nil {
				if !yield(nil, &InputError{Input: path, Err: pathReason(err)}) {
					return fs.SkipAll
				}
				return nil
			}
			if path != target && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if skipExt[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			st, err := os.Stat(path) // follows symlinks
			if err != nil {
				if !yield(nil, &InputError{Input: path, Err: pathReason(err)}) {
					return fs.SkipAll
				}
				return nil
			}
			if !st.Mode().IsRegular() {
				return nil
			}
			if !readFile(ctx, path, st, opt, yield) {
				return fs.SkipAll
			}
			return nil
		})
		if err != nil {
			yield(nil, &InputError{Input: target, Err: err})
		}
	}
}

// pathReason strips the path an *fs.PathError repeats.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// skipExt lists extensions that are clearly not text, HTML, JSON or feeds:
// media, archives, binaries, and the tables, notes and configuration files
// that sit beside a corpus (a MANIFEST.tsv, a README.md). A file named on
// the command line is read whatever its extension.
var skipExt = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`
		.png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .heic .avif .psd
		.mp3 .mp4 .m4a .m4v .wav .ogg .oga .flac .avi .mov .mkv .webm .wmv .aac .opus
		.zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .lz .lz4 .br .z .cab .iso .dmg .jar .apk
		.pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .epub
		.exe .dll .so .dylib .o .a .bin .class .pyc .wasm
		.db .sqlite .sqlite3 .parquet .arrow .pb .npy .npz .pkl .pt .onnx .gguf .safetensors
		.woff .woff2 .ttf .otf .eot .css .js .map .lock .sum .mod .go
		.tsv .csv .tab .md .markdown .yaml .yml .toml .ini .cfg .log .sh .py`) {
		skipExt[e] = true
	}
}

// FormatOf returns the format an extension names ("" when it names none):
// .txt .text → text; .html .htm .xhtml → HTML; .jsonl .ndjson .json → JSON
// Lines; .xml .rss .atom .feed → feed.
func FormatOf(path string) marsad.Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return marsad.FormatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return marsad.FormatHTML
	case ".jsonl", ".ndjson", ".json":
		return marsad.FormatJSONL
	case ".xml", ".rss", ".atom", ".feed", ".rdf":
		return marsad.FormatFeed
	}
	return ""
}

// Sniff guesses the format of content: "<?xml" followed by <rss, <feed or
// <rdf is a feed (as are those roots without the declaration), a doctype
// or <html is HTML, a first non-space "{" is JSON Lines, anything else
// text.
func Sniff(data []byte) marsad.Format {
	head := data[:min(len(data), 1024)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return marsad.FormatText
	}
	switch head[0] {
	case '{', '[':
		if head[0] == '{' || bytes.HasPrefix(bytes.TrimLeft(head[1:], " \t\r\n"), []byte("{")) {
			return marsad.FormatJSONL
		}
		return marsad.FormatText
	case '<':
	default:
		return marsad.FormatText
	}
	lower := bytes.ToLower(head)
	rest := lower
	if bytes.HasPrefix(rest, []byte("<?xml")) {
		if i := bytes.Index(rest, []byte("?>")); i >= 0 {
			rest = rest[i+2:]
		}
	}
	// skip comments, processing instructions and a doctype before the root
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			i := bytes.Index(rest, []byte("-->"))
			if i < 0 {
				return marsad.FormatText
			}
			rest = rest[i+3:]
			continue
		case bytes.HasPrefix(rest, []byte("<?")):
			i := bytes.Index(rest, []byte("?>"))
			if i < 0 {
				return marsad.FormatText
			}
			rest = rest[i+2:]
			continue
		case bytes.HasPrefix(rest, []byte("<!doctype html")):
			return marsad.FormatHTML
		case bytes.HasPrefix(rest, []byte("<!doctype")):
			i := bytes.IndexByte(rest, '>')
			if i < 0 {
				return marsad.FormatText
			}
			rest = rest[i+1:]
			continue
		}
		break
	}
	for _, root := range []string{"<rss", "<feed", "<rdf", "<rdf:rdf"} {
		if bytes.HasPrefix(rest, []byte(root)) {
			return marsad.FormatFeed
		}
	}
	if bytes.HasPrefix(rest, []byte("<html")) || bytes.HasPrefix(rest, []byte("<head")) || bytes.HasPrefix(rest, []byte("<body")) {
		return marsad.FormatHTML
	}
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
		return marsad.FormatHTML
	}
	return marsad.FormatText
}

// readFile reads one file and yields its articles; it returns false when
// yield asked to stop.
func readFile(ctx context.Context, path string, st fs.FileInfo, opt Options, yield func(*marsad.Article, error) bool) bool {
	format := FormatOf(path)
	if format == marsad.FormatJSONL && !strings.EqualFold(filepath.Ext(path), ".json") {
		f, err := os.Open(path)
		if err != nil {
			return yield(nil, &InputError{Input: path, Err: pathReason(err)})
		}
		defer f.Close()
		for a, err := range ReadJSONL(ctx, path, f, opt) {
			if !yield(a, err) {
				return false
			}
		}
		return true
	}
	if st.Size() > opt.MaxSize {
		return yield(nil, &InputError{Input: path, Err: tooLarge(st.Size(), opt.MaxSize)})
	}
	data, err := readFileLimited(path, opt.MaxSize)
	if err != nil {
		return yield(nil, &InputError{Input: path, Err: err})
	}
	return readData(ctx, path, "", data, format, opt, yield)
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, size, limit)
}

// readFileLimited reads a file whole, failing when it grows past max.
func readFileLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathReason(err)
	}
	defer f.Close()
	return readLimited(f, max)
}

func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than the limit of %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// readData reads content of a known or sniffed format. pageURL, for fetched
// content, is its address.
func readData(ctx context.Context, name, pageURL string, data []byte, format marsad.Format, opt Options, yield func(*marsad.Article, error) bool) bool {
	if format == "" {
		format = Sniff(data)
	}
	switch format {
	case marsad.FormatHTML:
		return yield(ReadHTML(name, data, pageURL))
	case marsad.FormatJSONL:
		for a, err := range readJSON(ctx, name, data, opt) {
			if !yield(a, err) {
				return false
			}
		}
		return true
	case marsad.FormatFeed:
		for a, err := range ReadFeed(ctx, name, data, opt) {
			if !yield(a, err) {
				return false
			}
		}
		return true
	}
	a, err := ReadText(name, data)
	if err == nil && pageURL != "" {
		a.URL = pageURL
		a.ID = URLID(pageURL)
	}
	return yield(a, err)
}

// readURL fetches a URL and reads it as a feed, a page, JSON or text by
// its content type, sniffing when that says nothing clear.
func readURL(ctx context.Context, u string, opt Options, yield func(*marsad.Article, error) bool) bool {
	data, ctype, final, err := fetch(ctx, u, opt)
	if err != nil {
		return yield(nil, &InputError{Input: u, Err: err})
	}
	format := formatOfType(ctype)
	if sn := Sniff(data); format == "" || format == marsad.FormatText && sn != marsad.FormatText || sn == marsad.FormatFeed {
		format = sn
	}
	return readData(ctx, final, final, data, format, opt, yield)
}

// formatOfType maps a Content-Type to a format ("" when unclear).
func formatOfType(ctype string) marsad.Format {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return ""
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return marsad.FormatHTML
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.Contains(mt, "rdf"):
		return marsad.FormatFeed
	case strings.Contains(mt, "json"):
		return marsad.FormatJSONL
	case mt == "text/plain":
		return marsad.FormatText
	}
	return ""
}

// fetch GETs a URL within opt.Timeout and opt.MaxSize. It returns the body,
// its content type and the final URL after redirects.
func fetch(ctx context.Context, u string, opt Options) (body []byte, ctype, final string, err error) {
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", "", err
	}
	req.Header.Set("User-Agent", "marsad-ingest/1 (+https://github.com/marsad-project/marsad)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	resp, err := opt.Client.Do(req)
	if err != nil {
		return nil, "", "", fetchReason(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("fetch: HTTP %s", resp.Status)
	}
	if resp.ContentLength > opt.MaxSize {
		return nil, "", "", tooLarge(resp.ContentLength, opt.MaxSize)
	}
	body, err = readLimited(resp.Body, opt.MaxSize)
	if err != nil {
		return nil, "", "", fetchReason(err)
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// fetchReason drops the URL that *url.Error repeats.
func fetchReason(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("fetch: timed out: %w", ue.Err)
		}
		return fmt.Errorf("fetch: %w", ue.Err)
	}
	return fmt.Errorf("fetch: %w", err)
}

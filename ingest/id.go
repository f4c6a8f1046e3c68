package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"path/filepath"
	"strings"
)

// ID returns the article ID for a file name: its base name without the
// last extension ("dir/000_a6f7.txt" → "000_a6f7"). A name that is only an
// extension (".txt") keeps it whole.
func ID(name string) string {
	base := filepath.Base(filepath.ToSlash(name))
	base = path.Base(base)
	if ext := path.Ext(base); ext != "" && len(ext) < len(base) {
		base = base[:len(base)-len(ext)]
	}
	return base
}

// URLID returns a short stable hex ID (16 digits) for a URL: the hash of
// its canonical form, with scheme and host lower-cased, the default port
// and fragment dropped and an empty path written "/". Two spellings of the
// same address get the same ID.
func URLID(u string) string {
	return hashID(CanonicalURL(u))
}

// CanonicalURL returns the canonical form of u used by URLID. A string that
// does not parse as a URL is returned trimmed.
func CanonicalURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		if i := strings.IndexByte(u, '#'); i >= 0 {
			u = u[:i]
		}
		return u
	}
	p.Scheme = strings.ToLower(p.Scheme)
	host := strings.ToLower(p.Host)
	switch {
	case p.Scheme == "http" && strings.HasSuffix(host, ":80"):
		host = strings.TrimSuffix(host, ":80")
	case p.Scheme == "https" && strings.HasSuffix(host, ":443"):
		host = strings.TrimSuffix(host, ":443")
	}
	p.Host = host
	p.Fragment, p.RawFragment = "", ""
	if p.Path == "" && p.Opaque == "" {
		p.Path = "/"
	}
	return p.String()
}

func hashID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

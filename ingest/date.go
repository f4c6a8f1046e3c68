package ingest

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the forms of a publication date accepted in records and
// page metadata, most common first.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	"2006/01/02",
	"2006/01/02 15:04:05",
}

// ParseDate parses a publication date: YYYY-MM-DD, RFC 3339 (with or
// without zone or fraction), RFC 1123 and a few close variants. A date
// without zone is taken as UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse date %q (want YYYY-MM-DD, RFC 3339 or RFC 1123)", s)
}

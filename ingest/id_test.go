package ingest

import "testing"

func TestID(t *testing.T) {
	tests := []struct{ name, want string }{
		{"000_a6f70ef0e84e938e.txt", "000_a6f70ef0e84e938e"},
		{"/data/seeds/001_c35dd770e33fb744.txt", "001_c35dd770e33fb744"},
		{"dir/report.2024.html", "report.2024"},
		{"noext", "noext"},
		{".txt", ".txt"},
	}
	for _, tt := range tests {
		if got := ID(tt.name); got != tt.want {
			t.Errorf("ID(%q): got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestURLID(t *testing.T) {
	same := [][]string{
		{"https://News.Example.org/a/b?x=1", "https://news.example.org/a/b?x=1#top", "HTTPS://news.example.org:443/a/b?x=1"},
		{"http://example.org", "http://example.org/", "http://EXAMPLE.org:80/"},
	}
	for _, group := range same {
		want := URLID(group[0])
		if len(want) != 16 {
			t.Errorf("URLID(%q): got %q, want 16 hex digits", group[0], want)
		}
		for _, u := range group[1:] {
			if got := URLID(u); got != want {
				t.Errorf("URLID(%q): got %q, want %q (as %q)", u, got, want, group[0])
			}
		}
	}
	if a, b := URLID("https://example.org/a"), URLID("https://example.org/A"); a == b {
		t.Errorf("URLID: paths differing in case got the same ID %q", a)
	}
}

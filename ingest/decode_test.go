package ingest

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const arabic = "قال الوزير إن 30 شخصا أصيبوا في الحادث.\nوأضاف أن التحقيق جار."

func utf16Bytes(tb testing.TB, e unicode.Endianness, bom unicode.BOMPolicy, s string) []byte {
	tb.Helper()
	out, err := unicode.UTF16(e, bom).NewEncoder().String(s)
	if err != nil {
		tb.Fatal(err)
	}
	return []byte(out)
}

func cp1256(tb testing.TB, s string) []byte {
	tb.Helper()
	out, err := charmap.Windows1256.NewEncoder().String(s)
	if err != nil {
		tb.Fatal(err)
	}
	return []byte(out)
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		want    string
		wantErr error
		errText string // a substring of the error, when set
	}{
		{name: "UTF8", data: []byte(arabic), want: arabic},
		{name: "UTF8BOM", data: []byte("\xef\xbb\xbf" + arabic), want: arabic},
		{name: "UTF16LEBOM", data: utf16Bytes(t, unicode.LittleEndian, unicode.UseBOM, arabic), want: arabic},
		{name: "UTF16BEBOM", data: utf16Bytes(t, unicode.BigEndian, unicode.UseBOM, arabic), want: arabic},
		{name: "UTF16LENoBOM", data: utf16Bytes(t, unicode.LittleEndian, unicode.IgnoreBOM, arabic), want: arabic},
		{name: "UTF16BENoBOM", data: utf16Bytes(t, unicode.BigEndian, unicode.IgnoreBOM, "Reuters report: "+arabic), want: "Reuters report: " + arabic},
		{name: "Windows1256", data: cp1256(t, arabic), want: arabic},
		{name: "CRLF", data: []byte("سطر أول\r\nسطر ثان\rسطر ثالث\r\n"), want: "سطر أول\nسطر ثان\nسطر ثالث\n"},
		{name: "TrailingDOSEOF", data: []byte("نص\x1a"), want: "نص"},
		{name: "Latin1", data: []byte("caf\xe9 cr\xe8me"), wantErr: ErrEncoding, errText: "invalid UTF-8 at byte 3"},
		{name: "TruncatedUTF8", data: []byte("نص عربي")[:len("نص عربي")-1], wantErr: ErrEncoding, errText: "invalid UTF-8 at byte 11"},
		{name: "PNG", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: ErrBinary, errText: "PNG"},
		{name: "JPEG", data: []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), wantErr: ErrBinary},
		{name: "PDF", data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), wantErr: ErrBinary, errText: "PDF"},
		{name: "ZIP", data: []byte("PK\x03\x04\x14\x00\x00\x00"), wantErr: ErrBinary},
		{name: "Gzip", data: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), wantErr: ErrBinary},
		{name: "NULs", data: []byte("abc\x00\x01\x02\x03defgh\x00"), wantErr: ErrBinary},
		{name: "ControlChar", data: []byte("نص\x07عربي"), wantErr: ErrBinary, errText: "control character"},
		{name: "Empty", data: nil, wantErr: ErrEmpty},
		{name: "WhiteSpace", data: []byte(" \t\r\n\u00a0\u200f\n"), wantErr: ErrEmpty},
		{name: "UTF16WhiteSpace", data: utf16Bytes(t, unicode.LittleEndian, unicode.UseBOM, "  \n "), wantErr: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.data)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Decode(%q): got error %v, want %v", tt.data, err, tt.wantErr)
				}
				if tt.errText != "" && !strings.Contains(err.Error(), tt.errText) {
					t.Errorf("Decode(%q): got error %q, want it to contain %q", tt.data, err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode(%q): got error %v", tt.data, err)
			}
			if got != tt.want {
				t.Errorf("Decode(%q): got %q, want %q", tt.data, got, tt.want)
			}
		})
	}
}

func TestDecode_LatinIsNotCP1256(t *testing.T) {
	// Windows-1256 shares its ASCII half with every code page; French text
	// in windows-1252 must not be taken for Arabic.
	data, err := charmap.Windows1252.NewEncoder().String("Le ministre a déclaré à la presse qu'il était prêt à négocier.")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Decode([]byte(data)); !errors.Is(err, ErrEncoding) {
		t.Errorf("Decode(cp1252 French): got %q, %v, want ErrEncoding", got, err)
	}
}

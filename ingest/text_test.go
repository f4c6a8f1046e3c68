package ingest

import (
	"errors"
	"testing"

	marsad "github.com/marsad-project/marsad"
)

func TestReadText(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    []byte
		want    marsad.Article
		wantErr error
	}{
		{
			name: "Arabic",
			file: "dir/000_a6f70ef0e84e938e.txt",
			data: []byte("عنوان الخبر\r\nنص الخبر.\r\n"),
			want: marsad.Article{ID: "000_a6f70ef0e84e938e", Text: "عنوان الخبر\nنص الخبر.\n", Source: "dir/000_a6f70ef0e84e938e.txt", Format: marsad.FormatText},
		},
		{
			name: "Windows1256",
			file: "old.txt",
			data: cp1256(t, arabic),
			want: marsad.Article{ID: "old", Text: arabic, Source: "old.txt", Format: marsad.FormatText},
		},
		{name: "ErrEmpty", file: "blank.txt", data: []byte("\n\n  \n"), wantErr: ErrEmpty},
		{name: "ErrBinary", file: "photo.txt", data: []byte("\xff\xd8\xff\xe0"), wantErr: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadText(tt.file, tt.data)
			if tt.wantErr != nil {
				var ie *InputError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &ie) || ie.Input != tt.file {
					t.Fatalf("ReadText(%q): got error %v, want *InputError for %q wrapping %v", tt.file, err, tt.file, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadText(%q): %v", tt.file, err)
			}
			if *got != tt.want {
				t.Errorf("ReadText(%q):\ngot  %+v\nwant %+v", tt.file, *got, tt.want)
			}
		})
	}
}

func TestInputError(t *testing.T) {
	err := &InputError{Input: "a.jsonl:3", Err: errors.New("bad\nthing")}
	if got, want := err.Error(), "a.jsonl:3: bad thing"; got != want {
		t.Errorf("Error(): got %q, want %q", got, want)
	}
}

package ner

import (
	"strings"
	"testing"
)

func TestNameLists_Mark(t *testing.T) {
	nl := buildNames([]Name{
		{Text: "عبد الفتاح السيسي", Type: PERS},
		{Text: "الفتاح", Type: ORG}, // a one-word name inside a longer one
		{Text: "القاهرة", Type: LOC},
		{Text: "الأمم_المتحدة", Type: ORG}, // words joined by _
		{Text: "المصري", Adjective: true},
		{Text: "القاهرة", Type: ORG}, // a second class for the same name
		{Text: "شيء", Type: "THING"}, // unknown type: ignored
	})
	tests := []struct {
		name string
		text string
		want string // per token: position (-, U, B, I, L) and classes mask
	}{
		{"FullName", "قال عبد الفتاح السيسي أمس", "-0 B1 I1 L1 -0"},
		{"LongestFirst", "الفتاح وحده", "U4 -0"},
		{"Clitic", "وصل إلى والقاهرة", "-0 -0 U6"},
		{"CliticInside", "في للأمم المتحدة", "-0 B4 L4"},
		{"Adjective", "الرئيس المصري", "-0 U16"},
		{"Partial", "عبد الفتاح وحده", "-0 U4 -0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := new(scratch)
			prepare(sc, strings.Fields(tt.text), nil, nl)
			var got []string
			for _, in := range sc.info {
				got = append(got, string("-UBIL"[in.namePos])+itoa(int(in.nameMask)))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("mark(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
	if got := len(nl.names()); got != 6 {
		t.Errorf("names() has %d names, want 6 (5 names, one with two classes)", got)
	}
	if buildNames(nil) != nil {
		t.Errorf("buildNames(nil) != nil")
	}
}

func TestNameLists_Words(t *testing.T) {
	nl := buildNames([]Name{{Text: "بيل كلينتون", Type: PERS}, {Text: "هيلاري كلينتون", Type: PERS}})
	sc := new(scratch)
	prepare(sc, []string{"قال", "كلينتون", "وبيل"}, nil, nl)
	if in := sc.info[1]; in.nameWord != 1 || in.nameLast != 1 || in.nameFirst != 0 || in.namePos != 0 {
		t.Errorf("كلينتون: got word %d first %d last %d pos %d, want 1 0 1 0", in.nameWord, in.nameFirst, in.nameLast, in.namePos)
	}
	if in := sc.info[2]; in.nameFirst != 1 {
		t.Errorf("وبيل: got first %d, want 1", in.nameFirst)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

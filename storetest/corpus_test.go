package storetest

import "testing"

func TestGenerateDocuments(t *testing.T) {
	a := GenerateDocuments(20, 1, 5000)
	b := GenerateDocuments(20, 1, 5000)
	for i := range a {
		if a[i].Hash != b[i].Hash {
			t.Fatalf("document %d differs between two runs with the same seed", i)
		}
		if n := len(a[i].BodyText()); n < 5000 || n > 7000 {
			t.Errorf("document %d: body of %d bytes, want about 5000", i, n)
		}
	}
	if a[0].Hash == a[1].Hash {
		t.Errorf("documents 0 and 1 are the same")
	}
	t.Logf("%s\n%s", a[0].Title, a[0].Body[0].Text)
}

package arabic

import "testing"

func BenchmarkZZAppendKey(b *testing.B) {
	text := mustReadNews(b)
	var words []string
	for _, t := range Tokenize(text) {
		if t.Kind == Word {
			words = append(words, t.Text(text))
		}
	}
	kb := make([]byte, 0, 64)
	for b.Loop() {
		for _, w := range words {
			kb = AppendKey(kb[:0], w)
		}
	}
}

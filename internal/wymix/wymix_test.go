package wymix

import (
	"encoding/binary"
	"math/bits"
	"testing"
)

func TestLE(t *testing.T) {
	s := "\x01\x02\x03\x04\x05\x06\x07\x08\x09"
	if got, want := LE64(s), binary.LittleEndian.Uint64([]byte(s)); got != want {
		t.Errorf("LE64 = %x, want %x", got, want)
	}
	if got, want := LE32(s[5:]), binary.LittleEndian.Uint32([]byte(s[5:])); got != want {
		t.Errorf("LE32 = %x, want %x", got, want)
	}
}

func TestMix(t *testing.T) {
	for _, tt := range []struct{ x, y uint64 }{{0, 0}, {1, 1}, {1 << 63, 3}, {0xa0761d6478bd642f, 0xe7037ed1a0b428db}} {
		hi, lo := bits.Mul64(tt.x, tt.y)
		if got := Mix(tt.x, tt.y); got != hi^lo {
			t.Errorf("Mix(%x, %x) = %x, want %x", tt.x, tt.y, got, hi^lo)
		}
	}
}

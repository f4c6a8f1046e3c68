package event

import "github.com/marsad-project/marsad"

// The PLOVER event types of the record format.
const (
	Agree     marsad.PLOVERType = "AGREE"
	Consult   marsad.PLOVERType = "CONSULT"
	Support   marsad.PLOVERType = "SUPPORT"
	Concede   marsad.PLOVERType = "CONCEDE"
	Cooperate marsad.PLOVERType = "COOPERATE"
	Aid       marsad.PLOVERType = "AID"
	Retreat   marsad.PLOVERType = "RETREAT"
	Request   marsad.PLOVERType = "REQUEST"
	Accuse    marsad.PLOVERType = "ACCUSE"
	Reject    marsad.PLOVERType = "REJECT"
	Threaten  marsad.PLOVERType = "THREATEN"
	Protest   marsad.PLOVERType = "PROTEST"
	Sanction  marsad.PLOVERType = "SANCTION"
	Mobilize  marsad.PLOVERType = "MOBILIZE"
	Coerce    marsad.PLOVERType = "COERCE"
	Assault   marsad.PLOVERType = "ASSAULT"
)

// validCode reports whether c is a CAMEO event code: three or four
// digits whose first two are 01 to 20.
func validCode(c marsad.CAMEOCode) bool {
	if len(c) != 3 && len(c) != 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	root := int(c[0]-'0')*10 + int(c[1]-'0')
	return root >= 1 && root <= 20
}

// PLOVER returns the PLOVER type of a CAMEO event code after the table of
// FORMAT.md ("From CAMEO to PLOVER", PLOVER's CAMEO2PLOVER-2021 with
// REQUEST for its DEMAND). ok is false for a code that is not an event:
// malformed codes and the public statements of 01 other than 016 (deny),
// which is REJECT.
func PLOVER(c marsad.CAMEOCode) (marsad.PLOVERType, bool) {
	if !validCode(c) {
		return "", false
	}
	s := string(c)
	switch s[:2] {
	case "01":
		if s[:3] == "016" {
			return Reject, true
		}
		return "", false
	case "02", "10":
		return Request, true
	case "03":
		return Agree, true
	case "04":
		return Consult, true
	case "05":
		return Support, true
	case "06":
		return Cooperate, true
	case "07":
		return Aid, true
	case "08":
		switch {
		case s == "0811" || s == "0812":
			return Concede, true
		case s == "0813" || s == "0814":
			return Retreat, true
		case s[2] <= '3':
			return Concede, true
		case s[2] <= '7':
			return Retreat, true
		}
		return "", false
	case "09", "11":
		return Accuse, true
	case "12":
		return Reject, true
	case "13":
		return Threaten, true
	case "14":
		return Protest, true
	case "15":
		return Mobilize, true
	case "16":
		if s[:3] == "163" {
			return Coerce, true
		}
		return Sanction, true
	case "17":
		if len(s) == 4 && s == "1712" {
			return Assault, true
		}
		return Coerce, true
	case "18", "20":
		return Assault, true
	case "19":
		if s[:3] == "191" || s[:3] == "192" {
			return Coerce, true
		}
		return Assault, true
	}
	return "", false
}

// goldstein holds Goldstein (1992) conflict-cooperation weights of CAMEO
// codes, from -10 (most conflictual) to +10, after the scale distributed
// with the CAMEO codebook; codes not listed take their three-digit parent's
// weight, then their root's.
var goldstein = map[string]float64{
	"01": 0, "010": 0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0, "015": 0, "016": -2, "017": 0, "018": 3.4, "019": 3.4,
	"02": 3, "020": 3, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3, "026": 4, "027": 4, "028": 4,
	"03": 4, "030": 4, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7, "035": 7, "036": 4, "037": 5, "038": 7, "039": 5,
	"04": 1, "040": 1, "041": 1, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5, "046": 7,
	"05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6, "055": 7, "056": 7, "057": 8,
	"06": 6, "060": 6, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7,
	"07": 7, "070": 7, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7,
	"08": 5, "080": 5, "081": 5, "082": 5, "083": 5, "084": 7, "085": 7, "086": 9, "087": 9,
	"09": -2, "10": -5, "11": -2,
	"12": -4, "120": -4, "121": -4, "122": -4, "123": -4, "124": -5, "125": -5, "126": -5, "127": -5, "128": -5, "129": -5,
	"13": -4.4, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8, "136": -7, "137": -7, "138": -7, "139": -7,
	"14": -6.5, "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
	"15": -7.2,
	"16": -4, "160": -4, "161": -4, "162": -5.6, "163": -8, "164": -7, "165": -7, "166": -7,
	"17": -7, "170": -7, "171": -9.2, "172": -5, "173": -5, "174": -5, "175": -9,
	"18": -9, "180": -9, "181": -9, "182": -9.5, "183": -10, "184": -8, "185": -8, "186": -10,
	"19": -10, "190": -10, "191": -9.5, "192": -9.5, "193": -10, "194": -10, "195": -10, "196": -9.5,
	"20": -10,
}

// Goldstein returns the Goldstein weight of a CAMEO code (-10 to +10),
// the weight of its nearest listed parent for a finer code, and 0 for a
// code that is not a CAMEO event code.
func Goldstein(c marsad.CAMEOCode) float64 {
	if !validCode(c) {
		return 0
	}
	s := string(c)
	for n := len(s); n >= 2; n-- {
		if g, ok := goldstein[s[:n]]; ok {
			return g
		}
	}
	return 0
}

package gazetteer

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// isoAlpha3 holds the ISO 3166-1 alpha-3 codes (from i18n-iso-countries'
// codes.json), plus XKX, the user-assigned code the EU and IMF use for
// Kosovo.
var isoAlpha3 = setOf(
	"ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
	"AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
	"BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
	"COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
	"DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
	"GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
	"HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
	"JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
	"LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
	"MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
	"NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
	"PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
	"SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
	"SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
	"TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
	"VIR", "VNM", "VUT", "WLF", "WSM", "XKX", "YEM", "ZAF", "ZMB", "ZWE",
	"SUN", // the Soviet Union's alpha-3 code until 1992 (ISO 3166-3: SUHH)
)

// RegionCodes are the CAMEO regional actor codes a record may carry.
var RegionCodes = setOf(
	"WST",                                    // the West
	"EUR", "EEU", "CEU", "SCN", "BLK", "MDT", // Europe, Eastern/Central Europe, Scandinavia, Balkans, Mediterranean
	"AFR", "NAF", "WAF", "EAF", "CFR", "SAF", // Africa and its parts
	"MEA", "PGS", // Middle East, Persian Gulf
	"ASA", "CAS", "SAS", "SEA", "EIN", "CAU", // Asia, Central/South/Southeast Asia, East Indies, Caucasus
	"LAM", "CAM", "SAM", "CRB", "NMR", // Latin/Central/South America, Caribbean, North America
)

func setOf(xs ...string) map[marsad.ActorCode]bool {
	m := make(map[marsad.ActorCode]bool, len(xs))
	for _, x := range xs {
		m[marsad.ActorCode(x)] = true
	}
	return m
}

// IsISOAlpha3 reports whether c is an ISO 3166-1 alpha-3 country code.
func IsISOAlpha3(c marsad.ActorCode) bool { return isoAlpha3[c] }

// Validate checks the knowledge base as a whole and returns every problem
// found, joined, or nil:
//   - QIDs are unique and well formed; every country has one;
//   - countries carry distinct ISO alpha-3 codes;
//   - every code is a country's, a regional code, or an organisation's
//     acronym (organisation codes are upper-case Latin letters, digits or +);
//   - every role names a known country or organisation code, and no two
//     people hold one role key for one country on the same day, unless the
//     roles table marks the key as shared;
//   - a capital given as a QID is a CITY record;
//   - no normalised key is claimed by two entities unless all claims but
//     one are weak ("~") or made by entities marked Ambiguous with a reason.
func (kb *KB) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("gazetteer: "+format, args...))
	}
	codes := map[marsad.ActorCode]bool{}
	countryCode := map[marsad.ActorCode]*Entity{}
	qids := map[marsad.QID]*Entity{}
	for _, e := range kb.entities {
		if err := checkRecord(e); err != nil {
			errs = append(errs, err)
		}
		if e.QID != "" {
			if o := qids[e.QID]; o != nil {
				bad("QID %s claimed by %s and %s", e.QID, o.Name, e.Name)
			}
			qids[e.QID] = e
		}
		if e.Ambiguous && strings.TrimSpace(e.Note) == "" {
			bad("%s is marked ambiguous without a reason", e.Name)
		}
		switch e.Type {
		case marsad.EntityCountry:
			if e.QID == "" {
				bad("country %s has no QID", e.Name)
			}
			if !isoAlpha3[e.Code] {
				bad("country %s has code %q, not ISO 3166-1 alpha-3", e.Name, e.Code)
			}
			if o := countryCode[e.Code]; o != nil {
				bad("code %s used by countries %s and %s", e.Code, o.Name, e.Name)
			}
			countryCode[e.Code] = e
			codes[e.Code] = true
		case marsad.EntityOrganization:
			if e.Code != "" && !isOrgCode(e.Code) {
				bad("organisation %s has malformed code %q", e.Name, e.Code)
			}
			codes[e.Code] = true
		}
	}
	for _, e := range kb.entities {
		if e.Code == "" && e.Type != marsad.EntityOrganization && e.Type != marsad.EntityEvent {
			bad("%s has no code", e.Name)
		} else if e.Code != "" && !codes[e.Code] && !RegionCodes[e.Code] {
			bad("%s has unknown code %q", e.Name, e.Code)
		}
		if strings.HasPrefix(e.Capital, "Q") && qidRE.MatchString(e.Capital) {
			if c := kb.byQID[marsad.QID(e.Capital)]; c == nil || c.Type != marsad.EntityCity {
				bad("capital %s of %s is not a CITY record", e.Capital, e.Name)
			}
		}
		for _, r := range e.Roles {
			if !codes[r.Country] {
				bad("%s: role %s in unknown country %q", e.Name, r.Key, r.Country)
			}
		}
	}
	shared := map[string]bool{}
	for _, d := range kb.roles {
		if d.Shared {
			shared[d.Key] = true
		}
	}
	keys := make([]roleKey, 0, len(kb.holders))
	for k := range kb.holders {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].key+string(keys[i].country) < keys[j].key+string(keys[j].country)
	})
	for _, k := range keys {
		if shared[k.key] {
			continue
		}
		ts := kb.holders[k]
		for i := 1; i < len(ts); i++ {
			p, n := ts[i-1], ts[i]
			if p.role.To.IsZero() || p.role.To.After(n.role.From) {
				bad("%s %s: %s (from %s) overlaps %s (from %s)", k.country, k.key,
					p.e.Name, p.role.From.Format("2006-01-02"), n.e.Name, n.role.From.Format("2006-01-02"))
			}
		}
	}
	ks := make([]string, 0, len(kb.byKey))
	for k := range kb.byKey {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		ms := kb.byKey[k]
		strong := 0
		for _, m := range ms {
			if !m.Weak {
				strong++
			}
		}
		if strong > 1 {
			names := make([]string, len(ms))
			for i, m := range ms {
				names[i] = m.Entity.Name
			}
			bad("key %q claimed by %s; mark all but one weak (~) or the entities ambiguous", k, strings.Join(names, ", "))
		}
	}
	for _, d := range kb.roles {
		if d.Country != "" && !codes[d.Country] {
			bad("role %s restricted to unknown code %q", d.Key, d.Country)
		}
		for _, p := range d.Phrases {
			if arabic.Normalize(p) == "" {
				bad("role %s has an empty phrase", d.Key)
			}
		}
	}
	return errors.Join(errs...)
}

func isOrgCode(c marsad.ActorCode) bool {
	if len(c) < 2 || len(c) > 10 {
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+') {
			return false
		}
	}
	return true
}

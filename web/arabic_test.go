package web

import (
	"fmt"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestCount(t *testing.T) {
	tests := []struct {
		name string
		n    int
		key  string
		want string
	}{
		{"Zero", 0, "event", "0 أحداث"},
		{"One", 1, "event", "1 حدث"},
		{"Two", 2, "entity", "كيانان"},
		{"TwoArticles", 2, "article", "مقالان"},
		{"Three", 3, "entity", "3 كيانات"},
		{"Five", 5, "event", "5 أحداث"},
		{"Ten", 10, "article", "10 مقالات"},
		{"Eleven", 11, "event", "11 حدثا"},
		{"Twenty", 20, "article", "20 مقالا"},
		{"TwentyEntities", 20, "entity", "20 كيانا"},
		{"NinetyNine", 99, "event", "99 حدثا"},
		{"Hundred", 100, "event", "100 حدث"},
		{"HundredOne", 101, "event", "101 حدث"},
		{"HundredThree", 103, "event", "103 أحداث"},
		{"HundredTwelve", 112, "entity", "112 كيانا"},
		{"Thousand", 1000, "article", "1000 مقال"},
		{"Sources", 4, "source", "4 مصادر"},
		{"UnknownKey", 7, "widget", "7 widget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Count(tt.n, tt.key); got != tt.want {
				t.Errorf("Count(%d, %q): got %q, want %q", tt.n, tt.key, got, tt.want)
			}
		})
	}
}

func TestFigureText(t *testing.T) {
	tests := []struct {
		name string
		f    marsad.Figure
		want string
	}{
		{"Billions", marsad.Figure{Value: 12e9, Unit: "USD"}, "12 مليار دولار"},
		{"BillionsAbout", marsad.Figure{Value: 12e9, Unit: "USD", Qualifier: marsad.About}, "نحو 12 مليار دولار"},
		{"BillionsDecimal", marsad.Figure{Value: 6.4e9, Unit: "EUR", Qualifier: marsad.Exact}, "6.4 مليار يورو"},
		{"Millions", marsad.Figure{Value: 1.2e6, Unit: "PERSON"}, "1.2 مليون شخص"},
		{"Trillion", marsad.Figure{Value: 1.5e12, Unit: "USD", Qualifier: marsad.MoreThan}, "أكثر من 1.5 تريليون دولار"},
		{"NotRoundMillions", marsad.Figure{Value: 1234567, Unit: "PERSON"}, "1,234,567 شخصا"},
		{"Thousands", marsad.Figure{Value: 12000, Unit: "PERSON", Qualifier: marsad.LessThan}, "أقل من 12,000 شخص"},
		{"FewDays", marsad.Figure{Value: 5, Unit: "DAY"}, "5 أيام"},
		{"TwoYears", marsad.Figure{Value: 2, Unit: "YEAR"}, "سنتان"},
		{"OneYear", marsad.Figure{Value: 1, Unit: "YEAR"}, "1 سنة"},
		{"ElevenDays", marsad.Figure{Value: 11, Unit: "DAY"}, "11 يوما"},
		{"Percent", marsad.Figure{Value: 12.3, Unit: "PERCENT"}, "12.3٪"},
		{"Count", marsad.Figure{Value: 47, Unit: "COUNT"}, "47"},
		{"Ordinal", marsad.Figure{Value: 39, Unit: "COUNT", Qualifier: marsad.Ordinal}, "39"},
		{"UnknownUnit", marsad.Figure{Value: 3, Unit: "WIDGET"}, "3 WIDGET"},
		{"Negative", marsad.Figure{Value: -2500, Unit: "COUNT"}, "-2,500"},
		{"Fraction", marsad.Figure{Value: 1234.567, Unit: "COUNT"}, "1,234.57"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FigureText(tt.f); got != tt.want {
				t.Errorf("FigureText(%v %s %s): got %q, want %q", tt.f.Value, tt.f.Unit, tt.f.Qualifier, got, tt.want)
			}
		})
	}
}

func TestArabicLabels(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) string
		in   string
		want string
	}{
		{"Asserted", modalityArabic, "asserted", "مؤكَّد"},
		{"Negated", modalityArabic, "negated", "منفي"},
		{"ModalityUnknown", modalityArabic, "hoped", "hoped"},
		{"Agree", ploverArabic, "AGREE", "اتفاق"},
		{"AssaultLower", ploverArabic, "assault", "اعتداء"},
		{"PloverUnknown", ploverArabic, "DANCE", "DANCE"},
		{"President", roleArabic, "president", "الرئيس"},
		{"ForeignMinister", roleArabic, "foreign_minister", "وزير الخارجية"},
		{"RoleUnknown", roleArabic, "chief_scout", "chief scout"},
		{"FromText", dateSourceArabic, "text", "من النص"},
		{"FromMetadata", dateSourceArabic, "metadata", "من البيانات الوصفية"},
		{"USD", unitArabic, "USD", "دولار"},
		{"Count", unitArabic, "COUNT", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q for %q, want %q", got, tt.in, tt.want)
			}
		})
	}
}

func TestActorName(t *testing.T) {
	d := &marsad.Document{Entities: []marsad.Entity{
		{ID: "Q851", Name: "Saudi Arabia", Arabic: "السعودية", Type: marsad.EntityCountry, Code: "SAU"},
		{ID: "Q7747", Name: "Vladimir Putin", Arabic: "فلاديمير بوتين", Type: marsad.EntityPerson, Code: "RUS"},
		{Name: "the West", Arabic: "الغرب", Type: marsad.EntityLocation, Code: "WST"},
	}}
	tests := []struct {
		name, side string
		code       marsad.ActorCode
		want       string
	}{
		{"QIDInDocument", "Q851", "SAU", "السعودية"},
		{"PersonQID", "Q7747", "RUS", "فلاديمير بوتين"},
		{"ArabicName", "عباس عراقجي", "IRN", "عباس عراقجي"},
		{"UnknownQIDByCode", "Q160381", "WST", "الغرب"},
		{"CodeOnly", "", "SAU", "السعودية"},
		{"PersonDoesNotStandForCountry", "", "RUS", ""},
		{"UnknownQIDNoCode", "Q99", "", "Q99"},
		{"CodeAsName", "SAU", "SAU", "السعودية"},
		{"UnknownCodeAsName", "EGY", "EGY", "EGY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actorName(d, tt.side, tt.code); got != tt.want {
				t.Errorf("actorName(%q, %q): got %q, want %q", tt.side, tt.code, got, tt.want)
			}
		})
	}
}

func ExampleCount() {
	for _, n := range []int{1, 2, 5, 20} {
		fmt.Println(Count(n, "event"))
	}
	// Output:
	// 1 حدث
	// حدثان
	// 5 أحداث
	// 20 حدثا
}

func ExampleFigureText() {
	fmt.Println(FigureText(marsad.Figure{Value: 12e9, Unit: "USD", Qualifier: marsad.About}))
	// Output: نحو 12 مليار دولار
}

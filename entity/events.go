package entity

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/gazetteer"
)

// events are well-known historical and current events that news reports
// name as such; the knowledge base holds no EVENT records, so the
// recognizer carries this short list of its own.
var events = []*gazetteer.Entity{
	{QID: "Q362", Type: marsad.EntityEvent, Name: "World War II", Arabic: "الحرب العالمية الثانية",
		Aliases: []string{"الحرب الكونية الثانية"}},
	{QID: "Q361", Type: marsad.EntityEvent, Name: "World War I", Arabic: "الحرب العالمية الأولى",
		Aliases: []string{"الحرب الكونية الأولى"}},
	{QID: "Q8683", Type: marsad.EntityEvent, Name: "Cold War", Arabic: "الحرب الباردة"},
	{QID: "Q110999040", Type: marsad.EntityEvent, Name: "Russian invasion of Ukraine", Arabic: "الحرب في أوكرانيا",
		Aliases: []string{"حرب أوكرانيا", "الغزو الروسي لأوكرانيا", "الغزو الروسي", "الحرب الروسية الأوكرانية",
			"الحرب على أوكرانيا", "النزاع في أوكرانيا", "الصراع في أوكرانيا", "غزو أوكرانيا", "غزو روسيا لأوكرانيا",
			"الحرب الأوكرانية", "الأزمة الأوكرانية"}},
	{QID: "Q189266", Type: marsad.EntityEvent, Name: "Great Patriotic War", Arabic: "الحرب الوطنية العظمى"},
	{Type: marsad.EntityEvent, Name: "Gaza war", Arabic: "الحرب في غزة",
		Aliases: []string{"الحرب على غزة", "حرب غزة", "الحرب الإسرائيلية على غزة", "العدوان على غزة", "العدوان الإسرائيلي على غزة"}},
	{QID: "Q29198", Type: marsad.EntityEvent, Name: "Arab Spring", Arabic: "الربيع العربي"},
	{Type: marsad.EntityEvent, Name: "Syrian civil war", Arabic: "الحرب الأهلية السورية",
		Aliases: []string{"الحرب في سوريا", "الحرب السورية", "الأزمة السورية"}},
	{Type: marsad.EntityEvent, Name: "Sudanese civil war", Arabic: "الحرب في السودان",
		Aliases: []string{"الحرب السودانية", "حرب السودان"}},
	{Type: marsad.EntityEvent, Name: "COVID-19 pandemic", Arabic: "جائحة كورونا",
		Aliases: []string{"وباء كورونا", "جائحة كوفيد"}},
}

package analysis_test

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
)

func TestNew_AnalysesEveryStage(t *testing.T) {
	p := analysis.New(nil, marsad.DayDate(time.Date(2025, 10, 15, 0, 0, 0, 0, time.UTC)))
	a := &marsad.Article{ID: "r", Text: "وزير الخارجية السعودي يلتقي نظيره الإيراني في مسقط\n\n" +
		"التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني عباس عراقجي في مسقط أمس، " +
		"وقال إن البلدين \"ملتزمان بتنفيذ الاتفاق\"، مشيرا إلى أن التبادل التجاري بلغ نحو 1.2 مليار دولار.\n"}
	d := p.Analyze(a)
	if d.Title == "" || len(d.Entities) == 0 || len(d.Quotes) == 0 || len(d.Figures) == 0 || len(d.Events) == 0 {
		t.Errorf("got title %q, %d entities, %d quotes, %d figures, %d events; want every stage to find something",
			d.Title, len(d.Entities), len(d.Quotes), len(d.Figures), len(d.Events))
	}
	if d.Published.String() != "2025-10-15" {
		t.Errorf("published %s, want the given 2025-10-15", d.Published)
	}
}

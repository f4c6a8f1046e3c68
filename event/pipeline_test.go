package event_test

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// TestPipeline_Sentences runs short reports of protests, clashes, attacks,
// arrests and diplomacy in many countries (our own sentences) through the
// real pipeline and checks each event's type, source code and target code
// (and its date when the case gives one).
func TestPipeline_Sentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // TYPE SRC>TGT, or TYPE SRC>TGT DATE
	}{
		{"ProtestPlaceOnly", "تظاهر آلاف السودانيين في الخرطوم للمطالبة بوقف الحرب.", []string{"PROTEST SDN>"}},
		{"ProtestNominal", "خرجت مظاهرات حاشدة في مدينة تعز احتجاجا على تدهور الأوضاع المعيشية.", []string{"PROTEST YEM>"}},
		{"ProtestAgainstGov", "نظم محتجون اعتصاما أمام مقر الحكومة في بغداد.", []string{"PROTEST IRQ>"}},
		{"ClashArmyRSF", "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر.", []string{"ASSAULT SDN>SDN"}},
		{"AirstrikeGaza", "شنت إسرائيل غارات جوية على خان يونس جنوب قطاع غزة.", []string{"ASSAULT ISR>PSE"}},
		{"PassiveKilled", "قُتل ثلاثة مدنيين في قصف استهدف حيا سكنيا في حلب.", []string{"ASSAULT SYR>SYR"}},
		{"ArrestPolice", "اعتقلت الشرطة الباكستانية عشرات المحتجين في بيشاور.", []string{"COERCE PAK>PAK"}},
		{"PassiveArrest", "اعتُقل صحفي في طهران بتهمة نشر أخبار كاذبة.", []string{"COERCE IRN>IRN"}},
		{"Bombing", "أسفر تفجير انتحاري في مقديشو عن مقتل عشرة أشخاص.", []string{"ASSAULT SOM>SOM"}},
		{"GunmenBurkina", "هاجم مسلحون قرية في شمال بوركينا فاسو وقتلوا عشرين مدنيا.", []string{"ASSAULT BFA>BFA"}},
		{"HouthiMissile", "أطلق الحوثيون صواريخ باتجاه إسرائيل.", []string{"ASSAULT YEM>ISR"}},
		{"Sanctions", "فرض الاتحاد الأوروبي عقوبات جديدة على إيران.", []string{"COERCE EU>IRN"}},
		{"Condemn", "أدانت مصر الهجوم الإسرائيلي على لبنان.", []string{"ACCUSE EGY>ISR"}},
		{"Accuse", "اتهمت الحكومة اليمنية الحوثيين بعرقلة جهود السلام.", []string{"ACCUSE YEM>YEM"}},
		{"Host", "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي في أنقرة.", []string{"CONSULT TUR>IRQ"}},
		{"Call", "دعت الأمم المتحدة الأطراف الليبية إلى وقف القتال في طرابلس.", []string{"REQUEST UN>LBY"}},
		{"Sign", "وقعت السعودية وباكستان اتفاقية دفاع مشترك.", []string{"SUPPORT SAU>PAK"}},
		{"Threaten", "هددت إيران بإغلاق مضيق هرمز.", []string{"THREATEN IRN>"}},
		{"Aid", "قدمت الإمارات مساعدات إنسانية إلى السودان.", []string{"AID ARE>SDN"}},
		{"Invasion", "بدأ الغزو الروسي لأوكرانيا في فبراير 2022.", []string{"ASSAULT RUS>UKR 2022-02"}},
		{"Expel", "طردت النيجر السفير الفرنسي.", []string{"SANCTION NER>FRA"}},
		{"Myanmar", "قصف جيش ميانمار قرى في ولاية راخين.", []string{"ASSAULT MMR>"}},
		{"Deny", "نفت حركة حماس مسؤوليتها عن الهجوم.", []string{"REJECT PSE>"}},
		{"Praise", "أشاد وزير الخارجية الأمريكي بجهود قطر في الوساطة.", []string{"SUPPORT USA>QAT"}},
		{"Weekday", "واعتقلت السلطات العراقية يوم الثلاثاء ناشطين في البصرة.", []string{"COERCE IRQ>IRQ 2025-04-08"}},
		{"Attend", "حضر الرئيس الإيراني قمة في العاصمة الصينية بكين.", []string{"CONSULT IRN>CHN"}},
		{"ClashWith", "اشتبكت قوات الأمن العراقية مع محتجين في الناصرية.", []string{"ASSAULT IRQ>"}},
		{"TearGas", "أطلقت الشرطة الكينية الغاز المسيل للدموع على متظاهرين في نيروبي.", []string{"COERCE KEN>KEN"}},
		{"CarBomb", "انفجرت سيارة مفخخة في سوق شعبي ببغداد.", []string{"ASSAULT IRQ>IRQ"}},
		{"DroneStrike", "قصفت طائرة مسيرة تركية مواقع في شمال العراق.", []string{"ASSAULT TUR>IRQ"}},
		{"StormCamp", "اقتحمت القوات الإسرائيلية مخيم جنين في الضفة الغربية.", []string{"ASSAULT ISR>PSE"}},
		{"Warn", "حذرت الولايات المتحدة كوريا الشمالية من إجراء تجربة نووية.", []string{"THREATEN USA>PRK"}},
		{"KilledByArmy", "قتل خمسة فلسطينيين برصاص الجيش الإسرائيلي في نابلس.", []string{"ASSAULT ISR>PSE"}},
		{"Execution", "أعدمت السلطات الإيرانية ثلاثة متظاهرين في أصفهان.", []string{"ASSAULT IRN>IRN"}},
		{"JointSubjectWithWaw", "عقد السيسي وأردوغان اجتماعا مع رئيس الوزراء العراقي في بغداد.", []string{"CONSULT EGY>IRQ", "CONSULT TUR>IRQ"}},
		{"PossessiveSupport", "وأكد أردوغان دعمه لجهود السودان في تحقيق السلام.", []string{"SUPPORT TUR>SDN"}},
		{"AttendHost", "استضافت قطر قمة إقليمية في الدوحة، حضرها أيضا الرئيس التركي رجب طيب أردوغان.", []string{"CONSULT TUR>QAT"}},
		{"CommaJoinedKeepsNearestSubject", "واتهمت إسرائيل إيران بتسليح الحوثيين، وهو ما تنفيه طهران، وعرضت الوساطة أيضا.", []string{"AGREE IRN>"}},
		{"DateAfterQuote", "ووقعت مصر مع تركيا اتفاقية \"تعاون شامل\" في مارس 2023.", []string{"SUPPORT EGY>TUR 2023-03"}},
		{"DateInTemporalAdjunct", "وكان آخر لقاء بين أردوغان والسيسي في القاهرة، عندما استقبل الرئيس المصري نظيره التركي في فبراير 2024.", []string{"CONSULT TUR>EGY 2024-02"}},
		{"AddedKeepsSetting", "وخلال زيارته إلى أنقرة في يناير الماضي، التقى السيسي أردوغان.\nوأضاف السيسي: \"مصر مستعدة للعمل مع تركيا\".", []string{"AGREE EGY>TUR 2025-01"}},
		{"Strike", "أضرب عمال النفط في عدن عن العمل للمطالبة برواتبهم.", []string{"PROTEST YEM>"}},
	}
	p := newPipeline()
	pub := time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := p.analyze(&marsad.Article{ID: tt.name, Text: tt.text, Published: pub})
			var got []string
			for _, e := range doc.Events {
				got = append(got, string(e.Type)+" "+string(e.SourceCode)+">"+string(e.TargetCode)+" "+e.Date.String())
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
					}
				}
				if !found {
					var ents []string
					for _, e := range doc.Entities {
						ents = append(ents, e.Arabic+"/"+string(e.Code))
					}
					t.Errorf("Run(%q): got %q, want %q (entities %q)", tt.text, got, w, ents)
				}
			}
		})
	}
}

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

// TestPipeline_Rules checks the rules of the latest round on sentences of
// our own, through the real pipeline: each case lists every event the
// coder must code (TYPE SRC>TGT MODALITY), no more and no fewer.
func TestPipeline_Rules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// The content of an accusation is the accused's act, claimed.
		{"AccusationNestsClaimedAid", "اتهمت إسرائيل إيران بتقديم دعم عسكري لحزب الله.", []string{"ACCUSE ISR>IRN asserted", "AID IRN>LBN claimed"}},
		// Sanctions with no target after them weigh on the actor before them.
		{"SanctionsImpliedTarget", "وقال مسؤولون إن الاقتصاد الروسي غير خاضع للعقوبات الغربية.", []string{"COERCE WST>RUS asserted"}},
		// Two nisbas of different codes after a nominal: source and target.
		{"NisbaPair", "وتصاعد الخلاف الأمريكي الصيني حول الرسوم الجمركية.", []string{"ACCUSE USA>CHN asserted"}},
		{"NisbaPairWar", "وتصاعدت الحرب الروسية الأوكرانية.", []string{"ASSAULT RUS>UKR asserted"}},
		// A lasting state needs named parties, not only a place.
		{"LastingNeedsParties", "وتأتي الزيارة وسط تصاعد الحرب في السودان.", nil},
		{"ConflictBetween", "اندلع صراع بين الهند وباكستان عام 1947.", []string{"ASSAULT IND>PAK asserted"}},
		// Pressure with no one it weighs on is background.
		{"PressureWithoutTarget", "ومع استمرار الضغوط الأمريكية، تراجعت الليرة.", nil},
		// A show of force with no actor is the place's country's.
		{"ParadePlace", "أقيم العرض العسكري في العاصمة الإيرانية طهران.", []string{"MOBILIZE IRN> asserted"}},
		// The denial answers the claimant named after the claim word.
		{"DenialTargetsClaimant", "زعم مسؤولون إسرائيليون أن إيران زودت الحوثيين بصواريخ، وهو ما تنفيه طهران.", []string{"AID IRN>YEM claimed", "REJECT IRN>ISR asserted"}},
		// Officials "from the two countries" meet each other.
		{"PairAfterMin", "والأحد، عقد كبار المسؤولين من البلدين السعودية وإيران اجتماعا في الرياض.", []string{"CONSULT SAU>IRN asserted"}},
		// A meeting named again by a noun is the one reported before.
		{"AnaphoricMeeting", "استقبل الرئيس التركي رجب طيب أردوغان الرئيس المصري عبد الفتاح السيسي في أنقرة. وتناول اللقاء بين أردوغان والسيسي ملفات إقليمية.", []string{"CONSULT TUR>EGY asserted"}},
		// مقاطعة is a province as often as a boycott; منح grants anything.
		{"ProvinceNotBoycott", "وفاز المنتخب على منتخب مقاطعة يونان الصينية.", nil},
		{"GrantOpportunity", "منحت الجائزة فرصة للكاتب المصري.", nil},
		{"GrantLoan", "منح الاتحاد الأوروبي مصر قرضا بقيمة مليار يورو.", []string{"AID EU>EGY asserted"}},
		// Protest, force and violence vocabulary.
		{"Gather", "احتشد مئات المحتجين أمام البرلمان في بغداد.", []string{"PROTEST IRQ> asserted"}},
		{"Raid", "داهمت قوات الأمن العراقية منازل في البصرة.", []string{"ASSAULT IRQ>IRQ asserted"}},
		// (Coercion with no named victim weighs on the actor's own people.)
		{"Curfew", "فرضت السلطات الإيرانية حظر التجول في مدينة زاهدان.", []string{"COERCE IRN>IRN asserted"}},
		{"Wounded", "أصيب خمسة أشخاص برصاص الشرطة الكينية في نيروبي.", []string{"ASSAULT KEN>KEN asserted"}},
		{"StrikeCarriedOut", "نفذ عمال الموانئ إضرابا عن العمل في بيروت.", []string{"PROTEST LBN> asserted"}},
		{"HungerStrike", "بدأ معتقلون فلسطينيون إضرابا عن الطعام في سجن عوفر.", []string{"PROTEST PSE> asserted"}},
		{"Demolish", "هدمت القوات الإسرائيلية منازل في الضفة الغربية.", []string{"ASSAULT ISR>PSE asserted"}},
		{"AssassinationAttempt", "نجا رئيس الوزراء العراقي من محاولة اغتيال في بغداد.", []string{"ASSAULT IRQ>IRQ asserted"}},
		// A comma-joined verb whose next name is the subject again keeps it
		// as its subject, not its object.
		{"CommaJoinedSubjectAgain", "والتقى السيسي وأردوغان في أنقرة، ودعا الرئيسان إلى وقف الحرب.", []string{"CONSULT EGY>TUR asserted", "REQUEST EGY> asserted"}},
		// An apposition between commas after the subject is left out.
		{"Apposition", "وعززت مصر وتركيا، الخصمان السابقان، التعاون الاقتصادي بينهما.", []string{"COOPERATE EGY>TUR asserted"}},
		{"WeekdayApposition", "وأدانت فرنسا، الاثنين، الهجوم الإيراني على إسرائيل.", []string{"ACCUSE FRA>IRN asserted"}},
		// Cooperation "between their countries" by a joint subject is the pair's.
		{"BetweenTheirCountries", "ووسع أردوغان والسيسي التنسيق بين بلديهما.", []string{"COOPERATE TUR>EGY asserted"}},
		// Those who attend alongside the subject attend too.
		{"AttendAlongside", "وحضر الرئيس التركي القمة في الرياض، إلى جانب أمير قطر والرئيس الفرنسي.", []string{"CONSULT TUR>SAU asserted", "CONSULT QAT>SAU asserted", "CONSULT FRA>SAU asserted"}},
		// A pronoun after a preposition names the nearest fitting actor before.
		{"PronounTargetMasc", "وزار نتنياهو واشنطن رغم مذكرة التوقيف الصادرة بحقه من المحكمة الجنائية الدولية.", []string{"CONSULT ISR>USA asserted", "COERCE ICC>ISR asserted"}},
		{"PronounTargetFem", "وتعد إيران شريكا لروسيا وقد فرضت عليها الولايات المتحدة عقوبات.", []string{"COERCE USA>RUS asserted"}},
		// The genitive name of a transitive verbal noun is its object.
		{"VerbalNounObject", "وواصلت إسرائيل قصف غزة.", []string{"ASSAULT ISR>PSE asserted"}},
		{"VerbalNounObjectNisba", "وأسفر قصف حلب الروسي عن مقتل العشرات.", []string{"ASSAULT RUS>SYR asserted"}},
		{"VerbalNounAgentBeforeLam", "وتواصل قصف إسرائيل لغزة.", []string{"ASSAULT ISR>PSE asserted"}},
		{"VerbalNounOfRole", "وتحدثت تقارير عن دور إيران في تزويد روسيا بطائرات مسيرة.", []string{"AID IRN>RUS asserted"}},
		// A war named by its place names no party.
		{"WarOfPlace", "وتراجع التعاون بعد حرب السودان.", nil},
		// Confronting someone over something names the target.
		{"ConfrontOver", "وواجه وزير الخارجية الأمريكي في الأيام الأخيرة نظيره التركي بشأن صفقة الصواريخ.", []string{"ACCUSE USA>TUR asserted"}},
		{"FaceChallengesNoTarget", "وتواجه الحكومة اللبنانية ضغوطا كبيرة بشأن الإصلاحات.", nil},
		// A cause after an action is an event of its own, not its content.
		{"CauseNotContent", "وأثارت الزيارة انتقادات بسبب اعتقال إيران ناشطين.", []string{"COERCE IRN>IRN asserted"}},
		// Coercion and violence with no named victim: the town named before
		// in the sentence, else the actor's own people.
		{"DomesticArrest", "واعتقلت الشرطة المصرية عشرات الناشطين بتهمة التظاهر.", []string{"COERCE EGY>EGY asserted"}},
		{"TownBefore", "وحاصرت القوات السورية مدينة درعا، واعتقلت العشرات.", []string{"COERCE SYR>SYR asserted", "COERCE SYR>SYR asserted"}},
		{"TownAfter", "قتل سبعة أشخاص في قصف روسي على مدينة خاركيف.", []string{"ASSAULT RUS>UKR asserted"}},
		// A verb joined by و in the clause keeps the subject; the name after it is its object.
		{"JoinedVerbObject", "وزار أمير قطر طهران والتقى الرئيس الإيراني.", []string{"CONSULT QAT>IRN asserted", "CONSULT QAT>IRN asserted"}},
		{"JoinedVerbNewSubject", "واستقبل أردوغان السيسي ورحب الرئيس المصري بالاتفاق مع تركيا.", []string{"CONSULT TUR>EGY asserted", "SUPPORT EGY>TUR asserted"}},
		// A violent verb before a count reads as a passive; the attack's actor is the source.
		{"CountedVictims", "قتل سبعة أشخاص في قصف روسي على مدينة خاركيف.", []string{"ASSAULT RUS>UKR asserted"}},
		// A partitive من after the verb's object names the group acted on.
		{"PartitiveTarget", "واعتقل الجيش العراقي عناصر من تنظيم داعش.", []string{"COERCE IRQ>ISIS asserted"}},
		// A protest before a city's building is by its people.
		{"ProtestBeforeTown", "واعتصم موظفون أمام مبنى محافظة البصرة.", []string{"PROTEST IRQ> asserted"}},
		// A joint subject of a verb of discussion is a pair consulting
		// (بحث is no ب + حث), and a family name after آل stays the name.
		{"JointSubjectDiscusses", "بحث وزير الخارجية المصري ووزير الخارجية التركي، الاثنين في أنقرة، سبل تعزيز التعاون بين البلدين.", []string{"CONSULT EGY>TUR asserted"}},
		{"FamilyNameJointSubject", "بحث الأمير فيصل بن فرحان آل سعود ووزير الخارجية التركي سبل تعزيز التعاون.", []string{"CONSULT SAU>TUR asserted"}},
		// A dual verb with no subject of its own is the act of the pair.
		{"DualVerbTakesPair", "بحث وزير الخارجية المصري ووزير الخارجية التركي سبل تعزيز التعاون. واتفقا على تبادل الخبرات.", []string{"CONSULT EGY>TUR asserted", "AGREE EGY>TUR asserted"}},
		// A group mention the sentence does not name is the pair that met.
		{"GroupIsPairThatMet", "استقبل الرئيس الفرنسي المستشار الألماني في باريس. ويعمل البلدان على زيادة حجم التبادل التجاري بينهما.", []string{"CONSULT FRA>DEU asserted", "COOPERATE FRA>DEU asserted"}},
		// A measured nominal is the subject of a statistic, a figure.
		{"StatisticNoEvent", "استقبل الرئيس الفرنسي المستشار الألماني في باريس. ويبلغ حجم التبادل التجاري بين البلدين نحو 200 مليار يورو.", []string{"CONSULT FRA>DEU asserted"}},
		{"OurLeadersArePair", "التقى وزير الخارجية الأردني نظيره العراقي في عمان. وقال الوزير العراقي: \"التقى قادتنا مرتين هذا العام\".", []string{"CONSULT JOR>IRQ asserted", "CONSULT JOR>IRQ asserted"}},
		// The host of a pair's meeting hosts both.
		{"HostOfPair", "وبحث رئيس الوزراء العراقي والرئيس الإيراني سبل التعاون في اجتماع استضافته قطر.", []string{"CONSULT IRQ>IRN asserted", "CONSULT QAT>IRQ asserted", "CONSULT QAT>IRN asserted"}},
		// A verb describing a quantified noun is part of the object, and a
		// refusal of anything general with no one named is no event.
		{"AttributiveVerb", "ورفضت مصر أي أعمال تهدد الملاحة الدولية.", []string{"REJECT EGY> asserted"}},
		{"GenericRefusal", "وأكد الوزيران رفض أي أعمال تهدد أمن الملاحة.", nil},
		{"EveryDayIsTime", "وكل يوم تقصف إسرائيل غزة.", []string{"ASSAULT ISR>PSE asserted"}},
		// Talks held during a visit are the visit.
		{"TalksDuringVisit", "ووصل الرئيس الإيراني إلى أنقرة في زيارة يجري خلالها محادثات مع الرئيس التركي.", []string{"CONSULT IRN>TUR asserted"}},
	}
	p := newPipeline()
	pub := time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := p.analyze(&marsad.Article{ID: tt.name, Text: tt.text, Published: pub})
			var got []string
			for _, e := range doc.Events {
				got = append(got, string(e.Type)+" "+string(e.SourceCode)+">"+string(e.TargetCode)+" "+string(e.Modality))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Run(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPipeline_DayNews checks the date of a past action with no time of
// its own in a dated article: the day of the news (the publication day,
// or the lead's day up to two days before it), unless the clause sets
// it before (كان ... قد, سبق أن).
func TestPipeline_DayNews(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"LaterParagraph", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان.\nوقال السيسي إن مصر مستعدة.\nوأضاف أن البلدين يعملان معا.\nوانتقد السيسي إسرائيل بشدة.", "2025-04-10"},
		{"Pluperfect", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان.\nوقال السيسي إن مصر مستعدة.\nوأضاف أن البلدين يعملان معا.\nوكان السيسي قد انتقد إسرائيل بشدة.", ""},
		{"LeadDay", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان أمس الأربعاء.\nوقال السيسي إن مصر مستعدة.\nوأضاف أن البلدين يعملان معا.\nوانتقد السيسي إسرائيل بشدة.", "2025-04-09"},
		{"Since", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان.\nوقال السيسي إن مصر مستعدة.\nوأضاف أن البلدين يعملان معا.\nوسبق أن انتقدت مصر إسرائيل بشدة.", ""},
	}
	p := newPipeline()
	pub := time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := p.analyze(&marsad.Article{ID: tt.name, Text: tt.text, Published: pub})
			for _, e := range doc.Events {
				if e.Type == "ACCUSE" && e.TargetCode == "ISR" {
					if got := e.Date.String(); got != tt.want {
						t.Errorf("date of %q: got %q, want %q", e.Evidence, got, tt.want)
					}
					return
				}
			}
			t.Errorf("Run(%q): no ACCUSE EGY>ISR in %v", tt.text, doc.Events)
		})
	}
}

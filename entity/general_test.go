package entity_test

import (
	"slices"
	"testing"

	"github.com/marsad-project/marsad"
)

// mentionsOf returns the mention texts of the entity with the given
// English name, or nil.
func mentionsOf(es []marsad.Entity, name string) []string {
	e := find(es, name)
	if e == nil {
		return nil
	}
	var ms []string
	for _, m := range e.Mentions {
		ms = append(ms, m.Text)
	}
	return ms
}

// generalCase checks which entities have a given mention text: each of
// has must have it among its mentions, none of hasNot.
type generalCase struct {
	name, text, day string
	mention         string   // the mention text checked
	has, hasNot     []string // English names
	code            map[string]marsad.ActorCode
	arabic          map[string]string // English name: its Arabic form
}

func runGeneral(t *testing.T, tests []generalCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := run(t, tc.text, tc.day)
			for _, n := range tc.has {
				if !slices.Contains(mentionsOf(es, n), tc.mention) {
					t.Errorf("%s: got %s, want %q a mention of %s", tc.text, names(es), tc.mention, n)
				}
			}
			for _, n := range tc.hasNot {
				if slices.Contains(mentionsOf(es, n), tc.mention) {
					t.Errorf("%s: got %s, want %q no mention of %s", tc.text, names(es), tc.mention, n)
				}
			}
			for n, c := range tc.code {
				if e := find(es, n); e == nil || e.Code != c {
					t.Errorf("%s: got %s, want %s coded %s", tc.text, names(es), n, c)
				}
			}
			for n, a := range tc.arabic {
				if e := find(es, n); e == nil || e.Arabic != a {
					t.Errorf("%s: got %s, want %s written %q", tc.text, names(es), n, a)
				}
			}
		})
	}
}

func TestRecognizer_GroupPair(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "HostAfterPair",
			text:    "التقى وزير الخارجية المصري ونظيره التركي في الدوحة بدعوة من قطر، وبحث الجانبان العلاقات بين البلدين.",
			day:     "2024-02-01",
			mention: "البلدين", has: []string{"Egypt", "Turkey"}, hasNot: []string{"Qatar"},
		},
		{
			name:    "HostNamedAlone",
			text:    "اتفقت الجزائر وفرنسا على خطة عمل. وذكر بيان صادر عن الخارجية الإيطالية التي استضافت اللقاء أن البلدين سيتبادلان السفراء.",
			mention: "البلدين", has: []string{"Algeria", "France"}, hasNot: []string{"Italy"},
		},
		{
			name:    "LeadersSideBySide",
			text:    "استقبل الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو بحضور رئيس وزراء الهند. وأكد الزعيمان متانة العلاقات.",
			day:     "2024-05-16",
			mention: "الزعيمان", has: []string{"Vladimir Putin", "Xi Jinping"}, hasNot: []string{"Narendra Modi"},
		},
		{
			name:    "CountriesOfJoinedPeople",
			text:    "وتحدث ماكرون عن أوكرانيا طويلا. ووسع ماكرون وشولتس التعاون بين بلديهما.",
			day:     "2023-03-01",
			mention: "بلديهما", has: []string{"France", "Germany"}, hasNot: []string{"Ukraine"},
		},
		{
			name:    "CapitalsStandForCountries",
			text:    "وكانت أنقرة والقاهرة قد أعلنتا استئناف العلاقات بوساطة من الإمارات، واتفق البلدان على تبادل السفراء.",
			mention: "البلدان", has: []string{"Turkey", "Egypt"}, hasNot: []string{"United Arab Emirates"},
		},
		{
			name:    "ListIsNoPair",
			text:    "وتناولت المحادثات بين روسيا والصين الوضع في سوريا وليبيا والسودان، وأكد البلدان رفضهما للعقوبات.",
			mention: "البلدان", has: []string{"Russia", "China"}, hasNot: []string{"Libya", "Sudan"},
		},
		{
			name:    "ObjectOfPrepositionIsNoPair",
			text:    "وقعت اليابان وكوريا الجنوبية اتفاقا يتضمن إشارات إلى الهند وأستراليا، وقال البلدان إنه تاريخي.",
			mention: "البلدان", has: []string{"Japan", "South Korea"}, hasNot: []string{"India", "Australia"},
		},
		{
			name:    "NoPairFallsBackToTheLastTwo",
			text:    "وقالت مصر إن السودان يواجه أزمة، ودعت البلدين إلى الحوار.",
			mention: "البلدين", has: []string{"Egypt", "Sudan"},
		},
	})
}

func TestRecognizer_Blocs(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "IndefiniteBloc",
			text:    "وتتهم كندا ودول أوروبية طهران بتزويد موسكو بالطائرات المسيرة.",
			mention: "أوروبية", has: []string{"Europe"}, code: map[string]marsad.ActorCode{"Europe": "EUR"},
		},
		{
			name:    "DefiniteBloc",
			text:    "وقالت الدول الأوروبية إنها ستعيد فرض العقوبات.",
			mention: "الأوروبية", has: []string{"Europe"},
		},
		{
			name:    "WesternCountries",
			text:    "وفرضت دول غربية قيودا على صادرات الرقائق.",
			mention: "غربية", has: []string{"the West"}, code: map[string]marsad.ActorCode{"the West": "WST"},
		},
		{
			name:    "AfricanCapitals",
			text:    "ورحبت العواصم الأفريقية بالمبادرة.",
			mention: "الأفريقية", has: []string{"Africa"},
		},
		{
			name:    "ArabCountriesIndefinite",
			text:    "وأعلنت دول عربية دعمها للمبادرة.",
			mention: "عربية", has: []string{"Arab world"},
		},
		{
			name:    "OrdinaryNounIsNoBloc",
			text:    "وارتفعت أسهم الشركات الأوروبية وتراجعت الأسواق العربية.",
			mention: "الأوروبية", hasNot: []string{"Europe"},
		},
		{
			name:    "DefinitenessMustAgree",
			text:    "وتراجعت حصة دول الأوروبية في السوق.",
			mention: "الأوروبية", hasNot: []string{"Europe"},
		},
		{
			name:    "UnionStaysTheUnion",
			text:    "وقررت دول الاتحاد الأوروبي تمديد العقوبات.",
			mention: "الاتحاد الأوروبي", has: []string{"European Union"},
		},
	})
}

func TestRecognizer_AccusativeNisba(t *testing.T) {
	runGeneral(t, []generalCase{
		{name: "Support", text: "وتلقى الجيش دعما فرنسيا كبيرا.", mention: "فرنسيا", has: []string{"France"}},
		{name: "Victory", text: "واعتبر المتحدث القرار انتصارا فلسطينيا.", mention: "فلسطينيا", has: []string{"State of Palestine"}},
		{name: "American", text: "وانتظر الوفد ردا أمريكيا على المقترح.", mention: "أمريكيا", has: []string{"United States"}},
		{name: "CountryNameStaysTheCountry", text: "وزار الوفد روسيا الأسبوع الماضي.", mention: "روسيا", has: []string{"Russia"}},
		{name: "NotACountry", text: "وتلقى دعما عسكريا وسياسيا.", mention: "عسكريا", hasNot: []string{"Russia", "France"}},
	})
}

func TestRecognizer_TitleBeforeCommonNoun(t *testing.T) {
	tests := []struct {
		name, text, day string
		person          string // the English name the title must resolve to
		noPersonWith    string // no PERSON may have a mention holding this
	}{
		{"PhoneCall", "وأجرى الرئيس الإيراني اتصالا هاتفيا مع نظيره الفرنسي.", "2024-05-01", "Ebrahim Raisi", "اتصالا"},
		{"Speech", "وألقى الرئيس الفرنسي كلمة مسجلة أمام البرلمان.", "2024-05-01", "Emmanuel Macron", "كلمة"},
		{"Visit", "وبدأ الرئيس الفرنسي زيارة رسمية إلى الجزائر.", "2024-05-01", "Emmanuel Macron", "زيارة"},
		{"Statement", "وأصدر الرئيس الإيراني بيانا مشتركا مع نظيره.", "2024-05-01", "Ebrahim Raisi", "بيانا"},
		{"Meeting", "وعقد وزير الخارجية التركي اجتماعا موسعا مع السفراء.", "2024-05-01", "Hakan Fidan", "اجتماعا"},
		{"PrepositionAfterName", "والتقى رئيس الوزراء الإثيوبي آبي أحمد بالوفود المشاركة.", "2024-05-01", "", "بالوفود"},
		{"ConjunctionAfterTitle", "وقال الرئيس الفرنسي عقب اللقاء إن الحوار مستمر.", "2024-05-01", "Emmanuel Macron", "عقب"},
		{"NamesInAlefStayNames", "وقالت نائبة الرئيس الأمريكي كامالا هاريس إن.", "2024-05-01", "Kamala Harris", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := run(t, tc.text, tc.day)
			if tc.person != "" && find(es, tc.person) == nil {
				t.Errorf("%s: got %s, want %s", tc.text, names(es), tc.person)
			}
			if tc.noPersonWith == "" {
				return
			}
			for _, e := range es {
				for _, m := range e.Mentions {
					if e.Type == marsad.EntityPerson && containsWord(m.Text, tc.noPersonWith) {
						t.Errorf("%s: got PERSON %q with mention %q, want %q in no name", tc.text, e.Arabic, m.Text, tc.noPersonWith)
					}
				}
			}
		})
	}
}

// containsWord reports whether the words of s include w.
func containsWord(s, w string) bool {
	for _, f := range splitWords(s) {
		if f == w {
			return true
		}
	}
	return false
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func TestRecognizer_TitleBody(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "SpokesmanOfBody",
			text:    "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة مهمة.",
			mention: "الكرملين", has: []string{"Kremlin"},
		},
		{
			name:    "SpokeswomanOfNationalMinistry",
			text:    "وقالت الناطقة باسم وزارة الخارجية الإيرانية فاطمة مهاجراني إن الجولة انتهت.",
			mention: "وزارة الخارجية الإيرانية", has: []string{"Iran foreign ministry"},
			code: map[string]marsad.ActorCode{"Iran foreign ministry": "IRN"},
		},
		{
			name:    "CountryAdjectiveOfMinistry",
			text:    "وقالت الناطقة باسم وزارة الخارجية الإيرانية فاطمة مهاجراني إن الجولة انتهت.",
			mention: "الإيرانية", has: []string{"Iran"},
		},
		{
			name:    "HeadOfBody",
			text:    "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتفاق قريب.",
			mention: "المفوضية الأوروبية", has: []string{"European Commission"},
		},
		{
			name:    "HeadOfGovernmentNamesNoBody",
			text:    "والتقى رئيس مجلس الدولة الصيني لي تشيانغ نظيره الروسي في بكين.",
			mention: "مجلس الدولة الصيني", hasNot: []string{"State Council of China"},
		},
	})
}

func TestRecognizer_FeminineEnding(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "DeathIsNoAgency",
			text:    "وارتفعت الحصيلة إلى 2122 وفاة و2421 إصابة.",
			mention: "وفاة", hasNot: []string{"WAFA"},
		},
		{
			name:    "AgencyNamed",
			text:    "وقالت وكالة وفا إن القوات اقتحمت المدينة.",
			mention: "وكالة وفا", has: []string{"WAFA"},
		},
		{
			name:    "AdjectiveTakesNoPronoun",
			text:    "وظهرت جورجينا في المدرجات إلى جانب اللاعب.",
			mention: "جورجينا", hasNot: []string{"Georgia"},
		},
		{
			name:    "PronounAfterName",
			text:    "وانتقد الرئيس الأمريكي بكينه وموسكو.",
			mention: "بكينه", has: []string{"Beijing"},
		},
	})
}

func TestRecognizer_ClubNotCity(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "ClubNamedByCity",
			text:    "وفاز ريال مدريد على مانشستر سيتي في دوري أبطال أوروبا.",
			mention: "ريال مدريد", has: []string{"Real Madrid"}, hasNot: []string{"Madrid"},
		},
		{
			name:    "CityItself",
			text:    "ووصل الوفد إلى مدريد صباح اليوم.",
			mention: "مدريد", has: []string{"Madrid"},
		},
		{
			name:    "ClubWithPreposition",
			text:    "وانتقل اللاعب إلى باريس سان جيرمان قادما من برشلونة.",
			mention: "باريس سان جيرمان", has: []string{"Paris Saint-Germain"}, hasNot: []string{"Paris"},
		},
	})
}

func TestRecognizer_HeadBeforeKnownBody(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name:    "HeadJoinsBody",
			text:    "وقالت منظمة اليونسكو إن الموقع تضرر.",
			mention: "منظمة اليونسكو", has: []string{"UNESCO"}, hasNot: []string{"منظمة اليونسكو"},
		},
		{
			name:    "WithProclitic",
			text:    "وتقع المدينة ضمن التراث العالمي لمنظمة اليونسكو منذ عقود.",
			mention: "لمنظمة اليونسكو", has: []string{"UNESCO"}, hasNot: []string{"منظمة اليونسكو"},
		},
	})
}

// TestRecognizer_TitleOnlyArabic checks that a person the text refers to
// only by a title takes that title, without its proclitics, as the Arabic
// form (FORMAT.md: the fullest form used in the text), and that a name,
// once the text gives it, wins over any title.
func TestRecognizer_TitleOnlyArabic(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "TitleOnly", text: "وأعلن الرئيس الأمريكي فرض رسوم جديدة على الواردات.", day: "2018-06-01",
			arabic: map[string]string{"Donald Trump": "الرئيس الأمريكي"},
		},
		{
			name: "Proclitic", text: "ووجه المجلس رسالة للأمين العام للأمم المتحدة بشأن الأزمة.", day: "2019-03-01",
			arabic: map[string]string{"António Guterres": "الأمين العام للأمم المتحدة"},
		},
		{
			name: "FullestTitle", text: "وقال الرئيس إن المحادثات مثمرة. وكان الرئيس الأمريكي قد وصل أمس.", day: "2018-06-01",
			arabic: map[string]string{"Donald Trump": "الرئيس الأمريكي"},
		},
		{
			name: "NameWins", text: "وقال الرئيس الأمريكي إن الاتفاق جيد. وأضاف ترامب أن المفاوضات مستمرة.", day: "2018-06-01",
			arabic: map[string]string{"Donald Trump": "ترامب"},
		},
	})
}

// TestRecognizer_NisbaInsideTitle checks that a title phrase that holds
// its nisba (المستشارة الألمانية) also mentions the country, as a nisba
// after a title does (الرئيس الفرنسي).
func TestRecognizer_NisbaInsideTitle(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "PhraseWithNisba", text: "وقالت المستشارة الألمانية إن الاتفاق متوازن.", day: "2010-11-13",
			mention: "الألمانية", has: []string{"Germany"},
		},
		{
			name: "NisbaAfterTitle", text: "وقال الرئيس الفرنسي إن الاتفاق متوازن.", day: "2024-05-01",
			mention: "الفرنسي", has: []string{"France"},
		},
	})
}

// TestRecognizer_TitleThenOtherCountrysPerson checks that a known person
// of another country right after a country's title is the verb's object,
// not the title's holder: the title resolves to its holder on the date.
func TestRecognizer_TitleThenOtherCountrysPerson(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "Congratulates", text: "وهنأ الرئيس الأمريكي شينباوم بفوزها في الانتخابات.", day: "2024-06-03",
			mention: "الرئيس الأمريكي", has: []string{"Joe Biden"}, hasNot: []string{"Claudia Sheinbaum"},
		},
		{
			name: "OwnPresident", text: "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات بناءة.", day: "2024-06-03",
			mention: "الرئيس الروسي فلاديمير بوتين", has: []string{"Vladimir Putin"},
		},
	})
}

// TestRecognizer_NisbaBeforeName checks that a nationality's nisba after a
// verb introduces the name the knowledge base lacks that follows it, with
// that country's code, and that after a noun it agrees with it introduces
// nothing.
func TestRecognizer_NisbaBeforeName(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "AfterVerb", text: "من جهته، اعتبر الألماني مارتن كوبلر أن الاتفاق خطوة مهمة.", day: "2015-12-17",
			code: map[string]marsad.ActorCode{"مارتن كوبلر": "DEU"},
		},
		{
			name: "AfterNoun", text: "وقال إن الاقتصاد المصري تأثر بشدة بتراجع السياحة.", day: "2015-12-17",
			mention: "تأثر بشدة", hasNot: []string{"تأثر بشدة"},
		},
	})
}

// TestRecognizer_CapitalJoinedToCity checks that a capital sharing its
// country's name is the city when و joins it to a city, and the country
// when it joins a country.
func TestRecognizer_CapitalJoinedToCity(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "AfterCity", text: "عقدت جولات الحوار في عواصم بينها جنيف والجزائر وتونس.",
			mention: "وتونس", has: []string{"Tunis"}, hasNot: []string{"Tunisia"},
		},
		{
			name: "AfterCountry", text: "ورحبت دول الجوار، ولا سيما مصر والجزائر وتونس، بالاتفاق.",
			mention: "وتونس", has: []string{"Tunisia"}, hasNot: []string{"Tunis"},
		},
	})
}

// TestRecognizer_NisbaAfterGivenName checks that an indefinite nisba right
// after a first name is a family name (قاسم سوري), not the country, while
// after a noun it is the country.
func TestRecognizer_NisbaAfterGivenName(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "FamilyName", text: "وقال نائب رئيس البرلمان قاسم سوري إن الجلسة رفعت.",
			mention: "سوري", hasNot: []string{"Syria"},
		},
		{
			name: "Adjective", text: "وقتل مواطن سوري في القصف.",
			mention: "سوري", has: []string{"Syria"},
		},
	})
}

// TestRecognizer_RankThatIsANoun checks that a rank that is also a common
// noun (الفريق, the team) introduces no name unless a first name follows.
func TestRecognizer_RankThatIsANoun(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "Team", text: "وقال المدرب إن الفريق استقدم لاعبين جددا هذا الموسم.",
			mention: "استقدم لاعبين جددا", hasNot: []string{"استقدم لاعبين جددا"},
		},
		{
			name: "General", text: "وقال الفريق خالد العتيبي إن قواته تقدمت.",
			mention: "خالد العتيبي", has: []string{"خالد العتيبي"},
		},
	})
}

// TestRecognizer_OfficeComplements checks names after an office whose
// complement is a body (القيادي في حزب ...) or a city, compound first
// names whose first word alone is a common word or an occupation (قلب
// الدين, نجم الدين), and a rival introducing a name as an office does.
func TestRecognizer_OfficeComplements(t *testing.T) {
	runGeneral(t, []generalCase{
		{
			name: "MemberOfBody", text: "والتقى القيادي في الاتحاد الوطني الكردستاني سامان رشيد في السليمانية.", day: "2017-09-25",
			code: map[string]marsad.ActorCode{"سامان رشيد": "IRQ"},
		},
		{
			name: "AliEndsName", text: "والتقى القيادي في الاتحاد الوطني الكردستاني كوسرت رسول علي في السليمانية.", day: "2017-09-25",
			code: map[string]marsad.ActorCode{"كوسرت رسول علي": "IRQ"},
		},
		{
			name: "CompoundDin", text: "وقال زعيم الحزب الإسلامي قلب الدين حكمتيار إن الحرب انتهت.", day: "2021-08-16",
			mention: "قلب الدين حكمتيار", has: []string{"قلب الدين حكمتيار"},
		},
		{
			name: "Rival", text: "وحصل على 80 في المئة مقابل 10 في المئة لمنافسته سفيتلانا تيخانوفسكايا.", day: "2020-08-10",
			mention: "سفيتلانا تيخانوفسكايا", has: []string{"سفيتلانا تيخانوفسكايا"},
		},
		{
			name: "HeartOfTheCity", text: "وقال في قلب المدينة إن الوضع هادئ.", day: "2021-08-16",
			mention: "قلب المدينة", hasNot: []string{"قلب المدينة"},
		},
		{
			name: "GovernorNotGovernorate", text: "ودعا محافظ كركوك نجم الدين كريم إلى الهدوء.", day: "2017-09-25",
			mention: "كركوك", has: []string{"Kirkuk"}, code: map[string]marsad.ActorCode{"نجم الدين كريم": "IRQ"},
		},
	})
}

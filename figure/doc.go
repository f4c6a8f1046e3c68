// Package figure finds the quantities stated in an Arabic news report: sums
// of money, percentages, counts of people and things, durations, distances,
// weights and ordinals, each as a [marsad.Figure] in base units with its
// unit, qualifier, subject, period and the clause that states it.
//
// [Finder.Run] reads the body sentences of a cleaned document (never its
// title or boilerplate lines) and appends to doc.Figures; [Finder.Find]
// reads one sentence. Every figure's EvidenceSpan is a byte range of the
// text read, and the text there equals its Evidence: the clause around the
// quantity, between commas, semicolons, colons, brackets and spaced dashes.
//
// # Numbers
//
// A number is written in digits (200, 3.5, 1,000, ١٢٫٣; dots grouping
// thousands as in 1.000.000), in words (ثلاثة, خمسة عشر, خمسة وعشرين,
// ثلاثمئة, ثلاث مئة, مليون وخمسمئة ألف), or both (200 مليار, 2.5 مليون).
// Duals count two: ملياري دولار is 2e9 USD, يومين 2 DAY, مرتين 2 COUNT,
// أسبوعين 14 DAY, ألفا شخص 2000 PERSON. نصف and ربع take a fraction of the
// scale word after them. A singular unit of time counts one after واحد
// (يوم واحد) or a qualifier (نحو أسبوع كامل, أكثر من عقد); alone, or
// definite (الأسبوع الماضي, اليومين الماضيين), it is a date, not a figure.
// Vague plurals (آلاف الجنود, مليارات الدولارات) are not figures.
//
// # Units
//
// Units are read after the number: currencies by word or sign (دولار, $,
// يورو, €, جنيه إسترليني, يوان, ريال قطري...), with the ambiguous ones
// (دينار, ريال, درهم, جنيه, ليرة) resolved by the adjective after them or
// a country named in the sentence; PERCENT (% ٪ في المئة بالمئة, نقطة
// مئوية); PERSON for nouns of people (قتيل, شخص, جندي, لاجئ, آخرين...);
// DAY (weeks are 7 days), MONTH, YEAR (عقد 10, قرن 100), HOUR, MINUTE;
// TONNE, BARREL, KM, KM2, M, MW... Any other indefinite noun after a number
// is counted as COUNT (14 اتفاقية, ثلاث دول).
//
// # Qualifiers
//
// أكثر من, ما يزيد على, تجاوز (also تجاوز حجم التجارة 100..., and past a
// barrier noun: تجاوز حاجز 200), فاق, تخطى, لا يقل عن, على الأقل give
// more_than; أقل من, دون, لا يتجاوز give less_than; نحو, حوالي, قرابة,
// زهاء, ما يقارب, تقريبا give about. Ordinals give ordinal with unit COUNT:
// الثالث والأربعين, الخامسة والسبعين, الحادي عشر, الثمانين after a
// definite noun, الـ80 and الـ 80, الدورة 38, رابع مرة, أول زيارة.
//
// # What is not a figure
//
// Years and dates (عام 2022, فبراير 2022, 3 نوفمبر 2025, الثالث من
// سبتمبر, 12/05/2024, 2024م), times of day (10:30, الساعة الثامنة),
// numbers of names and references (سيبيريا-2, F-16, كوفيد-19, المادة
// 51, القرار 2231, الجيل الخامس), ordinals of names and periods (الحرب
// العالمية الثانية, القرن الحادي والعشرين, الربع الأول, العالم الثالث,
// عبد الله الثاني), adverbs (أولا, ثانيا), phone and long reference
// numbers, numbers in URLs, and أحد/إحدى as "one of".
//
// # Subject and period
//
// Subject is the English name of the nearest measured quantity in the
// clause (التبادل التجاري bilateral trade, الصادرات exports, التضخم
// inflation...), else the counted noun, else the Arabic words before the
// number. The scorer ignores it. Period is a year the clause names (with
// its month when one is named: 2025-05), العام الماضي / هذا العام / العام
// المقبل and الشهر الماضي resolved against the publication date, else the
// publication year (doc.Published, else doc.PublishedRange.From).
//
// # Repeats
//
// Run keeps a figure once when the document states it again with the same
// unit, value and qualifier, and for small whole numbers the same subject.
//
// # Speed
//
// The lexicon is one map of every word form with its clitics, so a word
// costs one lookup; no regular expressions are used. Finder is safe for
// concurrent use; scratch buffers are pooled.
package figure

package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad/internal/shared"
)

// mustPython returns the python3 executable, skipping when there is none
// (failing when CI=true).
func mustPython(tb testing.TB) string {
	tb.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatal("python3 is not on PATH; CI=true requires it")
		}
		tb.Skip("skipping: python3 is not on PATH")
	}
	return py
}

// runScorePy runs score.py on the files and returns its stdout.
func runScorePy(tb testing.TB, py, scorePy, gold, export string, args ...string) []byte {
	tb.Helper()
	cmd := exec.Command(py, append([]string{scorePy, gold, export}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("score.py %s %v: %v\n%s", filepath.Base(export), args, err, stderr.String())
	}
	return out
}

// goldTree is the gold file as generic JSON, for perturbing.
type goldTree = map[string]any

func loadTree(tb testing.TB, path string) goldTree {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	v, err := decode(b)
	if err != nil {
		tb.Fatal(err)
	}
	return v.(goldTree)
}

// clone deep-copies a JSON tree.
func clone(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = clone(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = clone(e)
		}
		return l
	}
	return v
}

func docsOf(t goldTree) []map[string]any {
	var out []map[string]any
	for _, d := range t["documents"].([]any) {
		out = append(out, d.(map[string]any))
	}
	return out
}

func list(d map[string]any, key string) []map[string]any {
	var out []map[string]any
	l, _ := d[key].([]any)
	for _, x := range l {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// export is a system export under construction: document lines, then story
// lines, then raw extra text.
type export struct {
	docs    []any
	stories []any
	raw     string
	crlf    bool
}

func exportFromGold(g goldTree) *export {
	g = clone(g).(goldTree)
	e := &export{}
	for _, d := range g["documents"].([]any) {
		e.docs = append(e.docs, d)
	}
	if st, ok := g["stories"].([]any); ok {
		e.stories = st
	}
	return e
}

func (e *export) bytes(tb testing.TB) []byte {
	tb.Helper()
	var b bytes.Buffer
	nl := "\n"
	if e.crlf {
		nl = "\r\n"
	}
	enc := func(v any) {
		var lb bytes.Buffer
		je := json.NewEncoder(&lb)
		je.SetEscapeHTML(false)
		if err := je.Encode(v); err != nil {
			tb.Fatal(err)
		}
		b.Write(bytes.TrimSuffix(lb.Bytes(), []byte("\n")))
		b.WriteString(nl)
	}
	for _, d := range e.docs {
		enc(d)
	}
	for _, s := range e.stories {
		enc(map[string]any{"story": s})
	}
	b.WriteString(e.raw)
	return b.Bytes()
}

func (e *export) each(f func(d map[string]any)) {
	for _, d := range e.docs {
		f(d.(map[string]any))
	}
}

// perturbations builds the system exports compared with score.py, each
// from the gold tree g.
func perturbations(g goldTree) map[string]*export {
	ps := map[string]func(e *export){
		"gold": func(e *export) {},
		"crlf_blank_and_padded_lines": func(e *export) {
			e.crlf = true
			e.raw = "\r\n   \u00a0\r\n\t[1,2]\r\n\"text\"\r\n{\"no_id\": 1}\r\n"
		},
		"drop_every_second_item": func(e *export) {
			e.each(func(d map[string]any) {
				for _, k := range []string{"entities", "events", "quotes", "figures", "boilerplate"} {
					l, _ := d[k].([]any)
					var kept []any
					for i, x := range l {
						if i%2 == 1 {
							kept = append(kept, x)
						}
					}
					d[k] = kept
				}
			})
		},
		"drop_documents": func(e *export) { e.docs = e.docs[1:3] },
		"empty_export":   func(e *export) { e.docs, e.stories = nil, nil },
		"change_codes": func(e *export) {
			e.each(func(d map[string]any) {
				for i, ev := range list(d, "events") {
					switch i % 4 {
					case 0:
						if s, ok := ev["source_code"].(string); ok {
							ev["source_code"] = strings.ToLower(s)
						}
					case 1:
						ev["target_code"] = "XXX"
					case 2:
						ev["source_code"] = nil
					case 3:
						ev["type"] = "ASSAULT"
					}
				}
				for i, q := range list(d, "quotes") {
					if i%2 == 0 {
						q["speaker_code"] = "ZZZ"
					} else {
						q["speaker"] = "Q1"
					}
				}
				for i, en := range list(d, "entities") {
					if i%3 == 0 {
						en["id"] = "Q999999999"
					}
					if i%3 == 1 {
						en["id"] = nil
					}
				}
			})
		},
		"entity_names_only": func(e *export) {
			e.each(func(d map[string]any) {
				for i, en := range list(d, "entities") {
					en["id"] = nil
					if i%2 == 0 {
						delete(en, "arabic")
					} else if a, ok := en["arabic"].(string); ok {
						en["arabic"] = "و" + a + "،"
					}
				}
			})
		},
		"figures_shift_half_percent": func(e *export) { scaleFigures(e, 1.005) },
		"figures_shift_two_percent":  func(e *export) { scaleFigures(e, 1.02) },
		"figures_exactly_one_percent": func(e *export) {
			scaleFigures(e, 1.01)
		},
		"figures_as_strings_and_units_lowercase": func(e *export) {
			e.each(func(d map[string]any) {
				for i, f := range list(d, "figures") {
					if u, ok := f["unit"].(string); ok {
						f["unit"] = strings.ToLower(u)
					}
					switch i % 3 {
					case 0:
						f["value"] = fmt.Sprint(f["value"])
					case 1:
						f["value"] = " " + arabicDigits(fmt.Sprint(f["value"])) + " "
					case 2:
						f["value"] = nil
					}
				}
			})
		},
		"alter_quote_texts": func(e *export) {
			e.each(func(d map[string]any) {
				for i, q := range list(d, "quotes") {
					s, _ := q["text"].(string)
					w := strings.Fields(s)
					switch i % 4 {
					case 0:
						if len(w) > 1 {
							q["text"] = strings.Join(w[1:], " ")
						}
					case 1:
						q["text"] = strings.Join(w[:len(w)/2], " ")
					case 2:
						q["text"] = "«" + strings.ReplaceAll(s, "ا", "أ") + "»ـ\u064e"
					case 3:
						q["text"] = s + " " + s
					}
				}
			})
		},
		"shuffle_orders": func(e *export) {
			r := rand.New(rand.NewPCG(1, 2))
			r.Shuffle(len(e.docs), func(i, j int) { e.docs[i], e.docs[j] = e.docs[j], e.docs[i] })
			e.each(func(d map[string]any) {
				for _, k := range []string{"entities", "events", "quotes", "figures", "boilerplate"} {
					if l, ok := d[k].([]any); ok {
						r.Shuffle(len(l), func(i, j int) { l[i], l[j] = l[j], l[i] })
					}
				}
			})
		},
		"spurious_boilerplate": func(e *export) {
			e.each(func(d map[string]any) {
				l, _ := d["boilerplate"].([]any)
				var out []any
				for _, x := range l {
					s, _ := x.(string)
					out = append(out, "  "+strings.ReplaceAll(s, " ", " \t ")+"\u00a0", x)
				}
				d["boilerplate"] = append(out, "اقرأ أيضا", "", "   ", 0, "#الصين")
			})
		},
		"null_fields": func(e *export) {
			e.each(func(d map[string]any) {
				d["title"] = nil
				d["boilerplate"] = nil
				d["quotes"] = nil
				delete(d, "figures")
			})
		},
		"odd_item_types": func(e *export) {
			e.each(func(d map[string]any) {
				// Where the gold list is empty, score.py counts whatever
				// it iterates without comparing it.
				if l, _ := d["boilerplate"].([]any); len(l) == 0 {
					d["boilerplate"] = "abc"
				} else {
					d["boilerplate"] = map[string]any{l[0].(string): 1, "x": 2}
				}
			})
		},
		"published_ranges": func(e *export) {
			i := 0
			e.each(func(d map[string]any) {
				rng, _ := d["published_range"].([]any)
				if len(rng) < 2 {
					return
				}
				lo := rng[0].(string)
				d["published"] = nil
				switch i % 5 {
				case 0:
					d["published_range"] = []any{lo, addDays(lo, 10)}
				case 1:
					d["published_range"] = []any{addDays(lo, -20), lo}
				case 2:
					d["published_range"] = []any{addDays(lo, -14), lo}
				case 3:
					d["published_range"] = []any{addDays(lo, -30), addDays(lo, -16)}
				case 4:
					d["published_range"] = []any{lo}
				}
				i++
			})
		},
		"published_dates": func(e *export) {
			i := 0
			e.each(func(d map[string]any) {
				rng, _ := d["published_range"].([]any)
				if len(rng) < 2 {
					return
				}
				lo, hi := rng[0].(string), rng[1].(string)
				switch i % 6 {
				case 0:
					d["published"] = lo
				case 1:
					d["published"] = hi
				case 2:
					d["published"] = addDays(hi, 1)
				case 3:
					d["published"] = strings.ReplaceAll(lo, "-", "")
				case 4:
					d["published"] = lo + "T00:00"
				case 5:
					d["published"] = 20250902
				}
				i++
			})
		},
		"event_dates": func(e *export) {
			e.each(func(d map[string]any) {
				for i, ev := range list(d, "events") {
					s, _ := ev["date"].(string)
					switch i % 5 {
					case 0:
						if len(s) >= 7 {
							ev["date"] = s[:7]
						}
					case 1:
						if len(s) == 10 {
							ev["date"] = s[:8] + "28"
						}
					case 2:
						ev["date"] = nil
					case 3:
						if len(s) == 4 {
							ev["date"] = s + "-06-01"
						}
					case 4:
						ev["date_from"] = "knowledge"
					}
				}
			})
		},
		"numeric_and_duplicate_ids": func(e *export) {
			first := e.docs[0].(map[string]any)
			dup := clone(first).(map[string]any)
			dup["entities"] = []any{}
			e.docs = append(e.docs, dup, map[string]any{"id": 7}, map[string]any{"id": nil, "entities": "abc"})
		},
		"stories_split": func(e *export) {
			var out []any
			for _, s := range e.stories {
				m := s.(map[string]any)
				docs, _ := m["documents"].([]any)
				for _, d := range docs {
					out = append(out, map[string]any{"label": "one", "documents": []any{d}})
				}
			}
			e.stories = out
		},
		"stories_merged": func(e *export) {
			var all []any
			e.each(func(d map[string]any) { all = append(all, d["id"]) })
			e.stories = []any{map[string]any{"label": "all", "documents": all}}
		},
		"stories_duplicated_and_numeric": func(e *export) {
			e.stories = append(e.stories, e.stories...)
			e.stories = append(e.stories, map[string]any{"label": "n", "documents": []any{1, 2.0, true}},
				map[string]any{"documents": "ab"})
		},
	}
	out := make(map[string]*export, len(ps))
	for name, f := range ps {
		e := exportFromGold(g)
		f(e)
		out[name] = e
	}
	return out
}

func scaleFigures(e *export, k float64) {
	e.each(func(d map[string]any) {
		for _, f := range list(d, "figures") {
			if n, ok := f["value"].(json.Number); ok {
				v, _ := n.Float64()
				f["value"] = v * k
			}
		}
	})
}

func arabicDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if '0' <= r && r <= '9' {
			r = '٠' + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func addDays(day string, n int) string {
	d, ok := isoDay(day)
	if !ok {
		return day
	}
	return unixDay(d + int64(n))
}

// compareWithScorePy scores export against goldPath both ways and
// requires identical output: the --json object field by field and byte for
// byte, and (without a --docs filter) the text form.
func compareWithScorePy(t *testing.T, py, scorePy, goldPath, name string, exp []byte, only []string) {
	t.Helper()
	dir := t.TempDir()
	expPath := filepath.Join(dir, name+".jsonl")
	if err := os.WriteFile(expPath, exp, 0o644); err != nil {
		t.Fatal(err)
	}
	var args []string
	if only != nil {
		args = []string{"--docs", strings.Join(only, ",")}
	}
	want := runScorePy(t, py, scorePy, goldPath, expPath, append([]string{"--json"}, args...)...)

	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	g, err := ReadGold(gf)
	if err != nil {
		t.Fatal(err)
	}
	docs, stories, err := ReadExport(bytes.NewReader(exp))
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(g, docs, stories, only)
	got, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var gm, wm map[string]any
	if err := json.Unmarshal(got, &gm); err != nil {
		t.Fatalf("Report.JSON is not JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal(want, &wm); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(wm))
	for k := range wm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !reflect.DeepEqual(gm[k], wm[k]) {
			t.Errorf("%s: %s: got %v, want %v (score.py)", name, k, gm[k], wm[k])
		}
	}
	if len(gm) != len(wm) {
		t.Errorf("%s: got %d keys, want %d", name, len(gm), len(wm))
	}
	if string(got)+"\n" != string(want) {
		t.Errorf("%s: JSON bytes differ:\ngot:  %s\nwant: %s", name, got, want)
	}
	if only != nil {
		return // the text form is compared on the unfiltered runs
	}
	wantText := runScorePy(t, py, scorePy, goldPath, expPath)
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if text.String() != string(wantText) {
		t.Errorf("%s: text differs:\ngot:\n%s\nwant:\n%s", name, text.String(), wantText)
	}
}

func TestScore_AgreesWithScorePy(t *testing.T) {
	py := mustPython(t)
	scorePy := shared.Path(t, "tools", "score.py")
	goldPath := shared.Path(t, "gold", "seeds.gold.json")
	g := loadTree(t, goldPath)
	ps := perturbations(g)
	names := make([]string, 0, len(ps))
	for n := range ps {
		names = append(names, n)
	}
	sort.Strings(names)
	ids := make([]string, 0)
	for _, d := range docsOf(g) {
		ids = append(ids, d["id"].(string))
	}
	for _, name := range names {
		exp := ps[name].bytes(t)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			compareWithScorePy(t, py, scorePy, goldPath, name, exp, nil)
		})
		t.Run(name+"/docs", func(t *testing.T) {
			t.Parallel()
			compareWithScorePy(t, py, scorePy, goldPath, name, exp, []string{ids[0], ids[3], "nope"})
		})
	}
}

// TestScore_AgreesWithScorePy_OddGold scores against a hand-made gold that
// uses what the seeds' gold does not: numeric ids, entities without ids,
// speakers without QIDs, zero values, week dates.
func TestScore_AgreesWithScorePy_OddGold(t *testing.T) {
	py := mustPython(t)
	scorePy := shared.Path(t, "tools", "score.py")
	gold := `{"schema": "marsad-gold/1", "documents": [
 {"id": 5, "published": "2025-01-02", "boilerplate": ["a  b", " ", "c"],
  "entities": [{"id": null, "arabic": "مجلس الأمن الدولي"}, {"id": "", "arabic": "الصين"}, {"id": 148}],
  "events": [{"type": "AGREE", "source_code": "chn", "target_code": null, "date": "2025"},
             {"type": null, "date": "2025-01", "date_from": "text"}],
  "quotes": [{"speaker": "المتحدث", "speaker_code": "usa", "text": "لن نقبل بذلك أبداً"},
             {"speaker": "Q1", "text": "نعم"}],
  "figures": [{"value": 0, "unit": "percent"}, {"value": "12.5", "unit": "ß"}, {"value": 1e3, "unit": "KM"}]},
 {"id": 1.5, "published_range": ["2025-W01", "20250110"]},
 {"id": "x\"y\\z\u0001", "published_range": "2025-01-01"},
 {"id": true, "published_range": ["2025-01-01"]}
], "stories": [{"label": "a", "documents": [5, 1.5, 5.0]}, {"documents": ["x\"y\\z\u0001", "5", "1.5"]}]}`
	dir := t.TempDir()
	goldPath := filepath.Join(dir, "odd.gold.json")
	if err := os.WriteFile(goldPath, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	exports := map[string]string{
		"matching": `{"id": "5", "published": "2025-01-02", "boilerplate": ["a b", "c ", "d"], "entities": [{"arabic": "مجلس الأمن"}, {"name": "الصين الشعبية"}, {"id": 148.0}, {"id": true}], "events": [{"type": "AGREE", "source_code": "CHN", "date": "2025-03-01"}, {"date": "2025-01-31"}], "quotes": [{"speaker": "آخر", "speaker_code": "USA", "text": "لن نقبل بذلك ابدا"}, {"speaker": "Q1", "text": "نعم!"}], "figures": [{"value": -0.0, "unit": "PERCENT"}, {"value": 12.4, "unit": "SS"}, {"value": "1_010", "unit": "km"}]}
{"id": 1.5, "published_range": ["2025-01-08", "2025-01-22"]}
{"id": "True", "published": "2025-01-01"}
{"story": {"documents": [5, 1.5]}}
{"story": {"documents": ["5", "1.5"]}}
{"story": {"documents": [1.5, true, 1]}}
{"story": {"documents": ["5", "x\"y\\z\u0001"]}}`,
		"missing_all": `{"id": "nothing"}`,
		"week_dates": `{"id": "1.5", "published": "2025W021"}
{"id": 1, "published": "2025-W02-6"}`,
	}
	for name, exp := range exports {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			compareWithScorePy(t, py, scorePy, goldPath, name, []byte(exp), nil)
		})
	}
}

// unixDay formats a day number (days since 1970-01-01) as YYYY-MM-DD.
func unixDay(d int64) string {
	return time.Unix(d*86400, 0).UTC().Format(time.DateOnly)
}

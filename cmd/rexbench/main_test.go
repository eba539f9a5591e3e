package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBench_Smoke runs the whole benchmark at the smoke size: the dataset
// on three engines, rex end to end for every pair, and each baseline that
// is installed, with every destination's row counts checked. No figure is
// asserted: only that every rex run and every floor arrived whole, and
// that the report names every run.
func TestBench_Smoke(t *testing.T) {
	t.Chdir("../..")
	out := filepath.Join(t.TempDir(), "smoke.json")
	rep, err := bench(context.Background(), options{size: "smoke", pairs: allPairs, baselines: true, django: "auto", out: out})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	rep.print(&buf)
	t.Log(buf.String())
	if err := rep.write(out); err != nil {
		t.Fatal(err)
	}
	var back Report
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Rows != sizes["smoke"] || len(back.Runs) != len(rep.Runs) {
		t.Errorf("report: %d rows and %d runs, want %d and %d", back.Rows, len(back.Runs), sizes["smoke"], len(rep.Runs))
	}
	tools := map[string]bool{}
	for _, run := range rep.Runs {
		tools[run.Tool+" "+run.Pair] = true
		switch {
		case run.Tool == "rex", run.Tool == "COPY pipe", run.Tool == "LOAD DATA", run.Tool == "prepared INSERT loop":
			// rex and the floors must arrive whole.
			if !run.ok() {
				t.Errorf("%s %s: error %q, checked %t, lost %v", run.Tool, run.Pair, run.Error, run.Checked, run.Lost)
			}
			// A sampled run's private memory is part of its resident
			// memory, never all of it: the binary's pages are shared.
			if run.PeakRSSMiB > 0 && (run.PeakAnonMiB <= 0 || run.PeakAnonMiB >= run.PeakRSSMiB) {
				t.Errorf("%s %s: peak anonymous %.1f MiB of a peak RSS of %.1f MiB", run.Tool, run.Pair, run.PeakAnonMiB, run.PeakRSSMiB)
			}
		case strings.Contains(run.Error, "not installed"):
			t.Logf("%s %s skipped: %s", run.Tool, run.Pair, run.Error)
		default:
			// pgloader and Django: what they lose is a finding, not a
			// failure of the benchmark, but it must have been counted.
			if !run.Checked && !strings.Contains(run.Error, "did not finish") {
				t.Errorf("%s %s: destination not checked: %s", run.Tool, run.Pair, run.Error)
			}
		}
		if !strings.Contains(buf.String(), run.Tool) {
			t.Errorf("the table does not show %s", run.Tool)
		}
	}
	for _, p := range allPairs {
		from, to, _ := strings.Cut(p, "-")
		if !tools["rex "+from+"→"+to] {
			t.Errorf("no rex run for %s", p)
		}
	}
	for _, want := range []string{"COPY pipe postgres→postgres", "LOAD DATA postgres→mysql", "prepared INSERT loop postgres→sqlite"} {
		if !tools[want] {
			t.Errorf("no %s run", want)
		}
	}
}

// TestPlan_Sizes: the named sizes make the row counts they promise, every
// table gets rows, and the generated tables sum to the size.
func TestPlan_Sizes(t *testing.T) {
	for _, tc := range []struct {
		size string
		want int64
	}{{"smoke", 3_000}, {"small", 250_000}, {"large", 5_000_000}} {
		t.Run(tc.size, func(t *testing.T) {
			rows := plan(sizes[tc.size])
			var sum int64
			for _, tb := range benchTables {
				if rows[tb.name] <= 0 {
					t.Errorf("%s: %d rows", tb.name, rows[tb.name])
				}
				sum += rows[tb.name]
			}
			if sum != tc.want {
				t.Errorf("%d rows in all, want %d", sum, tc.want)
			}
		})
	}
}

// TestPhases_ReceiverLog: the phases are read from the receiver's timed
// progress lines, on the sender's clock; a log without them gives none.
func TestPhases_ReceiverLog(t *testing.T) {
	log := `  0.026 rex serve: listening on 127.0.0.1:38171
  0.064 receiver: token accepted, sender key SHA256:x verified
  2.799 receiver: transaction open, 28 tables
  3.136 receiver: allfields_everything 1000/50000 rows
  7.702 receiver: allfields_everything done, 50000 rows
  7.702 receiver: allfields_book done, 0 rows
  8.832 receiver: committed: 28 tables
`
	for _, tc := range []struct {
		name string
		log  string
		want map[string]float64
	}{
		{"whole run", log, map[string]float64{"setup": 2.749, "stream": 4.903, "commit": 1.13, "close": 0.118}},
		{"refused", "  0.026 rex serve: listening on 127.0.0.1:1\n  0.5 receiver: refused\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := phases(tc.log, 0.05, 8.9)
			if len(got) != len(tc.want) {
				t.Fatalf("phases = %v, want %v", got, tc.want)
			}
			for k, v := range tc.want {
				if d := got[k] - v; d > 1e-9 || d < -1e-9 {
					t.Errorf("%s = %.3f, want %.3f", k, got[k], v)
				}
			}
		})
	}
}

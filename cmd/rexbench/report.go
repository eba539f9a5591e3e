package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Report is one invocation: the dataset and every run.
type Report struct {
	Size    string    `json:"size"`
	Started time.Time `json:"started"`
	Machine string    `json:"machine"`
	Rows    int64     `json:"rows"`
	// DataMB is the generated tables' size in PostgreSQL (heap and TOAST,
	// no indexes): the MB of MB/s. SourceDBMB is the whole source
	// database with indexes.
	DataMB          float64          `json:"data_mb"`
	SourceDBMB      float64          `json:"source_db_mb"`
	GenerateSeconds float64          `json:"generate_seconds"`
	Tables          map[string]int64 `json:"tables"`
	Runs            []*Run           `json:"runs"`
	path            string           // where add writes the report so far
}

func (r *Report) add(run *Run) {
	if run.Error != "" {
		logf("%s %s: %s", run.Tool, run.Pair, firstLine(run.Error))
	}
	r.Runs = append(r.Runs, run)
	if r.path != "" {
		// A long run leaves its figures so far behind if it is stopped.
		if err := r.write(r.path + ".partial"); err != nil {
			logf("write %s.partial: %v", r.path, err)
		}
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func (r *Report) rexOK() bool {
	for _, run := range r.Runs {
		if run.Tool == "rex" && !run.ok() {
			return false
		}
	}
	return true
}

// targets are the ratios: rex's rows/s over the baseline's
// (against the Django run, its wall time over rex's).
var targets = map[string]float64{
	"COPY pipe": 0.75,
	"pgloader":  1.2,
	"Django":    100,
}

// ratios compares each rex run with the baselines of its pair.
func (r *Report) ratios() {
	for _, run := range r.Runs {
		if run.Tool != "rex" || run.Seconds == 0 {
			continue
		}
		for _, base := range r.Runs {
			if base.Tool == "rex" || base.Pair != run.Pair || base.Seconds == 0 || base.Error != "" {
				continue
			}
			ra := Ratio{Against: base.Tool, RowsPerSecond: run.RowsPerSecond / base.RowsPerSecond, WallTime: base.Seconds / run.Seconds}
			for prefix, t := range targets {
				if strings.HasPrefix(base.Tool, prefix) {
					v := ra.RowsPerSecond
					ra.Target = fmt.Sprintf("rows/s ≥ %.2f×", t)
					if prefix == "Django" {
						v = ra.WallTime
						ra.Target = fmt.Sprintf("wall time ≥ %.0f× faster", t)
					}
					met := v >= t
					ra.Met = &met
				}
			}
			run.Ratios = append(run.Ratios, ra)
		}
	}
}

func (r *Report) print(w io.Writer) {
	fmt.Fprintf(w, "\nrexbench %s: %d rows (%.0f MB of table data, source database %.0f MB); %s; generated in %.0f s\n\n",
		r.Size, r.Rows, r.DataMB, r.SourceDBMB, r.Machine, r.GenerateSeconds)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "pair\ttool\tseconds\trows/s\tMB/s\tCPU s\tpeak RSS MiB\tpeak PSS MiB\tpeak anon MiB\tprocs\trows\t")
	for _, run := range r.Runs {
		rows := "ok"
		switch {
		case run.Error != "" && !run.Checked:
			rows = "FAILED"
		case !run.Checked:
			rows = "not checked"
		case len(run.Lost) > 0:
			rows = fmt.Sprintf("LOST in %d tables", len(run.Lost))
		case run.Error != "":
			rows = "ok, but failed"
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%.0f\t%.1f\t%s\t%s\t%s\t%s\t%d\t%s\t\n", run.Pair, run.Tool, run.Seconds, run.RowsPerSecond, run.MBPerSecond,
			opt(run.CPUSeconds), opt(run.PeakRSSMiB), opt(run.PeakPSSMiB), opt(run.PeakAnonMiB), run.Processes, rows)
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, run := range r.Runs {
		for _, ra := range run.Ratios {
			met := ""
			if ra.Met != nil {
				met = fmt.Sprintf("  target %s: %s", ra.Target, map[bool]string{true: "met", false: "NOT met"}[*ra.Met])
			}
			fmt.Fprintf(w, "%-18s rex vs %-26s rows/s %5.2f×   wall time %6.2f×%s\n", run.Pair, ra.Against, ra.RowsPerSecond, ra.WallTime, met)
		}
	}
	for _, run := range r.Runs {
		for _, l := range run.Lost {
			fmt.Fprintf(w, "%s %s lost rows: %s\n", run.Pair, run.Tool, l)
		}
		if run.Error != "" {
			fmt.Fprintf(w, "%s %s error: %s\n", run.Pair, run.Tool, firstLine(run.Error))
		}
	}
	fmt.Fprintln(w)
	for _, run := range r.Runs {
		if len(run.Stages) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s %s", run.Pair, run.Tool)
		if p := run.Phases; p != nil {
			fmt.Fprintf(w, ": setup %.1f s, stream %.1f s, commit %.1f s, close %.1f s", p["setup"], p["stream"], p["commit"], p["close"])
		}
		fmt.Fprintf(w, "; per process (sampled):\n")
		for _, s := range run.Stages {
			fmt.Fprintf(w, "  %-9s %-26s CPU %6.1f s   peak RSS %6.1f MiB (anon %5.1f)\n", s.Side, s.Process, s.CPUSeconds, s.PeakRSSMiB, s.PeakAnonMiB)
		}
	}
}

func opt(v float64) string {
	if v < 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", v)
}

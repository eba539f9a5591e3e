// Command rexbench races rex against the physical floor, pgloader and
// Django on this machine, in one run, on one generated Django dataset.
//
// It generates the dataset (the fidelity project's schema, made by
// Django's migrate on each engine, with generated rows: a wide table with
// every scalar field, FK, M2M, self-FK and generic-FK tables) in
// PostgreSQL and copies it into MySQL and SQLite; runs rex end to end
// (real receiver and sender, every stage a subprocess, encryption and
// WebSocket on) for each engine pair; runs the baselines on the same data;
// checks every destination's per-table row counts against the source; and
// prints wall time, rows/s, MB/s, CPU seconds and the peak memory summed
// over all processes of each run, with rex's ratio to each baseline, as a
// table and as JSON.
//
//	go run ./cmd/rexbench -size small
//	go run ./cmd/rexbench -size large -pairs postgres-postgres
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// sizes are the named dataset sizes: rows in all generated tables.
var sizes = map[string]int64{
	"smoke": 3_000,
	"small": 250_000,
	"large": 5_000_000,
}

var allPairs = []string{"sqlite-postgres", "postgres-postgres", "mysql-postgres", "postgres-mysql", "postgres-sqlite"}

// options are the command's flags.
type options struct {
	size       string
	rows       int64
	pairs      []string
	baselines  bool
	django     string // "auto", "on", "off"
	profileDir string
	rexBinary  string // a prebuilt rex instead of building ./cmd/rex
	out        string
	quiet      bool
}

func main() {
	var o options
	var pairs string
	flag.StringVar(&o.size, "size", "small", "dataset size: smoke (3k rows), small (250k), large (5M)")
	flag.Int64Var(&o.rows, "rows", 0, "rows in all generated tables (overrides -size)")
	flag.StringVar(&pairs, "pairs", strings.Join(allPairs, ","), "comma-separated source-destination pairs for rex")
	flag.BoolVar(&o.baselines, "baselines", true, "run the baselines (COPY pipe, pgloader, Django, LOAD DATA, SQLite loop)")
	flag.StringVar(&o.django, "django", "auto", "run Django's dumpdata|loaddata: auto (up to the small size), on, off")
	flag.StringVar(&o.profileDir, "profile", "", "write CPU and allocation profiles of every rex process under this directory")
	flag.StringVar(&o.rexBinary, "rex", "", "use this rex binary instead of building ./cmd/rex (to compare builds)")
	flag.StringVar(&o.out, "json", "", "write the report as JSON to this file (default bench/results/SIZE-TIME.json)")
	flag.Parse()
	o.pairs = strings.Split(pairs, ",")
	if o.out == "" {
		o.out = filepath.Join("bench", "results", fmt.Sprintf("%s-%s.json", o.size, time.Now().UTC().Format("20060102T150405Z")))
	}
	rep, err := bench(context.Background(), o)
	if rep != nil {
		rep.print(os.Stdout)
		os.Remove(o.out + ".partial")
		if werr := rep.write(o.out); werr != nil {
			fmt.Fprintln(os.Stderr, "rexbench:", werr)
		} else {
			fmt.Println("report:", o.out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rexbench:", err)
		os.Exit(1)
	}
	if !rep.rexOK() {
		fmt.Fprintln(os.Stderr, "rexbench: a rex run failed or lost rows")
		os.Exit(1)
	}
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// bench runs everything and returns the report; runs that fail are in it
// with their error.
func bench(ctx context.Context, o options) (*Report, error) {
	rows := o.rows
	if rows == 0 {
		var ok bool
		if rows, ok = sizes[o.size]; !ok {
			return nil, fmt.Errorf("-size %q: want smoke, small or large", o.size)
		}
	} else {
		o.size = fmt.Sprintf("%drows", rows)
	}
	for _, p := range o.pairs {
		if !contains(allPairs, p) {
			return nil, fmt.Errorf("-pairs: %q is not one of %s", p, strings.Join(allPairs, ", "))
		}
	}
	if _, err := os.Stat(fixtureDir); err != nil {
		return nil, fmt.Errorf("run rexbench from the repository root (%s not found)", fixtureDir)
	}
	dir, err := os.MkdirTemp("", "rexbench-")
	if err != nil {
		return nil, err
	}
	if os.Getenv("REXBENCH_KEEP") == "" {
		defer os.RemoveAll(dir)
	}
	rex := filepath.Join(dir, "rex")
	if o.rexBinary != "" {
		if rex, err = filepath.Abs(o.rexBinary); err != nil {
			return nil, err
		}
	} else {
		logf("building rex")
		// As `make build` does: a static binary maps no libc, 1.3 MiB of
		// resident memory less in each of the ten processes.
		build := command("go", "build", "-o", rex, "./cmd/rex")
		build.Env = append(build.Env, "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("build rex: %v\n%s", err, out)
		}
	}
	b := &bencher{dir: dir, rex: rex, tag: fmt.Sprintf("rexbench_%d", os.Getpid()), o: o}
	defer b.dropAll()
	rep := &Report{Size: o.size, Started: time.Now().UTC(), Machine: machine(), path: o.out}
	d := &dataset{dir: dir, rows: plan(rows), src: map[string]*database{}}
	for _, t := range benchTables {
		d.total += d.rows[t.name]
	}
	rep.Rows, rep.Tables = d.total, d.rows

	// A source on MySQL or SQLite only where a rex run or pgloader reads
	// it.
	need := map[string]bool{"postgres": true}
	for _, p := range o.pairs {
		from, _, _ := strings.Cut(p, "-")
		need[from] = true
	}
	logf("generating %d rows in postgres", d.total)
	start := time.Now()
	pg, err := b.newDB("postgres", "src")
	if err != nil {
		return nil, err
	}
	if err := d.generate(ctx, pg); err != nil {
		return nil, err
	}
	d.src["postgres"] = pg
	if need["mysql"] || (o.baselines && contains(o.pairs, "postgres-mysql")) {
		if err := d.exportCSV(ctx, pg); err != nil {
			return nil, err
		}
	}
	if need["mysql"] {
		logf("copying into mysql")
		my, err := b.newDB("mysql", "src")
		if err != nil {
			return nil, err
		}
		if err := loadArtifact(my, "fixture"); err != nil {
			return nil, err
		}
		if err := emptyFixtureTables(ctx, my); err != nil {
			return nil, err
		}
		if err := d.loadMySQL(ctx, my, false); err != nil {
			return nil, err
		}
		d.src["mysql"] = my
	}
	if need["sqlite"] {
		logf("copying into sqlite")
		lite, err := b.newDB("sqlite", "src")
		if err != nil {
			return nil, err
		}
		if err := loadArtifact(lite, "fixture"); err != nil {
			return nil, err
		}
		if err := emptyFixtureTables(ctx, lite); err != nil {
			return nil, err
		}
		if err := d.loadSQLite(ctx, pg, lite); err != nil {
			return nil, err
		}
		d.src["sqlite"] = lite
	}
	rep.DataMB, rep.SourceDBMB = float64(d.bytes)/(1<<20), d.dbMB
	rep.GenerateSeconds = time.Since(start).Seconds()
	// Every source holds the same rows.
	for eng, db := range d.src {
		counts, err := tableCounts(db)
		if err != nil {
			return rep, err
		}
		for _, t := range benchTables {
			if counts[t.name] != d.rows[t.name] {
				return rep, fmt.Errorf("%s source: %s has %d rows, want %d", eng, t.name, counts[t.name], d.rows[t.name])
			}
		}
	}
	logf("dataset: %d rows, %.0f MB in postgres tables, database %.0f MB", d.total, rep.DataMB, rep.SourceDBMB)
	// The generated tables are vacuumed and analyzed before anything is
	// timed: otherwise autovacuum does it while the first runs (rex's)
	// are timed, and the baselines, which run later, do not pay for it.
	logf("vacuum analyze of the postgres source")
	if err := execSQL("pgx", pg.dsn, "VACUUM ANALYZE"); err != nil {
		return rep, fmt.Errorf("vacuum the source: %w", err)
	}

	for _, p := range o.pairs {
		from, to, _ := strings.Cut(p, "-")
		logf("rex %s → %s", from, to)
		settle()
		rep.add(b.rexRun(ctx, d, from, to))
	}
	if o.baselines {
		if contains(o.pairs, "postgres-postgres") {
			logf("COPY pipe postgres → postgres")
			settle()
			rep.add(b.copyPipe(ctx, d))
		}
		for _, from := range []string{"sqlite", "mysql"} {
			if contains(o.pairs, from+"-postgres") {
				logf("pgloader %s → postgres", from)
				settle()
				rep.add(b.pgloader(ctx, d, from))
			}
		}
		if contains(o.pairs, "postgres-mysql") {
			logf("LOAD DATA floor → mysql")
			settle()
			rep.add(b.mysqlFloor(ctx, d))
		}
		if contains(o.pairs, "postgres-sqlite") {
			logf("prepared-statement floor → sqlite")
			settle()
			rep.add(b.sqliteFloor(ctx, d))
		}
		django := o.django == "on" || (o.django == "auto" && d.total <= sizes["small"])
		if django && contains(o.pairs, "postgres-postgres") {
			logf("django dumpdata | loaddata postgres → postgres")
			settle()
			rep.add(b.django(ctx, d))
		}
	}
	rep.ratios()
	return rep, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// machine describes where the figures were taken.
func machine() string {
	cpus := 0
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		cpus = strings.Count(string(b), "\nprocessor")
		if strings.HasPrefix(string(b), "processor") {
			cpus++
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	return fmt.Sprintf("%d CPUs, load average at start %s", cpus, strings.Join(strings.Fields(string(load))[:3], " "))
}

func (r *Report) write(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// settle makes every timed run start alike: PostgreSQL writes out the
// pages the previous run dirtied (CHECKPOINT), so that run's writes are
// not flushed while the next one is timed.
func settle() {
	if err := execSQL("pgx", pgAdmin, "CHECKPOINT"); err != nil {
		logf("checkpoint: %v", err)
	}
}

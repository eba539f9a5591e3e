package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Run is one measured transfer.
type Run struct {
	Pair string `json:"pair"` // "postgres→postgres"
	Tool string `json:"tool"` // "rex", "COPY pipe", "pgloader", ...
	// Rows is the dataset's generated rows; rows/s and MB/s of every run
	// divide the same figures, so they compare. rex also moves the
	// fixture's few hundred contrib rows.
	Rows          int64   `json:"rows"`
	Seconds       float64 `json:"seconds"`
	RowsPerSecond float64 `json:"rows_per_second"`
	MBPerSecond   float64 `json:"mb_per_second"`
	// CPUSeconds is the user+system time of the run's processes (all of
	// them, with their children), not the database servers'. Runs inside
	// rexbench itself (the MySQL and SQLite floors) have none: -1.
	CPUSeconds float64 `json:"cpu_seconds"`
	// PeakRSSMiB is the largest sum of the resident sizes of all the run's
	// processes seen at once (sampled every 100 ms); PeakPSSMiB the same
	// for the proportional set size, which counts pages shared between
	// processes (the rex binary's) once; PeakAnonMiB the same for
	// anonymous memory (heaps and stacks, private to each process, none
	// of the binary's file pages). -1 when not measured.
	PeakRSSMiB  float64 `json:"peak_rss_mib"`
	PeakPSSMiB  float64 `json:"peak_pss_mib"`
	PeakAnonMiB float64 `json:"peak_anon_mib"`
	Processes   int     `json:"processes"`
	// Checked: the destination's row counts were compared with the
	// source's. Lost lists every table whose count differs.
	Checked bool     `json:"checked"`
	Lost    []string `json:"lost,omitempty"`
	Error   string   `json:"error,omitempty"`
	Note    string   `json:"note,omitempty"`
	// Phases of a rex run, in seconds from the sender's start, read from
	// the receiver's progress lines: "setup" until the destination
	// transaction opens (plugins, handshake, schemas, the source profile
	// that validation needs), "stream" until the last table is written,
	// "commit" until it committed (verification, deferred FK checks,
	// sequences, COMMIT), "close" until the sender exited.
	Phases map[string]float64 `json:"phases,omitempty"`
	// Stages: per side and process, CPU seconds and peak RSS.
	Stages []Stage `json:"stages,omitempty"`
	Ratios []Ratio `json:"ratios,omitempty"`
	dst    *database
}

// Stage is one kind of process in a run.
type Stage struct {
	Side       string  `json:"side"`
	Process    string  `json:"process"`
	CPUSeconds float64 `json:"cpu_seconds"`
	PeakRSSMiB float64 `json:"peak_rss_mib"`
	// PeakAnonMiB is the part of the process's memory that is its own:
	// what is left when the binary's shared file pages are taken out.
	PeakAnonMiB float64 `json:"peak_anon_mib"`
}

// Ratio compares a rex run with a baseline of the same pair.
type Ratio struct {
	Against string `json:"against"`
	// RowsPerSecond is rex's rows/s over the baseline's; WallTime the
	// baseline's seconds over rex's (above 1: rex is faster).
	RowsPerSecond float64 `json:"rows_per_second"`
	WallTime      float64 `json:"wall_time"`
	Target        string  `json:"target,omitempty"`
	Met           *bool   `json:"met,omitempty"`
}

func (r *Run) ok() bool { return r.Error == "" && r.Checked && len(r.Lost) == 0 }

// finish fills the rates and checks the destination against the source.
func (b *bencher) finish(r *Run, d *dataset, src *database, elapsed time.Duration, tables []string) {
	r.Rows = d.total
	r.Seconds = elapsed.Seconds()
	if r.Seconds > 0 {
		r.RowsPerSecond = float64(d.total) / r.Seconds
		r.MBPerSecond = float64(d.bytes) / (1 << 20) / r.Seconds
	}
	if r.dst == nil {
		return
	}
	sc, err := tableCounts(src)
	if err != nil {
		r.Error = strings.TrimSpace(r.Error + "; count source: " + err.Error())
		return
	}
	dc, err := tableCounts(r.dst)
	if err != nil {
		r.Error = strings.TrimSpace(r.Error + "; count destination: " + err.Error())
		return
	}
	if tables == nil {
		for t := range sc {
			if t != "django_migrations" {
				tables = append(tables, t)
			}
		}
		sort.Strings(tables)
	}
	r.Checked = true
	r.Lost = lost(sc, dc, tables)
	b.drop(r.dst)
}

const token = "rexbench-token-0123456789"

// rex runs a real receiver (rex serve --once) and a real sender (rex run):
// every stage a plugin subprocess, HPKE encryption and a WebSocket.
func (b *bencher) rexRun(ctx context.Context, d *dataset, from, to string) *Run {
	r := &Run{Pair: from + "→" + to, Tool: "rex"}
	src := d.src[from]
	dst, err := b.newDest(to)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	wd := filepath.Join(b.dir, "rex-"+from+"-"+to)
	os.MkdirAll(wd, 0o755)
	for _, name := range []string{"receiver", "sender"} {
		cmd := exec.Command(b.rex, "keygen", name)
		cmd.Dir = wd
		if out, err := cmd.CombinedOutput(); err != nil {
			r.Error = fmt.Sprintf("keygen: %v\n%s", err, out)
			return r
		}
	}
	os.WriteFile(filepath.Join(wd, "receiver.hcl"), fmt.Appendf(nil, `listen "websocket" {
  address = "127.0.0.1:0"
  token   = %q
}
decrypt "hpke" {
  private_key     = file("receiver.key")
  allowed_senders = [file("sender.pub")]
}
transform "django" {}
destination %q {
  %s
}
`, token, to, dst.attrs), 0o644)
	env := os.Environ()
	if b.o.profileDir != "" {
		p, _ := filepath.Abs(filepath.Join(b.o.profileDir, from+"-"+to))
		os.MkdirAll(p, 0o755)
		env = append(env, "REX_PROFILE_DIR="+p)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	serve := exec.CommandContext(ctx, b.rex, "serve", "--once", "receiver.hcl")
	serve.Dir, serve.Env = wd, env
	errPipe, _ := serve.StderrPipe()
	if err := serve.Start(); err != nil {
		r.Error = err.Error()
		return r
	}
	var serveLog strings.Builder
	launched := time.Now()
	addrc := make(chan string, 1)
	logDone := make(chan struct{})
	go func() {
		defer close(logDone)
		re := regexp.MustCompile(`listening on (\S+)`)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			fmt.Fprintf(&serveLog, "%7.3f %s\n", time.Since(launched).Seconds(), sc.Text())
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case addrc <- m[1]:
				default:
				}
			}
		}
	}()
	s := newSampler()
	s.add(serve, "receiver")
	var addr string
	select {
	case addr = <-addrc:
	case <-time.After(2 * time.Minute):
		s.finish()
		r.Error = "the receiver did not start listening"
		return r
	}
	os.WriteFile(filepath.Join(wd, "pipeline.hcl"), fmt.Appendf(nil, `source %q {
  %s
}
transform "django" {}
encrypt "hpke" {
  recipient_key = file("receiver.pub")
  sender_key    = file("sender.key")
}
sink "websocket" {
  url   = "ws://%s/rex"
  token = %q
}
`, from, src.attrs, addr, token), 0o644)
	run := exec.Command(b.rex, "run", "-q", "pipeline.hcl")
	run.Dir, run.Env = wd, env
	var runErr strings.Builder
	run.Stderr = &runErr
	start := time.Now()
	if err := run.Start(); err != nil {
		s.finish()
		r.Error = err.Error()
		return r
	}
	s.add(run, "sender")
	err = run.Wait()
	serr := serve.Wait()
	elapsed := time.Since(start)
	s.finish()
	<-logDone
	if err != nil || serr != nil {
		r.Error = fmt.Sprintf("rex run: %v, rex serve: %v\n%s\n%s", err, serr, trim(runErr.String(), 2000), trim(serveLog.String(), 2000))
	}
	os.WriteFile(filepath.Join(wd, "receiver.log"), []byte(serveLog.String()), 0o644)
	r.Phases = phases(serveLog.String(), start.Sub(launched).Seconds(), elapsed.Seconds())
	r.CPUSeconds = cpuSeconds(run, serve)
	s.peaks(r)
	r.Processes = len(s.procs)
	r.Stages = s.stages()
	b.finish(r, d, src, elapsed, nil)
	return r
}

// phases splits a rex run by the receiver's progress lines (each prefixed
// with its time since the receiver started); sender is when the sender
// started on that clock, total the run's wall time.
func phases(log string, sender, total float64) map[string]float64 {
	var open, done, committed float64
	for _, l := range strings.Split(log, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		var t float64
		if _, err := fmt.Sscan(f[0], &t); err != nil {
			continue
		}
		t -= sender
		switch {
		case strings.Contains(l, "transaction open"):
			open = t
		case strings.Contains(l, " done, "):
			done = t
		case strings.Contains(l, "committed"):
			committed = t
		}
	}
	if open == 0 || done == 0 || committed == 0 {
		return nil
	}
	return map[string]float64{"setup": open, "stream": done - open, "commit": committed - done, "close": total - committed}
}

// copyPipe is the physical floor into PostgreSQL: per generated table,
// psql's binary COPY out piped into psql's binary COPY in, one table after
// another, each its own transaction.
func (b *bencher) copyPipe(ctx context.Context, d *dataset) *Run {
	r := &Run{Pair: "postgres→postgres", Tool: "COPY pipe", Note: "binary COPY per table; no content type remap, no verification"}
	dst, err := b.newDest("postgres")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	src := d.src["postgres"]
	s := newSampler()
	var cmds []*exec.Cmd
	start := time.Now()
	for _, t := range benchTables {
		out := command("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", src.name,
			"-c", fmt.Sprintf(`COPY %q TO STDOUT (FORMAT binary)`, t.name))
		in := command("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", dst.name,
			"-c", fmt.Sprintf(`COPY %q FROM STDIN (FORMAT binary)`, t.name))
		pipe, err := out.StdoutPipe()
		if err != nil {
			r.Error = err.Error()
			break
		}
		in.Stdin = pipe
		var errs strings.Builder
		out.Stderr, in.Stderr = &errs, &errs
		if err := out.Start(); err != nil {
			r.Error = err.Error()
			break
		}
		if err := in.Start(); err != nil {
			out.Process.Kill()
			out.Wait()
			r.Error = err.Error()
			break
		}
		s.add(out, "read")
		s.add(in, "write")
		ierr := in.Wait()
		oerr := out.Wait()
		cmds = append(cmds, out, in)
		if ierr != nil || oerr != nil {
			r.Error = fmt.Sprintf("%s: %v %v %s", t.name, oerr, ierr, trim(errs.String(), 500))
			break
		}
	}
	elapsed := time.Since(start)
	s.finish()
	r.CPUSeconds = cpuSeconds(cmds...)
	s.peaks(r)
	r.Processes = len(s.procs)
	b.finish(r, d, src, elapsed, benchTableNames())
	return r
}

// pgloader runs Debian's pgloader from SQLite or MySQL into the Django-made
// PostgreSQL schema, data only, for the generated tables.
func (b *bencher) pgloader(ctx context.Context, d *dataset, from string) *Run {
	r := &Run{Pair: from + "→postgres", Tool: "pgloader", Note: "data only into the Django schema; no content type remap"}
	bin, err := exec.LookPath("pgloader")
	if err != nil {
		r.Error = "pgloader is not installed (apt-get install pgloader)"
		return r
	}
	var ver strings.Builder
	vc := exec.Command(bin, "--version")
	vc.Stdout = &ver
	vc.Run()
	if f := strings.Fields(ver.String()); len(f) > 2 {
		r.Tool = "pgloader " + strings.Trim(f[2], `"`)
	}
	dst, err := b.newDest("postgres")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	src := d.src[from]
	var load string
	into := fmt.Sprintf("postgresql://postgres@127.0.0.1:5432/%s", dst.name)
	switch from {
	case "sqlite":
		load = fmt.Sprintf("LOAD DATABASE\n  FROM sqlite://%s\n  INTO %s\n  WITH data only, reset sequences, quote identifiers, prefetch rows = 10000\n  INCLUDING ONLY TABLE NAMES LIKE 'allfields_%%';\n", src.dsn, into)
	case "mysql":
		load = fmt.Sprintf("LOAD DATABASE\n  FROM mysql://root@127.0.0.1:3306/%s\n  INTO %s\n  WITH data only, reset sequences, quote identifiers, prefetch rows = 10000\n  INCLUDING ONLY TABLE NAMES MATCHING ~/^allfields_/\n  ALTER SCHEMA '%s' RENAME TO 'public';\n", src.name, into, src.name)
	}
	file := filepath.Join(b.dir, "pgloader-"+from+".load")
	os.WriteFile(file, []byte(load), 0o644)
	// pgloader can hang after an error: a generous deadline.
	limit := time.Minute + time.Duration(d.total/1000)*time.Second
	cctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(cctx, bin, "--root-dir", filepath.Join(b.dir, "pgloader-"+from), file)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		r.Error = err.Error()
		return r
	}
	s := newSampler()
	s.add(cmd, "pgloader")
	err = cmd.Wait()
	elapsed := time.Since(start)
	s.finish()
	if cctx.Err() != nil {
		r.Error = fmt.Sprintf("pgloader did not finish in %s; killed\n%s", limit, trim(out.String(), 1500))
	} else if err != nil {
		r.Error = fmt.Sprintf("pgloader: %v\n%s", err, trim(out.String(), 1500))
	} else if n := strings.Count(out.String(), "ERROR"); n > 0 {
		r.Note += fmt.Sprintf("; exited 0 with %d ERROR lines", n)
	}
	os.WriteFile(filepath.Join(b.dir, "pgloader-"+from+".log"), []byte(out.String()), 0o644)
	r.CPUSeconds = cpuSeconds(cmd)
	s.peaks(r)
	r.Processes = len(s.procs)
	b.finish(r, d, src, elapsed, benchTableNames())
	if len(r.Lost) > 0 {
		r.Note += "; first errors: " + firstErrors(out.String(), 3)
	}
	return r
}

func firstErrors(log string, n int) string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "ERROR") && len(out) < n {
			out = append(out, trim(l, 200))
		}
	}
	return strings.Join(out, " | ")
}

// mysqlFloor is the floor into MySQL: LOAD DATA LOCAL INFILE of the
// prepared CSV files into the Django-made schema, one statement per
// table, with FK checks on. It runs inside rexbench: no CPU or memory
// figures.
func (b *bencher) mysqlFloor(ctx context.Context, d *dataset) *Run {
	r := &Run{Pair: "postgres→mysql", Tool: "LOAD DATA", CPUSeconds: -1, PeakRSSMiB: -1, PeakPSSMiB: -1, PeakAnonMiB: -1,
		Note: "prepared files (export not timed); no content type remap"}
	dst, err := b.newDest("mysql")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	start := time.Now()
	if err := d.loadMySQL(ctx, dst, true); err != nil {
		r.Error = err.Error()
	}
	b.finish(r, d, d.src["postgres"], time.Since(start), benchTableNames())
	return r
}

// sqliteFloor is the floor into SQLite: rows read from PostgreSQL and
// inserted with one prepared statement per table, in one transaction. It
// runs inside rexbench: no CPU or memory figures.
func (b *bencher) sqliteFloor(ctx context.Context, d *dataset) *Run {
	r := &Run{Pair: "postgres→sqlite", Tool: "prepared INSERT loop", CPUSeconds: -1, PeakRSSMiB: -1, PeakPSSMiB: -1, PeakAnonMiB: -1,
		Note: "one transaction, modernc.org/sqlite; no content type remap"}
	dst, err := b.newDest("sqlite")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	start := time.Now()
	if err := d.loadSQLite(ctx, d.src["postgres"], dst); err != nil {
		r.Error = err.Error()
	}
	b.finish(r, d, d.src["postgres"], time.Since(start), benchTableNames())
	return r
}

// django pipes Django's own `dumpdata --natural-foreign --natural-primary`
// of the source into `loaddata` on the destination (the fidelity project,
// source and destination settings; Debian's python3-django).
func (b *bencher) django(ctx context.Context, d *dataset) *Run {
	r := &Run{Pair: "postgres→postgres", Tool: "Django dumpdata|loaddata", Note: "natural keys; contenttypes and auth.permission excluded"}
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import django, psycopg2").Run() != nil {
		r.Error = "Django is not installed (apt-get install python3-django python3-psycopg2)"
		return r
	}
	dst, err := b.newDest("postgres")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.dst = dst
	src := d.src["postgres"]
	project, _ := filepath.Abs(filepath.Join(fixtureDir, "project"))
	dump := command(py, "manage.py", "dumpdata", "--natural-foreign", "--natural-primary",
		"-e", "contenttypes", "-e", "auth.permission", "-e", "sessions")
	dump.Dir = project
	dump.Env = append(dump.Env, "REX_FX_ENGINE=postgres", "REX_FX_DB="+src.name, "DJANGO_SETTINGS_MODULE=fidelitysite.settings")
	load := command(py, "manage.py", "loaddata", "--format=json", "-")
	load.Dir = project
	load.Env = append(load.Env, "REX_FX_ENGINE=postgres", "REX_FX_DB="+dst.name, "DJANGO_SETTINGS_MODULE=fidelitysite.settings_dest")
	pipe, _ := dump.StdoutPipe()
	load.Stdin = pipe
	var errs strings.Builder
	dump.Stderr = &errs
	load.Stdout, load.Stderr = io.Discard, &errs
	start := time.Now()
	if err := dump.Start(); err != nil {
		r.Error = err.Error()
		return r
	}
	if err := load.Start(); err != nil {
		dump.Process.Kill()
		dump.Wait()
		r.Error = err.Error()
		return r
	}
	s := newSampler()
	s.add(dump, "dumpdata")
	s.add(load, "loaddata")
	lerr := load.Wait()
	derr := dump.Wait()
	elapsed := time.Since(start)
	s.finish()
	if lerr != nil || derr != nil {
		r.Error = fmt.Sprintf("dumpdata: %v, loaddata: %v\n%s", derr, lerr, trim(errs.String(), 1500))
	}
	r.CPUSeconds = cpuSeconds(dump, load)
	s.peaks(r)
	r.Processes = len(s.procs)
	r.Stages = s.stages()
	b.finish(r, d, src, elapsed, benchTableNames())
	return r
}

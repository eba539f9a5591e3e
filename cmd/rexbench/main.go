// Command rexbench measures rex end to end on this machine: it makes a
// Django-shaped table of N rows in a source database, runs a real receiver
// and a real pipeline (every stage a subprocess, encryption and WebSocket
// on), checks the destination's row count, and reports wall time, rows/s
// and the peak memory of all rex processes, host and plugins, both sides.
//
//	go run ./cmd/rexbench -rows 5000000 -pair postgres-postgres
package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// Result is one measured run.
type Result struct {
	Pair          string  `json:"pair"`
	Rows          int64   `json:"rows"`
	Seconds       float64 `json:"seconds"`
	RowsPerSecond float64 `json:"rows_per_second"`
	// PeakPSSMiB is the largest sum of the proportional set size of every
	// rex process (both hosts and all their plugins) seen while sampling
	// every 50 ms: the memory they really occupy, the rex binary's pages,
	// shared by all ten processes, counted once. PeakRSSMiB is the largest
	// sum of their resident sizes, which counts those shared pages once per
	// process (about 16 MiB each), an upper bound.
	PeakPSSMiB  float64 `json:"peak_pss_mib"`
	PeakRSSMiB  float64 `json:"peak_rss_mib"`
	PeakAnonMiB float64 `json:"peak_anon_mib"`
	Processes   int     `json:"processes"`
	Verified    bool    `json:"verified"`
}

func main() {
	rows := flag.Int64("rows", 1_000_000, "rows in the generated table")
	pair := flag.String("pair", "postgres-postgres", "source-destination engines: postgres-postgres, postgres-sqlite, postgres-mysql")
	out := flag.String("json", "", "also write the result as JSON to this file")
	flag.Parse()
	res, err := bench(*pair, *rows)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rexbench:", err)
		os.Exit(1)
	}
	fmt.Printf("%-18s %10s %8s %10s %13s %13s %14s %6s %9s\n", "pair", "rows", "seconds", "rows/s", "peak PSS MiB", "peak RSS MiB", "peak anon MiB", "procs", "verified")
	fmt.Printf("%-18s %10d %8.1f %10.0f %13.1f %13.1f %14.1f %6d %9t\n", res.Pair, res.Rows, res.Seconds, res.RowsPerSecond, res.PeakPSSMiB, res.PeakRSSMiB, res.PeakAnonMiB, res.Processes, res.Verified)
	if *out != "" {
		b, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "rexbench:", err)
			os.Exit(1)
		}
	}
	if !res.Verified {
		os.Exit(1)
	}
}

// The generated table, as Django 3.2 makes it on each engine for
// models.Model with a CharField, DecimalField, DateTimeField, JSONField,
// UUIDField and TextField.
var ddl = map[string]string{
	"postgres": `CREATE TABLE bench_item (id bigserial PRIMARY KEY, name varchar(100) NOT NULL, price numeric(12,2) NOT NULL,
		created timestamp with time zone NOT NULL, data jsonb NOT NULL, ref uuid NOT NULL, note text NOT NULL)`,
	"mysql": `CREATE TABLE bench_item (id bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, price numeric(12,2) NOT NULL,
		created datetime(6) NOT NULL, data longtext NOT NULL CHECK (json_valid(data)), ref char(32) NOT NULL, note longtext NOT NULL)`,
	"sqlite": `CREATE TABLE "bench_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL, "price" decimal NOT NULL,
		"created" datetime NOT NULL, "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)), "ref" char(32) NOT NULL, "note" text NOT NULL)`,
}

type database struct {
	engine string
	driver string
	dsn    string // for database/sql
	attrs  string // for the HCL block
	drop   func()
}

func createDB(engine, dir, name string) (*database, error) {
	switch engine {
	case "postgres":
		admin := "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
		if err := execSQL("pgx", admin, "CREATE DATABASE "+name); err != nil {
			return nil, err
		}
		dsn := "postgres://postgres@127.0.0.1:5432/" + name + "?sslmode=disable"
		return &database{engine, "pgx", dsn, fmt.Sprintf("dsn = %q", dsn), func() { execSQL("pgx", admin, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") }}, nil
	case "mysql":
		admin := "root@tcp(127.0.0.1:3306)/"
		if err := execSQL("mysql", admin, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4"); err != nil {
			return nil, err
		}
		dsn := "root@tcp(127.0.0.1:3306)/" + name
		return &database{engine, "mysql", dsn, fmt.Sprintf("dsn = %q", dsn), func() { execSQL("mysql", admin, "DROP DATABASE IF EXISTS "+name) }}, nil
	case "sqlite":
		p := filepath.Join(dir, name+".sqlite3")
		return &database{engine, "sqlite", p, fmt.Sprintf("path = %q", p), func() {}}, nil
	}
	return nil, fmt.Errorf("unknown engine %q", engine)
}

func execSQL(driver, dsn string, stmts ...string) error {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	return nil
}

func count(d *database) (n int64, err error) {
	db, err := sql.Open(d.driver, d.dsn)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	err = db.QueryRow("SELECT COUNT(*) FROM bench_item").Scan(&n)
	return n, err
}

func bench(pair string, rows int64) (*Result, error) {
	from, to, ok := strings.Cut(pair, "-")
	if !ok || from != "postgres" {
		return nil, fmt.Errorf("pair %q: the source is generated with PostgreSQL's generate_series; use postgres-<engine>", pair)
	}
	dir, err := os.MkdirTemp("", "rexbench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	rex := filepath.Join(dir, "rex")
	if out, err := exec.Command("go", "build", "-o", rex, "./cmd/rex").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build rex (run rexbench from the repository root): %v\n%s", err, out)
	}
	tag := fmt.Sprintf("rexbench_%d", os.Getpid())
	src, err := createDB(from, dir, tag+"_src")
	if err != nil {
		return nil, err
	}
	defer src.drop()
	dst, err := createDB(to, dir, tag+"_dst")
	if err != nil {
		return nil, err
	}
	defer dst.drop()
	fmt.Fprintf(os.Stderr, "generating %d rows in %s...\n", rows, from)
	if err := execSQL(src.driver, src.dsn, ddl[from], fmt.Sprintf(`INSERT INTO bench_item (name, price, created, data, ref, note)
		SELECT 'item ' || i, (i %% 100000) / 100.0, timestamptz '2020-01-01 00:00:00+00' + i * interval '1.000001 second',
		jsonb_build_object('i', i, 'tags', jsonb_build_array('a', 'b'), 'ok', i %% 2 = 0), md5(i::text)::uuid, repeat('x', 40 + i %% 60)
		FROM generate_series(1, %d) AS i`, rows), "VACUUM ANALYZE bench_item"); err != nil {
		return nil, err
	}
	if err := execSQL(dst.driver, dst.dsn, ddl[to]); err != nil {
		return nil, err
	}
	for _, name := range []string{"receiver", "sender"} {
		cmd := exec.Command(rex, "keygen", name)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("keygen: %v\n%s", err, out)
		}
	}
	const token = "rexbench-token-0123456789"
	os.WriteFile(filepath.Join(dir, "receiver.hcl"), fmt.Appendf(nil, `listen "websocket" {
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

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	serve := exec.CommandContext(ctx, rex, "serve", "--once", "receiver.hcl")
	serve.Dir = dir
	errPipe, _ := serve.StderrPipe()
	if err := serve.Start(); err != nil {
		return nil, err
	}
	addrc := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`listening on (\S+)`)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
	}()
	var addr string
	select {
	case addr = <-addrc:
	case <-time.After(time.Minute):
		return nil, fmt.Errorf("the receiver did not start listening")
	}
	os.WriteFile(filepath.Join(dir, "pipeline.hcl"), fmt.Appendf(nil, `source %q {
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

	run := exec.Command(rex, "run", "-q", "pipeline.hcl")
	run.Dir = dir
	var runErr strings.Builder
	run.Stderr = &runErr
	start := time.Now()
	if err := run.Start(); err != nil {
		return nil, err
	}
	mem := &sampler{roots: []int{serve.Process.Pid, run.Process.Pid}, seen: map[int]bool{}}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); mem.loop(stop) }()
	err = run.Wait()
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("rex run: %v\n%s", err, runErr.String())
	}
	serve.Wait()
	n, err := count(dst)
	if err != nil {
		return nil, err
	}
	return &Result{
		Pair: pair, Rows: rows, Seconds: elapsed.Seconds(), RowsPerSecond: float64(rows) / elapsed.Seconds(),
		PeakPSSMiB: float64(mem.pss) / 1024, PeakRSSMiB: float64(mem.rss) / 1024, PeakAnonMiB: float64(mem.anon) / 1024, Processes: len(mem.seen),
		Verified: n == rows,
	}, nil
}

// sampler follows the process trees under roots and records the peak sums
// of their memory, in KiB.
type sampler struct {
	roots          []int
	pss, rss, anon int64
	seen           map[int]bool
}

func (s *sampler) loop(stop chan struct{}) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		s.sample()
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

func (s *sampler) sample() {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// After the command name come the state and the parent's pid.
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
		if len(f) > 1 {
			ppid, _ := strconv.Atoi(f[1])
			children[ppid] = append(children[ppid], pid)
		}
	}
	var pss, rss, anon int64
	queue := append([]int(nil), s.roots...)
	for len(queue) > 0 {
		pid := queue[0]
		queue = append(queue[1:], children[pid]...)
		m := memory(pid)
		if m["Rss:"] > 0 {
			s.seen[pid] = true
		}
		pss += m["Pss:"]
		rss += m["Rss:"]
		anon += m["Pss_Anon:"]
	}
	s.pss, s.rss, s.anon = max(s.pss, pss), max(s.rss, rss), max(s.anon, anon)
}

// memory returns a process's smaps_rollup figures in KiB.
func memory(pid int) map[string]int64 {
	out := map[string]int64{}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 {
			v, _ := strconv.ParseInt(f[1], 10, 64)
			out[f[0]] = v
		}
	}
	return out
}

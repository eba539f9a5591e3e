package main

// Fault injection: a transfer into each destination engine is broken at a
// random point mid-stream (the sender, the network, a plugin process, the
// receiver, the destination's connection or server, the source's
// connection, a full disk, a rejected row), and the destination
// must be exactly as it was, the exit code and message must say what
// happened, no plugin process may be left behind, and a receiver that
// survived must commit the next good session.

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// faultRows is how many ~1 KiB rows growSource adds to the source's
// django_session: about five seconds of transfer at faultRate, long
// enough to break it anywhere in its first third with seconds to spare.
const faultRows = 100000

// faultTotal is the source's django_session count: the grown rows plus
// the quickstart's two.
const faultTotal = faultRows + 2

// faultDefaultSeed seeds the choice of fault points; REX_FAULT_SEED
// overrides it to replay or explore other points.
const faultDefaultSeed = 20240611

// The faults, one per way a transfer can break mid-stream.
const (
	faultSenderKilled       = "sender killed"
	faultNetworkCut         = "network cut"
	faultSenderPluginKilled = "sender plugin killed"
	faultDestPluginKilled   = "destination plugin killed"
	faultReceiverKilled     = "receiver killed"
	faultConnectionDropped  = "destination connection dropped"
	faultDestRestarted      = "destination restarted"
	faultSourceDropped      = "source connection dropped"
	faultOutOfSpace         = "out of space"
	faultRowRejected        = "row rejected"
)

// spacePerRow is about what one grown django_session row takes on disk in
// SQLite and PostgreSQL (a ~1 KiB row, its page share and index entry):
// faultOutOfSpace gives the destination room for about at rows.
const spacePerRow = 1150

// sessionIndex is the name Django gives django_session's expire_date index.
const sessionIndex = "django_session_expire_date_a5c62663"

// faultCase is one fault injected into a transfer into one engine.
type faultCase struct {
	fault  string
	engine string
	// at is the number of django_session rows written at the destination
	// after which the fault strikes (for faultRowRejected: the position of
	// the rejected row's key).
	at int64
	// stage is the sender plugin killed by faultSenderPluginKilled:
	// "source" or "transform".
	stage string
	// source is the source's engine: "" for the shared grown SQLite file,
	// or "postgres" or "mysql" for a grown database of the case's own.
	source string
}

func (c faultCase) name() string {
	s := strings.ReplaceAll(c.fault, " ", "_") + "/" + c.engine
	if c.source != "" {
		s += "/from_" + c.source
	}
	if c.stage != "" {
		s += "/" + c.stage
	}
	return s + "/at_" + strconv.FormatInt(c.at, 10)
}

// badKey is the session key of the source row at position n that the
// row_rejected destination refuses (growSource's key format).
func badKey(n int64) string { return fmt.Sprintf("k%039d", n) }

// TestFault_MidTransfer_DestinationUnchanged breaks a 100k-row transfer at
// a random point for every fault and destination engine, and proves the
// destination unchanged, the exit codes and messages right, no orphan
// plugin process, and a surviving receiver still serving.
func TestFault_MidTransfer_DestinationUnchanged(t *testing.T) {
	seed := uint64(faultDefaultSeed)
	if s := os.Getenv("REX_FAULT_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("REX_FAULT_SEED=%q: %v", s, err)
		}
		seed = v
	}
	t.Logf("fault points seeded with %d (set REX_FAULT_SEED to change)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	// A point in the first third, past the first batch: the transfer is
	// under way and seconds from its end (progress lines come once a
	// second).
	point := func() int64 { return 2000 + rng.Int64N(faultTotal/3-2000) }
	// A point in the first tenth, for a source's connection: the source
	// reads ahead of the writer by what the buffers between them hold (the
	// database server's socket, the Read stream's window, the stages'
	// queues, the network): about a third of this table, so a fault timed
	// by the writer's progress later than that finds the read done.
	early := func() int64 { return 2000 + rng.Int64N(faultTotal/10-2000) }

	engines := []string{"sqlite", "postgres", "mysql"}
	var cases []faultCase
	for _, fault := range []string{faultSenderKilled, faultNetworkCut, faultSenderPluginKilled, faultDestPluginKilled, faultReceiverKilled, faultConnectionDropped, faultDestRestarted, faultOutOfSpace, faultRowRejected} {
		// The sender plugin killed alternates between the source and the
		// transform, from a random first.
		first := rng.IntN(2)
		for i, engine := range engines {
			switch {
			case fault == faultConnectionDropped && engine == "sqlite":
				continue // a SQLite file has no connection to drop
			case fault == faultDestRestarted && engine != "postgres":
				// A private server per case: PostgreSQL's starts in
				// a second; the shared servers are never restarted.
				continue
			case fault == faultOutOfSpace && engine == "mysql":
				// MariaDB 10.11 aborts the whole server when an InnoDB
				// tablespace cannot grow, so a full disk there is a
				// server crash: to rex, the connection dropped case.
				continue
			}
			c := faultCase{fault: fault, engine: engine, at: point()}
			if fault == faultSenderPluginKilled {
				c.stage = []string{"source", "transform"}[(first+i)%2]
			}
			cases = append(cases, c)
		}
	}
	// A second restart at another point, and the source's connection
	// dropped mid-read from each server engine.
	cases = append(cases,
		faultCase{fault: faultDestRestarted, engine: "postgres", at: point()},
		faultCase{fault: faultSourceDropped, engine: "mysql", source: "postgres", at: early()},
		faultCase{fault: faultSourceDropped, engine: "postgres", source: "mysql", at: early()},
		faultCase{fault: faultSourceDropped, engine: "postgres", source: "postgres", at: early()},
	)

	// One grown source, read by every case (readers share a SQLite file).
	src := filepath.Join(t.TempDir(), "big.sqlite3")
	copyFile(t, "../../examples/quickstart/shop.sqlite3", src)
	growSource(t, src, faultRows)

	for _, c := range cases {
		t.Run(c.name(), func(t *testing.T) {
			t.Parallel()
			runFault(t, c, src)
		})
	}
}

// faultDest is the destination of one case.
type faultDest struct {
	engine string
	path   string   // sqlite
	db     engineDB // postgres, mysql
	name   string   // the database's name (postgres, mysql)
	attrs  string   // the destination block's attributes
	// admin is an administrative DSN on the database's server.
	admin string
	// server is the private PostgreSQL server of faultDestRestarted.
	server *privatePostgres
}

// adminDSN is the administrative DSN of engine's shared server.
func adminDSN(engine string) string {
	if engine == "mysql" {
		return "root@tcp(127.0.0.1:3306)/"
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// dbName is the database name in a postgres or mysql DSN.
func dbName(db engineDB) string {
	dsn := db.config.String("dsn", "")
	name := dsn[strings.LastIndex(dsn, "/")+1:]
	name, _, _ = strings.Cut(name, "?")
	return name
}

// growDB adds n rows to django_session of a PostgreSQL or MariaDB
// database, in growSource's key format.
func growDB(t *testing.T, db engineDB, n int) {
	t.Helper()
	if db.engine == "postgres" {
		db.exec(t, fmt.Sprintf(`INSERT INTO django_session (session_key, session_data, expire_date)
			SELECT 'k' || lpad(i::text, 39, '0'), repeat(md5(i::text), 31), '2099-01-01 00:00:00+00'
			FROM generate_series(1, %d) i`, n))
		return
	}
	// Six digits of ten rows each make a million numbers to count from.
	const digit = `(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)`
	db.exec(t, fmt.Sprintf(`INSERT INTO django_session (session_key, session_data, expire_date)
		SELECT CONCAT('k', LPAD(i, 39, '0')), REPEAT(MD5(i), 31), '2099-01-01 00:00:00' FROM (
			SELECT 1 + a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d AS i
			FROM %[1]s a, %[1]s b, %[1]s c, %[1]s e, %[1]s f, %[1]s g) n
		WHERE i <= %d`, digit, n))
}

// sessionDDL is django_session as Django creates it on each engine.
func sessionDDL(engine string) []string {
	switch engine {
	case "postgres":
		return []string{
			`CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" timestamp with time zone NOT NULL)`,
			`CREATE INDEX "` + sessionIndex + `" ON "django_session" ("expire_date")`,
			`CREATE INDEX "django_session_session_key_c0390e0f_like" ON "django_session" ("session_key" varchar_pattern_ops)`,
		}
	case "mysql":
		return []string{
			"CREATE TABLE `django_session` (`session_key` varchar(40) NOT NULL PRIMARY KEY, `session_data` longtext NOT NULL, `expire_date` datetime(6) NOT NULL)",
			"CREATE INDEX `" + sessionIndex + "` ON `django_session` (`expire_date`)",
		}
	}
	return []string{
		`CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL)`,
		`CREATE INDEX "` + sessionIndex + `" ON "django_session" ("expire_date")`,
	}
}

// newFaultDest makes the case's destination: for SQLite the quickstart's
// dest.sqlite3 in w, otherwise a fresh database holding Django's
// django_session with three rows of its own, which a replace must not lose
// when it rolls back. For faultRowRejected the table refuses badKey(at);
// for faultOutOfSpace the destination's disk has room for about at rows;
// for faultDestRestarted the database is on a private server.
func newFaultDest(t *testing.T, w *workdir, c faultCase) faultDest {
	t.Helper()
	check := fmt.Sprintf("CONSTRAINT fault_check CHECK (session_key <> '%s')", badKey(c.at))
	if c.engine == "sqlite" {
		d := faultDest{engine: "sqlite", path: w.dest, attrs: `path = "dest.sqlite3"`}
		switch c.fault {
		case faultRowRejected:
			ddl := sessionDDL("sqlite")
			ddl[0] = strings.TrimSuffix(ddl[0], ")") + ", " + check + ")"
			execSQLite(t, w.dest, append([]string{`DROP TABLE django_session`}, ddl...)...)
		case faultOutOfSpace:
			fi, err := os.Stat(w.dest)
			if err != nil {
				t.Fatal(err)
			}
			d.path = filepath.Join(smallDisk(t, fi.Size()+c.at*spacePerRow, ""), "dest.sqlite3")
			copyFile(t, w.dest, d.path)
			d.attrs = fmt.Sprintf("path = %q", d.path)
		}
		return d
	}
	var server *privatePostgres
	admin := adminDSN(c.engine)
	var db engineDB
	switch c.fault {
	case faultDestRestarted:
		server = startPrivatePostgres(t)
		admin = server.admin()
		name := fmt.Sprintf("rex_rs_%d", dbSeq.Add(1))
		mustExec(t, "pgx", admin, "CREATE DATABASE "+name)
		dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", server.port, name)
		db = engineDB{"postgres", fmt.Sprintf("dsn = %q", dsn), sdk.Config{"dsn": dsn}}
		db.exec(t, sessionDDL("postgres")...)
	case faultOutOfSpace:
		// django_session in a tablespace on a small disk; the tablespace
		// is dropped after the database (cleanups run last first).
		dir := smallDisk(t, c.at*spacePerRow, "postgres")
		space := fmt.Sprintf("rex_full_%d_%d", os.Getpid(), dbSeq.Add(1))
		mustExec(t, "pgx", admin, fmt.Sprintf("CREATE TABLESPACE %s LOCATION '%s'", space, dir))
		t.Cleanup(func() { execIgnore("pgx", admin, "DROP TABLESPACE IF EXISTS "+space) })
		db = newEmptyDB(t, c.engine, sessionDDL(c.engine)...)
		db.exec(t, "ALTER TABLE django_session SET TABLESPACE "+space)
	default:
		db = newEmptyDB(t, c.engine, sessionDDL(c.engine)...)
	}
	db.exec(t, `INSERT INTO django_session (session_key, session_data, expire_date) VALUES
		('dest-existing-1', 'e30:1', '2030-01-01 00:00:00'),
		('dest-existing-2', 'e30:2', '2030-01-02 00:00:00'),
		('dest-existing-3', 'e30:3', '2030-01-03 00:00:00')`)
	if c.fault == faultRowRejected {
		db.exec(t, `ALTER TABLE django_session ADD `+check)
	}
	return faultDest{engine: c.engine, db: db, name: dbName(db), attrs: db.attrs, admin: admin, server: server}
}

// digest sums the destination's content: the file's bytes for SQLite,
// django_session's rows for PostgreSQL and MariaDB.
func (d faultDest) digest(t *testing.T) string {
	t.Helper()
	if d.engine == "sqlite" {
		h := fileHash(t, d.path)
		return hex.EncodeToString(h[:])
	}
	query := `SELECT count(*) || ' ' || coalesce(md5(string_agg(session_key || '|' || session_data || '|' || expire_date::text, ',' ORDER BY session_key)), '') FROM django_session`
	if d.engine == "mysql" {
		query = `SELECT CONCAT(COUNT(*), ' ', COALESCE(SUM(CRC32(CONCAT_WS('|', session_key, session_data, expire_date))), 0), ' ', COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', session_key, session_data, expire_date))), 0)) FROM django_session`
	}
	c := d.db.open(t)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var s string
	if err := c.QueryRowContext(ctx, query).Scan(&s); err != nil {
		t.Fatalf("digest of %s django_session: %v", d.engine, err)
	}
	return s
}

// sessionKeys returns django_session's keys, sorted.
func (d faultDest) sessionKeys(t *testing.T) []string {
	t.Helper()
	var c *sql.DB
	if d.engine == "sqlite" {
		var err error
		if c, err = sql.Open("sqlite", "file:"+d.path+"?mode=ro"); err != nil {
			t.Fatal(err)
		}
	} else {
		c = d.db.open(t)
	}
	defer c.Close()
	rs, err := c.Query(`SELECT session_key FROM django_session ORDER BY session_key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var keys []string
	for rs.Next() {
		var k string
		if err := rs.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

// openTransactions counts the transactions open in the destination
// database (PostgreSQL, MariaDB), from an administrative connection.
func (d faultDest) openTransactions(t *testing.T) int {
	t.Helper()
	driver, dsn := "pgx", d.admin
	query := `SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND xact_start IS NOT NULL`
	if d.engine == "mysql" {
		driver = "mysql"
		query = `SELECT COUNT(*) FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.DB = ?`
	}
	c, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var n int
	if err := c.QueryRow(query, d.name).Scan(&n); err != nil {
		t.Fatalf("count open transactions: %v", err)
	}
	return n
}

// dropConnections ends every server connection to the destination
// database, as a DBA or a failover would, and returns how many it ended.
func (d faultDest) dropConnections(t *testing.T) int {
	t.Helper()
	if d.engine == "postgres" {
		c, err := sql.Open("pgx", d.admin)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var n int
		err = c.QueryRow(`SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) k`, d.name).Scan(&n)
		if err != nil {
			t.Fatalf("pg_terminate_backend: %v", err)
		}
		return n
	}
	c, err := sql.Open("mysql", d.admin)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rs, err := c.Query(`SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()`, d.name)
	if err != nil {
		t.Fatalf("list connections: %v", err)
	}
	var ids []int64
	for rs.Next() {
		var id int64
		rs.Scan(&id)
		ids = append(ids, id)
	}
	rs.Close()
	for _, id := range ids {
		if _, err := c.Exec(fmt.Sprintf("KILL %d", id)); err != nil {
			t.Logf("KILL %d: %v", id, err)
		}
	}
	return len(ids)
}

// recoverSQLite opens the SQLite file for writing once, so that SQLite
// rolls back a hot journal left by a killed writer, as the next program
// to open it would; it reports whether there was one.
func recoverSQLite(t *testing.T, path string) bool {
	t.Helper()
	_, err := os.Stat(path + "-journal")
	hot := err == nil
	c, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var n int
	if err := c.QueryRow(`SELECT count(*) FROM django_session`).Scan(&n); err != nil {
		t.Fatalf("reopen %s: %v", path, err)
	}
	return hot
}

// cutProxy forwards TCP connections to a target until Cut closes them.
type cutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	wg     sync.WaitGroup
}

func startCutProxy(t *testing.T, target string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.DialTimeout("tcp", target, 5*time.Second)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); pacedCopy(u, c, faultRate); u.Close() }()
			go func() { defer p.wg.Done(); io.Copy(c, u); c.Close() }()
		}
	}()
	t.Cleanup(func() {
		p.Cut()
		p.wg.Wait()
	})
	return p
}

// faultRate is the pace, in bytes per second, of the sender's side of the
// proxy: faultTotal sealed ~1 KiB rows in about five seconds.
const faultRate = 24 << 20

// pacedCopy copies src to dst at no more than rate bytes per second.
func pacedCopy(dst io.Writer, src io.Reader, rate int) {
	buf := make([]byte, 32<<10)
	start, sent := time.Now(), 0
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
			sent += n
			if ahead := time.Duration(float64(sent)/float64(rate)*float64(time.Second)) - time.Since(start); ahead > 0 {
				time.Sleep(ahead)
			}
		}
		if err != nil {
			return
		}
	}
}

// Cut closes the listener and every connection at once, both ways, with
// a reset: the cable is pulled.
func (p *cutProxy) Cut() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0)
		}
		c.Close()
	}
}

var faultProgressRE = regexp.MustCompile(`^receiver: django_session (\d+)/\d+ rows(:|$)`)

// waitRows waits until the receiver reports at least n rows of
// django_session written and returns the count it reported.
func waitRows(t *testing.T, p *proc, n int64) int64 {
	t.Helper()
	deadline := time.After(2 * time.Minute)
	for {
		select {
		case l := <-p.lines:
			if m := faultProgressRE.FindStringSubmatch(l); m != nil {
				if got, _ := strconv.ParseInt(m[1], 10, 64); got >= n {
					return got
				}
			}
			if strings.HasPrefix(l, "receiver: django_session done") || strings.HasPrefix(l, "receiver: committed") {
				t.Fatalf("the transfer finished before %d rows were written, so the fault came too late: %s", n, l)
			}
		case <-p.done:
			t.Fatalf("the receiver exited (code %d) before %d rows were written:\n%s", p.code, n, p.errText())
		case <-deadline:
			t.Fatalf("timed out waiting for %d rows written:\n%s", n, p.errText())
		}
	}
}

// alive reports whether pid is a running process (not a zombie).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses.
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] != 'Z'
	}
	return true
}

// checkGone fails for each plugin of pids still running a few seconds on.
func checkGone(t *testing.T, side string, pids map[string]int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for block, pid := range pids {
		for alive(pid) && time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
		}
		if alive(pid) {
			t.Errorf("the %s's %s plugin (pid %d) outlived its session: an orphan", side, block, pid)
		}
	}
}

// waitSenderStages waits for the sender's four stage lines and returns
// their pids.
func waitSenderStages(t *testing.T, run *proc) map[string]int {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		pids := stagePIDs(run.errText(), "sender")
		if len(pids) == 4 || time.Now().After(deadline) {
			return pids
		}
		select {
		case <-run.done:
			return stagePIDs(run.errText(), "sender")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// outcome returns a rex command's final message: its stderr from the
// last line starting "rex CMD: " on, or "".
func outcome(p *proc, cmd string) string {
	text := p.errText()
	i := strings.LastIndex(text, "\nrex "+cmd+": ")
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(text[i+1:])
}

// containsAny reports whether s contains one of the |-separated words.
func containsAny(s, words string) bool {
	for _, w := range strings.Split(words, "|") {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var faultRolledBackRE = regexp.MustCompile(`^receiver: rolled back: (.*)$`)

// runFault runs one case from start to finish.
func runFault(t *testing.T, c faultCase, src string) {
	w := newWorkdir(t)
	dst := newFaultDest(t, w, c)
	before := dst.digest(t)

	w.write("receiver.hcl", fmt.Sprintf(matrixReceiver, c.engine, dst.attrs))
	srv := start(t, w.dir, "serve", "receiver.hcl")
	addr := srv.waitLine(t, listeningRE, time.Minute)[1]
	// Every case goes through the proxy, which paces the sender's bytes
	// like a slow network: the transfer lasts seconds however fast rex
	// is, so each fault lands mid-stream with the source still reading.
	proxy := startCutProxy(t, addr)
	sinkAddr := proxy.ln.Addr().String()
	syncBlock := ""
	if c.engine != "sqlite" {
		syncBlock = "sync {\n  include = [\"django_session\"]\n}\n"
	}
	pipelineFor := func(engine, attrs, sink string) string {
		return fmt.Sprintf(matrixPipeline, engine, attrs, sink) + syncBlock
	}
	srcEngine, srcAttrs := "sqlite", fmt.Sprintf("path = %q", src)
	var source faultDest
	if c.source != "" {
		db := newEmptyDB(t, c.source, sessionDDL(c.source)...)
		growDB(t, db, faultRows)
		source = faultDest{engine: c.source, db: db, name: dbName(db), admin: adminDSN(c.source)}
		srcEngine, srcAttrs = c.source, db.attrs
	}
	w.write("pipeline.hcl", pipelineFor(srcEngine, srcAttrs, sinkAddr))
	run := start(t, w.dir, "run", "pipeline.hcl")

	var reached int64
	if c.fault != faultRowRejected && c.fault != faultOutOfSpace {
		reached = waitRows(t, srv, c.at)
	}
	senderPIDs := waitSenderStages(t, run)
	receiverPIDs := stagePIDs(srv.errText(), "receiver")
	if len(senderPIDs) != 4 || len(receiverPIDs) != 4 {
		t.Fatalf("stage pids: sender %v, receiver %v; want 4 each\nsender:\n%s\nreceiver:\n%s", senderPIDs, receiverPIDs, run.errText(), srv.errText())
	}
	switch c.fault {
	case faultRowRejected:
		t.Logf("the destination refuses the row %s", badKey(c.at))
	case faultOutOfSpace:
		t.Logf("the destination's disk has room for about %d rows", c.at)
	default:
		t.Logf("fault %q at %d rows written (asked for %d)", c.fault, reached, c.at)
	}

	// The fault, and what each side must say about it: the sender in its
	// final message, the receiver in its rollback line.
	receiverSurvives := true
	wantSender := exitAborted
	var senderSays, receiverSays []string
	switch c.fault {
	case faultSenderKilled:
		run.cmd.Process.Signal(syscall.SIGKILL)
		wantSender = -1 // killed: no exit code, no message
		receiverSays = []string{"connection"}
	case faultNetworkCut:
		proxy.Cut()
		senderSays = []string{"aborted", "connection"}
		receiverSays = []string{"connection", "lost"}
	case faultSenderPluginKilled:
		syscall.Kill(senderPIDs[c.stage], syscall.SIGKILL)
		senderSays = []string{"aborted", c.stage, "plugin process is gone"}
		// The sender tells the receiver why it aborts.
		receiverSays = []string{"sender aborted", c.stage}
	case faultDestPluginKilled:
		syscall.Kill(receiverPIDs["destination"], syscall.SIGKILL)
		senderSays = []string{"aborted", "receiver", "django_session", "plugin process is gone"}
		receiverSays = []string{"django_session", "plugin process is gone"}
	case faultReceiverKilled:
		srv.cmd.Process.Signal(syscall.SIGKILL)
		receiverSurvives = false
		// Which of the sender's calls notices first varies; each must
		// say the connection to the receiver is gone.
		senderSays = []string{"aborted", "connection"}
	case faultConnectionDropped:
		if n := dst.dropConnections(t); n == 0 {
			t.Fatalf("no connection to %s was open mid-transfer", dst.name)
		}
		// The driver's words vary with the moment ("terminating
		// connection", "invalid connection", "broken pipe").
		senderSays = []string{"aborted", "django_session", "connection|broken pipe"}
		receiverSays = []string{"django_session", "connection|broken pipe"}
	case faultDestRestarted:
		dst.server.restart(t)
		senderSays = []string{"aborted", "django_session", "connection|shutting down|terminat"}
		receiverSays = []string{"django_session", "connection|shutting down|terminat"}
	case faultSourceDropped:
		if n := source.dropConnections(t); n == 0 {
			t.Fatalf("no connection to the source %s was open mid-transfer", source.name)
		}
		senderSays = []string{"aborted", "source", "django_session", "connection|broken pipe|terminat"}
		// The sender tells the receiver why it aborts.
		receiverSays = []string{"sender aborted", "source"}
	case faultOutOfSpace:
		senderSays = []string{"aborted", "django_session", "space|full"}
		receiverSays = []string{"django_session", "space|full"}
	case faultRowRejected:
		senderSays = []string{"aborted", "django_session"}
		receiverSays = []string{"django_session"}
		if c.engine == "postgres" {
			// PostgreSQL names the failing row; the message must carry it.
			senderSays = append(senderSays, badKey(c.at))
			receiverSays = append(receiverSays, badKey(c.at))
		}
	}

	// (2) The sender's exit code and message.
	code := run.wait(t, 2*time.Minute)
	said := outcome(run, "run")
	t.Logf("sender exited %d: %s", code, said)
	if wantSender != -1 && code != wantSender {
		t.Errorf("rex run exited %d, want %d:\n%s", code, wantSender, run.errText())
	}
	for _, s := range senderSays {
		if !containsAny(said, s) {
			t.Errorf("the sender's message does not name %q: %s", s, said)
		}
	}
	// The receiver's rollback and its reason.
	if receiverSurvives {
		why := srv.waitLine(t, faultRolledBackRE, time.Minute)[1]
		t.Logf("receiver rolled back: %s", why)
		for _, s := range receiverSays {
			if !containsAny(why, s) {
				t.Errorf("the receiver's rollback does not name %q: %s", s, why)
			}
		}
	} else {
		srv.wait(t, time.Minute)
	}

	// (3) No plugin process outlives its session.
	checkGone(t, "sender", senderPIDs)
	if receiverSurvives {
		delete(receiverPIDs, "listen") // serves on
	}
	checkGone(t, "receiver", receiverPIDs)

	// (1) The destination is as it was, with no transaction left open.
	if c.engine != "sqlite" {
		deadline := time.Now().Add(20 * time.Second)
		n := dst.openTransactions(t)
		for n > 0 && time.Now().Before(deadline) {
			time.Sleep(250 * time.Millisecond)
			n = dst.openTransactions(t)
		}
		if n > 0 {
			t.Errorf("%d transactions still open in %s 20s after the fault", n, dst.name)
		}
	} else if c.fault == faultDestPluginKilled || c.fault == faultReceiverKilled {
		// The SQLite writer died mid-transaction: its rollback journal
		// is hot, and the next program to open the file (the receiver's
		// next destination plugin, or this) rolls it back.
		if recoverSQLite(t, dst.path) {
			t.Logf("the killed writer left a hot journal; SQLite rolled it back on the next open")
		}
	} else if _, err := os.Stat(dst.path + "-journal"); err == nil {
		t.Errorf("a rollback journal is left next to %s after a rollback", dst.path)
	}
	if got := dst.digest(t); got != before {
		t.Fatalf("the destination changed: digest %s, was %s", got, before)
	}
	if !receiverSurvives {
		return
	}

	// (4) The same receiver commits the next good session: the
	// quickstart's own small source, straight to the receiver.
	srv.waitLine(t, regexp.MustCompile(`^receiver: destination "`+c.engine+`" started`), time.Minute)
	w.write("pipeline.hcl", pipelineFor("sqlite", `path = "shop.sqlite3"`, addr))
	next := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := next.wait(t, 2*time.Minute); code != 0 {
		t.Fatalf("the next good session exited %d:\n%s\nreceiver:\n%s", code, next.errText(), srv.errText())
	}
	srv.waitLine(t, regexp.MustCompile(`^receiver: committed: `), 30*time.Second)
	want := []string{"rexquickstartsession0000000000001", "rexquickstartsession0000000000002"}
	if got := dst.sessionKeys(t); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("after the next session django_session holds %v, want the quickstart's %v", got, want)
	}
	if c.engine == "sqlite" {
		if n := countRows(t, dst.path, "shop_customer"); n != 33 {
			t.Errorf("after the next session shop_customer has %d rows, want 33", n)
		}
	}
}

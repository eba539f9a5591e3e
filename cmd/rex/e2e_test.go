package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// rexBin is the rex binary built once for every end-to-end test: the real
// thing, whose built-in plugins run as real subprocesses.
var rexBin string

// externalBin is a dialect plugin built as its own main package.
var externalBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rex-e2e-")
	if err != nil {
		panic(err)
	}
	rexBin = filepath.Join(dir, "rex")
	externalBin = filepath.Join(dir, "external-sqlite")
	for _, b := range [][2]string{{rexBin, "."}, {externalBin, "../../examples/external-sqlite"}} {
		out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "build %s: %v\n%s", b[1], err, out)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// workdir lays out a sender and a receiver side in a fresh folder: the
// quickstart databases and fresh key pairs.
type workdir struct {
	t    *testing.T
	dir  string
	src  string
	dest string
}

func newWorkdir(t *testing.T) *workdir {
	t.Helper()
	dir := t.TempDir()
	w := &workdir{t: t, dir: dir, src: filepath.Join(dir, "shop.sqlite3"), dest: filepath.Join(dir, "dest.sqlite3")}
	copyFile(t, "../../examples/quickstart/shop.sqlite3", w.src)
	copyFile(t, "../../examples/quickstart/dest.sqlite3", w.dest)
	for _, name := range []string{"receiver", "sender"} {
		cmd := exec.Command(rexBin, "keygen", name)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("keygen: %v\n%s", err, out)
		}
		if fi, err := os.Stat(filepath.Join(dir, name+".key")); err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("keygen wrote %s.key with mode %v (%v), want 0600", name, fi.Mode().Perm(), err)
		}
	}
	return w
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (w *workdir) write(name, content string) string {
	p := filepath.Join(w.dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		w.t.Fatal(err)
	}
	return p
}

const receiverHCL = `
listen "websocket" {
  address = "127.0.0.1:0"
  token   = %q
}
decrypt "hpke" {
  private_key     = file("receiver.key")
  allowed_senders = [file("sender.pub")]
}
transform "django" {}
destination "sqlite" {
  path = "dest.sqlite3"
}
`

const pipelineHCL = `
source "sqlite" {
  path = "shop.sqlite3"%s
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
`

// proc is a running rex command whose stderr is collected.
type proc struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	stderr bytes.Buffer
	stdout bytes.Buffer
	lines  chan string
	done   chan struct{}
	code   int
}

// logPrefixRE is the time and level go-hclog puts before a progress line.
var logPrefixRE = regexp.MustCompile(`^\d\d:\d\d:\d\d\.\d{3} \[[A-Z]+\] +`)

func start(t *testing.T, dir string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(rexBin, args...), lines: make(chan string, 10000), done: make(chan struct{})}
	p.cmd.Dir = dir
	p.cmd.Stdout = &p.stdout
	errPipe, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			// Progress lines come through go-hclog: the tests read them
			// without its time and level.
			line := logPrefixRE.ReplaceAllString(sc.Text(), "")
			p.mu.Lock()
			p.stderr.WriteString(line + "\n")
			p.mu.Unlock()
			select {
			case p.lines <- line:
			default:
			}
		}
		err := p.cmd.Wait()
		p.code = 0
		if ee, ok := err.(*exec.ExitError); ok {
			p.code = ee.ExitCode()
		}
		close(p.done)
	}()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
	})
	return p
}

// waitLine waits for a stderr line matching re and returns its submatches.
func (p *proc) waitLine(t *testing.T, re *regexp.Regexp, timeout time.Duration) []string {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case l := <-p.lines:
			if m := re.FindStringSubmatch(l); m != nil {
				return m
			}
		case <-p.done:
			t.Fatalf("process exited (code %d) before printing %s; stderr:\n%s", p.code, re, p.errText())
		case <-deadline:
			t.Fatalf("timed out waiting for %s; stderr:\n%s", re, p.errText())
		}
	}
}

func (p *proc) wait(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
		return p.code
	case <-time.After(timeout):
		t.Fatalf("process did not exit within %s; stderr:\n%s", timeout, p.errText())
	}
	return -1
}

func (p *proc) errText() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

var listeningRE = regexp.MustCompile(`listening on (\S+)`)

// serve starts a receiver and returns it with its address.
func (w *workdir) serve(token string, args ...string) (*proc, string) {
	w.t.Helper()
	w.write("receiver.hcl", fmt.Sprintf(receiverHCL, token))
	p := start(w.t, w.dir, append(append([]string{"serve"}, args...), "receiver.hcl")...)
	m := p.waitLine(w.t, listeningRE, 60*time.Second)
	return p, m[1]
}

func (w *workdir) pipeline(addr, token, extra string) {
	w.write("pipeline.hcl", fmt.Sprintf(pipelineHCL, extra, addr, token))
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// tableRows returns every row of every table (but skip) as stored: the
// value and SQLite's storage class of each column, in rowid order.
func tableRows(t *testing.T, path string, skip map[string]bool) map[string][][]any {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		if !skip[n] {
			tables = append(tables, n)
		}
	}
	rows.Close()
	out := map[string][][]any{}
	for _, tbl := range tables {
		cols := columns(t, db, tbl)
		var sel []string
		for _, c := range cols {
			// +c drops the declared type so the driver returns the value
			// exactly as stored; typeof shows the storage class.
			sel = append(sel, fmt.Sprintf(`+"%s", typeof("%s")`, c, c))
		}
		rs, err := db.Query(fmt.Sprintf(`SELECT %s FROM "%s" ORDER BY rowid`, strings.Join(sel, ", "), tbl))
		if err != nil {
			t.Fatal(err)
		}
		for rs.Next() {
			vals := make([]any, 2*len(cols))
			ptrs := make([]any, len(vals))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rs.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[tbl] = append(out[tbl], vals)
		}
		rs.Close()
	}
	return out
}

func columns(t *testing.T, db *sql.DB, table string) []string {
	rs, err := db.Query(fmt.Sprintf(`SELECT name FROM pragma_table_info('%s')`, table))
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var cols []string
	for rs.Next() {
		var c string
		rs.Scan(&c)
		cols = append(cols, c)
	}
	return cols
}

var stageRE = regexp.MustCompile(`^(sender|receiver): (\w+) "(\S+)" started: plugin (\S+) \S+, pid (\d+)$`)

// stagePIDs reads the stage lines of a run's stderr: block → pid.
func stagePIDs(stderr, side string) map[string]int {
	out := map[string]int{}
	for _, l := range strings.Split(stderr, "\n") {
		if m := stageRE.FindStringSubmatch(l); m != nil && m[1] == side {
			pid, _ := strconv.Atoi(m[5])
			out[m[2]] = pid
		}
	}
	return out
}

func TestRun_Quickstart_DestinationEqualsSource(t *testing.T) {
	w := newWorkdir(t)
	srv, addr := w.serve("s3cret", "--once")
	w.pipeline(addr, "s3cret", "")
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, 2*time.Minute); code != 0 {
		t.Fatalf("rex run exited %d; stderr:\n%s\nreceiver:\n%s", code, run.errText(), srv.errText())
	}
	if code := srv.wait(t, time.Minute); code != 0 {
		t.Fatalf("rex serve --once exited %d after a committed session; stderr:\n%s", code, srv.errText())
	}
	// The summary names every moved table with its count.
	if !strings.Contains(run.stdout.String(), "shop_orderline") || !strings.Contains(run.stdout.String(), "189") {
		t.Errorf("summary lacks shop_orderline's 189 rows:\n%s", run.stdout.String())
	}
	skip := map[string]bool{"django_migrations": true}
	src, dst := tableRows(t, w.src, skip), tableRows(t, w.dest, skip)
	if len(src) == 0 {
		t.Fatal("no tables read from the source")
	}
	for tbl, rows := range src {
		if len(rows) != len(dst[tbl]) {
			t.Errorf("%s: %d rows at the source, %d at the destination", tbl, len(rows), len(dst[tbl]))
			continue
		}
		for i := range rows {
			if !reflect.DeepEqual(rows[i], dst[tbl][i]) {
				t.Errorf("%s row %d differs:\nsource: %#v\ndest:   %#v", tbl, i, rows[i], dst[tbl][i])
			}
		}
	}

	// Every stage ran in its own process, none of them the host.
	for side, p := range map[string]*proc{"sender": run, "receiver": srv} {
		pids := stagePIDs(p.errText(), side)
		if len(pids) != 4 {
			t.Fatalf("%s reported %d stages, want 4: %v\n%s", side, len(pids), pids, p.errText())
		}
		seen := map[int]string{p.cmd.Process.Pid: "host"}
		for block, pid := range pids {
			if other, dup := seen[pid]; dup {
				t.Errorf("%s: %s and %s share pid %d", side, block, other, pid)
			}
			seen[pid] = block
		}
	}
}

func TestRun_ExternalPluginReplacesBuiltin(t *testing.T) {
	w := newWorkdir(t)
	srv, addr := w.serve("tok", "--once")
	w.pipeline(addr, "tok", "\n  plugin = "+strconv.Quote(externalBin))
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, 2*time.Minute); code != 0 {
		t.Fatalf("rex run exited %d:\n%s", code, run.errText())
	}
	if code := srv.wait(t, time.Minute); code != 0 {
		t.Fatalf("receiver exited %d:\n%s", code, srv.errText())
	}
	m := regexp.MustCompile(`sender: source "sqlite" started: plugin external-sqlite 1\.0\.0, pid \d+`).FindString(run.errText())
	if m == "" {
		t.Fatalf("the source stage was not served by the external binary:\n%s", run.errText())
	}
	if got := len(tableRows(t, w.dest, map[string]bool{"django_migrations": true})["shop_product"]); got != 65 {
		t.Errorf("shop_product has %d rows at the destination, want 65", got)
	}
}

func TestServe_WrongToken_RefusedOnBothSidesDestinationUnchanged(t *testing.T) {
	w := newWorkdir(t)
	before := fileHash(t, w.dest)
	srv, addr := w.serve("right-token", "--once")
	w.pipeline(addr, "wrong-token", "")
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != exitRefused {
		t.Errorf("rex run exited %d, want %d (refused):\n%s", code, exitRefused, run.errText())
	}
	if !strings.Contains(run.errText(), "invalid token") {
		t.Errorf("the sender does not say why:\n%s", run.errText())
	}
	if code := srv.wait(t, time.Minute); code != exitRefused {
		t.Errorf("rex serve --once exited %d, want %d:\n%s", code, exitRefused, srv.errText())
	}
	if !strings.Contains(srv.errText(), "invalid token") {
		t.Errorf("the receiver does not say why:\n%s", srv.errText())
	}
	if fileHash(t, w.dest) != before {
		t.Error("the destination changed")
	}
}

func TestServe_UnknownSenderKey_Refused(t *testing.T) {
	w := newWorkdir(t)
	before := fileHash(t, w.dest)
	// The receiver allows only "sender"; this pipeline signs with "intruder".
	cmd := exec.Command(rexBin, "keygen", "intruder")
	cmd.Dir = w.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	srv, addr := w.serve("tok", "--once")
	w.write("pipeline.hcl", strings.Replace(fmt.Sprintf(pipelineHCL, "", addr, "tok"), `file("sender.key")`, `file("intruder.key")`, 1))
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != exitRefused {
		t.Errorf("rex run exited %d, want %d:\n%s", code, exitRefused, run.errText())
	}
	for name, p := range map[string]*proc{"sender": run, "receiver": srv} {
		if !strings.Contains(p.errText(), "allowed_senders") {
			t.Errorf("the %s does not say the key is not allowed:\n%s", name, p.errText())
		}
	}
	srv.wait(t, time.Minute)
	if fileHash(t, w.dest) != before {
		t.Error("the destination changed")
	}
}

// growSource adds n rows of about 1 KiB to django_session, so a transfer
// lasts long enough to be interrupted.
func growSource(t *testing.T, path string, n int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < ?)
		INSERT INTO django_session (session_key, session_data, expire_date)
		SELECT printf('k%039d', i), hex(randomblob(500)), '2099-01-01 00:00:00' FROM n`, n)
	if err != nil {
		t.Fatal(err)
	}
}

func TestServe_SenderKilledMidStream_RollsBackAndServesNext(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 300000)
	before := fileHash(t, w.dest)
	srv, addr := w.serve("tok", "-v")
	w.pipeline(addr, "tok", "")

	run := start(t, w.dir, "run", "pipeline.hcl")
	// Wait until the receiver is writing django_session, then kill the
	// sender outright.
	srv.waitLine(t, regexp.MustCompile(`receiver: django_session \d+/300002 rows`), 2*time.Minute)
	senderPIDs := stagePIDs(run.errText(), "sender")
	run.cmd.Process.Signal(syscall.SIGKILL)
	run.wait(t, time.Minute)
	srv.waitLine(t, regexp.MustCompile(`session rolled back`), time.Minute)
	if fileHash(t, w.dest) != before {
		t.Fatal("the destination changed after the sender was killed")
	}
	// The sender's plugins died with it.
	time.Sleep(500 * time.Millisecond)
	for block, pid := range senderPIDs {
		if syscall.Kill(pid, 0) == nil {
			if b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); !bytes.Contains(b, []byte(") Z ")) {
				t.Errorf("sender's %s plugin (pid %d) outlived its host", block, pid)
			}
		}
	}

	// The same receiver serves the next session, which commits.
	run2 := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := run2.wait(t, 3*time.Minute); code != 0 {
		t.Fatalf("second run exited %d:\n%s\nreceiver:\n%s", code, run2.errText(), srv.errText())
	}
	got := tableRows(t, w.dest, map[string]bool{"django_migrations": true})
	if len(got["django_session"]) != 300002 {
		t.Errorf("django_session has %d rows, want 300002", len(got["django_session"]))
	}
}

func TestRun_BadHCL_ExitsBeforeConnecting(t *testing.T) {
	// A listener that counts connections: none may arrive.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns int
	var mu sync.Mutex
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns++
			mu.Unlock()
			c.Close()
		}
	}()
	w := newWorkdir(t)
	good := fmt.Sprintf(pipelineHCL, "", ln.Addr().String(), "tok")
	cases := []struct {
		name, hcl, want string
	}{
		{"syntax error", strings.Replace(good, `transform "django" {}`, `transform "django" {`, 1), "pipeline.hcl:5:20: error: Unclosed configuration block"},
		{"unknown block", good + "\nfrobnicate \"x\" {}\n", `pipeline.hcl:15:1: error: Unsupported block type`},
		{"unknown attribute", strings.Replace(good, `path = "shop.sqlite3"`, `path = "shop.sqlite3"
  colour = "blue"`, 1), `pipeline.hcl:4:3: error: Unsupported argument`},
		{"missing attribute", strings.Replace(good, `path = "shop.sqlite3"`, ``, 1), `pipeline.hcl:2:17: error: Missing required argument`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w.write("bad.hcl", tc.hcl)
			w.write("pipeline.hcl", tc.hcl)
			p := start(t, w.dir, "run", "pipeline.hcl")
			if code := p.wait(t, time.Minute); code != exitConfig {
				t.Errorf("exit %d, want %d", code, exitConfig)
			}
			if !strings.Contains(p.errText(), tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, p.errText())
			}
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if conns != 0 {
		t.Errorf("%d connections reached the sink's address", conns)
	}
}

func TestRun_Interrupted_AbortsAndRollsBack(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 150000)
	before := fileHash(t, w.dest)
	srv, addr := w.serve("tok", "--once")
	w.pipeline(addr, "tok", "")
	run := start(t, w.dir, "run", "pipeline.hcl")
	srv.waitLine(t, regexp.MustCompile(`receiver: django_session \d+/150002 rows`), 2*time.Minute)
	senderPIDs := stagePIDs(run.errText(), "sender")
	run.cmd.Process.Signal(os.Interrupt) // Ctrl-C
	if code := run.wait(t, time.Minute); code != exitAborted {
		t.Errorf("interrupted rex run exited %d, want %d:\n%s", code, exitAborted, run.errText())
	}
	if !strings.Contains(run.errText(), "interrupted") {
		t.Errorf("the sender does not say it was interrupted:\n%s", run.errText())
	}
	if code := srv.wait(t, time.Minute); code != exitAborted {
		t.Errorf("receiver exited %d, want %d:\n%s", code, exitAborted, srv.errText())
	}
	if fileHash(t, w.dest) != before {
		t.Error("the destination changed")
	}
	for block, pid := range senderPIDs {
		if syscall.Kill(pid, 0) == nil {
			t.Errorf("sender's %s plugin (pid %d) still runs after rex run exited", block, pid)
		}
	}
}

// naturalKeys maps rows of a query (id, key...) to their key text.
func naturalKeys(t *testing.T, path, query string) map[int64]string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	out := map[int64]string{}
	for rs.Next() {
		var id int64
		var key string
		if err := rs.Scan(&id, &key); err != nil {
			t.Fatal(err)
		}
		out[id] = key
	}
	return out
}

func execSQLite(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestRun_ContentTypesMergedByNaturalKeyAndRemapped(t *testing.T) {
	w := newWorkdir(t)
	// The destination project numbered its content types and permissions
	// differently; the source has one content type the destination lacks.
	execSQLite(t, w.dest,
		`PRAGMA foreign_keys = OFF`,
		`UPDATE django_content_type SET id = id + 100`,
		`UPDATE auth_permission SET content_type_id = content_type_id + 100, id = id + 1000`,
	)
	execSQLite(t, w.src, `INSERT INTO django_content_type (id, app_label, model) VALUES (500, 'shop', 'ghost')`,
		`INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
		 SELECT action_time, object_id, 'ghost', action_flag, change_message, 500, user_id FROM django_admin_log LIMIT 1`)
	destCT := naturalKeys(t, w.dest, `SELECT id, app_label || '.' || model FROM django_content_type`)

	srv, addr := w.serve("tok", "--once")
	w.pipeline(addr, "tok", "")
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, 2*time.Minute); code != 0 {
		t.Fatalf("rex run exited %d:\n%s\nreceiver:\n%s", code, run.errText(), srv.errText())
	}
	srv.wait(t, time.Minute)

	gotCT := naturalKeys(t, w.dest, `SELECT id, app_label || '.' || model FROM django_content_type`)
	for id, key := range destCT {
		if gotCT[id] != key {
			t.Errorf("destination content type %d was %s, now %q: existing ids must stay", id, key, gotCT[id])
		}
	}
	if len(gotCT) != len(destCT)+1 {
		t.Errorf("%d content types at the destination, want %d (the existing ones plus shop.ghost)", len(gotCT), len(destCT)+1)
	}
	// Every reference names the same model on both sides.
	const logQuery = `SELECT l.id, ct.app_label || '.' || ct.model FROM django_admin_log l JOIN django_content_type ct ON ct.id = l.content_type_id`
	if src, dst := naturalKeys(t, w.src, logQuery), naturalKeys(t, w.dest, logQuery); !reflect.DeepEqual(src, dst) || len(src) != 7 {
		t.Errorf("admin log content types differ:\nsource %v\ndest   %v", src, dst)
	}
	const permQuery = `SELECT gp.id, ct.app_label || '.' || ct.model || '.' || p.codename FROM auth_group_permissions gp
		JOIN auth_permission p ON p.id = gp.permission_id JOIN django_content_type ct ON ct.id = p.content_type_id`
	if src, dst := naturalKeys(t, w.src, permQuery), naturalKeys(t, w.dest, permQuery); !reflect.DeepEqual(src, dst) || len(src) != 36 {
		t.Errorf("group permissions differ:\nsource %v\ndest   %v", src, dst)
	}
	if n := len(naturalKeys(t, w.dest, `SELECT id, codename FROM auth_permission WHERE id < 1000`)); n != 0 {
		t.Errorf("%d permissions were inserted under source ids; the existing ones must be reused", n)
	}
}

func TestRun_PrivateKeyReadableByOthers_Refused(t *testing.T) {
	w := newWorkdir(t)
	if err := os.Chmod(filepath.Join(w.dir, "sender.key"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.pipeline("127.0.0.1:1", "tok", "")
	p := start(t, w.dir, "run", "pipeline.hcl")
	if code := p.wait(t, time.Minute); code != exitConfig {
		t.Errorf("exit %d, want %d", code, exitConfig)
	}
	for _, want := range []string{"pipeline.hcl:8:19", "is readable by others", "chmod 600"} {
		if !strings.Contains(p.errText(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, p.errText())
		}
	}
}

func TestServe_WrongReceiverKey_Refused(t *testing.T) {
	w := newWorkdir(t)
	before := fileHash(t, w.dest)
	// The sender encrypts to a key the receiver does not hold.
	cmd := exec.Command(rexBin, "keygen", "other-receiver")
	cmd.Dir = w.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	srv, addr := w.serve("tok-0123456789abcdef", "--once")
	w.write("pipeline.hcl", strings.Replace(fmt.Sprintf(pipelineHCL, "", addr, "tok-0123456789abcdef"), `file("receiver.pub")`, `file("other-receiver.pub")`, 1))
	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != exitRefused {
		t.Errorf("rex run exited %d, want %d:\n%s", code, exitRefused, run.errText())
	}
	if code := srv.wait(t, time.Minute); code != exitRefused {
		t.Errorf("rex serve exited %d, want %d:\n%s", code, exitRefused, srv.errText())
	}
	for name, p := range map[string]*proc{"sender": run, "receiver": srv} {
		if !strings.Contains(p.errText(), "this receiver holds") {
			t.Errorf("the %s does not say the keys differ:\n%s", name, p.errText())
		}
	}
	if fileHash(t, w.dest) != before {
		t.Error("the destination changed")
	}
}

func TestServe_SecretKeyCheck(t *testing.T) {
	for _, tc := range []struct {
		name             string
		sender, receiver string
		want             int
		why              string
	}{
		{"same SECRET_KEY", "django-insecure-same", "django-insecure-same", 0, ""},
		{"different SECRET_KEY", "django-insecure-one", "django-insecure-two", exitRefused, "different Django SECRET_KEYs"},
		{"only the receiver checks", "", "django-insecure-two", exitRefused, "set secret_key_check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkdir(t)
			before := fileHash(t, w.dest)
			rcv := fmt.Sprintf(receiverHCL, "tok-0123456789abcdef")
			if tc.receiver != "" {
				rcv = strings.Replace(rcv, `allowed_senders = [file("sender.pub")]`, `allowed_senders = [file("sender.pub")]`+"\n  secret_key_check = "+strconv.Quote(tc.receiver), 1)
			}
			w.write("receiver.hcl", rcv)
			srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
			addr := srv.waitLine(t, listeningRE, time.Minute)[1]
			pl := fmt.Sprintf(pipelineHCL, "", addr, "tok-0123456789abcdef")
			if tc.sender != "" {
				pl = strings.Replace(pl, `sender_key    = file("sender.key")`, `sender_key    = file("sender.key")`+"\n  secret_key_check = "+strconv.Quote(tc.sender), 1)
			}
			w.write("pipeline.hcl", pl)
			run := start(t, w.dir, "run", "pipeline.hcl")
			if code := run.wait(t, time.Minute); code != tc.want {
				t.Errorf("rex run exited %d, want %d:\n%s\nreceiver:\n%s", code, tc.want, run.errText(), srv.errText())
			}
			if code := srv.wait(t, time.Minute); code != tc.want {
				t.Errorf("rex serve exited %d, want %d:\n%s", code, tc.want, srv.errText())
			}
			if tc.want == 0 {
				return
			}
			for name, p := range map[string]*proc{"sender": run, "receiver": srv} {
				if !strings.Contains(p.errText(), "secret_key_check failed") {
					t.Errorf("the %s does not say the SECRET_KEY check failed:\n%s", name, p.errText())
				}
			}
			if !strings.Contains(run.errText()+srv.errText(), tc.why) {
				t.Errorf("neither side says %q", tc.why)
			}
			if fileHash(t, w.dest) != before {
				t.Error("the destination changed")
			}
		})
	}
}

func TestRun_PluginChecksumPinned(t *testing.T) {
	b, err := os.ReadFile(externalBin)
	if err != nil {
		t.Fatal(err)
	}
	sum := fmt.Sprintf("%x", sha256.Sum256(b))
	t.Run("wrong checksum is refused before it runs", func(t *testing.T) {
		w := newWorkdir(t)
		wrong := strings.Repeat("0", 64)
		w.pipeline("127.0.0.1:1", "tok-0123456789abcdef", "\n  plugin = "+strconv.Quote(externalBin)+"\n  plugin_sha256 = "+strconv.Quote(wrong))
		p := start(t, w.dir, "validate", "pipeline.hcl")
		if code := p.wait(t, time.Minute); code != exitConfig {
			t.Errorf("exit %d, want %d:\n%s", code, exitConfig, p.errText())
		}
		for _, want := range []string{"pipeline.hcl:2:1", "does not match plugin_sha256", wrong} {
			if !strings.Contains(p.errText(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, p.errText())
			}
		}
		if strings.Contains(p.errText(), "plugin external-sqlite") {
			t.Errorf("the plugin ran:\n%s", p.errText())
		}
	})
	t.Run("right checksum runs", func(t *testing.T) {
		w := newWorkdir(t)
		w.pipeline("127.0.0.1:1", "tok-0123456789abcdef", "\n  plugin = "+strconv.Quote(externalBin)+"\n  plugin_sha256 = "+strconv.Quote(sum))
		p := start(t, w.dir, "validate", "pipeline.hcl")
		if code := p.wait(t, time.Minute); code != 0 {
			t.Errorf("exit %d, want 0:\n%s", code, p.errText())
		}
	})
}

// TestServe_Refusals_ReceiverServesNext: one receiver refuses a wrong
// token, an unknown sender key and a sender encrypting to another key, each
// saying why and leaving the destination unchanged, then commits a good
// session.
func TestServe_Refusals_ReceiverServesNext(t *testing.T) {
	w := newWorkdir(t)
	for _, name := range []string{"intruder", "other-receiver"} {
		cmd := exec.Command(rexBin, "keygen", name)
		cmd.Dir = w.dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
	}
	before := fileHash(t, w.dest)
	const token = "tok-0123456789abcdef"
	srv, addr := w.serve(token)
	good := fmt.Sprintf(pipelineHCL, "", addr, token)
	for _, bad := range []struct{ name, hcl, why string }{
		{"wrong token", fmt.Sprintf(pipelineHCL, "", addr, "wrong-token-0123456789"), "invalid token"},
		{"unknown sender key", strings.Replace(good, `file("sender.key")`, `file("intruder.key")`, 1), "allowed_senders"},
		{"wrong receiver key", strings.Replace(good, `file("receiver.pub")`, `file("other-receiver.pub")`, 1), "this receiver holds"},
	} {
		w.write("pipeline.hcl", bad.hcl)
		run := start(t, w.dir, "run", "pipeline.hcl")
		if code := run.wait(t, time.Minute); code != exitRefused {
			t.Errorf("%s: rex run exited %d, want %d:\n%s", bad.name, code, exitRefused, run.errText())
		}
		if !strings.Contains(run.errText(), bad.why) {
			t.Errorf("%s: the sender does not say %q:\n%s", bad.name, bad.why, run.errText())
		}
		if fileHash(t, w.dest) != before {
			t.Fatalf("%s: the destination changed", bad.name)
		}
	}
	for _, why := range []string{"invalid token", "allowed_senders", "this receiver holds"} {
		if !strings.Contains(srv.errText(), why) {
			t.Errorf("the receiver does not say %q:\n%s", why, srv.errText())
		}
	}
	w.write("pipeline.hcl", good)
	run := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != 0 {
		t.Fatalf("the good session after the refusals exited %d:\n%s\nreceiver:\n%s", code, run.errText(), srv.errText())
	}
	if n := len(tableRows(t, w.dest, map[string]bool{"django_migrations": true})["shop_customer"]); n != 33 {
		t.Errorf("shop_customer has %d rows after the good session, want 33", n)
	}
}

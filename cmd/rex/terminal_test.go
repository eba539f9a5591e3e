package main

// What `rex run` shows, as a person or a program sees it: bars on a
// terminal, plain lines through go-hclog without one, JSON lines with
// --json, nothing but the summary with -q.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/rexdata/rex/engine/progress"
)

// runUnder runs rex in dir with stdout on a pseudo-terminal and returns
// what the terminal showed, the stderr and the exit code.
func runUnder(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(rexBin, args...)
	cmd.Dir = dir
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open a pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 50, Cols: 160}); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = tty, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	var screen bytes.Buffer
	copied := make(chan struct{})
	go func() {
		io.Copy(&screen, ptmx) // ends with EIO once the command exits
		close(copied)
	}()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var werr error
	select {
	case werr = <-done:
	case <-time.After(3 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("rex %v did not exit; stderr:\n%s", args, stderr.String())
	}
	select {
	case <-copied:
	case <-time.After(10 * time.Second):
	}
	code := 0
	if ee, ok := werr.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	return screen.String(), stderr.String(), code
}

func TestRun_Terminal_ShowsBars(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 50000) // long enough for the bars to redraw
	_, addr := w.serve("term-token-0123456789")
	w.pipeline(addr, "term-token-0123456789", "")
	screen, stderr, code := runUnder(t, w.dir, "run", "pipeline.hcl")
	if code != 0 {
		t.Fatalf("rex run exited %d:\n%s\n%s", code, stderr, screen)
	}
	// mpb redraws in place with cursor movements; the final frame has
	// every table and the overall bar complete.
	for _, want := range []string{"\x1b[", "overall", "shop_customer", "django_session", "100 %", "rows/s", "/ 50002 rows", "✔ token proven to the receiver", "committed: 16 tables", "total"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the terminal did not show %q:\n%s", want, screen)
		}
	}
	if strings.Contains(stderr, "[INFO]") {
		t.Errorf("progress went to stderr as log lines although stdout is a terminal:\n%s", stderr)
	}
}

var plainRowsRE = regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d\.\d{3} \[INFO\] +sender: django_session \d+/50002 rows`)

func TestRun_NoTerminal_PlainLines(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 50000)
	_, addr := w.serve("plain-token-0123456789")
	w.pipeline(addr, "plain-token-0123456789", "")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(rexBin, "run", "pipeline.hcl")
	cmd.Dir, cmd.Stdout, cmd.Stderr = w.dir, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rex run: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stdout.String()+stderr.String(), "\x1b[") {
		t.Errorf("escape sequences without a terminal:\n%s", stderr.String())
	}
	for _, re := range []*regexp.Regexp{
		plainRowsRE,
		regexp.MustCompile(`(?m)^\S+ \[INFO\] +sender: token proven to the receiver$`),
		regexp.MustCompile(`(?m)^\S+ \[INFO\] +sender: django_session done, 50002 rows$`),
		regexp.MustCompile(`(?m)^\S+ \[INFO\] +sender: committed: 16 tables$`),
	} {
		if !re.MatchString(stderr.String()) {
			t.Errorf("stderr has no line matching %s:\n%s", re, stderr.String())
		}
	}
	// Periodic: at most about one progress line per table per second.
	if n := len(plainRowsRE.FindAllString(stderr.String(), -1)); n > 30 {
		t.Errorf("%d progress lines for django_session: not periodic", n)
	}
	if !strings.Contains(stdout.String(), "django_session") || !strings.Contains(stdout.String(), "total") {
		t.Errorf("stdout lacks the summary:\n%s", stdout.String())
	}
}

func TestRun_Quiet_SummaryOnly(t *testing.T) {
	w := newWorkdir(t)
	_, addr := w.serve("quiet-token-0123456789")
	w.pipeline(addr, "quiet-token-0123456789", "")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(rexBin, "run", "-q", "pipeline.hcl")
	cmd.Dir, cmd.Stdout, cmd.Stderr = w.dir, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rex run -q: %v\n%s", err, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("rex run -q wrote to stderr:\n%s", stderr.String())
	}
	if !strings.Contains(stdout.String(), "total") {
		t.Errorf("rex run -q did not print the summary:\n%s", stdout.String())
	}
}

func TestRun_JSON_EventStream(t *testing.T) {
	w := newWorkdir(t)
	_, addr := w.serve("json-token-0123456789")
	w.pipeline(addr, "json-token-0123456789", "")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(rexBin, "run", "--json", "pipeline.hcl")
	cmd.Dir, cmd.Stdout, cmd.Stderr = w.dir, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rex run --json: %v\n%s", err, stderr.String())
	}
	var events []progress.Event
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var e progress.Event
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("stdout line is not an event: %v\n%s", err, sc.Text())
		}
		if e.Side != "sender" || e.Session != 1 || e.Time.IsZero() {
			t.Errorf("event without its side, session or time: %s", sc.Text())
		}
		events = append(events, e)
	}
	if len(events) == 0 {
		t.Fatal("no events on stdout")
	}
	var steps []string
	verdicts, done := map[string]string{}, map[string]int64{}
	for _, e := range events {
		switch e.Kind {
		case progress.Step:
			steps = append(steps, e.Step)
		case progress.Verdict:
			if e.Field == "" {
				verdicts[e.Table] = e.Verdict
			}
		case progress.TableDone:
			done[e.Table] = e.Rows
		case progress.Rows:
			if e.Percent <= 0 || e.Percent > 100 {
				t.Errorf("rows event with overall percent %v: %+v", e.Percent, e)
			}
		}
	}
	if got, want := strings.Join(steps, ","), "connected,token,keys,schema,validated"; got != want {
		t.Errorf("steps %s, want %s", got, want)
	}
	if len(verdicts) != 16 || verdicts["shop_customer"] != "ok" {
		t.Errorf("verdicts: %v, want the 16 tables ok", verdicts)
	}
	if done["shop_customer"] != 33 || done["shop_orderline"] != 189 || len(done) != 16 {
		t.Errorf("tables done: %v", done)
	}
	last := events[len(events)-1]
	if last.Kind != progress.Committed {
		t.Errorf("the last event is %s, want committed", last.Kind)
	}
	if events[0].Kind != progress.StageStarted {
		t.Errorf("the first event is %s, want stage_started", events[0].Kind)
	}
}

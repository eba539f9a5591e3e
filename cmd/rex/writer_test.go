package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestServe_OneWriterPerDestination: two receivers aimed at the same
// PostgreSQL or MariaDB database, two senders at once: the second is
// refused while the first writes, never interleaved, and the first commits.
func TestServe_OneWriterPerDestination(t *testing.T) {
	for _, engine := range []string{"postgres", "mysql"} {
		t.Run(engine, func(t *testing.T) {
			w := newWorkdir(t)
			growSource(t, w.src, 100000)
			dst := newEmptyDB(t, engine, sessionDDL(engine)...)
			const token = "tok-0123456789abcdef"
			recv := strings.Replace(fmt.Sprintf(matrixReceiver, engine, dst.attrs), "matrix-token-0123456789", token, 1)
			w.write("receiver.hcl", recv)
			srv1 := start(t, w.dir, "serve", "--once", "receiver.hcl")
			addr1 := srv1.waitLine(t, listeningRE, time.Minute)[1]
			srv2 := start(t, w.dir, "serve", "--once", "receiver.hcl")
			addr2 := srv2.waitLine(t, listeningRE, time.Minute)[1]
			only := "\nsync {\n  include = [\"django_session\"]\n}\n"
			w.write("one.hcl", fmt.Sprintf(pipelineHCL, "", addr1, token)+only)
			w.write("two.hcl", fmt.Sprintf(pipelineHCL, "", addr2, token)+only)

			first := start(t, w.dir, "run", "one.hcl")
			srv1.waitLine(t, faultProgressRE, 2*time.Minute) // the first is writing
			second := start(t, w.dir, "run", "two.hcl")
			if code := second.wait(t, 2*time.Minute); code != exitRefused {
				t.Errorf("the second sender exited %d, want %d:\n%s", code, exitRefused, second.errText())
			}
			for name, p := range map[string]*proc{"second sender": second, "second receiver": srv2} {
				if !strings.Contains(p.errText(), "another rex session is writing") {
					t.Errorf("the %s does not say why:\n%s", name, p.errText())
				}
			}
			if code := first.wait(t, 3*time.Minute); code != 0 {
				t.Fatalf("the first sender exited %d:\n%s\nreceiver:\n%s", code, first.errText(), srv1.errText())
			}
			if n := dst.countTable(t, "django_session"); n != 100002 {
				t.Errorf("django_session has %d rows, want the first sender's 100002", n)
			}
		})
	}
}

func (db engineDB) countTable(t *testing.T, table string) (n int) {
	t.Helper()
	c := db.open(t)
	defer c.Close()
	if err := c.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestServe_TwoSendersOneReceiver_Queued: a receiver serves one session at
// a time; a second sender waits its turn and both commit, one after the
// other.
func TestServe_TwoSendersOneReceiver_Queued(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 50000)
	const token = "tok-0123456789abcdef"
	srv, addr := w.serve(token)
	w.pipeline(addr, token, "")
	a := start(t, w.dir, "run", "-q", "pipeline.hcl")
	srv.waitLine(t, faultProgressRE, 2*time.Minute)
	b := start(t, w.dir, "run", "-q", "pipeline.hcl")
	for name, p := range map[string]*proc{"first": a, "second": b} {
		if code := p.wait(t, 3*time.Minute); code != 0 {
			t.Errorf("the %s sender exited %d:\n%s\nreceiver:\n%s", name, code, p.errText(), srv.errText())
		}
	}
	if n := strings.Count(srv.errText(), "receiver: committed"); n != 2 {
		t.Errorf("the receiver committed %d sessions, want 2:\n%s", n, srv.errText())
	}
	if got := len(tableRows(t, w.dest, map[string]bool{"django_migrations": true})["django_session"]); got != 50002 {
		t.Errorf("django_session has %d rows, want 50002", got)
	}
}

package main

// The environments some faults need: a small filesystem that fills up, and
// a PostgreSQL server of the test's own that it can restart without
// disturbing the shared one.

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// smallDisk mounts a tmpfs of size bytes (rounded up to whole pages) on a
// fresh folder that owner (a system user such as "postgres", or "" for the
// test's own) may write, and unmounts it when the test ends. The folder is
// outside the test's TempDir so that a database server can reach it.
func smallDisk(t *testing.T, size int64, owner string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "rex-disk-")
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	size = (size + page - 1) / page * page
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d,mode=0700", size), "tmpfs", dir).CombinedOutput()
	if err != nil {
		os.Remove(dir)
		t.Fatalf("mount a %d-byte tmpfs on %s (the out-of-space fault needs root): %v\n%s", size, dir, err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v\n%s", dir, err, out)
		}
		os.Remove(dir)
	})
	if owner != "" {
		chownTo(t, dir, owner)
	}
	return dir
}

// chownTo gives path to the system user name.
func chownTo(t *testing.T, path, name string) {
	t.Helper()
	u, err := user.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(path, uid, gid); err != nil {
		t.Fatal(err)
	}
}

// privatePostgres is a PostgreSQL cluster of one test's own, on a port of
// its own, stopped and removed when the test ends.
type privatePostgres struct {
	bin  string // the folder of pg_ctl and initdb
	dir  string // the data directory
	log  string // the server's log file
	port int
}

// startPrivatePostgres runs initdb and starts the cluster as the postgres
// system user (PostgreSQL refuses to run as root).
func startPrivatePostgres(t *testing.T) *privatePostgres {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(bins) == 0 {
		t.Fatal("no pg_ctl under /usr/lib/postgresql/*/bin: install the PostgreSQL server package")
	}
	parent, err := os.MkdirTemp("", "rex-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(parent) })
	if err := os.Chmod(parent, 0o755); err != nil {
		t.Fatal(err)
	}
	chownTo(t, parent, "postgres")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	p := &privatePostgres{bin: filepath.Dir(bins[0]), dir: filepath.Join(parent, "data"), log: filepath.Join(parent, "log"), port: port}
	p.asPostgres(t, "initdb", "-D", p.dir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
	p.asPostgres(t, "pg_ctl", "-D", p.dir, "-l", p.log, "-w", "-t", "60",
		"-o", fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", port, parent), "start")
	t.Cleanup(func() {
		exec.Command("runuser", "-u", "postgres", "--", filepath.Join(p.bin, "pg_ctl"), "-D", p.dir, "-m", "immediate", "-w", "stop").Run()
	})
	return p
}

// asPostgres runs one of the cluster's programs as the postgres user.
func (p *privatePostgres) asPostgres(t *testing.T, prog string, args ...string) {
	t.Helper()
	cmd := exec.Command("runuser", append([]string{"-u", "postgres", "--", filepath.Join(p.bin, prog)}, args...)...)
	cmd.Dir = "/"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", prog, args, err, out)
	}
}

// admin is the DSN of the cluster's postgres database.
func (p *privatePostgres) admin() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", p.port)
}

// restart stops the server the way a failover or an operator's restart
// does (fast: every session ended, every open transaction rolled back)
// and starts it again.
func (p *privatePostgres) restart(t *testing.T) {
	t.Helper()
	start := time.Now()
	p.asPostgres(t, "pg_ctl", "-D", p.dir, "-l", p.log, "-m", "fast", "-w", "-t", "60", "restart")
	t.Logf("the destination's PostgreSQL server restarted in %v", time.Since(start).Round(time.Millisecond))
}

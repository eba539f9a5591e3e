package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// buildCSVPlugin builds the out-of-tree example plugin (examples/csv, a
// module of its own) into dir.
func buildCSVPlugin(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "rex-csv")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = "../../examples/csv"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build examples/csv: %v\n%s", err, out)
	}
	return bin
}

// move runs one transfer from src to dst through real rex processes.
func move(t *testing.T, src, dst engineDB) {
	t.Helper()
	w := newWorkdir(t)
	w.write("receiver.hcl", fmt.Sprintf(matrixReceiver, dst.engine, dst.attrs))
	srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
	addr := srv.waitLine(t, listeningRE, time.Minute)[1]
	w.write("pipeline.hcl", fmt.Sprintf(matrixPipeline, src.engine, src.attrs, addr))
	r := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := r.wait(t, 3*time.Minute); code != 0 {
		t.Fatalf("rex run %s → %s exited %d:\n%s\nreceiver:\n%s", src.engine, dst.engine, code, r.errText(), srv.errText())
	}
	if code := srv.wait(t, time.Minute); code != 0 {
		t.Fatalf("receiver exited %d:\n%s", code, srv.errText())
	}
}

// TestRun_CSVPlugin_ExportAndImport: the fidelity fixture (every Django
// field type) moves from SQLite into a folder of CSV files through the
// example plugin as a destination, then from that folder into a migrated
// PostgreSQL database through the plugin as a source; PostgreSQL then holds
// what SQLite held, value by value, as Django reads it.
func TestRun_CSVPlugin_ExportAndImport(t *testing.T) {
	bin := buildCSVPlugin(t, t.TempDir())
	src := newEngineDB(t, "sqlite", "fixture")
	dst := newEngineDB(t, "postgres", "dest")

	// The folder's schema.json: the Django project's tables, as the
	// migrated PostgreSQL database describes them.
	folder := t.TempDir()
	schema, _ := djangoView(t, dst, nil)
	schema.Dialect = "csv"
	b, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, "schema.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	// What `migrate` leaves in a database, the folder holds too: the
	// applied migrations, which the sender checks against its own.
	lines := [][]string{{"id", "app", "name", "applied"}}
	pg := dst.open(t)
	rows, err := pg.Query("SELECT id, app, name, applied FROM django_migrations")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var app, name string
		var applied time.Time
		if err := rows.Scan(&id, &app, &name, &applied); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, []string{fmt.Sprint(id), app, name, applied.UTC().Format("2006-01-02T15:04:05.000000Z")})
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	pg.Close()
	writeCSV(t, filepath.Join(folder, "django_migrations.csv"), lines)
	csvDB := engineDB{"csv", fmt.Sprintf("plugin = %q\n  dir = %q", bin, folder), sdk.Config{"dir": folder}}

	move(t, src, csvDB)
	srcSchema, _ := djangoView(t, src, nil)
	_, srcRows := djangoView(t, src, schema)
	for table, rows := range srcRows {
		f, err := os.Open(filepath.Join(folder, table+".csv"))
		if err != nil {
			t.Errorf("table %s (%d rows) has no CSV file: %v", table, len(rows), err)
			continue
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Errorf("%s.csv: %v", table, err)
		} else if len(recs) != len(rows)+1 {
			t.Errorf("%s.csv has %d lines, want a header and %d rows", table, len(recs), len(rows))
		}
	}

	move(t, csvDB, dst)
	dstSchema, _ := djangoView(t, dst, nil)
	_, srcRows = djangoView(t, src, dstSchema)
	_, dstRows := djangoView(t, dst, srcSchema)
	compareDjango(t, "postgres", srcSchema, srcRows, dstSchema, dstRows)
}

func writeCSV(t *testing.T, path string, lines [][]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.WriteAll(lines)
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

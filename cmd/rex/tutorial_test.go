package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// tutorialScript turns a Markdown page into a bash script: every ```sh
// block is run as written, and a block after a <!-- file: PATH --> line is
// written to PATH under the tutorial's root, both in page order.
func tutorialScript(t *testing.T, page string) string {
	t.Helper()
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	var script strings.Builder
	// A receiver left in the background by a failed step is stopped.
	script.WriteString("set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\ncd \"$TUTORIAL_ROOT\"\n")
	fileMark := regexp.MustCompile(`^<!-- file: (\S+) -->$`)
	sc := bufio.NewScanner(bytes.NewReader(b))
	file, in, lang := "", false, ""
	blocks := 0
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !in && fileMark.MatchString(line):
			file = fileMark.FindStringSubmatch(line)[1]
		case !in && strings.HasPrefix(line, "```"):
			in, lang = true, strings.TrimPrefix(line, "```")
			if file != "" {
				fmt.Fprintf(&script, "mkdir -p \"$TUTORIAL_ROOT/%s\"\ncat > \"$TUTORIAL_ROOT/%s\" <<'TUTORIAL_EOF'\n", filepath.Dir(file), file)
				blocks++
			} else if lang == "sh" {
				blocks++
			}
		case in && line == "```":
			if file != "" {
				script.WriteString("TUTORIAL_EOF\n")
			}
			in, file = false, ""
		case in && (file != "" || lang == "sh"):
			script.WriteString(line + "\n")
		}
	}
	if blocks < 10 {
		t.Fatalf("%s: only %d runnable blocks found", page, blocks)
	}
	return script.String()
}

// TestTutorial_PluginsDoc follows docs/plugins.md as a new plugin author
// would, in an empty folder: it makes the module, writes the files the page
// shows, runs the conformance kit, installs and pins the plugin, exports
// the quickstart database to CSV and imports it into the empty destination,
// which then equals the source.
func TestTutorial_PluginsDoc(t *testing.T) {
	root := t.TempDir()
	script := tutorialScript(t, "../../docs/plugins.md")
	// The page's receivers listen on 8765; take a free port instead.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	script = strings.ReplaceAll(script, "127.0.0.1:8765", addr)

	src, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", script)
	cmd.Env = append(os.Environ(), "TUTORIAL_ROOT="+root, "REX_SRC="+src, "XDG_DATA_HOME="+t.TempDir(),
		"PATH="+filepath.Dir(rexBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the tutorial's commands failed: %v\n%s\nscript:\n%s", err, out, script)
	}
	if !regexp.MustCompile(`(?m)^csv\s+dialect\s+1\.0\.0\s+1\.\d+\s+[0-9a-f]{64}\s+\S+/project/\.rex/plugins/rex-plugin-csv$`).Match(out) {
		t.Errorf("rex plugins did not list the installed plugin:\n%s", out)
	}
	if !strings.Contains(string(out), "shop_product.csv") {
		t.Errorf("ls export does not show the tables' files:\n%s", out)
	}
	skip := map[string]bool{"django_migrations": true}
	project := filepath.Join(root, "project", "var")
	want, got := tableRows(t, filepath.Join(project, "shop.sqlite3"), skip), tableRows(t, filepath.Join(project, "dest.sqlite3"), skip)
	if len(want) == 0 {
		t.Fatal("no tables read from the source")
	}
	for tbl, rows := range want {
		if len(rows) != len(got[tbl]) {
			t.Errorf("%s: %d rows at the source, %d at the destination", tbl, len(rows), len(got[tbl]))
			continue
		}
		for i := range rows {
			if !reflect.DeepEqual(rows[i], got[tbl][i]) {
				t.Errorf("%s row %d differs:\nsource: %#v\ndest:   %#v", tbl, i, rows[i], got[tbl][i])
			}
		}
	}
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rexdata/rex/engine/host"
)

// TestRun_PluginOfAnotherProtocol_RefusedNamingBothVersions: a plugin
// binary built against plugin protocol 2 (and one against 0) is refused
// before it serves anything, at the block's place in the file, with a
// message naming its protocol version and rex's.
func TestRun_PluginOfAnotherProtocol_RefusedNamingBothVersions(t *testing.T) {
	for _, version := range []string{"2", "0"} {
		t.Run("protocol "+version, func(t *testing.T) {
			w := newWorkdir(t)
			bin := filepath.Join(w.dir, "otherprotocol")
			build := exec.Command("go", "build", "-ldflags", "-X main.protocol="+version, "-o", bin, "./testdata/otherprotocol")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("build: %v\n%s", err, out)
			}
			w.pipeline("127.0.0.1:1", "tok-0123456789abcdef", "\n  plugin = "+strconv.Quote(bin))
			p := start(t, w.dir, "validate", "pipeline.hcl")
			if code := p.wait(t, time.Minute); code != exitConfig {
				t.Errorf("exit %d, want %d:\n%s", code, exitConfig, p.errText())
			}
			for _, want := range []string{"pipeline.hcl:2:1", "plugin protocol version mismatch", "the plugin speaks protocol " + version, "this rex speaks protocol 1"} {
				if !strings.Contains(p.errText(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, p.errText())
				}
			}
		})
	}
}

// runRex runs the rex binary in dir with env added to the environment and
// returns its exit code, stdout and stderr.
func runRex(t *testing.T, dir string, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(rexBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// installPlugin copies bin into dir as the plugin name, executable.
func installPlugin(t *testing.T, bin, dir, name string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "rex-plugin-"+name)
	copyFile(t, bin, dst)
	if err := os.Chmod(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	return dst
}

// csvPipelineHCL is a pipeline whose source is the csv plugin, found in
// the search path; %s is put before the blocks.
const csvPipelineHCL = `%s
source "csv" {
  dir = "export"
}
transform "django" {}
encrypt "hpke" {
  recipient_key = file("receiver.pub")
  sender_key    = file("sender.key")
}
sink "websocket" {
  url   = "ws://127.0.0.1:1/rex"
  token = "tok-0123456789abcdef"
}
`

// TestPlugins_ListsBuiltinsAndSearchPath: `rex plugins` lists the built-ins
// and the plugins of the project's and the user's folders with kind,
// version, protocol version and checksum; a plugin of another protocol in
// the path is reported naming both versions, with exit code 2.
func TestPlugins_ListsBuiltinsAndSearchPath(t *testing.T) {
	csvBin := buildCSVPlugin(t, t.TempDir())
	project, user := t.TempDir(), t.TempDir()
	env := []string{"XDG_DATA_HOME=" + user}
	projectCSV := installPlugin(t, csvBin, filepath.Join(project, ".rex", "plugins"), "csv")
	userSQLite := installPlugin(t, externalBin, filepath.Join(user, "rex", "plugins"), "extsqlite")
	installPlugin(t, csvBin, filepath.Join(user, "rex", "plugins"), "csv")
	sumCSV, _ := host.FileSHA256(projectCSV)
	sumExt, _ := host.FileSHA256(userSQLite)

	code, out, errText := runRex(t, project, env, "plugins")
	if code != 0 {
		t.Fatalf("exit %d:\n%s%s", code, out, errText)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^sqlite\s+dialect\s+\S+\s+1\.\d+\s+-\s+built in$`),
		regexp.MustCompile(`(?m)^websocket\s+sink,listener\s+`),
		regexp.MustCompile(`(?m)^csv\s+dialect\s+1\.0\.0\s+1\.\d+\s+` + sumCSV + `\s+` + regexp.QuoteMeta(projectCSV) + `$`),
		regexp.MustCompile(`(?m)^extsqlite\s+dialect\s+1\.0\.0\s+1\.\d+\s+` + sumExt + `\s+` + regexp.QuoteMeta(userSQLite) + `$`),
		regexp.MustCompile(`(?m)^csv\s+.*\(shadowed by the one above\)$`),
		regexp.MustCompile(regexp.QuoteMeta(filepath.Join(user, "rex", "plugins"))),
	} {
		if !want.MatchString(out) {
			t.Errorf("stdout does not match %s:\n%s", want, out)
		}
	}

	other := filepath.Join(t.TempDir(), "otherprotocol")
	if b, err := exec.Command("go", "build", "-o", other, "./testdata/otherprotocol").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, b)
	}
	installPlugin(t, other, filepath.Join(project, ".rex", "plugins"), "future")
	code, out, errText = runRex(t, project, env, "plugins")
	if code != exitConfig {
		t.Errorf("exit %d with a plugin of protocol 2 in the path, want %d", code, exitConfig)
	}
	if !strings.Contains(errText, "the plugin speaks protocol 2; this rex speaks protocol 1") || !regexp.MustCompile(`(?m)^future\s+\?`).MatchString(out) {
		t.Errorf("the protocol 2 plugin is not reported with both versions:\n%s%s", out, errText)
	}
}

// TestRun_SearchPathAndPins: a block names a plugin that is not built in
// and rex finds it in the project's folder; required_plugins pins its
// version and checksum, and a binary that does not match them is refused
// with what was expected and what was found — a wrong checksum before the
// binary ever runs.
func TestRun_SearchPathAndPins(t *testing.T) {
	csvBin := buildCSVPlugin(t, t.TempDir())
	sum, err := host.FileSHA256(csvBin)
	if err != nil {
		t.Fatal(err)
	}
	wrong := strings.Repeat("ab", 32)
	env := []string{"XDG_DATA_HOME=" + t.TempDir()}
	pins := func(version, sha string) string {
		return fmt.Sprintf("required_plugins {\n  csv = {\n    version = %q\n    sha256  = %q\n  }\n}\n", version, sha)
	}
	for _, tc := range []struct {
		name    string
		head    string
		install bool
		// wrapped installs a script that records that it ran, then runs
		// the plugin: a refused checksum must leave no record.
		wrapped bool
		code    int
		want    []string
	}{
		{name: "found and pinned", head: pins("1.0.0", sum), install: true, code: 0},
		{name: "found, not pinned", install: true, code: 0},
		{name: "not found", code: exitConfig, want: []string{"pipeline.hcl:2:1", "Unknown plugin", "no rex-plugin-csv is in", ".rex/plugins"}},
		{name: "wrong checksum", head: pins("1.0.0", wrong), install: true, wrapped: true, code: exitConfig,
			want: []string{"pipeline.hcl:2:3", "Plugin checksum mismatch", "expected SHA-256 " + wrong + ", found ", "did not start it"}},
		{name: "wrong version", head: pins("2.0.0", sum), install: true, code: exitConfig,
			want: []string{"pipeline.hcl:2:3", "Plugin version mismatch", "pins csv to version 2.0.0", "reports version 1.0.0"}},
		{name: "misspelt key", head: "required_plugins {\n  csv = { sha265 = \"" + sum + "\" }\n}\n", install: true, code: exitConfig,
			want: []string{"pipeline.hcl:2:11", "Unsupported argument", `Did you mean "sha256"?`}},
		{name: "bad checksum", head: "required_plugins {\n  csv = { sha256 = \"12ab\" }\n}\n", install: true, code: exitConfig,
			want: []string{"pipeline.hcl:2:20", "Invalid sha256", "64 hexadecimal digits"}},
		{name: "pin of a built-in", head: "required_plugins {\n  django = { version = \"1.0.0\" }\n}\n", install: true, code: exitConfig,
			want: []string{"pipeline.hcl:2:3", "Pin of a built-in plugin"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkdir(t)
			if err := os.MkdirAll(filepath.Join(w.dir, "export"), 0o755); err != nil {
				t.Fatal(err)
			}
			w.write("export/schema.json", `{"tables": []}`)
			marker := filepath.Join(w.dir, "ran")
			if tc.install {
				p := installPlugin(t, csvBin, filepath.Join(w.dir, ".rex", "plugins"), "csv")
				if tc.wrapped {
					copyFile(t, csvBin, p+".real")
					os.Chmod(p+".real", 0o755)
					if err := os.WriteFile(p, []byte("#!/bin/sh\ntouch "+marker+"\nexec "+p+".real\n"), 0o755); err != nil {
						t.Fatal(err)
					}
				}
			}
			w.write("pipeline.hcl", fmt.Sprintf(csvPipelineHCL, tc.head))
			code, out, errText := runRex(t, w.dir, env, "validate", "pipeline.hcl")
			errText = strings.Join(strings.Fields(errText), " ") // unwrap the lines
			if code != tc.code {
				t.Errorf("exit %d, want %d:\n%s%s", code, tc.code, out, errText)
			}
			for _, want := range tc.want {
				if !strings.Contains(errText, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errText)
				}
			}
			if _, err := os.Stat(marker); tc.wrapped && err == nil {
				t.Error("the binary with the wrong checksum ran")
			}
		})
	}
}

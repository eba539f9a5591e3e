package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// load writes src as a sender file and loads it.
func load(t testing.TB, src string) (*File, string) {
	p := filepath.Join(t.TempDir(), "pipeline.hcl")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, diags := Load(p, Sender)
	if !diags.HasErrors() {
		return f, ""
	}
	return f, diags.Error()
}

const stages = `
source "csv" { dir = "export" }
transform "django" {}
encrypt "hpke" {}
sink "websocket" {}
`

func TestLoad_RequiredPlugins(t *testing.T) {
	sum := strings.Repeat("0a", 32)
	for _, tc := range []struct {
		name, head string
		want       *Pin
		err        string
	}{
		{name: "version and checksum", head: `required_plugins {
  csv = { version = "1.2.0", sha256 = "` + sum + `" }
}`, want: &Pin{Name: "csv", Version: "1.2.0", SHA256: sum}},
		{name: "prefixed upper-case checksum", head: `required_plugins {
  csv = { sha256 = "sha256:` + strings.ToUpper(sum) + `" }
}`, want: &Pin{Name: "csv", SHA256: sum}},
		{name: "no file-level pins"},
		{name: "unknown key", head: "required_plugins {\n  csv = { versoin = \"1\" }\n}", err: `pipeline.hcl:2,11-18: Unsupported argument; A plugin requirement holds version and sha256. Did you mean "version"?`},
		{name: "short checksum", head: "required_plugins {\n  csv = { sha256 = \"abc\" }\n}", err: "pipeline.hcl:2,20-25: Invalid sha256"},
		{name: "not an object", head: "required_plugins {\n  csv = \"1.0.0\"\n}", err: "pipeline.hcl:2,9-16: Invalid plugin requirement"},
		{name: "empty", head: "required_plugins {\n  csv = {}\n}", err: "pipeline.hcl:2,3-11: Empty plugin requirement"},
		{name: "twice", head: "required_plugins {}\nrequired_plugins {}", err: "pipeline.hcl:2,1-17: Duplicate required_plugins block"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := load(t, tc.head+stages)
			if tc.err != "" {
				if !strings.Contains(err, tc.err) {
					t.Fatalf("diagnostics %q, want %q", err, tc.err)
				}
				return
			}
			if err != "" {
				t.Fatal(err)
			}
			if f.Role != Sender || len(f.Stages) != 4 {
				t.Errorf("role %v with %d stages: required_plugins must not change the file's shape", f.Role, len(f.Stages))
			}
			got := f.Pins["csv"]
			if (got == nil) != (tc.want == nil) || got != nil && (got.Version != tc.want.Version || got.SHA256 != tc.want.SHA256) {
				t.Errorf("pin %+v, want %+v", got, tc.want)
			}
		})
	}
}

// FuzzLoad: no file makes Load panic.
func FuzzLoad(f *testing.F) {
	f.Add(`required_plugins {
  csv = { version = "1.0.0", sha256 = "` + strings.Repeat("ab", 32) + `" }
}` + stages)
	f.Add(stages)
	f.Add("required_plugins { x = { sha256 = 1 } }\nsync { mode = \"upsert\" }")
	f.Fuzz(func(t *testing.T, src string) {
		load(t, src)
	})
}

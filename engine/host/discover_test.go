package host

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestSearchPath_ProjectThenUser(t *testing.T) {
	for _, tc := range []struct {
		name, xdg, home string
		want            []string
	}{
		{name: "XDG_DATA_HOME set", xdg: "/data", home: "/home/u", want: []string{"/p/.rex/plugins", "/data/rex/plugins"}},
		{name: "XDG_DATA_HOME unset", home: "/home/u", want: []string{"/p/.rex/plugins", "/home/u/.local/share/rex/plugins"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("XDG_DATA_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			if got := SearchPath("/p"); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SearchPath = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDiscover_FirstFolderWinsAndOnlyExecutables(t *testing.T) {
	project, user := t.TempDir(), t.TempDir()
	put := func(dir, name string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"), mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := put(project, "rex-plugin-csv", 0o755)
	put(project, "rex-plugin-notes.txt", 0o644) // not executable
	put(project, "other-tool", 0o755)           // not a plugin's name
	b := put(user, "rex-plugin-csv", 0o755)
	c := put(user, "rex-plugin-parquet", 0o755)
	os.Mkdir(filepath.Join(user, "rex-plugin-dir"), 0o755) // a folder

	got := Discover([]string{project, user, filepath.Join(user, "missing")})
	want := []Found{{Name: "csv", Path: a}, {Name: "csv", Path: b, Shadowed: true}, {Name: "parquet", Path: c}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Discover = %+v, want %+v", got, want)
	}
	if p := Find("csv", []string{project, user}); p != a {
		t.Errorf("Find(csv) = %q, want the project's %q", p, a)
	}
	if p := Find("notes.txt", []string{project}); p != "" {
		t.Errorf("Find found a file that is not executable: %q", p)
	}
}

func TestProcs_SharesCPUsUnlessSet(t *testing.T) {
	n := runtime.NumCPU()
	for _, tc := range []struct {
		env       string
		processes int
		want      int
	}{
		{processes: 1, want: n},
		{processes: 5, want: max(1, n/5)},
		{processes: 0, want: n},
		{processes: n + 1, want: 1},
		{env: "4", processes: 5, want: 0},
	} {
		t.Setenv("GOMAXPROCS", tc.env)
		if tc.env == "" {
			os.Unsetenv("GOMAXPROCS")
		}
		if got := Procs(tc.processes); got != tc.want {
			t.Errorf("Procs(%d) with GOMAXPROCS=%q = %d, want %d", tc.processes, tc.env, got, tc.want)
		}
	}
}

func TestGC_PluginsCollectEarlyUnlessSet(t *testing.T) {
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	if env := pluginEnv(0); !slices.Contains(env, "GOGC=25") {
		t.Errorf("plugin environment %q lacks GOGC=25", env)
	}
	t.Setenv("GOMAXPROCS", "")
	os.Unsetenv("GOMAXPROCS")
	if env := pluginEnv(2); !slices.Equal(env, []string{"GOMAXPROCS=2", "GOGC=25"}) {
		t.Errorf("plugin environment %q, want GOMAXPROCS=2 and GOGC=25", env)
	}
	// The user's setting wins: the host sets none, and go-plugin passes
	// the host's environment on.
	t.Setenv("GOGC", "200")
	for _, e := range pluginEnv(0) {
		if strings.HasPrefix(e, "GOGC=") {
			t.Errorf("plugin environment sets %s though GOGC=200 is exported", e)
		}
	}
}

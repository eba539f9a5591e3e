package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rexdata/rex/sdk"
	"github.com/rexdata/rex/sdk/conformance"
)

// pluginBin is the plugin binary, built once by TestMain.
var pluginBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rex-csv-")
	if err != nil {
		panic(err)
	}
	pluginBin = filepath.Join(dir, "rex-csv")
	if out, err := exec.Command("go", "build", "-o", pluginBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build the plugin: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// newFolder makes a folder holding schema.json for s, as a Django
// project's tables would be described, and returns the block's config.
func newFolder(t testing.TB, s *sdk.Schema) sdk.Config {
	t.Helper()
	dir := t.TempDir()
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "schema.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return sdk.Config{"dir": dir}
}

// TestConformance runs rex's conformance kit against the built plugin.
func TestConformance(t *testing.T) {
	conformance.TestDialect(t, conformance.Dialect{
		Plugin:   conformance.Command{Path: pluginBin},
		Name:     "csv",
		NewStore: func(t *testing.T, s *sdk.Schema) sdk.Config { return newFolder(t, s) },
		Invalid: []conformance.Invalid{
			{Name: "missing folder", Config: sdk.Config{"dir": "/nonexistent/export"}, Attribute: "dir"},
			{Name: "folder without schema.json", Config: sdk.Config{"dir": t.TempDir()}, Attribute: "dir"},
		},
	})
}

package conformance_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/rexdata/rex/sdk"
	"github.com/rexdata/rex/sdk/conformance"
)

// A plugin's test runs the kit against its built binary, saying how to
// make a fresh store: here a folder holding schema.json, as examples/csv
// does.
func ExampleTestDialect() {
	// In a _test.go file of the plugin:
	_ = func(t *testing.T) {
		conformance.TestDialect(t, conformance.Dialect{
			Plugin: conformance.Command{Path: "./bin/rex-plugin-csv"},
			Name:   "csv",
			NewStore: func(t *testing.T, s *sdk.Schema) sdk.Config {
				dir := t.TempDir()
				b, _ := json.Marshal(s)
				if err := os.WriteFile(filepath.Join(dir, "schema.json"), b, 0o644); err != nil {
					t.Fatal(err)
				}
				return sdk.Config{"dir": dir}
			},
		})
	}
}

// The kit's tables are what NewStore is asked to create.
func ExampleSchema() {
	for _, t := range conformance.Schema().Tables {
		fmt.Println(t.Name, len(t.Fields), "columns")
	}
	fmt.Println(conformance.Checks())
	// Output:
	// conformance_parent 2 columns
	// conformance_child 3 columns
	// conformance_value 15 columns
	// [Handshake ConfigSchema Describe RoundTrip Replace Rollback FailedCommit Snapshot Errors Cancel Profile]
}

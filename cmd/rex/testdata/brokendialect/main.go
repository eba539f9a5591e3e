// Command brokendialect is the sqlite dialect with one defect planted: its
// Rollback commits. The conformance kit must catch it
// (TestConformance_CatchesBrokenDialect).
package main

import (
	"context"

	"github.com/rexdata/rex/plugins/sqlite"
	"github.com/rexdata/rex/sdk"
)

// dialect commits where it should roll back.
type dialect struct{ sdk.Dialect }

// Rollback commits an open transaction; with none open it does nothing.
func (d dialect) Rollback(ctx context.Context) error {
	if err := d.Dialect.Commit(ctx); err != nil {
		return d.Dialect.Rollback(ctx)
	}
	return nil
}

func main() {
	sdk.Serve(sdk.Plugins{Name: "brokendialect", Version: "0.0.1", Dialect: dialect{sqlite.New()}})
}

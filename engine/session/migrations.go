package session

import (
	"context"
	"fmt"
	"sort"

	"github.com/rexdata/rex/sdk"
)

// ReadMigrations reads the Django migrations applied in a database (its
// django_migrations table: app → migration names, sorted). It returns nil
// when the table does not exist.
func ReadMigrations(ctx context.Context, src sdk.Source, schema *sdk.Schema) (map[string][]string, error) {
	if schema.Table("django_migrations") == nil {
		return nil, nil
	}
	r := &migrationReader{out: map[string][]string{}}
	if err := src.Read(ctx, sdk.ReadRequest{Tables: []string{"django_migrations"}}, r); err != nil {
		return nil, fmt.Errorf("read django_migrations: %w", err)
	}
	for _, names := range r.out {
		sort.Strings(names)
	}
	return r.out, nil
}

type migrationReader struct{ out map[string][]string }

func (r *migrationReader) StartTable(string, int64) error { return nil }

func (r *migrationReader) WriteBatch(b *sdk.Batch) error {
	app, name := -1, -1
	for i, c := range b.Columns {
		switch c {
		case "app":
			app = i
		case "name":
			name = i
		}
	}
	if app < 0 || name < 0 {
		return fmt.Errorf("django_migrations has no app and name columns")
	}
	for i := 0; i < b.Len(); i++ {
		row := b.Row(i)
		a := row[app].AsString()
		r.out[a] = append(r.out[a], row[name].AsString())
	}
	return nil
}

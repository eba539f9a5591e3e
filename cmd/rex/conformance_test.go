package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rexdata/rex/plugins/hpke"
	"github.com/rexdata/rex/sdk"
	"github.com/rexdata/rex/sdk/conformance"
)

// TestConformance_BuiltinDialects runs the conformance kit against every
// built-in dialect, served by the rex binary as `rex plugin NAME`, on real
// databases created for each check and dropped after it.
func TestConformance_BuiltinDialects(t *testing.T) {
	for _, engine := range []string{"sqlite", "postgres", "mysql"} {
		t.Run(engine, func(t *testing.T) {
			t.Parallel()
			conformance.TestDialect(t, conformance.Dialect{
				Plugin: conformance.Command{Path: rexBin, Args: []string{"plugin", engine}},
				Name:   engine,
				// A DurationField is a bigint on SQLite and MySQL.
				Indistinct: map[sdk.FieldType]sdk.FieldType{sdk.DurationField: sdk.BigIntegerField},
				Transform:  &conformance.Command{Path: rexBin, Args: []string{"plugin", "django"}},
				Invalid:    invalidConfigs[engine],
				NewStore: func(t *testing.T, s *sdk.Schema) sdk.Config {
					stmts := djangoDDL(engine, s)
					if engine == "sqlite" {
						// A writer commits while a read snapshot is open.
						stmts = append([]string{"PRAGMA journal_mode = WAL"}, stmts...)
					}
					return newEmptyDB(t, engine, stmts...).config
				},
			})
		})
	}
}

// invalidConfigs are blocks each built-in dialect must refuse.
var invalidConfigs = map[string][]conformance.Invalid{
	"sqlite": {
		{Name: "missing file", Config: sdk.Config{"path": "/nonexistent/shop.sqlite3"}, Attribute: "path"},
		{Name: "empty path", Config: sdk.Config{"path": ""}, Attribute: "path"},
	},
	"postgres": {
		{Name: "not a connection string", Config: sdk.Config{"dsn": "postgres://%zz"}, Attribute: "dsn"},
		{Name: "no database", Config: sdk.Config{"dsn": "postgres://root@127.0.0.1:5432"}, Attribute: "dsn"},
	},
	"mysql": {
		{Name: "not a DSN", Config: sdk.Config{"dsn": "root@tcp(127.0.0.1:3306"}, Attribute: "dsn"},
	},
}

// sqliteStore makes an empty SQLite store for the kit, in WAL mode so a
// writer commits while a read snapshot is open.
func sqliteStore(t *testing.T, s *sdk.Schema) sdk.Config {
	return newEmptyDB(t, "sqlite", append([]string{"PRAGMA journal_mode = WAL"}, djangoDDL("sqlite", s)...)...).config
}

// TestConformance_CatchesBrokenDialect: the kit fails a dialect whose
// Rollback commits, in the Rollback check, and passes it where it is
// sound. The kit runs in a child test process so that its failures are
// the child's.
func TestConformance_CatchesBrokenDialect(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "brokendialect")
	if out, err := exec.Command("go", "build", "-o", bin, "./testdata/brokendialect").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	child := exec.Command(os.Args[0], "-test.run", "^TestConformance_BrokenDialectChild$", "-test.v", "-test.count=1")
	child.Env = append(os.Environ(), "REX_CONFORMANCE_BROKEN="+bin)
	out, err := child.CombinedOutput()
	if err == nil {
		t.Fatalf("the kit passed a dialect whose Rollback commits:\n%s", out)
	}
	for _, want := range []string{
		"--- FAIL: TestConformance_BrokenDialectChild/Rollback",
		"conformance_parent: row id=1 is missing",
		"--- PASS: TestConformance_BrokenDialectChild/RoundTrip",
		"--- PASS: TestConformance_BrokenDialectChild/Snapshot",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the kit's output lacks %q:\n%s", want, out)
		}
	}
}

// TestConformance_BrokenDialectChild is the child process of
// TestConformance_CatchesBrokenDialect; run alone it does nothing.
func TestConformance_BrokenDialectChild(t *testing.T) {
	bin := os.Getenv("REX_CONFORMANCE_BROKEN")
	if bin == "" {
		return
	}
	conformance.TestDialect(t, conformance.Dialect{
		Plugin:     conformance.Command{Path: bin},
		Transform:  &conformance.Command{Path: rexBin, Args: []string{"plugin", "django"}},
		Indistinct: map[sdk.FieldType]sdk.FieldType{sdk.DurationField: sdk.BigIntegerField},
		NewStore:   sqliteStore,
	})
}

// djangoDDL returns the statements Django's `migrate` runs on engine for
// the tables of s, following each backend's data_types.
func djangoDDL(engine string, s *sdk.Schema) []string {
	q := func(name string) string {
		if engine == "mysql" {
			return "`" + name + "`"
		}
		return `"` + name + `"`
	}
	var stmts, fks []string
	for _, tbl := range s.Tables {
		var cols []string
		for _, f := range tbl.Fields {
			def := q(f.Name) + " " + columnType(engine, f)
			if f.PrimaryKey {
				def += " NOT NULL PRIMARY KEY"
				switch engine {
				case "sqlite":
					def += " AUTOINCREMENT"
				case "mysql":
					def += " AUTO_INCREMENT"
				}
			} else if f.Null {
				def += " NULL"
			} else {
				def += " NOT NULL"
			}
			if f.Type == sdk.JSONField && engine == "sqlite" {
				def += fmt.Sprintf(" CHECK ((%s IS NULL OR JSON_VALID(%s)))", q(f.Name), q(f.Name))
			}
			if r := f.References; r != nil {
				switch engine {
				case "sqlite":
					def += fmt.Sprintf(" REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED", q(r.Table), q(r.Field))
				case "postgres":
					fks = append(fks, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
						q(tbl.Name), q(tbl.Name+"_"+f.Name+"_fk"), q(f.Name), q(r.Table), q(r.Field)))
				case "mysql":
					fks = append(fks, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)",
						q(tbl.Name), q(tbl.Name+"_"+f.Name+"_fk"), q(f.Name), q(r.Table), q(r.Field)))
				}
			}
			cols = append(cols, def)
		}
		stmt := fmt.Sprintf("CREATE TABLE %s (%s)", q(tbl.Name), strings.Join(cols, ", "))
		stmts = append(stmts, stmt)
	}
	return append(stmts, fks...)
}

// columnType is the column type Django declares for f on engine.
func columnType(engine string, f sdk.Field) string {
	types := map[string]map[sdk.FieldType]string{
		"sqlite": {
			sdk.AutoField: "integer", sdk.BigIntegerField: "bigint", sdk.IntegerField: "integer", sdk.BooleanField: "bool",
			sdk.CharField: "varchar(%d)", sdk.TextField: "text", sdk.DateField: "date", sdk.DateTimeField: "datetime",
			sdk.TimeField: "time", sdk.DurationField: "bigint", sdk.DecimalField: "decimal", sdk.FloatField: "real",
			sdk.BinaryField: "BLOB", sdk.UUIDField: "char(32)", sdk.JSONField: "text", sdk.ForeignKey: "integer",
		},
		"postgres": {
			sdk.AutoField: "serial", sdk.BigIntegerField: "bigint", sdk.IntegerField: "integer", sdk.BooleanField: "boolean",
			sdk.CharField: "varchar(%d)", sdk.TextField: "text", sdk.DateField: "date", sdk.DateTimeField: "timestamp with time zone",
			sdk.TimeField: "time", sdk.DurationField: "interval", sdk.DecimalField: "numeric(%d, %d)", sdk.FloatField: "double precision",
			sdk.BinaryField: "bytea", sdk.UUIDField: "uuid", sdk.JSONField: "jsonb", sdk.ForeignKey: "integer",
		},
		"mysql": {
			sdk.AutoField: "integer", sdk.BigIntegerField: "bigint", sdk.IntegerField: "integer", sdk.BooleanField: "bool",
			sdk.CharField: "varchar(%d)", sdk.TextField: "longtext", sdk.DateField: "date", sdk.DateTimeField: "datetime(6)",
			sdk.TimeField: "time(6)", sdk.DurationField: "bigint", sdk.DecimalField: "numeric(%d, %d)", sdk.FloatField: "double precision",
			sdk.BinaryField: "longblob", sdk.UUIDField: "char(32)", sdk.JSONField: "json", sdk.ForeignKey: "integer",
		},
	}
	typ := types[engine][f.Type]
	switch f.Type {
	case sdk.CharField:
		return fmt.Sprintf(typ, f.MaxLength)
	case sdk.DecimalField:
		if strings.Contains(typ, "%") {
			return fmt.Sprintf(typ, f.MaxDigits, f.DecimalPlaces)
		}
	}
	return typ
}

// TestConformance_BuiltinPlugins runs the kit's checks for every kind
// against the built-in transform, cipher and transport, served by the rex
// binary: handshake and metadata, configuration schema, a valid block
// taken and invalid ones refused at their attribute.
func TestConformance_BuiltinPlugins(t *testing.T) {
	priv, pub, err := hpke.GenerateKeyPair("conformance")
	if err != nil {
		t.Fatal(err)
	}
	const token = "tok-0123456789abcdef"
	for _, p := range []conformance.Plugin{
		{Name: "django", Kind: sdk.KindTransform,
			Config: func(*testing.T) sdk.Config { return sdk.Config{"use_tz": true} },
			Invalid: []conformance.Invalid{
				{Name: "unknown time zone", Config: sdk.Config{"use_tz": false, "time_zone": "Mars/Olympus_Mons"}, Attribute: "time_zone"},
				{Name: "unknown field type", Config: sdk.Config{"fields": map[string]string{"shop_order.span": "TimespanField"}}, Attribute: "fields"},
			}},
		{Name: "hpke", Kind: sdk.KindCipher,
			Config: func(*testing.T) sdk.Config {
				return sdk.Config{"recipient_key": string(pub), "sender_key": string(priv)}
			},
			Invalid: []conformance.Invalid{
				{Name: "not a public key", Config: sdk.Config{"recipient_key": "not a key", "sender_key": string(priv)}, Attribute: "recipient_key"},
			}},
		{Name: "websocket", Kind: sdk.KindSink,
			Config: func(*testing.T) sdk.Config { return sdk.Config{"url": "ws://127.0.0.1:8765/rex", "token": token} },
			Invalid: []conformance.Invalid{
				{Name: "not a websocket url", Config: sdk.Config{"url": "ftp://127.0.0.1/rex", "token": token}, Attribute: "url"},
			}},
		{Name: "websocket", Kind: sdk.KindListener,
			Config: func(*testing.T) sdk.Config { return sdk.Config{"address": "127.0.0.1:0", "token": token} },
			Invalid: []conformance.Invalid{
				{Name: "port out of range", Config: sdk.Config{"address": "127.0.0.1:99999", "token": token}, Attribute: "address"},
				{Name: "empty token", Config: sdk.Config{"address": "127.0.0.1:0", "token": ""}, Attribute: "token"},
			}},
	} {
		p.Plugin = conformance.Command{Path: rexBin, Args: []string{"plugin", p.Name}}
		t.Run(p.Name+"_"+p.Kind, func(t *testing.T) {
			t.Parallel()
			conformance.TestPlugin(t, p)
		})
	}
}

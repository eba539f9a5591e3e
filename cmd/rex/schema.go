package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/sdk"
)

// printSchema is `rex schema FILE.hcl`: the tables of the file's database
// (a pipeline's source, a receiver's destination) as its dialect describes
// them, as the JSON of an sdk.Schema. Every table is listed but
// django_migrations, which rex never moves. A dialect of files (the csv
// example) takes this as the schema of an empty folder.
func printSchema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: rex schema FILE.hcl  (prints the JSON schema of the file's source or destination)")
		return exitConfig
	}
	f, diags := pipeline.Load(fs.Arg(0), 0)
	if diags.HasErrors() {
		f.WriteDiagnostics(stderr, diags)
		return exitConfig
	}
	block := "source"
	if f.Role == pipeline.Receiver {
		block = "destination"
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	defer plugin.CleanupClients()
	h := &host.Host{Builtins: builtinKinds(), Logger: hclog.New(&hclog.LoggerOptions{Name: "rex", Level: hclog.Warn, Output: stderr})}
	set, diags := h.Start(ctx, f, block)
	if diags.HasErrors() {
		f.WriteDiagnostics(stderr, diags)
		return exitConfig
	}
	defer set.Kill()
	s, err := set.Get(block).Dialect().Describe(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "rex schema: describe the %s: %v\n", block, err)
		return exitInternal
	}
	out := &sdk.Schema{Dialect: s.Dialect, Native: s.Native}
	for _, t := range s.Tables {
		if t.Name != "django_migrations" {
			t.Rows = -1
			out.Tables = append(out.Tables, t)
		}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "rex schema: %v\n", err)
		return exitInternal
	}
	fmt.Fprintf(stdout, "%s\n", b)
	return exitOK
}

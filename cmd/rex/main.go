// Command rex moves a Django project's database into another's: `rex run`
// on the sending side, `rex serve` on the receiving side. This file maps
// flags to engine calls and errors to exit codes.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"github.com/hashicorp/hcl/v2"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/engine/progress"
	"github.com/rexdata/rex/engine/receiver"
	"github.com/rexdata/rex/engine/run"
	"github.com/rexdata/rex/engine/session"
	"github.com/rexdata/rex/engine/validate"
	"github.com/rexdata/rex/plugins/hpke"
	"github.com/rexdata/rex/sdk"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitInternal = 1 // an unexpected failure
	exitConfig   = 2 // bad usage or a mistake in the .hcl file; nothing connected
	exitRefused  = 3 // the other side refused the session (token, key, schema)
	exitAborted  = 4 // the transfer began and was rolled back; destination unchanged
)

const usage = `rex moves a Django project's database into another Django project's database.

Usage:
  rex run PIPELINE.hcl        send: read the source, stream it to a receiver
  rex serve RECEIVER.hcl      receive: listen, authenticate, write in one transaction
      --once                  exit after one session (exit 0 only if it committed)
  rex plan PIPELINE.hcl       connect, authenticate, validate; print what a run would do, write nothing
      --json                  the plan as a JSON document
  rex validate FILE.hcl       check a pipeline or receiver file and its plugins' settings
  rex plugins [DIR]           list the plugins a pipeline in DIR can use: built in and found
  rex schema FILE.hcl         print the JSON schema of the file's source or destination
  rex keygen NAME             write NAME.key (private, mode 0600) and NAME.pub
  rex version                 print the version

Flags for run and serve:
  -v          verbose: debug logs, including the plugins'
  -q          quiet: no progress, only errors and the summary
  --json      every event as one JSON object per line on stdout
  --ui ADDR   (run) serve the live page on ADDR, e.g. 127.0.0.1:8080

Progress: bars when stdout is a terminal, else timed log lines on stderr.
The receiver serves its live page on its listen address (http://ADDR/).

Exit codes: 0 done, 1 internal error, 2 usage or configuration error,
3 refused by the other side, 4 aborted and rolled back.
`

func main() {
	stop := startProfiles(os.Args[1:])
	code := Main(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Main runs rex with args and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitConfig
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "plugin":
		return servePlugin(rest, stderr)
	case "plugins":
		return listPlugins(rest, stdout, stderr)
	case "schema":
		return printSchema(rest, stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "rex %s (plugin protocol %d.%d)\n", version, sdk.ProtocolMajor, sdk.ProtocolMinor)
		return exitOK
	case "keygen":
		return keygen(rest, stdout, stderr)
	case "validate", "run", "serve", "plan":
		return runFile(cmd, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "rex: unknown command %q\n\n%s", cmd, usage)
	return exitConfig
}

func keygen(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("keygen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "overwrite existing files")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: rex keygen [--force] NAME")
		return exitConfig
	}
	name := fs.Arg(0)
	priv, pub, err := hpke.GenerateKeyPair(name)
	if err != nil {
		fmt.Fprintf(stderr, "rex keygen: %v\n", err)
		return exitInternal
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if *force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	for _, f := range []struct {
		path string
		data []byte
		mode os.FileMode
	}{{name + ".key", priv, 0o600}, {name + ".pub", pub, 0o644}} {
		fh, err := os.OpenFile(f.path, flags, f.mode)
		if err != nil {
			fmt.Fprintf(stderr, "rex keygen: %v (use --force to overwrite)\n", err)
			return exitConfig
		}
		if err := fh.Chmod(f.mode); err == nil {
			_, err = fh.Write(f.data)
		}
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintf(stderr, "rex keygen: %v\n", err)
			return exitInternal
		}
	}
	pk, _ := hpke.ParsePublicKey(pub)
	fmt.Fprintf(stdout, "wrote %s.key (private, keep it secret) and %s.pub (give it to the other side)\nfingerprint %s\n", name, name, pk.Fingerprint())
	return exitOK
}

func runFile(cmd string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "verbose")
	quiet := fs.Bool("q", false, "quiet")
	once, asJSON, uiAddr := false, false, ""
	if cmd == "serve" {
		fs.BoolVar(&once, "once", false, "exit after one session")
	}
	if cmd == "plan" || cmd == "run" || cmd == "serve" {
		fs.BoolVar(&asJSON, "json", false, "JSON on stdout: the plan (plan), or every event, one object per line (run, serve)")
	}
	if cmd == "run" {
		fs.StringVar(&uiAddr, "ui", "", "serve the live page on this address, e.g. 127.0.0.1:8080")
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintf(stderr, "usage: rex %s [flags] FILE.hcl\n", cmd)
		return exitConfig
	}
	path := fs.Arg(0)
	level := hclog.Warn
	if *verbose {
		level = hclog.Debug
	}
	log := hclog.New(&hclog.LoggerOptions{Name: "rex", Level: level, Output: stderr})

	want := pipeline.Sender
	if cmd == "serve" {
		want = pipeline.Receiver
	} else if cmd == "validate" {
		want = 0
	}
	f, diags := pipeline.Load(path, want)
	if diags.HasErrors() {
		f.WriteDiagnostics(stderr, diags)
		return exitConfig
	}
	var pg *page
	if cmd == "run" || cmd == "serve" {
		side := map[string]string{"run": "sender", "serve": "receiver"}[cmd]
		var err error
		if pg, err = newPage(f, side, uiAddr, stderr); err != nil {
			fmt.Fprintf(stderr, "rex %s: %v\n", cmd, err)
			return exitConfig
		}
	}
	show, endShow := printer(*quiet, asJSON && cmd != "plan", stdout, stderr)
	defer endShow()
	events := progress.Track(progress.Fan(show, pg.sink()))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer plugin.CleanupClients()
	// The host and its plugins share the machine's CPUs out among them,
	// collect garbage early (host.GCPercent) and hand freed memory back
	// as they go (host.ReleaseMemory).
	host.SetGC()
	stopRelease, err := host.ReleaseMemory()
	if err != nil {
		fmt.Fprintln(stderr, "rex: warning:", err)
	}
	defer stopRelease()
	h := &host.Host{Builtins: builtinKinds(), Logger: log, Procs: host.SetProcs(1 + len(f.Stages))}
	pg.configure(h)
	set, diags := h.Start(ctx, f)
	printWarnings(f, diags, stderr)
	if diags.HasErrors() {
		f.WriteDiagnostics(stderr, diags)
		return exitConfig
	}
	switch cmd {
	case "validate":
		set.Kill()
		fmt.Fprintf(stdout, "%s: a valid %s\n", path, f.Role)
		return exitOK
	case "run", "plan":
		defer set.Kill()
		if cmd == "run" && pg != nil {
			if err := pg.serve(f, pg.ln.Addr().String(), set.Get("sink").Config.String("token", ""), stderr); err != nil {
				fmt.Fprintf(stderr, "rex run: %v\n", err)
				return exitConfig
			}
		}
		s := &run.Sender{Log: log, Events: events, Version: version, Sync: f.Sync, PlanOnly: cmd == "plan"}
		if cmd == "plan" {
			s.Events = nil
		}
		res, err := s.Run(ctx, set)
		if cmd == "plan" && res != nil && res.Plan != nil {
			if asJSON {
				b, _ := json.MarshalIndent(res.Plan, "", "  ")
				fmt.Fprintf(stdout, "%s\n", b)
			} else {
				res.Plan.WriteText(stdout)
			}
		} else if res != nil && res.Plan != nil && res.Plan.Verdict != validate.OK {
			res.Plan.WriteText(stderr) // warnings or errors, before the outcome
		}
		if err != nil {
			fmt.Fprintf(stderr, "rex %s: %v\n", cmd, err)
			return exitCode(err)
		}
		if cmd == "run" && !asJSON {
			endShow()
			progress.Summary(stdout, res.Rows)
		}
		return exitOK
	default: // serve
		if pg != nil {
			public := set.Get("listen").Config.String("address", "")
			if pg.upstream == "" {
				public = pg.ln.Addr().String()
			}
			if err := pg.serve(f, public, set.Get("listen").Config.String("token", ""), stderr); err != nil {
				set.Kill()
				fmt.Fprintf(stderr, "rex serve: %v\n", err)
				return exitConfig
			}
		}
		r := &receiver.Receiver{Host: h, Log: log, Events: events, Once: once, Listening: func(addr string) {
			fmt.Fprintf(stderr, "rex serve: listening on %s\n", addr)
			if pg != nil && pg.upstream != "" {
				scheme := "http"
				if set.Get("listen").Config.String("tls_cert", "") != "" {
					scheme = "https"
				}
				fmt.Fprintf(stderr, "rex serve: live page on %s://%s/\n", scheme, addr)
			}
		}}
		err := r.Serve(ctx, f, set)
		if err != nil {
			fmt.Fprintf(stderr, "rex serve: %v\n", err)
			return exitCode(err)
		}
		return exitOK
	}
}

func printWarnings(f *pipeline.File, diags hcl.Diagnostics, w io.Writer) {
	if !diags.HasErrors() && len(diags) > 0 {
		f.WriteDiagnostics(w, diags)
	}
}

func exitCode(err error) int {
	switch {
	case errors.Is(err, sdk.ErrRefused):
		// Refused before anything was written, even if it came mid-stream
		// (another session holds the destination).
		return exitRefused
	case errors.Is(err, session.ErrAborted):
		return exitAborted
	}
	return exitInternal
}

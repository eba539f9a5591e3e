package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/sdk"
)

// listPlugins is `rex plugins [DIR]`: every plugin a pipeline in DIR (by
// default the working directory) can name, built in or found in the search
// path, with its kinds, version and protocol version. External plugins are
// started to describe themselves, and their SHA-256 printed for pinning.
// It exits 2 when one of them cannot describe itself.
func listPlugins(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("plugins", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() > 1 {
		fmt.Fprintln(stderr, "usage: rex plugins [DIR]  (DIR: the folder of the .hcl files; default: .)")
		return exitConfig
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		fmt.Fprintf(stderr, "rex plugins: %v\n", err)
		return exitConfig
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKINDS\tVERSION\tPROTOCOL\tSHA256\tFROM")
	kinds := builtinKinds()
	var names []string
	for name := range builtins() {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d.%d\t-\tbuilt in\n", name, strings.Join(kinds[name], ","), version, sdk.ProtocolMajor, sdk.ProtocolMinor)
	}
	code := exitOK
	for _, f := range host.Discover(host.SearchPath(abs)) {
		sum, err := host.FileSHA256(f.Path)
		if err != nil {
			sum = "?"
		}
		from := f.Path
		if f.Shadowed {
			from += " (shadowed by the one above)"
		} else if _, ok := kinds[f.Name]; ok {
			from += " (unused: a built-in has this name)"
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		info, err := host.Inspect(ctx, f.Path)
		cancel()
		if err != nil {
			fmt.Fprintf(tw, "%s\t?\t?\t?\t%s\t%s\n", f.Name, sum, from)
			fmt.Fprintf(stderr, "rex plugins: %s does not describe itself: %v\n", f.Path, err)
			code = exitConfig
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d.%d\t%s\t%s\n", f.Name, strings.Join(info.Kinds, ","), info.Version, info.ProtocolMajor, info.ProtocolMinor, sum, from)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "\nSearch path for plugins a block names without plugin = \"...\": %s (files named %sNAME).\n",
		strings.Join(host.SearchPath(abs), ", "), host.BinaryPrefix)
	if _, err := os.Stat(abs); err != nil {
		fmt.Fprintf(stderr, "rex plugins: %v\n", err)
		return exitConfig
	}
	return code
}

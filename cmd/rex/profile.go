package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
)

// startProfiles makes this process write pprof profiles when the
// environment names a directory in REX_PROFILE_DIR: a CPU profile while it
// runs and an allocation profile when it ends, as
// DIR/{cpu,allocs}-<command>-<pid>.pprof. Plugin processes inherit the
// variable, so one run profiles the host and every stage (`go tool pprof
// -top FILE`). It returns the function that writes them; without the
// variable it does nothing. A profile that cannot be written is reported
// on stderr and the run goes on.
func startProfiles(args []string) (stop func()) {
	dir := os.Getenv("REX_PROFILE_DIR")
	if dir == "" {
		return func() {}
	}
	name := "rex"
	if len(args) > 0 {
		name = args[0]
		if name == "plugin" && len(args) > 1 {
			name = "plugin-" + args[1]
		}
	}
	name = strings.Map(func(r rune) rune {
		if r == '/' || r == os.PathSeparator {
			return '_'
		}
		return r
	}, name)
	base := fmt.Sprintf("%s-%d.pprof", name, os.Getpid())
	cpu, err := os.Create(filepath.Join(dir, "cpu-"+base))
	if err != nil {
		fmt.Fprintln(os.Stderr, "rex: cpu profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(cpu); err != nil {
		fmt.Fprintln(os.Stderr, "rex: cpu profile:", err)
		cpu.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		cpu.Close()
		runtime.GC()
		f, err := os.Create(filepath.Join(dir, "allocs-"+base))
		if err != nil {
			fmt.Fprintln(os.Stderr, "rex: allocation profile:", err)
			return
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fmt.Fprintln(os.Stderr, "rex: allocation profile:", err)
		}
	}
}

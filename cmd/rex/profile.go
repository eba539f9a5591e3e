package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
)

// writeMemStats writes the runtime's memory statistics as JSON, taken
// before the final collection: what the heap, the stacks and the
// runtime's own structures hold from the system at the end of the run.
func writeMemStats(path string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b, err := json.MarshalIndent(struct {
		Sys, HeapSys, HeapInuse, HeapIdle, HeapReleased, HeapAlloc, NextGC uint64
		StackSys, MSpanSys, MCacheSys, BuckHashSys, GCSys, OtherSys        uint64
		TotalAlloc, Mallocs                                                uint64
		NumGC                                                              uint32
	}{m.Sys, m.HeapSys, m.HeapInuse, m.HeapIdle, m.HeapReleased, m.HeapAlloc, m.NextGC,
		m.StackSys, m.MSpanSys, m.MCacheSys, m.BuckHashSys, m.GCSys, m.OtherSys,
		m.TotalAlloc, m.Mallocs, m.NumGC}, "", " ")
	if err == nil {
		err = os.WriteFile(path, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rex: memory statistics:", err)
	}
}

// startProfiles makes this process write pprof profiles when the
// environment names a directory in REX_PROFILE_DIR: a CPU profile while it
// runs and an allocation profile when it ends, as
// DIR/{cpu,allocs}-<command>-<pid>.pprof, with the runtime's memory
// statistics at the end in DIR/mem-<command>-<pid>.json. Plugin processes inherit the
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
		writeMemStats(filepath.Join(dir, "mem-"+strings.TrimSuffix(base, ".pprof")+".json"))
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

package host

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

// Procs is how many threads may run Go code at once (GOMAXPROCS) in each
// process of one pipeline side made of the given number of processes (the
// host and its plugins): the machine's CPUs shared out among them, at
// least one each.
//
// A side is a chain: each process works on one batch while the others
// work on theirs, so the parallelism is between processes. Inside one, a
// second P mostly spins looking for work it does not have, and on a
// machine with fewer cores than processes that spinning takes CPU from the
// stages (and from the database) that need it.
//
// Procs returns 0, meaning "leave it", when GOMAXPROCS is set in the
// environment: the user's setting wins, in the host and in every plugin.
func Procs(processes int) int {
	if os.Getenv("GOMAXPROCS") != "" {
		return 0
	}
	if processes < 1 {
		processes = 1
	}
	return max(1, runtime.NumCPU()/processes)
}

// SetProcs applies [Procs] to the running process and returns the value
// it set (0 when it left GOMAXPROCS alone). The host calls it once it
// knows how many plugins its side runs; the plugins get the same value
// through their environment from [Host.Start].
func SetProcs(processes int) int {
	n := Procs(processes)
	if n > 0 {
		runtime.GOMAXPROCS(n)
	}
	return n
}

// procsEnv is the environment entry a plugin process starts with, or nil.
func procsEnv(n int) []string {
	if n <= 0 {
		return nil
	}
	return []string{"GOMAXPROCS=" + strconv.Itoa(n)}
}

// GCPercent is the garbage collector's target (GOGC) in the host and in
// every plugin process it starts, unless GOGC is set in the environment:
// the user's setting wins there too.
//
// Each process of a side holds a few batches at a time and, as every
// stage hands message memory back for the next batch (sdk.Recycler),
// makes little garbage: a collection is rare and cheap, and what decides
// a process's memory is how far its heap may grow past what is live
// between two collections. At Go's default of 100 it doubles; at 25 the
// ten processes of a run took ~15 MiB less summed at 1M rows for the same
// CPU time (docs/performance.md).
const GCPercent = 25

// SetGC applies [GCPercent] to the running process unless GOGC is set.
func SetGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
}

// pluginEnv is the environment a plugin process starts with, before the
// host's own (which go-plugin appends): its share of the CPUs and the
// garbage collector's target.
func pluginEnv(procs int) []string {
	env := procsEnv(procs)
	if os.Getenv("GOGC") == "" {
		env = append(env, "GOGC="+strconv.Itoa(GCPercent))
	}
	return env
}

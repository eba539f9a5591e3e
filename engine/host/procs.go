package host

import (
	"os"
	"runtime"
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

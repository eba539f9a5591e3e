package host

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"time"
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

// ReleaseInterval is how often a rex process hands the heap memory it
// has freed back to the system while it works, unless REX_RELEASE_MEMORY
// says otherwise (see [ReleaseMemory]).
//
// Go's runtime returns freed heap pages to the system lazily, a little
// at a time, and between two collections a process's heap keeps the
// pages its last batches used. Across the ten processes of a run that
// is several MiB of resident memory holding nothing; handing it back
// every 200 ms took 7–10 MiB off the run's summed peak at the large size,
// for a few percent more CPU in rex's processes and no measurable wall
// time (docs/performance.md).
const ReleaseInterval = 200 * time.Millisecond

// releaseEnv overrides [ReleaseInterval]: a Go duration ("500ms"), or
// "0" to leave the runtime's own pace. Plugin processes inherit it.
const releaseEnv = "REX_RELEASE_MEMORY"

// releaseAfter is how much a process must have allocated since its last
// release for the next one to happen: an idle process (a receiver waiting
// for its sender) does no work at all.
const releaseAfter = 256 << 10

// busyCollections is how many collections of its own a process may have
// run in one interval and still release: one that collects more often
// (the cipher, whose every frame is new memory) reuses its freed pages
// within the interval, so handing them back would only make it fault
// them in again.
const busyCollections = 2

// ReleaseMemory makes the running process hand its freed heap memory
// back to the system every [ReleaseInterval] (or REX_RELEASE_MEMORY)
// while it allocates: a collection and a return of every free page
// (debug.FreeOSMemory), skipped when less than 256 KiB was allocated
// since the last one, or when the runtime collected twice or more in the
// interval on its own. The host calls it for itself and each built-in
// plugin process for itself. It returns the function that stops it,
// which may be called more than once, and an error saying so when
// REX_RELEASE_MEMORY is not a duration (the default interval is used).
func ReleaseMemory() (stop func(), err error) {
	every, err := releaseInterval(os.Getenv(releaseEnv))
	if every <= 0 {
		return func() {}, err
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/automatic:gc-cycles"}}
		var allocated, cycles uint64
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(sample)
			busy := sample[1].Value.Uint64()-cycles >= busyCollections
			if sample[0].Value.Uint64()-allocated >= releaseAfter && !busy {
				debug.FreeOSMemory()
				metrics.Read(sample)
				allocated = sample[0].Value.Uint64()
			}
			cycles = sample[1].Value.Uint64()
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() { close(done) })
		<-finished
	}, err
}

// releaseInterval reads REX_RELEASE_MEMORY's value: unset is
// [ReleaseInterval], zero or negative is off, and anything but a duration
// is [ReleaseInterval] with an error that says what was expected.
func releaseInterval(v string) (time.Duration, error) {
	if v == "" {
		return ReleaseInterval, nil
	}
	if v == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return ReleaseInterval, fmt.Errorf("%s=%q is not a duration (such as 500ms, or 0 to turn it off): handing memory back every %v", releaseEnv, v, ReleaseInterval)
	}
	return d, nil
}

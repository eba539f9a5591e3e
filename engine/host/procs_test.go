package host

import (
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

func TestReleaseInterval_FromEnvironment(t *testing.T) {
	for _, tc := range []struct {
		env     string
		want    time.Duration
		wantErr string
	}{
		{"", ReleaseInterval, ""},
		{"500ms", 500 * time.Millisecond, ""},
		{"2s", 2 * time.Second, ""},
		{"0", 0, ""},
		{"0s", 0, ""},
		{"-1s", -time.Second, ""},
		{"often", ReleaseInterval, `REX_RELEASE_MEMORY="often" is not a duration (such as 500ms, or 0 to turn it off): handing memory back every 200ms`},
		{"500", ReleaseInterval, `REX_RELEASE_MEMORY="500" is not a duration`},
	} {
		got, err := releaseInterval(tc.env)
		if got != tc.want {
			t.Errorf("REX_RELEASE_MEMORY=%q: %v, want %v", tc.env, got, tc.want)
		}
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("REX_RELEASE_MEMORY=%q: %v", tc.env, err)
		case tc.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.wantErr)):
			t.Errorf("REX_RELEASE_MEMORY=%q: error %v, want %q", tc.env, err, tc.wantErr)
		}
	}
}

// metric reads one of the runtime's counters.
func metric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// forcedCycles is how many collections were forced in this process;
// debug.FreeOSMemory forces one each time.
func forcedCycles() uint64 { return metric("/gc/cycles/forced:gc-cycles") }

var sink [][]byte

// garbage allocates n bytes that are dropped at once.
func garbage(n int) {
	for i := 0; i < n; i += 64 << 10 {
		sink = append(sink, make([]byte, 64<<10))
	}
	sink = nil
}

// TestReleaseMemory_WhileAllocating: the loop hands memory back once the
// process has allocated, not while it is idle, and not at all when
// REX_RELEASE_MEMORY is 0.
func TestReleaseMemory_WhileAllocating(t *testing.T) {
	t.Setenv(releaseEnv, "5ms")
	stop, err := ReleaseMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	before := forcedCycles()
	garbage(4 << 20)
	deadline := time.Now().Add(5 * time.Second)
	for forcedCycles() == before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if forcedCycles() == before {
		t.Fatal("no release within 5 s of allocating 4 MiB")
	}
	if metric("/memory/classes/heap/released:bytes") == 0 {
		t.Error("a release handed nothing back to the system")
	}

	// Idle: twenty intervals without allocating make no release.
	time.Sleep(20 * time.Millisecond)
	idle := forcedCycles()
	time.Sleep(100 * time.Millisecond)
	if n := forcedCycles() - idle; n > 0 {
		t.Errorf("%d releases while nothing was allocated", n)
	}
	stop()

	t.Setenv(releaseEnv, "0")
	off, _ := ReleaseMemory()
	defer off()
	before = forcedCycles()
	garbage(4 << 20)
	time.Sleep(100 * time.Millisecond)
	if n := forcedCycles() - before; n > 0 {
		t.Errorf("REX_RELEASE_MEMORY=0: %d releases", n)
	}
}

// TestReleaseMemory_NotWhileCollectingOften: a process whose collector
// runs several times an interval on its own reuses its freed pages, and
// is left alone.
func TestReleaseMemory_NotWhileCollectingOften(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	t.Setenv(releaseEnv, "50ms")
	stop, err := ReleaseMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	automatic := func() uint64 { return metric("/gc/cycles/automatic:gc-cycles") }
	forced, cycles := forcedCycles(), automatic()
	for end := time.Now().Add(500 * time.Millisecond); time.Now().Before(end); {
		garbage(1 << 20)
	}
	if n := automatic() - cycles; n < 20 {
		t.Fatalf("only %d collections in 500 ms of allocating at GOGC=1", n)
	}
	// Ten intervals went by; a release or two may fall in one where the
	// allocating goroutine hardly ran.
	if n := forcedCycles() - forced; n > 2 {
		t.Errorf("%d releases while the collector ran on its own", n)
	}
}

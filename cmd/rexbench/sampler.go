package main

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// sampler follows the process trees under its roots every 100 ms and
// records the peak sums of their memory, and per process its command, its
// last CPU time and its peak resident size. Processes are read from /proc;
// the whole process list (to find new children) in the first 3 s after a
// root is added and then every tenth sample, as reading it costs a share
// of a core on a small machine.
type sampler struct {
	mu       sync.Mutex
	roots    []int
	side     map[int]string // a root's label ("sender", "receiver")
	pss, rss int64          // peak sums, KiB
	anon     int64          // peak sum of anonymous (private) memory, KiB
	procs    map[int]*proc
	stop     chan struct{}
	done     sync.WaitGroup
	ticks    int
	fresh    int           // full scans still to make after an add
	children map[int][]int // as of the last scan of /proc
}

// proc is what was seen of one process.
type proc struct {
	side, cmd string
	ticks     int64 // utime+stime, clock ticks
	rssKiB    int64 // peak
	anonKiB   int64 // peak anonymous memory
}

// clockTicks is USER_HZ, 100 on Linux.
const clockTicks = 100

func newSampler() *sampler {
	s := &sampler{side: map[int]string{}, procs: map[int]*proc{}, stop: make(chan struct{})}
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			s.sample()
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// add follows one more started process and its descendants.
func (s *sampler) add(cmd *exec.Cmd, side string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.roots = append(s.roots, cmd.Process.Pid)
	s.side[cmd.Process.Pid] = side
	s.fresh = 30
}

func (s *sampler) finish() {
	close(s.stop)
	s.done.Wait()
}

func (s *sampler) sample() {
	s.mu.Lock()
	roots := append([]int(nil), s.roots...)
	full := s.fresh > 0 || s.ticks%10 == 0
	s.fresh--
	s.mu.Unlock()
	if len(roots) == 0 {
		return
	}
	if full || s.children == nil {
		s.children = map[int][]int{}
		entries, _ := os.ReadDir("/proc")
		for _, e := range entries {
			if _, err := strconv.Atoi(e.Name()); err != nil {
				continue
			}
			if f := procStat(e.Name()); f != nil {
				ppid, _ := strconv.Atoi(f[1])
				pid, _ := strconv.Atoi(e.Name())
				s.children[ppid] = append(s.children[ppid], pid)
			}
		}
	}
	s.ticks++
	children := s.children
	var pss, rss, anon int64
	type item struct {
		pid  int
		side string
	}
	var queue []item
	for _, r := range roots {
		queue = append(queue, item{r, s.side[r]})
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		for _, c := range children[it.pid] {
			queue = append(queue, item{c, it.side})
		}
		f := procStat(strconv.Itoa(it.pid))
		if f == nil {
			continue
		}
		m := memory(it.pid)
		if m["Rss:"] == 0 {
			continue
		}
		pss += m["Pss:"]
		rss += m["Rss:"]
		anon += m["Anonymous:"]
		p := s.procs[it.pid]
		if p == nil {
			p = &proc{side: it.side, cmd: cmdline(it.pid)}
			s.procs[it.pid] = p
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		p.ticks = ut + st
		p.rssKiB = max(p.rssKiB, m["Rss:"])
		p.anonKiB = max(p.anonKiB, m["Anonymous:"])
	}
	s.pss, s.rss, s.anon = max(s.pss, pss), max(s.rss, rss), max(s.anon, anon)
}

// procStat returns the fields of /proc/PID/stat after the command name:
// state, ppid, ...; f[11] and f[12] are utime and stime.
func procStat(pid string) []string {
	b, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return nil
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	if len(f) < 13 {
		return nil
	}
	return f
}

// peaks writes the peak sums seen into r, in MiB.
func (s *sampler) peaks(r *Run) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r.PeakRSSMiB, r.PeakPSSMiB, r.PeakAnonMiB = float64(s.rss)/1024, float64(s.pss)/1024, float64(s.anon)/1024
}

// stages sums what was seen per side and command.
func (s *sampler) stages() []Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Stage
	index := map[string]int{}
	for _, p := range s.procs {
		k := p.side + "\x00" + p.cmd
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Stage{Side: p.side, Process: p.cmd})
		}
		out[i].CPUSeconds += float64(p.ticks) / clockTicks
		out[i].PeakRSSMiB += float64(p.rssKiB) / 1024
		out[i].PeakAnonMiB += float64(p.anonKiB) / 1024
	}
	sortStages(out)
	return out
}

func sortStages(st []Stage) {
	sort.SliceStable(st, func(i, j int) bool {
		if st[i].Side != st[j].Side {
			return st[i].Side < st[j].Side
		}
		return st[i].CPUSeconds > st[j].CPUSeconds
	})
}

// cmdline is a process's command without its directory and file
// arguments: "rex plugin postgres", "psql", "pgloader".
func cmdline(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return "?"
	}
	args := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
	if len(args) == 0 {
		return "?"
	}
	name := args[0][strings.LastIndexByte(args[0], '/')+1:]
	if (name == "rex" || strings.HasPrefix(name, "rex-")) && len(args) > 1 {
		// A build raced with -rex may have another name: it is still rex.
		name = "rex " + args[1]
		if args[1] == "plugin" && len(args) > 2 {
			name += " " + args[2]
		}
	}
	if strings.HasPrefix(name, "python") && len(args) > 2 {
		name = "django " + args[2]
	}
	return name
}

// memory returns a process's smaps_rollup figures in KiB.
func memory(pid int) map[string]int64 {
	out := map[string]int64{}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 {
			v, _ := strconv.ParseInt(f[1], 10, 64)
			out[f[0]] = v
		}
	}
	return out
}

// cpuSeconds is the user and system time of finished commands, each with
// the descendants it waited for.
func cpuSeconds(cmds ...*exec.Cmd) float64 {
	var t time.Duration
	for _, c := range cmds {
		if c.ProcessState != nil {
			t += c.ProcessState.UserTime() + c.ProcessState.SystemTime()
		}
	}
	return t.Seconds()
}

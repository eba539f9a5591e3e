package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestServe_PluginsShareTheCPUs checks the GOMAXPROCS a plugin process
// starts with: the CPUs shared out among the side's five processes, or
// the user's own setting when GOMAXPROCS is exported.
func TestServe_PluginsShareTheCPUs(t *testing.T) {
	for _, tc := range []struct {
		name, env, want string
	}{
		{name: "shared out", want: fmt.Sprint(max(1, runtime.NumCPU()/5))},
		{name: "user's setting", env: "3", want: "3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOMAXPROCS", tc.env)
			if tc.env == "" {
				os.Unsetenv("GOMAXPROCS")
			}
			w := newWorkdir(t)
			srv, _ := w.serve("s3cret")
			pids := stagePIDs(srv.errText(), "receiver")
			pid, ok := pids["listen"]
			if !ok {
				t.Fatalf("no listen plugin pid in the receiver's output:\n%s", srv.errText())
			}
			env, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", pid))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, kv := range bytes.Split(env, []byte{0}) {
				if v, ok := bytes.CutPrefix(kv, []byte("GOMAXPROCS=")); ok {
					got = append(got, string(v))
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("the listen plugin's GOMAXPROCS entries are %q, want exactly %q", got, tc.want)
			}
		})
	}
}

// TestValidate_BadReleaseInterval_Warns: a REX_RELEASE_MEMORY that is not
// a duration is named in a warning, and rex (with its plugins, which
// inherit the variable) goes on with the default interval.
func TestValidate_BadReleaseInterval_Warns(t *testing.T) {
	t.Setenv("REX_RELEASE_MEMORY", "500")
	w := newWorkdir(t)
	w.write("pipeline.hcl", fmt.Sprintf(pipelineHCL, "", "127.0.0.1:9", "tok"))
	p := start(t, w.dir, "validate", "pipeline.hcl")
	if code := p.wait(t, time.Minute); code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, p.errText())
	}
	want := `rex: warning: REX_RELEASE_MEMORY="500" is not a duration (such as 500ms, or 0 to turn it off): handing memory back every 200ms`
	if !strings.Contains(p.errText(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, p.errText())
	}
}

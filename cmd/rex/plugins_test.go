package main

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRun_PluginOfAnotherProtocol_RefusedNamingBothVersions: a plugin
// binary built against plugin protocol 2 (and one against 0) is refused
// before it serves anything, at the block's place in the file, with a
// message naming its protocol version and rex's.
func TestRun_PluginOfAnotherProtocol_RefusedNamingBothVersions(t *testing.T) {
	for _, version := range []string{"2", "0"} {
		t.Run("protocol "+version, func(t *testing.T) {
			w := newWorkdir(t)
			bin := filepath.Join(w.dir, "otherprotocol")
			build := exec.Command("go", "build", "-ldflags", "-X main.protocol="+version, "-o", bin, "./testdata/otherprotocol")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("build: %v\n%s", err, out)
			}
			w.pipeline("127.0.0.1:1", "tok-0123456789abcdef", "\n  plugin = "+strconv.Quote(bin))
			p := start(t, w.dir, "validate", "pipeline.hcl")
			if code := p.wait(t, time.Minute); code != exitConfig {
				t.Errorf("exit %d, want %d:\n%s", code, exitConfig, p.errText())
			}
			for _, want := range []string{"pipeline.hcl:2:1", "plugin protocol version mismatch", "the plugin speaks protocol " + version, "this rex speaks protocol 1"} {
				if !strings.Contains(p.errText(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, p.errText())
				}
			}
		})
	}
}

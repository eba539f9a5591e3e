package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// nullCipherReceiverHCL is receiverHCL with the insecure test cipher of
// testdata/nullcipher in place of hpke; the block keeps hpke's name, which
// both sides compare in Hello.
const nullCipherReceiverHCL = `
listen "websocket" {
  address = "127.0.0.1:0"
  token   = %q
}
decrypt "hpke" {
  plugin = %q%s
}
transform "django" {}
destination "sqlite" {
  path = "dest.sqlite3"
}
`

const nullCipherPipelineHCL = `
source "sqlite" {
  path = "shop.sqlite3"
}
transform "django" {}
encrypt "hpke" {
  plugin = %q
}
sink "websocket" {
  url   = "ws://%s/rex"
  token = %q
}
`

const verifyToken = "tok-0123456789abcdef"

// buildNullCipher builds the insecure test cipher into dir.
func buildNullCipher(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "nullcipher")
	if out, err := exec.Command("go", "build", "-o", bin, "./testdata/nullcipher").CombinedOutput(); err != nil {
		t.Fatalf("build the null cipher: %v\n%s", err, out)
	}
	return bin
}

// TestRun_CorruptedInTransit_DigestsDifferAndRollsBack: a text value
// altered after the cipher (the null cipher's Open changes one letter of a
// shop_customer full_name, so the batch still decodes and every count
// agrees) is caught by the tables' digests: the receiver rolls back, both
// sides name the table, and the destination is unchanged. The same setup
// without the alteration commits.
func TestRun_CorruptedInTransit_DigestsDifferAndRollsBack(t *testing.T) {
	nullcipher := buildNullCipher(t, t.TempDir())
	for _, tc := range []struct {
		name    string
		corrupt string
		code    int
	}{
		{"value altered", "\n  corrupt = [\"Eun-ji Dubois\", \"Eun-ji Duboiz\"]", exitAborted},
		{"untouched", "", exitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkdir(t)
			before := fileHash(t, w.dest)
			w.write("receiver.hcl", fmt.Sprintf(nullCipherReceiverHCL, verifyToken, nullcipher, tc.corrupt))
			srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
			addr := srv.waitLine(t, listeningRE, time.Minute)[1]
			w.write("pipeline.hcl", fmt.Sprintf(nullCipherPipelineHCL, nullcipher, addr, verifyToken))
			run := start(t, w.dir, "run", "pipeline.hcl")

			if code := run.wait(t, 2*time.Minute); code != tc.code {
				t.Fatalf("rex run exited %d, want %d; stderr:\n%s\nreceiver:\n%s", code, tc.code, run.errText(), srv.errText())
			}
			if code := srv.wait(t, time.Minute); code != tc.code {
				t.Fatalf("rex serve --once exited %d, want %d; stderr:\n%s", code, tc.code, srv.errText())
			}
			if tc.code == exitOK {
				if fileHash(t, w.dest) == before {
					t.Error("the destination did not change after a committed run")
				}
				if got := countRows(t, w.dest, "shop_customer"); got != countRows(t, w.src, "shop_customer") {
					t.Errorf("shop_customer has %d rows at the destination", got)
				}
				return
			}
			want := "table shop_customer: the data received differs from the data sent (digest "
			for side, p := range map[string]*proc{"sender": run, "receiver": srv} {
				text := p.errText()
				if !strings.Contains(text, want) {
					t.Errorf("the %s does not name the table whose digest differs:\n%s", side, text)
				}
				// Only the altered table differs.
				if n := strings.Count(text, "the data received differs"); n == 0 || strings.Count(text, "table shop_customer: the data received differs") != n {
					t.Errorf("the %s names other tables as differing:\n%s", side, text)
				}
			}
			if fileHash(t, w.dest) != before {
				t.Error("the destination changed")
			}
		})
	}
}

// TestNullCipher_BadCorrupt_PointsAtTheAttribute: the test cipher's own
// check of its one attribute reaches the user at its place in the file.
func TestNullCipher_BadCorrupt_PointsAtTheAttribute(t *testing.T) {
	nullcipher := buildNullCipher(t, t.TempDir())
	w := newWorkdir(t)
	w.write("receiver.hcl", fmt.Sprintf(nullCipherReceiverHCL, verifyToken, nullcipher, "\n  corrupt = ["+strconv.Quote("ab")+", "+strconv.Quote("abc")+"]"))
	p := start(t, w.dir, "validate", "receiver.hcl")
	if code := p.wait(t, time.Minute); code != exitConfig {
		t.Fatalf("rex validate exited %d, want %d:\n%s", code, exitConfig, p.errText())
	}
	if !strings.Contains(p.errText(), "Invalid corrupt") {
		t.Errorf("stderr lacks the diagnostic:\n%s", p.errText())
	}
}

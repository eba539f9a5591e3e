package main

// The live page in a real browser: headless Chromium (Debian's package)
// watches the receiver's page while a session commits and another is
// refused, with every address but the receiver's blocked.

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/gorilla/websocket"

	"github.com/rexdata/rex/engine/progress"
)

// chromium returns Debian's Chromium, which CI installs (apt-get install
// -y chromium).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on PATH: install Debian's package (apt-get install -y chromium); .ci/run does")
	return ""
}

// artifactDir is where browser screenshots go: $REX_ARTIFACTS, or bin/artifacts.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("REX_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "bin", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// browser starts headless Chromium that can reach only addr, and records
// every URL the page asks for.
func browser(t *testing.T, addr string) (context.Context, func() []string) {
	t.Helper()
	host, _, _ := strings.Cut(addr, ":")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-extensions", true),
		// Nothing resolves but the receiver's host: the page must work
		// from what the rex binary serves alone.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE "+host),
		chromedp.WindowSize(1280, 1400),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })

	var mu sync.Mutex
	var urls []string
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		case *network.EventWebSocketCreated:
			mu.Lock()
			urls = append(urls, e.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// attr returns an attribute of the element sel selects.
func attr(t *testing.T, ctx context.Context, sel, name string) string {
	t.Helper()
	r, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
	if err != nil {
		t.Fatalf("%s[%s]: %v", sel, name, err)
	}
	return r.Value
}

// text returns the visible text of the element sel selects.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// attrsAll returns the attributes of every element sel selects.
func attrsAll(t *testing.T, ctx context.Context, sel string) []map[string]string {
	t.Helper()
	a, err := chromedp.Run(ctx, chromedp.AttributesAll(chromedp.CSSAll(sel)))
	if err != nil {
		t.Fatalf("attributes of %s: %v", sel, err)
	}
	return a
}

// visible waits until sel selects a visible element.
func visible(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(sel))
}

// TestWeb_ReceiverPage_ShowsSessionLive opens the receiver's page in
// Chromium, runs a transfer and a refused session, and checks what the
// page showed.
func TestWeb_ReceiverPage_ShowsSessionLive(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 60000) // a few seconds of transfer to watch
	srv, addr := w.serve("page-token-0123456789")
	srv.waitLine(t, regexp.MustCompile(`^rex serve: live page on http://`+regexp.QuoteMeta(addr)+`/$`), time.Minute)
	ctx, requested := browser(t, addr)
	page := "http://" + addr + "/"
	// Before any sender: the plugins started for the first session.
	if err := chromedp.Do(ctx, chromedp.Navigate(page), visible(`#link[data-state="live"]`), visible(`#sessions button[data-outcome="waiting"]`)); err != nil {
		t.Fatalf("open %s: %v", page, err)
	}

	// A session that commits, watched live.
	w.pipeline(addr, "page-token-0123456789", "")
	run := start(t, w.dir, "run", "pipeline.hcl")
	if err := chromedp.Do(ctx, visible(`#tables tr[data-table="django_session"]`)); err != nil {
		t.Fatalf("the page showed no progress for django_session: %v\nreceiver:\n%s", err, srv.errText())
	}
	t.Logf("django_session at %s%% when first seen", attr(t, ctx, `#tables tr[data-table="django_session"]`, "data-percent"))
	if code := run.wait(t, 3*time.Minute); code != 0 {
		t.Fatalf("rex run exited %d:\n%s", code, run.errText())
	}
	if err := chromedp.Do(ctx, visible(`#outcome[data-state="committed"]`)); err != nil {
		t.Fatalf("the page did not show the commit: %v", err)
	}
	if outcome := text(t, ctx, `#outcome`); !strings.Contains(outcome, "Committed") {
		t.Errorf("outcome: %q, want it to say Committed", outcome)
	}

	// Every connection step, in the page.
	for _, step := range []string{"connected", "token", "keys", "schema", "validated", "transaction"} {
		if class := attr(t, ctx, `#steps li[data-step="`+step+`"]`, "class"); class != "done" {
			t.Errorf("step %s: class %q, want done", step, class)
		}
	}
	// Schema verdicts: one per moved table, each ok.
	seen := map[string]string{}
	for _, v := range attrsAll(t, ctx, `#verdicts tr.table`) {
		seen[v["data-table"]] = v["data-verdict"]
	}
	for _, table := range []string{"shop_customer", "shop_order", "django_session", "auth_user"} {
		if seen[table] != "ok" {
			t.Errorf("verdict for %s: %q, want ok (all: %v)", table, seen[table], seen)
		}
	}
	// Every table's progress at 100%, and the overall bar.
	rows := attrsAll(t, ctx, `#tables tbody tr`)
	if len(rows) != 16 {
		t.Errorf("the page shows %d tables, want the quickstart's 16", len(rows))
	}
	for _, r := range rows {
		if r["data-percent"] != "100" {
			t.Errorf("table %s at %s%%, want 100", r["data-table"], r["data-percent"])
		}
	}
	if overall := attr(t, ctx, `#overall`, "data-percent"); overall != "100" {
		t.Errorf("overall progress %s%%, want 100", overall)
	}
	logText := text(t, ctx, `#log`)
	for _, want := range []string{"token proven", "verified", "transaction open", "committed"} {
		if !strings.Contains(logText, want) {
			t.Errorf("the log does not say %q:\n%s", want, logText)
		}
	}
	screenshot(t, ctx, "receiver-committed.png")

	// A session refused for its token: the page shows the refusal and why.
	w.pipeline(addr, "not-the-token-at-all-000", "")
	bad := start(t, w.dir, "run", "pipeline.hcl")
	if code := bad.wait(t, time.Minute); code != exitRefused {
		t.Fatalf("rex run with a wrong token exited %d, want %d:\n%s", code, exitRefused, bad.errText())
	}
	if err := chromedp.Do(ctx, visible(`#outcome[data-state="refused"]`)); err != nil {
		t.Fatalf("the page did not show the refusal: %v", err)
	}
	if outcome := text(t, ctx, `#outcome`); !strings.Contains(outcome, "invalid token") {
		t.Errorf("refusal shown as %q, want its reason, invalid token", outcome)
	}
	if class := attr(t, ctx, `#steps li[data-step="token"]`, "class"); class != "failed" {
		t.Errorf("the token step of the refused session: class %q, want failed", class)
	}
	screenshot(t, ctx, "receiver-refused.png")

	// Someone who opens the page now still sees both sessions.
	if err := chromedp.Do(ctx, chromedp.Reload(), visible(`#sessions button[data-outcome="refused"]`)); err != nil {
		t.Fatalf("reload: %v", err)
	}
	var outcomes []string
	for _, s := range attrsAll(t, ctx, `#sessions button`) {
		outcomes = append(outcomes, s["data-outcome"])
	}
	if strings.Join(outcomes, ",") != "refused,committed" {
		t.Errorf("after a reload the page lists sessions %v, want refused,committed (newest first)", outcomes)
	}

	// Nothing was fetched from anywhere but the receiver.
	urls := requested()
	if len(urls) == 0 {
		t.Error("no request of the page was seen")
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, "http://"+addr+"/") && !strings.HasPrefix(u, "ws://"+addr+"/") {
			t.Errorf("the page asked for %s, which is not the receiver", u)
		}
	}
}

// TestWeb_PageBeyondLoopback_AsksForToken serves the page on every
// interface and checks that it shows nothing until the token is typed.
func TestWeb_PageBeyondLoopback_AsksForToken(t *testing.T) {
	w := newWorkdir(t)
	w.write("receiver.hcl", fmt.Sprintf(receiverHCL, "ui-token-0123456789abc")+"\nui {\n  address = \"0.0.0.0:0\"\n}\n")
	srv := start(t, w.dir, "serve", "receiver.hcl")
	m := srv.waitLine(t, regexp.MustCompile(`^rex serve: live page on http://\S+:(\d+)/$`), time.Minute)
	addr := "127.0.0.1:" + m[1]
	ctx, _ := browser(t, addr)
	if err := chromedp.Do(ctx,
		chromedp.Navigate("http://"+addr+"/"),
		visible(`#auth`),
		chromedp.SendKeys(chromedp.CSS(`#token`), "wrong-token"),
		chromedp.Click(chromedp.CSS(`#auth button`)),
		visible(`#auth-error`),
	); err != nil {
		t.Fatalf("the page did not ask for the token, or took a wrong one: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#token").value = ""`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`#token`), "ui-token-0123456789abc"),
		chromedp.Click(chromedp.CSS(`#auth button`)),
		visible(`#sessions button[data-outcome="waiting"]`),
	); err != nil {
		t.Fatalf("the right token did not open the page: %v", err)
	}
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("#auth").hidden`))
	if err != nil || !hidden {
		t.Errorf("the token form is still shown after the right token (%v)", err)
	}
	screenshot(t, ctx, "receiver-token.png")
}

// TestRun_UI_ServesSenderEvents runs `rex run --ui` and follows the
// sender's page's event stream to the commit.
func TestRun_UI_ServesSenderEvents(t *testing.T) {
	w := newWorkdir(t)
	growSource(t, w.src, 30000)
	_, addr := w.serve("ui-run-token-0123456789")
	w.pipeline(addr, "ui-run-token-0123456789", "")
	run := start(t, w.dir, "run", "--ui", "127.0.0.1:0", "pipeline.hcl")
	m := run.waitLine(t, regexp.MustCompile(`^rex run: live page on http://(127\.0\.0\.1:\d+)/$`), time.Minute)
	ws, _, err := websocket.DefaultDialer.Dial("ws://"+m[1]+"/events", http.Header{"Origin": {"http://" + m[1]}})
	if err != nil {
		t.Fatalf("the sender's page: %v", err)
	}
	defer ws.Close()
	ws.SetReadDeadline(time.Now().Add(2 * time.Minute))
	kinds := map[progress.Kind]bool{}
	for !kinds[progress.Committed] {
		var msg struct {
			Type  string          `json:"type"`
			Side  string          `json:"side"`
			Event *progress.Event `json:"event"`
		}
		if err := ws.ReadJSON(&msg); err != nil {
			t.Fatalf("reading the sender's events (seen %v): %v\n%s", kinds, err, run.errText())
		}
		if msg.Type == "hello" && msg.Side != "sender" {
			t.Errorf("hello from %q, want sender", msg.Side)
		}
		if msg.Event != nil {
			if msg.Event.Side != "sender" {
				t.Errorf("event from %q on the sender's page", msg.Event.Side)
			}
			kinds[msg.Event.Kind] = true
		}
	}
	for _, k := range []progress.Kind{progress.SessionStarted, progress.Step, progress.Verdict, progress.Rows, progress.TableDone} {
		if !kinds[k] {
			t.Errorf("the sender's page never got a %s event", k)
		}
	}
	if code := run.wait(t, time.Minute); code != 0 {
		t.Fatalf("rex run --ui exited %d:\n%s", code, run.errText())
	}
}

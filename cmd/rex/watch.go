package main

// How a command shows a session: progress bars on a terminal, plain lines
// through go-hclog otherwise, JSON lines with --json, nothing with -q; and
// the live page, served by the receiver on its own port (or the ui
// block's address) and by `rex run --ui ADDR`.

import (
	"fmt"
	"io"
	"net"
	"os"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/mattn/go-isatty"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/engine/progress"
	"github.com/rexdata/rex/engine/web"
	"github.com/rexdata/rex/sdk"
)

// printer returns the sink that shows events on the terminal, and a
// function that ends it.
func printer(quiet, asJSON bool, stdout, stderr io.Writer) (progress.Sink, func()) {
	switch {
	case asJSON:
		return progress.JSON(stdout), func() {}
	case quiet:
		return nil, func() {}
	case isTerminal(stdout):
		b := &progress.Bars{W: stdout}
		return b.Sink(), b.Close
	}
	log := hclog.New(&hclog.LoggerOptions{Output: stderr, Level: hclog.Info, TimeFormat: "15:04:05.000"})
	return (&progress.Log{Logger: log, Interval: time.Second}).Sink(), func() {}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// page is the live page of one command.
type page struct {
	srv *web.Server
	ln  net.Listener // its own listener; nil when served through the listen plugin
	// upstream is the loopback address the listen plugin proxies to.
	upstream string
}

// newPage starts the page's server for a file, before its plugins start.
// addr is --ui's value for the sender. It returns nil when there is no
// page: a sender without --ui or a ui block, or ui { enabled = false }.
func newPage(f *pipeline.File, side, addr string, stderr io.Writer) (*page, error) {
	if f.UI != nil && !f.UI.Enabled {
		return nil, nil
	}
	if addr == "" && f.UI != nil {
		addr = f.UI.Address
	}
	p := &page{srv: &web.Server{Side: side}}
	switch {
	case addr != "":
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return nil, fmt.Errorf("serve the live page on %s: %w; choose another address (--ui or the ui block)", addr, err)
		}
		p.ln = ln
	case side == "receiver":
		// On the listener's own port: the listen plugin proxies every path
		// but its WebSocket endpoint to this loopback server.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("serve the live page: %w", err)
		}
		p.ln, p.upstream = ln, "http://"+ln.Addr().String()
	default:
		return nil, nil
	}
	return p, nil
}

// configure gives the listen plugin the page's upstream address.
func (p *page) configure(h *host.Host) {
	if p == nil || p.upstream == "" {
		return
	}
	h.Extra = map[string]sdk.Config{"listen": {sdk.ConfigUIUpstream: p.upstream}}
}

// serve decides whether the page asks for a token (whenever it is
// reachable beyond loopback) and starts serving. public is the address
// people open; token is the file's token for the page (the ui block's,
// else the listen or sink block's).
func (p *page) serve(f *pipeline.File, public, token string, stderr io.Writer) error {
	if p == nil {
		return nil
	}
	if f.UI != nil && f.UI.Token != "" {
		token = f.UI.Token
	}
	if !web.IsLoopback(public) {
		if token == "" {
			p.ln.Close()
			return fmt.Errorf("the live page on %s would be reachable beyond this machine without a token: set token in the ui block, bind it to 127.0.0.1, or set ui { enabled = false }", public)
		}
		p.srv.Token = token
	}
	go p.srv.Serve(p.ln) //nolint:errcheck // ends with the process
	if p.upstream == "" {
		fmt.Fprintf(stderr, "rex %s: live page on http://%s/\n", map[string]string{"sender": "run", "receiver": "serve"}[p.srv.Side], p.ln.Addr())
	}
	return nil
}

// sink is the page's event sink, or nil.
func (p *page) sink() progress.Sink {
	if p == nil {
		return nil
	}
	return p.srv.Sink()
}

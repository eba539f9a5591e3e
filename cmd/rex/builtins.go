package main

import (
	"fmt"
	"io"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/plugins/django"
	"github.com/rexdata/rex/plugins/hpke"
	"github.com/rexdata/rex/plugins/mysql"
	"github.com/rexdata/rex/plugins/postgres"
	"github.com/rexdata/rex/plugins/sqlite"
	"github.com/rexdata/rex/plugins/websocket"
	"github.com/rexdata/rex/sdk"
)

// builtins are the plugins compiled into rex. Each still runs as its own
// process: the host starts `rex plugin NAME`, which serves it.
func builtins() map[string]func() sdk.Plugins {
	return map[string]func() sdk.Plugins{
		"sqlite": func() sdk.Plugins {
			return sdk.Plugins{Name: "sqlite", Version: version, Dialect: sqlite.New()}
		},
		"postgres": func() sdk.Plugins {
			return sdk.Plugins{Name: "postgres", Version: version, Dialect: postgres.New()}
		},
		"mysql": func() sdk.Plugins {
			return sdk.Plugins{Name: "mysql", Version: version, Dialect: mysql.New()}
		},
		"django": func() sdk.Plugins {
			return sdk.Plugins{Name: "django", Version: version, Transform: django.New()}
		},
		"hpke": func() sdk.Plugins {
			return sdk.Plugins{Name: "hpke", Version: version, Cipher: hpke.New()}
		},
		"websocket": func() sdk.Plugins {
			return sdk.Plugins{Name: "websocket", Version: version, Sink: websocket.NewSink(), Listener: websocket.NewListener()}
		},
	}
}

// builtinKinds lists the kinds each built-in serves, for the host.
func builtinKinds() map[string][]string {
	out := map[string][]string{}
	for name, mk := range builtins() {
		p := mk()
		for _, k := range []struct {
			kind string
			ok   bool
		}{{sdk.KindDialect, p.Dialect != nil}, {sdk.KindTransform, p.Transform != nil}, {sdk.KindCipher, p.Cipher != nil}, {sdk.KindSink, p.Sink != nil}, {sdk.KindListener, p.Listener != nil}} {
			if k.ok {
				out[name] = append(out[name], k.kind)
			}
		}
	}
	return out
}

// servePlugin is `rex plugin NAME`: the process the host starts for a
// built-in stage. It is not for people: it speaks go-plugin on stdout.
func servePlugin(args []string, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: rex plugin NAME (started by rex itself)")
		return exitConfig
	}
	mk, ok := builtins()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "rex plugin: no built-in plugin %q\n", args[0])
		return exitConfig
	}
	// A bad REX_RELEASE_MEMORY was reported by the host that started us.
	stopRelease, _ := host.ReleaseMemory()
	defer stopRelease()
	sdk.Serve(mk())
	return exitOK
}

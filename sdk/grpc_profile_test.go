package sdk

import (
	"context"
	"errors"
	"net"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/test/bufconn"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// wholeColumns are the columns of every table of the fake profilers.
var wholeColumns = []string{"a", "b", "c"}

// fakeProfile is what the fake profilers find: per table as many rows as
// its name has characters, per column a MaxLength of its name's length.
func fakeProfile(columns map[string][]string) map[string]TableProfile {
	out := map[string]TableProfile{}
	for t, cols := range columns {
		p := TableProfile{Rows: int64(len(t)), Columns: map[string]ColumnProfile{}}
		for _, c := range cols {
			p.Columns[c] = ColumnProfile{MaxLength: int64(len(c))}
		}
		out[t] = p
	}
	return out
}

// profiler is a dialect that profiles whole tables only, as one built
// against protocol 1.1 or 1.2; it records the calls it gets. Only its
// Profile is ever called.
type profiler struct {
	Dialect
	calls  []string
	tables []string
}

func (p *profiler) Profile(_ context.Context, tables []string) (map[string]TableProfile, error) {
	p.calls = append(p.calls, "Profile")
	p.tables = tables
	cols := map[string][]string{}
	for _, t := range tables {
		cols[t] = wholeColumns
	}
	return fakeProfile(cols), nil
}

// columnProfiler also profiles single columns.
type columnProfiler struct {
	profiler
	asked map[string][]string
}

func (p *columnProfiler) ProfileColumns(_ context.Context, columns map[string][]string) (map[string]TableProfile, error) {
	p.calls = append(p.calls, "ProfileColumns")
	p.asked = columns
	return fakeProfile(columns), nil
}

// oldDialectServer stands for a plugin built before protocol 1.3: its
// ProfileRequest has no columns field, so the columns never reach it.
type oldDialectServer struct {
	*dialectServer
}

func (s oldDialectServer) Profile(ctx context.Context, r *rexv1.ProfileRequest) (*rexv1.Bytes, error) {
	return s.dialectServer.Profile(ctx, &rexv1.ProfileRequest{Tables: r.Tables})
}

// connect serves srv over an in-memory gRPC connection and returns the
// host's client of it.
func connect(t *testing.T, srv rexv1.DialectServer) *dialectClient {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	s := grpc.NewServer()
	rexv1.RegisterDialectServer(s, srv)
	go s.Serve(lis) //nolint:errcheck // ends with Stop
	t.Cleanup(s.Stop)
	conn, err := grpc.NewClient("passthrough:///plugin",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return &dialectClient{c: rexv1.NewDialectClient(conn)}
}

func TestDialectClient_ProfileColumns(t *testing.T) {
	t.Parallel()
	asked := map[string][]string{"zeta": {"b"}, "alpha": {"a", "c"}, "rows_only": {}}
	whole := fakeProfile(map[string][]string{"zeta": wholeColumns, "alpha": wholeColumns, "rows_only": wholeColumns})
	tests := []struct {
		name string
		// plugin is the plugin's dialect; old serves it as a plugin
		// older than protocol 1.3.
		plugin Dialect
		old    bool
		ask    map[string][]string
		want   map[string]TableProfile
		calls  []string
		err    error
	}{
		{name: "column profiler", plugin: &columnProfiler{}, ask: asked, want: fakeProfile(asked), calls: []string{"ProfileColumns"}},
		{name: "only a table's rows", plugin: &columnProfiler{}, ask: map[string][]string{"t": nil},
			want: map[string]TableProfile{"t": {Rows: 1, Columns: map[string]ColumnProfile{}}}, calls: []string{"ProfileColumns"}},
		{name: "whole-table profiler", plugin: &profiler{}, ask: asked, want: whole, calls: []string{"Profile"}},
		{name: "plugin older than 1.3, column profiler", plugin: &columnProfiler{}, old: true, ask: asked, want: whole, calls: []string{"Profile"}},
		{name: "plugin older than 1.3, whole-table profiler", plugin: &profiler{}, old: true, ask: asked, want: whole, calls: []string{"Profile"}},
		{name: "nothing asked", plugin: &columnProfiler{}, ask: map[string][]string{}, want: map[string]TableProfile{}},
		{name: "no profiler", plugin: struct{ Dialect }{}, ask: asked, err: ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var srv rexv1.DialectServer = &dialectServer{impl: tt.plugin}
			if tt.old {
				srv = oldDialectServer{&dialectServer{impl: tt.plugin}}
			}
			got, err := connect(t, srv).ProfileColumns(context.Background(), tt.ask)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ProfileColumns error %v, want %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ProfileColumns (-want +got):\n%s", diff)
			}
			var calls []string
			switch p := tt.plugin.(type) {
			case *columnProfiler:
				calls = p.calls
				if slices.Equal(calls, []string{"ProfileColumns"}) {
					if diff := cmp.Diff(tt.ask, p.asked, cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("the plugin was asked for other columns (-want +got):\n%s", diff)
					}
				}
			case *profiler:
				calls = p.calls
			}
			if slices.Equal(calls, []string{"Profile"}) {
				var tables []string
				switch p := tt.plugin.(type) {
				case *columnProfiler:
					tables = p.tables
				case *profiler:
					tables = p.tables
				}
				if want := []string{"alpha", "rows_only", "zeta"}; !slices.Equal(tables, want) {
					t.Errorf("the plugin was asked for the tables %v, want %v", tables, want)
				}
			}
			if diff := cmp.Diff(tt.calls, calls); diff != "" {
				t.Errorf("the plugin's calls (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDialectClient_Profile: asked for whole tables, a column profiler
// profiles them whole.
func TestDialectClient_Profile(t *testing.T) {
	t.Parallel()
	p := &columnProfiler{}
	got, err := connect(t, &dialectServer{impl: p}).Profile(context.Background(), []string{"t"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fakeProfile(map[string][]string{"t": wholeColumns}), got); diff != "" {
		t.Errorf("Profile (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Profile"}, p.calls); diff != "" {
		t.Errorf("the plugin's calls (-want +got):\n%s", diff)
	}
}

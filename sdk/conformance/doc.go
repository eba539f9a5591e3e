// Package conformance is the test kit a plugin author runs from their own
// `go test` against their built plugin binary, started as a real go-plugin
// subprocess through the sdk's client side, exactly as rex starts it.
//
// [TestDialect] checks a dialect plugin: the handshake and what the plugin
// says about itself, its configuration schema, the schema it describes, a
// write/read round trip of every Django-native value kind with edge values,
// a rollback and a failed commit that leave nothing behind, reads that see
// one consistent snapshot, errors reported as errors, cancellation, and,
// for a dialect that profiles its data ([sdk.Profiler]), row counts and a
// profile of some columns ([sdk.ColumnProfiler]) that agrees with the
// whole-table one.
// Every check is a subtest named after what it checks, so one can be run
// alone with -run; the kit has no way to leave one out.
//
// [TestPlugin] checks a plugin of any other kind (a transform, a cipher, a
// sink or a listener): the handshake and metadata, its configuration
// schema, and that a valid block is taken and invalid ones refused as
// diagnostics naming their attribute.
//
// The author tells the kit how to start the plugin ([Command]) and how to
// make a fresh, empty store holding given tables ([Dialect].NewStore),
// which returns the plugin's configuration for that store: the attributes
// its HCL block would hold.
//
//	func TestConformance(t *testing.T) {
//		conformance.TestDialect(t, conformance.Dialect{
//			Plugin: conformance.Command{Path: "./bin/mydb"},
//			NewStore: func(t *testing.T, s *sdk.Schema) sdk.Config {
//				dir := t.TempDir()
//				// create s's tables in a new database under dir
//				return sdk.Config{"path": dir}
//			},
//		})
//	}
//
// A dialect that stores each engine's own representation (a SQLite text
// column holding a datetime) names the transform that converts it, usually
// rex's django transform ([Dialect].Transform); the kit then encodes before
// writing and decodes after reading, as a pipeline does.
package conformance

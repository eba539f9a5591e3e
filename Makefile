# rex: the two commands the README names, and a few helpers.
GO ?= go

.PHONY: build test quickstart fuzz bench bench-e2e vet proto

# A static binary: rex needs no C library (SQLite is modernc.org/sqlite,
# pure Go), and each of a run's processes maps none.
build:
	CGO_ENABLED=0 $(GO) build -o bin/rex ./cmd/rex

# Every test: unit, plugin, end-to-end (real subprocesses, WebSockets and
# SQLite files), the example plugin's own tests (a module of its own, run
# from its folder), then a short run of each fuzz target.
test: vet
	$(GO) test -count=1 -timeout 20m ./...
	cd examples/csv && $(GO) vet ./... && $(GO) test -count=1 -timeout 10m ./...
	$(MAKE) fuzz

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)

# Each fuzz target for a fixed number of inputs (seed corpora under
# testdata/fuzz). A count rather than a duration: a duration can end the
# run with "context deadline exceeded" though nothing failed. Should that
# still happen, the target runs once more; a real crash always writes
# "Failing input written to testdata/fuzz/..." and fails the build.
FUZZTIME ?= 10000x
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f"; \
	    for try in 1 2; do \
	      if $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 1s $$pkg > fuzz.out 2>&1; then cat fuzz.out; break; fi; \
	      cat fuzz.out; \
	      if [ $$try = 1 ] && grep -q 'context deadline exceeded' fuzz.out && ! grep -q 'Failing input written' fuzz.out; then echo "retrying $$f"; continue; fi; \
	      rm -f fuzz.out; exit 1; \
	    done; \
	  done; \
	done; rm -f fuzz.out
	cd examples/csv && $(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 1s .

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./sdk/ ./plugins/...
	cd examples/csv && $(GO) test -run '^$$' -bench . -benchmem .

# rex against the COPY pipe, pgloader, Django and the MySQL/SQLite floors,
# end to end on one generated dataset (docs/performance.md). SIZE is smoke,
# small or large; the report goes to bench/results/.
SIZE ?= small
bench-e2e:
	bash bench/setup.sh
	$(GO) run ./cmd/rexbench -size $(SIZE)

quickstart:
	bash pipelines/quickstart/run.sh

# Regenerate sdk/proto/rexv1 after a change to plugin.proto, with the
# generators the checked-in code names: protoc 3.21.12 (Debian's
# protobuf-compiler), protoc-gen-go v1.36.12, protoc-gen-go-grpc v1.5.1.
proto:
	GOBIN=$(CURDIR)/bin $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.12
	GOBIN=$(CURDIR)/bin $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1
	cd sdk/proto && PATH=$(CURDIR)/bin:$$PATH protoc --go_out=. --go_opt=paths=source_relative \
	  --go-grpc_out=. --go-grpc_opt=paths=source_relative rexv1/plugin.proto

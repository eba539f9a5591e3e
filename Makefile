# rex: the two commands the README names, and a few helpers.
GO ?= go

.PHONY: build test quickstart fuzz bench vet

build:
	$(GO) build -o bin/rex ./cmd/rex

# Every test: unit, plugin, end-to-end (real subprocesses, WebSockets and
# SQLite files), then a short run of each fuzz target.
test: vet
	$(GO) test -count=1 -timeout 20m ./...
	$(MAKE) fuzz

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)

# Each fuzz target for a short, fixed time (seed corpora under testdata/fuzz).
FUZZTIME ?= 5s
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./sdk/ ./plugins/...

quickstart:
	bash pipelines/quickstart/run.sh

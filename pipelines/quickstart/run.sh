#!/usr/bin/env bash
# The quickstart, end to end on SQLite: build rex, make keys, start a
# receiver, run the pipeline, print per-table counts.
#   bash pipelines/quickstart/run.sh   (or: make quickstart)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/var/quickstart"
cd "$root"
CGO_ENABLED=0 go build -o bin/rex ./cmd/rex
rex="$root/bin/rex"

rm -rf "$work" && mkdir -p "$work/var" "$work/keys"
cp pipelines/quickstart/pipeline.hcl pipelines/quickstart/receiver.hcl "$work/"
cp examples/quickstart/shop.sqlite3 "$work/var/shop.sqlite3"
cp examples/quickstart/dest.sqlite3 "$work/var/dest.sqlite3"
(cd "$work/keys" && "$rex" keygen receiver >/dev/null && "$rex" keygen sender >/dev/null)
export REX_TOKEN="${REX_TOKEN:-$(head -c 24 /dev/urandom | base64)}"

cd "$work"
"$rex" serve --once receiver.hcl 2> receiver.log &
serve=$!
trap 'kill $serve 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening on" receiver.log 2>/dev/null && break
  sleep 0.1
done
"$rex" run pipeline.hcl
wait $serve
trap - EXIT
echo "receiver committed; destination: $work/var/dest.sqlite3"

#!/usr/bin/env bash
# Load test of POST /api/summarize: builds the jar if needed, starts `khulasa serve` with a 512 MB heap on a
# free loopback port, posts the Arabic example cluster with wrk (64 connections, 2 threads, 30 s, after a short
# warm-up), prints throughput and latency percentiles, fails on any non-2xx response, and stops the server.
#
#   bench/wrk-summarize.sh                      # defaults below
#   DURATION=10s CONNECTIONS=16 bench/wrk-summarize.sh
#
# Needs: java, wrk (apt-get install wrk), curl, python3. Sends traffic to 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5s}"
HEAP="${HEAP:-512m}"
BUDGET_WORDS="${BUDGET_WORDS:-100}"
JAR="khulasa-app/target/khulasa.jar"
if [[ -z "${CLUSTER:-}" ]]; then
  if [[ -d examples/ar-cluster ]]; then CLUSTER=examples/ar-cluster
  else CLUSTER=khulasa-app/src/test/resources/clusters/ar-desalination; fi
fi

for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "wrk-summarize: $tool is not installed" >&2; exit 2; }
done
if [[ ! -f "$JAR" ]]; then
  echo "wrk-summarize: building $JAR"
  mvn -q -o install -DskipTests || mvn -q install -DskipTests
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The request body: every .txt/.html file of the cluster, id = file name, as the command line would read it.
python3 - "$CLUSTER" "$BUDGET_WORDS" > "$WORK/body.json" <<'PY'
import json, os, sys
cluster, words = sys.argv[1], int(sys.argv[2])
docs = []
for name in sorted(os.listdir(cluster)):
    path = os.path.join(cluster, name)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            docs.append({"id": name, "text": f.read()})
json.dump({"documents": docs, "budget": {"words": words}}, sys.stdout, ensure_ascii=False)
PY

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
java "-Xmx$HEAP" -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 120); do
  curl -fsS "$BASE/api/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "wrk-summarize: server exited:" >&2; cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$BASE/api/health" >/dev/null || { echo "wrk-summarize: server did not come up" >&2; cat "$WORK/server.log" >&2; exit 1; }

status="$(curl -sS -o "$WORK/one.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "$BASE/api/summarize")"
[[ "$status" == 200 ]] || { echo "wrk-summarize: a single request failed with HTTP $status: $(cat "$WORK/one.json")" >&2; exit 1; }
sentences="$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d["sentences"]), "sentences,", len(d["documents"]), "documents")' "$WORK/one.json")"

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("KHULASA_BODY"), "rb"))
wrk.body = f:read("*a")
f:close()

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write("----- khulasa summarize\n")
  io.write(string.format("summaries:   %d in %.1f s = %.1f summaries/s\n", summary.requests, seconds, summary.requests / seconds))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%-5s %8.1f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max  %8.1f ms\n", latency.max / 1000))
  local e = summary.errors
  io.write(string.format("non-2xx:     %d\n", e.status))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
end
LUA

export KHULASA_BODY="$WORK/body.json"
echo "wrk-summarize: $CLUSTER ($sentences, $(wc -c < "$WORK/body.json") bytes), heap $HEAP, $(nproc) cores"
if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
  echo "wrk-summarize: warming up for $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$WORK/post.lua" "$BASE/api/summarize" > /dev/null
fi
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$WORK/post.lua" "$BASE/api/summarize" | tee "$WORK/wrk.out"

rss_kb="$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')"
echo "server RSS after the run: $((rss_kb / 1024)) MB (heap capped at $HEAP)"
if grep -q "OutOfMemoryError" "$WORK/server.log"; then
  echo "wrk-summarize: FAIL: the server ran out of memory" >&2
  exit 1
fi
non2xx="$(awk '/^non-2xx:/ {print $2}' "$WORK/wrk.out")"
timeouts="$(awk '/^socket errors:/ {print $NF}' "$WORK/wrk.out")"
if [[ "${non2xx:-1}" != 0 || "${timeouts:-1}" != 0 ]]; then
  echo "wrk-summarize: FAIL: $non2xx non-2xx responses, $timeouts timeouts" >&2
  exit 1
fi
echo "wrk-summarize: OK: no non-2xx responses"

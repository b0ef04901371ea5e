#!/usr/bin/env bash
# Measures Preflight against the floors of this machine, side by side, and prints the table of ratios.
# Method and latest results: docs/PERFORMANCE.md. Everything runs on this machine only (servers on
# 127.0.0.1 ports, a fake of Slack's Web API) and stops what it started. About 10-13 minutes by default.
#
# Knobs (environment): REPEATS=3 WARMUP=2 DURATION=6 (seconds per measured run), WARM_SERVER=45 (seconds
# of unrecorded load on each newly started server: long enough for the JIT to finish compiling both),
# SCALING="10 1000 10000", EVENTS=1000000, JMH=1 (0 skips the JMH benchmarks), PROFILE=0 (1 records a JFR profile of Preflight during
# the c=8 runs), SKIP_BUILD=0, OUT=bench/target/run, APP_PORT=18100, BARE_PORT=18101, FAKE_PORT=18999.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8

REPEATS=${REPEATS:-3}
WARMUP=${WARMUP:-2}
DURATION=${DURATION:-6}
WARM_SERVER=${WARM_SERVER:-45}
SCALING=${SCALING:-10 1000 10000}
EVENTS=${EVENTS:-1000000}
JMH=${JMH:-1}
PROFILE=${PROFILE:-0}
OUT=${OUT:-bench/target/run}
SEEDS=${SEEDS:-bench/target/seeds}
# Below Linux's ephemeral range (32768-60999): a port there can be taken by an outgoing connection of the run.
APP_PORT=${APP_PORT:-18100}
BARE_PORT=${BARE_PORT:-18101}
FAKE_PORT=${FAKE_PORT:-18999}
MAIN_STORE=1000
JVM=(java -Xmx128m -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8)

# Secrets for a local run only: nothing here is a real Slack credential.
export SLACK_BOT_TOKEN=xoxb-bench-0000000000 SLACK_SIGNING_SECRET=benchsigningsecret0000
export SLACK_API_URL="http://127.0.0.1:${FAKE_PORT}/api/"

started=()
cleanup() {
    for pid in "${started[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${started[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

log() { printf '\n== %s\n' "$*"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "build"
    mvn -B -q package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT/db" "$SEEDS"
# Run from copies, so that a build during the run cannot change the jars under a running JVM.
cp bench/target/preflight-bench.jar "$OUT/bench.jar"
cp bot/target/preflight.jar "$OUT/preflight.jar"
BENCH=(java -Dfile.encoding=UTF-8 -jar "$OUT/bench.jar")
RESULTS="$OUT/results.tsv"

SERVE=("${JVM[@]}" -jar "$OUT/preflight.jar" serve)
BARE=("${JVM[@]}" -jar "$OUT/bench.jar" bare)

for port in "$APP_PORT" "$BARE_PORT" "$FAKE_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "port $port is in use on 127.0.0.1: stop what listens there or set APP_PORT, BARE_PORT, FAKE_PORT" >&2
        exit 1
    fi
done

log "machine"
{
    echo "nproc: $(nproc)"
    java -version 2>&1 | head -1
    grep -m1 'model name' /proc/cpuinfo || true
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

# Waits until $1/healthz answers 200 (or fails after 60 s).
ready() {
    for _ in $(seq 600); do
        if curl -fs -o /dev/null "http://127.0.0.1:$1/healthz"; then
            return 0
        fi
        sleep 0.1
    done
    echo "no 200 from port $1/healthz" >&2
    return 1
}

# start NAME PORT DB COMMAND...: starts a server in the background; its pid is in $pid.
start() {
    local name=$1 port=$2 db=$3
    shift 3
    PORT=$port PREFLIGHT_DB=$db "$@" >"$OUT/$name.log" 2>&1 &
    pid=$!
    started+=("$pid")
    ready "$port"
}

stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# fresh N: a copy of the seeded store with N active deployments, ready to be changed by a run.
fresh() {
    local copy="$OUT/db/run-$1.db"
    rm -f "$copy" "$copy-wal" "$copy-shm"
    cp "$SEEDS/store-$1.db" "$copy"
    echo "$copy"
}

# load LABEL PORT PID MIX C N [DB]: one closed-loop run, recorded in the results; with DB (the server's
# database file) clicks tick only items still open in it, and the ticks committed are counted.
load() {
    local db=()
    if [[ -n "${7:-}" ]]; then
        db=(--db "$7")
    fi
    "${BENCH[@]}" load --url "http://127.0.0.1:$2/slack/events" --label "$1" --server-pid "$3" --mix "$4" \
        -c "$5" --deployments "$6" --warmup "PT${WARMUP}S" --duration "PT${DURATION}S" \
        --response-url "http://127.0.0.1:${FAKE_PORT}/respond" --out "$RESULTS" "${db[@]}"
}

# warm PORT PID N [PORT PID N]: brings servers to steady state (JIT, caches) with unrecorded load at c=8,
# both at once: the JIT needs the traffic, not an idle machine.
warm() {
    local jobs=()
    while (($# >= 3)); do
        "${BENCH[@]}" load --url "http://127.0.0.1:$1/slack/events" --mix tick+status -c 8 --deployments "$3" \
            --warmup PT0S --duration "PT${WARM_SERVER}S" --response-url "http://127.0.0.1:${FAKE_PORT}/respond" \
            >/dev/null &
        jobs+=("$!")
        shift 3
    done
    for job in "${jobs[@]}"; do
        wait "$job"
    done
}

rss() {
    local kb
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$2/status")
    printf 'type=rss\tlabel=%s\tmb=%s\n' "$1" "$((kb / 1024))" >>"$RESULTS"
    echo "$1 RSS after load: $((kb / 1024)) MB"
}

"${BENCH[@]}" fake-slack --port "$FAKE_PORT" >"$OUT/fake-slack.log" 2>&1 &
started+=("$!")

log "seed stores ($EVENTS events each; kept in $SEEDS for later runs)"
# A seeded store is reused while the event count and the store's migrations are the same.
seed_key="$EVENTS events, migrations $(jar tf "$OUT/bench.jar" | grep '^db/migration/.*\.sql$' | sort | tr '\n' ' ')"
seeding=()
for n in $(printf '%s\n' $SCALING $MAIN_STORE | sort -un); do
    if [[ ! -f "$SEEDS/store-$n.db" || "$(cat "$SEEDS/store-$n.key" 2>/dev/null)" != "$seed_key" ]]; then
        rm -f "$SEEDS/store-$n".*
        ("${BENCH[@]}" seed --db "$SEEDS/store-$n.db" --active "$n" --events "$EVENTS" 2>&1 | grep -v INFO \
            && echo "$seed_key" >"$SEEDS/store-$n.key") &
        seeding+=("$!")
    fi
done
for job in "${seeding[@]}"; do
    wait "$job"
done

log "floor: raw SQLite commits in WAL mode"
"${BENCH[@]}" sqlite-floor --dir "$OUT/db" --duration PT3S --out "$RESULTS"

log "start to first 200 on /healthz"
"${BENCH[@]}" startup --label bare --runs 3 --health "http://127.0.0.1:$BARE_PORT/healthz" --out "$RESULTS" \
    --log "$OUT/startup-bare.log" \
    -- env PORT=$BARE_PORT "${BARE[@]}"
"${BENCH[@]}" startup --label preflight --runs 3 --health "http://127.0.0.1:$APP_PORT/healthz" --out "$RESULTS" \
    --log "$OUT/startup-preflight.log" \
    -- env PORT=$APP_PORT PREFLIGHT_DB="$(fresh $MAIN_STORE)" "${SERVE[@]}"

log "floor: the HTTP front end alone (no Bolt), tick+status"
start frontend "$BARE_PORT" "" "${BARE[@]}" --no-bolt
warm "$BARE_PORT" "$pid" "$MAIN_STORE"
for c in 1 8 32; do
    load frontend "$BARE_PORT" "$pid" tick+status "$c" "$MAIN_STORE"
done
stop "$pid"

for rep in $(seq "$REPEATS"); do
    log "repeat $rep of $REPEATS: Preflight on $MAIN_STORE active deployments and bare Bolt, side by side"
    start bare "$BARE_PORT" "" "${BARE[@]}"
    bare=$pid
    profile=()
    if [[ "$PROFILE" == 1 && "$rep" == 1 ]]; then
        profile=(-XX:StartFlightRecording=filename="$OUT/preflight.jfr",settings=profile)
    fi
    app_db=$(fresh $MAIN_STORE)
    start preflight-$rep "$APP_PORT" "$app_db" "${SERVE[0]}" "${profile[@]}" "${SERVE[@]:1}"
    app=$pid
    warm "$BARE_PORT" "$bare" "$MAIN_STORE" "$APP_PORT" "$app" "$MAIN_STORE"
    for c in 1 8 32; do
        load bare "$BARE_PORT" "$bare" tick+status "$c" "$MAIN_STORE"
        load preflight "$APP_PORT" "$app" tick+status "$c" "$MAIN_STORE" "$app_db"
    done
    load bare "$BARE_PORT" "$bare" tick 8 "$MAIN_STORE"
    load preflight "$APP_PORT" "$app" tick 8 "$MAIN_STORE" "$app_db"
    rss bare "$bare"
    rss preflight "$app"
    stop "$bare"
    stop "$app"
done

log "scaling: tick and status latency, c=8, by active deployments (1,000,000 events in each store)"
for n in $SCALING; do
    if [[ "$n" == "$MAIN_STORE" ]]; then
        continue
    fi
    scaled_db=$(fresh "$n")
    start preflight-$n "$APP_PORT" "$scaled_db" "${SERVE[@]}"
    warm "$APP_PORT" "$pid" "$n"
    for rep in $(seq "$REPEATS"); do
        load preflight "$APP_PORT" "$pid" tick+status 8 "$n" "$scaled_db"
    done
    stop "$pid"
done

if [[ "$JMH" == 1 ]]; then
    log "JMH: template parsing, Block Kit rendering, command parsing"
    java -Dfile.encoding=UTF-8 -cp "$OUT/bench.jar" org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s \
        -rf text -rff "$OUT/jmh.txt" 'TemplateParserBenchmark|BlockKitBenchmark|CommandParserBenchmark' \
        >"$OUT/jmh.log" 2>&1
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
log "results (medians of $REPEATS repeats; raw lines in $RESULTS)"
"${BENCH[@]}" table --scaling "$(tr ' ' ',' <<<"$SCALING")" --deployments "$MAIN_STORE" "$RESULTS" \
    | tee "$OUT/table.md"
if [[ -f "$OUT/jmh.txt" ]]; then
    echo
    cat "$OUT/jmh.txt"
fi

#!/usr/bin/env bash
# Starts Shopfloor with demo data in a temporary data directory, benchmarks it, stops it and prints the results.
#   bench/run.sh           both benchmarks
#   bench/run.sh http      issue 2: HTTP (Gatling) at 16 and 64 clients, and pgbench select-by-primary-key
#   bench/run.sh sync      issue 3: live-sync latency (1,000 WebSocket subscribers, 200 changes/s) and heap per
#                          idle connection (10,000 connections)
#   bench/run.sh orders    issue 4: POST /api/orders (Gatling) at 16 and 64 clients, random SKUs and one hot SKU,
#                          next to pgbench running the same SQL transaction (bench/pgbench/place_order.sql)
# Everything talks to 127.0.0.1 only. Tunables: BENCH_SECONDS (20), BENCH_WARMUP (20), BENCH_CLIENTS ("16,64"),
# SYNC_PLAN ("1000x200,1000x20,100x200": subscribers x commits/s per latency run), SYNC_SECONDS (30),
# IDLE_CONNECTIONS (10000), APP_HEAP (2g), ORDER_SKUS (1000 random SKUs with ORDER_UNITS (100000) each; the hot
# SKU gets HOT_UNITS (1000000), so no phase runs out of stock).
set -euo pipefail

WHAT="${1:-all}"
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
SECONDS_PER_PHASE="${BENCH_SECONDS:-20}"
WARMUP="${BENCH_WARMUP:-20}"
CLIENTS="${BENCH_CLIENTS:-16,64}"
APP_HEAP="${APP_HEAP:-2g}"
WORK="$(mktemp -d /tmp/shopfloor-bench.XXXXXX)"
RESULTS="$BENCH_DIR/target/results"
mkdir -p "$RESULTS" "$WORK/data"
rm -f "$RESULTS"/*.md
ADMIN_EMAIL="bench-admin@bench.local"
ADMIN_PASSWORD="bench-admin-password"
APP_PID=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
trap stop_app EXIT

# The app and the benchmarks need a JDK 21+; the default java here may be 17.
find_java() {
    local candidate version
    for candidate in ${JAVA:-} "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
        [[ -x "$candidate" ]] || continue
        version="$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
        if [[ "${version%%.*}" -ge 21 ]]; then echo "$candidate"; return; fi
    done
    echo "no JDK 21+ found; set JAVA=/path/to/bin/java" >&2
    exit 1
}
JAVA_BIN="$(find_java)"
JDK_BIN="$(dirname "$JAVA_BIN")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_app() {
    log "building the app jar"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package)
    local jar
    jar="$(ls "$ROOT"/target/shopfloor-*.jar | grep -v plain | head -1)"
    PORT="$(free_port)"
    BASE="http://127.0.0.1:$PORT"
    log "starting $jar on $BASE with demo data, data in $WORK/postgres"
    ulimit -n "$(ulimit -Hn)"
    # Rate limits off: every virtual client comes from 127.0.0.1 as one user.
    SHOPFLOOR_RATE_LIMIT_ENABLED=false SHOPFLOOR_DEMO_DATA=true SHOPFLOOR_ADMIN_EMAIL="$ADMIN_EMAIL" SHOPFLOOR_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    SHOPFLOOR_JWT_SECRET="bench-secret-bench-secret-bench-secret-0123456789" \
        "$JAVA_BIN" -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -jar "$jar" \
        --server.port="$PORT" \
        --shopfloor.database.data-dir="$WORK/postgres" \
        --server.tomcat.max-connections=30000 \
        --server.tomcat.accept-count=2000 \
        --logging.structured.format.console= \
        >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local started=$SECONDS
    until curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; exit 1; }
        (( SECONDS - started < 600 )) || { log "app not healthy after 600 s"; exit 1; }
        sleep 1
    done
    log "app healthy after $((SECONDS - started)) s (demo data included)"
    TOKEN="$(curl -fs -H 'Content-Type: application/json' \
        -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/auth/login" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
    # The embedded PostgreSQL's port is line 4 of postmaster.pid.
    PGPORT="$(sed -n 4p "$WORK/postgres/postmaster.pid")"
    export PGHOST=127.0.0.1 PGPORT PGUSER=shopfloor_owner PGPASSWORD=shopfloor_owner PGDATABASE=shopfloor
}

sql() { psql -X -A -t -q -c "$1"; }

http_bench() {
    log "exporting ids and filters for the load"
    sql "SELECT id FROM catalog_items ORDER BY random()" >"$WORK/data/items.txt"
    {
        sql "SELECT 'status=published&categoryId=' || id || '&limit=20' FROM catalog_categories"
        sql "SELECT 'sportId=' || id || '&minPrice=20&maxPrice=150&limit=20' FROM catalog_sports"
        sql "SELECT 'vendorId=' || id || '&status=published&limit=20' FROM vendors"
    } >"$WORK/data/lists.txt"
    log "$(wc -l <"$WORK/data/items.txt") items, $(wc -l <"$WORK/data/lists.txt") list queries"

    log "Gatling: ${WARMUP}s warm-up of all endpoints, then ${SECONDS_PER_PHASE}s per endpoint at ${CLIENTS} clients"
    (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml gatling:test \
        -Dgatling.simulationClass=dev.shopfloor.bench.HttpApiSimulation \
        -Dbench.baseUrl="$BASE" -Dbench.token="$TOKEN" \
        -Dbench.items="$WORK/data/items.txt" -Dbench.lists="$WORK/data/lists.txt" \
        -Dbench.clients="$CLIENTS" -Dbench.seconds="$SECONDS_PER_PHASE" -Dbench.warmup="$WARMUP" \
        -Dbench.out="$RESULTS/http.md") >"$WORK/gatling.log" 2>&1 || { tail -40 "$WORK/gatling.log" >&2; exit 1; }

    log "pgbench: SELECT by primary key over 100 item ids (one script per id, picked at random)"
    mkdir -p "$WORK/pgbench"
    local i=0 scripts=()
    while read -r id; do
        i=$((i + 1))
        sed "s/:id/'$id'/" "$BENCH_DIR/pgbench/select_item.sql" >"$WORK/pgbench/item$i.sql"
        scripts+=(-f "$WORK/pgbench/item$i.sql")
    done < <(head -100 "$WORK/data/items.txt")
    {
        echo "| pgbench clients | transactions | tps | p50 ms | p99 ms |"
        echo "|---|---|---|---|---|"
        for c in ${CLIENTS//,/ }; do
            rm -f "$WORK"/pgbench/log.*
            pgbench -n -M prepared -c "$c" -j 2 -T "$SECONDS_PER_PHASE" -l --log-prefix="$WORK/pgbench/log" \
                "${scripts[@]}" >"$WORK/pgbench/out$c.txt" 2>&1
            local tps count
            tps="$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench/out$c.txt")"
            count="$(awk '/number of transactions actually processed/ {print $6}' "$WORK/pgbench/out$c.txt")"
            # Per-transaction log: column 3 is the latency in microseconds.
            cat "$WORK"/pgbench/log.* | awk '{print $3}' | sort -n | awk -v c="$c" -v tps="$tps" -v n="$count" '
                { v[NR] = $1 }
                END {
                    i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
                    i99 = int(NR * 0.99); if (i99 < 1) i99 = 1
                    printf "| %s | %s | %.0f | %.2f | %.2f |\n", c, n, tps, v[i50] / 1000, v[i99] / 1000
                }'
        done
    } >"$RESULTS/pgbench.md"
}

sync_bench() {
    log "live-sync benchmark"
    (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml compile exec:exec \
        -Dexec.args="-Xmx3g -cp %classpath dev.shopfloor.bench.SyncBenchmark $BASE $TOKEN $APP_PID $PGPORT \
            ${SYNC_PLAN:-1000x200,1000x20,100x200} ${SYNC_SECONDS:-30} ${IDLE_CONNECTIONS:-10000} $RESULTS/sync.md") \
        2>&1 | tee "$WORK/sync.log" >&2
}

# pgbench percentiles from the per-transaction logs (column 3: latency in microseconds) of one run.
pgbench_row() {
    local label="$1" out="$2"
    local tps count failed
    tps="$(awk '/^tps/ {print $3; exit}' "$out")"
    count="$(awk '/number of transactions actually processed/ {print $6}' "$out")"
    failed="$(awk '/number of failed transactions/ {print $5}' "$out")"
    cat "$WORK"/pgbench/log.* | awk '{print $3}' | sort -n | awk -v l="$label" -v tps="$tps" -v n="$count" -v f="${failed:-0}" '
        { v[NR] = $1 }
        END {
            i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
            i99 = int(NR * 0.99); if (i99 < 1) i99 = 1
            printf "| %s | %s | %.0f | %.2f | %.2f | %s |\n", l, n, tps, v[i50] / 1000, v[i99] / 1000, f
        }'
}

orders_bench() {
    local skus="${ORDER_SKUS:-1000}"
    log "stock for $skus random SKUs (${ORDER_UNITS:-100000} each) and one hot SKU (${HOT_UNITS:-1000000}), as the owner"
    psql -X -q -v skus="$skus" -v units="${ORDER_UNITS:-100000}" -v hot_units="${HOT_UNITS:-1000000}" \
        -f "$BENCH_DIR/pgbench/orders_setup.sql" >&2
    sql "SELECT sku FROM bench_levels WHERE n > 0 ORDER BY n" >"$WORK/data/skus.txt"
    sql "SELECT id FROM bench_customers ORDER BY n" >"$WORK/data/customers.txt"
    local hot customers
    hot="$(sql "SELECT sku FROM bench_levels WHERE n = 0")"
    skus="$(wc -l <"$WORK/data/skus.txt")"
    customers="$(wc -l <"$WORK/data/customers.txt")"
    log "$skus random SKUs, hot SKU $hot, $customers customers"
    sql "SELECT 'before: ' || count(*) || ' orders' FROM orders" >&2

    log "Gatling: ${WARMUP}s warm-up, then ${SECONDS_PER_PHASE}s per scenario (random SKUs, hot SKU) at ${CLIENTS} clients"
    (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml gatling:test \
        -Dgatling.simulationClass=dev.shopfloor.bench.OrdersSimulation \
        -Dbench.baseUrl="$BASE" -Dbench.token="$TOKEN" \
        -Dbench.skus="$WORK/data/skus.txt" -Dbench.hotSku="$hot" -Dbench.customers="$WORK/data/customers.txt" \
        -Dbench.clients="$CLIENTS" -Dbench.seconds="$SECONDS_PER_PHASE" -Dbench.warmup="$WARMUP" \
        -Dbench.out="$RESULTS/orders.md") >"$WORK/gatling-orders.log" 2>&1 || { tail -40 "$WORK/gatling-orders.log" >&2; exit 1; }
    sql "SELECT 'after Gatling: ' || count(*) || ' orders' FROM orders" >&2

    log "pgbench: the order transaction (place_order.sql) as the app's role, random SKUs and hot SKU"
    mkdir -p "$WORK/pgbench"
    {
        echo "| pgbench scenario @ clients | transactions | tps | p50 ms | p99 ms | failed |"
        echo "|---|---|---|---|---|---|"
        for hot_flag in 0 1; do
            for c in ${CLIENTS//,/ }; do
                rm -f "$WORK"/pgbench/log.*
                PGUSER=shopfloor_app PGPASSWORD=shopfloor_app \
                    pgbench -n -M prepared -c "$c" -j 2 -T "$SECONDS_PER_PHASE" -l --log-prefix="$WORK/pgbench/log" \
                    -D skus="$skus" -D customers="$customers" -D hot="$hot_flag" \
                    -f "$BENCH_DIR/pgbench/place_order.sql" >"$WORK/pgbench/orders-$hot_flag-$c.txt" 2>&1 \
                    || { tail -20 "$WORK/pgbench/orders-$hot_flag-$c.txt" >&2; exit 1; }
                pgbench_row "$([[ $hot_flag == 1 ]] && echo "hot SKU" || echo "random SKUs") @$c" \
                    "$WORK/pgbench/orders-$hot_flag-$c.txt"
            done
        done
    } >"$RESULTS/pgbench-orders.md"

    log "books after the run"
    {
        echo
        echo "Books after the run (every level: onHand = sum of movements, reserved = sum of active holds):"
        echo
        sql "SELECT '- levels checked: ' || count(*) || ', drifting: ' || count(*) FILTER (WHERE l.on_hand <> coalesce(m.s, 0) OR l.reserved <> coalesce(h.s, 0))
               FROM stock_levels l
               LEFT JOIN (SELECT level_id, sum(quantity) s FROM stock_movements GROUP BY level_id) m ON m.level_id = l.id
               LEFT JOIN (SELECT level_id, sum(quantity) s FROM stock_reservations WHERE status = 'active' GROUP BY level_id) h ON h.level_id = l.id"
        sql "SELECT '- orders in the database: ' || count(*) FROM orders"
        sql "SELECT '- hot SKU: onHand ' || on_hand || ', reserved ' || reserved FROM stock_levels WHERE id = (SELECT level_id FROM bench_levels WHERE n = 0)"
    } >>"$RESULTS/pgbench-orders.md"
}

machine() {
    {
        echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
        echo "  $(free -g | awk '/Mem/ {print $2}') GB RAM, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "- JDK: $("$JAVA_BIN" -version 2>&1 | head -1), app heap $APP_HEAP; PostgreSQL $(sql 'SHOW server_version'); pgbench $(pgbench --version | awk '{print $3}')"
    } >"$RESULTS/machine.md"
}

start_app
machine
case "$WHAT" in
    http) http_bench ;;
    sync) sync_bench ;;
    orders) orders_bench ;;
    all) http_bench; sync_bench; orders_bench ;;
    *) echo "usage: $0 [http|sync|orders|all]" >&2; exit 2 ;;
esac
stop_app
for f in machine http pgbench sync orders pgbench-orders; do
    [[ -f "$RESULTS/$f.md" ]] && { echo; cat "$RESULTS/$f.md"; }
done
echo
echo "(app log, Gatling log and pgbench output kept in $WORK)"

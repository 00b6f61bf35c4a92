#!/usr/bin/env bash
# The load harness of docs/performance.md, in one run on this machine:
#   1. builds Samverka, the minimal reference app (bench/minimal) and the Gatling simulations (bench/gatling);
#   2. makes an empty database, migrates it, seeds 100,000 volunteers and 50,000 requests (bench/load/seed.sql);
#   3. measures start-up to the first 200 and RSS of both apps, production mode, -Xmx512m;
#   4. runs pgbench's one-row durable INSERT and every simulation at the same concurrency, both apps beside
#      each other, and checks that every acknowledged sign-up is stored once and one offer won;
#   5. writes the figures and the ratios between the markers in docs/performance.md.
# Everything listens on 127.0.0.1 only. Usage: bench/load/run.sh [seconds per run, default 30]
# (LOAD_VOLUNTEERS and LOAD_REQUESTS change the seeded volume, e.g. for a quick try of the script itself).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_PER_RUN=${1:-30}
DB=${LOAD_DB:-samverka_load}
APP_PORT=${LOAD_APP_PORT:-18080}
MIN_PORT=${LOAD_MIN_PORT:-18090}
OUT=target/load
mkdir -p "$OUT"
RESULTS=$OUT/results.md
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

if [ -z "${LOAD_SKIP_BUILD:-}" ]; then
  log "building"
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -f bench/minimal/pom.xml -DskipTests package
  ./mvnw -q -B -Pload test-compile
fi
# Gatling straight from java (the plugin's own launcher, without a Maven start per run)
./mvnw -q -B -Pload dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
GATLING_CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

log "fresh database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

export SAMVERKA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAMVERKA_DB_USER=postgres SAMVERKA_DB_PASSWORD=
# NOT A SECRET: a throw-away key for the load database only.
export SAMVERKA_RISK_KEY_ID=load SAMVERKA_HELPREQUEST_ENCRYPTION_KEYS_LOAD=QtZku0tGNRJN2Ifxk7ML8NafFkZrkunoS6rzK5jPtis=
export SAMVERKA_ADMIN_USERNAME=admin SAMVERKA_ADMIN_PASSWORD=admin-load-pass SAMVERKA_ADMIN_EMAIL=admin@load.invalid
export SAMVERKA_SMTP_HOST=127.0.0.1 SAMVERKA_SMTP_PORT=1
APP_FAT_JAR=$(ls target/samverka-*.jar | head -n 1)
# Samverka runs as README "Running it in production" says: the jar extracted, with a class data sharing archive
# from a training run (Spring Boot's CDS support); the minimal app, the reference, runs from its fat jar as it is
EXTRACTED=$OUT/app
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$APP_FAT_JAR" extract --destination "$EXTRACTED" >/dev/null
APP_JAR=$EXTRACTED/$(basename "$APP_FAT_JAR")
APP_CDS=$EXTRACTED/samverka.jsa
MIN_JAR=bench/minimal/target/minimal-1.jar
# the throughput runs post far more forms from 127.0.0.1 than a person could: raise the limits, as the issue did
RAISED=(--samverka.security.rate-limit.forms-per-ip.requests=100000000
  --samverka.security.rate-limit.forms-per-contact.requests=100000000
  --samverka.security.rate-limit.logins-per-ip.requests=100000000
  --samverka.security.rate-limit.logins-per-username.requests=100000000
  --samverka.notification.deliver=false
  # staff sign in with a password and then an e-mailed code; with delivery off the code is read from the page
  --samverka.account.second-factor.show-code-on-page=true
  # every simulated coordinator signs in; a real account may be sent only five codes in 15 minutes
  --samverka.account.second-factor.codes-per-window=100000000)

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# start NAME JAR PORT ARGS...: leaves the milliseconds to the first 200 on / in $START_MS and the pid in $STARTED
start() {
  local name=$1 jar=$2 port=$3; shift 3
  local t0; t0=$(date +%s%N)
  local jvm=()
  [ "$name" = app ] && [ -f "$APP_CDS" ] && jvm=(-XX:SharedArchiveFile="$APP_CDS" -Xlog:cds=off -Xlog:cds+dynamic=off)
  java -Xmx512m "${jvm[@]}" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "$@" >"$OUT/$name.log" 2>&1 &
  STARTED=$!
  PIDS+=("$STARTED")
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then
      START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$STARTED" 2>/dev/null || { log "$name died, see $OUT/$name.log"; exit 1; }
    sleep 0.1
  done
  log "$name did not answer within 120 s"; exit 1
}
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }
rss_mb() { local kb; kb=$(ps -o rss= -p "$1" | tr -d " "); echo $(( ${kb:-0} / 1024 )); }

log "first start: migrate the schema, make the minimal app's table"
start app "$APP_JAR" "$APP_PORT" "${RAISED[@]}"; stop "$STARTED"
start minimal "$MIN_JAR" "$MIN_PORT"; stop "$STARTED"
log "class data sharing: a training run that stops once the application context is refreshed"
java -Xmx512m -XX:ArchiveClassesAtExit="$APP_CDS" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 "${RAISED[@]}" >"$OUT/app-training.log" 2>&1

log "seeding"
"${PSQL[@]}" -d "$DB" -v volunteers="${LOAD_VOLUNTEERS:-100000}" -v requests="${LOAD_REQUESTS:-50000}" -f bench/load/seed.sql
"${PSQL[@]}" -d "$DB" -c "\\copy (SELECT id FROM help_request WHERE status IN ('NEW', 'OPEN') ORDER BY random() LIMIT 2000) TO '$OUT/open-requests.csv' CSV HEADER"
{ echo token; for i in $(seq 0 199); do echo "load-offer-$i"; done; } >"$OUT/offer-tokens.csv"
"${PSQL[@]}" -d "$DB" -c "CREATE TABLE IF NOT EXISTS pgbench_one_row (id BIGSERIAL PRIMARY KEY, email VARCHAR(254) NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())"
echo "INSERT INTO pgbench_one_row (email) VALUES ('ref' || random() || '@example.org');" >"$OUT/pgbench-insert.sql"

log "measured starts"
start app "$APP_JAR" "$APP_PORT" "${RAISED[@]}"; APP_START=$START_MS; APP_PID=$STARTED
start minimal "$MIN_JAR" "$MIN_PORT"; MIN_START=$START_MS; MIN_PID=$STARTED
APP_RSS_START=$(rss_mb "$APP_PID"); MIN_RSS_START=$(rss_mb "$MIN_PID")
PEAK_FILE=$OUT/rss-peak
echo 0 >"$PEAK_FILE"
( while kill -0 "$APP_PID" 2>/dev/null; do r=$(rss_mb "$APP_PID" 2>/dev/null || echo 0)
    [ "$r" -gt "$(cat "$PEAK_FILE")" ] && echo "$r" >"$PEAK_FILE"; sleep 1; done ) &
PIDS+=($!)

# gatling SIMULATION NAME USERS BASEURL [extra -D...]: runs one simulation, prints the results folder
gatling() {
  local sim=$1 name=$2 users=$3 base=$4; shift 4
  log "gatling $name ($users users, ${SECONDS_PER_RUN}s)"
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$GATLING_CP" -Dload.baseUrl="$base" -Dload.users="$users" -Dload.seconds="$SECONDS_PER_RUN" \
    -Dload.feeds="$OUT" -Dload.adminPassword="$SAMVERKA_ADMIN_PASSWORD" "$@" io.gatling.app.Gatling \
    --simulation "se.samverka.load.$sim" --results-folder target/gatling --run-description "$name" \
    >"$OUT/gatling-$name.log" 2>&1 || log "gatling $name reported failures"
  ls -td target/gatling/*/ | head -n 1
}
APP=http://127.0.0.1:$APP_PORT
MIN=http://127.0.0.1:$MIN_PORT
CSS=$(curl -fs "$APP/" | grep -o 'href="[^"]*samverka[^"]*\.css"' | head -n 1 | sed 's/href="//; s/"$//')

pgbench_tps() { pgbench -h 127.0.0.1 -U postgres -n -c "$1" -j 2 -T "$SECONDS_PER_RUN" -f "$OUT/pgbench-insert.sql" "$DB" 2>/dev/null \
  | awk '/^tps/ { printf "%.0f", $3 }'; }

: >"$OUT/runs.tsv"
run() { printf '%s\t%s\n' "$1" "$2" >>"$OUT/runs.tsv"; }

# the surge sign-up of spontaneous volunteers needs a running crisis: started in the database, seen by the app within
# the 15 s its banner cache keeps (crisis.CurrentCrisis), ended again before the other runs
"${PSQL[@]}" -d "$DB" -c "INSERT INTO crisis (id, name, kind, public_message, phone, started_at, expected_hours, contact_budget_raise, started_by) VALUES (md5('load-crisis')::uuid, 'Lastprov', 'POWER_CUT', 'Lastprov', '08-000 000', now(), 24, 0, 'load')"
sleep 16
for users in 8 32; do
  run "surge-$users" "$(gatling SurgeSignupSimulation surge-$users "$users" "$APP")"
done
"${PSQL[@]}" -d "$DB" -c "UPDATE crisis SET ended_at = now(), ended_by = 'load' WHERE id = md5('load-crisis')::uuid"
SURGE_STORED=$("${PSQL[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM spontaneous_volunteer WHERE name = 'Spontan Testsson'")
sleep 16

for users in 8 32; do
  run "pgbench-$users" "tps=$(pgbench_tps "$users")"
  run "signup-$users" "$(gatling SignupSimulation signup-$users "$users" "$APP")"
  run "minimal-form-$users" "$(gatling MinimalFormSimulation minimal-form-$users "$users" "$MIN")"
done
for users in 8 32; do
  run "home-$users" "$(gatling PublicPagesSimulation home-$users "$users" "$APP" -Dload.page=/)"
  run "efforts-$users" "$(gatling PublicPagesSimulation efforts-$users "$users" "$APP" -Dload.page=/insatser)"
  run "signup-form-$users" "$(gatling PublicPagesSimulation signup-form-$users "$users" "$APP" -Dload.page=/bli-volontar)"
  run "css-$users" "$(gatling PublicPagesSimulation css-$users "$users" "$APP" -Dload.page="$CSS")"
  run "minimal-page-$users" "$(gatling PublicPagesSimulation minimal-page-$users "$users" "$MIN" -Dload.page=/)"
done
run "coordinator-8" "$(gatling CoordinatorSimulation coordinator-8 8 "$APP")"
# staff_page NAME PAGE: the page unpaced (saturation), then paced at half the rate it reached (half saturation)
staff_page() {
  local name=$1 page=$2 folder rate
  folder=$(gatling StaffPageSimulation "$name-8" 8 "$APP" "-Dload.page=$page")
  run "$name-8" "$folder"
  rate=$(python3 bench/load/report.py --half "$folder" "GET $(printf '%s' "$page" | sed 's/#{id}/{id}/')")
  run "$name-half" "$(gatling StaffPageSimulation "$name-half" 8 "$APP" "-Dload.page=$page" "-Dload.rate=$rate")"
}
staff_page queue /samordning
staff_page request '/samordning/arenden/#{id}'
staff_page suggestions '/samordning/arenden/#{id}/volontarer'
staff_page measures /samordning/matt
staff_page overview /samverkan/oversikt
run "isolation-8" "$(gatling IsolationSimulation isolation-8 8 "$APP")"
run "accept-200" "$(gatling AcceptSameOfferSimulation accept-200 200 "$APP")"
run "crisis-mix-32" "$(gatling CrisisMixSimulation crisis-mix-32 32 "$APP")"

STORED=$("${PSQL[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM volunteer WHERE email LIKE 'load%@example.org' AND email NOT LIKE 'load.volunteer%'")
DOUBLED=$("${PSQL[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM (SELECT lower(email) FROM volunteer GROUP BY lower(email) HAVING COUNT(*) > 1) d")
ACCEPTED=$("${PSQL[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM callout_ask WHERE callout_id = md5('offered')::uuid AND status = 'ACCEPTED'")
ASSIGNED=$("${PSQL[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM assignment WHERE request_id = md5('offered')::uuid AND status = 'ACTIVE'")
APP_RSS_PEAK=$(cat "$PEAK_FILE")

python3 bench/load/report.py "$OUT/runs.tsv" \
  --start "$APP_START" "$MIN_START" --rss "$APP_RSS_START" "$APP_RSS_PEAK" "$MIN_RSS_START" \
  --stored "$STORED" --surge-stored "$SURGE_STORED" --doubled "$DOUBLED" --accepted "$ACCEPTED" --assigned "$ASSIGNED" \
  --seconds "$SECONDS_PER_RUN" >"$RESULTS"
python3 bench/load/report.py --into docs/performance.md "$RESULTS"
log "done: $RESULTS (and docs/performance.md between the load markers)"

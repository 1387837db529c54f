#!/usr/bin/env bash
# The load harness (docs/performance.md): bash bench/run.sh
#
# Builds Release; for SQLite and then PostgreSQL (a throwaway cluster like scripts/test.sh's,
# or the server in TEST_POSTGRES) starts the portal as a real process on loopback (Development
# environment: demo accounts, MFA off; logging shaped as in production; the reference page on),
# grows the demo DDAT trust to 200 schools through the bulk seeder (bench/SchoolImprovement.Bench
# `seed`), signs in as the CEO, the linked officer and the headteacher, and drives each main page
# and the one-query reference page with wrk (32 connections, 2 threads, BENCH_DURATION each).
# Then adds BENCH_OTHER_TRUSTS other trusts of 200 schools to the same database and does it again.
# Prints a markdown table (also written to $BENCH_OUT): requests/s, p50/p95/p99 and the ratio to
# the reference page measured in the same pass (mean of a run before and one after the pages).
#
# Settings (environment): BENCH_DURATION (default 5s), BENCH_CONNECTIONS (32), BENCH_OTHER_TRUSTS (50),
# BENCH_DATABASES ("sqlite postgres"), BENCH_SCHOOLS (200), BENCH_OUT (artifacts/bench/results.md),
# BENCH_PROFILE=1 (a perf profile of the CEO's BENCH_PROFILE_PATH, default /dashboard, under load after each pass),
# BENCH_PAGES (a bash regex on "role page", e.g. 'CEO dashboard': only those pages).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/test-env.sh
source "$repo/scripts/lib/test-env.sh"
note() { printf '[bench] %s\n' "$*" >&2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
duration="${BENCH_DURATION:-5s}"
connections="${BENCH_CONNECTIONS:-32}"
others="${BENCH_OTHER_TRUSTS:-50}"
schools="${BENCH_SCHOOLS:-200}"
databases="${BENCH_DATABASES:-sqlite postgres}"
out="${BENCH_OUT:-$repo/artifacts/bench/results.md}"
mkdir -p "$(dirname "$out")"
work="$(mktemp -d /tmp/portal-bench.XXXXXX)"
portal_pid=""

cleanup() {
  if [[ -n "$portal_pid" ]]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  pg_cluster_stop
  rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! command -v wrk >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    note "installing wrk"
    apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends wrk >/dev/null
  else
    note "wrk is missing: sudo apt-get install wrk"; exit 1
  fi
fi

started=$(date +%s)
note "building (Release)"
dotnet build bench/SchoolImprovement.Bench -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
web="$repo/src/SchoolImprovement.Web/bin/Release/net10.0"
seeder=(dotnet "$repo/bench/SchoolImprovement.Bench/bin/Release/net10.0/SchoolImprovement.Bench.dll" seed)

free_port() { local p=5600; while port_in_use "$p"; do p=$((p + 1)); done; printf '%s' "$p"; }

# start_portal <provider> <connection string>: sets $base and $portal_pid
start_portal() {
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  mkdir -p "$work/logs" "$work/mail"
  ( cd "$web" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" \
      Database__Provider="$1" Database__ConnectionString="$2" Demo__Enabled=true \
      Security__RequireMfaForStaff=false Diagnostics__ReferencePage=true Email__PickupFolder="$work/mail" \
      Serilog__WriteTo__0__Args__configure__0__Args__formatter="Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" \
      Serilog__WriteTo__0__Args__configure__1__Args__path="$work/logs/portal-.log" \
      DOTNET_PerfMapEnabled="${BENCH_PROFILE:-0}" DOTNET_EnableWriteXorExecute="$(( ${BENCH_PROFILE:-0} == 1 ? 0 : 1 ))" \
      dotnet SchoolImprovement.Web.dll ) >"$work/portal.out" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$base/health"; then return 0; fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then tail -50 "$work/portal.out" >&2; note "the portal exited"; exit 1; fi
    sleep 0.5
  done
  note "the portal did not answer /health within 2 minutes"; tail -50 "$work/portal.out" >&2; exit 1
}

stop_portal() { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; portal_pid=""; }

# sign_in <email>: prints a Cookie header value for that signed-in person
sign_in() {
  local jar="$work/jar.$RANDOM" token
  token="$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)"
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "Email=$1" --data-urlencode "Password=demo-password-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in")"
  [[ "$code" == 302 ]] || { note "sign-in as $1 answered $code"; exit 1; }
  awk -F'\t' 'NF >= 7 { sub(/^#HttpOnly_/, "", $1); if ($1 !~ /^#/) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# measure <cookie> <path> <warm 0|1>: prints "rps p50 p95 p99" (exits when the page is not a 200)
measure() {
  local code
  code="$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $1" "$base$2")"
  [[ "$code" == 200 ]] || { note "GET $2 answered $code, not 200"; exit 1; }
  if [[ "$3" == 1 ]]; then wrk -t2 -c8 -d1s -H "Cookie: $1" "$base$2" >/dev/null; fi
  local line
  line="$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s -H "Cookie: $1" -s "$repo/bench/wrk-report.lua" "$base$2" | grep '^RESULT')"
  read -r _ rps p50 p95 p99 bad errors <<<"$line"
  if (( bad > 0 || errors > 0 )); then note "GET $2: $bad non-2xx/3xx answers and $errors socket errors under load"; fi
  printf '%s %s %s %s' "$rps" "$p50" "$p95" "$p99"
}

# profile <db> <trusts> <cookie> <path>: with BENCH_PROFILE=1, a perf profile of the portal process
# while wrk loads the page: CPU by thread and library, and its hottest functions (JIT-compiled
# methods named through DOTNET_PerfMapEnabled's map; W^X off so perf can attribute them).
profiles=()
profile() {
  [[ "${BENCH_PROFILE:-0}" == 1 ]] || return 0
  command -v perf >/dev/null 2>&1 || { note "no perf: no profile"; return 0; }
  note "$1, $2: profiling $4"
  local data="$work/perf.data" seconds="${duration%s}"
  perf record -p "$portal_pid" -F 999 -o "$data" -- sleep "$seconds" >/dev/null 2>&1 &
  local perf_pid=$!
  wrk -t2 -c"$connections" -d"$duration" -H "Cookie: $3" "$base$4" >/dev/null
  wait "$perf_pid" || true
  profiles+=("### $4, $1, $2" "" "The portal's CPU samples by thread and library:" "" '```'
    "$( (perf report -i "$data" --sort comm,dso --stdio 2>/dev/null | grep -v -e '^#' -e '^$' | head -15) || true)" '```' ""
    "The portal's hottest functions (self time):" "" '```'
    "$( (perf report -i "$data" --sort dso,sym --stdio 2>/dev/null | grep -v -e '^#' -e '^$' | head -30) || true)" '```' "")
}

rows=()
# pass <database label> <trusts label> <warm 0|1>
pass() {
  local db="$1" trusts="$2" warm="$3" ref1 ref2 ref
  local -a pages=(
    "cookie_ceo|CEO|dashboard|/dashboard" "cookie_ceo|CEO|school list|/schools" "cookie_ceo|CEO|school profile|/schools/$school" "cookie_ceo|CEO|actions|/actions" "cookie_ceo|CEO|categorisations|/schools/$school/categorisation"
    "cookie_ceo|CEO|returns|/returns" "cookie_ceo|CEO|data heat map|/data" "cookie_ceo|CEO|spotlight|/data/spotlight" "cookie_ceo|CEO|school data|/data/schools/$school"
    "cookie_ceo|CEO|spotlight projects|/spotlight" "cookie_ceo|CEO|spotlight project|/spotlight/$spotlight_id" "cookie_ceo|CEO|concerns|/concerns" "cookie_ceo|CEO|due list|/due"
    "cookie_officer|officer|dashboard|/dashboard?Officer=$officer_id" "cookie_officer|officer|school list|/schools" "cookie_officer|officer|school profile|/schools/$school" "cookie_officer|officer|actions|/actions" "cookie_officer|officer|categorisations|/schools/$school/categorisation"
    "cookie_officer|officer|returns|/returns" "cookie_officer|officer|school returns|/schools/$school/returns" "cookie_officer|officer|spotlight projects|/spotlight" "cookie_officer|officer|school visits|/schools/$school/visits" "cookie_officer|officer|visits (mine)|/visits"
    "cookie_officer|officer|due list (mine)|/due?mine=true"
    "cookie_head|headteacher|school list|/schools" "cookie_head|headteacher|school profile|/schools/$school" "cookie_head|headteacher|actions (mine)|/actions/mine" "cookie_head|headteacher|categorisations|/schools/$school/categorisation"
    "cookie_head|headteacher|school returns|/schools/$school/returns" "cookie_head|headteacher|school data|/data/schools/$school" "cookie_head|headteacher|data entry|/schools/$school/data" "cookie_head|headteacher|school visits|/schools/$school/visits"
  )
  note "$db, $trusts: reference page"
  ref1="$(measure "$cookie_ceo" /diagnostics/reference "$warm")"
  local -a results=()
  for entry in "${pages[@]}"; do
    IFS='|' read -r who role page path <<<"$entry"
    if [[ -n "${BENCH_PAGES:-}" && ! "$role $page" =~ ${BENCH_PAGES} ]]; then continue; fi
    note "$db, $trusts: $role $page ($path)"
    results+=("$role|$page|$(measure "${!who}" "$path" "$warm")")
  done
  ref2="$(measure "$cookie_ceo" /diagnostics/reference 0)"
  profile "$db" "$trusts" "$cookie_ceo" "${BENCH_PROFILE_PATH:-/dashboard}"
  read -r r1 a1 b1 c1 <<<"$ref1"; read -r r2 a2 b2 c2 <<<"$ref2"
  ref="$(awk -v a="$r1" -v b="$r2" 'BEGIN { printf "%.1f", (a + b) / 2 }')"
  rows+=("| reference (1 query) | CEO | $db | $trusts | $ref | $(awk -v a="$a1" -v b="$a2" 'BEGIN{printf "%.1f",(a+b)/2}') | $(awk -v a="$b1" -v b="$b2" 'BEGIN{printf "%.1f",(a+b)/2}') | $(awk -v a="$c1" -v b="$c2" 'BEGIN{printf "%.1f",(a+b)/2}') | 1.00 | ($r1 / $r2) |")
  for result in "${results[@]}"; do
    IFS='|' read -r role page numbers <<<"$result"
    read -r rps p50 p95 p99 <<<"$numbers"
    rows+=("$(awk -v role="$role" -v page="$page" -v db="$db" -v t="$trusts" -v rps="$rps" -v p50="$p50" -v p95="$p95" -v p99="$p99" -v ref="$ref" 'BEGIN {
      ratio = rps / ref; ok = (ratio >= 0.25 && p95 <= 50) ? "yes" : "no"
      printf "| %s | %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %s |", page, role, db, t, rps, p50, p95, p99, ratio, ok }')")
  done
}

load_before="$(uptime)"
for database in $databases; do
  case "$database" in
    sqlite)
      provider=Sqlite label=SQLite
      connection="Data Source=$work/portal.db" ;;
    postgres)
      provider=Postgres label=PostgreSQL
      if [[ -z "${TEST_POSTGRES:-}" ]]; then ensure_test_packages; pg_cluster_start; fi
      [[ -n "${TEST_POSTGRES:-}" ]] || { note "no PostgreSQL: skipping"; continue; }
      connection="${TEST_POSTGRES/Database=postgres/Database=portal_bench_$$}"
      [[ "$connection" == *portal_bench_* ]] || connection="$TEST_POSTGRES;Database=portal_bench_$$" ;;
    *) note "unknown database $database"; exit 2 ;;
  esac
  note "$label: starting the portal"
  start_portal "$provider" "$connection"
  seeded="$("${seeder[@]}" grow --provider "$provider" --connection "$connection" --schools "$schools")"
  school="$(sed -n 's/^SCHOOL_ID=//p' <<<"$seeded")"
  officer_id="$(sed -n 's/^OFFICER_ID=//p' <<<"$seeded")"
  spotlight_id="$(sed -n 's/^SPOTLIGHT_ID=//p' <<<"$seeded")"
  # pass reads each cookie by its variable's name (the first field of a page entry)
  cookie_ceo="$(sign_in ceo@ddat.example)"
  cookie_officer="$(sign_in officer@ddat.example)"
  cookie_head="$(sign_in headteacher@ddat.example)"
  pass "$label" "1 trust" 1
  if (( others > 0 )); then
    note "$label: seeding $others other trusts of $schools schools"
    "${seeder[@]}" others --provider "$provider" --connection "$connection" --trusts "$others" --schools "$schools" >/dev/null
    pass "$label" "1 + $others trusts" 0
  fi
  stop_portal
done
load_after="$(uptime)"

{
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo); load before: ${load_before##*load average: }; after: ${load_after##*load average: }"
  echo "wrk: $connections connections, 2 threads, $duration per page; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $(( $(date +%s) - started )) s in all"
  echo
  echo "| page | role | database | trusts in the database | requests/s | p50 ms | p95 ms | p99 ms | ratio to reference | goal met |"
  echo "|---|---|---|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  if (( ${#profiles[@]} )); then echo; printf '%s\n' "${profiles[@]}"; fi
} | tee "$out"
note "written to ${out#"$repo"/}"

# shellcheck shell=bash
# Helpers for the test scripts: system packages the tests need, a throwaway PostgreSQL
# cluster, and the closing summary computed from .trx files.
# Source it from a script that has `set -euo pipefail`; it defines functions only.
#
# Environment the C# tests read (set here, never required):
#   TEST_POSTGRES  Npgsql connection string of a superuser on a throwaway cluster
#   CHROMIUM_PATH  path of Debian's chromium for the Playwright tests

readonly TEST_ENV_CHROMIUM=/usr/bin/chromium
readonly TEST_ENV_DEJAVU=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
readonly TEST_ENV_NGINX=/usr/sbin/nginx
readonly TEST_ENV_PDFTOTEXT=/usr/bin/pdftotext

note() { printf '[test] %s\n' "$*" >&2; }

# Newest /usr/lib/postgresql/<ver>/bin holding initdb, pg_ctl and postgres; empty if none.
# (A /usr/local/bin/initdb may exist without the rest: never trust PATH here.)
pg_find_bindir() {
  local dir best="" best_ver=-1 ver
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] || continue
    ver="${dir#/usr/lib/postgresql/}"
    ver="${ver%%/*}"
    ver="${ver%%.*}"
    [[ "$ver" =~ ^[0-9]+$ ]] || ver=0
    if (( ver > best_ver )); then best_ver=$ver; best=$dir; fi
  done
  printf '%s' "$best"
}

# Install (as root) whichever of postgresql, chromium, fonts-dejavu-core, nginx (the
# two-instance test's proxy) and poppler-utils (pdftotext/pdffonts for the PDF tests) is missing.
# Not root: print a note; the tests that need them skip themselves.
ensure_test_packages() {
  local missing=()
  [[ -n "$(pg_find_bindir)" ]] || missing+=(postgresql)
  [[ -x "$TEST_ENV_CHROMIUM" ]] || missing+=(chromium)
  [[ -f "$TEST_ENV_DEJAVU" ]] || missing+=(fonts-dejavu-core)
  [[ -x "$TEST_ENV_NGINX" ]] || missing+=(nginx)
  [[ -x "$TEST_ENV_PDFTOTEXT" ]] || missing+=(poppler-utils)
  (( ${#missing[@]} )) || return 0

  if [[ "$(id -u)" -ne 0 ]]; then
    note "missing: ${missing[*]} (not root, not installing; tests that need them will skip)"
    note "install with: sudo apt-get install --no-install-recommends ${missing[*]}"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    note "missing: ${missing[*]} and no apt-get here; tests that need them will skip"
    return 0
  fi
  note "installing: ${missing[*]}"
  # Wait for another apt/dpkg run instead of failing on its lock.
  apt-get -o DPkg::Lock::Timeout=600 update -q
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
    --no-install-recommends "${missing[@]}"
}

# Is something already accepting connections on 127.0.0.1:$1 ?
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# State of the cluster started by pg_cluster_start (read by pg_cluster_stop).
PG_TMP=""
PG_BIN=""
PG_STARTED=0

# Run a PostgreSQL binary as the cluster's owner: the `postgres` OS user when we are root
# (initdb and postgres refuse to run as root), ourselves otherwise. Runs from $PG_TMP so the
# other user never needs access to our working directory. `env -C`, not the `cd` builtin:
# after a SIGPIPE on our stdout (`bash scripts/test.sh | head`) bash's builtins report the
# stale write error and fail, which would skip the stop in the EXIT trap.
pg_as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- env -C "$PG_TMP" "$@"
  else
    env -C "$PG_TMP" "$@"
  fi
}

# Start a throwaway cluster and export TEST_POSTGRES. With no PostgreSQL binaries installed it
# prints a note and returns 0 leaving TEST_POSTGRES unset (the tests skip); it returns 1 when
# they are installed but the cluster will not start. Call it plainly (not under `||` or `if`)
# so that `set -e` stays in force inside. The caller must arrange `pg_cluster_stop` on EXIT.
pg_cluster_start() {
  PG_BIN="$(pg_find_bindir)"
  if [[ -z "$PG_BIN" ]]; then
    note "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin; PostgreSQL tests will skip"
    return 0
  fi
  if [[ "$(id -u)" -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    note "running as root but there is no 'postgres' OS user to own the cluster"
    return 1
  fi

  # /tmp rather than $TMPDIR when root: the postgres user must be able to reach it.
  if [[ "$(id -u)" -eq 0 ]]; then
    PG_TMP="$(mktemp -d /tmp/si-test-pg.XXXXXX)"
  else
    PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/si-test-pg.XXXXXX")"
  fi
  printf 'portal\n' >"$PG_TMP/pwfile"
  chmod 600 "$PG_TMP/pwfile"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown -R postgres: "$PG_TMP"
  fi

  pg_as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U portal --pwfile="$PG_TMP/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync \
    >"$PG_TMP/initdb.log" 2>&1 || {
    note "initdb failed:"
    cat "$PG_TMP/initdb.log" >&2
    return 1
  }
  # Loopback only: pg_hba.conf from initdb allows local + 127.0.0.1/::1 and nothing else.
  cat >>"$PG_TMP/data/postgresql.conf" <<EOF

# throwaway test cluster (scripts/lib/test-env.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_TMP'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
log_min_messages = warning
EOF

  local port="${TEST_POSTGRES_PORT:-55432}" tries=0
  while :; do
    if ! port_in_use "$port"; then
      if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" \
        -o "-p $port" -w -t 60 start >"$PG_TMP/pg_ctl.log" 2>&1; then
        break
      fi
      # Stopped (or never ran); do not leave a half-started server behind.
      pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    tries=$((tries + 1))
    if (( tries >= 20 )); then
      note "could not start PostgreSQL (last port tried: $port):"
      cat "$PG_TMP/pg_ctl.log" "$PG_TMP/server.log" >&2 2>/dev/null || true
      return 1
    fi
    port=$((port + 1))
  done
  PG_STARTED=1

  export TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal;Password=portal;Database=postgres"
  note "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PG_TMP)"
}

# Stop the cluster and remove its directory. Safe to call twice or when nothing started;
# never fails (it runs from an EXIT trap).
pg_cluster_stop() {
  local pid
  if [[ "$PG_STARTED" -eq 1 && -n "$PG_TMP" && -d "$PG_TMP/data" ]]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    # Should pg_ctl have failed, never leave a server running on a deleted directory.
    if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
      pid="$(head -n 1 "$PG_TMP/data/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ ]]; then
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 1
        if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
      fi
    fi
  fi
  PG_STARTED=0
  if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
    rm -rf -- "$PG_TMP" || true
  fi
  PG_TMP=""
}

# Sum the <Counters> of every .trx under $1 and print "total executed passed".
trx_counts() {
  local dir="$1" files
  files="$(find "$dir" -type f -name '*.trx' 2>/dev/null || true)"
  if [[ -z "$files" ]]; then
    echo "0 0 0"
    return 0
  fi
  # The trx logger writes <Counters .../> on one line.
  printf '%s\n' "$files" | while IFS= read -r f; do cat -- "$f"; done | awk '
    function attr(s, name,   m) {
      if (match(s, name "=\"[0-9]+\"")) {
        m = substr(s, RSTART, RLENGTH); sub(/^[^"]*"/, "", m); sub(/"$/, "", m); return m + 0
      }
      return 0
    }
    /<Counters[ \t]/ {
      s = $0; sub(/.*<Counters[ \t]/, "", s); sub(/\/?>.*/, "", s)
      total += attr(s, "total"); executed += attr(s, "executed"); passed += attr(s, "passed")
    }
    END { printf "%d %d %d\n", total, executed, passed }'
}

# Sum the per-assembly console lines of `dotnet test` in log $1
# ("Passed!  - Failed: 0, Passed: 5, Skipped: 1, Total: 6, ...") and print
# "total failed passed skipped assemblies".
console_counts() {
  awk '
    /(Passed|Failed)! +- +Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+, *Total: *[0-9]+/ {
      s = $0; sub(/.*(Passed|Failed)! +- +/, "", s); gsub(/ /, "", s)
      n = split(s, parts, ",")
      for (i = 1; i <= n; i++) {
        split(parts[i], kv, ":")
        if (kv[1] == "Failed") f += kv[2]; else if (kv[1] == "Passed") p += kv[2]
        else if (kv[1] == "Skipped") k += kv[2]; else if (kv[1] == "Total") t += kv[2]
      }
      a++
    }
    END { printf "%d %d %d %d %d\n", t, f, p, k, a }' "$1"
}

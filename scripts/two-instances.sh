#!/usr/bin/env bash
# Two portal instances behind nginx on loopback, sharing one PostgreSQL database (ADR 0017;
# docs/operations.md, "Running several instances"). For trying the scale-out topology locally:
#
#   bash scripts/two-instances.sh                       a throwaway PostgreSQL cluster (as scripts/test.sh)
#   PORTAL_DB='Host=...;Database=...;Username=...;Password=...' bash scripts/two-instances.sh
#                                                       an existing database (it is migrated and, when
#                                                       empty, seeded with the demo trusts)
#
# It publishes a Release build, starts instance "one" (migrates, seeds the demo trusts) and then
# instance "two" (neither), writes an nginx configuration into a temporary folder (round robin, a
# dead instance skipped: proxy_next_upstream error), prints the address and stops everything on
# Ctrl-C. nginx connects to the instances from 127.0.0.2, the one address they trust
# X-Forwarded-For from; every response names its instance in X-Portal-Instance.
#
# Settings (environment): PORTAL_DB as above; PORTAL_ENVIRONMENT (Development: plain-http cookies
# and the demo's sign-in list in the log); PORTAL_REVOCATION_SECONDS (30); PORTAL_PORT (nginx's
# port; a free one from 8080 up by default). Needs nginx (Debian package nginx) and, without
# PORTAL_DB, PostgreSQL's server binaries.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/test-env.sh
source "$repo/scripts/lib/test-env.sh"
note() { printf '[two-instances] %s\n' "$*" >&2; }

nginx_bin="$(command -v nginx || true)"
[[ -n "$nginx_bin" ]] || nginx_bin=/usr/sbin/nginx
if [[ ! -x "$nginx_bin" ]]; then
  note "nginx is not installed (sudo apt-get install --no-install-recommends nginx)"
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/portal-two-instances.XXXXXX")"
chmod 711 "$work"
pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  pg_cluster_stop
  rm -rf -- "$work"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# First free port from $1 on 127.0.0.1.
free_port() {
  local port="$1"
  while port_in_use "$port"; do port=$((port + 1)); done
  printf '%s' "$port"
}

# Wait until 127.0.0.1:$1 accepts connections, or fail when process $2 has exited.
wait_listening() {
  local port="$1" pid="$2" name="$3" tries=0
  until port_in_use "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      note "$name exited before listening; its log: $work/$name.log"
      tail -n 40 "$work/$name.log" >&2 || true
      exit 1
    fi
    tries=$((tries + 1))
    if (( tries > 1800 )); then
      note "$name is not listening on $port after 3 minutes"
      exit 1
    fi
    sleep 0.1
  done
}

if [[ -n "${PORTAL_DB:-}" ]]; then
  database="$PORTAL_DB"
else
  pg_cluster_start
  if [[ -z "${TEST_POSTGRES:-}" ]]; then
    note "no PostgreSQL: install postgresql or set PORTAL_DB to a connection string"
    exit 1
  fi
  database="$TEST_POSTGRES"   # the throwaway cluster's own database: it goes with the cluster
fi

note "publishing a Release build into $work/app"
dotnet publish src/SchoolImprovement.Web -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || {
  cat "$work/publish.log" >&2
  exit 1
}

environment="${PORTAL_ENVIRONMENT:-Development}"
revocation="${PORTAL_REVOCATION_SECONDS:-30}"
proxy_address=127.0.0.2

# start_instance NAME PORT FIRST(true|false)
start_instance() {
  local name="$1" port="$2" first="$3"
  (
    cd "$work/app"
    exec env \
      ASPNETCORE_ENVIRONMENT="$environment" DOTNET_ENVIRONMENT="$environment" \
      ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_HTTP_PORTS= \
      Database__Provider=Postgres Database__ConnectionString="$database" \
      Database__MigrateOnStartup="$first" Demo__Enabled="$first" \
      Security__SessionRevocationSeconds="$revocation" \
      ForwardedHeaders__KnownProxies="$proxy_address" \
      Portal__InstanceName="$name" \
      Email__PickupFolder="$work/mail" \
      Serilog__WriteTo__1__Args__path="$work/logs/$name-.log" \
      dotnet SchoolImprovement.Web.dll
  ) >"$work/$name.log" 2>&1 &
  pids+=("$!")
  wait_listening "$port" "$!" "$name"
  note "instance $name on http://127.0.0.1:$port (log: $work/$name.log)"
}

port_one="$(free_port 5101)"
start_instance one "$port_one" true
port_two="$(free_port $((port_one + 1)))"
start_instance two "$port_two" false

port="${PORTAL_PORT:-$(free_port 8080)}"
runas=""
[[ "$(id -u)" -eq 0 ]] && runas="user root;"
cat >"$work/nginx.conf" <<EOF
$runas
daemon off;
worker_processes 1;
pid $work/nginx.pid;
events { worker_connections 256; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    upstream portal {
        server 127.0.0.1:$port_one max_fails=1 fail_timeout=30s;
        server 127.0.0.1:$port_two max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://portal;
            proxy_bind $proxy_address;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 5s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
        }
    }
}
EOF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" >"$work/nginx.log" 2>&1 &
pids+=("$!")
wait_listening "$port" "$!" nginx

note "the portal: http://127.0.0.1:$port   (nginx, round robin over both instances)"
note "demo accounts and their password: the first lines of $work/one.log; Ctrl-C stops everything"
wait "${pids[@]}"

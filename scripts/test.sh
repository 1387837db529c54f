#!/usr/bin/env bash
# The one test command: bash scripts/test.sh [extra dotnet test arguments, e.g. --filter X]
#
# - As root, installs what the tests need and is missing (postgresql, chromium,
#   fonts-dejavu-core, nginx, poppler-utils); otherwise prints a note and the tests that need them skip.
# - Starts a throwaway PostgreSQL cluster on 127.0.0.1 (unless TEST_POSTGRES is already set,
#   or TEST_NO_POSTGRES=1) and exports TEST_POSTGRES; exports CHROMIUM_PATH when Chromium exists.
# - Runs `dotnet test` on the solution (Release), trx results and a console log in
#   $TEST_RESULTS_DIR (default artifacts/test-results), then prints one closing line:
#   "Tests: N passed, N failed, N skipped". Exits non-zero when dotnet test failed, a test
#   failed, or no test ran.
# - TEST_HANG_TIMEOUT (default 20m; empty disables) kills a test host stuck that long on one test.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/test-env.sh
source "$repo/scripts/lib/test-env.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
# Every test host watches its content and configuration files; with the issue 10 test classes the hosts alive at once
# passed the kernel's 128 inotify instances per user. Polling watchers use no inotify instance.
export DOTNET_USE_POLLING_FILE_WATCHER="${DOTNET_USE_POLLING_FILE_WATCHER:-true}"

results="${TEST_RESULTS_DIR:-$repo/artifacts/test-results}"
rm -rf -- "$results"
mkdir -p -- "$results"
results="$(cd "$results" && pwd)"
log="$results/dotnet-test.log"

trap pg_cluster_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_test_packages

if [[ -n "${TEST_POSTGRES:-}" ]]; then
  note "TEST_POSTGRES is set: using that server, not starting one"
elif [[ "${TEST_NO_POSTGRES:-0}" == "1" ]]; then
  note "TEST_NO_POSTGRES=1: no PostgreSQL; PostgreSQL tests will skip"
else
  pg_cluster_start
fi

if [[ -z "${CHROMIUM_PATH:-}" && -x "$TEST_ENV_CHROMIUM" ]]; then
  export CHROMIUM_PATH="$TEST_ENV_CHROMIUM"
fi
if [[ -z "${CHROMIUM_PATH:-}" ]]; then
  note "no Chromium at $TEST_ENV_CHROMIUM; browser tests will skip"
fi

args=(test SchoolImprovement.sln -c Release --logger trx --results-directory "$results")
hang="${TEST_HANG_TIMEOUT-20m}"
if [[ -n "$hang" ]]; then
  args+=(--blame-hang-timeout "$hang" --blame-hang-dump-type none)
fi

note "dotnet ${args[*]} $*"
set +e
dotnet "${args[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

read -r total executed passed < <(trx_counts "$results")
failed=$((executed - passed))
skipped=$((total - executed))
trx_files=$(find "$results" -type f -name '*.trx' | wc -l)

# A lost .trx (or a test host that crashed before writing one) must not shrink the count:
# cross-check against the per-assembly lines dotnet test printed.
read -r c_total c_failed c_passed c_skipped c_assemblies < <(console_counts "$log")
if (( c_total > total )); then
  note "the $trx_files .trx file(s) hold $total results but the console reported $c_total in $c_assemblies assemblies: using the console counts"
  total=$c_total passed=$c_passed failed=$c_failed skipped=$c_skipped
fi

rc=0
if (( status != 0 )); then
  note "dotnet test exited with $status (log: ${log#"$repo"/})"
  rc=1
fi
if (( failed > 0 )); then
  note "$failed test(s) failed (results: ${results#"$repo"/})"
  rc=1
fi
if (( passed + failed == 0 )); then
  note "no test ran"
  rc=1
fi

printf 'Tests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
exit "$rc"

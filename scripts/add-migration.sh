#!/usr/bin/env bash
# Generates a migration named <Name> in each provider's migration set with dotnet ef (docs/operations.md,
# "Adding a migration"; docs/decisions/0015).
#
#   bash scripts/add-migration.sh <Name>                      every provider: Sqlite, Postgres, SqlServer
#   bash scripts/add-migration.sh <Name> --provider Postgres  one provider only (e.g. PostgreSQL-only SQL)
#
# Each set lives in src/SchoolImprovement.Migrations.<Provider>/Migrations with its model snapshot. The
# project is both the tools' target and startup project; its DesignTimeFactory builds the portal's context
# for that provider without connecting. Review each generated file; for SQL the model cannot express,
# add migrationBuilder.Sql(...) (or a helper's call) to the Up and Down of the sets it applies to.
# A migration with no model change in one set is still generated there (empty), so every set keeps
# the same names; delete the empty ones you do not want.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

usage() { echo "usage: bash scripts/add-migration.sh <Name> [--provider Sqlite|Postgres|SqlServer]..." >&2; exit 2; }

[[ $# -ge 1 ]] || usage
name="$1"; shift
[[ "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "the name must be PascalCase letters and digits: $name" >&2; exit 2; }

providers=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --provider) [[ $# -ge 2 ]] || usage; providers+=("$2"); shift 2 ;;
    *) usage ;;
  esac
done
[[ ${#providers[@]} -gt 0 ]] || providers=(Sqlite Postgres SqlServer)

export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
dotnet tool restore >/dev/null

for provider in "${providers[@]}"; do
  case "$provider" in
    Sqlite|Postgres|SqlServer) ;;
    *) echo "unknown provider: $provider (Sqlite, Postgres or SqlServer)" >&2; exit 2 ;;
  esac
  project="src/SchoolImprovement.Migrations.$provider"
  echo "== $provider: $project/Migrations"
  dotnet build "$project" -c Debug -v quiet -nologo
  dotnet ef migrations add "$name" --no-build --configuration Debug \
    --project "$project" --startup-project "$project" \
    --output-dir Migrations --namespace "SchoolImprovement.Migrations.$provider"
done

echo "Generated. Check for pending model changes on every provider:"
echo "  TEST_NO_POSTGRES=1 bash scripts/test.sh --filter \"FullyQualifiedName~PendingModelChanges|FullyQualifiedName~MigrationTests\""

#!/usr/bin/env bash
# Refreshes the front-end files the pages use, in src/SchoolImprovement.Web/wwwroot/lib, from npm.
#
#   bash scripts/refresh-frontend.sh
#
# The files are committed (as the ASP.NET Core MVC template keeps wwwroot/lib), so building and
# running the portal needs only the .NET SDK; this script is the one place that needs Node.js/npm.
# What it copies is declared in src/SchoolImprovement.Web/package.json:
#   "dependencies"   the packages, each pinned to one exact version (package-lock.json holds their hashes);
#   "wwwrootLib"     for each package, the files to keep: minified distribution files, their source
#                    maps, and the licence file. Each lands at wwwroot/lib/<package>/<same path>.
# To add a library (the returns issue's chart.js, for example): add "chart.js": "4.6.1" to
# "dependencies" and its files (e.g. "dist/chart.umd.min.js", "LICENSE.md") to "wwwrootLib", run
# `npm install --package-lock-only` in src/SchoolImprovement.Web, run this script, reference the file
# from the page with asp-append-version, and commit package.json, package-lock.json and wwwroot/lib.
set -euo pipefail

web="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/SchoolImprovement.Web" && pwd)"
command -v npm >/dev/null || { echo "refresh-frontend: npm is needed to refresh wwwroot/lib (the build itself does not need it)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT
cp "$web/package.json" "$web/package-lock.json" "$work/"
# The exact versions and hashes of package-lock.json; no install scripts run.
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

# "package<TAB>file" lines from package.json's wwwrootLib.
mapfile -t files < <(node -e '
  const p = require(process.argv[1]);
  for (const [name, list] of Object.entries(p.wwwrootLib || {})) {
    if (!(p.dependencies || {})[name]) { console.error(`wwwrootLib names ${name}, which is not in dependencies`); process.exit(1); }
    for (const f of list) console.log(`${name}\t${f}`);
  }' "$work/package.json")

rm -rf -- "$web/wwwroot/lib"
for line in "${files[@]}"; do
  package="${line%%$'\t'*}"
  file="${line#*$'\t'}"
  source="$work/node_modules/$package/$file"
  [[ -f "$source" ]] || { echo "refresh-frontend: $package has no $file" >&2; exit 1; }
  mkdir -p "$web/wwwroot/lib/$package/$(dirname "$file")"
  cp "$source" "$web/wwwroot/lib/$package/$file"
done

echo "refresh-frontend: wwwroot/lib now holds:"
(cd "$web/wwwroot/lib" && find . -type f | sort | sed 's|^\./|  |')

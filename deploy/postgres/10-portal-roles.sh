#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data folder (docker-entrypoint-initdb.d).
# Creates the two roles of docs/operations.md "PostgreSQL roles" (ADR 0016): portal_owner migrates and
# owns the schema; portal_app is what the portal connects as, with data rights only, so row-level
# security applies to it. The image's superuser (POSTGRES_USER) is for administration and backups.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$PORTAL_DB_OWNER_PASSWORD" -v app_password="$PORTAL_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE portal_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE ROLE portal_app   LOGIN PASSWORD :'app_password'   NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
ALTER DATABASE portal OWNER TO portal_owner;
ALTER SCHEMA public OWNER TO portal_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO portal_app;
ALTER DEFAULT PRIVILEGES FOR ROLE portal_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app;
ALTER DEFAULT PRIVILEGES FOR ROLE portal_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO portal_app;
SQL

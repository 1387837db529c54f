# syntax=docker/dockerfile:1
# School improvement portal: multi-stage image.
#   docker build -t school-improvement-portal .
#   docker run --rm -p 8080:8080 -v portal-data:/app/data -v portal-uploads:/app/uploads \
#     -v portal-keys:/home/app/.aspnet/DataProtection-Keys school-improvement-portal
#   docker run --rm -v portal-data:/app/data school-improvement-portal migrate   (apply migrations and exit)
# See docs/operations.md. docker-compose.yml runs it with PostgreSQL.

############################ build ############################
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build

# Front-end files are committed in wwwroot/lib (scripts/refresh-frontend.sh): the build needs no Node.

WORKDIR /src

# Restore in its own layer so source edits do not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/SchoolImprovement.Domain/SchoolImprovement.Domain.csproj src/SchoolImprovement.Domain/
COPY src/SchoolImprovement.Infrastructure/SchoolImprovement.Infrastructure.csproj src/SchoolImprovement.Infrastructure/
COPY src/SchoolImprovement.Migrations.Sqlite/SchoolImprovement.Migrations.Sqlite.csproj src/SchoolImprovement.Migrations.Sqlite/
COPY src/SchoolImprovement.Migrations.Postgres/SchoolImprovement.Migrations.Postgres.csproj src/SchoolImprovement.Migrations.Postgres/
COPY src/SchoolImprovement.Migrations.SqlServer/SchoolImprovement.Migrations.SqlServer.csproj src/SchoolImprovement.Migrations.SqlServer/
COPY src/SchoolImprovement.Web/SchoolImprovement.Web.csproj src/SchoolImprovement.Web/
RUN dotnet restore src/SchoolImprovement.Web/SchoolImprovement.Web.csproj

COPY src/ src/
RUN dotnet publish src/SchoolImprovement.Web -c Release -o /app --no-restore

############################ runtime ############################
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# DejaVu fonts for PDF rendering (PDFsharp's font resolver reads /usr/share/fonts/truetype/dejavu).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app .

# Writable folders for the non-root user. Relative paths in configuration (data, data/mail, logs)
# resolve against the working directory, /app. ASP.NET Core keeps its data-protection keys (which
# protect the sign-in cookie and antiforgery tokens) in ~/.aspnet/DataProtection-Keys; the folder
# is created here, owned by the app user, so a volume mounted on it keeps the keys across
# container restarts (docker-compose.yml does).
RUN mkdir -p /app/data /app/uploads /app/logs /home/app/.aspnet/DataProtection-Keys \
    && chown "$APP_UID" /app/data /app/uploads /app/logs \
    && chown -R "$APP_UID" /home/app/.aspnet

# Database__Provider: Sqlite (file /app/data/portal.db), Postgres or SqlServer (set Database__ConnectionString).
# ASPNETCORE_HTTP_PORTS is cleared so Kestrel binds only ASPNETCORE_URLS.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    Database__Provider=Sqlite \
    Database__DataFolder=/app/data \
    Storage__Folder=/app/uploads \
    Demo__Enabled=false

# data: the SQLite database and the mail pickup folder (data/mail). uploads: uploaded documents.
VOLUME ["/app/data", "/app/uploads"]
EXPOSE 8080

# The aspnet image has no curl or wget, so there is no HEALTHCHECK here: probe GET /health from
# the orchestrator or a reverse proxy instead (docs/operations.md).

# The non-root "app" user that the .NET images provide (APP_UID=1654).
USER $APP_UID

# ENTRYPOINT (not CMD) so arguments pass through: `docker run IMAGE migrate`.
ENTRYPOINT ["dotnet", "SchoolImprovement.Web.dll"]

using Npgsql;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// A throwaway database: a SQLite file in a temporary folder, or a uniquely named PostgreSQL
/// database on the server named by the TEST_POSTGRES connection string (scripts/test.sh starts one).
/// On PostgreSQL the database is set up as docs/operations.md asks of an operator (ADR 0016):
/// <see cref="ConnectionString"/> is the server's superuser, which runs the migrations and which
/// tests use for their own cross-trust assertions; <see cref="PortalConnectionString"/> is the
/// portal's role <see cref="PortalRole"/>, neither superuser nor BYPASSRLS, with data rights only.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "TEST_POSTGRES";

    /// <summary>The portal's runtime role on the test server (created once per server; data rights per database).</summary>
    public const string PortalRole = "si_runtime_test";
    private const string PortalRolePassword = "amber-heron-ledger-4471";

    public string Provider { get; }

    /// <summary>SQLite: the file. PostgreSQL: the superuser (owner of the schema; sees every trust's rows).</summary>
    public string ConnectionString { get; }

    /// <summary>What the portal connects with: on PostgreSQL <see cref="PortalRole"/>, subject to row-level security.</summary>
    public string PortalConnectionString => _postgresName is null
        ? ConnectionString
        : new NpgsqlConnectionStringBuilder(ConnectionString) { Username = PortalRole, Password = PortalRolePassword }.ConnectionString;

    /// <summary>What the portal migrates with (<c>Database:MigrationConnectionString</c>): the owner on PostgreSQL, none on SQLite.</summary>
    public string? MigrationConnectionString => _postgresName is null ? null : ConnectionString;
    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseProviders.Sqlite, $"Data Source={Path.Combine(folder, "portal.db")}", folder, null);
    }

    public static TestDatabase Create(string provider) =>
        provider == DatabaseProviders.Postgres ? Postgres() : Sqlite();

    /// <summary>
    /// A new PostgreSQL database. Skips the test when no server is configured, except under CI
    /// (CI=true), where a missing PostgreSQL is a failure rather than a skip.
    /// </summary>
    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set: the PostgreSQL tests must run in CI.");
            }

            Skip.If(true, $"PostgreSQL tests skipped: set {PostgresVariable} (bash scripts/test.sh starts a throwaway server).");
        }

        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            Execute(connection, $"""
                DO $$ BEGIN
                    CREATE ROLE {PortalRole} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{PortalRolePassword}';
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$
                """);
            Execute(connection, $"CREATE DATABASE \"{name}\"");
        }

        // Pooled like production: a connection per open costs a server process start, which made the PostgreSQL classes
        // several times slower than the SQLite ones. Dispose clears the pools before dropping the database.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, MaxPoolSize = 20, ConnectionIdleLifetime = 60 };
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            // What docs/operations.md has the owner grant before the first migration: data rights on what it creates.
            connection.Open();
            Execute(connection, $"""
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {PortalRole};
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {PortalRole};
                """);
        }

        return new TestDatabase(DatabaseProviders.Postgres, builder.ConnectionString, null, name);
    }

    /// <summary>Closes the idle pooled connections to this database (the owner's and the portal role's).</summary>
    private void ClearPools()
    {
        foreach (var connectionString in new[] { ConnectionString, PortalConnectionString })
        {
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString, MigrateOnStartup = true };

    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the temp folder's cleanup.
            }
        }

        if (_postgresName is not null)
        {
            ClearPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
    }
}

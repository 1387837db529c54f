using Npgsql;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// A throwaway database: a SQLite file in a temporary folder, or a uniquely named PostgreSQL
/// database on the server named by the TEST_POSTGRES connection string (scripts/test.sh starts one).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "TEST_POSTGRES";

    public string Provider { get; }
    public string ConnectionString { get; }
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
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(DatabaseProviders.Postgres, builder.ConnectionString, null, name);
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
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// The one place that knows the database providers. Adding a provider means adding a case here
/// (and proving the migrations on it in the migration-equivalence test).
/// </summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case var p when p.Equals(Sqlite, StringComparison.OrdinalIgnoreCase):
                builder.UseSqlite(SqliteConnectionString(options), o => o.MigrationsAssembly(typeof(DatabaseProviders).Assembly.GetName().Name));
                builder.AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeoutMs));
                break;
            case var p when p.Equals(Postgres, StringComparison.OrdinalIgnoreCase):
                var connection = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                builder.UseNpgsql(connection, o => o.MigrationsAssembly(typeof(DatabaseProviders).Assembly.GetName().Name));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported. Use '{Sqlite}' or '{Postgres}'.");
        }

        // One hand-written migration set serves both providers and has no model snapshot; the
        // migration-equivalence test proves the migrations build the model's schema.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static string SqliteConnectionString(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(options.DataFolder), "portal.db") }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        builder.ForeignKeys = true;
        builder.DefaultTimeout = Math.Max(1, options.SqliteBusyTimeoutMs / 1000);
        builder.Pooling = true;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// The one place that knows the database providers and their migration sets. Adding a provider means
/// adding a case here, a migrations project beside the others (scripts/add-migration.sh generates into
/// each), and its line in the pending-model-changes test (docs/decisions/0015).
/// </summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    /// <summary>Every provider, in the order errors and documents name them.</summary>
    public static IReadOnlyList<string> All { get; } = [Sqlite, Postgres, SqlServer];

    /// <summary>The assembly that holds a provider's generated migrations and model snapshot (src/SchoolImprovement.Migrations.*).</summary>
    public static string MigrationsAssembly(string provider) => "SchoolImprovement.Migrations." + Canonical(provider);

    /// <summary>The provider's name as written in <see cref="All"/>, whatever its case in configuration.</summary>
    public static string Canonical(string? provider) =>
        All.FirstOrDefault(p => p.Equals(provider, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Database:Provider '{provider}' is not supported. Use '{Sqlite}', '{Postgres}' or '{SqlServer}'.");

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var provider = Canonical(options.Provider);
        var migrations = MigrationsAssembly(provider);
        switch (provider)
        {
            case Sqlite:
                builder.UseSqlite(SqliteConnectionString(options), o => o.MigrationsAssembly(migrations));
                builder.AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeoutMs));
                break;
            case Postgres:
                builder.UseNpgsql(RequiredConnectionString(options, provider), o => o.MigrationsAssembly(migrations));
                break;
            case SqlServer:
                // No EnableRetryOnFailure: a retrying execution strategy refuses user-initiated transactions,
                // and IdentityCommands runs each Identity command in one (docs/decisions/0015).
                builder.UseSqlServer(RequiredConnectionString(options, provider), o => o.MigrationsAssembly(migrations));
                break;
        }
    }

    private static string RequiredConnectionString(DatabaseOptions options, string provider) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {provider}.")
            : options.ConnectionString;

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

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section (docs/operations.md).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the embedded default), <c>Postgres</c> or <c>SqlServer</c> (<see cref="DatabaseProviders"/>).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>For PostgreSQL and SQL Server: the connection string (required). For SQLite: optional; defaults to a file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// For PostgreSQL: optional connection string of the role that owns the schema and runs the
    /// migrations. When set, <see cref="ConnectionString"/> names the application's own role, which
    /// has data rights only and is subject to row-level security (docs/operations.md, ADR 0016).
    /// </summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; created on first run.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Apply pending migrations when the portal starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Milliseconds a SQLite command waits for a lock before failing.</summary>
    public int SqliteBusyTimeoutMs { get; set; } = 5000;
}

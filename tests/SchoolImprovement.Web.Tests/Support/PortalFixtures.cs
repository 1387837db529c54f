namespace SchoolImprovement.Web.Tests.Support;

/// <summary>A portal for a test class, on one database provider. Lets one set of tests run on SQLite and on PostgreSQL.</summary>
public interface IPortalFixture
{
    PortalFactory Portal { get; }
}

public sealed class SqlitePortal : IPortalFixture, IDisposable
{
    public PortalFactory Portal { get; } = new();

    public void Dispose() => Portal.Dispose();
}

/// <summary>
/// Created on first use inside a test, so that without a PostgreSQL server each test is reported
/// as skipped (or failed under CI=true) rather than the whole class failing to start.
/// </summary>
public sealed class PostgresPortal : IPortalFixture, IDisposable
{
    private readonly Lazy<PostgresPortalFactory> _portal = new(() => new PostgresPortalFactory());

    public PortalFactory Portal => _portal.Value;

    public void Dispose()
    {
        if (_portal.IsValueCreated)
        {
            _portal.Value.Dispose();
        }
    }
}

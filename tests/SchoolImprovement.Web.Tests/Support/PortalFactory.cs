using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// The portal over a real database with the demo trusts seeded, as the README run command starts it.
/// Counts the SQL commands it runs (<see cref="Commands"/>) for query-count guards.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; }
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "portal-tests-mail", Guid.NewGuid().ToString("N"));
    public string StorageFolder { get; } = Path.Combine(Path.GetTempPath(), "portal-tests-files", Guid.NewGuid().ToString("N"));
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Connections the portal's contexts open and close (row-level security adds a statement to each; ADR 0016).</summary>
    public ConnectionCounter Connections { get; } = new();

    /// <summary>The portal's clock: real time until a test pins it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The configured public address that email links are built from.</summary>
    public const string PublicBaseUrl = "https://portal.test.example";

    /// <summary>Staff must use an authenticator app (off by default in tests, as in Development).</summary>
    protected virtual bool RequireMfa => false;

    /// <summary>Seed the demo trusts on start, as the README run command does.</summary>
    protected virtual bool DemoMode => true;

    /// <summary>
    /// How long a session check is kept in memory (ADR 0017); null leaves the portal's default (30 s).
    /// 0 here, so every signed-in request runs its session query and the query-count guards count
    /// it whatever the time between requests; <c>Sessions/SessionCheckCacheTests</c> turn it on.
    /// </summary>
    protected virtual int? SessionRevocationSeconds => 0;

    public PortalFactory() : this(TestDatabase.Sqlite())
    {
    }

    protected PortalFactory(TestDatabase database)
    {
        Database = database;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.PortalConnectionString);
        builder.UseSetting("Database:MigrationConnectionString", Database.MigrationConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Enabled", DemoMode ? "true" : "false");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Storage:Folder", StorageFolder);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Security:RequireMfaForStaff", RequireMfa ? "true" : "false");
        if (SessionRevocationSeconds is { } seconds)
        {
            builder.UseSetting("Security:SessionRevocationSeconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The log file becomes a second console (not UseSetting: see SecurityEventLogFilePortalFactory).
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Args:configure:1:Name"] = "Console",
        }));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Commands);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IDbContextOptionsConfiguration<PortalDbContext>>(new CountingConfiguration(Commands, Connections));
        });
    }

    /// <summary>Runs work inside one trust, as background work does.</summary>
    public async Task InTrustAsync(Guid trustId, Func<PortalDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateTrustScope(trustId, "test");
        await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>
    /// Reads across trusts for assertions: a scope with no trust, so EF's filter shows only non-tenant
    /// tables; raw SQL sees every row, because on PostgreSQL the context connects as the owner, whom
    /// row-level security does not bind in tests (the superuser), not as the portal's role.
    /// </summary>
    public async Task<T> WithoutTrustAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (Database.MigrationConnectionString is { } owner)
        {
            db.Database.SetConnectionString(owner);
        }

        return await work(db);
    }

    public async Task<Guid> TrustIdAsync(string namePrefix) =>
        await WithoutTrustAsync(db => db.Trusts.Where(t => t.Name.StartsWith(namePrefix)).Select(t => t.Id).SingleAsync());

    /// <summary>Runs work inside one trust and returns its answer.</summary>
    public async Task<T> InTrustAsync<T>(Guid trustId, Func<PortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateTrustScope(trustId, "test");
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The id of the school with <paramref name="urn"/> in the trust whose name starts with <paramref name="trustNamePrefix"/> ("Derby", "Vine").</summary>
    public async Task<Guid> SchoolIdAsync(string trustNamePrefix, int urn)
    {
        var trust = await TrustIdAsync(trustNamePrefix);
        return await InTrustAsync(trust, db => db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync());
    }

    /// <summary>The id of the person with <paramref name="email"/> (users are not trust-owned rows).</summary>
    public async Task<Guid> UserIdAsync(string email) =>
        await WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }

    private sealed class CountingConfiguration(SqlCommandCounter counter, ConnectionCounter connections) : IDbContextOptionsConfiguration<PortalDbContext>
    {
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.AddInterceptors(counter, connections);
    }
}

/// <summary>The portal over a new PostgreSQL database on the TEST_POSTGRES server.</summary>
public sealed class PostgresPortalFactory() : PortalFactory(TestDatabase.Postgres());

/// <summary>The demo portal with staff required to use an authenticator app, as in production.</summary>
public sealed class MfaPortalFactory : PortalFactory
{
    protected override bool RequireMfa => true;
}

/// <summary>The portal as production starts it: demo mode off.</summary>
public sealed class ProductionLikePortalFactory : PortalFactory
{
    protected override bool DemoMode => false;
}

/// <summary>Counts SQL commands executed through EF Core.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of each command counted since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Texts => [.. Volatile.Read(ref _texts)];

    public void Reset()
    {
        Interlocked.Exchange(ref _texts, new());
        Interlocked.Exchange(ref _count, 0);
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _texts).Enqueue(result.CommandText);
        return result;
    }
}

/// <summary>Counts connections opened and closed by the portal's contexts (for the round trips row-level security adds).</summary>
public sealed class ConnectionCounter : DbConnectionInterceptor
{
    private int _opened;
    private int _closed;

    public int Opened => Volatile.Read(ref _opened);

    public int Closed => Volatile.Read(ref _closed);

    public void Reset()
    {
        Interlocked.Exchange(ref _opened, 0);
        Interlocked.Exchange(ref _closed, 0);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        return Task.CompletedTask;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opened);

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref _closed);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref _closed);
        return result;
    }
}

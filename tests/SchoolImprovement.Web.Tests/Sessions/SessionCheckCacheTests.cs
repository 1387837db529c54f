using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Security.Sessions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Sessions;

/// <summary>
/// The session check kept in memory for the revocation interval (ADR 0017): no query per signed-in
/// request while it is fresh, forgotten at once by a change on this instance, and a change made
/// behind this instance's back (another instance, the database) refused once the interval is over.
/// </summary>
public abstract class SessionCheckCacheTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>, IDisposable
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    public void Dispose()
    {
        if (fixture is SqliteSessionCachePortal || Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 })
        {
            Portal.Clock.Release();
        }

        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task A_signed_in_request_runs_no_session_query_while_the_kept_check_is_fresh()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (_, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await Portal.SignedInAsync(email, SessionSupport.Password);
        Assert.True(await client.IsSignedInAsync());

        Portal.Commands.Reset();
        Assert.True(await client.IsSignedInAsync());
        var fresh = Portal.Commands.Count;

        // The kept check has expired: the same page again costs the session query once more.
        Portal.Clock.Advance(TimeSpan.FromSeconds(SessionCheckOptions.DefaultSeconds + 1));
        Portal.Commands.Reset();
        Assert.True(await client.IsSignedInAsync());
        var expired = Portal.Commands.Count;

        Portal.Commands.Reset();
        Assert.True(await client.IsSignedInAsync());

        Assert.Equal(expired - 1, fresh);
        Assert.Equal(fresh, Portal.Commands.Count);
    }

    [SkippableFact]
    public async Task A_session_ended_in_the_database_behind_this_instances_back_works_until_the_interval_is_over_and_is_refused_after()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await Portal.SignedInAsync(email, SessionSupport.Password);
        Assert.True(await client.IsSignedInAsync());

        // As another instance's sign-out does: the row ends, this instance is not told.
        var now = Portal.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(1, await Portal.WithoutTrustAsync(db => db.UserSessions.Where(s => s.UserId == id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndedReason, SessionEndReason.SignedOut))));

        Portal.Clock.Advance(TimeSpan.FromSeconds(SessionCheckOptions.DefaultSeconds - 1));
        Assert.True(await client.IsSignedInAsync());
        Portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await client.IsSignedInAsync());
        Assert.False(await client.IsSignedInAsync());
    }

    [SkippableFact]
    public async Task A_person_deactivated_in_the_database_behind_this_instances_back_is_refused_once_the_interval_is_over()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await Portal.SignedInAsync(email, SessionSupport.Password);
        Assert.True(await client.IsSignedInAsync());

        Assert.Equal(1, await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false))));

        Portal.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(await client.IsSignedInAsync());
        Portal.Clock.Advance(TimeSpan.FromSeconds(SessionCheckOptions.DefaultSeconds));
        Assert.False(await client.IsSignedInAsync());
    }

    [SkippableFact]
    public async Task Sign_out_on_this_instance_refuses_a_copied_cookie_at_its_next_request_however_fresh_its_kept_check()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var (client, jar) = await Portal.SignedInWithJarAsync(email);
        using var _ = client;
        using var copy = Portal.CopyOf(jar);
        Assert.True(await copy.IsSignedInAsync());

        using var signedOut = await client.PostWithTokenAsync("/account/sign-out", await client.AntiforgeryTokenAsync());

        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await copy.IsSignedInAsync());
        Assert.Equal(SessionEndReason.SignedOut, await Portal.WithoutTrustAsync(db => db.UserSessions.Where(s => s.UserId == id).Select(s => s.EndedReason).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_security_stamp_changed_on_this_instance_refuses_the_session_at_its_next_request()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await Portal.SignedInAsync(email, SessionSupport.Password);
        Assert.True(await client.IsSignedInAsync());

        // Identity's own stamp change (an MFA exemption, a role change) with no session row ended.
        await using (var scope = Portal.Services.CreateTrustScope(await Portal.TrustIdAsync(Browsing.DdatTrust), "test"))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByIdAsync(id.ToString()))!)).Succeeded);
        }

        Assert.False(await client.IsSignedInAsync());
        Assert.Null(await Portal.WithoutTrustAsync(db => db.UserSessions.Where(s => s.UserId == id).Select(s => s.EndedAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task Deactivation_by_the_administrator_on_this_instance_refuses_the_session_at_its_next_request()
    {
        Portal.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var person = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        Assert.True(await person.IsSignedInAsync());

        using var deactivated = await admin.PostFormAsync($"/users/{id}/deactivate", [], $"/users/{id}/deactivate");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(await person.IsSignedInAsync());
        Assert.False(await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
    }
}

public sealed class SqliteSessionCheckCacheTests(SqliteSessionCachePortal fixture) : SessionCheckCacheTests<SqliteSessionCachePortal>(fixture);

public sealed class PostgresSessionCheckCacheTests(PostgresSessionCachePortal fixture) : SessionCheckCacheTests<PostgresSessionCachePortal>(fixture);

/// <summary>The demo portal with the session check kept for the portal's default interval (the other test portals check every request).</summary>
public sealed class SessionCachePortalFactory(TestDatabase database) : PortalFactory(database)
{
    protected override int? SessionRevocationSeconds => null;
}

public sealed class SqliteSessionCachePortal : IPortalFixture, IDisposable
{
    public PortalFactory Portal { get; } = new SessionCachePortalFactory(TestDatabase.Sqlite());

    public void Dispose() => Portal.Dispose();
}

/// <summary>Created on first use, so that without PostgreSQL each test skips (or fails under CI=true).</summary>
public sealed class PostgresSessionCachePortal : IPortalFixture, IDisposable
{
    private readonly Lazy<PortalFactory> _portal = new(() => new SessionCachePortalFactory(TestDatabase.Postgres()));

    public PortalFactory Portal => _portal.Value;

    public void Dispose()
    {
        if (_portal.IsValueCreated)
        {
            _portal.Value.Dispose();
        }
    }
}

/// <summary>The revocation interval's limits, checked when the portal starts.</summary>
public sealed class SessionRevocationIntervalTests
{
    [Fact]
    public void A_revocation_interval_over_thirty_seconds_stops_the_start_naming_the_setting()
    {
        using var factory = new IntervalPortalFactory(31);
        var refused = Assert.Throws<OptionsValidationException>(() => factory.Server);
        Assert.Contains("Security:SessionRevocationSeconds is 31", refused.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 30", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_seconds_is_the_default()
    {
        using var factory = new IntervalPortalFactory(null);
        Assert.Null(factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()[SessionCheckOptions.Setting]);
        Assert.Equal(TimeSpan.FromSeconds(30), factory.Services.GetRequiredService<SessionCheckCache>().Interval);
    }

    private sealed class IntervalPortalFactory(int? seconds) : PortalFactory
    {
        protected override bool DemoMode => false;

        protected override int? SessionRevocationSeconds => seconds;
    }
}

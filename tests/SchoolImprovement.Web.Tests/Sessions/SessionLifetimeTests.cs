using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Sessions;

/// <summary>A session cannot outlive its absolute lifetime however active it is (ASVS V7.3.2), and last-seen is not a write per request.</summary>
public sealed class SessionLifetimeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IDisposable
{
    public void Dispose() => factory.Clock.Release();

    [Fact]
    public async Task An_active_session_is_refused_after_twelve_hours_however_often_it_is_used()
    {
        factory.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await factory.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await factory.SignedInAsync(email, SessionSupport.Password);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(30))
        {
            Assert.True(await client.IsSignedInAsync(), $"refused after {elapsed}");
            factory.Clock.Advance(TimeSpan.FromMinutes(30));
        }

        // Now exactly 12 hours after signing in: one more minute.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await client.IsSignedInAsync());
        var session = await factory.WithoutTrustAsync(db => db.UserSessions.AsNoTracking().SingleAsync(s => s.UserId == id));
        Assert.Equal(SessionEndReason.AbsoluteLifetimeReached, session.EndedReason);
        Assert.True(session.LastSeenAt > session.CreatedAt.AddHours(11), $"last seen {session.LastSeenAt:O}, created {session.CreatedAt:O}");
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute()
    {
        factory.Clock.Pin(DateTimeOffset.UtcNow);
        var (id, email) = await factory.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await factory.SignedInAsync(email, SessionSupport.Password);
        var signedIn = await LastSeenAsync(id);

        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await client.IsSignedInAsync());
        Assert.Equal(signedIn, await LastSeenAsync(id));

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await client.IsSignedInAsync());
        Assert.Equal(signedIn.AddSeconds(70), await LastSeenAsync(id));
    }

    private Task<DateTime> LastSeenAsync(Guid userId) =>
        factory.WithoutTrustAsync(db => db.UserSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenAt).SingleAsync());
}

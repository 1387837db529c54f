using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>Every 429 is a Throttled security event with the address and correlation id (ASVS 5.0 V16.3.1); no look-up of the typed account.</summary>
public sealed class SecurityEventThrottlingTests(ThrottlingPortalFactory factory) : IClassFixture<ThrottlingPortalFactory>
{
    [Fact]
    public async Task A_429_writes_a_throttled_event_with_the_address_and_the_correlation_id()
    {
        using var client = factory.CreateClientFrom("192.0.2.201");
        HttpResponseMessage? throttled = null;
        for (var i = 0; i <= ThrottlingPortalFactory.PerAddress && throttled is null; i++)
        {
            var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = $"flood{i}@nowhere.example", ["Password"] = "not it at all" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(throttled);
        using (throttled)
        {
            var correlation = Assert.Single(throttled.Headers.GetValues(CorrelationIdMiddleware.Header));
            var row = Assert.Single(await factory.WithoutTrustAsync(db => db.SecurityEvents.Where(e => e.CorrelationId == correlation).ToListAsync()));
            Assert.Equal(nameof(SecurityEventKind.Throttled), row.Kind);
            Assert.Equal(nameof(SecurityOutcome.Refused), row.Outcome);
            Assert.Equal("192.0.2.201", row.ClientAddress);
            Assert.Null(row.UserId);
            Assert.StartsWith("/account/sign-in, retry after ", row.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("@", row.Detail, StringComparison.Ordinal);
        }
    }
}

using SchoolImprovement.Domain.Cycles;

namespace SchoolImprovement.Domain.Tests.Cycles;

/// <summary>A feed token: random, stored only as its hash, naming its trust, revocable.</summary>
public sealed class CalendarFeedTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_stored_only_as_its_SHA256_hash_and_names_its_trust()
    {
        var trust = Guid.NewGuid();
        var (feed, token) = CalendarFeedToken.Create(trust, Guid.NewGuid(), Now);
        var (other, second) = CalendarFeedToken.Create(trust, Guid.NewGuid(), Now);

        Assert.NotEqual(token, second);
        Assert.Equal(64, feed.TokenHash.Length);
        Assert.Equal(CalendarFeedToken.Hash(token), feed.TokenHash);
        Assert.DoesNotContain(token, feed.TokenHash, StringComparison.Ordinal);
        Assert.NotEqual(feed.TokenHash, other.TokenHash);
        Assert.Equal(trust, CalendarFeedToken.TrustOf(token));
        Assert.True(token.Length > 70, token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdeX.secret")]
    public void Text_that_is_not_a_token_names_no_trust(string? text) => Assert.Null(CalendarFeedToken.TrustOf(text));

    [Fact]
    public void A_revoked_token_stays_revoked_at_its_first_revocation()
    {
        var (feed, _) = CalendarFeedToken.Create(Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.True(feed.IsActive);

        feed.Revoke(Now.AddHours(1));
        feed.Revoke(Now.AddHours(2));

        Assert.False(feed.IsActive);
        Assert.Equal(Now.AddHours(1).UtcDateTime, feed.RevokedAt);
    }
}

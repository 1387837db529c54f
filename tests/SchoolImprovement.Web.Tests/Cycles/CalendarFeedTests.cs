using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Cycles;

/// <summary>
/// A person's iCalendar feed: made by the signed-in person (the address shown once, only the token's hash stored), read
/// anonymously as text/calendar with the person's due items as all-day events with stable UIDs and titles naming the kind
/// and the school only; revoked or unknown tokens are 404; the token opens nothing else (as a cookie, a bearer token or a
/// query value); and the trust calendar shows a month's due items and held reviews with links to the months either side.
/// </summary>
public sealed class CalendarFeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Officer, string Url)> FeedAsync()
    {
        var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var made = await officer.PostFormAsync("/calendar/feed", new Dictionary<string, string>(), "/calendar/feed");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var page = await made.DocumentAsync();
        return (officer, page.QuerySelector("#FeedUrl")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task The_feed_answers_the_persons_due_items_as_all_day_events_with_stable_uids_and_no_pupil_data()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var officerId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var (officer, url) = await FeedAsync();
        using var _ = officer;
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];

        var stored = await factory.InTrustAsync(vine, db => db.CalendarFeedTokens.AsNoTracking().Where(t => t.UserId == officerId && t.RevokedAt == null).ToListAsync());
        Assert.Equal(CalendarFeedToken.Hash(token), Assert.Single(stored).TokenHash);
        Assert.DoesNotContain(stored, t => t.TokenHash.Contains(token, StringComparison.Ordinal));
        var again = await officer.GetDocumentAsync("/calendar/feed");
        Assert.Null(again.QuerySelector("#FeedUrl"));
        Assert.DoesNotContain(token, again.Source.Text, StringComparison.Ordinal);

        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var first = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        using var second = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        var text = await first.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        var uids = Lines(text, "UID:");
        Assert.NotEmpty(uids);
        Assert.Equal(uids, Lines(await second.Content.ReadAsStringAsync(), "UID:"));
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal(uids.Count, Lines(text, "DTSTART;VALUE=DATE:").Count);

        // The officer's linked schools only, titled "kind: school".
        var linked = await factory.InTrustAsync(vine, db => db.Schools.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == officerId && a.Kind == AssignmentKind.LinkedOfficerFor)).Select(s => s.Name).ToListAsync());
        var labels = Enum.GetValues<DueKind>().Select(k => k.Label()).ToList();
        Assert.All(Lines(text, "SUMMARY:"), summary =>
        {
            var parts = summary.Split(": ", 2);
            Assert.Contains(parts[0], labels);
            Assert.Contains(parts[1].Replace("\\,", ",", StringComparison.Ordinal), linked);
        });
        Assert.DoesNotContain("pupil", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_is_404()
    {
        var (officer, url) = await FeedAsync();
        using var _ = officer;
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var path = new Uri(url).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);

        using var revoked = await officer.PostFormAsync("/calendar/feed/revoke", new Dictionary<string, string>(), "/calendar/feed");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{vine:N}.{new string('A', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/feed/nonsense.ics")).StatusCode);
        var page = await officer.GetDocumentAsync("/calendar/feed");
        Assert.NotNull(page.QuerySelector("#no-feed"));
    }

    [Fact]
    public async Task The_token_opens_nothing_else()
    {
        var (officer, url) = await FeedAsync();
        using var _ = officer;
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var page in new[] { "/due", "/calendar", "/calendar/feed" })
        {
            using var asQuery = await anonymous.GetAsync($"{page}?token={Uri.EscapeDataString(token)}");
            using var bearer = new HttpRequestMessage(HttpMethod.Get, page);
            bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var asBearer = await anonymous.SendAsync(bearer);
            using var cookie = new HttpRequestMessage(HttpMethod.Get, page);
            cookie.Headers.Add("Cookie", $"token={token}; .AspNetCore.Identity.Application={token}");
            using var asCookie = await anonymous.SendAsync(cookie);

            foreach (var response in new[] { asQuery, asBearer, asCookie })
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("sign-in", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task The_trust_calendar_shows_the_months_due_items_and_held_reviews()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var officerId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var held = await factory.InTrustAsync(vine, async db =>
        {
            var review = ReviewOccurrence.ForSchool(DueKind.SiamsPreparation, school, new DateOnly(2026, 11, 3), ReviewLead.ExternalPartner, "Diocesan adviser", [], null, officerId, DateTimeOffset.UtcNow, new DateOnly(2026, 11, 26));
            db.ReviewOccurrences.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);

        var november = await ceo.GetDocumentAsync("/calendar?month=2026-11");
        var threeYearsOn = await ceo.GetDocumentAsync("/calendar?month=2029-11");
        var defaultMonth = await ceo.GetDocumentAsync("/calendar");

        Assert.Equal("Trust calendar: November 2026", november.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(november.QuerySelector($"#day-2026-11-03 ~ ul a[href='/reviews/{held}']"));
        Assert.Equal("/calendar?month=2026-10", november.QuerySelector("#months a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/calendar?month=2026-12", november.QuerySelector("#months a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(threeYearsOn.QuerySelector($"#day-2029-11-03 ~ ul li.due a[href='/schools/{school}/reviews/new?kind=SiamsPreparation']"));
        Assert.Equal("Trust calendar: November 2026", defaultMonth.QuerySelector("h1")!.TextContent.Trim());
    }

    private static List<string> Lines(string text, string prefix) =>
        [.. text.Split("\r\n").Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];
}

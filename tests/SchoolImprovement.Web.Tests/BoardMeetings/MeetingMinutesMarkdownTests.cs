using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>Minutes, findings and notes are Markdown rendered safely: a script tag, an onerror attribute and a javascript: link typed into them reach the page encoded or removed.</summary>
public sealed class MeetingMinutesMarkdownTests : IClassFixture<PortalFactory>
{
    private const string Hostile = "**Bold** <script>alert('minutes')</script>\n\n<img src=x onerror=\"alert('img')\">\n\n[click me](javascript:alert('link')) and [the DfE](https://www.gov.uk/)";
    private readonly PortalFactory _factory;

    public MeetingMinutesMarkdownTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
    }

    [Fact]
    public async Task Script_onerror_and_javascript_links_in_minutes_reach_the_page_encoded_or_removed()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190007);
        var meetingId = await MeetingTestData.MeetingAsync(_factory, board, new DateOnly(2026, 10, 15), board.Chair, board.Director, board.Officer);
        var meeting = await MeetingTestData.MeetingOfAsync(_factory, board.TrustId, meetingId);
        using var clerk = await _factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var saved = await clerk.PostFormAsync($"/meetings/{meetingId}/minutes",
            [new("Version", meeting!.Version.ToString()), new("Notes[0].Standard", "Safety"), new("Notes[0].Text", Hostile), new("Minutes", Hostile), new("KeyFindings", Hostile)],
            $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var response = await clerk.GetAsync($"/meetings/{meetingId}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.DocumentAsync();
        foreach (var selector in new[] { "#minutes", "#key-findings", "#agenda-Safety .agenda-note" })
        {
            var block = page.QuerySelector(selector);
            Assert.NotNull(block);
            Assert.Equal("Bold", block.QuerySelector("strong")?.TextContent);
            Assert.Empty(block.QuerySelectorAll("script, img, [onerror]"));
            Assert.Empty(block.QuerySelectorAll("a[href^='javascript' i]"));
            Assert.Equal("https://www.gov.uk/", block.QuerySelector("a[href^='https']")?.GetAttribute("href"));
            Assert.Contains("<script>alert('minutes')</script>", block.TextContent, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}

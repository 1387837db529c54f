using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's figures with the clock pinned: schools by confirmed category now and at the
/// start of the term, the schools without a confirmed category this academic year (across the 31
/// August / 1 September boundary, in UK time), and the overdue count. Each test makes its own schools
/// in DDAT under a local authority nobody else uses and reads the dashboard filtered to it, so every
/// figure is exact. Runs on SQLite and on PostgreSQL (the two classes at the end of this file).
/// </summary>
public abstract class DashboardTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>, IDisposable
    where TPortal : class, IPortalFixture
{
    private static int _nextUrn = 610000;

    private PortalFactory Portal => fixture.Portal;

    public void Dispose()
    {
        Portal.Clock.Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>A UK wall-clock time as the UTC instant it was.</summary>
    private static DateTimeOffset Uk(int year, int month, int day, int hour = 12, int minute = 0)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), london), TimeSpan.Zero);
    }

    private sealed record Confirmation(string Category, DateTimeOffset At);

    /// <summary>Adds an open (or closed) school of the local authority with its confirmed categories, oldest first.</summary>
    private async Task<Guid> SchoolAsync(Guid trust, string localAuthority, string name, params Confirmation[] confirmed) =>
        await SchoolAsync(trust, localAuthority, name, closed: false, confirmed);

    private async Task<Guid> SchoolAsync(Guid trust, string localAuthority, string name, bool closed, params Confirmation[] confirmed)
    {
        var school = new School(new SchoolDetails(Interlocked.Increment(ref _nextUrn), name, "Primary", "Academy converter", localAuthority, null, null, 210, new DateOnly(2020, 9, 1)));
        if (closed)
        {
            school.Close(new DateOnly(2026, 7, 31));
        }

        await Portal.InTrustAsync(trust, async db =>
        {
            db.Schools.Add(school);
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            foreach (var c in confirmed)
            {
                var record = SchoolCategorisation.Propose(school.Id, c.Category, "Dashboard test", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, c.Category, "Seen"))], scheme, Guid.NewGuid(), c.At.AddDays(-3));
                record.Confirm(Guid.NewGuid(), c.At);
                db.Categorisations.Add(record);
                await db.SaveChangesAsync();
            }

            await db.SaveChangesAsync();
        });
        return school.Id;
    }

    private async Task<IDocument> DashboardAsync(string localAuthority)
    {
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await ceo.GetAsync($"/dashboard?LocalAuthority={Uri.EscapeDataString(localAuthority)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.DocumentAsync();
    }

    /// <summary>The "schools by category" table: category → (schools now, movement since the start of term).</summary>
    private static Dictionary<string, (string Now, string Movement)> ByCategory(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=by-category] tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(),
            r => (r.QuerySelectorAll("td")[0].TextContent.Trim(), r.QuerySelectorAll("td")[1].TextContent.Trim()));

    private static List<string> WithoutCategoryThisYear(IDocument page) =>
        [.. page.QuerySelectorAll("section[aria-labelledby=uncategorised] li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal)];

    private static string Heading(IDocument page, string id) => page.QuerySelector($"#{id}")!.TextContent.Trim();

    [SkippableFact]
    public async Task Counts_and_movement_since_the_start_of_the_spring_term_are_exact()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        var la = $"Testshire {Guid.NewGuid():N}";
        // Before this term (1 January 2027) Support, re-categorised Developing in the term: it moves.
        await SchoolAsync(ddat, la, "Moving School", new Confirmation("Support", Uk(2026, 10, 5)), new Confirmation("Developing", Uk(2027, 1, 20)));
        await SchoolAsync(ddat, la, "Steady Support School", new Confirmation("Support", Uk(2026, 11, 2)));
        // Confirmed last academic year only: counts as Developing, but has no category this year.
        await SchoolAsync(ddat, la, "Last Year School", new Confirmation("Developing", Uk(2026, 6, 15)));
        // First categorised in this term: Secure now, nothing at the start of term.
        await SchoolAsync(ddat, la, "New Secure School", new Confirmation("Secure", Uk(2027, 2, 1)));
        await SchoolAsync(ddat, la, "Never Categorised School");
        // Closed schools are not counted.
        await SchoolAsync(ddat, la, "Closed School", closed: true, new Confirmation("Support", Uk(2026, 10, 1)));
        Portal.Clock.Pin(Uk(2027, 2, 10, 9, 30));

        var page = await DashboardAsync(la);

        var counts = ByCategory(page);
        Assert.Equal(("1", "-1"), counts["Support"]);
        Assert.Equal(("2", "+1"), counts["Developing"]);
        Assert.Equal(("1", "+1"), counts["Secure"]);
        Assert.All(counts.Where(c => c.Key is not ("Support" or "Developing" or "Secure" or "Not yet categorised")), c => Assert.Equal(("0", "no change"), c.Value));
        Assert.Equal("1", counts["Not yet categorised"].Now);
        Assert.Contains("5 open schools; movement since the term began on 01/01/2027", page.QuerySelector("section[aria-labelledby=by-category] caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Last Year School (last confirmed: Developing)", "Never Categorised School (never categorised)"], WithoutCategoryThisYear(page));
    }

    [SkippableFact]
    public async Task The_uncategorised_list_starts_again_on_1_September_in_UK_time()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        var la = $"Testshire {Guid.NewGuid():N}";
        // 31 August 2026 23:30 in London is 22:30 UTC: still 2025/26. Ten minutes past midnight on 1 September is 2026/27.
        await SchoolAsync(ddat, la, "Late August School", new Confirmation("Secure", Uk(2026, 8, 31, 23, 30)));
        await SchoolAsync(ddat, la, "Early September School", new Confirmation("Support", Uk(2026, 9, 1, 0, 10)));
        await SchoolAsync(ddat, la, "Spring School", new Confirmation("Developing", Uk(2027, 3, 3)));

        Portal.Clock.Pin(Uk(2027, 8, 31, 23, 30));
        var lastNight = await DashboardAsync(la);
        Assert.Equal(["Late August School (last confirmed: Secure)"], WithoutCategoryThisYear(lastNight));
        Assert.Contains("2026/27", Heading(lastNight, "uncategorised"), StringComparison.Ordinal);
        Assert.EndsWith("1", Heading(lastNight, "uncategorised"), StringComparison.Ordinal);

        Portal.Clock.Advance(TimeSpan.FromHours(1));
        var nextMorning = await DashboardAsync(la);
        Assert.Equal(
            ["Early September School (last confirmed: Support)", "Late August School (last confirmed: Secure)", "Spring School (last confirmed: Developing)"],
            WithoutCategoryThisYear(nextMorning));
        Assert.Contains("2027/28", Heading(nextMorning, "uncategorised"), StringComparison.Ordinal);
        Assert.EndsWith("3", Heading(nextMorning, "uncategorised"), StringComparison.Ordinal);

        // A new term (autumn, from 1 September): every school's category is as it was at its start.
        var counts = ByCategory(nextMorning);
        Assert.Equal(("1", "no change"), counts["Secure"]);
        Assert.Equal(("1", "no change"), counts["Support"]);
        Assert.Equal(("1", "no change"), counts["Developing"]);
    }

    [SkippableFact]
    public async Task Overdue_actions_are_counted_from_the_pinned_day_and_closed_ones_are_not()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        var la = $"Testshire {Guid.NewGuid():N}";
        var school = await SchoolAsync(ddat, la, "Overdue Actions School");
        var created = Uk(2027, 1, 4);
        var dueYesterday = ImprovementAction.Create(school, "Due yesterday", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2027, 2, 9), new DateOnly(2027, 1, 4), created);
        var dueToday = ImprovementAction.Create(school, "Due today", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2027, 2, 10), new DateOnly(2027, 1, 4), created);
        var doneLate = ImprovementAction.Create(school, "Done, though late", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 4), created);
        doneLate.Complete();
        var droppedLate = ImprovementAction.Create(school, "Dropped, though late", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 4), created);
        droppedLate.Drop("No longer needed");
        var startedLate = ImprovementAction.Create(school, "Started, still late", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2027, 1, 31), new DateOnly(2027, 1, 4), created);
        startedLate.Start();
        await Portal.InTrustAsync(ddat, async db =>
        {
            db.Actions.AddRange(dueYesterday, dueToday, doneLate, droppedLate, startedLate);
            await db.SaveChangesAsync();
        });
        Portal.Clock.Pin(Uk(2027, 2, 10, 8, 0));

        var page = await DashboardAsync(la);

        Assert.EndsWith("2", Heading(page, "overdue"), StringComparison.Ordinal);
        var listed = page.QuerySelectorAll("section[aria-labelledby=overdue] li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Started, still late", "Due yesterday"], listed);
    }
}

public sealed class SqliteDashboardTests(SqlitePortal fixture) : DashboardTests<SqlitePortal>(fixture);

public sealed class PostgresDashboardTests(PostgresPortal fixture) : DashboardTests<PostgresPortal>(fixture);

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Schools;

/// <summary>
/// Pages run a fixed number of SQL commands however many schools the trust has (no N+1), for the
/// roles with trust-wide views and for those with scoped views (the headteacher and the linked
/// officer are tied to every added school), and the added rows really show on the pages. Runs on
/// SQLite and on PostgreSQL (the two classes at the end).
/// </summary>
public abstract class QueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;
    private const string LastAddedSchool = "Growth School 199";
    private static readonly DateOnly LongAgo = new(2000, 1, 1);

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task Pages_keep_a_constant_query_count_from_10_to_200_schools_and_show_the_added_ones()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var own = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        (string Who, HttpClient Client, string Page)[] pages =
        [
            ("CEO", ceo, "/schools"), ("CEO", ceo, "/schools?Phase=Primary&Page=2"), ("CEO", ceo, "/dashboard"), ("CEO", ceo, "/dashboard?Phase=Primary"),
            ("CEO", ceo, "/actions"), ("CEO", ceo, "/actions?Status=all&Page=2"), ("CEO", ceo, "/actions/mine"), ("CEO", ceo, $"/schools/{own}"),
            ("CEO", ceo, "/audit"), ("CEO", ceo, "/policy"), ("administrator", admin, "/users"),
            ("headteacher", head, "/schools"), ("headteacher", head, "/actions/mine"), ("headteacher", head, $"/schools/{own}"), ("headteacher", head, $"/schools/{own}/actions"),
            ("officer", officer, "/actions/mine"), ("officer", officer, $"/dashboard?Officer={officerId}"), ("officer", officer, "/dashboard"),
        ];

        await GrowAsync(ddat, own, 10);
        var atTen = await CountAllAsync(pages);

        await GrowAsync(ddat, own, Grown);
        var atTwoHundred = await CountAllAsync(pages);

        Assert.Equal(atTen, atTwoHundred);
        // The school profile is the heaviest: its sections (category, returns, data, actions, timeline, board) read a query each.
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 12));

        // The added schools show: a page that silently dropped rows would keep its count and pass above.
        var (open, linkedOpen, headsSchools) = await Portal.InTrustAsync(ddat, async db => (
            await db.Schools.CountAsync(s => s.ClosedOn == null),
            await db.Schools.CountAsync(s => s.ClosedOn == null && db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == officerId && a.Kind == AssignmentKind.LinkedOfficerFor)),
            await db.SchoolAssignments.Where(a => a.Kind == AssignmentKind.HeadteacherOf).Select(a => a.SchoolId).Distinct().CountAsync()));
        Assert.True(open >= Grown - 10 && linkedOpen >= Grown - 10 && headsSchools > Grown - 10, $"The trust did not grow: {open} open, {linkedOpen} linked, {headsSchools} with a headteacher.");
        await AssertShowsAsync(ceo, "/schools", $"{Grown} schools");
        await AssertShowsAsync(ceo, "/dashboard", $"{open} open schools");
        await AssertShowsAsync(officer, $"/dashboard?Officer={officerId}", $"{linkedOpen} open schools");
        await AssertShowsAsync(head, "/schools", $"{headsSchools} schools");
        await AssertShowsAsync(head, "/actions/mine", LastAddedSchool);
        await AssertShowsAsync(officer, "/actions/mine", LastAddedSchool);
        await AssertShowsAsync(head, $"/schools/{own}/actions", $"Growth action {Grown - 1}");

        // The profile's open-actions section (not the timeline below it, which also names the growth actions):
        // its count is the school's open actions, and its list, soonest due first, reaches the growth actions
        // (all due on the same far-off day) once the earlier-due ones are listed.
        var growthDue = new DateOnly(2099, 1, 1);
        var (ownOpen, dueBefore, otherDueWithThem) = await Portal.InTrustAsync(ddat, async db =>
        {
            var ownActions = db.Actions.Where(ImprovementAction.IsOpenCondition).Where(a => a.SchoolId == own);
            return (
                await ownActions.CountAsync(),
                await ownActions.CountAsync(a => a.DueOn < growthDue),
                await ownActions.CountAsync(a => a.DueOn == growthDue && !a.Title.StartsWith("Growth action ")));
        });
        Assert.True(ownOpen >= Grown - 10 && dueBefore < SchoolActionsSummary.Shown && otherDueWithThem == 0,
            $"The demo school has {ownOpen} open actions, {dueBefore} due before the growth ones and {otherDueWithThem} others due with them.");
        var section = (await ceo.GetDocumentAsync($"/schools/{own}")).QuerySelector("section[aria-labelledby=actions]")
            ?? throw new InvalidOperationException("The profile has no open-actions section.");
        Assert.Equal(ownOpen.ToString(CultureInfo.InvariantCulture), section.QuerySelector("#actions .badge.text-bg-secondary")!.TextContent.Trim());
        var listed = section.QuerySelectorAll("li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(Math.Min(SchoolActionsSummary.Shown, ownOpen), listed.Count);
        Assert.Equal(Math.Max(0, listed.Count - dueBefore), listed.Count(t => t.StartsWith("Growth action ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Grows the trust to <paramref name="schools"/> schools (at least the ten demo ones). Each new
    /// school gets a confirmed category, its action plan and a proposal awaiting confirmation, the
    /// demo headteacher and linked officer, and an action owned by each of their roles; the demo
    /// school <paramref name="own"/> gets an action and an inspection per new school.
    /// </summary>
    private async Task GrowAsync(Guid trust, Guid own, int schools)
    {
        var headId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var now = DateTimeOffset.UtcNow;
        var today = new DateOnly(2026, 1, 1);
        await Portal.InTrustAsync(trust, async db =>
        {
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            var existing = await db.Schools.OrderBy(s => s.Urn).Select(s => s.Id).ToListAsync();
            var all = existing.ToList();
            for (var i = existing.Count; i < schools; i++)
            {
                var school = new School(new SchoolDetails(180000 + i, $"Growth School {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
                db.Schools.Add(school);
                all.Add(school.Id);
                db.SchoolAssignments.Add(SchoolAssignment.Create(headId, [TrustRole.Headteacher], school.Id, AssignmentKind.HeadteacherOf));
                db.SchoolAssignments.Add(SchoolAssignment.Create(officerId, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
                // Due first, so that "my actions" (soonest due first, at most 500) lists them whatever else is due.
                db.Actions.Add(ImprovementAction.Create(school.Id, $"Growth head action {i}", ActionSource.Other, null, TrustRole.Headteacher, null, LongAgo.AddDays(1), LongAgo, now));
                db.Actions.Add(ImprovementAction.Create(school.Id, $"Growth officer action {i}", ActionSource.Other, null, TrustRole.SchoolImprovementOfficer, null, LongAgo.AddDays(1), LongAgo, now));
                db.Actions.Add(ImprovementAction.Create(own, $"Growth action {i}", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2099, 1, 1), today, now));
                db.Inspections.Add(Inspection.SiamsInspection(own, new DateOnly(2020, 1, 1).AddDays(i), SiamsJudgement.LivingUpToFoundation, $"Growth inspection {i}", today));
            }

            foreach (var id in all.Where(id => !db.Categorisations.Any(c => c.SchoolId == id)))
            {
                var category = scheme[all.IndexOf(id) % scheme.Count];
                var confirmed = SchoolCategorisation.Propose(id, category.Name, "Growth", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))], scheme, Guid.NewGuid(), now.AddDays(-200));
                confirmed.Confirm(Guid.NewGuid(), now.AddDays(-200));
                db.Categorisations.Add(confirmed);
                db.Actions.AddRange(ActionPlan.FromStandardResponses(confirmed, category, new DateOnly(2025, 1, 1), now));
                db.Categorisations.Add(SchoolCategorisation.Propose(id, category.Name, "Next", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))], scheme, Guid.NewGuid(), now));
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<Dictionary<string, int>> CountAllAsync((string Who, HttpClient Client, string Page)[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (who, client, page) in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{who} {page}: {(int)response.StatusCode}");
            counts[$"{who} {page}"] = PageCommands.OwnOf(Portal.Commands.Texts).Count;
        }

        return counts;
    }

    private static async Task AssertShowsAsync(HttpClient client, string page, string text)
    {
        var shown = (await client.GetDocumentAsync(page)).Text();
        Assert.True(shown.Contains(text, StringComparison.Ordinal), $"{page} does not show \"{text}\".");
    }
}

public sealed class SqliteQueryCountTests(SqlitePortal fixture) : QueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresQueryCountTests(PostgresPortal fixture) : QueryCountTests<PostgresPortal>(fixture);

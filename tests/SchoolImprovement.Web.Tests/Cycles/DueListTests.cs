using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Due;
using SchoolImprovement.Web.Features.ReviewCycles;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Cycles;

/// <summary>
/// The due list with a pinned clock at the year boundary: an appraisal held on 31 August falls due on 31 December and is
/// overdue on 1 January; overdue items come first, then by date; the horizon, ?mine=true, ?officer= and a headteacher's view
/// of only their school; and the list gathers every registered due source (two of the test's own), for a person too.
/// </summary>
public sealed class DueListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DateOnly Parse(string text) => DateOnly.ParseExact(text.Trim()[..10], "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<Guid> AppraisalHeldOn31AugustAsync()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        await factory.InTrustAsync(vine, async db =>
        {
            if (!await db.ReviewOccurrences.AnyAsync(o => o.SchoolId == school && o.Kind == DueKind.HeadteacherAppraisal))
            {
                var held = new DateOnly(2026, 8, 31);
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(DueKind.HeadteacherAppraisal, school, held, null, null, [], null, officer, DateTimeOffset.UtcNow, held));
                await db.SaveChangesAsync();
            }
        });
        return school;
    }

    [Fact]
    public async Task An_appraisal_held_on_31_August_is_due_on_31_December_and_overdue_on_1_January()
    {
        var school = await AppraisalHeldOn31AugustAsync();
        factory.Clock.PinUk(new DateTime(2026, 12, 31, 23, 30, 0));
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        var onTheDay = (await officer.GetDocumentAsync($"/schools/{school}/due")).QuerySelector("#due tr[data-kind=HeadteacherAppraisal]")!;
        factory.Clock.PinUk(new DateTime(2027, 1, 1, 0, 30, 0));
        var nextDay = (await officer.GetDocumentAsync($"/schools/{school}/due")).QuerySelector("#due tr[data-kind=HeadteacherAppraisal]")!;

        Assert.Contains("31/12/2026", onTheDay.TextContent, StringComparison.Ordinal);
        Assert.Contains("31/08/2026", onTheDay.TextContent, StringComparison.Ordinal);
        Assert.Null(onTheDay.QuerySelector(".badge"));
        Assert.Contains("31/12/2026", nextDay.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", nextDay.QuerySelector(".badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_trust_list_puts_overdue_items_first_then_by_date_within_its_horizon()
    {
        await AppraisalHeldOn31AugustAsync();
        factory.Clock.PinUk(new DateTime(2027, 1, 1, 9, 0, 0));
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);

        var page = await ceo.GetDocumentAsync("/due?within=1100");
        var rows = page.QuerySelectorAll("#due tbody tr").Select(r => (Due: Parse(r.QuerySelectorAll("td")[1].TextContent), Overdue: r.QuerySelector(".badge") is not null)).ToList();

        Assert.Contains(rows, r => r.Overdue);
        Assert.Contains(rows, r => !r.Overdue);
        var today = new DateOnly(2027, 1, 1);
        Assert.All(rows, r => Assert.Equal(r.Due < today, r.Overdue));
        var firstNotOverdue = rows.FindIndex(r => !r.Overdue);
        Assert.All(rows.Skip(firstNotOverdue), r => Assert.False(r.Overdue));
        Assert.Equal(rows.Take(firstNotOverdue).Select(r => r.Due).Order(), rows.Take(firstNotOverdue).Select(r => r.Due));
        Assert.Equal(rows.Skip(firstNotOverdue).Select(r => r.Due).Order(), rows.Skip(firstNotOverdue).Select(r => r.Due));

        var overdueOnly = await ceo.GetDocumentAsync("/due?within=0");
        Assert.Equal(rows.Count(r => r.Overdue), overdueOnly.QuerySelectorAll("#due tbody tr .badge").Length);
        Assert.Equal(rows.Count(r => r.Overdue), overdueOnly.QuerySelectorAll("#due tbody tr").Length);
        var sixty = await ceo.GetDocumentAsync("/due");
        Assert.All(sixty.QuerySelectorAll("#due tbody tr"), r => Assert.True(Parse(r.QuerySelectorAll("td")[1].TextContent) <= today.AddDays(60)));
    }

    [Fact]
    public async Task Mine_and_officer_filters_keep_the_officers_linked_schools_and_a_headteacher_sees_only_their_school()
    {
        factory.Clock.PinUk(new DateTime(2027, 1, 1, 9, 0, 0));
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var officerId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var linked = await factory.InTrustAsync(vine, db => db.SchoolAssignments.Where(a => a.UserId == officerId && a.Kind == AssignmentKind.LinkedOfficerFor).Select(a => a.SchoolId).ToListAsync());
        var first = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Vine);

        static List<string> Schools(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("#due tbody tr td:first-of-type a").Select(a => a.GetAttribute("href")!)];

        var everything = Schools(await ceo.GetDocumentAsync("/due?within=1100"));
        var mine = Schools(await officer.GetDocumentAsync("/due?mine=true&within=1100"));
        var byOfficer = Schools(await ceo.GetDocumentAsync($"/due?officer={officerId}&within=1100"));
        var headsList = Schools(await head.GetDocumentAsync("/due?within=1100"));
        var ceoMine = await ceo.GetDocumentAsync("/due?mine=true&within=1100");

        Assert.NotEmpty(mine);
        Assert.All(mine, href => Assert.Contains(href, linked.Select(id => $"/schools/{id}")));
        Assert.Equal(linked.Count, mine.Distinct().Count());
        Assert.True(everything.Distinct().Count() > linked.Count);
        Assert.Equal(mine, byOfficer);
        Assert.NotEmpty(headsList);
        Assert.All(headsList, href => Assert.Equal($"/schools/{first}", href));
        Assert.Empty(ceoMine.QuerySelectorAll("#due tbody tr"));
        Assert.NotNull(ceoMine.QuerySelector("#none"));
    }

    [Fact]
    public async Task The_list_gathers_every_registered_due_source_and_a_persons_items_are_read_without_a_request()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var someoneElse = Guid.NewGuid();
        var today = new DateOnly(2027, 1, 1);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290002);
        var visits = new FixedSource(new DueItem(DueKind.VisitResponse, "visit:1", "Visit note", today.AddDays(-3), "/visits/1", school, "Blackwater Vale CE Primary", [officer]));
        var checks = new FixedSource(new DueItem(DueKind.HealthCheck, "school:x", "Health check", today.AddDays(5), "/health-checks", school, "Blackwater Vale CE Primary", [someoneElse]));

        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(vine, null, "due list test");
        var provider = scope.ServiceProvider;
        var queries = new DueListQueries(
            provider.GetRequiredService<PortalDbContext>(),
            [provider.GetRequiredService<IEnumerable<IDueSource>>().OfType<ReviewCycleDueSource>().Single(), visits, checks],
            provider.GetRequiredService<SchoolAccess>(), provider.GetRequiredService<PermissionsReader>(), provider.GetRequiredService<ReviewQueries>(), TimeProvider.System);

        var all = await queries.AllAsync(today, null, CancellationToken.None);
        var mine = await queries.ForPersonAsync(officer, today, CancellationToken.None);

        Assert.Contains(all, i => i.Kind == DueKind.VisitResponse);
        Assert.Contains(all, i => i.Kind == DueKind.HealthCheck);
        Assert.Contains(all, i => i.Kind == DueKind.HeadteacherAppraisal);
        Assert.Contains(mine, i => i.Kind == DueKind.VisitResponse);
        Assert.DoesNotContain(mine, i => i.Kind == DueKind.HealthCheck);
        Assert.Contains(mine, i => i.Kind == DueKind.HeadteacherAppraisal);
        Assert.All(mine, i => Assert.Contains(officer, i.ResponsibleUserIds));
        var overdue = mine.TakeWhile(i => i.IsOverdue(today)).Count();
        Assert.All(mine.Skip(overdue), i => Assert.False(i.IsOverdue(today)));
    }

    private sealed class FixedSource(params DueItem[] items) : IDueSource
    {
        public Task<IReadOnlyList<DueItem>> DueAsync(DueContext context, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DueItem>>(context.SchoolId is null ? items : [.. items.Where(i => i.SchoolId == context.SchoolId)]);
    }
}

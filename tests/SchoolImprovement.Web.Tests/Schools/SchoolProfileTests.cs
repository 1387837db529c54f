using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Schools;

/// <summary>
/// The school profile composed of its features' partials (category, open actions, latest
/// inspections) and its own facts, people and timeline: the content each role sees, and a
/// query count that does not grow with the school's records or the trust's schools.
/// </summary>
public sealed class SchoolProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_profile_shows_the_category_open_and_overdue_actions_latest_inspections_and_timeline()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        var schoolId = await NewSchoolAsync(ddat, 187001, "Profile Test Primary");
        await AddRecordsAsync(ddat, schoolId, rounds: 1);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var response = await ceo.GetAsync($"/schools/{schoolId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var category = page.QuerySelector("section[aria-labelledby=category]")!.TextContent;
        Assert.Contains("Rationale round 0", category, StringComparison.Ordinal);
        Assert.Contains("proposed, awaiting confirmation", category, StringComparison.Ordinal);
        Assert.DoesNotContain("Propose a category", category, StringComparison.Ordinal);
        var actions = page.QuerySelector("section[aria-labelledby=actions]")!;
        var open = await OpenActionsAsync(ddat, schoolId);
        Assert.Equal(open.ToString(System.Globalization.CultureInfo.InvariantCulture), actions.QuerySelector("h2 .text-bg-secondary")!.TextContent);
        Assert.Equal($"{open} overdue", actions.QuerySelector("h2 .text-bg-danger")!.TextContent);
        Assert.Equal(Math.Min(open, 8), actions.QuerySelectorAll("li").Length);
        var inspections = page.QuerySelector("section[aria-labelledby=latest-inspections]")!.TextContent;
        Assert.Contains("Ofsted (2019 framework), 10/05/2023:", inspections, StringComparison.Ordinal);
        Assert.Contains("Suggests Support because", inspections, StringComparison.Ordinal);
        var timeline = page.QuerySelector("section[aria-labelledby=timeline]")!;
        Assert.Contains("Joined the trust", timeline.TextContent, StringComparison.Ordinal);
        Assert.NotNull(timeline.QuerySelector("a[href^='/categorisations/']"));
        Assert.NotNull(page.QuerySelector($"a[href='/schools/{schoolId}/edit']"));
    }

    [Fact]
    public async Task A_headteacher_sees_the_confirmed_category_but_not_a_proposal_nor_the_register_buttons()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        Guid own = default;
        await factory.InTrustAsync(ddat, async db => own = await db.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync());
        await AddRecordsAsync(ddat, own, rounds: 1);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var headPage = await head.GetDocumentAsync($"/schools/{own}");
        var ceoPage = await ceo.GetDocumentAsync($"/schools/{own}");

        var headCategory = headPage.QuerySelector("section[aria-labelledby=category]")!.TextContent;
        Assert.Contains("Rationale round ", headCategory, StringComparison.Ordinal);
        Assert.DoesNotContain("awaiting confirmation", headCategory, StringComparison.Ordinal);
        Assert.Null(headPage.QuerySelector($"a[href='/schools/{own}/edit']"));
        Assert.Null(headPage.QuerySelector("section[aria-labelledby=timeline] a[href^='/categorisations/']"));
        Assert.Contains("awaiting confirmation", ceoPage.QuerySelector("section[aria-labelledby=category]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_runs_the_same_number_of_queries_however_many_records_the_school_and_the_trust_have()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        var schoolId = await NewSchoolAsync(ddat, 187002, "Growing Profile Primary");
        await AddRecordsAsync(ddat, schoolId, rounds: 1);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        Guid own = default;
        await factory.InTrustAsync(ddat, async db => own = await db.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync());
        var ceoBefore = await CountAsync(ceo, $"/schools/{schoolId}");
        var headBefore = await CountAsync(head, $"/schools/{own}");

        await AddRecordsAsync(ddat, schoolId, rounds: 6);
        await AddRecordsAsync(ddat, own, rounds: 6);
        for (var i = 0; i < 40; i++)
        {
            await NewSchoolAsync(ddat, 187100 + i, $"Extra School {i:00}");
        }

        Assert.Equal(ceoBefore, await CountAsync(ceo, $"/schools/{schoolId}"));
        Assert.Equal(headBefore, await CountAsync(head, $"/schools/{own}"));
        Assert.InRange(ceoBefore, 1, 14); // every signed-in page also checks its session and reads the trust's policy settings
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        factory.Commands.Reset();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Commands.Count;
    }

    private async Task<Guid> NewSchoolAsync(Guid trust, int urn, string name)
    {
        var school = new School(new SchoolDetails(urn, name, "Primary", "Academy converter", "Derby", null, null, 200, new DateOnly(2024, 9, 1)));
        await factory.InTrustAsync(trust, async db =>
        {
            db.Schools.Add(school);
            await db.SaveChangesAsync();
        });
        return school.Id;
    }

    /// <summary>
    /// Each round: a confirmed categorisation (the first with "Rationale round 0") with its action
    /// plan due in the past (so overdue), an Ofsted 2019 inspection; then one proposal awaiting confirmation.
    /// </summary>
    private async Task AddRecordsAsync(Guid trust, Guid schoolId, int rounds)
    {
        await factory.InTrustAsync(trust, async db =>
        {
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            var category = scheme[0];
            List<EvidenceJudgement> evidence = [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))];
            var existing = await db.Categorisations.CountAsync(c => c.SchoolId == schoolId);
            for (var i = 0; i < rounds; i++)
            {
                var confirmed = SchoolCategorisation.Propose(schoolId, category.Name, $"Rationale round {existing + i}", evidence, scheme, Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-300 + i));
                confirmed.Confirm(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-299 + i));
                db.Categorisations.Add(confirmed);
                db.Actions.AddRange(ActionPlan.FromStandardResponses(confirmed, category, new DateOnly(2025, 1, 1), DateTimeOffset.UtcNow));
                db.Inspections.Add(Inspection.Ofsted2019(schoolId, new DateOnly(2023, 5, 10).AddDays(-i - existing), new Dictionary<string, OfstedGrade>
                {
                    ["Quality of education"] = OfstedGrade.RequiresImprovement,
                    ["Behaviour and attitudes"] = OfstedGrade.Good,
                    ["Personal development"] = OfstedGrade.Good,
                    ["Leadership and management"] = OfstedGrade.Good,
                }, DateOnly.FromDateTime(DateTime.UtcNow)));
            }

            if (!await db.Categorisations.AnyAsync(c => c.SchoolId == schoolId && c.Status == CategorisationStatus.Proposed))
            {
                db.Categorisations.Add(SchoolCategorisation.Propose(schoolId, category.Name, "Next proposal", evidence, scheme, Guid.NewGuid(), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<int> OpenActionsAsync(Guid trust, Guid schoolId)
    {
        var count = 0;
        await factory.InTrustAsync(trust, async db => count = await db.Actions.Where(ImprovementAction.IsOpenCondition).CountAsync(a => a.SchoolId == schoolId));
        return count;
    }
}

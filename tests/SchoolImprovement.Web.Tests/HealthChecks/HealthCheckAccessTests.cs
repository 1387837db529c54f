using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HealthChecks;

/// <summary>
/// Who records health checks and their impact: a headteacher reads their school's check but neither starts, rates nor
/// completes one; another school's headteacher cannot record its impact; another trust's check is 404 (with a valid
/// antiforgery token) and stays unchanged; a trust whose policy has no health checks (Vine) has no such pages.
/// </summary>
public sealed class HealthCheckAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly HeldOn = new(2025, 10, 1);

    [Fact]
    public async Task A_headteacher_reads_their_schools_check_but_cannot_start_rate_or_complete_one()
    {
        var made = await HealthCheckTestData.MakeAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, HeldOn, withAction: true, complete: false);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        var page = await head.GetDocumentAsync($"/health-checks/{made.Check}");
        Assert.NotNull(page.QuerySelector($"#area-{made.ActionArea}"));
        Assert.Null(page.QuerySelector("form.rate"));
        Assert.Null(page.QuerySelector("#complete"));

        var token = await head.AntiforgeryTokenAsync();
        using var startPage = await head.GetAsync($"/schools/{made.School}/health-checks/new");
        using var start = await head.PostWithTokenAsync($"/schools/{made.School}/health-checks/new", token, [new("HeldOn", "2025-10-02"), new("HasEarlyYears", "true")]);
        using var rate = await head.PostWithTokenAsync($"/health-checks/{made.Check}/areas/{made.FirstArea}", token,
            [new("Version", made.Version.ToString()), new("Rag", "Green"), new("Findings", "Self-rated.")]);
        using var complete = await head.PostWithTokenAsync($"/health-checks/{made.Check}/complete", token, [new("Version", made.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, startPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        var kept = await HealthCheckTestData.ReadAsync(factory, made.Trust, made.Check);
        Assert.Equal(made.Version, kept.Version);
        Assert.Equal(HealthCheckStatus.Draft, kept.Status);
        Assert.Null(kept.Areas.Single(a => a.Id == made.FirstArea).Rag);
        Assert.Equal(1, await factory.InTrustAsync(made.Trust, db => db.HealthChecks.CountAsync(c => c.SchoolId == made.School)));
    }

    [Fact]
    public async Task Another_schools_headteacher_cannot_read_it_or_record_its_impact()
    {
        var made = await HealthCheckTestData.MakeAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190010, HeldOn, withAction: true, complete: true);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var token = await head.AntiforgeryTokenAsync();

        using var page = await head.GetAsync($"/health-checks/{made.Check}");
        using var impact = await head.PostWithTokenAsync($"/health-checks/{made.Check}/areas/{made.ActionArea}/impact", token,
            [new("Version", made.Version.ToString()), new("Evidence", "Not my school.")]);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, impact.StatusCode);
        var kept = await HealthCheckTestData.ReadAsync(factory, made.Trust, made.Check);
        Assert.Equal(made.Version, kept.Version);
        Assert.Null(kept.Areas.Single(a => a.Id == made.ActionArea).EvidenceOfImpact);
        var list = await head.GetDocumentAsync("/health-checks");
        Assert.Null(list.QuerySelector($"#schools tr[data-school='{made.School}']"));
    }

    [Fact]
    public async Task Another_trusts_check_is_404_with_a_valid_token_and_stays_unchanged()
    {
        var vine = await HealthCheckTestData.MakeAsync(factory, Browsing.VineTrust, Browsing.Vine, 290001, HeldOn, withAction: true, complete: false);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();

        using var page = await officer.GetAsync($"/health-checks/{vine.Check}");
        using var school = await officer.GetAsync($"/schools/{vine.School}/health-checks");
        using var start = await officer.PostWithTokenAsync($"/schools/{vine.School}/health-checks/new", token, [new("HeldOn", "2025-10-02")]);
        using var rate = await officer.PostWithTokenAsync($"/health-checks/{vine.Check}/areas/{vine.FirstArea}", token,
            [new("Version", vine.Version.ToString()), new("Rag", "Green"), new("Findings", "Across trusts.")]);
        using var complete = await officer.PostWithTokenAsync($"/health-checks/{vine.Check}/complete", token, [new("Version", vine.Version.ToString())]);
        using var impact = await director.PostWithTokenAsync($"/health-checks/{vine.Check}/areas/{vine.ActionArea}/impact", await director.AntiforgeryTokenAsync(),
            [new("Version", vine.Version.ToString()), new("Evidence", "Across trusts.")]);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, school.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, impact.StatusCode);
        var kept = await HealthCheckTestData.ReadAsync(factory, vine.Trust, vine.Check);
        Assert.Equal(vine.Version, kept.Version);
        Assert.Equal(HealthCheckStatus.Draft, kept.Status);
        Assert.Null(kept.Areas.Single(a => a.Id == vine.FirstArea).Rag);
        Assert.Null(kept.Areas.Single(a => a.Id == vine.ActionArea).EvidenceOfImpact);
        Assert.Equal(1, await factory.InTrustAsync(vine.Trust, db => db.HealthChecks.CountAsync(c => c.SchoolId == vine.School)));
    }

    [Fact]
    public async Task Vine_does_not_use_health_checks_so_its_pages_are_404()
    {
        var vine = await HealthCheckTestData.MakeAsync(factory, Browsing.VineTrust, Browsing.Vine, 290002, HeldOn, withAction: false, complete: false);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/health-checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/schools/{vine.School}/health-checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/schools/{vine.School}/health-checks/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/health-checks/{vine.Check}")).StatusCode);
        using var start = await officer.PostWithTokenAsync($"/schools/{vine.School}/health-checks/new", await officer.AntiforgeryTokenAsync(), [new("HeldOn", "2025-10-02")]);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(1, await factory.InTrustAsync(vine.Trust, db => db.HealthChecks.CountAsync(c => c.SchoolId == vine.School)));
    }

    [Fact]
    public async Task A_second_draft_for_a_school_is_refused_with_the_input_kept()
    {
        var made = await HealthCheckTestData.MakeAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190003, HeldOn, withAction: false, complete: false);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var url = $"/schools/{made.School}/health-checks/new";

        using var again = await director.PostFormAsync(url, new Dictionary<string, string> { ["HeldOn"] = "2025-10-03", ["HasEarlyYears"] = "true", ["HasSixthForm"] = "false" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await again.DocumentAsync();
        Assert.Contains("already has a health check in progress", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-10-03", page.QuerySelector("#HeldOn")!.GetAttribute("value"));
        Assert.Equal(1, await factory.InTrustAsync(made.Trust, db => db.HealthChecks.CountAsync(c => c.SchoolId == made.School && c.Status == HealthCheckStatus.Draft)));
    }
}

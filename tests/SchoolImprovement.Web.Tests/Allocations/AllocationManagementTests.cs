using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

// "DayAllocations", not "Allocations": a namespace of that name would hide the policy's Allocations record from the other tests.
namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>
/// Setting a school's allocation for an academic year (the policy's days by default; one per school and year; no more than the
/// policy gives), assigning SLEs with their subject and days (no more than the SLE days unless additional days were approved),
/// and the Director of Learning's approval of additional days with a reason. Refusals keep the input; wrong roles get 403.
/// </summary>
public sealed class AllocationManagementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task The_director_sets_an_allocation_from_the_policy_defaults_and_a_second_for_the_year_is_refused()
    {
        factory.Clock.PinUk(new DateTime(2030, 10, 1, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290007);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var url = $"/schools/{school}/allocations/new";

        var form = await director.GetDocumentAsync($"{url}?year=2030");
        Assert.Equal("7.5", form.QuerySelector("#OfficerDays")!.GetAttribute("value"));
        Assert.Equal("1", form.QuerySelector("#PerformanceManagementDays")!.GetAttribute("value"));
        Assert.Equal("9", form.QuerySelector("#SleDays")!.GetAttribute("value"));
        Assert.Equal("2030", form.QuerySelector("input[name=AcademicYear]")!.GetAttribute("value"));

        List<KeyValuePair<string, string>> fields =
            [F("AcademicYear", "2030"), F("OfficerUserId", officer.ToString()), F("OfficerDays", "7.5"), F("PerformanceManagementDays", "1"), F("SleDays", "6")];
        using var set = await director.PostFormAsync(url, fields, url);
        using var again = await director.PostFormAsync(url, fields, url);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var stored = await factory.InTrustAsync(trust, db => db.DayAllocations.AsNoTracking().Where(a => a.SchoolId == school && a.AcademicYear == 2030).ToListAsync());
        var allocation = Assert.Single(stored);
        Assert.Equal($"/allocations/{allocation.Id}", set.Headers.Location!.OriginalString);
        Assert.Equal((2030, officer, 7.5m, 1m, 6m), (allocation.AcademicYear, allocation.OfficerUserId, allocation.OfficerDays, allocation.PerformanceManagementDays, allocation.SleDays));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already has an allocation for 2030/31", (await again.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var page = await director.GetDocumentAsync($"/allocations/{allocation.Id}");
        Assert.Equal("7.5", page.QuerySelector("tr[data-strand=Officer] .allowance")!.TextContent);
        Assert.Equal("6", page.QuerySelector("tr[data-strand=Sle] .allowance")!.TextContent);
    }

    [Fact]
    public async Task Setting_more_days_than_the_policy_gives_is_refused_with_the_input_kept()
    {
        var trust = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290008);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var url = $"/schools/{school}/allocations/new";

        using var response = await ceo.PostFormAsync(url,
            [F("AcademicYear", "2031"), F("OfficerUserId", officer.ToString()), F("OfficerDays", "8"), F("PerformanceManagementDays", "1"), F("SleDays", "12")], url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var errors = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Improvement lead days can be at most 7.5", errors, StringComparison.Ordinal);
        Assert.Contains("SLE days can be at most 9", errors, StringComparison.Ordinal);
        Assert.Equal("8", page.QuerySelector("#OfficerDays")!.GetAttribute("value"));
        Assert.Equal("12", page.QuerySelector("#SleDays")!.GetAttribute("value"));
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.DayAllocations.CountAsync(a => a.SchoolId == school)));
    }

    [Fact]
    public async Task Assigning_an_sle_ties_them_to_the_school_and_more_than_the_sle_days_is_refused_until_the_director_approves_more()
    {
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290009, 2031);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290009);
        var sle = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Vine));
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var page = $"/allocations/{allocation}";

        using var tooMany = await director.PostFormAsync($"{page}/sle", [F("Sle.SleUserId", sle.ToString()), F("Sle.Subject", "Mathematics"), F("Sle.Days", "10")], page);
        var refused = await tooMany.DocumentAsync();
        using var noReason = await director.PostFormAsync($"{page}/additional-days", [F("Approval.Strand", "Sle"), F("Approval.Days", "2"), F("Approval.Reason", " ")], page);
        using var approve = await director.PostFormAsync($"{page}/additional-days", [F("Approval.Strand", "Sle"), F("Approval.Days", "2"), F("Approval.Reason", "Greatest need: a new leadership team")], page);
        using var assign = await director.PostFormAsync($"{page}/sle", [F("Sle.SleUserId", sle.ToString()), F("Sle.Subject", "Mathematics"), F("Sle.Days", "10")], page);

        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains("This would assign 10 of the school's 9 SLE days", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mathematics", refused.QuerySelector("#Sle_Subject")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Give the reason for the additional days.", (await noReason.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        var stored = await factory.StoredAllocationAsync(trust, allocation);
        var approval = Assert.Single(stored.Approvals);
        Assert.Equal((AllocationStrand.Sle, 2m, "Greatest need: a new leadership team"), (approval.Strand, approval.Days, approval.Reason));
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine)), approval.ApprovedBy);
        var assignment = Assert.Single(stored.SleAssignments);
        Assert.Equal((sle, "Mathematics", 10m), (assignment.SleUserId, assignment.Subject, assignment.Days));
        Assert.True(await factory.InTrustAsync(trust, db => db.SchoolAssignments.AnyAsync(a => a.SchoolId == school && a.UserId == sle && a.Kind == AssignmentKind.SpecialistLeaderFor)));
        var shown = await director.GetDocumentAsync(page);
        Assert.Equal("11", shown.QuerySelector("tr[data-strand=Sle] .allowance")!.TextContent);
    }

    [Fact]
    public async Task Only_the_director_of_learning_approves_additional_days_and_only_those_who_manage_allocations_set_and_assign()
    {
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290006, 2031);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290006);
        var sle = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Vine));
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var ceoToken = await ceo.AntiforgeryTokenAsync();
        var officerToken = await officer.AntiforgeryTokenAsync();
        List<KeyValuePair<string, string>> approval = [F("Approval.Strand", "Officer"), F("Approval.Days", "1"), F("Approval.Reason", "Need")];

        using var ceoApproves = await ceo.PostWithTokenAsync($"/allocations/{allocation}/additional-days", ceoToken, approval);
        using var officerApproves = await officer.PostWithTokenAsync($"/allocations/{allocation}/additional-days", officerToken, approval);
        using var officerAssigns = await officer.PostWithTokenAsync($"/allocations/{allocation}/sle", officerToken, [F("Sle.SleUserId", sle.ToString()), F("Sle.Subject", "English"), F("Sle.Days", "1")]);
        using var officerEdits = await officer.GetAsync($"/allocations/{allocation}/edit");
        using var officerSets = await officer.GetAsync($"/schools/{school}/allocations/new");
        var ceoPage = await ceo.GetDocumentAsync($"/allocations/{allocation}");

        Assert.Equal(HttpStatusCode.Forbidden, ceoApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerAssigns.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerEdits.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerSets.StatusCode);
        Assert.Null(ceoPage.QuerySelector("#approve-days"));
        Assert.NotNull(ceoPage.QuerySelector("#assign-sle"));
        var stored = await factory.StoredAllocationAsync(trust, allocation);
        Assert.Empty(stored.Approvals);
        Assert.Empty(stored.SleAssignments);
    }

    [Fact]
    public async Task Changing_an_allocation_with_a_stale_version_shows_the_current_values_beside_the_kept_input()
    {
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290007, 2032);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var url = $"/allocations/{allocation}/edit";
        var form = await director.GetDocumentAsync(url);
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> Fields(string officerDays) =>
            [F("Version", version), F("AcademicYear", "2032"), F("OfficerUserId", officer.ToString()), F("OfficerDays", officerDays), F("PerformanceManagementDays", "1"), F("SleDays", "9")];

        using var first = await director.PostFormAsync(url, Fields("6"), url);
        using var stale = await director.PostFormAsync(url, Fields("5"), url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.DocumentAsync();
        Assert.Contains("6 lead days", page.QuerySelector("#current-values")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", page.QuerySelector("#OfficerDays")!.GetAttribute("value"));
        Assert.NotEqual(version, page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(6m, (await factory.StoredAllocationAsync(trust, allocation)).OfficerDays);
    }
}

using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>
/// Another trust's allocation is 404 for every page and post, with a valid antiforgery token, and stays unchanged. DDAT switches
/// day allocations on here, so that the 404 comes from the tenancy and not from the switched-off capability.
/// </summary>
public sealed class AllocationTenancyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Another_trusts_allocation_is_404_with_a_valid_token_and_stays_unchanged()
    {
        await factory.UseDayAllocationsAsync(Browsing.DdatTrust);
        var (vine, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290001, 2030);
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var before = await factory.StoredAllocationAsync(vine, allocation);
        var ddatOfficer = await factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var token = await director.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/allocations")).StatusCode);

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { $"/allocations/{allocation}", $"/allocations/{allocation}/edit", $"/schools/{vineSchool}/allocations", $"/schools/{vineSchool}/allocations/new" })
        {
            using var response = await director.GetAsync(url);
            statuses.Add(response.StatusCode);
        }

        (string Url, List<KeyValuePair<string, string>> Fields)[] posts =
        [
            ($"/allocations/{allocation}/edit", [F("Version", before.Version.ToString()), F("AcademicYear", "2030"), F("OfficerUserId", ddatOfficer.ToString()), F("OfficerDays", "1"), F("PerformanceManagementDays", "0"), F("SleDays", "0")]),
            ($"/allocations/{allocation}/sle", [F("Sle.SleUserId", ddatOfficer.ToString()), F("Sle.Subject", "Maths"), F("Sle.Days", "1")]),
            ($"/allocations/{allocation}/additional-days", [F("Approval.Strand", "Officer"), F("Approval.Days", "1"), F("Approval.Reason", "Cross-trust")]),
            ($"/allocations/{allocation}/days", [F("Log.Strand", "Officer"), F("Log.On", "2030-10-01"), F("Log.Days", "1"), F("Log.Activity", "Cross-trust"), F("Log.Mode", "InPerson")]),
            ($"/schools/{vineSchool}/allocations/new", [F("AcademicYear", "2031"), F("OfficerUserId", ddatOfficer.ToString()), F("OfficerDays", "1"), F("PerformanceManagementDays", "0"), F("SleDays", "0")]),
        ];
        foreach (var (url, fields) in posts)
        {
            using var response = await director.PostWithTokenAsync(url, token, fields);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        var after = await factory.StoredAllocationAsync(vine, allocation);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(7.5m, after.OfficerDays);
        Assert.Empty(after.SleAssignments);
        Assert.Empty(after.Approvals);
        Assert.Empty(after.Logs);
        Assert.Equal(1, await factory.InTrustAsync(vine, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DayAllocations, a => a.SchoolId == vineSchool)));
    }
}

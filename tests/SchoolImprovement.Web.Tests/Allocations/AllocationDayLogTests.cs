using System.Net;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>
/// Officers and SLEs log days in half-day steps against their own assignment only (date, activity, in person or online):
/// past the allowance is refused with the input kept, until the Director of Learning approves more; someone else's
/// assignment is refused; dates outside the academic year are refused, at its 31 August / 1 September edges.
/// </summary>
public sealed class AllocationDayLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static List<KeyValuePair<string, string>> Log(string strand, string on, string days, string activity = "Termly review", string mode = "InPerson") =>
        [F("Log.Strand", strand), F("Log.On", on), F("Log.Days", days), F("Log.Activity", activity), F("Log.Mode", mode)];

    [Fact]
    public async Task The_officer_logs_half_days_up_to_the_allowance_and_more_is_refused_until_the_director_approves_additional_days()
    {
        factory.Clock.PinUk(new DateTime(2030, 11, 20, 9, 0, 0));
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290007, 2030);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var page = $"/allocations/{allocation}";

        var form = await officer.GetDocumentAsync(page);
        Assert.Equal("2030-11-20", form.QuerySelector("#Log_On")!.GetAttribute("value"));
        using var first = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-10-01", "7", "Start-of-year review"), page);
        using var half = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-11-05", "0.5", "Data review", "Online"), page);
        using var past = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-11-19", "1", "Pre-inspection review"), page);
        var refused = await past.DocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, half.StatusCode);
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains(
            "This would take the school to 8.5 of 7.5 officer days; additional days need the Director of Learning's approval.",
            refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pre-inspection review", refused.QuerySelector("#Log_Activity")!.GetAttribute("value"));
        Assert.Equal("2030-11-19", refused.QuerySelector("#Log_On")!.GetAttribute("value"));
        var before = await factory.StoredAllocationAsync(trust, allocation);
        Assert.Equal(7.5m, before.Used(AllocationStrand.Officer));
        Assert.Contains(before.Logs, l => l.Days == 0.5m && l.Mode == VisitMode.Online && l.Activity == "Data review");

        using var approve = await director.PostFormAsync($"{page}/additional-days", [F("Approval.Strand", "Officer"), F("Approval.Days", "1"), F("Approval.Reason", "Ofsted is due")], page);
        using var again = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-11-19", "1", "Pre-inspection review"), page);

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = await factory.StoredAllocationAsync(trust, allocation);
        Assert.Equal(8.5m, after.Used(AllocationStrand.Officer));
        Assert.Equal(0m, after.Remaining(AllocationStrand.Officer));
        var shown = await officer.GetDocumentAsync(page);
        Assert.Equal(3, shown.QuerySelectorAll("#log-table tbody tr").Length);
        Assert.Equal("8.5", shown.QuerySelector("tr[data-strand=Officer] .used")!.TextContent);
    }

    [Fact]
    public async Task Days_not_in_half_day_steps_are_refused_and_nothing_is_logged()
    {
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290008, 2030);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var page = $"/allocations/{allocation}";

        using var quarter = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-10-01", "0.25"), page);

        Assert.Equal(HttpStatusCode.OK, quarter.StatusCode);
        Assert.Contains("half days", (await quarter.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.StoredAllocationAsync(trust, allocation)).Logs);
    }

    [Fact]
    public async Task Logging_against_someone_elses_assignment_is_refused()
    {
        // The Director of Learning leads this school's days; the officer and the SLE are not its assignees.
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290001, 2030, TrustRole.DirectorOfLearning);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Vine);
        var page = $"/allocations/{allocation}";

        var officerPage = await officer.GetDocumentAsync(page);
        using var byOfficer = await officer.PostFormAsync($"{page}/days", Log("Officer", "2030-10-01", "1"), page);
        using var bySle = await sle.PostFormAsync($"{page}/days", Log("Sle", "2030-10-01", "1"), page);
        using var sleAsOfficer = await sle.PostFormAsync($"{page}/days", Log("Officer", "2030-10-01", "1"), page);

        Assert.Null(officerPage.QuerySelector("#log-days"));
        Assert.Equal(HttpStatusCode.OK, byOfficer.StatusCode);
        Assert.Contains("Only the school's improvement lead for 2030/31 logs officer days", (await byOfficer.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bySle.StatusCode);
        Assert.Contains("You are not an SLE assigned to this school", (await bySle.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sleAsOfficer.StatusCode);
        Assert.Empty((await factory.StoredAllocationAsync(trust, allocation)).Logs);
    }

    [Fact]
    public async Task An_assigned_sle_logs_against_their_own_assignment_up_to_its_days()
    {
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290001, 2031);
        var sleId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Vine));
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Vine);
        var page = $"/allocations/{allocation}";
        using var assign = await director.PostFormAsync($"{page}/sle", [F("Sle.SleUserId", sleId.ToString()), F("Sle.Subject", "Early reading"), F("Sle.Days", "2")], page);

        var form = await sle.GetDocumentAsync(page);
        using var logged = await sle.PostFormAsync($"{page}/days", Log("Sle", "2031-10-01", "1.5", "Phonics lesson study"), page);
        using var past = await sle.PostFormAsync($"{page}/days", Log("Sle", "2031-10-08", "1", "Follow-up"), page);

        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        Assert.Equal(["Sle"], form.QuerySelectorAll("#Log_Strand option").Select(o => o.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("This would take your SLE assignment to 2.5 of 2 days", (await past.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var stored = await factory.StoredAllocationAsync(trust, allocation);
        var log = Assert.Single(stored.Logs);
        Assert.Equal((sleId, AllocationStrand.Sle, stored.SleAssignments[0].Id, 1.5m), (log.PersonUserId, log.Strand, log.SleAssignmentId!.Value, log.Days));
    }

    [Theory]
    [InlineData("2029-08-31", false)]
    [InlineData("2029-09-01", true)]
    [InlineData("2030-08-31", true)]
    [InlineData("2030-09-01", false)]
    public async Task Only_dates_from_1_September_to_31_August_of_the_allocations_year_are_logged(string on, bool logged)
    {
        factory.Clock.PinUk(new DateTime(2030, 8, 31, 23, 30, 0));
        var (trust, allocation) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290009, 2029);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var page = $"/allocations/{allocation}";
        var before = (await factory.StoredAllocationAsync(trust, allocation)).Logs.Count;

        var form = await officer.GetDocumentAsync(page);
        using var response = await officer.PostFormAsync($"{page}/days", Log("Officer", on, "0.5", $"Visit on {on}"), page);

        // 23:30 on 31 August (BST) is still the 2029/30 year: the form offers that day.
        Assert.Equal("2030-08-31", form.QuerySelector("#Log_On")!.GetAttribute("value"));
        Assert.Equal(logged ? HttpStatusCode.Redirect : HttpStatusCode.OK, response.StatusCode);
        var stored = await factory.StoredAllocationAsync(trust, allocation);
        Assert.Equal(before + (logged ? 1 : 0), stored.Logs.Count);
        if (!logged)
        {
            Assert.Contains("The date must be in the academic year 2029/30", (await response.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }
    }
}

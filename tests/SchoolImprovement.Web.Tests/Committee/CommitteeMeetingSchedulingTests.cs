using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// The governance professional schedules the committee's meetings, one at a time or a year's at once on the default dates
/// (the profile's three a year; taken dates skipped), and cancels one not yet held after confirming; a trustee's home page
/// is the committee's packs.
/// </summary>
public sealed class CommitteeMeetingSchedulingTests(CommitteePortalFactory factory) : IClassFixture<CommitteePortalFactory>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<List<CommitteeMeeting>> MeetingsOnAsync(params DateOnly[] dates) =>
        factory.TrustIdAsync(Browsing.DdatTrust).ContinueWith(t => factory.InTrustAsync(t.Result, db => db.CommitteeMeetings.AsNoTracking().Where(m => dates.Contains(m.MeetingOn)).ToListAsync())).Unwrap();

    [Fact]
    public async Task The_governance_professional_schedules_a_meeting()
    {
        var on = CommitteeTestData.UnusedDate();
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var response = await clerk.PostFormAsync("/committee/meetings", new() { ["Schedule.MeetingOn"] = Iso(on) }, "/committee");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = Assert.Single(await MeetingsOnAsync(on));
        Assert.Equal($"/committee/meetings/{meeting.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(CommitteeMeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Ddat)), meeting.ScheduledBy);
        var page = await clerk.GetDocumentAsync($"/committee/meetings/{meeting.Id}");
        Assert.Contains("Scheduled", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#publish"));
    }

    [Fact]
    public async Task A_day_that_has_passed_or_already_has_a_meeting_is_refused_on_the_same_page()
    {
        var passed = factory.Clock.Today().AddDays(-2);
        var taken = CommitteeTestData.UnusedDate();
        await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, taken);
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var past = await clerk.PostFormAsync("/committee/meetings", new() { ["Schedule.MeetingOn"] = Iso(passed) }, "/committee");
        using var twice = await clerk.PostFormAsync("/committee/meetings", new() { ["Schedule.MeetingOn"] = Iso(taken) }, "/committee");
        using var none = await clerk.PostFormAsync("/committee/meetings", new() { ["Schedule.MeetingOn"] = "" }, "/committee");

        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("cannot be scheduled for a day that has passed", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("already has a meeting on", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Enter the date of the committee meeting.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await MeetingsOnAsync(passed));
        Assert.Single(await MeetingsOnAsync(taken));
    }

    [Fact]
    public async Task A_years_meetings_are_scheduled_on_the_default_dates_skipping_a_date_already_taken()
    {
        var year = new AcademicYear(AcademicYear.Containing(factory.Clock.Today()).StartYear + 3);
        var dates = CommitteeCalendar.DefaultDates(year, 3);
        await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, dates[1]);
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var fields = new Dictionary<string, string> { ["Year.AcademicYear"] = year.StartYear.ToString(CultureInfo.InvariantCulture) };

        using var first = await clerk.PostFormAsync("/committee/meetings/year", fields, "/committee");
        var notice = await clerk.GetStringAsync("/committee");
        using var again = await clerk.PostFormAsync("/committee/meetings/year", fields, "/committee");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("2 meetings of " + year + " scheduled", notice, StringComparison.Ordinal);
        Assert.Contains("(already scheduled)", notice, StringComparison.Ordinal);
        var meetings = await MeetingsOnAsync([.. dates]);
        Assert.Equal(dates, meetings.Select(m => m.MeetingOn).Order());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"No meeting of {year} is left to schedule", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, (await MeetingsOnAsync([.. dates])).Count);
    }

    [Fact]
    public async Task Cancelling_asks_for_confirmation_first_and_then_cancels()
    {
        var id = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var version = (await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, id)).Version.ToString();

        var confirm = await clerk.GetDocumentAsync($"/committee/meetings/{id}/cancel");
        using var unconfirmed = await clerk.PostFormAsync($"/committee/meetings/{id}/cancel", new() { ["Version"] = version }, $"/committee/meetings/{id}/cancel");
        var stillScheduled = await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, id);
        using var confirmed = await clerk.PostFormAsync($"/committee/meetings/{id}/cancel", new() { ["Version"] = version, ["Confirm"] = "true" }, $"/committee/meetings/{id}/cancel");

        Assert.NotNull(confirm.QuerySelector("input#Confirm"));
        Assert.NotNull(confirm.QuerySelector("label[for=Confirm]"));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick to confirm the cancellation", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CommitteeMeetingStatus.Scheduled, stillScheduled.Status);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(CommitteeMeetingStatus.Cancelled, (await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, id)).Status);
        var page = await clerk.GetDocumentAsync($"/committee/meetings/{id}");
        Assert.Null(page.QuerySelector("#publish"));
    }

    [Fact]
    public async Task A_trustee_can_neither_schedule_nor_cancel()
    {
        var on = CommitteeTestData.UnusedDate();
        var id = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        var token = await trustee.AntiforgeryTokenAsync();
        var version = (await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, id)).Version.ToString();

        using var schedule = await trustee.PostWithTokenAsync("/committee/meetings", token, [new("Schedule.MeetingOn", Iso(on))]);
        using var cancel = await trustee.PostWithTokenAsync($"/committee/meetings/{id}/cancel", token, [new("Version", version), new("Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Empty(await MeetingsOnAsync(on));
        Assert.Equal(CommitteeMeetingStatus.Scheduled, (await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, id)).Status);
    }

    [Fact]
    public async Task A_trustees_home_page_is_the_committee_where_the_policy_uses_packs()
    {
        using var ddatTrustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var vineTrustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var ddat = await ddatTrustee.GetAsync("/");
        using var vine = await vineTrustee.GetAsync("/");
        using var ceoHome = await ceo.GetAsync("/");

        Assert.Equal("/committee", ddat.Headers.Location!.OriginalString);
        Assert.NotEqual("/committee", vine.Headers.Location!.OriginalString);
        Assert.Equal("/dashboard", ceoHome.Headers.Location!.OriginalString);
    }
}

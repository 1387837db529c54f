using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Actions;

public sealed class ActionTrackerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(Guid Trust, Guid Own, Guid Other)> SchoolsAsync()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        return (ddat, await factory.SchoolIdAsync(Browsing.DdatTrust, 190001), await factory.SchoolIdAsync(Browsing.DdatTrust, 190004));
    }

    private async Task<Guid> ActionAsync(Guid trust, Guid school, string owner = TrustRole.Headteacher, DateOnly? due = null, string title = "Improve reading fluency in Year 2")
    {
        var action = ImprovementAction.Create(school, title, ActionSource.Visit, null, owner, null, due ?? new DateOnly(2099, 7, 31), new DateOnly(2020, 1, 1), DateTimeOffset.UtcNow);
        await factory.InTrustAsync(trust, async db =>
        {
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        return action.Id;
    }

    [Fact]
    public async Task The_headteacher_records_evidence_of_impact_on_their_schools_action_but_not_anothers()
    {
        var (trust, own, other) = await SchoolsAsync();
        var mine = await ActionAsync(trust, own);
        var theirs = await ActionAsync(trust, other);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        var fields = (await head.FieldsAsync($"/actions/{mine}", $"/actions/{mine}/impact")).With("Evidence", "Phonics screening pass rate up 12 points");
        using var saved = await head.SubmitAsync($"/actions/{mine}/impact", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Phonics screening pass rate up 12 points", (await head.GetDocumentAsync($"/actions/{mine}")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/actions/{theirs}")).StatusCode);
        Assert.Contains((await head.GetDocumentAsync("/actions/mine")).QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/actions/{mine}");
        Assert.DoesNotContain((await head.GetDocumentAsync("/actions/mine")).QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/actions/{theirs}");
    }

    [Fact]
    public async Task An_sle_of_the_school_cannot_write_the_headteachers_evidence()
    {
        var (trust, own, _) = await SchoolsAsync();
        var action = await ActionAsync(trust, own);
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Ddat);
        var fields = (await sle.FieldsAsync("/account/sign-in", "/account/sign-in")).Where(f => f.Key == "__RequestVerificationToken").ToList();
        fields.Add(new("Evidence", "Not mine to write"));
        using var refused = await sle.SubmitAsync($"/actions/{action}/impact", fields);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Dropping_without_a_reason_is_refused_with_a_message_and_with_one_it_is_dropped()
    {
        var (trust, own, _) = await SchoolsAsync();
        var action = await ActionAsync(trust, own, TrustRole.SchoolImprovementOfficer);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var status = $"/actions/{action}/status";

        using var refused = await officer.SubmitAsync(status, (await officer.FieldsAsync($"/actions/{action}", status)).With("Change", "Drop"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say why the action is being dropped.", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);

        using var dropped = await officer.SubmitAsync(status, (await officer.FieldsAsync($"/actions/{action}", status)).With("Change", "Drop").With("Reason", "Covered by the RAB plan"));
        await factory.InTrustAsync(trust, async db => Assert.Equal(ActionStatus.Dropped, (await db.Actions.SingleAsync(a => a.Id == action)).Status));
    }

    [Fact]
    public async Task A_new_action_due_in_the_past_is_refused_and_nothing_is_saved()
    {
        var (trust, own, _) = await SchoolsAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var page = $"/schools/{own}/actions/new";
        var fields = (await officer.FieldsAsync(page, page)).With("Title", "Backdated action").With("OwnerRole", TrustRole.Headteacher).With("DueOn", "2020-01-01");

        using var refused = await officer.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be due in the past", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        await factory.InTrustAsync(trust, async db => Assert.False(await db.Actions.AnyAsync(a => a.Title == "Backdated action")));
    }

    [Fact]
    public async Task Overdue_actions_show_on_the_dashboard_and_filter_in_the_trust_list()
    {
        var (trust, own, _) = await SchoolsAsync();
        await ActionAsync(trust, own, TrustRole.GovernanceProfessional, due: new DateOnly(2024, 1, 10), title: "Overdue governance review");
        await ActionAsync(trust, own, TrustRole.Headteacher, due: new DateOnly(2099, 7, 31), title: "Not yet due: refresh the phonics scheme");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        Assert.Contains("Overdue governance review", (await ceo.GetDocumentAsync("/dashboard")).Text(), StringComparison.Ordinal);
        var overdue = (await ceo.GetDocumentAsync("/actions?Status=overdue")).Text();
        Assert.Contains("Overdue governance review", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Not yet due: refresh the phonics scheme", overdue, StringComparison.Ordinal);
        var plan = (await ceo.GetDocumentAsync($"/schools/{own}/actions")).Text();
        Assert.Contains("Not yet due: refresh the phonics scheme", plan, StringComparison.Ordinal);
    }
}

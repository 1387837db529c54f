using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Actions;

/// <summary>
/// When someone closes an action while another person is typing into it, the second person's save
/// is a conflict and their typed text is still on the page (ADR 0004), even though a closed action
/// shows no edit or impact form of its own.
/// </summary>
public sealed class ClosedActionKeptInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Guid> OpenActionAsync()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var action = ImprovementAction.Create(school, "Phonics catch-up for Year 3", ActionSource.Visit, null, TrustRole.Headteacher, null, new DateOnly(2099, 7, 31), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);
        await factory.InTrustAsync(ddat, async db =>
        {
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        return action.Id;
    }

    private async Task CompleteAsync(HttpClient director, Guid id)
    {
        var status = $"/actions/{id}/status";
        using var done = await director.SubmitAsync(status, (await director.FieldsAsync($"/actions/{id}", status)).With("Change", "Complete"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }

    [Fact]
    public async Task An_edit_typed_while_someone_closed_the_action_is_kept_on_the_conflict_page()
    {
        var id = await OpenActionAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var edit = $"/actions/{id}/edit";
        var typed = await officer.FieldsAsync($"/actions/{id}", edit);
        await CompleteAsync(director, id);

        using var response = await officer.SubmitAsync(edit, typed.With("Title", "Phonics catch-up for Years 3 and 4"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, page.Text(), StringComparison.Ordinal);
        Assert.Equal("Phonics catch-up for Years 3 and 4", page.QuerySelector($"form[action='{edit}'] #Title")?.TextContent.Trim());
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var saved = await factory.InTrustAsync(ddat, db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Phonics catch-up for Year 3", ActionStatus.Done), (saved.Title, saved.Status));
    }

    [Fact]
    public async Task Evidence_typed_while_someone_closed_the_action_is_kept_on_the_conflict_page()
    {
        var id = await OpenActionAsync();
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var impact = $"/actions/{id}/impact";
        var typed = await head.FieldsAsync($"/actions/{id}", impact);
        await CompleteAsync(director, id);

        using var response = await head.SubmitAsync(impact, typed.With("Evidence", "Year 3 phonics screening pass rate up from 62% to 81%."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, page.Text(), StringComparison.Ordinal);
        Assert.Equal("Year 3 phonics screening pass rate up from 62% to 81%.", page.QuerySelector($"form[action='{impact}'] #Evidence")?.TextContent.Trim());
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        Assert.Null(await factory.InTrustAsync(ddat, db => db.Actions.Where(a => a.Id == id).Select(a => a.EvidenceOfImpact).SingleAsync()));
    }
}

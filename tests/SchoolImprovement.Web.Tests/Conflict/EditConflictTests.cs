using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Tests.Categorisation;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Conflict;

/// <summary>
/// Two people change the same record from pages they opened at the same time (ADR 0004): the second
/// save is a conflict, the page is shown again (not a redirect) with the conflict message, the
/// current values, and the second person's typed input kept; the database holds the first change only.
/// Runs on SQLite and on PostgreSQL (the two classes at the end of this file).
/// </summary>
public abstract class EditConflictTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private static string ErrorSummary(IDocument page) => page.QuerySelector("[aria-labelledby=error-summary-title]")?.TextContent ?? "";

    /// <summary>
    /// A pending proposal, with the Director of Learning's plan form and the CEO's return form both
    /// read before either saves (the two pages opened at the same time). The caller disposes the clients.
    /// </summary>
    private async Task<(SchoolCategorisation Proposal, HttpClient Director, HttpClient Ceo, string Plan, string Returning,
        List<KeyValuePair<string, string>> DirectorPlan, List<KeyValuePair<string, string>> CeoReturn)> BothDecidersOpenAsync(Guid vine, int urn)
    {
        var proposal = await Proposals.PendingAsync(Portal, vine, urn);
        var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var page = $"/categorisations/{proposal.Id}";
        return (proposal, director, ceo, $"{page}/plan", $"{page}/return",
            await director.FieldsAsync(page, $"{page}/plan"), await ceo.FieldsAsync(page, $"{page}/return"));
    }

    [SkippableFact]
    public async Task A_return_that_crossed_the_planned_actions_keeps_the_typed_reason_and_saves_only_the_plan()
    {
        var vine = await Portal.TrustIdAsync("Vine");
        var (proposal, director, ceo, plan, returning, directorPlan, ceoReturn) = await BothDecidersOpenAsync(vine, 290006);
        using var directorSession = director;
        using var ceoSession = ceo;

        using var planned = await director.SubmitAsync(plan, directorPlan.With("Actions", "The director's first action\nThe director's second action"));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        using var conflict = await ceo.SubmitAsync(returning, ceoReturn.With("Reason", "The CEO's typed reason: use this term's data"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var shown = await conflict.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("The CEO's typed reason: use this term's data", shown.QuerySelector("#Reason")!.TextContent);
        Assert.Contains("The director's second action", shown.Text(), StringComparison.Ordinal);
        await Portal.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Proposed, stored.Status);
            Assert.Null(stored.ReturnReason);
            Assert.Equal(["The director's first action", "The director's second action"], stored.PlannedActions);
        });

        // The kept form now carries the current version (the one with the director's plan): sending it
        // again returns the proposal with the typed reason, and the director's plan stays as saved.
        using var again = await ceo.SubmitAsync(returning, shown.FieldsOf(returning));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await Portal.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Returned, stored.Status);
            Assert.Equal("The CEO's typed reason: use this term's data", stored.ReturnReason);
            Assert.Equal(["The director's first action", "The director's second action"], stored.PlannedActions);
        });
    }

    [SkippableFact]
    public async Task Planned_actions_that_crossed_a_return_keep_the_typed_plan_and_the_return_stands()
    {
        var vine = await Portal.TrustIdAsync("Vine");
        var (proposal, director, ceo, plan, returning, directorPlan, ceoReturn) = await BothDecidersOpenAsync(vine, 290007);
        using var directorSession = director;
        using var ceoSession = ceo;

        using var returned = await ceo.SubmitAsync(returning, ceoReturn.With("Reason", "The CEO returned it first"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        using var conflict = await director.SubmitAsync(plan, directorPlan.With("Actions", "Typed plan line one\nTyped plan line two"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var shown = await conflict.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("Typed plan line one\nTyped plan line two", shown.QuerySelector("#Actions")!.TextContent.ReplaceLineEndings("\n"));
        Assert.Contains("The CEO returned it first", shown.Text(), StringComparison.Ordinal);
        await Portal.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Returned, stored.Status);
            Assert.Equal("The CEO returned it first", stored.ReturnReason);
            Assert.Null(stored.PlannedActions);
        });

        // The kept form now carries the current version, so sending it again is no longer a conflict: it
        // reaches the proposal, which refuses a plan once returned. A stale version would show the conflict again.
        using var again = await director.SubmitAsync(plan, shown.FieldsOf(plan));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var refused = ErrorSummary(await again.DocumentAsync());
        Assert.Contains("This categorisation has already been returned.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(CommandResponses.ConflictMessage, refused, StringComparison.Ordinal);
        await Portal.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Returned, stored.Status);
            Assert.Equal("The CEO returned it first", stored.ReturnReason);
            Assert.Null(stored.PlannedActions);
        });
    }

    [SkippableFact]
    public async Task Planned_actions_that_crossed_anothers_plan_keep_the_typed_plan_and_saving_again_replaces_theirs()
    {
        var vine = await Portal.TrustIdAsync("Vine");
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var urn = await Portal.InTrustAsync(vine, db => db.SchoolAssignments
            .Where(a => a.UserId == officerId && a.Kind == AssignmentKind.LinkedOfficerFor)
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => s.Urn).OrderBy(u => u).FirstAsync());
        var proposal = await Proposals.PendingAsync(Portal, vine, urn);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var page = $"/categorisations/{proposal.Id}";
        var plan = $"{page}/plan";
        var directorPlan = await director.FieldsAsync(page, plan);
        var officerPlan = await officer.FieldsAsync(page, plan);

        using var first = await director.SubmitAsync(plan, directorPlan.With("Actions", "The director's plan"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var conflict = await officer.SubmitAsync(plan, officerPlan.With("Actions", "The officer's plan, line one\nThe officer's plan, line two"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var shown = await conflict.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("The officer's plan, line one\nThe officer's plan, line two", shown.QuerySelector("#Actions")!.TextContent.ReplaceLineEndings("\n"));
        Assert.Contains("The director's plan", shown.Text(), StringComparison.Ordinal);
        await Portal.InTrustAsync(vine, async db => Assert.Equal(["The director's plan"], (await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id)).PlannedActions));

        // Still proposed, and the kept form carries the current version: saving it again replaces the director's plan.
        using var again = await officer.SubmitAsync(plan, shown.FieldsOf(plan));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await Portal.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Proposed, stored.Status);
            Assert.Equal(["The officer's plan, line one", "The officer's plan, line two"], stored.PlannedActions);
        });
    }

    [SkippableFact]
    public async Task An_action_edit_that_crossed_anothers_shows_their_title_keeps_the_typed_title_and_saving_again_replaces_theirs()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        var action = default(ImprovementAction)!;
        await Portal.InTrustAsync(ddat, async db =>
        {
            var school = await db.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync();
            action = ImprovementAction.Create(school, "Reading fluency: first wording", ActionSource.Visit, null, TrustRole.SchoolImprovementOfficer, null, new DateOnly(2099, 7, 31), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var edit = $"/actions/{action.Id}/edit";
        var officerForm = await officer.FieldsAsync($"/actions/{action.Id}", edit);
        var directorForm = await director.FieldsAsync($"/actions/{action.Id}", edit);

        using var first = await director.SubmitAsync(edit, directorForm.With("Title", "Reading fluency: the director's wording"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await officer.SubmitAsync(edit, officerForm.With("Title", "Reading fluency: the officer's wording"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var shown = await second.DocumentAsync();
        Assert.Contains(CommandResponses.ConflictMessage, ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("Reading fluency: the director's wording", shown.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Reading fluency: the officer's wording", shown.QuerySelector("#Title")!.TextContent.Trim());
        await Portal.InTrustAsync(ddat, async db => Assert.Equal("Reading fluency: the director's wording", (await db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id)).Title));

        // The kept form now carries the current version: saving it again replaces the director's wording.
        using var again = await officer.SubmitAsync(edit, shown.FieldsOf(edit));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await Portal.InTrustAsync(ddat, async db => Assert.Equal("Reading fluency: the officer's wording", (await db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id)).Title));
    }
}

public sealed class SqliteEditConflictTests(SqlitePortal fixture) : EditConflictTests<SqlitePortal>(fixture);

public sealed class PostgresEditConflictTests(PostgresPortal fixture) : EditConflictTests<PostgresPortal>(fixture);

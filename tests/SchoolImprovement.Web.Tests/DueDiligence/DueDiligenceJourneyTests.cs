using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>
/// The whole journey (Vine §5, Appendix A): the CEO starts due diligence on a joining school, rates every academic and
/// financial area, completes it; the school is on the register (joined on the completion date) with its first category
/// proposed, which the Director of Learning confirms in the usual way; the report offers the concern recommendation on the
/// "newly joined" ground, preselected; the integration meeting's agreed actions go into the action tracker.
/// Runs on SQLite and on PostgreSQL (the two classes at the end of this file).
/// </summary>
public abstract class DueDiligenceJourneyTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private static Guid IdFrom(HttpResponseMessage response) => Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);

    [SkippableFact]
    public async Task A_joining_school_goes_from_due_diligence_to_the_register_with_a_proposed_category_and_integration_actions()
    {
        Portal.Clock.PinUk(new DateTime(2026, 11, 20, 10, 0, 0));
        try
        {
            var trust = await Portal.TrustIdAsync(Browsing.VineTrust);
            using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);

            // Start.
            using var started = await ceo.PostFormAsync("/due-diligence/new", new Dictionary<string, string>
            {
                ["SchoolName"] = "Journey Green CE Primary", ["Urn"] = "", ["Headteacher"] = "Mrs Head", ["ChairOfGovernors"] = "Mr Chair",
                ["HeldAt"] = "Monday, 10am", ["CompletedBy"] = "The CEO",
            });
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            var id = IdFrom(started);
            Assert.Equal($"/due-diligence/{id}", started.Headers.Location!.OriginalString);

            // The template: the six academic and ten financial areas in order, each with Red/Amber/Green.
            var page = await ceo.GetDocumentAsync($"/due-diligence/{id}");
            Assert.Equal(DueDiligenceAreas.All.Select(a => a.Label()), page.QuerySelectorAll("#template fieldset legend").Select(l => l.TextContent.Trim()));
            Assert.Equal(16 * 4, page.QuerySelectorAll("#template input[type=radio]").Length);
            var version = Guid.Parse(page.QuerySelector("#template input[name=Version]")!.GetAttribute("value")!);

            // Rate every area (Finance red, the rest green) and give the URN.
            using var saved = await ceo.PostFormAsync($"/due-diligence/{id}/areas",
                DueDiligenceTestData.Template(version, "Journey Green CE Primary", 290111, a => a == DueDiligenceAreaKind.Finance ? (Rag.Red, "Deficit forecast") : (Rag.Green, null)),
                $"/due-diligence/{id}");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var recorded = await Portal.ReadAsync(trust, id);
            Assert.Empty(recorded.UnratedAreas);
            Assert.Equal(Rag.Red, recorded.Areas.Single(a => a.Area == DueDiligenceAreaKind.Finance).Rag);
            Assert.Equal("Deficit forecast", recorded.Areas.Single(a => a.Area == DueDiligenceAreaKind.Finance).Comments);
            Assert.Equal(290111, recorded.Urn);

            // Complete: the school joins the register, its first category is proposed.
            var completePage = await ceo.GetDocumentAsync($"/due-diligence/{id}/complete");
            Assert.Null(completePage.QuerySelector("#unrated"));
            Assert.Equal(["", "Risk", "Support", "Developing", "Secure"], completePage.QuerySelectorAll("#ProposedCategory option").Select(o => o.GetAttribute("value")));
            using var completed = await ceo.PostFormAsync($"/due-diligence/{id}/complete",
                DueDiligenceTestData.Completion(recorded.Version, 290111, "2026-11-19"), $"/due-diligence/{id}/complete");
            Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
            Assert.Equal($"/due-diligence/{id}/report", completed.Headers.Location!.OriginalString);

            var ceoId = await Portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Vine));
            var (schoolId, proposalId) = await Portal.InTrustAsync(trust, async db =>
            {
                var assessment = await db.DueDiligenceAssessments.AsNoTracking().SingleAsync(a => a.Id == id);
                Assert.Equal(DueDiligenceStatus.Completed, assessment.Status);
                Assert.Equal(new DateOnly(2026, 11, 19), assessment.CompletedOn);
                Assert.Equal("Developing", assessment.ProposedCategory);
                var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Urn == 290111);
                Assert.Equal(assessment.SchoolId, school.Id);
                Assert.Equal("Journey Green CE Primary", school.Name);
                Assert.Equal(new DateOnly(2026, 11, 19), school.DateJoined);
                Assert.Equal("Essex", school.LocalAuthority);
                var proposal = await db.Categorisations.AsNoTracking().SingleAsync(c => c.SchoolId == school.Id);
                Assert.Equal(CategorisationStatus.Proposed, proposal.Status);
                Assert.Equal("Developing", proposal.Category);
                Assert.Equal(ceoId, proposal.ProposedBy);
                return (school.Id, proposal.Id);
            });

            // The Director of Learning confirms the first category in the usual way.
            using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
            var confirmAction = $"/categorisations/{proposalId}/confirm";
            using var confirmed = await director.SubmitAsync(confirmAction, await director.FieldsAsync($"/categorisations/{proposalId}", confirmAction));
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            await Portal.InTrustAsync(trust, async db =>
                Assert.Equal(CategorisationStatus.Confirmed, (await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposalId)).Status));

            // The report offers the concern recommendation on the "newly joined" ground, preselected.
            var report = await director.GetDocumentAsync($"/due-diligence/{id}/report");
            Assert.Equal("Completed on 19/11/2026", report.QuerySelector("#status")!.TextContent.Trim());
            var recommend = report.QuerySelector("#recommend-concern")!.GetAttribute("href");
            Assert.Equal($"/schools/{schoolId}/concerns/recommend?ground=NewlyJoinedGovernanceOrFinance", recommend);
            var recommendPage = await director.GetDocumentAsync(recommend!);
            Assert.Equal(["Grounds-NewlyJoinedGovernanceOrFinance"],
                recommendPage.QuerySelectorAll("input[name=Grounds]").Where(i => i.HasAttribute("checked")).Select(i => i.Id));
            Assert.Equal("Red", report.QuerySelector("#area-Finance .badge")!.TextContent.Trim());
            Assert.Equal(6, report.QuerySelectorAll("#academic-areas tbody tr").Length);
            Assert.Equal(10, report.QuerySelectorAll("#financial-areas tbody tr").Length);

            // The integration meeting and its agreed actions.
            var plan = $"/schools/{schoolId}/integration-plan";
            Assert.NotNull((await ceo.GetDocumentAsync(plan)).QuerySelector("#no-meetings"));
            using var met = await ceo.PostFormAsync(plan,
            [
                new("HeldOn", "2026-11-20"), new("Attendees", nameof(IntegrationAttendee.Headteacher)), new("Attendees", nameof(IntegrationAttendee.ChiefExecutiveOfficer)),
                new("Attendees", nameof(IntegrationAttendee.ChiefOperatingOfficer)), new("Notes", "Transition support planned"),
                new("Actions[0].Title", "Agree a deficit recovery plan with the COO"), new("Actions[0].OwnerRole", "Chief Operating Officer (COO)"), new("Actions[0].DueOn", "2027-01-31"),
                new("Actions[1].Title", ""), new("Actions[1].OwnerRole", ""), new("Actions[1].DueOn", ""),
            ], plan);
            Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
            await Portal.InTrustAsync(trust, async db =>
            {
                var meeting = await db.IntegrationMeetings.AsNoTracking().SingleAsync(m => m.SchoolId == schoolId);
                Assert.Equal(id, meeting.AssessmentId);
                Assert.Equal([IntegrationAttendee.Headteacher, IntegrationAttendee.ChiefExecutiveOfficer, IntegrationAttendee.ChiefOperatingOfficer], meeting.Attendees);
                var action = await db.Actions.AsNoTracking().SingleAsync(a => a.SchoolId == schoolId && a.Source == ActionSource.IntegrationPlan);
                Assert.Equal(meeting.Id, action.SourceId);
                Assert.Equal("Agree a deficit recovery plan with the COO", action.Title);
                Assert.Equal("Chief Operating Officer (COO)", action.OwnerRole);
                Assert.Equal(new DateOnly(2027, 1, 31), action.DueOn);
            });
            var planPage = await director.GetDocumentAsync(plan);
            Assert.Equal("Agree a deficit recovery plan with the COO", planPage.QuerySelector("#meetings tbody th a")!.TextContent.Trim());
        }
        finally
        {
            Portal.Clock.Release();
        }
    }

    [SkippableFact]
    public async Task Completion_with_an_area_unrated_is_refused_with_the_input_kept_and_nothing_joins_the_register()
    {
        var (trust, id) = await Portal.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Half Rated Primary", 290112, null);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var version = (await Portal.ReadAsync(trust, id)).Version;

        var page = await ceo.GetDocumentAsync($"/due-diligence/{id}/complete");
        Assert.Contains("Vision and Governance", page.QuerySelector("#unrated")!.TextContent, StringComparison.Ordinal);
        using var refused = await ceo.PostFormAsync($"/due-diligence/{id}/complete",
            DueDiligenceTestData.Completion(version, 290112, "2026-11-19").Where(f => f.Key != "Phase").Append(new("Phase", "Infant")), $"/due-diligence/{id}/complete");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.DocumentAsync();
        Assert.Contains("Rate every area before completing", shown.QuerySelector("[aria-labelledby=error-summary-title]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Infant", shown.QuerySelector("#Phase")!.GetAttribute("value"));
        Assert.Equal(DueDiligenceStatus.InProgress, (await Portal.ReadAsync(trust, id)).Status);
        await Portal.InTrustAsync(trust, async db => Assert.False(await db.Schools.AnyAsync(s => s.Urn == 290112)));
    }

    [SkippableFact]
    public async Task A_second_save_of_the_same_version_that_changes_only_the_areas_is_a_conflict_with_the_input_kept()
    {
        var (trust, id) = await Portal.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Two Editors Primary", null, null);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var page = $"/due-diligence/{id}";
        var start = await Portal.ReadAsync(trust, id);
        using var details = await ceo.PostFormAsync($"{page}/areas", DueDiligenceTestData.Template(start.Version, start.SchoolName, null, _ => (null, null)), page);
        Assert.Equal(HttpStatusCode.Redirect, details.StatusCode);
        // From here on both editors change the areas only: the details and narrative they post are those saved.
        var loaded = await Portal.ReadAsync(trust, id);
        List<KeyValuePair<string, string>> Typed(Rag rag) => DueDiligenceTestData.Template(loaded.Version, loaded.SchoolName, null, _ => (rag, null));

        using var first = await ceo.PostFormAsync($"{page}/areas", Typed(Rag.Green), page);
        using var second = await director.PostFormAsync($"{page}/areas", Typed(Rag.Red), page);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var shown = await second.DocumentAsync();
        Assert.Contains("Someone else saved this", shown.QuerySelector("[aria-labelledby=error-summary-title]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("#current"));
        Assert.NotNull(shown.QuerySelector("#Areas_0_Rag_Red[checked]"));
        var saved = await Portal.ReadAsync(trust, id);
        Assert.NotEqual(loaded.Version, saved.Version);
        Assert.Equal(saved.Version.ToString(), shown.QuerySelector("#template input[name=Version]")!.GetAttribute("value"));
        Assert.All(saved.Areas, a => Assert.Equal(Rag.Green, a.Rag));
    }

    [SkippableFact]
    public async Task Withdrawing_needs_confirmation_and_then_keeps_the_record_unchangeable()
    {
        var (trust, id) = await Portal.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Not Joining Primary", null, Rag.Amber);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var action = $"/due-diligence/{id}/withdraw";
        var fields = await director.FieldsAsync(action, action);

        using var unconfirmed = await director.SubmitAsync(action, fields);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick to confirm", (await unconfirmed.DocumentAsync()).QuerySelector("[aria-labelledby=error-summary-title]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DueDiligenceStatus.InProgress, (await Portal.ReadAsync(trust, id)).Status);

        using var withdrawn = await director.SubmitAsync(action, fields.With("Confirm", "true"));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var kept = await Portal.ReadAsync(trust, id);
        Assert.Equal(DueDiligenceStatus.Withdrawn, kept.Status);
        Assert.All(kept.Areas, a => Assert.Equal(Rag.Amber, a.Rag));

        var page = await director.GetDocumentAsync($"/due-diligence/{id}");
        Assert.Null(page.QuerySelector("#template"));
        using var again = await director.PostWithTokenAsync($"/due-diligence/{id}/areas", await director.AntiforgeryTokenAsync(),
            DueDiligenceTestData.Template(kept.Version, "Not Joining Primary", null, _ => (Rag.Green, null)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This due diligence is withdrawn", (await again.DocumentAsync()).QuerySelector("[aria-labelledby=error-summary-title]")!.TextContent, StringComparison.Ordinal);
        Assert.All((await Portal.ReadAsync(trust, id)).Areas, a => Assert.Equal(Rag.Amber, a.Rag));
    }
}

public sealed class DueDiligenceJourneySqliteTests(SqlitePortal fixture) : DueDiligenceJourneyTests<SqlitePortal>(fixture);

public sealed class DueDiligenceJourneyPostgresTests(PostgresPortal fixture) : DueDiligenceJourneyTests<PostgresPortal>(fixture);

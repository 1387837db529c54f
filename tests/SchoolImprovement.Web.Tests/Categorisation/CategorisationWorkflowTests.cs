using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Categorisation;

/// <summary>Runs on SQLite and on PostgreSQL (see the two classes at the end of this file).</summary>
public abstract class CategorisationWorkflowTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private Task<Guid> SchoolAsync(int urn) => Portal.SchoolIdAsync(urn < 200000 ? Browsing.DdatTrust : Browsing.VineTrust, urn);

    private static async Task<HttpResponseMessage> ProposeAsync(HttpClient client, Guid school, string category, string? evidenceJudgement = null, bool skipGovernance = false)
    {
        var page = $"/schools/{school}/categorisation/propose";
        var fields = (await client.FieldsAsync(page, page)).With("Category", category).With("Rationale", $"Why {category}");
        for (var i = 0; i < EvidenceSources.All.Count; i++)
        {
            var governance = EvidenceSources.All[i] == EvidenceSource.GovernanceEvaluation;
            fields.With($"Evidence[{i}].Judgement", evidenceJudgement ?? category).With($"Evidence[{i}].Notes", skipGovernance && governance ? "" : $"Evidence {i}");
        }

        return await client.SubmitAsync(page, fields);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid id, string decision, string? reason = null)
    {
        var action = $"/categorisations/{id}/{decision}";
        var fields = await client.FieldsAsync($"/categorisations/{id}", action);
        return await client.SubmitAsync(action, reason is null ? fields : fields.With("Reason", reason));
    }

    private static Guid IdFrom(HttpResponseMessage response) => Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

    [SkippableFact]
    public async Task Propose_return_propose_confirm_then_the_headteacher_sees_the_category_and_its_action_plan()
    {
        var school = await SchoolAsync(290001);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);

        using var first = await ProposeAsync(officer, school, "Support");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var firstId = IdFrom(first);
        using var returned = await DecideAsync(director, firstId, "return", "Use this term's attendance figures");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Use this term's attendance figures", (await officer.GetDocumentAsync($"/schools/{school}/categorisation/propose")).Text(), StringComparison.Ordinal);

        using var second = await ProposeAsync(officer, school, "Developing");
        var secondId = IdFrom(second);
        using var confirmed = await DecideAsync(director, secondId, "confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var vine = await Portal.TrustIdAsync("Vine");
        await Portal.InTrustAsync(vine, async db =>
        {
            var records = await db.Categorisations.Where(c => c.SchoolId == school).OrderBy(c => c.Id).ToListAsync();
            Assert.Equal([CategorisationStatus.Returned, CategorisationStatus.Confirmed], records.Select(r => r.Status));
            var plan = await db.Actions.Where(a => a.SourceId == secondId).ToListAsync();
            Assert.Equal(6, plan.Count);
            Assert.All(plan, a => Assert.Equal(ActionSource.Categorisation, a.Source));
        });

        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Vine);
        var profile = (await head.GetDocumentAsync($"/schools/{school}")).Text();
        Assert.Contains("Developing", profile, StringComparison.Ordinal);
        Assert.Contains("Why Developing", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("returned", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Support proposed", profile, StringComparison.Ordinal);
        Assert.Contains("Half termly school-based meetings", (await head.GetDocumentAsync($"/schools/{school}/actions")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/categorisations/{firstId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/categorisations/{secondId}")).StatusCode);
        var history = (await head.GetDocumentAsync($"/schools/{school}/categorisation")).Text();
        Assert.DoesNotContain("Support", history, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_proposer_cannot_confirm_their_own_proposal()
    {
        var school = await SchoolAsync(290002);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        using var proposed = await ProposeAsync(director, school, "Secure");
        var id = IdFrom(proposed);

        using var refused = await DecideAsync(director, id, "confirm");

        // Refused: the review page again (not a redirect) with the reason in its error summary.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("someone else must confirm", page.QuerySelector("[aria-labelledby=error-summary-title]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='/categorisations/{id}/confirm']"));
        var vine = await Portal.TrustIdAsync("Vine");
        await Portal.InTrustAsync(vine, async db => Assert.Equal(CategorisationStatus.Proposed, (await db.Categorisations.SingleAsync(c => c.Id == id)).Status));
    }

    [SkippableFact]
    public async Task Bad_input_gets_clear_messages_and_saves_nothing()
    {
        var school = await SchoolAsync(290003);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        using var unknown = await ProposeAsync(officer, school, "Amber", evidenceJudgement: "Support");
        Assert.Contains("Choose one of the trust's categories", (await unknown.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var missing = await ProposeAsync(officer, school, "Support", skipGovernance: true);
        var page = await missing.DocumentAsync();
        Assert.Contains("Give a judgement and notes for Governance evaluation", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Why Support", page.QuerySelector("#Rationale")!.TextContent);

        var vine = await Portal.TrustIdAsync("Vine");
        await Portal.InTrustAsync(vine, async db => Assert.False(await db.Categorisations.AnyAsync(c => c.SchoolId == school)));
    }

    [SkippableFact]
    public async Task An_officer_not_linked_to_the_school_cannot_propose()
    {
        var unlinked = await SchoolAsync(290009);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var page = $"/schools/{unlinked}/categorisation/propose";
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(page)).StatusCode);

        var token = await Browsing.AntiforgeryTokenAsync(officer, "/actions/mine");
        using var refused = await officer.SubmitAsync(page, [new("__RequestVerificationToken", token), new("Category", "Secure"), new("Rationale", "Not my school")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [SkippableFact]
    public async Task A_second_proposal_waits_for_the_first_to_be_decided()
    {
        var school = await SchoolAsync(290004);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var first = await ProposeAsync(officer, school, "Secure");
        using var second = await ProposeAsync(officer, school, "Support");
        Assert.Contains("already awaiting confirmation", (await second.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_source_the_trusts_profile_does_not_require_may_be_left_out()
    {
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync("/policy/edit", "/policy/edit")).Where(f => !(f.Key == "RequiredEvidence" && f.Value == nameof(EvidenceSource.GovernanceEvaluation))).ToList();
        using var saved = await admin.SubmitAsync("/policy/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var school = await SchoolAsync(190002);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var page = $"/schools/{school}/categorisation/propose";
        Assert.Contains("Governance evaluation (optional)", (await officer.GetDocumentAsync(page)).Text(), StringComparison.Ordinal);
        var form = (await officer.FieldsAsync(page, page)).With("Category", "Secure").With("Rationale", "Strong on every measure");
        for (var i = 0; i < EvidenceSources.All.Count; i++)
        {
            var governance = EvidenceSources.All[i] == EvidenceSource.GovernanceEvaluation;
            form.With($"Evidence[{i}].Judgement", governance ? "" : "Secure").With($"Evidence[{i}].Notes", governance ? "" : "Seen");
        }

        using var proposed = await officer.SubmitAsync(page, form);

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var ddat = await Portal.TrustIdAsync("Derby");
        await Portal.InTrustAsync(ddat, async db =>
        {
            var proposal = await db.Categorisations.SingleAsync(c => c.SchoolId == school);
            Assert.DoesNotContain(proposal.Evidence, e => e.Source == EvidenceSource.GovernanceEvaluation);
            Assert.Equal(6, proposal.Evidence.Count);
        });
    }

    [SkippableFact]
    public async Task The_officer_tailors_the_plan_before_confirmation_and_confirming_creates_that_plan()
    {
        var school = await SchoolAsync(290005);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var vine = await Portal.TrustIdAsync("Vine");
        await Portal.InTrustAsync(vine, async db =>
        {
            // The demo gave this school a proposal awaiting a decision; return it so the officer can propose.
            foreach (var pending in await db.Categorisations.Where(c => c.SchoolId == school && c.Status == CategorisationStatus.Proposed).ToListAsync())
            {
                pending.Return(Guid.NewGuid(), "Superseded", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        });
        using var proposed = await ProposeAsync(officer, school, "Support");
        var id = IdFrom(proposed);

        var plan = $"/categorisations/{id}/plan";
        var fields = (await officer.FieldsAsync($"/categorisations/{id}", plan)).With("Actions", "The SIL will observe reading lessons fortnightly.\nThe SLE will coach the English lead.");
        using var planned = await officer.SubmitAsync(plan, fields);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        using var confirmed = await DecideAsync(director, id, "confirm");

        await Portal.InTrustAsync(vine, async db =>
        {
            var titles = await db.Actions.Where(a => a.SourceId == id).OrderBy(a => a.Id).Select(a => a.Title).ToListAsync();
            Assert.Equal(["The SIL will observe reading lessons fortnightly.", "The SLE will coach the English lead."], titles);
        });
    }

    [SkippableFact]
    public async Task The_database_holds_at_most_one_pending_proposal_per_school()
    {
        var school = await SchoolAsync(290008);
        var vine = await Portal.TrustIdAsync("Vine");
        await Portal.InTrustAsync(vine, async db =>
        {
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            foreach (var pending in await db.Categorisations.Where(c => c.SchoolId == school && c.Status == CategorisationStatus.Proposed).ToListAsync())
            {
                pending.Return(Guid.NewGuid(), "Clearing the way", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            List<EvidenceJudgement> evidence = [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, "Secure", "n"))];
            db.Categorisations.Add(SchoolCategorisation.Propose(school, "Secure", "first", evidence, scheme, Guid.NewGuid(), DateTimeOffset.UtcNow));
            db.Categorisations.Add(SchoolCategorisation.Propose(school, "Secure", "second", evidence, scheme, Guid.NewGuid(), DateTimeOffset.UtcNow));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}


public sealed class SqliteCategorisationWorkflowTests(SqlitePortal fixture) : CategorisationWorkflowTests<SqlitePortal>(fixture);

public sealed class PostgresCategorisationWorkflowTests(PostgresPortal fixture) : CategorisationWorkflowTests<PostgresPortal>(fixture);

using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>
/// Who may do what with due diligence: readers read but do not write; the headteacher does not read; a URN already on the
/// register is refused at completion with the input kept; another trust's assessment and integration plan are 404 with a
/// valid antiforgery token and stay unchanged (DDAT has due diligence switched on in this class so that the refusal is the
/// tenancy's, not the capability's); DDAT, whose policy has no due diligence, gets 404 on every page.
/// </summary>
public sealed class DueDiligenceAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_reader_reads_the_report_and_export_but_cannot_start_record_complete_or_withdraw()
    {
        var (trust, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Readers Primary", null, Rag.Green);
        var before = await factory.ReadAsync(trust, id);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        var page = await officer.GetDocumentAsync($"/due-diligence/{id}");
        Assert.Null(page.QuerySelector("#template"));
        Assert.Equal(16, page.QuerySelectorAll("#academic-areas tbody tr, #financial-areas tbody tr").Length);
        Assert.Null((await officer.GetDocumentAsync("/due-diligence")).QuerySelector("a[href='/due-diligence/new']"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/due-diligence/{id}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/due-diligence/{id}/export")).StatusCode);

        var token = await officer.AntiforgeryTokenAsync();
        using var start = await officer.PostWithTokenAsync("/due-diligence/new", token, [new("SchoolName", "Sneaky Primary")]);
        using var record = await officer.PostWithTokenAsync($"/due-diligence/{id}/areas", token,
            DueDiligenceTestData.Template(before.Version, "Renamed", null, _ => (Rag.Red, null)));
        using var complete = await officer.PostWithTokenAsync($"/due-diligence/{id}/complete", token, DueDiligenceTestData.Completion(before.Version, 290121, "2026-11-19"));
        using var withdraw = await officer.PostWithTokenAsync($"/due-diligence/{id}/withdraw", token, [new("Version", before.Version.ToString()), new("Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/due-diligence/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        var after = await factory.ReadAsync(trust, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal("Readers Primary", after.SchoolName);
        Assert.Equal(DueDiligenceStatus.InProgress, after.Status);
        Assert.All(after.Areas, a => Assert.Equal(Rag.Green, a.Rag));
        await factory.InTrustAsync(trust, async db =>
        {
            Assert.False(await db.DueDiligenceAssessments.AnyAsync(a => a.SchoolName == "Sneaky Primary"));
            Assert.False(await db.Schools.AnyAsync(s => s.Urn == 290121));
        });
    }

    [Fact]
    public async Task A_headteacher_does_not_read_due_diligence()
    {
        var (_, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Head Primary", null, null);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Vine);

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/due-diligence")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/due-diligence/{id}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/due-diligence/{id}/export")).StatusCode);
    }

    [Fact]
    public async Task Completing_with_a_URN_already_on_the_register_is_refused_with_the_input_kept()
    {
        var (trust, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Duplicate Primary", null, Rag.Green);
        var version = (await factory.ReadAsync(trust, id)).Version;
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var schoolsBefore = await factory.InTrustAsync(trust, db => db.Schools.CountAsync());

        using var refused = await ceo.PostFormAsync($"/due-diligence/{id}/complete",
            DueDiligenceTestData.Completion(version, 290002, "2026-11-19", "Support"), $"/due-diligence/{id}/complete");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Equal("URN 290002 is already in the trust's register as Blackwater Vale CE Primary. Nothing has been saved.",
            page.QuerySelector("[aria-labelledby=error-summary-title] li")!.TextContent.Trim());
        Assert.Equal("290002", page.QuerySelector("#Urn")!.GetAttribute("value"));
        Assert.Equal("Essex", page.QuerySelector("#LocalAuthority")!.GetAttribute("value"));
        Assert.Equal("Support", page.QuerySelector("#ProposedCategory option[selected]")!.GetAttribute("value"));
        Assert.Equal(DueDiligenceStatus.InProgress, (await factory.ReadAsync(trust, id)).Status);
        Assert.Equal(schoolsBefore, await factory.InTrustAsync(trust, db => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task Another_trusts_assessment_and_integration_plan_are_404_with_a_valid_token_and_stay_unchanged()
    {
        await factory.UseCapabilityAsync(Browsing.DdatTrust, PolicyCapability.DueDiligence);
        var (vine, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Vine Only Primary", 290131, Rag.Green);
        var before = await factory.ReadAsync(vine, id);
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.OK, (await ceo.GetAsync("/due-diligence")).StatusCode);
        var token = await ceo.AntiforgeryTokenAsync();

        foreach (var url in new[] { $"/due-diligence/{id}", $"/due-diligence/{id}/report", $"/due-diligence/{id}/export", $"/due-diligence/{id}/complete", $"/due-diligence/{id}/withdraw", $"/schools/{vineSchool}/integration-plan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ceo.GetAsync(url)).StatusCode);
        }

        using var record = await ceo.PostWithTokenAsync($"/due-diligence/{id}/areas", token, DueDiligenceTestData.Template(before.Version, "Taken", 290131, _ => (Rag.Red, null)));
        using var complete = await ceo.PostWithTokenAsync($"/due-diligence/{id}/complete", token, DueDiligenceTestData.Completion(before.Version, 290131, "2026-11-19"));
        using var withdraw = await ceo.PostWithTokenAsync($"/due-diligence/{id}/withdraw", token, [new("Version", before.Version.ToString()), new("Confirm", "true")]);
        using var meeting = await ceo.PostWithTokenAsync($"/schools/{vineSchool}/integration-plan", token,
            [new("HeldOn", "2026-11-19"), new("Attendees", "Headteacher"), new("Actions[0].Title", "Taken"), new("Actions[0].OwnerRole", "Headteacher"), new("Actions[0].DueOn", "2027-01-01")]);

        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        var after = await factory.ReadAsync(vine, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(DueDiligenceStatus.InProgress, after.Status);
        Assert.Equal("Vine Only Primary", after.SchoolName);
        Assert.All(after.Areas, a => Assert.Equal(Rag.Green, a.Rag));
        await factory.InTrustAsync(vine, async db =>
        {
            Assert.False(await db.Schools.AnyAsync(s => s.Urn == 290131));
            Assert.False(await db.IntegrationMeetings.AnyAsync(m => m.SchoolId == vineSchool));
        });
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        await factory.InTrustAsync(ddat, async db => Assert.False(await db.Schools.AnyAsync(s => s.Urn == 290131)));
    }

    [Fact]
    public async Task The_integration_plan_of_a_school_that_did_not_join_through_due_diligence_is_404()
    {
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290003);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);

        Assert.Equal(HttpStatusCode.NotFound, (await ceo.GetAsync($"/schools/{school}/integration-plan")).StatusCode);
        using var posted = await ceo.PostWithTokenAsync($"/schools/{school}/integration-plan", await ceo.AntiforgeryTokenAsync(), [new("HeldOn", "2026-11-19"), new("Attendees", "Headteacher")]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }
}

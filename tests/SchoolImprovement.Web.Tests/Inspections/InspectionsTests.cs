using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Inspections;

public sealed class InspectionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly AfterReportCards = new(2026, 1, 15);

    private Task<Guid> SchoolAsync(string trustPrefix, int urn) => factory.SchoolIdAsync(trustPrefix, urn);

    private async Task<int> InspectionCountAsync(Guid schoolId)
    {
        var count = 0;
        await factory.InTrustAsync(await factory.TrustIdAsync("Derby"), async db => count = await db.Inspections.CountAsync(i => i.SchoolId == schoolId));
        return count;
    }

    /// <summary>A report card with every required area at Expected standard, then <paramref name="changes"/>.</summary>
    private static Dictionary<string, string> ReportCard(DateOnly on, params (int Area, ReportCardGrade Grade)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Framework"] = nameof(InspectionFramework.OfstedReportCard),
            ["InspectedOn"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["SafeguardingMet"] = "true",
            ["Notes"] = "Visit letter received.",
        };
        for (var i = 0; i < InspectionAreas.ReportCard.Count; i++)
        {
            var optional = InspectionAreas.OptionalReportCard.Contains(InspectionAreas.ReportCard[i]);
            fields[$"Grades[{i}]"] = optional ? "" : ((int)ReportCardGrade.ExpectedStandard).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (area, grade) in changes)
        {
            fields[$"Grades[{area}]"] = ((int)grade).ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }

    [Fact]
    public async Task An_officer_records_a_report_card_with_needs_attention_and_the_list_suggests_Support()
    {
        var school = await SchoolAsync("Derby", 190003);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var achievement = InspectionAreas.ReportCard.ToList().IndexOf("Achievement");

        using var saved = await officer.PostFormAsync($"/schools/{school}/inspections/new", ReportCard(AfterReportCards, (achievement, ReportCardGrade.NeedsAttention)),
            $"/schools/{school}/inspections/new?framework=OfstedReportCard");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/schools/{school}/inspections", saved.Headers.Location?.OriginalString);
        var page = (await officer.GetDocumentAsync($"/schools/{school}/inspections")).Text();
        Assert.Contains("has been recorded", page, StringComparison.Ordinal);
        Assert.Contains("Ofsted report card, 15/01/2026", page, StringComparison.Ordinal);
        Assert.Contains("Needs attention", page, StringComparison.Ordinal);
        Assert.Contains("Safeguarding", page, StringComparison.Ordinal);
        Assert.Contains("Suggests Support because Achievement: Needs attention (15/01/2026)", page, StringComparison.Ordinal);
        Assert.Contains("a suggestion, not a decision", page, StringComparison.Ordinal);
        Assert.Equal(1, await InspectionCountAsync(school));
    }

    [Fact]
    public async Task A_future_date_gets_a_message_keeps_the_input_and_saves_nothing()
    {
        var school = await SchoolAsync("Derby", 190004);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var future = DateOnly.FromDateTime(DateTime.Today).AddDays(30);

        using var refused = await officer.PostFormAsync($"/schools/{school}/inspections/new", ReportCard(future, (0, ReportCardGrade.UrgentImprovement)),
            $"/schools/{school}/inspections/new?framework=OfstedReportCard");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("cannot be in the future", page.Text(), StringComparison.Ordinal);
        Assert.Equal(future.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#InspectedOn")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("#Grades_0_ option[selected]")!.GetAttribute("value"));
        Assert.Equal("Visit letter received.", page.QuerySelector("#Notes")!.TextContent);
        Assert.Equal(0, await InspectionCountAsync(school));
    }

    [Fact]
    public async Task A_missing_area_or_a_report_card_before_November_2025_is_refused_and_saves_nothing()
    {
        var school = await SchoolAsync("Derby", 190005);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var form = $"/schools/{school}/inspections/new?framework=OfstedReportCard";
        var missing = ReportCard(AfterReportCards);
        missing["Grades[0]"] = "";

        using var missingArea = await director.PostFormAsync($"/schools/{school}/inspections/new", missing, form);
        using var tooEarly = await director.PostFormAsync($"/schools/{school}/inspections/new", ReportCard(new DateOnly(2025, 6, 1)), form);

        Assert.Contains("Inclusion missing", (await missingArea.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Contains("began in November 2025", (await tooEarly.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(0, await InspectionCountAsync(school));
    }

    [Fact]
    public async Task A_siams_inspection_is_recorded_with_its_questions_and_deleted_after_confirmation()
    {
        var school = await SchoolAsync("Derby", 190006);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var fields = new Dictionary<string, string>
        {
            ["Framework"] = nameof(InspectionFramework.Siams),
            ["InspectedOn"] = "2024-03-12",
            ["Judgement"] = nameof(SiamsJudgement.NotYetFully),
        };
        for (var i = 0; i < InspectionAreas.SiamsQuestions.Count; i++)
        {
            fields[$"QuestionNotes[{i}]"] = i == 2 ? "Collective worship is not yet inclusive." : "";
        }

        using var saved = await ceo.PostFormAsync($"/schools/{school}/inspections/new", fields, $"/schools/{school}/inspections/new?framework=Siams");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = (await ceo.GetDocumentAsync($"/schools/{school}/inspections")).Text();
        Assert.Contains("SIAMS, 12/03/2024", page, StringComparison.Ordinal);
        Assert.Contains("Not yet doing so fully", page, StringComparison.Ordinal);
        Assert.Contains("IQ3: Collective worship is not yet inclusive.", page, StringComparison.Ordinal);

        var id = Guid.Empty;
        await factory.InTrustAsync(await factory.TrustIdAsync("Derby"), async db => id = await db.Inspections.Where(i => i.SchoolId == school).Select(i => i.Id).SingleAsync());
        var confirm = $"/schools/{school}/inspections/{id}/delete";
        Assert.Contains("Delete the SIAMS inspection of 12/03/2024?", (await ceo.GetDocumentAsync(confirm)).Text(), StringComparison.Ordinal);
        using var deleted = await ceo.PostFormAsync(confirm, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await InspectionCountAsync(school));
    }

    [Fact]
    public async Task A_headteacher_reads_their_own_schools_inspections_but_not_another_schools_and_cannot_record()
    {
        var own = await SchoolAsync("Derby", 190001);
        var other = await SchoolAsync("Derby", 190002);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var ownList = await head.GetAsync($"/schools/{own}/inspections");
        using var otherList = await head.GetAsync($"/schools/{other}/inspections");
        using var record = await head.GetAsync($"/schools/{own}/inspections/new?framework=OfstedReportCard");

        Assert.Equal(HttpStatusCode.OK, ownList.StatusCode);
        Assert.DoesNotContain("Record an inspection", (await ownList.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
    }

    [Fact]
    public async Task Another_trusts_school_is_not_found()
    {
        var vineSchool = await SchoolAsync("Vine", 290001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        using var list = await officer.GetAsync($"/schools/{vineSchool}/inspections");
        using var record = await officer.GetAsync($"/schools/{vineSchool}/inspections/new?framework=Siams");

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
    }

    [Fact]
    public async Task Recording_or_deleting_another_trusts_inspection_with_valid_tokens_is_not_found_and_changes_nothing()
    {
        var vine = await factory.TrustIdAsync("Vine");
        var vineSchool = await SchoolAsync("Vine", 290001);
        var ownSchool = await SchoolAsync("Derby", 190007);
        var vineInspection = Inspection.SiamsInspection(vineSchool, new DateOnly(2023, 5, 4), SiamsJudgement.LivingUpToFoundation, "", new DateOnly(2026, 1, 1));
        await factory.InTrustAsync(vine, async db =>
        {
            db.Inspections.Add(vineInspection);
            await db.SaveChangesAsync();
        });
        async Task<int> VineCountAsync()
        {
            var count = 0;
            await factory.InTrustAsync(vine, async db => count = await db.Inspections.CountAsync(i => i.SchoolId == vineSchool));
            return count;
        }

        var before = await VineCountAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var ownForm = $"/schools/{ownSchool}/inspections/new?framework=OfstedReportCard";

        // Valid antiforgery tokens, from the officer's own school's pages: only access can refuse these.
        using var record = await officer.PostFormAsync($"/schools/{vineSchool}/inspections/new", ReportCard(AfterReportCards), ownForm);
        using var delete = await officer.PostFormAsync($"/schools/{vineSchool}/inspections/{vineInspection.Id}/delete", new Dictionary<string, string>(), ownForm);
        using var deleteThroughOwnSchool = await officer.PostFormAsync($"/schools/{ownSchool}/inspections/{vineInspection.Id}/delete", new Dictionary<string, string>(), ownForm);

        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteThroughOwnSchool.StatusCode);
        Assert.Equal(before, await VineCountAsync());
        await factory.InTrustAsync(vine, async db => Assert.True(await db.Inspections.AnyAsync(i => i.Id == vineInspection.Id)));
        Assert.Equal(0, await InspectionCountAsync(ownSchool));
    }
}

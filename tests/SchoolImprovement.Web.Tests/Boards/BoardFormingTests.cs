using System.Net;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Boards;

/// <summary>Forming a board for a designated school: DDAT's RAB with the policy's numbers, Vine's trust improvement board with numbers entered, refusals.</summary>
public sealed class BoardFormingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public BoardFormingTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 11, 2, 10, 0, 0));
    }

    private static string New(Guid concern) => $"/concerns/{concern}/boards/new";

    [Fact]
    public async Task The_CEO_forms_a_RAB_for_a_designated_DDAT_school_with_the_policy_quorum_and_period()
    {
        var concern = await factory.DesignatedCaseAsync(Browsing.DdatTrust, 190002);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync(New(concern));
        Assert.Equal("3", page.QuerySelector("#Quorum")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("#FirstPeriodTerms")!.GetAttribute("value"));
        Assert.Equal(2, page.QuerySelectorAll("input[name=Kind]").Length);

        var fields = page.FieldsOf(New(concern)).With("Kind", nameof(BoardKind.RaisingAchievementBoard)).With("StartTerm", "2026-1").With("ClerkName", "Gill Governance");
        using var formed = await ceo.SubmitAsync(New(concern), fields);

        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var board = Assert.Single(await factory.BoardsOfSchoolAsync(Browsing.DdatTrust, 190002));
        Assert.Equal($"/boards/{board.Id}", formed.Headers.Location?.OriginalString);
        Assert.Equal((BoardKind.RaisingAchievementBoard, 3, 2, 1, concern), (board.Kind, board.Quorum, board.FirstPeriodTerms, board.ExtensionTerms, board.ConcernCaseId));
        Assert.Equal(new AcademicTerm(new AcademicYear(2026), Term.Autumn), board.StartTerm);
        var shown = (await ceo.GetDocumentAsync($"/boards/{board.Id}")).Text();
        Assert.Contains("Sits until 31/03/2027", shown, StringComparison.Ordinal);
        Assert.Contains("Gill Governance", shown, StringComparison.Ordinal);
        Assert.Contains("Associate Trustees are external experts", shown, StringComparison.Ordinal);
        Assert.Contains("Pupils' attainment", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vine_forms_a_trust_improvement_board_only_once_the_quorum_its_policy_lacks_is_entered()
    {
        var concern = await factory.DesignatedCaseAsync(Browsing.VineTrust, 290003);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var page = await ceo.GetDocumentAsync(New(concern));
        Assert.Equal("", page.QuerySelector("#Quorum")!.GetAttribute("value") ?? "");
        var fields = page.FieldsOf(New(concern)).With("Kind", nameof(BoardKind.TrustImprovementBoard)).With("FirstPeriodTerms", "3").With("ExtensionTerms", "1");

        using var refused = await ceo.SubmitAsync(New(concern), fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.DocumentAsync();
        Assert.Contains("Enter the quorum", again.Text(), StringComparison.Ordinal);
        Assert.Equal("3", again.QuerySelector("#FirstPeriodTerms")!.GetAttribute("value"));
        Assert.Empty(await factory.BoardsOfSchoolAsync(Browsing.VineTrust, 290003));

        using var formed = await ceo.SubmitAsync(New(concern), again.FieldsOf(New(concern)).With("Quorum", "4"));

        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var board = Assert.Single(await factory.BoardsOfSchoolAsync(Browsing.VineTrust, 290003));
        Assert.Equal((BoardKind.TrustImprovementBoard, 4, 3), (board.Kind, board.Quorum, board.FirstPeriodTerms));
    }

    [Fact]
    public async Task A_board_for_a_case_not_designated_or_a_kind_the_policy_does_not_use_is_refused()
    {
        var recommended = await factory.DesignatedCaseAsync(Browsing.DdatTrust, 190003, designate: false);
        var designated = await factory.DesignatedCaseAsync(Browsing.DdatTrust, 190004);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var notDesignated = await ceo.SubmitAsync(New(recommended), (await ceo.FieldsAsync(New(recommended), New(recommended))).With("Kind", nameof(BoardKind.RaisingAchievementBoard)));
        using var vineKind = await ceo.SubmitAsync(New(designated), (await ceo.FieldsAsync(New(designated), New(designated))).With("Kind", nameof(BoardKind.TrustImprovementBoard)));

        Assert.Equal(HttpStatusCode.OK, notDesignated.StatusCode);
        Assert.Contains("this case is not designated", (await notDesignated.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, vineKind.StatusCode);
        Assert.Contains("does not form a Trust improvement board", (await vineKind.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Empty(await factory.BoardsOfSchoolAsync(Browsing.DdatTrust, 190003));
        Assert.Empty(await factory.BoardsOfSchoolAsync(Browsing.DdatTrust, 190004));
    }

    [Fact]
    public async Task Only_the_CEO_and_governance_professional_form_boards_and_another_trust_case_is_not_found()
    {
        var concern = await factory.DesignatedCaseAsync(Browsing.DdatTrust, 190005);
        var vineConcern = await factory.DesignatedCaseAsync(Browsing.VineTrust, 290004);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var fields = (await ceo.FieldsAsync(New(concern), New(concern))).With("Kind", nameof(BoardKind.RaisingAchievementBoard));

        foreach (var role in new[] { TrustRole.DeputyCeo, TrustRole.SchoolImprovementOfficer, TrustRole.Headteacher, TrustRole.Trustee })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var page = await client.GetAsync(New(concern));
            var token = await client.AntiforgeryTokenAsync();
            using var posted = await client.PostWithTokenAsync(New(concern), token, fields.Where(f => f.Key != "__RequestVerificationToken"));
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        using var otherTrust = await ceo.PostWithTokenAsync(New(vineConcern), await ceo.AntiforgeryTokenAsync(), fields.Where(f => f.Key != "__RequestVerificationToken"));
        Assert.Equal(HttpStatusCode.NotFound, otherTrust.StatusCode);
        Assert.Empty(await factory.BoardsOfSchoolAsync(Browsing.DdatTrust, 190005));
        Assert.Empty(await factory.BoardsOfSchoolAsync(Browsing.VineTrust, 290004));

        using var governance = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var formed = await governance.SubmitAsync(New(concern), (await governance.FieldsAsync(New(concern), New(concern))).With("Kind", nameof(BoardKind.InterimLocalTrustCommittee)));
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var iltc = Assert.Single(await factory.BoardsOfSchoolAsync(Browsing.DdatTrust, 190005));
        Assert.True(iltc.ReplacesLocalCommittee);
    }
}

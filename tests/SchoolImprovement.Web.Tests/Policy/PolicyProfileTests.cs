using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Policy;

public sealed class PolicyProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Edit = "/policy/edit";

    [Fact]
    public async Task The_trust_administrator_saves_the_profile_and_every_member_reads_it()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        var fields = (await admin.FieldsAsync(Edit, Edit)).With("OfficerTitle", "School Improvement Lead").With("Quorum", "4");

        using var saved = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        var page = await trustee.GetDocumentAsync("/policy");
        Assert.Contains("School Improvement Lead", page.Text(), StringComparison.Ordinal);
        Assert.Equal("4 voting members", page.QuerySelector("[data-setting=Quorum]")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_changes_nothing()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(Edit, Edit)).With("Quorum", "0").With("DecidingRole", TrustRole.DeputyCeo).With("OfficerTitle", "Changed title");

        using var refused = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("quorum must be at least one", page.Text(), StringComparison.Ordinal);
        Assert.Contains("cannot also decide", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Changed title", page.QuerySelector("#OfficerTitle")!.GetAttribute("value"));
        var ddat = await factory.TrustIdAsync("Derby");
        await factory.InTrustAsync(ddat, async db => Assert.Equal(3, (await db.PolicyProfiles.SingleAsync()).Boards.Quorum));
    }

    [Fact]
    public async Task A_conflicting_save_shows_the_newer_values_and_keeps_the_users_input()
    {
        using var first = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var second = await factory.SignedInAsync("trust.admin@ddat.example");
        var firstForm = await first.FieldsAsync(Edit, Edit);
        var secondForm = await second.FieldsAsync(Edit, Edit);

        using var firstSave = await first.SubmitAsync(Edit, firstForm.With("CommitteeName", "Standards Committee (first)"));
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        using var secondSave = await second.SubmitAsync(Edit, secondForm.With("CommitteeName", "Standards Committee (second)"));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await secondSave.DocumentAsync();
        Assert.Contains("Someone else saved this while you were working on it", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Committee: Standards Committee (first)", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Standards Committee (second)", page.QuerySelector("#CommitteeName")!.GetAttribute("value"));
        var ddat = await factory.TrustIdAsync("Derby");
        await factory.InTrustAsync(ddat, async db => Assert.Equal("Standards Committee (first)", (await db.PolicyProfiles.SingleAsync()).Labels.CommitteeName));
    }

    [Fact]
    public async Task Only_the_trust_administrator_can_edit()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await ceo.GetAsync(Edit);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

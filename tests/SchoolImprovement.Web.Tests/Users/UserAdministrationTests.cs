using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Users;

public sealed class UserAdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Guid> UserIdAsync(string email) =>
        await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Deactivating_a_user_ends_their_session_and_stops_sign_in()
    {
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.OK, (await sle.GetAsync("/schools")).StatusCode);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var id = await UserIdAsync("sle@ddat.example");

        using var deactivated = await admin.PostFormAsync($"/users/{id}/deactivate", [], $"/users/{id}/deactivate");

        Assert.True(deactivated.StatusCode == HttpStatusCode.Redirect, await deactivated.Content.ReadAsStringAsync());
        using var after = await sle.GetAsync("/schools");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Ddat));

        var ddat = await factory.TrustIdAsync("Derby");
        await factory.InTrustAsync(ddat, async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "User" && a.EntityId == id.ToString());
            Assert.Equal(("trust.admin@ddat.example", "{\"IsActive\":[true,false]}"), (entry.Actor, entry.Changes));
        });
    }

    [Fact]
    public async Task The_administrator_adds_a_user_with_a_role_and_a_school_and_they_get_an_email()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        using var created = await admin.PostFormAsync("/users/new", [new("DisplayName", "Nia Headteacher"), new("Email", "nia.head@vine.example"), new("Roles", TrustRole.Headteacher)], "/users/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var userPage = created.Headers.Location!.OriginalString;
        Assert.Contains(Directory.GetFiles(factory.MailFolder, "*.eml"), f => File.ReadAllText(f).Contains("nia.head@vine.example", StringComparison.Ordinal));

        var fields = await admin.FieldsAsync(userPage, userPage + "/assignments");
        using var assigned = await admin.SubmitAsync(userPage + "/assignments", fields.With("Kind", nameof(AssignmentKind.HeadteacherOf)));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains("Headteacher of", (await admin.GetDocumentAsync(userPage)).Text(), StringComparison.Ordinal);

        using var wrongRole = await admin.SubmitAsync(userPage + "/assignments", fields.With("Kind", nameof(AssignmentKind.LinkedOfficerFor)));
        Assert.Contains("Only a person with the role", (await admin.GetDocumentAsync(userPage)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_form_with_no_role_and_a_bad_email_is_refused_with_messages()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        using var refused = await admin.PostFormAsync("/users/new", [new("DisplayName", "No Role"), new("Email", "not-an-email")], "/users/new");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await refused.DocumentAsync()).Text();
        Assert.Contains("Choose at least one role.", text, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like", text, StringComparison.Ordinal);
        Assert.False(await factory.WithoutTrustAsync(db => db.Users.AnyAsync(u => u.DisplayName == "No Role")));
    }

    [Fact]
    public async Task An_administrator_cannot_open_a_user_of_another_trust()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        var ddatCeo = await UserIdAsync("ceo@ddat.example");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/users/{ddatCeo}")).StatusCode);
    }

    [Fact]
    public async Task Removing_a_role_ends_the_persons_sessions_so_it_applies_at_once()
    {
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync("/schools")).StatusCode);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        var id = await UserIdAsync("trustee@vine.example");
        var page = $"/users/{id}";
        var fields = (await admin.FieldsAsync(page, page)).Where(f => f.Key != "Roles").ToList();
        fields.Add(new("Roles", TrustRole.GovernanceProfessional));

        using var saved = await admin.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var after = await trustee.GetAsync("/schools");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Removing_the_headteacher_role_removes_the_headteacher_assignment()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var id = await UserIdAsync("headteacher@ddat.example");
        var page = $"/users/{id}";
        var fields = (await admin.FieldsAsync(page, page)).Where(f => f.Key != "Roles").ToList();
        fields.Add(new("Roles", TrustRole.LocalCommitteeMember));

        using var saved = await admin.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ddat = await factory.TrustIdAsync("Derby");
        await factory.InTrustAsync(ddat, async db => Assert.False(await db.SchoolAssignments.AnyAsync(a => a.UserId == id && a.Kind == AssignmentKind.HeadteacherOf)));
    }
}

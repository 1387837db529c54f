using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Email;
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
        var invitation = Assert.Single(factory.MessagesTo("nia.head@vine.example", AccountEmails.InvitationSubject));
        Assert.Matches(@"\n" + System.Text.RegularExpressions.Regex.Escape(PortalFactory.PublicBaseUrl) + @"/account/invitation\?email=nia\.head(@|%40)vine\.example&token=\S{20,}", invitation);

        var fields = await admin.FieldsAsync(userPage, userPage + "/assignments");
        using var assigned = await admin.SubmitAsync(userPage + "/assignments", fields.With("Kind", nameof(AssignmentKind.HeadteacherOf)));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains("Headteacher of", (await admin.GetDocumentAsync(userPage)).Text(), StringComparison.Ordinal);

        var id = Guid.Parse(userPage["/users/".Length..]);
        var vine = await factory.TrustIdAsync("Vine");
        await factory.InTrustAsync(vine, async db => Assert.Equal([AssignmentKind.HeadteacherOf], await db.SchoolAssignments.Where(a => a.UserId == id).Select(a => a.Kind).ToListAsync()));
    }

    [Fact]
    public async Task A_refused_assignment_is_shown_as_an_error_on_the_persons_page_with_the_choice_kept()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        var id = await UserIdAsync("headteacher@vine.example");
        var page = $"/users/{id}";
        var vine = await factory.TrustIdAsync("Vine");
        var before = await AssignmentsAsync(vine, id);
        var school = await InTrustAsync(vine, db => db.SchoolAssignments.Where(a => a.UserId == id && a.Kind == AssignmentKind.HeadteacherOf).Select(a => a.SchoolId).SingleAsync());
        var fields = (await admin.FieldsAsync(page, page + "/assignments")).With("SchoolId", school.ToString());

        using var duplicate = await admin.SubmitAsync(page + "/assignments", fields.With("Kind", nameof(AssignmentKind.HeadteacherOf)));
        using var wrongRole = await admin.SubmitAsync(page + "/assignments", fields.With("Kind", nameof(AssignmentKind.LinkedOfficerFor)));

        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var duplicatePage = await duplicate.DocumentAsync();
        Assert.Contains("This person already has that assignment.", duplicatePage.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(duplicatePage.QuerySelector(".alert-success"));
        Assert.Equal(HttpStatusCode.OK, wrongRole.StatusCode);
        var wrongRolePage = await wrongRole.DocumentAsync();
        Assert.Contains("Only a person with the role 'School improvement officer'", wrongRolePage.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(wrongRolePage.QuerySelector(".alert-success"));
        Assert.Equal(nameof(AssignmentKind.LinkedOfficerFor), ((AngleSharp.Html.Dom.IHtmlSelectElement)wrongRolePage.QuerySelector("#Kind")!).Value);
        Assert.Equal(before, await AssignmentsAsync(vine, id));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account_and_is_told_why_on_the_page()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var id = await UserIdAsync("trust.admin@ddat.example");

        using var refused = await admin.PostFormAsync($"/users/{id}/deactivate", [], $"/users/{id}/deactivate");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("You cannot deactivate your own account.", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".alert-success"));
        Assert.True(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/users")).StatusCode);
    }

    private async Task<T> InTrustAsync<T>(Guid trustId, Func<Infrastructure.Persistence.PortalDbContext, Task<T>> read)
    {
        T result = default!;
        await factory.InTrustAsync(trustId, async db => result = await read(db));
        return result;
    }

    private async Task<List<string>> AssignmentsAsync(Guid trustId, Guid userId)
    {
        var rows = await InTrustAsync(trustId, db => db.SchoolAssignments.Where(a => a.UserId == userId).OrderBy(a => a.Id).Select(a => new { a.Id, a.SchoolId, a.Kind }).ToListAsync());
        return rows.ConvertAll(a => $"{a.Id} {a.SchoolId} {a.Kind}");
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

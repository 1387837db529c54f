using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Users;

/// <summary>
/// A trust administrator cannot change another trust's people, whatever they post: each POST
/// carries a valid antiforgery token (so it reaches the handler), answers 404 as for a missing
/// person, and the person is unchanged in the database.
/// </summary>
public sealed class CrossTrustUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Person(string DisplayName, string? Email, bool IsActive, bool TwoFactorEnabled, string? SecurityStamp, string Roles, string Assignments);

    private const string VineHead = "headteacher@vine.example";

    private async Task<T> InTrustAsync<T>(Guid trustId, Func<PortalDbContext, Task<T>> read)
    {
        T result = default!;
        await factory.InTrustAsync(trustId, async db => result = await read(db));
        return result;
    }

    private async Task<Person> VineHeadAsync(Guid vine)
    {
        var user = await factory.WithoutTrustAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == VineHead));
        var roles = await factory.WithoutTrustAsync(db => db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).OrderBy(n => n).ToListAsync());
        var assignments = await InTrustAsync(vine, db => db.SchoolAssignments.Where(a => a.UserId == user.Id).OrderBy(a => a.Id).Select(a => new { a.Id, a.SchoolId, a.Kind }).ToListAsync());
        return new Person(user.DisplayName, user.Email, user.IsActive, user.TwoFactorEnabled, user.SecurityStamp, string.Join(", ", roles), string.Join("; ", assignments.Select(a => $"{a.Id} {a.SchoolId} {a.Kind}")));
    }

    /// <summary>The schools a person is assigned to, as one trust sees its assignment rows (sorted here, not by the database).</summary>
    private async Task<List<Guid>> AssignedSchoolsAsync(Guid trustId, Guid userId) =>
        [.. (await InTrustAsync(trustId, db => db.SchoolAssignments.Where(a => a.UserId == userId).Select(a => a.SchoolId).ToListAsync())).Order()];

    [Fact]
    public async Task A_ddat_administrator_posting_to_a_vine_persons_deactivate_reset_assign_remove_and_edit_gets_404_and_changes_nothing()
    {
        var vine = await factory.TrustIdAsync("Vine");
        var id = await factory.WithoutTrustAsync(async db =>
        {
            // The reset must have something to undo: the Vine headteacher has an authenticator app on.
            var user = await db.Users.SingleAsync(u => u.Email == VineHead);
            user.TwoFactorEnabled = true;
            await db.SaveChangesAsync();
            return user.Id;
        });
        var vineSchool = await InTrustAsync(vine, db => db.Schools.Where(s => s.Urn == 290001).Select(s => s.Id).SingleAsync());
        var assignment = await InTrustAsync(vine, db => db.SchoolAssignments.Where(a => a.UserId == id).Select(a => a.Id).FirstAsync());
        var before = await VineHeadAsync(vine);
        Assert.Contains(nameof(AssignmentKind.HeadteacherOf), before.Assignments, StringComparison.Ordinal);

        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        const string formPage = "/users/new";
        (string Action, List<KeyValuePair<string, string>> Fields)[] posts =
        [
            ($"/users/{id}/deactivate", []),
            ($"/users/{id}/reset-authenticator", []),
            ($"/users/{id}/assignments", [new("SchoolId", vineSchool.ToString()), new("Kind", nameof(AssignmentKind.LocalCommitteeMemberOf))]),
            ($"/users/{id}/assignments/{assignment}/remove", []),
            ($"/users/{id}", [new("DisplayName", "Taken Over"), new("Email", "taken.over@ddat.example"), new("Roles", TrustRole.TrustAdministrator)]),
        ];

        foreach (var (action, fields) in posts)
        {
            using var response = await admin.PostFormAsync(action, fields, formPage);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{action}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await VineHeadAsync(vine));
    }

    [Fact]
    public async Task A_ddat_administrator_assigning_a_ddat_person_to_a_vine_school_gets_404_and_no_assignment_is_made_in_either_trust()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var member = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.LocalCommitteeMember, Browsing.Ddat));
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var ddatSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, 190010);
        var ddatBefore = await AssignedSchoolsAsync(ddat, member);
        Assert.DoesNotContain(ddatSchool, ddatBefore);
        Assert.Empty(await AssignedSchoolsAsync(vine, member));

        // The assignment form on the DDAT person's own page (its token is valid), with the Vine school's id put in.
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var assign = $"/users/{member}/assignments";
        var form = await admin.FieldsAsync($"/users/{member}", assign);
        using var refused = await admin.SubmitAsync(assign, form.With("Kind", nameof(AssignmentKind.LocalCommitteeMemberOf)).With("SchoolId", vineSchool.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(ddatBefore, await AssignedSchoolsAsync(ddat, member));
        Assert.Empty(await AssignedSchoolsAsync(vine, member));
        Assert.Equal(0, await InTrustAsync(ddat, db => db.SchoolAssignments.CountAsync(a => a.SchoolId == vineSchool)));

        // The same form with one of DDAT's own schools is accepted: the 404 above is the Vine school's, not a broken post.
        using var accepted = await admin.SubmitAsync(assign, form.With("SchoolId", ddatSchool.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal([.. ddatBefore.Append(ddatSchool).Order()], await AssignedSchoolsAsync(ddat, member));
        Assert.Empty(await AssignedSchoolsAsync(vine, member));
    }
}

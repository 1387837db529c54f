using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Features.Users;
using SchoolImprovement.Web.Tests.Sessions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Users;

/// <summary>No administrator takes over the trust alone: no self role change, and CEO, Director of Learning and trust administrator need a second person (ASVS V6/V8 separation of duties).</summary>
public abstract class RoleGrantApprovalTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private async Task<List<string>> RolesOfAsync(Guid id)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!)).Order(StringComparer.Ordinal)];
    }

    private async Task<List<RoleGrantRequest>> RequestsAsync(string trustPrefix, Guid userId)
    {
        var trust = await Portal.TrustIdAsync(trustPrefix);
        return await Portal.InTrustAsync(trust, db => db.RoleGrantRequests.AsNoTracking().Where(r => r.UserId == userId).ToListAsync());
    }

    private static List<KeyValuePair<string, string>> Form(string name, string email, params string[] roles) =>
        [new("DisplayName", name), new("Email", email), .. roles.Select(r => new KeyValuePair<string, string>("Roles", r))];

    [SkippableFact]
    public async Task A_trust_administrator_cannot_change_their_own_roles()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.VineTrust, TrustRole.TrustAdministrator);
        using var admin = await Portal.SignedInAsync(email, SessionSupport.Password);

        using var response = await admin.PostFormAsync($"/users/{id}", Form("Me Myself", email, TrustRole.TrustAdministrator, TrustRole.Ceo), $"/users/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UpdateUserHandler.CannotChangeOwnRoles, (await response.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([TrustRole.TrustAdministrator], await RolesOfAsync(id));
        Assert.Empty(await RequestsAsync(Browsing.VineTrust, id));
        Assert.NotEqual("Me Myself", await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_ceo_grant_waits_for_a_second_person_who_is_not_the_requester()
    {
        var (requesterId, requester) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.TrustAdministrator);
        var (_, approver) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Ceo);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.SchoolImprovementOfficer);
        using var requesterClient = await Portal.SignedInAsync(requester, SessionSupport.Password);
        using var approverClient = await Portal.SignedInAsync(approver, SessionSupport.Password);

        using var asked = await requesterClient.PostFormAsync($"/users/{id}", Form("Future Ceo", email, TrustRole.SchoolImprovementOfficer, TrustRole.Ceo), $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal([TrustRole.SchoolImprovementOfficer], await RolesOfAsync(id));
        var request = Assert.Single(await RequestsAsync(Browsing.DdatTrust, id));
        Assert.Equal((TrustRole.Ceo, RoleGrantOutcome.Pending, requesterId), (request.Role, request.Outcome, request.RequestedBy));

        var ownPage = await requesterClient.GetDocumentAsync("/users/role-requests");
        Assert.Null(ownPage.QuerySelector($"form[action='/users/role-requests/{request.Id}/approve']"));
        using var selfApproved = await requesterClient.PostFormAsync($"/users/role-requests/{request.Id}/approve", [], "/users/role-requests");
        Assert.Equal(HttpStatusCode.OK, selfApproved.StatusCode);
        Assert.Contains(RoleGrantRequest.ApproverIsRequester, (await selfApproved.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([TrustRole.SchoolImprovementOfficer], await RolesOfAsync(id));

        Assert.NotNull((await approverClient.GetDocumentAsync("/users/role-requests")).QuerySelector($"form[action='/users/role-requests/{request.Id}/approve']"));
        using var approved = await approverClient.PostFormAsync($"/users/role-requests/{request.Id}/approve", [], "/users/role-requests");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal([TrustRole.Ceo, TrustRole.SchoolImprovementOfficer], await RolesOfAsync(id));
        var decided = Assert.Single(await RequestsAsync(Browsing.DdatTrust, id));
        Assert.Equal(RoleGrantOutcome.Approved, decided.Outcome);
        Assert.Equal(await Portal.UserIdAsync(approver), decided.DecidedBy);
    }

    [SkippableFact]
    public async Task A_refused_grant_leaves_the_roles_unchanged()
    {
        var (_, requester) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.TrustAdministrator);
        var (_, second) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.TrustAdministrator);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var requesterClient = await Portal.SignedInAsync(requester, SessionSupport.Password);
        using var secondClient = await Portal.SignedInAsync(second, SessionSupport.Password);
        using var asked = await requesterClient.PostFormAsync($"/users/{id}", Form("Would Be Admin", email, TrustRole.Trustee, TrustRole.TrustAdministrator), $"/users/{id}");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = Assert.Single(await RequestsAsync(Browsing.DdatTrust, id));

        using var refused = await secondClient.PostFormAsync($"/users/role-requests/{request.Id}/refuse", [], "/users/role-requests");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal([TrustRole.Trustee], await RolesOfAsync(id));
        Assert.Equal(RoleGrantOutcome.Refused, Assert.Single(await RequestsAsync(Browsing.DdatTrust, id)).Outcome);
        using var approvedAfter = await secondClient.PostFormAsync($"/users/role-requests/{request.Id}/approve", [], "/users/role-requests");
        Assert.Equal(HttpStatusCode.OK, approvedAfter.StatusCode);
        Assert.Equal([TrustRole.Trustee], await RolesOfAsync(id));
    }

    [SkippableFact]
    public async Task Another_trusts_administrator_cannot_approve()
    {
        var (_, requester) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.TrustAdministrator);
        var (_, vineAdmin) = await Portal.NewPersonAsync(Browsing.VineTrust, TrustRole.TrustAdministrator);
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var requesterClient = await Portal.SignedInAsync(requester, SessionSupport.Password);
        using var vineClient = await Portal.SignedInAsync(vineAdmin, SessionSupport.Password);
        using var asked = await requesterClient.PostFormAsync($"/users/{id}", Form("Dl To Be", email, TrustRole.Trustee, TrustRole.DirectorOfLearning), $"/users/{id}");
        var request = Assert.Single(await RequestsAsync(Browsing.DdatTrust, id));

        using var approved = await vineClient.PostFormAsync($"/users/role-requests/{request.Id}/approve", [], "/users/role-requests");

        Assert.Equal(HttpStatusCode.NotFound, approved.StatusCode);
        Assert.Equal([TrustRole.Trustee], await RolesOfAsync(id));
        Assert.Equal(RoleGrantOutcome.Pending, Assert.Single(await RequestsAsync(Browsing.DdatTrust, id)).Outcome);
        Assert.DoesNotContain("Dl To Be", (await vineClient.GetDocumentAsync("/users/role-requests")).Body!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Other_role_changes_apply_at_once()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var changed = await admin.PostFormAsync($"/users/{id}", Form("Now Governance", email, TrustRole.GovernanceProfessional), $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal([TrustRole.GovernanceProfessional], await RolesOfAsync(id));
        Assert.Empty(await RequestsAsync(Browsing.DdatTrust, id));
    }
}

public sealed class SqliteRoleGrantApprovalTests(SqlitePortal fixture) : RoleGrantApprovalTests<SqlitePortal>(fixture);

public sealed class PostgresRoleGrantApprovalTests(PostgresPortal fixture) : RoleGrantApprovalTests<PostgresPortal>(fixture);

using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Features.Platform;
using SchoolImprovement.Web.Features.RoleRequests;
using SchoolImprovement.Web.Tests.Sessions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Platform;

/// <summary>
/// A brand-new trust has a single administrator, so nobody in it can approve its first CEO: the
/// platform administrator decides such requests at /platform/role-requests, inside the request's
/// trust, with the same effect as the trust's own approval (role given, sessions ended, audit entry
/// crediting the platform administrator). Each test decides every request it makes, so the page's
/// list is empty between tests.
/// </summary>
public abstract class PlatformRoleRequestTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const string Page = PlatformRoleRequestsController.Path;
    private PortalFactory Portal => fixture.Portal;

    private sealed record NewTrust(Guid Id, string Name, Guid AdminId, string AdminEmail);

    /// <summary>A trust made by the platform administrator at /platform/trusts/new; its only administrator then has a password (set here, instead of from the invitation link).</summary>
    private async Task<NewTrust> NewTrustAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Kestrel {tag} Learning Trust";
        var email = $"admin.{tag}@kestrel.example";
        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new", new()
        {
            ["TrustName"] = name, ["PolicyTemplate"] = PolicyTemplates.Ddat, ["AdministratorName"] = "Only Admin " + tag, ["AdministratorEmail"] = email,
        }, "/platform/trusts/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var trustId = await Portal.WithoutTrustAsync(db => db.Trusts.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        await using var scope = Portal.Services.CreateTrustScope(trustId, "test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.AddPasswordAsync(admin, SessionSupport.Password)).Succeeded);
        Assert.Equal(1, await Portal.WithoutTrustAsync(db => db.Users.CountAsync(u => u.TrustId == trustId)));
        return new NewTrust(trustId, name, admin.Id, email);
    }

    private async Task<(Guid Id, string Email, string Name)> NewPersonAsync(NewTrust trust, string role)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"person.{tag}@kestrel.example";
        var person = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Person " + tag, TrustId = trust.Id, CreatedAt = DateTimeOffset.UtcNow };
        await using var scope = Portal.Services.CreateTrustScope(trust.Id, "test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True((await users.CreateAsync(person, SessionSupport.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(person, role)).Succeeded);
        return (person.Id, email, person.DisplayName);
    }

    /// <summary>The trust's only administrator asks for <paramref name="role"/> for the person at /users/{id}; it waits.</summary>
    private async Task<RoleGrantRequest> AskAsync(NewTrust trust, HttpClient admin, (Guid Id, string Email, string Name) person, string currentRole, string role)
    {
        using var asked = await admin.PostFormAsync($"/users/{person.Id}",
            [new("DisplayName", person.Name), new("Email", person.Email), new("Roles", currentRole), new("Roles", role)], $"/users/{person.Id}");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = Assert.Single(await RequestsAsync(trust, person.Id));
        Assert.Equal((role, RoleGrantOutcome.Pending, trust.AdminId), (request.Role, request.Outcome, request.RequestedBy));
        return request;
    }

    private Task<List<RoleGrantRequest>> RequestsAsync(NewTrust trust, Guid userId) =>
        Portal.InTrustAsync(trust.Id, db => db.RoleGrantRequests.AsNoTracking().Where(r => r.UserId == userId).ToListAsync());

    private Task<List<AuditEntry>> AuditOfAsync(NewTrust trust, Guid userId) =>
        Portal.InTrustAsync(trust.Id, db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "User" && a.EntityId == userId.ToString()).ToListAsync());

    private async Task<List<string>> RolesOfAsync(Guid id)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!)).Order(StringComparer.Ordinal)];
    }

    private Task<List<UserSession>> SessionsOfAsync(Guid userId) =>
        Portal.WithoutTrustAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());

    [SkippableFact]
    public async Task A_new_trusts_only_administrator_asks_for_a_ceo_and_the_platform_administrator_approves_it()
    {
        var trust = await NewTrustAsync();
        var person = await NewPersonAsync(trust, TrustRole.Trustee);
        using var personClient = await Portal.SignedInAsync(person.Email, SessionSupport.Password);
        using var admin = await Portal.SignedInAsync(trust.AdminEmail, SessionSupport.Password);
        var request = await AskAsync(trust, admin, person, TrustRole.Trustee, TrustRole.Ceo);

        // Nobody in the trust can decide it, and the trust's page says who can.
        var trustPage = await admin.GetDocumentAsync(RoleRequestsController.Path);
        Assert.Null(trustPage.QuerySelector($"form[action='/users/role-requests/{request.Id}/approve']"));
        Assert.Contains(RoleRequestsController.NobodyElseCanDecide, trustPage.QuerySelector(".nobody-else")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Page, RoleRequestsController.NobodyElseCanDecide, StringComparison.Ordinal);

        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        var listed = await platform.GetDocumentAsync(Page);
        var row = listed.QuerySelectorAll("#pending tbody tr").Single(r => r.QuerySelector($"form[action='{Page}/{request.Id}/approve']") is not null);
        Assert.Equal([trust.Name, person.Name, TrustRole.Ceo, "Only Admin " + trust.AdminEmail[6..14]], row.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()));
        Assert.Null(listed.QuerySelector("#no-pending"));

        using var approved = await platform.PostFormAsync($"{Page}/{request.Id}/approve", [], Page);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Page, approved.Headers.Location!.OriginalString);
        Assert.Equal([TrustRole.Ceo, TrustRole.Trustee], await RolesOfAsync(person.Id));
        var decided = Assert.Single(await RequestsAsync(trust, person.Id));
        var platformId = await Portal.UserIdAsync(DemoSeeder.PlatformAdministratorEmail);
        Assert.Equal((RoleGrantOutcome.Approved, platformId), (decided.Outcome, decided.DecidedBy));

        // The person's sessions ended, as for any role change: the old cookie no longer works.
        Assert.False(await personClient.IsSignedInAsync());
        Assert.All(await SessionsOfAsync(person.Id), s => Assert.Equal(SessionEndReason.RolesChanged, s.EndedReason));

        // The trust's audit trail credits the platform administrator.
        var entry = Assert.Single(await AuditOfAsync(trust, person.Id), a => a.Changes.Contains("\"Roles\"", StringComparison.Ordinal));
        Assert.Equal((platformId, PlatformRoleRequestDecisionHandler.ActorName(DemoSeeder.PlatformAdministratorEmail)), (entry.UserId, entry.Actor));
        Assert.Contains(TrustRole.Ceo, entry.Changes, StringComparison.Ordinal);

        // Decided once: no longer listed, and a second approval changes nothing.
        Assert.Null((await platform.GetDocumentAsync(Page)).QuerySelector($"form[action='{Page}/{request.Id}/approve']"));
        using var again = await platform.PostFormAsync($"{Page}/{request.Id}/refuse", [], Page);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(RoleGrantRequest.AlreadyDecided, (await again.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RoleGrantOutcome.Approved, Assert.Single(await RequestsAsync(trust, person.Id)).Outcome);
    }

    [SkippableFact]
    public async Task A_refusal_by_the_platform_administrator_leaves_the_roles_and_sessions_unchanged()
    {
        var trust = await NewTrustAsync();
        var person = await NewPersonAsync(trust, TrustRole.Trustee);
        using var personClient = await Portal.SignedInAsync(person.Email, SessionSupport.Password);
        using var admin = await Portal.SignedInAsync(trust.AdminEmail, SessionSupport.Password);
        var request = await AskAsync(trust, admin, person, TrustRole.Trustee, TrustRole.TrustAdministrator);
        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);

        using var refused = await platform.PostFormAsync($"{Page}/{request.Id}/refuse", [], Page);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal([TrustRole.Trustee], await RolesOfAsync(person.Id));
        var decided = Assert.Single(await RequestsAsync(trust, person.Id));
        Assert.Equal((RoleGrantOutcome.Refused, await Portal.UserIdAsync(DemoSeeder.PlatformAdministratorEmail)), (decided.Outcome, decided.DecidedBy));
        Assert.True(await personClient.IsSignedInAsync());
        Assert.Null(Assert.Single(await SessionsOfAsync(person.Id)).EndedAt);
        var entry = Assert.Single(await AuditOfAsync(trust, person.Id), a => a.Changes.Contains("\"RoleRequest\"", StringComparison.Ordinal));
        Assert.Contains("refused", entry.Changes, StringComparison.Ordinal);
        Assert.Equal(PlatformRoleRequestDecisionHandler.ActorName(DemoSeeder.PlatformAdministratorEmail), entry.Actor);

        // Every test decides what it asked for, so nothing is left waiting: the page says so.
        var empty = await platform.GetDocumentAsync(Page);
        Assert.NotNull(empty.QuerySelector("#no-pending"));
        Assert.Null(empty.QuerySelector("#pending"));
    }

    [SkippableFact]
    public async Task Requests_of_every_trust_are_listed_newest_first_in_uk_time()
    {
        var older = await NewTrustAsync();
        var newer = await NewTrustAsync();
        var olderPerson = await NewPersonAsync(older, TrustRole.Trustee);
        var newerPerson = await NewPersonAsync(newer, TrustRole.Trustee);
        // 08:15 and 08:45 UTC on a summer day are 09:15 and 09:45 in the UK (BST).
        var olderRequest = new RoleGrantRequest(olderPerson.Id, TrustRole.DirectorOfLearning, older.AdminId, new DateTimeOffset(2026, 7, 1, 8, 15, 0, TimeSpan.Zero));
        var newerRequest = new RoleGrantRequest(newerPerson.Id, TrustRole.Ceo, newer.AdminId, new DateTimeOffset(2026, 7, 1, 8, 45, 0, TimeSpan.Zero));
        await Portal.InTrustAsync(newer.Id, db => { db.RoleGrantRequests.Add(newerRequest); return db.SaveChangesAsync(); });
        await Portal.InTrustAsync(older.Id, db => { db.RoleGrantRequests.Add(olderRequest); return db.SaveChangesAsync(); });
        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);

        var rows = (await platform.GetDocumentAsync(Page)).QuerySelectorAll("#pending tbody tr")
            .Select(r => r.QuerySelectorAll("td").Take(5).Select(td => td.TextContent.Trim()).ToList()).ToList();

        Assert.Equal(
            [[newer.Name, newerPerson.Name, TrustRole.Ceo, "01/07/2026 09:45"], [older.Name, olderPerson.Name, TrustRole.DirectorOfLearning, "01/07/2026 09:15"]],
            rows.Where(r => r[0] == newer.Name || r[0] == older.Name).Select(r => new List<string> { r[0], r[1], r[2], r[4] }));

        foreach (var id in new[] { newerRequest.Id, olderRequest.Id })
        {
            using var refused = await platform.PostFormAsync($"{Page}/{id}/refuse", [], Page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }
    }

    [SkippableFact]
    public async Task A_trust_administrator_cannot_open_the_platform_page_or_decide_there()
    {
        var trust = await NewTrustAsync();
        var person = await NewPersonAsync(trust, TrustRole.Trustee);
        using var admin = await Portal.SignedInAsync(trust.AdminEmail, SessionSupport.Password);
        var request = await AskAsync(trust, admin, person, TrustRole.Trustee, TrustRole.Ceo);

        using var page = await admin.GetAsync(Page);
        using var approved = await admin.PostWithTokenAsync($"{Page}/{request.Id}/approve", await admin.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approved.StatusCode);
        Assert.Equal(RoleGrantOutcome.Pending, Assert.Single(await RequestsAsync(trust, person.Id)).Outcome);
        Assert.Equal([TrustRole.Trustee], await RolesOfAsync(person.Id));

        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var refused = await platform.PostFormAsync($"{Page}/{request.Id}/refuse", [], Page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [SkippableFact]
    public async Task An_unknown_request_is_missing_for_the_platform_administrator()
    {
        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);

        using var approved = await platform.PostFormAsync($"{Page}/{Guid.CreateVersion7()}/approve", [], Page);

        Assert.Equal(HttpStatusCode.NotFound, approved.StatusCode);
    }
}

public sealed class SqlitePlatformRoleRequestTests(SqlitePortal fixture) : PlatformRoleRequestTests<SqlitePortal>(fixture);

public sealed class PostgresPlatformRoleRequestTests(PostgresPortal fixture) : PlatformRoleRequestTests<PostgresPortal>(fixture);

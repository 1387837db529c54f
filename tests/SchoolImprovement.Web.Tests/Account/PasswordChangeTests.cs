using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// "Change your password" (/account/password, linked from "Your sign-in security"): the current
/// password first; the new one passes every password rule; this browser stays signed in while every
/// other session ends; the person is emailed. Runs on SQLite and on PostgreSQL (classes at the end).
/// Each test uses its own demo account.
/// </summary>
public abstract class PasswordChangeTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private static Dictionary<string, string> Change(string current, string next, string? confirm = null) =>
        new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next };

    private Task<string?> HashAsync(string email) =>
        Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

    private Task<List<UserSession>> SessionsAsync(Guid userId) =>
        Portal.WithoutTrustAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());

    private async Task<HttpStatusCode> SignInStatusAsync(string email, string password)
    {
        using var client = Portal.CreateClient();
        using var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        return response.StatusCode;
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        (await response.DocumentAsync()).QuerySelector("[aria-labelledby=error-summary-title]")?.TextContent ?? "";

    [SkippableFact]
    public async Task Changing_the_password_keeps_this_browser_signed_in_ends_the_other_sessions_and_the_old_password_stops_working()
    {
        const string email = "sle@ddat.example";
        const string next = "lantern orchard copper meadow";
        var userId = await Portal.UserIdAsync(email);
        using var here = await Portal.SignedInAsync(email);
        var hereSession = Assert.Single(await SessionsAsync(userId)).Id;
        using var elsewhere = await Portal.SignedInAsync(email);
        Assert.Equal(2, (await SessionsAsync(userId)).Count(s => s.EndedAt == null));
        Assert.Contains(ChangePasswordController.Path, (await here.GetDocumentAsync(SignInSecurityController.Path)).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        using var changed = await here.PostFormAsync(ChangePasswordController.Path, Change(DemoSeeder.DemoPassword, next));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(SignInSecurityController.Path, changed.Headers.Location!.OriginalString);
        var sessions = await SessionsAsync(userId);
        Assert.Null(sessions.Single(s => s.Id == hereSession).EndedAt);
        var other = Assert.Single(sessions, s => s.Id != hereSession);
        Assert.Equal(SessionEndReason.PasswordChanged, other.EndedReason);
        Assert.NotNull(other.EndedAt);
        using (var stillHere = await here.GetAsync(SignInSecurityController.Path))
        {
            Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
            Assert.Contains(ChangePasswordController.Changed, (await stillHere.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        using (var ended = await elsewhere.GetAsync(SignInSecurityController.Path))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            Assert.Contains("/account/sign-in", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(email, DemoSeeder.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, next));
        var mail = Assert.Single(Portal.MessagesTo(email, AccountEmails.PasswordChangedSubject));
        Assert.Contains("was changed", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(next, mail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_current_password_is_refused_changes_nothing_and_counts_towards_the_lockout()
    {
        const string email = "local.committee@ddat.example";
        var before = await HashAsync(email);
        using var client = await Portal.SignedInAsync(email);

        using var refused = await client.PostFormAsync(ChangePasswordController.Path, Change("not my password at all", "lantern orchard copper meadow"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ChangePasswordHandler.WrongPassword, await ErrorsAsync(refused), StringComparison.Ordinal);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain("not my password at all", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lantern orchard copper meadow", html, StringComparison.Ordinal);
        Assert.Equal(before, await HashAsync(email));
        Assert.Empty(Portal.MessagesTo(email, AccountEmails.PasswordChangedSubject));
        Assert.Equal(1, await Portal.WithoutTrustAsync(db => db.SignInSources.Where(s => s.AccountKey == SignInKeys.Account(email)).Select(s => s.Failures).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(SignInSecurityController.Path)).StatusCode);
    }

    [SkippableFact]
    public async Task A_common_password_or_one_with_the_persons_own_name_or_email_is_refused_and_changes_nothing()
    {
        const string email = "governance@vine.example";
        var before = await HashAsync(email);
        using var client = await Portal.SignedInAsync(email);

        using var common = await client.PostFormAsync(ChangePasswordController.Path, Change(DemoSeeder.DemoPassword, "password1234"));
        using var ownName = await client.PostFormAsync(ChangePasswordController.Path, Change(DemoSeeder.DemoPassword, "Governance is my favourite thing"));
        using var trustName = await client.PostFormAsync(ChangePasswordController.Path, Change(DemoSeeder.DemoPassword, "vineyards of the south downs"));

        Assert.Contains(PortalPasswordValidator.Common, await ErrorsAsync(common), StringComparison.Ordinal);
        Assert.Contains(PortalPasswordValidator.OwnName, await ErrorsAsync(ownName), StringComparison.Ordinal);
        Assert.Contains(PortalPasswordValidator.OwnEmail, await ErrorsAsync(ownName), StringComparison.Ordinal);
        Assert.Contains(PortalPasswordValidator.TrustName, await ErrorsAsync(trustName), StringComparison.Ordinal);
        Assert.Equal(before, await HashAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, DemoSeeder.DemoPassword));
    }
}

public sealed class SqlitePasswordChangeTests(SqlitePortal fixture) : PasswordChangeTests<SqlitePortal>(fixture);

public sealed class PostgresPasswordChangeTests(PostgresPortal fixture) : PasswordChangeTests<PostgresPortal>(fixture);

using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// An authenticator code is accepted once (ASVS 5.0 V6.5.1, V6.6.3 style one-time use): the last
/// accepted time step is kept per person and a code counts only if its step is later; one step
/// either side of now is accepted for clock drift; of two requests with the same code at the same
/// moment exactly one wins. Applies at sign-in and at the security check before changing a second
/// factor. Runs on SQLite and on PostgreSQL (the two classes at the end of this file).
/// </summary>
public abstract class SecondFactorReplayTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private SecondFactorPortalFactory Portal => (SecondFactorPortalFactory)fixture.Portal;

    private Task<long?> StoredStepAsync(string email) =>
        Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LastAuthenticatorStep).SingleAsync());

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await response.DocumentAsync()).QuerySelector(".alert-danger")?.TextContent ?? "";

    [SkippableFact]
    public async Task Replayed_code_is_refused_after_sign_out()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);
        var now = Portal.NextStep();
        var code = Totp.Code(key, now);
        var id = (await Portal.UserIdAsync(email)).ToString();

        using var first = await Portal.AtSecondStepAsync(email);
        using var accepted = await SecondFactorPortalFactory.SendCodeAsync(first, code);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/dashboard")).StatusCode);
        using var signOut = await first.PostWithTokenAsync("/account/sign-out", await first.AntiforgeryTokenAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/dashboard")).StatusCode);

        // Ten seconds later, same step: the code an onlooker saw is refused.
        Portal.Clock.Advance(TimeSpan.FromSeconds(10));
        using var second = await Portal.AtSecondStepAsync(email);
        using var replayed = await SecondFactorPortalFactory.SendCodeAsync(second, code);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains(TwoFactorSignInHandler.WrongCode, await AlertAsync(replayed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(now.ToUnixTimeSeconds() / 30, await StoredStepAsync(email));
        var events = Portal.Events.Where(e => e.UserId == id && e.Kind == "AuthenticatorCodeSignIn").ToList();
        Assert.Equal(["Succeeded", "Failed"], events.Select(e => e.Outcome));
    }

    [SkippableFact]
    public async Task Two_concurrent_sign_ins_with_one_code_let_exactly_one_in()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Ddat);
        await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);
        var code = Totp.Code(key, Portal.NextStep());
        using var one = await Portal.AtSecondStepAsync(email);
        using var two = await Portal.AtSecondStepAsync(email);
        var oneFields = (await one.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", code);
        var twoFields = (await two.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", code);

        var answers = await Task.WhenAll(one.SubmitAsync("/account/mfa/verify", oneFields), two.SubmitAsync("/account/mfa/verify", twoFields));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var signedIn = 0;
        foreach (var client in new[] { one, two })
        {
            signedIn += (await client.GetAsync("/actions/mine")).StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        Assert.Equal(1, signedIn);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [SkippableFact]
    public async Task Two_concurrent_checks_of_one_code_against_the_database_accept_it_once()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Ddat);
        await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);

        for (var round = 0; round < 5; round++)
        {
            var code = Totp.Code(key, Portal.NextStep());
            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => VerifyInOwnScopeAsync(email, code))));
            Assert.Single(results, accepted => accepted);
        }

        Assert.Equal(Portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30, await StoredStepAsync(email));
    }

    private async Task<bool> VerifyInOwnScopeAsync(string email, string code)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code);
    }

    [SkippableFact]
    public async Task A_code_of_the_step_before_or_after_is_accepted_but_not_an_older_step_after_a_newer_one()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat);
        await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);
        var now = Portal.NextStep();
        var step = now.ToUnixTimeSeconds() / 30;
        var stepLength = TimeSpan.FromSeconds(30);

        using (var previous = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, now - stepLength)))
        {
            Assert.Equal(HttpStatusCode.Redirect, previous.StatusCode);
        }

        Assert.Equal(step - 1, await StoredStepAsync(email));
        using (var tooFarAhead = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, now + (2 * stepLength))))
        {
            Assert.Contains(TwoFactorSignInHandler.WrongCode, await AlertAsync(tooFarAhead), StringComparison.Ordinal);
        }

        using (var next = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, now + stepLength)))
        {
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        }

        Assert.Equal(step + 1, await StoredStepAsync(email));
        // The code of the current step was never used, but it is older than the one just accepted.
        using (var older = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, now)))
        {
            Assert.Equal(HttpStatusCode.OK, older.StatusCode);
            Assert.Contains(TwoFactorSignInHandler.WrongCode, await AlertAsync(older), StringComparison.Ordinal);
        }

        Assert.Equal(step + 1, await StoredStepAsync(email));
    }

    [SkippableFact]
    public async Task The_security_check_refuses_a_code_already_used_to_sign_in()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat);
        await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);
        var code = Totp.Code(key, Portal.NextStep());
        using var ceo = await Portal.AtSecondStepAsync(email);
        using (var signedIn = await SecondFactorPortalFactory.SendCodeAsync(ceo, code))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var form = await ceo.FieldsAsync("/account/security/recovery-codes", "/account/security/recovery-codes");
        using var replayed = await ceo.SubmitAsync("/account/security/recovery-codes", new List<KeyValuePair<string, string>>(form).With("Password", DemoSeeder.DemoPassword).With("Code", code));

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains(SignInSecurityHandler.WrongCode, await AlertAsync(replayed), StringComparison.Ordinal);
        Assert.Null((await replayed.DocumentAsync()).QuerySelector("#recovery-codes"));
        using var fresh = await ceo.SubmitAsync("/account/security/recovery-codes", new List<KeyValuePair<string, string>>(form).With("Password", DemoSeeder.DemoPassword).With("Code", Totp.Code(key, Portal.NextStep())));
        Assert.Equal(10, (await fresh.DocumentAsync()).QuerySelectorAll("#recovery-codes li").Length);
        Assert.Contains(Portal.Events, e => e.Kind == "RecoveryCodesRenewed" && e.Outcome == "Failed");
        Assert.Contains(Portal.Events, e => e.Kind == "RecoveryCodesRenewed" && e.Outcome == "Succeeded");
    }

    [SkippableFact]
    public async Task The_code_that_proved_a_new_app_cannot_then_sign_in()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat);
        using var head = await Portal.SignedInAsync(email);
        var setup = await head.GetDocumentAsync("/account/mfa/setup");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var code = Totp.Code(key, Portal.NextStep());
        using (var enabled = await head.SubmitAsync("/account/mfa/setup", setup.FieldsOf("/account/mfa/setup").With("Password", DemoSeeder.DemoPassword).With("Code", code)))
        {
            Assert.Equal(10, (await enabled.DocumentAsync()).QuerySelectorAll("#recovery-codes li").Length);
        }

        using var replayed = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), code);

        Assert.Contains(TwoFactorSignInHandler.WrongCode, await AlertAsync(replayed), StringComparison.Ordinal);
        var id = (await Portal.UserIdAsync(email)).ToString();
        Assert.Contains(Portal.Events, e => e.Kind == "AuthenticatorEnabled" && e.Outcome == "Succeeded" && e.UserId == id);
    }
}

public sealed class SqliteSecondFactorReplayTests(SqliteSecondFactorPortal fixture) : SecondFactorReplayTests<SqliteSecondFactorPortal>(fixture);

public sealed class PostgresSecondFactorReplayTests(PostgresSecondFactorPortal fixture) : SecondFactorReplayTests<PostgresSecondFactorPortal>(fixture);

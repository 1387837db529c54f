using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.SignInRules;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// MFA for every role, trustees and local committee members included; a trust administrator can
/// exempt a role of their own trust (with a warning and a confirmation, recorded in the audit trail
/// and as a security event); a person is exempt only when every role they hold is; platform
/// administrators never are; another trust's exemptions change nothing here. Runs on SQLite and
/// on PostgreSQL. Only the Vine trust's rules are changed here; the Derby trust keeps none.
/// </summary>
public abstract class MfaExemptionTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const string Rules = "/trust/sign-in-rules";

    private SecondFactorPortalFactory Portal => (SecondFactorPortalFactory)fixture.Portal;

    private async Task<HttpClient> VineAdministratorAsync()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, Browsing.Vine);
        if (!await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()))
        {
            await Portal.TurnOnSecondFactorAsync(email);
        }

        return await Portal.SignedInWithAppAsync(email);
    }

    private static async Task<HttpResponseMessage> SaveRulesAsync(HttpClient admin, bool confirmed, params string[] exempt)
    {
        var fields = (await admin.FieldsAsync(Rules, Rules)).Where(f => f.Key is not ("ExemptRoles" or "Confirmed")).ToList();
        fields.AddRange(exempt.Select(role => new KeyValuePair<string, string>("ExemptRoles", role)));
        if (confirmed)
        {
            fields.Add(new("Confirmed", "true"));
        }

        return await admin.SubmitAsync(Rules, fields);
    }

    private Task<List<string>> ExemptRolesAsync(string trustPrefix) =>
        Portal.TrustIdAsync(trustPrefix).ContinueWith(t => Portal.InTrustAsync(t.Result, db => db.MfaExemptions.Select(e => e.Role).ToListAsync())).Unwrap();

    private async Task<string?> FirstStopAsync(string role, string domain)
    {
        using var client = await Portal.SignedInAsAsync(role, domain);
        using var dashboard = await client.GetAsync("/actions/mine");
        return dashboard.StatusCode == HttpStatusCode.OK ? null : dashboard.Headers.Location?.OriginalString;
    }

    [SkippableFact]
    public async Task Trustees_and_local_committee_members_without_an_app_are_sent_to_set_one_up()
    {
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.Trustee, Browsing.Ddat));
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.LocalCommitteeMember, Browsing.Ddat));
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.Headteacher, Browsing.Ddat));
    }

    [SkippableFact]
    public async Task The_trust_administrators_exemption_lets_their_trustees_in_with_a_password_is_audited_and_leaves_other_trusts_alone()
    {
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        using var admin = await VineAdministratorAsync();
        var page = await admin.GetDocumentAsync(Rules);
        Assert.NotNull(page.QuerySelector("#exemption-warning"));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name=ExemptRoles]"), i => i.GetAttribute("value") == TrustRole.PlatformAdministrator);

        // Without the confirmation: refused, the page again with the box still ticked, nothing saved.
        using (var unconfirmed = await SaveRulesAsync(admin, confirmed: false, TrustRole.Trustee))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
            var shown = await unconfirmed.DocumentAsync();
            Assert.Contains(MfaExemptionsHandler.ConfirmFirst, shown.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(shown.QuerySelector($"input[name=ExemptRoles][value='{TrustRole.Trustee}'][checked]"));
        }

        Assert.Empty(await ExemptRolesAsync(Browsing.VineTrust));

        using (var saved = await SaveRulesAsync(admin, confirmed: true, TrustRole.Trustee))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal([TrustRole.Trustee], await ExemptRolesAsync(Browsing.VineTrust));
        var adminId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, Browsing.Vine));
        var audit = await Portal.InTrustAsync(vine, db => db.AuditEntries.Where(a => a.EntityType.Contains("MfaExemption")).ToListAsync());
        var inserted = Assert.Single(audit);
        Assert.Equal(adminId, inserted.UserId);
        Assert.Contains(TrustRole.Trustee, inserted.Changes, StringComparison.Ordinal);
        Assert.Contains(Portal.Events, e => e.Kind == "MfaExemptionChanged" && e.Outcome == "Succeeded" && e.ActorId == adminId.ToString() && e.Detail.Contains(TrustRole.Trustee, StringComparison.Ordinal));

        // Vine's trustee signs in with a password alone; Vine's local committee member and Derby's trustee still may not.
        Assert.Null(await FirstStopAsync(TrustRole.Trustee, Browsing.Vine));
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.LocalCommitteeMember, Browsing.Vine));
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.Trustee, Browsing.Ddat));
        Assert.Empty(await ExemptRolesAsync(Browsing.DdatTrust));

        // Withdrawn: the trustee's session, which rested on the exemption, ends; signing in again leads to setup.
        using var trustee = await Portal.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync("/dashboard")).StatusCode);
        using (var withdrawn = await SaveRulesAsync(admin, confirmed: false))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Empty(await ExemptRolesAsync(Browsing.VineTrust));
        using var after = await trustee.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.Trustee, Browsing.Vine));
        Assert.Equal(2, (await Portal.InTrustAsync(vine, db => db.AuditEntries.Where(a => a.EntityType.Contains("MfaExemption")).ToListAsync())).Count);
    }

    [SkippableFact]
    public async Task Only_the_trust_administrator_may_open_or_change_the_sign_in_rules()
    {
        using var trustee = await Portal.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.Forbidden, (await trustee.GetAsync(Rules)).StatusCode);
        using var post = await trustee.PostWithTokenAsync(Rules, await trustee.AntiforgeryTokenAsync(),
            [new("ExemptRoles", TrustRole.Trustee), new("Confirmed", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await ExemptRolesAsync(Browsing.DdatTrust));
        Assert.Equal(MfaRules.SetupPath, await FirstStopAsync(TrustRole.Trustee, Browsing.Ddat));
    }

    [Fact]
    public void Someone_with_any_role_that_is_not_exempt_must_use_an_app_and_platform_administrators_always_must()
    {
        var exempt = new HashSet<string> { TrustRole.Trustee, TrustRole.LocalCommitteeMember, TrustRole.PlatformAdministrator };

        Assert.False(MfaRules.RequiredFor([TrustRole.Trustee], exempt));
        Assert.False(MfaRules.RequiredFor([TrustRole.Trustee, TrustRole.LocalCommitteeMember], exempt));
        Assert.True(MfaRules.RequiredFor([TrustRole.Trustee, TrustRole.Headteacher], exempt));
        Assert.True(MfaRules.RequiredFor([TrustRole.PlatformAdministrator], exempt));
        Assert.True(MfaRules.RequiredFor([], exempt));
    }
}

public sealed class SqliteMfaExemptionTests(SqliteSecondFactorPortal fixture) : MfaExemptionTests<SqliteSecondFactorPortal>(fixture);

public sealed class PostgresMfaExemptionTests(PostgresSecondFactorPortal fixture) : MfaExemptionTests<PostgresSecondFactorPortal>(fixture);

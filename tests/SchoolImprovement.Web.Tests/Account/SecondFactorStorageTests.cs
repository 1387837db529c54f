using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// A copy of the database does not give away anyone's second factor (ASVS 5.0 V6.5.2, V6.5.3): the
/// authenticator key is stored encrypted with Data Protection and recovery codes only as salted
/// PBKDF2 hashes, read here with plain SQL. Rows stored in plain text before this change keep
/// working and are encrypted or hashed at their first use. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class SecondFactorStorageTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private SecondFactorPortalFactory Portal => (SecondFactorPortalFactory)fixture.Portal;

    private sealed class TokenRow
    {
        public string Name { get; set; } = "";
        public string? Value { get; set; }
    }

    /// <summary>The person's rows in AspNetUserTokens, read with SQL (not through Identity or the store).</summary>
    private async Task<Dictionary<string, string>> RawTokensAsync(string email)
    {
        var id = await Portal.UserIdAsync(email);
        var rows = await Portal.WithoutTrustAsync(db => db.Database
            .SqlQuery<TokenRow>($"SELECT \"Name\", \"Value\" FROM \"AspNetUserTokens\" WHERE \"UserId\" = {id}")
            .ToListAsync());
        return rows.ToDictionary(r => r.Name, r => r.Value ?? "");
    }

    private async Task StoreRawAsync(string email, string name, string value)
    {
        var id = await Portal.UserIdAsync(email);
        var changed = await Portal.WithoutTrustAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"AspNetUserTokens\" SET \"Value\" = {value} WHERE \"UserId\" = {id} AND \"LoginProvider\" = {PortalUserStore.TokenProvider} AND \"Name\" = {name}"));
        Assert.Equal(1, changed);
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string email, string code) =>
        await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), code, "/account/mfa/recovery");

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await response.DocumentAsync()).QuerySelector(".alert-danger")?.TextContent ?? "";

    [SkippableFact]
    public async Task The_authenticator_key_and_recovery_codes_cannot_be_read_from_the_database_and_a_recovery_code_works_once()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var codes = await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);

        var raw = await RawTokensAsync(email);

        var storedKey = raw[PortalUserStore.AuthenticatorKeyName];
        Assert.StartsWith(PortalUserStore.ProtectedPrefix, storedKey, StringComparison.Ordinal);
        Assert.DoesNotContain(key, storedKey, StringComparison.OrdinalIgnoreCase);
        var storedCodes = raw[PortalUserStore.RecoveryCodesName];
        Assert.StartsWith(RecoveryCodeHashes.Prefix, storedCodes, StringComparison.Ordinal);
        Assert.Equal(10, codes.Count);
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, storedCodes, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), storedCodes, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(raw.Values, v => v.Contains(key, StringComparison.OrdinalIgnoreCase) || codes.Any(c => v.Contains(c, StringComparison.OrdinalIgnoreCase)));

        // The stored forms still work: the key signs in, a recovery code works once and not twice.
        using (var withApp = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, Portal.NextStep())))
        {
            Assert.Equal(HttpStatusCode.Redirect, withApp.StatusCode);
        }

        using (var first = await SignInWithRecoveryCodeAsync(email, codes[3].ToLowerInvariant()))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var second = await SignInWithRecoveryCodeAsync(email, codes[3]))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains(TwoFactorSignInHandler.WrongRecoveryCode, await AlertAsync(second), StringComparison.Ordinal);
        }

        Assert.Equal(9, await Portal.RecoveryCodesLeftAsync(email));
        Assert.NotEqual(storedCodes, (await RawTokensAsync(email))[PortalUserStore.RecoveryCodesName]);
        var id = (await Portal.UserIdAsync(email)).ToString();
        Assert.Equal(["Succeeded", "Failed"], Portal.Events.Where(e => e.UserId == id && e.Kind == "RecoveryCodeSignIn").Select(e => e.Outcome));
    }

    [SkippableFact]
    public async Task A_key_stored_in_plain_text_before_still_signs_in_and_is_then_encrypted()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine);
        await Portal.TurnOnSecondFactorAsync(email);
        const string plainKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        await StoreRawAsync(email, PortalUserStore.AuthenticatorKeyName, plainKey);

        using var signedIn = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(plainKey, Portal.NextStep()));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var stored = (await RawTokensAsync(email))[PortalUserStore.AuthenticatorKeyName];
        Assert.StartsWith(PortalUserStore.ProtectedPrefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(plainKey, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(plainKey, await Portal.AuthenticatorKeyAsync(email));
    }

    [SkippableFact]
    public async Task Recovery_codes_stored_in_plain_text_before_work_once_and_the_rest_are_then_hashed()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Vine);
        await Portal.TurnOnSecondFactorAsync(email);
        await StoreRawAsync(email, PortalUserStore.RecoveryCodesName, "BCDFG-HJKMN;PQRTV-WXY23;45678-9BCDF");

        using (var used = await SignInWithRecoveryCodeAsync(email, "PQRTV-WXY23"))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }

        var stored = (await RawTokensAsync(email))[PortalUserStore.RecoveryCodesName];
        Assert.StartsWith(RecoveryCodeHashes.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("BCDFG", stored, StringComparison.Ordinal);
        Assert.Equal(2, await Portal.RecoveryCodesLeftAsync(email));
        using (var again = await SignInWithRecoveryCodeAsync(email, "PQRTV-WXY23"))
        {
            Assert.Contains(TwoFactorSignInHandler.WrongRecoveryCode, await AlertAsync(again), StringComparison.Ordinal);
        }

        using var other = await SignInWithRecoveryCodeAsync(email, "BCDFG-HJKMN");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(1, await Portal.RecoveryCodesLeftAsync(email));
    }

    [SkippableFact]
    public async Task A_key_that_no_longer_decrypts_signs_nobody_in_but_a_recovery_code_still_does()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Vine);
        var codes = await Portal.TurnOnSecondFactorAsync(email);
        var key = await Portal.AuthenticatorKeyAsync(email);
        await StoreRawAsync(email, PortalUserStore.AuthenticatorKeyName, PortalUserStore.ProtectedPrefix + "CfDJ8-not-a-payload-this-key-ring-made");

        using (var withApp = await SecondFactorPortalFactory.SendCodeAsync(await Portal.AtSecondStepAsync(email), Totp.Code(key, Portal.NextStep())))
        {
            Assert.Equal(HttpStatusCode.OK, withApp.StatusCode);
            Assert.Contains(TwoFactorSignInHandler.WrongCode, await AlertAsync(withApp), StringComparison.Ordinal);
        }

        using var recovery = await SignInWithRecoveryCodeAsync(email, codes[0]);
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
    }
}

public sealed class SqliteSecondFactorStorageTests(SqliteSecondFactorPortal fixture) : SecondFactorStorageTests<SqliteSecondFactorPortal>(fixture);

public sealed class PostgresSecondFactorStorageTests(PostgresSecondFactorPortal fixture) : SecondFactorStorageTests<PostgresSecondFactorPortal>(fixture);

using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.SignInRules;

/// <summary>The trust's sign-in rules page: every role a trust member can hold, with its exemption from the authenticator app.</summary>
public sealed class SignInRulesHandler(PortalDbContext db, MfaRequirement mfa)
{
    /// <param name="kept">The form as the administrator sent it (a refusal); null shows what is saved.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<SignInRulesPage> PageAsync(MfaExemptionsForm? kept, CancellationToken ct)
    {
        var saved = await db.MfaExemptions.AsNoTracking().ToDictionaryAsync(e => e.Role, e => e.ExemptedAt, StringComparer.Ordinal, ct);
        var form = kept ?? new MfaExemptionsForm { ExemptRoles = [.. saved.Keys] };
        var roles = TrustRole.TrustRoles
            .Select(role => new RoleMfaRule(role, form.ExemptRoles.Contains(role, StringComparer.Ordinal),
                saved.TryGetValue(role, out var at) ? UkFormat.DateTime(at) : null))
            .ToList();
        return new SignInRulesPage(roles, form, mfa.SwitchedOn);
    }
}

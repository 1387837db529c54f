using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.SignInRules;

/// <summary>
/// The trust administrator exempts roles of their trust from the authenticator app, or withdraws
/// an exemption. A new exemption needs the confirmation box. Each change is an
/// <see cref="MfaExemption"/> row added or removed (so the audit trail records who and when) and a
/// security event. Withdrawing an exemption ends the sessions of the trust's people in that role
/// who have no app yet (new security stamp): at their next sign-in they are sent to set one up.
/// </summary>
public sealed class MfaExemptionsHandler(
    PortalDbContext db,
    UserManager<PortalUser> users,
    TrustContext trust,
    TimeProvider clock,
    SecurityEvents events)
{
    public const string ConfirmFirst = "Tick the box to confirm that you understand people with only exempt roles will sign in with a password alone.";
    public const string UnknownRole = "Only the roles of a trust can be exempted.";

    public async Task<CommandResult> SaveAsync(ClaimsPrincipal principal, MfaExemptionsForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (trust.TrustId is not { } trustId)
        {
            return CommandResult.NotAllowed;
        }

        var wanted = form.ExemptRoles.Where(r => !string.IsNullOrEmpty(r)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Any(role => !TrustRole.IsTrustRole(role)))
        {
            return CommandResult.Refuse(UnknownRole);
        }

        var current = await db.MfaExemptions.ToListAsync(ct);
        var added = TrustRole.TrustRoles.Where(role => wanted.Contains(role) && current.All(e => e.Role != role)).ToList();
        var withdrawn = current.Where(e => !wanted.Contains(e.Role)).ToList();
        if (added.Count > 0 && !form.Confirmed)
        {
            return CommandResult.Refuse(ConfirmFirst);
        }

        if (added.Count == 0 && withdrawn.Count == 0)
        {
            return CommandResult.Success(trustId, "Nothing changed.");
        }

        var by = principal.Id();
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            db.MfaExemptions.AddRange(added.Select(role => MfaExemption.Create(role, by, clock.GetUtcNow())));
            db.MfaExemptions.RemoveRange(withdrawn);
            await db.SaveChangesAsync(ct);
            foreach (var person in await PeopleWhoNowOweAnAppAsync(trustId, withdrawn.Select(e => e.Role)))
            {
                await users.UpdateSecurityStampAsync(person).OrRefuse();
            }

            return trustId;
        }, ct);
        if (result is not CommandResult.Done)
        {
            return result;
        }

        // Role names are the portal's own constants (checked above), never free text.
        var detail = $"exempted: {string.Join(", ", added)}; withdrawn: {string.Join(", ", withdrawn.Select(e => e.Role))}";
        await events.RecordAsync(SecurityEventKind.MfaExemptionChanged, SecurityOutcome.Succeeded, null, detail, ct);
        return CommandResult.Success(trustId, "The sign-in rules have been saved.");
    }

    /// <summary>The trust's people in a withdrawn role who have no authenticator app: their sessions rested on the exemption.</summary>
    private async Task<IReadOnlyList<PortalUser>> PeopleWhoNowOweAnAppAsync(Guid trustId, IEnumerable<string> roles)
    {
        var people = new Dictionary<Guid, PortalUser>();
        foreach (var role in roles)
        {
            foreach (var person in await users.GetUsersInRoleAsync(role))
            {
                if (person.TrustId == trustId && !person.TwoFactorEnabled)
                {
                    people[person.Id] = person;
                }
            }
        }

        return [.. people.Values];
    }
}

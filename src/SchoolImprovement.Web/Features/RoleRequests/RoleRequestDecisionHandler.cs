using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Users;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.RoleRequests;

/// <summary>
/// A second person approves or refuses a request to give a role that controls the trust. The rules
/// (not the requester, not the person, a CEO or trust administrator, or the platform administrator)
/// are the request's own (<see cref="RoleGrantRequest"/>). Approving adds the role and ends the
/// person's sessions, as any role change does; refusing changes no role. Another trust's request is
/// missing. The trust's own deciders come through <see cref="ApproveAsync"/> and <see cref="RefuseAsync"/>;
/// the platform administrator through <see cref="DecideAsAsync"/>, in a scope entered for the
/// request's trust (<see cref="Platform.PlatformRoleRequestDecisionHandler"/>), so both do the same.
/// </summary>
public sealed class RoleRequestDecisionHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, UserSessions sessions, SecurityEvents events)
{
    public Task<CommandResult> ApproveAsync(Guid requestId, CancellationToken ct) => DecideAsync(requestId, approve: true, ct);

    public Task<CommandResult> RefuseAsync(Guid requestId, CancellationToken ct) => DecideAsync(requestId, approve: false, ct);

    private async Task<CommandResult> DecideAsync(Guid requestId, bool approve, CancellationToken ct)
    {
        if (trust.UserId is not { } deciderId || await db.TrustUserAsync(trust, deciderId, ct) is not { } decider)
        {
            return CommandResult.NotAllowed;
        }

        return await DecideAsAsync(requestId, deciderId, await users.GetRolesAsync(decider), approve, ct);
    }

    /// <summary>
    /// Decides a request of this scope's trust as <paramref name="deciderId"/> holding
    /// <paramref name="deciderRoles"/> (whether they may is the request's rule). The audit entry
    /// credits the scope's actor; the security event the signed-in person.
    /// </summary>
    public async Task<CommandResult> DecideAsAsync(Guid requestId, Guid deciderId, IList<string> deciderRoles, bool approve, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deciderRoles);
        if (await db.RoleGrantRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct) is not { } request
            || await db.TrustUserAsync(trust, request.UserId, ct) is not { } person)
        {
            return CommandResult.Missing;
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            var now = clock.GetUtcNow();
            if (!approve)
            {
                request.Refuse(deciderId, deciderRoles, now);
                db.AuditUser(trust, clock, person.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["RoleRequest"] = [request.Role, "refused"] });
                return request.Id;
            }

            request.Approve(deciderId, deciderRoles, now);
            var before = await users.GetRolesAsync(person);
            if (!before.Contains(request.Role, StringComparer.Ordinal))
            {
                await users.AddToRoleAsync(person, request.Role).OrRefuse();
            }

            await users.UpdateSecurityStampAsync(person).OrRefuse();
            await sessions.EndAllAsync(person.Id, SessionEndReason.RolesChanged, ct: ct);
            db.AuditUser(trust, clock, person.Id, AuditAction.Updated, new(StringComparer.Ordinal)
            {
                ["Roles"] = [string.Join(", ", before.Order(StringComparer.Ordinal)), string.Join(", ", before.Append(request.Role).Distinct().Order(StringComparer.Ordinal))],
            });
            return request.Id;
        }, ct);

        var kind = approve ? SecurityEventKind.RoleChangeApproved : SecurityEventKind.RoleChangeRefused;
        await events.RecordAsync(kind, result is CommandResult.Done ? SecurityOutcome.Succeeded : SecurityOutcome.Refused, person.Id, $"role: {request.Role}", ct);
        return result;
    }
}

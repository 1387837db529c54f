using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// Changes a person's name, sign-in email address and roles. Nobody changes their own roles. A
/// role that controls the trust (<see cref="RoleGrantRequest.Privileged"/>) is not granted here:
/// it becomes a request that a second person approves; other roles change at once. Assignments
/// that need a role the person no longer holds go (<see cref="SchoolAssignment.OrphanedBy"/>). A
/// change of roles or of the sign-in email ends the person's sessions (a new security stamp and
/// every session row ended); an email change is told to the old and the new address.
/// </summary>
public sealed class UpdateUserHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, UserSessions sessions, SecurityEvents events, AccountEmails emails)
{
    public const string CannotChangeOwnRoles = "You cannot change your own roles. Ask another trust administrator to do it.";

    public async Task<CommandResult> HandleAsync(Guid id, UserForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        var before = (user.DisplayName, Email: user.Email ?? "");
        var requested = new List<string>();
        var rolesChanged = false;
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            var current = await users.GetRolesAsync(user);
            var wanted = form.Roles.Distinct().ToList();
            var toRemove = current.Except(wanted).ToList();
            var toAdd = wanted.Except(current).ToList();
            if (user.Id == trust.UserId && toRemove.Count + toAdd.Count > 0)
            {
                throw IdentityCommands.Refusal(CannotChangeOwnRoles);
            }

            user.DisplayName = form.DisplayName.Trim();
            user.Email = form.Email.Trim();
            user.UserName = form.Email.Trim();
            await users.UpdateAsync(user).OrRefuse();

            var pending = await db.RoleGrantRequests.Where(r => r.UserId == id && r.Outcome == RoleGrantOutcome.Pending).Select(r => r.Role).ToListAsync(ct);
            foreach (var role in toAdd.Where(RoleGrantRequest.IsPrivileged).ToList())
            {
                toAdd.Remove(role);
                if (!pending.Contains(role, StringComparer.Ordinal))
                {
                    db.RoleGrantRequests.Add(new RoleGrantRequest(id, role, trust.UserId ?? Guid.Empty, clock.GetUtcNow()));
                    requested.Add(role);
                }
            }

            var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
            var after = current.Except(toRemove).Concat(toAdd).ToList();
            if (toRemove.Count + toAdd.Count > 0)
            {
                await users.RemoveFromRolesAsync(user, toRemove).OrRefuse();
                await users.AddToRolesAsync(user, toAdd).OrRefuse();
                db.SchoolAssignments.RemoveRange(SchoolAssignment.OrphanedBy(await db.SchoolAssignments.Where(a => a.UserId == id).ToListAsync(ct), after));
                changes["Roles"] = [string.Join(", ", current.Order(StringComparer.Ordinal)), string.Join(", ", after.Order(StringComparer.Ordinal))];
                rolesChanged = true;
            }

            var emailChanged = !string.Equals(before.Email, user.Email, StringComparison.Ordinal);
            if (rolesChanged || emailChanged)
            {
                await users.UpdateSecurityStampAsync(user).OrRefuse();
                await sessions.EndAllAsync(user.Id, emailChanged ? SessionEndReason.SignInEmailChanged : SessionEndReason.RolesChanged, ct: ct);
            }

            if (before.DisplayName != user.DisplayName)
            {
                changes["DisplayName"] = [before.DisplayName, user.DisplayName];
            }

            if (emailChanged)
            {
                changes["Email"] = [before.Email, user.Email];
            }

            if (requested.Count > 0)
            {
                changes["RolesRequested"] = [null, string.Join(", ", requested.Order(StringComparer.Ordinal))];
            }

            if (changes.Count > 0)
            {
                db.AuditUser(trust, clock, user.Id, AuditAction.Updated, changes);
            }

            return user.Id;
        }, ct);

        if (result is not CommandResult.Done done)
        {
            return result;
        }

        foreach (var role in requested)
        {
            await events.RecordAsync(SecurityEventKind.RoleChangeRequested, SecurityOutcome.Succeeded, user.Id, $"grant requested: {role}", ct);
        }

        if (!string.Equals(before.Email, user.Email, StringComparison.Ordinal))
        {
            await events.RecordAsync(SecurityEventKind.SignInEmailChanged, SecurityOutcome.Succeeded, user.Id, ct: ct);
            await emails.SendSignInEmailChangedAsync(user, before.Email, ct);
        }

        return requested.Count == 0 ? done : CommandResult.Success(done.Id,
            $"The changes have been saved. Giving the role{(requested.Count == 1 ? "" : "s")} {string.Join(" and ", requested)} needs a second person's approval: a CEO or another trust administrator can approve it on the role requests page.");
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// Changes a person's name, email address and roles. Assignments that need a role the person no
/// longer holds go (<see cref="SchoolAssignment.OrphanedBy"/>); a change of roles ends their
/// sessions (a new security stamp) because roles live in the sign-in cookie.
/// </summary>
public sealed class UpdateUserHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid id, UserForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        return await db.SaveIdentityCommandAsync(async () =>
        {
            var before = (user.DisplayName, user.Email);
            user.DisplayName = form.DisplayName.Trim();
            user.Email = form.Email.Trim();
            user.UserName = form.Email.Trim();
            await users.UpdateAsync(user).OrRefuse();

            var current = await users.GetRolesAsync(user);
            var wanted = form.Roles.Distinct().ToList();
            var toRemove = current.Except(wanted).ToList();
            var toAdd = wanted.Except(current).ToList();
            var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
            if (toRemove.Count + toAdd.Count > 0)
            {
                await users.RemoveFromRolesAsync(user, toRemove).OrRefuse();
                await users.AddToRolesAsync(user, toAdd).OrRefuse();
                db.SchoolAssignments.RemoveRange(SchoolAssignment.OrphanedBy(await db.SchoolAssignments.Where(a => a.UserId == id).ToListAsync(ct), wanted));
                await users.UpdateSecurityStampAsync(user).OrRefuse();
                changes["Roles"] = [string.Join(", ", current.Order(StringComparer.Ordinal)), string.Join(", ", wanted.Order(StringComparer.Ordinal))];
            }

            if (before.DisplayName != user.DisplayName)
            {
                changes["DisplayName"] = [before.DisplayName, user.DisplayName];
            }

            if (before.Email != user.Email)
            {
                changes["Email"] = [before.Email, user.Email];
            }

            if (changes.Count > 0)
            {
                db.AuditUser(trust, clock, user.Id, AuditAction.Updated, changes);
            }

            return user.Id;
        }, ct);
    }
}

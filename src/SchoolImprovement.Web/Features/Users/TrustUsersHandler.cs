using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.Users;

public sealed record UserRow(Guid Id, string DisplayName, string Email, bool IsActive, IReadOnlyList<string> Roles);

public sealed record UserAssignmentRow(Guid Id, Guid SchoolId, string SchoolName, AssignmentKind Kind);

public sealed record UserDetails(PortalUser User, IReadOnlyList<string> Roles, IReadOnlyList<UserAssignmentRow> Assignments, IReadOnlyList<(Guid Id, string Name)> Schools);

/// <summary>
/// The trust administrator's work on users. Users are not behind the tenancy filter (Identity
/// finds them by sign-in name before a trust is known), so every query here filters on the
/// current trust explicitly and a user of another trust is treated as missing.
/// </summary>
public sealed class TrustUsersHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock)
{
    private Guid TrustId => trust.TrustId ?? throw new InvalidOperationException("No trust is set.");

    private IQueryable<PortalUser> TrustUsers => db.Users.Where(u => u.TrustId == TrustId);

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await TrustUsers.OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.IsActive,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UserRow(r.Id, r.DisplayName, r.Email ?? "", r.IsActive, r.Roles))];
    }

    public async Task<UserDetails?> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await TrustUsers.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var assignments = await db.SchoolAssignments.Where(a => a.UserId == id)
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { a.Id, SchoolId = s.Id, s.Name, a.Kind })
            .OrderBy(a => a.Name)
            .Select(a => new UserAssignmentRow(a.Id, a.SchoolId, a.Name, a.Kind))
            .ToListAsync(cancellationToken);
        var schools = await db.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return new UserDetails(user, [.. roles], assignments, [.. schools.Select(s => (s.Id, s.Name))]);
    }

    public async Task<(Guid? Id, IReadOnlyList<string> Problems)> CreateAsync(UserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new PortalUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), EmailConfirmed = true, DisplayName = form.DisplayName.Trim(), TrustId = TrustId, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, form.Roles.Distinct());
        }

        if (!created.Succeeded)
        {
            return (null, Describe(created));
        }

        await AuditAsync(user, AuditAction.Inserted, new() { ["DisplayName"] = [null, user.DisplayName], ["Email"] = [null, user.Email], ["Roles"] = [null, string.Join(", ", form.Roles.Distinct().Order())] });
        await transaction.CommitAsync();
        return (user.Id, []);
    }

    public async Task<IReadOnlyList<string>?> UpdateAsync(Guid id, UserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await TrustUsers.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = (user.DisplayName, user.Email);
        user.DisplayName = form.DisplayName.Trim();
        user.Email = form.Email.Trim();
        user.UserName = form.Email.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Describe(updated);
        }

        var current = await users.GetRolesAsync(user);
        var toRemove = current.Except(form.Roles).ToList();
        var toAdd = form.Roles.Distinct().Except(current).ToList();
        var removed = await users.RemoveFromRolesAsync(user, toRemove);
        var added = await users.AddToRolesAsync(user, toAdd);
        if (toRemove.Count > 0)
        {
            // An assignment needs its role (a former headteacher is no longer headteacher of a school).
            var orphaned = (await db.SchoolAssignments.Where(a => a.UserId == id).ToListAsync())
                .Where(a => toRemove.Contains(a.Kind.RequiredRole())).ToList();
            db.SchoolAssignments.RemoveRange(orphaned);
            await db.SaveChangesAsync();
        }

        if (toRemove.Count + toAdd.Count > 0)
        {
            // Roles live in the sign-in cookie: a new stamp ends the person's sessions so the change applies at once.
            await users.UpdateSecurityStampAsync(user);
        }

        if (!removed.Succeeded || !added.Succeeded)
        {
            return [.. Describe(removed), .. Describe(added)];
        }

        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        if (before.DisplayName != user.DisplayName)
        {
            changes["DisplayName"] = [before.DisplayName, user.DisplayName];
        }

        if (before.Email != user.Email)
        {
            changes["Email"] = [before.Email, user.Email];
        }

        if (toRemove.Count + toAdd.Count > 0)
        {
            changes["Roles"] = [string.Join(", ", current.Order()), string.Join(", ", current.Except(toRemove).Concat(toAdd).Order())];
        }

        if (changes.Count > 0)
        {
            await AuditAsync(user, AuditAction.Updated, changes);
        }

        await transaction.CommitAsync();
        return [];
    }

    /// <summary>Deactivating ends the person's sessions at once: the security stamp changes and is checked on every request.</summary>
    public async Task<bool> SetActiveAsync(Guid id, bool active)
    {
        var user = await TrustUsers.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var was = user.IsActive;
        user.IsActive = active;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(user, AuditAction.Updated, new() { ["IsActive"] = [was, active] });
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// For a lost phone with no recovery codes left: turns the person's authenticator app off and
    /// forgets its key, and ends their sessions; a staff member sets a new one up at next sign-in.
    /// </summary>
    public async Task<bool> ResetAuthenticatorAsync(Guid id)
    {
        var user = await TrustUsers.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var was = user.TwoFactorEnabled;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(user, AuditAction.Updated, new() { ["AuthenticatorApp"] = [was ? "on" : "off", "reset"] });
        await transaction.CommitAsync();
        return true;
    }

    public async Task<IReadOnlyList<string>?> AssignAsync(Guid userId, AssignmentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await TrustUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || !await db.Schools.AnyAsync(s => s.Id == form.SchoolId, cancellationToken))
        {
            return null;
        }

        if (await db.SchoolAssignments.AnyAsync(a => a.UserId == userId && a.SchoolId == form.SchoolId && a.Kind == form.Kind, cancellationToken))
        {
            return ["This person already has that assignment."];
        }

        try
        {
            db.SchoolAssignments.Add(SchoolAssignment.Create(userId, [.. await users.GetRolesAsync(user)], form.SchoolId, form.Kind));
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainException e)
        {
            return [e.Message];
        }
    }

    public async Task<bool> UnassignAsync(Guid userId, Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await db.SchoolAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.UserId == userId, cancellationToken);
        if (assignment is null)
        {
            return false;
        }

        db.SchoolAssignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// People are not trust-owned rows (Identity finds them before a trust is known), so the audit
    /// interceptor does not see them: changes to a person are written to the trust's audit trail
    /// here, in the same transaction as the change.
    /// </summary>
    private async Task AuditAsync(PortalUser user, AuditAction action, SortedDictionary<string, object?[]> changes)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), trust.UserId, trust.ActorName, "User", user.Id.ToString(), action, JsonSerializer.Serialize(changes)));
        await db.SaveChangesAsync();
    }

    private static string[] Describe(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}

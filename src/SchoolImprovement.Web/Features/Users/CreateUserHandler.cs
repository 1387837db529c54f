using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>Adds a person to the trust with their roles; they are emailed a link to choose their own password.</summary>
public sealed class CreateUserHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, AccountEmails emails, SecurityEvents events)
{
    public async Task<CommandResult> HandleAsync(UserForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var trustId = trust.TrustId ?? throw new InvalidOperationException("No trust is set.");
        // A role that controls the trust is requested, for a second person to approve (RoleGrantRequest).
        var roles = form.Roles.Distinct().Where(r => !RoleGrantRequest.IsPrivileged(r)).ToList();
        var requested = form.Roles.Distinct().Where(RoleGrantRequest.IsPrivileged).ToList();
        var user = new PortalUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), EmailConfirmed = true, DisplayName = form.DisplayName.Trim(), TrustId = trustId, CreatedAt = clock.GetUtcNow() };
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.CreateAsync(user).OrRefuse();
            await users.AddToRolesAsync(user, roles).OrRefuse();
            db.RoleGrantRequests.AddRange(requested.Select(role => new RoleGrantRequest(user.Id, role, trust.UserId ?? Guid.Empty, clock.GetUtcNow())));
            db.AuditUser(trust, clock, user.Id, AuditAction.Inserted, new(StringComparer.Ordinal) { ["DisplayName"] = [null, user.DisplayName], ["Email"] = [null, user.Email], ["Roles"] = [null, string.Join(", ", roles.Order(StringComparer.Ordinal))] });
            return user.Id;
        }, ct);
        if (result is CommandResult.Done)
        {
            await emails.SendInvitationAsync(user, ct);
            foreach (var role in requested)
            {
                await events.RecordAsync(SecurityEventKind.RoleChangeRequested, SecurityOutcome.Succeeded, user.Id, $"grant requested: {role}", ct);
            }
        }

        return result is CommandResult.Done done && requested.Count > 0
            ? CommandResult.Success(done.Id, $"Giving the role{(requested.Count == 1 ? "" : "s")} {string.Join(" and ", requested)} needs a second person's approval: a CEO or another trust administrator can approve it on the role requests page.")
            : result;
    }
}

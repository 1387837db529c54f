using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>Adds a person to the trust with their roles; they are emailed a link to choose their own password.</summary>
public sealed class CreateUserHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, AccountEmails emails)
{
    public async Task<CommandResult> HandleAsync(UserForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var trustId = trust.TrustId ?? throw new InvalidOperationException("No trust is set.");
        var roles = form.Roles.Distinct().ToList();
        var user = new PortalUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), EmailConfirmed = true, DisplayName = form.DisplayName.Trim(), TrustId = trustId, CreatedAt = clock.GetUtcNow() };
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.CreateAsync(user).OrRefuse();
            await users.AddToRolesAsync(user, roles).OrRefuse();
            db.AuditUser(trust, clock, user.Id, AuditAction.Inserted, new(StringComparer.Ordinal) { ["DisplayName"] = [null, user.DisplayName], ["Email"] = [null, user.Email], ["Roles"] = [null, string.Join(", ", roles.Order(StringComparer.Ordinal))] });
            return user.Id;
        }, ct);
        if (result is CommandResult.Done)
        {
            await emails.SendInvitationAsync(user, ct);
        }

        return result;
    }
}

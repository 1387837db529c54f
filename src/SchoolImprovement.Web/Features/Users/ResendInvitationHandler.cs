using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// Sends a person who has not yet accepted their invitation a new one (after the mail server refused
/// the first, or it expired). The security stamp is renewed first, so every earlier invitation link
/// stops working and only the newest one sets the password. It makes nothing: the account, its roles
/// and role requests were made once, when the person was added, so a resend (or two at once) can never
/// make a second account.
/// </summary>
public sealed class ResendInvitationHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, AccountEmails emails)
{
    public const string AlreadyAccepted = "This person has already chosen their password: there is no invitation to resend. If they have forgotten it, they can use \"Forgotten your password?\" on the sign-in page.";
    public const string Deactivated = "This account is deactivated: reactivate it before sending a new invitation.";

    public async Task<CommandResult> HandleAsync(Guid id, CancellationToken ct)
    {
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        if (!user.IsActive)
        {
            return CommandResult.Refuse(Deactivated);
        }

        if (!await AccountEmailStatus.IsInvitedAsync(db, id, ct))
        {
            return CommandResult.Refuse(AlreadyAccepted);
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.UpdateSecurityStampAsync(user).OrRefuse();
            db.AuditUser(trust, clock, user.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["Invitation"] = ["sent", "sent again; earlier links no longer work"] });
            return user.Id;
        }, ct);
        if (result is CommandResult.Done)
        {
            await emails.SendInvitationAsync(user, ct, "sent again by an administrator");
        }

        return result;
    }
}

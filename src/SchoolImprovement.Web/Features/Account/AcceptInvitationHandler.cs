using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// A new person (a trust's first administrator, or anyone a trust administrator adds) chooses
/// their own password from the emailed invitation link (<see cref="InvitationTokenProvider"/>,
/// valid for <c>Security:InvitationTokenDays</c>). The link works once: setting the password
/// changes the security stamp sealed in it. An expired link says so and offers a new one.
/// </summary>
public sealed class AcceptInvitationHandler(PortalDbContext db, UserManager<PortalUser> users, SecurityEvents events)
{
    public const string Expired = "This invitation link has expired or was already used. Ask for a new link below: we will email you one.";

    /// <summary>The form for a link that still works; null for an expired, used or altered one.</summary>
    public async Task<AcceptInvitationForm?> FormAsync(string? email, string? token) =>
        await ValidUserAsync(email, token) is not null ? new AcceptInvitationForm { Email = email!, Token = token! } : null;

    public async Task<CommandResult> AcceptAsync(AcceptInvitationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ValidUserAsync(form.Email, form.Token) is not { } user)
        {
            await events.RecordAsync(SecurityEventKind.InvitationAccepted, SecurityOutcome.Refused, null, "invalid or expired link", ct);
            return CommandResult.Refuse(Expired);
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            if (await users.HasPasswordAsync(user))
            {
                await users.RemovePasswordAsync(user).OrRefuse();
            }

            await users.AddPasswordAsync(user, form.Password).OrRefuse();
            return user.Id;
        }, ct);
        await events.RecordAsync(SecurityEventKind.InvitationAccepted, result is CommandResult.Done ? SecurityOutcome.Succeeded : SecurityOutcome.Refused, user.Id,
            result is CommandResult.Done ? null : "password refused", ct);
        return result;
    }

    /// <summary>Whether a problem list is the expired-link one (the page offers a new link instead of the form).</summary>
    public static bool IsExpired(IEnumerable<string> problems) => problems.Contains(Expired);

    private async Task<PortalUser?> ValidUserAsync(string? email, string? token)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token) || await users.FindByEmailAsync(email) is not { IsActive: true } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose, token) ? user : null;
    }
}

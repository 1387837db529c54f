using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// The last step shared by setting up a first app and replacing one: the key sealed in the form
/// must still be valid and a code from it right; then, in one transaction, the key becomes the
/// person's app and they get ten new recovery codes (the new security stamp ends their other
/// sessions), this session carries on, and the person is emailed. Done carries the codes, to show once.
/// </summary>
public sealed class AuthenticatorActivation(
    PortalDbContext db,
    UserManager<PortalUser> users,
    IUserStore<PortalUser> store,
    SignInManager<PortalUser> signIn,
    TimeProvider clock,
    AccountEmails emails,
    SecurityEvents events)
{
    public async Task<CommandResult> ActivateAsync(
        PortalUser user, IDataProtector protector, AuthenticatorSetupForm form, SecondFactorChange change, string expired, string wrongCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        if (AuthenticatorEnrolment.KeyIn(protector, user, form.Ticket, clock.GetUtcNow()) is not { } key)
        {
            return CommandResult.Refuse(expired);
        }

        var kind = change == SecondFactorChange.Replaced ? SecurityEventKind.AuthenticatorReplaced : SecurityEventKind.AuthenticatorEnabled;
        if (AuthenticatorCode.MatchingStep(key, MfaCodeForm.Normalise(form.Code), clock.GetUtcNow()) is not { } step)
        {
            await events.RecordAsync(kind, SecurityOutcome.Failed, user.Id, "wrong code from the new app", ct);
            return CommandResult.Refuse(wrongCode);
        }

        IReadOnlyList<string> codes = [];
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            codes = await AuthenticatorEnrolment.UseKeyAsync(users, store, user, key, ct);
            await AuthenticatorSteps.RememberEnrolmentAsync(db, user.Id, step, ct);
            return user.Id;
        }, ct);
        if (result is not CommandResult.Done)
        {
            return result;
        }

        await events.RecordAsync(kind, SecurityOutcome.Succeeded, user.Id, ct: ct);

        await signIn.RefreshSignInAsync(user);
        await emails.SendSecondFactorChangedAsync(user, change, ct);
        return CommandResult.Success(user.Id, string.Join(' ', codes));
    }
}

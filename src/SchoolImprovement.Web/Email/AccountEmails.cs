using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Email;

/// <summary>What happened to a person's second factor, for the email that tells them.</summary>
public enum SecondFactorChange
{
    SetUp,
    Replaced,
    NewRecoveryCodes,
    ResetByAdministrator,
}

/// <summary>
/// The emails about a person's account, each built in this one place: the invitation to a new
/// account and the forgotten-password link (both a password-reset token and a link from
/// <see cref="PortalLinks"/>, never from the request's host), and the notice that their second
/// factor changed, so that a change they did not make does not go unseen.
/// </summary>
public sealed class AccountEmails(
    UserManager<PortalUser> users,
    IPortalEmail email,
    PortalLinks links,
    IHttpContextAccessor http,
    TimeProvider clock,
    IOptions<AccountTokenOptions> tokens,
    SecurityEvents events)
{
    public const string InvitationSubject = "Your school improvement portal account";
    public const string ResetSubject = "Reset your school improvement portal password";
    public const string SecondFactorSubject = "Your school improvement portal sign-in security has changed";
    public const string PasswordChangedSubject = "Your school improvement portal password has changed";

    /// <summary>New people choose their own password through an invitation link (<see cref="InvitationTokenProvider"/>, three days by default).</summary>
    /// <param name="user">The new person.</param>
    /// <param name="detail">For the security event: null for the first invitation, "sent again" for an administrator's resend.</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task SendInvitationAsync(PortalUser user, CancellationToken ct, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose);
        var link = Link("/account/invitation", user, token);
        await email.SendAsync(new OutgoingEmail(user.Email!, InvitationSubject,
            $"An account has been made for you. Choose your password here within {Lifetime(tokens.Value.InvitationLifetime)}:\n{link}\n\nIf the link has expired, ask for a new one on the sign-in page (\"Forgotten your password?\").",
            new EmailAbout(AccountEmailKind.Invitation, user.Id)), ct);
        await events.RecordAsync(SecurityEventKind.InvitationSent, SecurityOutcome.Succeeded, user.Id, detail, ct);
    }

    public async Task SendPasswordResetAsync(PortalUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await ResetLinkAsync(user);
        await email.SendAsync(new OutgoingEmail(user.Email!, ResetSubject,
            $"Someone asked to reset the password for {user.Email}.\n\nTo choose a new password, open this link within {Lifetime(tokens.Value.PasswordResetLifetime)}:\n{link}\n\nIf it was not you, ignore this email.",
            new EmailAbout(AccountEmailKind.PasswordReset, user.Id)), ct);
    }

    public async Task SendSecondFactorChangedAsync(PortalUser user, SecondFactorChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var what = change switch
        {
            SecondFactorChange.SetUp => "An authenticator app was set up for your account, and recovery codes were made.",
            SecondFactorChange.Replaced => "The authenticator app for your account was replaced by a new one, and new recovery codes were made. The old app and the old recovery codes no longer work.",
            SecondFactorChange.NewRecoveryCodes => "New recovery codes were made for your account. The old recovery codes no longer work.",
            _ => "Your trust administrator reset the authenticator app for your account. You will set up a new one when you next sign in.",
        };
        await email.SendAsync(user.Email!, SecondFactorSubject,
            $"{what}\n\nWhen: {Features.UkFormat.DateTime(clock.GetUtcNow())} (UK time).\n\nIf this was not you, tell your trust administrator at once: someone else may be using your account.", ct);
    }

    private async Task<string> ResetLinkAsync(PortalUser user) =>
        Link("/account/reset-password", user, await users.GeneratePasswordResetTokenAsync(user));

    private string Link(string path, PortalUser user, string token)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account emails are sent while answering a request.");
        return links.Absolute(request, QueryHelpers.AddQueryString(path, new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token }));
    }

    /// <summary>"1 hour", "3 days", "90 minutes".</summary>
    public static string Lifetime(TimeSpan lifetime) => lifetime switch
    {
        { TotalDays: >= 1 } when lifetime.TotalDays == Math.Floor(lifetime.TotalDays) => Plural((int)lifetime.TotalDays, "day"),
        { TotalHours: >= 1 } when lifetime.TotalHours == Math.Floor(lifetime.TotalHours) => Plural((int)lifetime.TotalHours, "hour"),
        _ => Plural((int)Math.Ceiling(lifetime.TotalMinutes), "minute"),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    /// <summary>Tells the person their password was changed, so that a change they did not make does not go unseen.</summary>
    public async Task SendPasswordChangedAsync(PortalUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await email.SendAsync(user.Email!, PasswordChangedSubject,
            $"The password for your account ({user.Email}) was changed.\n\nWhen: {Features.UkFormat.DateTime(clock.GetUtcNow())} (UK time).\n\nEvery other place where you were signed in has been signed out.\n\nIf this was not you, reset your password at once (\"Forgotten your password?\" on the sign-in page) and tell your trust administrator: someone else may be using your account.", ct);
    }

    public const string SignInEmailChangedSubject = "The sign-in email address of your school improvement portal account has changed";
    public const string AuthenticatorResetSubject = "Your school improvement portal authenticator app was reset: choose a new password";

    /// <summary>Tells the old and the new address that the sign-in email changed, so a change nobody asked for does not go unseen.</summary>
    public async Task SendSignInEmailChangedAsync(PortalUser user, string oldEmail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(oldEmail);
        var body = $"The email address used to sign in to your school improvement portal account was changed by your trust administrator from {oldEmail} to {user.Email}.\n\n"
            + $"When: {Features.UkFormat.DateTime(clock.GetUtcNow())} (UK time). You have been signed out everywhere; sign in again with the new address.\n\n"
            + "If you did not expect this, tell your trust administrator at once: someone else may be trying to take over the account.";
        await email.SendAsync(oldEmail, SignInEmailChangedSubject, body, ct);
        await email.SendAsync(user.Email!, SignInEmailChangedSubject, body, ct);
    }

    /// <summary>
    /// After an administrator resets the authenticator app the password no longer works: the person
    /// chooses a new one through this short-lived link, then sets up a new app.
    /// </summary>
    public async Task SendAuthenticatorResetAsync(PortalUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await ResetLinkAsync(user);
        await email.SendAsync(new OutgoingEmail(user.Email!, AuthenticatorResetSubject,
            $"Your trust administrator reset the authenticator app for your account on {Features.UkFormat.DateTime(clock.GetUtcNow())} (UK time), and you have been signed out everywhere.\n\n"
            + $"Your old password no longer works. Choose a new password with this link, which works for a short time only:\n{link}\n\n"
            + "You will then set up a new authenticator app when you sign in. If you did not ask for this, tell your trust administrator at once.",
            new EmailAbout(AccountEmailKind.PasswordReset, user.Id)), ct);
    }
}

using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// An account email that did not reach the person: the mail server refused it for good
/// (<see cref="Refused"/>, e.g. "550 5.1.1 User unknown") or it still failed after the outbox's last
/// retry. <see cref="At"/> is UTC.
/// </summary>
public sealed record EmailProblem(string What, bool Refused, DateTime At, string Reason)
{
    /// <summary>"Invitation email refused by the mail server on 26/11/2026 14:03: 550 5.1.1 User unknown".</summary>
    public string Describe() =>
        $"{What} {(Refused ? "refused by the mail server" : "could not be delivered (the mail server did not answer after several attempts)")} on {UkFormat.DateTime(At)}: {Reason}";
}

/// <summary>
/// What the trust administrator needs to know about a person's account emails, read from the
/// security events the invitation, the reset and the outbox record (<see cref="Email.EmailDeliveryFailures"/>).
/// A person is "invited, not yet accepted" while they have no password and have never chosen one or
/// signed in: a whole state (the account, its roles and any role requests were made in one
/// transaction), ended by accepting the invitation.
/// </summary>
public static class AccountEmailStatus
{
    internal static readonly string Succeeded = nameof(SecurityOutcome.Succeeded);
    internal static readonly string InvitationSent = nameof(SecurityEventKind.InvitationSent);
    internal static readonly string InvitationNotDelivered = nameof(SecurityEventKind.InvitationEmailNotDelivered);
    private static readonly string ResetNotDelivered = nameof(SecurityEventKind.PasswordResetEmailNotDelivered);

    /// <summary>Events that mean the person has chosen a password at some time.</summary>
    internal static readonly string[] Accepted =
        [nameof(SecurityEventKind.InvitationAccepted), nameof(SecurityEventKind.PasswordResetCompleted), nameof(SecurityEventKind.PasswordSignIn)];

    /// <summary>Events after which a password-reset email is on its way (a later one supersedes an earlier failure).</summary>
    private static readonly string[] ResetSent =
        [nameof(SecurityEventKind.PasswordResetRequested), nameof(SecurityEventKind.AuthenticatorReset), nameof(SecurityEventKind.PasswordResetCompleted)];

    private static readonly string[] MailKinds = [InvitationSent, InvitationNotDelivered, ResetNotDelivered, .. ResetSent];

    /// <summary>Whether the person is still to accept their invitation (the list page writes the same condition into its projection).</summary>
    public static Task<bool> IsInvitedAsync(PortalDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.AnyAsync(u => u.Id == userId && u.PasswordHash == null
            && !db.SecurityEvents.Any(e => e.UserId == u.Id && e.Outcome == Succeeded && Accepted.Contains(e.Kind)), ct);
    }

    /// <summary>The latest invitation and reset problems of one person, each null when the latest such email went (or none failed).</summary>
    public static async Task<(EmailProblem? Invitation, EmailProblem? Reset)> ProblemsAsync(PortalDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = await db.SecurityEvents.AsNoTracking()
            .Where(e => e.UserId == userId && MailKinds.Contains(e.Kind))
            // A failure is recorded after the sending it reports: at the same instant (the clock's
            // resolution, or a pinned clock) it is the later event. Ids are random within one millisecond.
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Kind == InvitationNotDelivered || e.Kind == ResetNotDelivered)
            .ThenByDescending(e => e.Id)
            .Select(e => new { e.Kind, e.Outcome, e.At, e.Detail })
            .Take(50)
            .ToListAsync(ct);
        var invitation = events.FirstOrDefault(e => e.Kind == InvitationSent || e.Kind == InvitationNotDelivered);
        var reset = events.FirstOrDefault(e => e.Kind == ResetNotDelivered || (ResetSent.Contains(e.Kind) && e.Outcome == Succeeded));
        return (
            invitation is { } i && i.Kind == InvitationNotDelivered ? new EmailProblem("Invitation email", i.Outcome != nameof(SecurityOutcome.Failed), i.At, i.Detail) : null,
            reset is { } r && r.Kind == ResetNotDelivered ? new EmailProblem("Password-reset email", r.Outcome != nameof(SecurityOutcome.Failed), r.At, r.Detail) : null);
    }
}

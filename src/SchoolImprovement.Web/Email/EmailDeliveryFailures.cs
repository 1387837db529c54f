using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// Records that an account email did not reach the person, as a security event against them
/// (<see cref="SecurityEventKind.InvitationEmailNotDelivered"/> or
/// <see cref="SecurityEventKind.PasswordResetEmailNotDelivered"/>; outcome Refused for the server's
/// permanent refusal, Failed when the last retry failed; detail: the server's reason). The person's
/// page shows the latest one to the trust administrator (<see cref="Features.Users.UserQueries"/>),
/// with "Resend invitation" for an invitation. Runs in the dispatcher, outside any request, in a scope
/// of its own; the event finds the person's trust itself.
/// </summary>
public sealed class EmailDeliveryFailures(IServiceScopeFactory scopes)
{
    public async Task RecordAsync(OutgoingEmail message, bool permanent, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.About is not { } about)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<SecurityEvents>();
        var kind = about.Kind == AccountEmailKind.Invitation ? SecurityEventKind.InvitationEmailNotDelivered : SecurityEventKind.PasswordResetEmailNotDelivered;
        await events.RecordAsync(kind, permanent ? SecurityOutcome.Refused : SecurityOutcome.Failed, about.UserId, reason, ct);
    }
}

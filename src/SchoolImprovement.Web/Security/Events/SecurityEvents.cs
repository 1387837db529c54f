namespace SchoolImprovement.Web.Security.Events;

/// <summary>
/// Records a security event: who it was about (user id, never the typed email), who acted, the
/// outcome, the client address and the request's correlation id. Written as one structured log
/// event, so text a person typed can never start a line of its own (docs/security.md, V16).
/// </summary>
public sealed partial class SecurityEvents(IHttpContextAccessor http, ILogger<SecurityEvents> logger)
{
    /// <param name="kind">What happened.</param>
    /// <param name="outcome">Whether it worked.</param>
    /// <param name="subject">The person it happened to; null when nobody matched (an unknown address).</param>
    /// <param name="detail">A fixed phrase from code (never user input), e.g. "wrong code".</param>
    /// <param name="ct">Cancels the write.</param>
    public Task RecordAsync(SecurityEventKind kind, SecurityOutcome outcome, Guid? subject, string? detail = null, CancellationToken ct = default)
    {
        var context = http.HttpContext;
        var actor = context?.User.Identity?.IsAuthenticated == true ? context.User.Id() : (Guid?)null;
        var address = context is null ? "none" : SignInKeys.ClientAddress(context);
        var correlation = context?.TraceIdentifier ?? "none";
        LogEvent(logger, kind, outcome, subject, actor, address, correlation, detail ?? "");
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information,
        Message = "Security event {Kind} {Outcome}: user {UserId}, by {ActorId}, from {ClientAddress}, correlation {CorrelationId} {Detail}")]
    private static partial void LogEvent(ILogger logger, SecurityEventKind kind, SecurityOutcome outcome, Guid? userId, Guid? actorId, string clientAddress, string correlationId, string detail);
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Security.Events;

/// <summary>
/// Records a security event: who it was about (user id, never the typed email), who acted, the
/// outcome, the client address and the request's correlation id. Written as one structured log
/// event, so text a person typed can never start a line of its own (docs/security.md, V16), and as
/// one <see cref="SecurityEvent"/> row for the trust administrator's audit view.
/// <para>
/// The row is written by its own database context, outside any command's transaction, so a refused
/// or failed command keeps its event; it is one INSERT, whose trust is the subject's (read from the
/// claims when the subject is the signed-in person, otherwise by a sub-select in the same INSERT).
/// When the context of the scope recording the event (the request's, or a trust scope entered for
/// the work) has a transaction open (SQLite lets one writer at a time), the row is written once the
/// response has completed instead. A write that fails is logged and the request
/// goes on: losing an event must never turn into refusing a sign-in.
/// </para>
/// </summary>
public sealed partial class SecurityEvents(IHttpContextAccessor http, PortalDbContext scopeDb, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityEvents> logger)
{
    /// <param name="kind">What happened.</param>
    /// <param name="outcome">Whether it worked.</param>
    /// <param name="subject">The person it happened to; null when nobody matched (an unknown address).</param>
    /// <param name="detail">A fixed phrase from code (never user input), e.g. "wrong code".</param>
    /// <param name="ct">Cancels the write.</param>
    public async Task RecordAsync(SecurityEventKind kind, SecurityOutcome outcome, Guid? subject, string? detail = null, CancellationToken ct = default)
    {
        var context = http.HttpContext;
        var signedIn = context?.User.Identity?.IsAuthenticated == true ? context.User.Id() : Guid.Empty;
        Guid? actor = signedIn == Guid.Empty ? null : signedIn;
        var address = context is null ? "none" : SignInKeys.ClientAddress(context);
        var correlation = context?.TraceIdentifier ?? "none";
        LogEvent(logger, kind, outcome, subject, actor, address, correlation, detail ?? "");

        // The subject's trust: from the claims when the subject is the signed-in person (a platform
        // administrator has none), otherwise looked up by the INSERT itself.
        var trustKnown = subject is null || (actor is not null && actor == subject);
        Guid? trust = subject is not null && trustKnown && Guid.TryParse(context!.User.FindFirstValue(PortalClaims.TrustId), out var claimed) ? claimed : null;
        var row = new SecurityEvent(clock.GetUtcNow(), trust, subject, actor, kind.ToString(), outcome.ToString(),
            Fit(address, SecurityEvent.ClientAddressLength), Fit(correlation, SecurityEvent.CorrelationIdLength), Fit(detail ?? "", SecurityEvent.DetailLength));

        if (context is not null && scopeDb.Database.CurrentTransaction is not null)
        {
            context.Response.OnCompleted(() => WriteAsync(row, trustKnown, CancellationToken.None));
            return;
        }

        await WriteAsync(row, trustKnown, ct);
    }

    private async Task WriteAsync(SecurityEvent row, bool trustKnown, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (trustKnown)
            {
                db.SecurityEvents.Add(row);
                await db.SaveChangesAsync(ct);
                return;
            }

            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "SecurityEvents" ("Id", "At", "TrustId", "UserId", "ActorId", "Kind", "Outcome", "ClientAddress", "CorrelationId", "Detail")
                VALUES ({row.Id}, {row.At}, (SELECT u."TrustId" FROM "AspNetUsers" AS u WHERE u."Id" = {row.UserId}), {row.UserId}, {row.ActorId}, {row.Kind}, {row.Outcome}, {row.ClientAddress}, {row.CorrelationId}, {row.Detail})
                """, ct);
        }
#pragma warning disable CA1031 // Losing an event is logged; it must never fail the request that caused it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogWriteFailed(logger, e, row.Kind, row.CorrelationId);
        }
    }

    private static string Fit(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information,
        Message = "Security event {Kind} {Outcome}: user {UserId}, by {ActorId}, from {ClientAddress}, correlation {CorrelationId} {Detail}")]
    private static partial void LogEvent(ILogger logger, SecurityEventKind kind, SecurityOutcome outcome, Guid? userId, Guid? actorId, string clientAddress, string correlationId, string detail);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Security event {Kind} (correlation {CorrelationId}) could not be stored; the log line above is its only record")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string kind, string correlationId);
}

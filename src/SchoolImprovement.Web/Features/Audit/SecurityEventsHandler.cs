using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Audit;

public sealed record SecurityEventQuery(string? Kind, string? Outcome, DateOnly? From, DateOnly? To, int Page = 1);

/// <summary>One security event as the page shows it: who it was about, who acted (when someone else), what, the outcome, from where.</summary>
public sealed record SecurityEventRow(DateTime At, string Who, string? By, string What, string Outcome, string Detail, string ClientAddress, string CorrelationId);

public sealed record SecurityEventsPage(SecurityEventQuery Query, IReadOnlyList<SecurityEventRow> Rows, int Total, IReadOnlyList<string> Kinds, IReadOnlyList<string> Outcomes)
{
    public const int PageSize = 50;
    public int Pages => Paging.Pages(Total, PageSize);
}

/// <summary>
/// The trust's security events (sign-in steps, lockouts, 429s, credential and session changes),
/// newest first, filtered by kind, outcome and UK days. Security events are not trust-owned rows
/// (most are written before anyone is signed in), so this read filters by the signed-in person's
/// trust itself; names come from one query for the whole page.
/// </summary>
public sealed partial class SecurityEventsHandler(PortalDbContext db, TrustContext trust)
{
    public async Task<SecurityEventsPage> HandleAsync(SecurityEventQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kinds = Enum.GetNames<SecurityEventKind>().Order(StringComparer.Ordinal).ToList();
        var outcomes = Enum.GetNames<SecurityOutcome>().ToList();
        var trustId = trust.TrustId ?? throw new InvalidOperationException("The security events page needs a trust.");
        var events = db.SecurityEvents.AsNoTracking().Where(e => e.TrustId == trustId);
        if (!string.IsNullOrWhiteSpace(query.Kind) && kinds.Contains(query.Kind))
        {
            events = events.Where(e => e.Kind == query.Kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Outcome) && outcomes.Contains(query.Outcome))
        {
            events = events.Where(e => e.Outcome == query.Outcome);
        }

        if (query.From is { } from)
        {
            var start = UkClock.StartOfUkDay(from);
            events = events.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = UkClock.StartOfUkDay(to.AddDays(1));
            events = events.Where(e => e.At < end);
        }

        var total = await events.CountAsync(ct);
        var page = Paging.Clamp(query.Page, total, SecurityEventsPage.PageSize);
        var rows = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * SecurityEventsPage.PageSize).Take(SecurityEventsPage.PageSize)
            .ToListAsync(ct);

        var ids = rows.SelectMany(e => new[] { e.UserId, e.ActorId }).OfType<Guid>().Distinct().ToList();
        var names = ids.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known, "A removed account") : "No account";

        var shown = rows.Select(e => new SecurityEventRow(
            e.At,
            Name(e.UserId),
            e.ActorId is { } actor && actor != e.UserId ? Name(actor) : null,
            Words(e.Kind),
            e.Outcome,
            e.Detail,
            e.ClientAddress,
            e.CorrelationId)).ToList();
        return new SecurityEventsPage(query with { Page = page }, shown, total, kinds, outcomes);
    }

    /// <summary>A kind's name in words: "PasswordSignIn" is "Password sign in".</summary>
    public static string Words(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var words = WordStart().Replace(kind, " $1").ToLowerInvariant();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}

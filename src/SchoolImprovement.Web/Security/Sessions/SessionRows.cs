using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>One open session as the sessions pages show it: times in UK time, the address and the browser.</summary>
public sealed record SessionRow(Guid Id, string Started, string LastSeen, string Address, string Browser, bool IsCurrent);

/// <summary>The read model shared by "your sessions" and a person's page for the trust administrator.</summary>
public static class SessionRows
{
    /// <summary>The open sessions of <paramref name="userId"/>, most recently seen first; <paramref name="current"/> is marked.</summary>
    public static async Task<IReadOnlyList<SessionRow>> OpenSessionsAsync(this PortalDbContext db, Guid userId, Guid? current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new { s.Id, s.CreatedAt, s.LastSeenAt, s.ClientAddress, s.UserAgent })
            .ToListAsync(ct);
        return [.. rows.Select(s => new SessionRow(s.Id, UkFormat.DateTime(Utc(s.CreatedAt)), UkFormat.DateTime(Utc(s.LastSeenAt)), s.ClientAddress, Browser(s.UserAgent), s.Id == current))];
    }

    /// <summary>A short name for a browser from its user-agent text ("Firefox on Windows"); the text itself when unrecognised.</summary>
    public static string Browser(string userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        if (userAgent.Length == 0)
        {
            return "Unknown browser";
        }

        string? name = userAgent switch
        {
            _ when userAgent.Contains("Edg/", StringComparison.Ordinal) => "Edge",
            _ when userAgent.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
            _ when userAgent.Contains("Chrome/", StringComparison.Ordinal) || userAgent.Contains("Chromium/", StringComparison.Ordinal) => "Chrome",
            _ when userAgent.Contains("Safari/", StringComparison.Ordinal) => "Safari",
            _ => null,
        };
        string? system = userAgent switch
        {
            _ when userAgent.Contains("Windows", StringComparison.Ordinal) => "Windows",
            _ when userAgent.Contains("iPhone", StringComparison.Ordinal) || userAgent.Contains("iPad", StringComparison.Ordinal) => "iOS",
            _ when userAgent.Contains("Mac OS X", StringComparison.Ordinal) => "macOS",
            _ when userAgent.Contains("Android", StringComparison.Ordinal) => "Android",
            _ when userAgent.Contains("Linux", StringComparison.Ordinal) => "Linux",
            _ => null,
        };
        return name is null ? userAgent : system is null ? name : $"{name} on {system}";
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

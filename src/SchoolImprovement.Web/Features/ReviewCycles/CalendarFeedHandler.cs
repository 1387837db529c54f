using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Due;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>The feed page: whether the person has a feed, since when, and (once, straight after making it) its address.</summary>
public sealed record CalendarFeedPage(bool HasFeed, DateTime? CreatedAt, string? FeedUrl);

/// <summary>
/// A person's iCalendar feed of their own due items (issue 11 item 4). Made and revoked by the signed-in person for
/// themselves; the token is shown once and only its SHA-256 hash is kept (<see cref="CalendarFeedToken"/>). The feed
/// itself is read without signing in: the token names its trust, the read runs in a scope of that trust (as background
/// work does) and answers the person's items as all-day events with stable UIDs, titled with the kind and the school only.
/// An unknown or revoked token is not found. The token opens nothing else: it is not a sign-in.
/// </summary>
public sealed class CalendarFeedHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http, IServiceProvider services)
{
    public async Task<CalendarFeedPage> PageAsync(string? feedUrl, CancellationToken ct)
    {
        var me = http.HttpContext!.User.Id();
        var active = await db.CalendarFeedTokens.AsNoTracking()
            .Where(t => t.UserId == me && t.RevokedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => (DateTime?)t.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return new CalendarFeedPage(active is not null, active, feedUrl);
    }

    /// <summary>Makes a new feed for the signed-in person (ending any earlier one); the token comes back as the result's detail, to show once.</summary>
    public async Task<CommandResult> CreateAsync(CancellationToken ct)
    {
        var user = http.HttpContext!.User;
        var me = user.Id();
        var trustId = db.CurrentTrustId ?? throw new InvalidOperationException("A feed is made inside a trust.");
        var earlier = await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        string? token = null;
        var result = await db.SaveCommandAsync(() =>
        {
            earlier.ForEach(t => t.Revoke(now));
            var (feed, made) = CalendarFeedToken.Create(trustId, me, now);
            db.CalendarFeedTokens.Add(feed);
            token = made;
            return feed.Id;
        }, ct);
        return result is CommandResult.Done done ? done with { Detail = token } : result;
    }

    /// <summary>Ends the signed-in person's feed: its address answers 404 from now on.</summary>
    public async Task<CommandResult> RevokeAsync(CancellationToken ct)
    {
        var me = http.HttpContext!.User.Id();
        var active = await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return await db.SaveCommandAsync(() =>
        {
            active.ForEach(t => t.Revoke(now));
            return me;
        }, ct);
    }

    /// <summary>The feed's text for <paramref name="token"/>; null (404) for a token that is unknown, malformed or revoked.</summary>
    public async Task<string?> FeedAsync(string? token, Uri portal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (CalendarFeedToken.TrustOf(token) is not { } trustId)
        {
            return null;
        }

        var hash = CalendarFeedToken.Hash(token!);
        await using var scope = services.CreateTrustScope(trustId, "calendar feed");
        var trustDb = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await trustDb.CalendarFeedTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => (Guid?)t.UserId)
            .SingleOrDefaultAsync(ct);
        if (userId is not { } person)
        {
            return null;
        }

        var today = clock.Today();
        var items = await scope.ServiceProvider.GetRequiredService<DueListQueries>().ForPersonAsync(person, today, ct);
        return Serialize(items, portal, clock.GetUtcNow());
    }

    /// <summary>All-day events, one per item; the UID names the cycle and its subject, so an item keeps its event as its date moves.</summary>
    public static string Serialize(IEnumerable<DueItem> items, Uri portal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        var calendar = new Ical.Net.Calendar { ProductId = "-//School Improvement Portal//Due items//EN" };
        calendar.AddProperty("X-WR-CALNAME", "School improvement: due items");
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var item in items)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{item.Kind}-{item.Subject.Replace(':', '-')}@school-improvement",
                Summary = Summary(item),
                Description = $"Due {UkFormat.Date(item.DueOn)}. {new Uri(portal, item.Url)}",
                Url = new Uri(portal, item.Url),
                DtStart = new CalDateTime(item.DueOn),
                DtEnd = new CalDateTime(item.DueOn.AddDays(1)),
                DtStamp = stamp,
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The kind and the school (or, for a trust item, the board kind) only: never a source's own wording.</summary>
    private static string Summary(DueItem item)
    {
        if (item.SchoolName is { } school)
        {
            return $"{item.Kind.Label()}: {school}";
        }

        return item.Subject.StartsWith("board-kind:", StringComparison.Ordinal) && Enum.TryParse<BoardKind>(item.Subject["board-kind:".Length..], out var board)
            ? $"{item.Kind.Label()}: {board.Label()}"
            : item.Kind.Label();
    }
}

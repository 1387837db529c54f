using System.Globalization;
using System.Security.Claims;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Due;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>One thing on a day of the calendar: a due item (with whether it is overdue) or a review held.</summary>
public sealed record CalendarEntry(string KindLabel, string Subject, string Url, bool IsDue, bool Overdue);

public sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries);

/// <summary>A month of the trust calendar: the days that have something on them, and the months either side.</summary>
public sealed record CalendarPage(DateOnly FirstDay, string MonthLabel, string Previous, string Next, DateOnly Today, IReadOnlyList<CalendarDay> Days);

/// <summary>
/// The trust calendar (<c>/calendar?month=yyyy-MM</c>): the month's due items (every source, as on the due list, for the
/// schools the reader sees) and the reviews recorded in it, by date. A fixed number of queries whatever the number of schools.
/// </summary>
public sealed class CalendarQueries(DueListQueries due, ReviewQueries reviews, TimeProvider clock)
{
    public async Task<CalendarPage> MonthAsync(string? month, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = clock.Today();
        var first = DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year is >= 2000 and <= 2100
            ? parsed
            : new DateOnly(today.Year, today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var (items, schools) = await due.VisibleToAsync(user, today, ct);
        var held = await reviews.HeldAsync(first, last, schools?.ToList(), ct);
        var entries = items
            .Where(i => i.DueOn >= first && i.DueOn <= last)
            .Select(i => (Date: i.DueOn, Entry: new CalendarEntry($"{i.Kind.Label()} due", i.SchoolName ?? i.Title, i.Url, true, i.IsOverdue(today))))
            .Concat(held.Select(o => (Date: o.HeldOn, Entry: new CalendarEntry($"{o.KindLabel} held", o.School ?? o.BoardKind ?? "", $"/reviews/{o.Id}", false, false))));
        var days = entries
            .GroupBy(e => e.Date)
            .OrderBy(g => g.Key)
            .Select(g => new CalendarDay(g.Key, [.. g.Select(e => e.Entry).OrderBy(e => e.IsDue ? 0 : 1).ThenBy(e => e.Subject, StringComparer.Ordinal)]))
            .ToList();
        return new CalendarPage(
            first, first.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            first.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), first.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            today, days);
    }
}

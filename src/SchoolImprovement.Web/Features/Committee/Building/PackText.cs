using System.Globalization;
using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>How a pack words things: UK dates ("3 December 2026"), counts, short lists of school names, and the
/// "what changed since the last pack" lines that compare a section's school rows with the previous pack's.</summary>
public static class PackText
{
    /// <summary>How many names a change line lists before "and N more".</summary>
    public const int NamesListed = 5;

    public static string Date(DateOnly date) => PackFormat.Date(date);

    public static string Date(DateTime utc) => Date(UkClock.UkDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))));

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"1 school", "3 schools".</summary>
    public static string Count(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {many ?? one + "s"}";

    /// <summary>"A, B and C", or the first <see cref="NamesListed"/> "and 4 more".</summary>
    public static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        if (all.Count <= 1)
        {
            return all.Count == 0 ? "" : all[0];
        }

        if (all.Count > NamesListed)
        {
            return $"{string.Join(", ", all.Take(NamesListed))} and {all.Count - NamesListed} more";
        }

        return $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }

    /// <summary>
    /// The schools newly on a section's table and those no longer on it, against the same table (by caption) of the
    /// previous pack; nothing for the first pack. Row names are the first cell.
    /// </summary>
    public static IEnumerable<string> RowChanges(PackSection? previous, PackTable? current, string caption, string added, string removed)
    {
        if (previous is null)
        {
            yield break;
        }

        var before = previous.Tables.FirstOrDefault(t => t.Caption == caption)?.Rows ?? [];
        var now = current?.Rows ?? [];
        var beforeIds = before.Where(r => r.SchoolId is not null).Select(r => r.SchoolId!.Value).ToHashSet();
        var nowIds = now.Where(r => r.SchoolId is not null).Select(r => r.SchoolId!.Value).ToHashSet();
        var newly = now.Where(r => r.SchoolId is { } id && !beforeIds.Contains(id)).Select(Name).Distinct().ToList();
        var gone = before.Where(r => r.SchoolId is { } id && !nowIds.Contains(id)).Select(Name).Distinct().ToList();
        if (newly.Count > 0)
        {
            yield return $"{added}: {Names(newly)}.";
        }

        if (gone.Count > 0)
        {
            yield return $"{removed}: {Names(gone)}.";
        }
    }

    /// <summary>
    /// Items new since the previous pack and items the previous pack put to the committee that are no longer waiting
    /// (decided, withdrawn); nothing for the first pack.
    /// </summary>
    public static IEnumerable<string> ItemChanges(PackSection? previous, IReadOnlyList<PackItem> current, bool firstPack, string what)
    {
        if (firstPack)
        {
            yield break;
        }

        var before = previous?.Items ?? [];
        var beforeIds = before.Select(i => i.ItemId).ToHashSet();
        var nowIds = current.Select(i => i.ItemId).ToHashSet();
        var newly = current.Count(i => !beforeIds.Contains(i.ItemId));
        var carried = current.Count - newly;
        var gone = before.Count(i => !nowIds.Contains(i.ItemId));
        if (newly > 0)
        {
            yield return $"{Count(newly, what)} new since the last pack.";
        }

        if (carried > 0)
        {
            yield return $"{Count(carried, what)} carried over from the last pack.";
        }

        if (gone > 0)
        {
            yield return $"{Count(gone, what)} in the last pack no longer waiting.";
        }
    }

    /// <summary>The item's context with the committee's earlier deferral, when there is one.</summary>
    public static string WithDeferral(string context, Guid itemId, IReadOnlyDictionary<Guid, string> deferred) =>
        deferred.TryGetValue(itemId, out var note) ? $"{context} {note}" : context;

    private static string Name(PackRow row) => row.Cells.Count > 0 ? row.Cells[0].Text : "";
}

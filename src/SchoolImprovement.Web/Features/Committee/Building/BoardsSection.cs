using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.ConcernsOverview;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// The RAB and ILTC boards (DDAT §4, §5) with the summaries and key findings of their meetings held since the last pack
/// (Appendix 1 §2.2: "Meeting summaries and key findings will be reported to the Trust Board via the Education and
/// Standards Committee"). The active boards come from the trust view; one query of its own: the meetings held since.
/// </summary>
public sealed class BoardsSection(PortalDbContext db) : IPackSection
{
    public const string BoardsCaption = "Active boards";
    public const string FindingsCaption = "Meeting summaries and key findings";

    /// <summary>How much of a meeting's key findings (or its minutes, when it has none) the pack quotes.</summary>
    public const int FindingsLength = 600;

    public PackSectionKind Kind => PackSectionKind.Boards;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.Boards))
        {
            return null;
        }

        var overview = await reading.OverviewAsync(ct);
        var since = reading.Since;
        var meetingOn = reading.MeetingOn;
        var held = await db.BoardMeetings.AsNoTracking()
            .Where(m => m.Status == BoardMeetingStatus.Held && m.ScheduledOn >= since && m.ScheduledOn <= meetingOn)
            .Select(m => new
            {
                m.SchoolId,
                m.ScheduledOn,
                m.Quorate,
                Findings = m.KeyFindings != null ? m.KeyFindings.Substring(0, FindingsLength + 1) : m.Minutes != null ? m.Minutes.Substring(0, FindingsLength + 1) : null,
                Kind = db.Boards.Where(b => b.Id == m.BoardId).Select(b => b.Kind).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var boards = overview.Boards.Where(b => reading.IsOpen(b.SchoolId)).ToList();
        var meetings = held.Where(m => reading.IsOpen(m.SchoolId))
            .OrderBy(m => reading.SchoolName(m.SchoolId), StringComparer.Ordinal).ThenBy(m => m.ScheduledOn)
            .ToList();
        if (boards.Count == 0 && meetings.Count == 0)
        {
            return null;
        }

        var boardTable = new PackTable(
            BoardsCaption,
            ["School", "Board", "Ends on", "Quorate meetings", "Next meeting", "Attention"],
            [.. boards.OrderBy(b => b.School, StringComparer.Ordinal).Select(b => new PackRow(b.SchoolId, [
                new PackCell(b.School),
                new PackCell(b.Kind.ShortLabel()),
                new PackCell(PackText.Date(b.EndsOn)),
                new PackCell(b.QuorateMeetingsHeld.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new PackCell(b.NextMeeting is { } next ? PackText.Date(next) : "None scheduled", b.NextMeeting is null ? Rag.Amber : null),
                Attention(b, reading.MeetingOn),
            ]))]);
        var findingsTable = new PackTable(
            FindingsCaption,
            ["School", "Board", "Met on", "Quorate", "Key findings"],
            [.. meetings.Select(m => new PackRow(m.SchoolId, [
                new PackCell(reading.SchoolName(m.SchoolId)),
                new PackCell(m.Kind.ShortLabel()),
                new PackCell(PackText.Date(m.ScheduledOn)),
                new PackCell(m.Quorate == true ? "Yes" : "No", m.Quorate == true ? null : Rag.Amber),
                new PackCell(Shorten(m.Findings) ?? "No key findings recorded."),
            ]))]);
        var attention = boards.Count(b => b.PastEnd || b.NearEnd || b.MissingLinkRoles.Count > 0);
        var summary = $"{PackText.Count(boards.Count, "active board")}"
            + (boards.Count > 0 ? $" ({string.Join(", ", boards.GroupBy(b => b.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ShortLabel()}"))})" : "")
            + $"; {PackText.Count(meetings.Count, "meeting")} held since {(reading.FirstPack ? PackText.Date(since) : "the last pack")}"
            + $" ({meetings.Count(m => m.Quorate != true)} not quorate); {PackText.Count(attention, "board")} needing attention.";
        var changes = PackText.RowChanges(reading.PreviousSection(Kind), boardTable, BoardsCaption, "New boards", "Boards ended");
        return PackReading.Section(Kind, summary, changes, tables: [boardTable, findingsTable]);
    }

    private static PackCell Attention(BoardRow board, DateOnly meetingOn)
    {
        List<string> notes = [];
        if (board.PastEnd || board.EndsOn < meetingOn)
        {
            notes.Add("Past its end: extend or end it");
        }
        else if (board.NearEnd)
        {
            notes.Add("Near its end");
        }

        if (board.MissingLinkRoles.Count > 0)
        {
            notes.Add($"No {string.Join(", ", board.MissingLinkRoles.Select(r => r.Label()))} link");
        }

        return notes.Count == 0
            ? new PackCell("None", Rag.Green)
            : new PackCell(string.Join("; ", notes), board.PastEnd || board.EndsOn < meetingOn ? Rag.Red : Rag.Amber);
    }

    private static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > FindingsLength ? trimmed[..FindingsLength].TrimEnd() + "…" : trimmed;
    }
}

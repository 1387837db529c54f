using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// The termly SEF and SIP returns (DDAT §2): for the latest term whose returns fell due by the meeting, how many open
/// schools have returned every document, and the exceptions: the schools with a document overdue (red) or sent back for
/// changes (amber). One query: the latest version of each school's document for the term, read as the returns overview
/// reads it; the states come from <see cref="ReturnSchedule.StateOf"/>, counted to the meeting day.
/// </summary>
public sealed class ReturnsSection(PortalDbContext db) : IPackSection
{
    public const string Caption = "Schools with returns missing or sent back";

    public PackSectionKind Kind => PackSectionKind.Returns;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var requirements = reading.Policy.ReturnRequirements;
        if (requirements.Count == 0 || reading.Schools.Count == 0)
        {
            return null;
        }

        var meetingOn = reading.MeetingOn;
        var term = AcademicTerm.Containing(meetingOn);
        for (var back = 0; back < 3 && !requirements.Any(r => r.IsRequiredIn(term.Term) && ReturnSchedule.DueOn(r, term.Year, term.Term) < meetingOn); back++)
        {
            term = term.Plus(-1);
        }

        var (year, termOf) = (term.Year, term.Term);
        var documents = requirements.Where(r => r.IsRequiredIn(termOf)).OrderBy(r => r.Document).ToList();
        if (documents.Count == 0)
        {
            return null;
        }

        var latest = (await db.ReturnVersions.AsNoTracking()
                .Where(v => v.Year == year.StartYear && v.Term == termOf
                    && !db.ReturnVersions.Any(w => w.SchoolId == v.SchoolId && w.Document == v.Document && w.Year == v.Year && w.Term == v.Term && w.Number > v.Number))
                .Select(v => new { v.SchoolId, v.Document, v.Review })
                .ToListAsync(ct))
            .ToDictionary(v => (v.SchoolId, v.Document), v => v.Review);
        var states = reading.Schools.Values
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (School: s, States: documents.Select(r => (r.Document, State: ReturnSchedule.StateOf(
                r, year, termOf, meetingOn, latest.ContainsKey((s.Id, r.Document)), latest.TryGetValue((s.Id, r.Document), out var review) ? review : null))).ToList()))
            .ToList();
        var exceptions = states.Where(s => s.States.Any(d => d.State is ReturnState.Overdue or ReturnState.ChangesRequested)).ToList();
        var table = new PackTable(
            Caption,
            ["School", .. documents.Select(d => d.Document.ShortName())],
            [.. exceptions.Select(s => new PackRow(s.School.Id, [
                new PackCell(s.School.Name),
                .. s.States.Select(d => new PackCell(d.State.Label(), Rag(d.State))),
            ]))]);
        var returned = states.Count(s => s.States.All(d => d.State is ReturnState.Submitted or ReturnState.Reviewed));
        var missing = states.Count(s => s.States.Any(d => d.State == ReturnState.Overdue));
        var sentBack = states.Count(s => s.States.Any(d => d.State == ReturnState.ChangesRequested));
        var summary = $"{termOf} term {year}: {returned} of {PackText.Count(states.Count, "school")} have returned their "
            + $"{string.Join(" and ", documents.Select(d => d.Document.ShortName()))}; {missing} with a return overdue, {sentBack} with changes requested.";
        var changes = PackText.RowChanges(reading.PreviousSection(Kind), table, Caption, "Newly listed", "No longer listed");
        return PackReading.Section(Kind, summary, changes, tables: [table]);
    }

    private static Rag? Rag(ReturnState state) => state switch
    {
        ReturnState.Overdue => Domain.Assessment.Rag.Red,
        ReturnState.ChangesRequested => Domain.Assessment.Rag.Amber,
        ReturnState.Reviewed or ReturnState.Submitted => Domain.Assessment.Rag.Green,
        _ => null,
    };
}

using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Spotlight;

/// <summary>
/// One focused visit of a Spotlight project (DDAT §6): the school's strengths, the next steps agreed (followed up at
/// the next visit) and notes. Clear actions agreed at the visit go into the action tracker, sourced to the visit.
/// Recorded through <see cref="SpotlightProject.RecordVisit"/>; a visit is not edited afterwards.
/// </summary>
public sealed class SpotlightVisit : ITrustOwned
{
    public const int TextLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid SchoolId { get; private set; }
    public DateOnly VisitedOn { get; private set; }
    public string Strengths { get; private set; } = "";
    public string NextSteps { get; private set; } = "";
    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    private SpotlightVisit() { }

    internal static SpotlightVisit? Create(
        Guid projectId, Guid schoolId, DateOnly visitedOn, string? strengths, string? nextSteps, string? notes, Guid recordedBy, DateTimeOffset now, List<string> problems)
    {
        var strong = Text(strengths, "Record the school's strengths seen at the visit.", "The strengths", problems);
        var next = Text(nextSteps, "Record the next steps agreed: they are followed up at the next visit.", "The next steps", problems);
        var note = SpotlightProject.Trimmed(notes);
        if (note?.Length > TextLength)
        {
            problems.Add($"The notes can be at most {TextLength:N0} characters.");
        }

        return problems.Count > 0 ? null : new SpotlightVisit
        {
            Id = Guid.CreateVersion7(now),
            ProjectId = projectId,
            SchoolId = schoolId,
            VisitedOn = visitedOn,
            Strengths = strong!,
            NextSteps = next!,
            Notes = note,
            RecordedBy = recordedBy,
            RecordedAt = now.UtcDateTime,
        };
    }

    private static string? Text(string? text, string missing, string what, List<string> problems)
    {
        var trimmed = SpotlightProject.Trimmed(text);
        if (trimmed is null)
        {
            problems.Add(missing);
        }
        else if (trimmed.Length > TextLength)
        {
            problems.Add($"{what} can be at most {TextLength:N0} characters.");
        }

        return trimmed;
    }
}

using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// The Director of Learning's yearly check of a school's website against <see cref="WebsiteChecklist"/> (Vine policy
/// §4), with the same outcomes as SIP moderation: moderated, or changes needed with notes. One check is current per
/// school and academic year; a re-check in the same year supersedes it (<see cref="SupersededBy"/>), and both are kept.
/// </summary>
public sealed class WebsiteCheck : ITrustOwned, IVersioned
{
    public const int NotesMaximumLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }

    /// <summary>The academic year checked (its first calendar year), the one <see cref="CheckedOn"/> falls in.</summary>
    public int Year { get; private set; }

    public DateOnly CheckedOn { get; private set; }
    public Guid CheckedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>One finding per item the school had to publish when it was checked.</summary>
    public IReadOnlyList<WebsiteItemFinding> Findings { get; private set; } = [];

    public ModerationOutcome Outcome { get; private set; }

    /// <summary>What the school must change (required for <see cref="ModerationOutcome.ChangesNeeded"/>), or comments.</summary>
    public string? Notes { get; private set; }

    /// <summary>The re-check of the same year that replaced this one; null while it is the year's current check.</summary>
    public Guid? SupersededBy { get; private set; }

    private WebsiteCheck() { }

    /// <summary>
    /// Records a check. Refused (all the reasons at once) when an item the school must publish has no result, a result
    /// is unknown, the date is in the future, changes are needed without notes, or the website is moderated while an
    /// item is missing. Items that do not apply to the school are not kept.
    /// </summary>
    /// <param name="applicable">The items the school must publish (<see cref="WebsiteChecklist.For"/>).</param>
    public static WebsiteCheck Record(
        Guid schoolId, IReadOnlyList<WebsiteCheckItem> applicable, IReadOnlyList<WebsiteItemFinding> findings, ModerationOutcome outcome, string? notes,
        DateOnly checkedOn, DateOnly today, Guid checkedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(applicable);
        ArgumentNullException.ThrowIfNull(findings);
        var problems = new List<string>();
        if (checkedOn > today)
        {
            problems.Add("The date of the check cannot be in the future.");
        }

        var kept = new List<WebsiteItemFinding>();
        foreach (var item in applicable)
        {
            var finding = findings.FirstOrDefault(f => f.Key == item.Key);
            if (finding is null || !Enum.IsDefined(finding.Result))
            {
                problems.Add($"Say whether the website has: {item.Wording}.");
                continue;
            }

            var note = string.IsNullOrWhiteSpace(finding.Note) ? null : finding.Note.Trim();
            if (note?.Length > WebsiteChecklist.NoteMaximumLength)
            {
                problems.Add($"The note on \"{item.Wording}\" must be {WebsiteChecklist.NoteMaximumLength} characters or fewer.");
            }

            kept.Add(finding with { Note = note });
        }

        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (!Enum.IsDefined(outcome))
        {
            problems.Add("Choose the outcome: moderated, or changes needed.");
        }
        else if (outcome == ModerationOutcome.ChangesNeeded && trimmed is null)
        {
            problems.Add("Say what the school must change: changes needed requires notes.");
        }
        else if (outcome == ModerationOutcome.Moderated && kept.Any(f => f.Result == WebsiteItemResult.Missing))
        {
            problems.Add("The website cannot be moderated while an item is missing: choose changes needed and say what the school must publish.");
        }

        if (trimmed?.Length > NotesMaximumLength)
        {
            problems.Add($"Notes must be {NotesMaximumLength:N0} characters or fewer.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new WebsiteCheck
        {
            Id = Guid.CreateVersion7(),
            SchoolId = schoolId,
            Year = AcademicYear.Containing(checkedOn).StartYear,
            CheckedOn = checkedOn,
            CheckedBy = checkedBy,
            RecordedAt = at.UtcDateTime,
            Findings = kept,
            Outcome = outcome,
            Notes = trimmed,
        };
    }

    /// <summary>This check is replaced by a re-check of the same school in the same academic year.</summary>
    public void SupersedeWith(WebsiteCheck recheck)
    {
        ArgumentNullException.ThrowIfNull(recheck);
        if (SupersededBy is not null)
        {
            throw new DomainException("This check has already been replaced by a re-check.");
        }

        if (recheck.SchoolId != SchoolId || recheck.Year != Year)
        {
            throw new DomainException("A re-check replaces the check of the same school in the same academic year.");
        }

        SupersededBy = recheck.Id;
    }

    /// <summary>The website's state for an academic year from its current check there (none: the yearly check is due).</summary>
    public static WebsiteCheckState StateOf(ModerationOutcome? currentOutcome) => currentOutcome switch
    {
        ModerationOutcome.Moderated => WebsiteCheckState.Moderated,
        ModerationOutcome.ChangesNeeded => WebsiteCheckState.ChangesNeeded,
        _ => WebsiteCheckState.Due,
    };
}

/// <summary>Where a school's yearly website check stands.</summary>
public enum WebsiteCheckState
{
    /// <summary>Not yet checked this academic year.</summary>
    Due = 1,

    Moderated = 2,

    ChangesNeeded = 3,
}

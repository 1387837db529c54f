using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Cycles;

/// <summary>
/// One held review of a cycle: a school's development review or SIAMS preparation visit (Vine §4), a headteacher's
/// appraisal (DDAT §2; Vine §4), or the trust's review of one board kind's terms of reference (DDAT Appendix 1 and 2).
/// The next one falls due from the latest occurrence (<see cref="ReviewCycle"/>). Recorded once; not edited afterwards.
/// </summary>
public sealed class ReviewOccurrence : ITrustOwned
{
    public const int NameLength = 200;
    public const int NotesLength = 4000;
    public const int MostTeamMembers = 20;

    /// <summary>The kinds recorded as review occurrences (health checks and visit responses have their own records).</summary>
    public static IReadOnlyList<DueKind> Kinds { get; } =
        [DueKind.DevelopmentReview, DueKind.SiamsPreparation, DueKind.HeadteacherAppraisal, DueKind.TermsOfReferenceReview];

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public DueKind Kind { get; private set; }

    /// <summary>The school reviewed; null for a terms of reference review, which is the trust's.</summary>
    public Guid? SchoolId { get; private set; }

    /// <summary>The board kind whose terms of reference were reviewed; null for a school's review.</summary>
    public BoardKind? BoardKind { get; private set; }

    public DateOnly HeldOn { get; private set; }
    public ReviewLead? Lead { get; private set; }
    public string? LeadName { get; private set; }

    /// <summary>The review team by name: senior leaders from the trust's schools, partners (Vine §4).</summary>
    public IReadOnlyList<string> TeamMembers { get; private set; } = [];

    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    private ReviewOccurrence() { }

    /// <summary>
    /// Records a school's review (development review, SIAMS preparation, headteacher appraisal). Refused (all reasons at
    /// once) for another kind, a future date, a development review without its lead, or over-long text.
    /// </summary>
    public static ReviewOccurrence ForSchool(
        DueKind kind, Guid schoolId, DateOnly heldOn, ReviewLead? lead, string? leadName, IEnumerable<string?>? teamMembers, string? notes,
        Guid recordedBy, DateTimeOffset now, DateOnly today)
    {
        var problems = new List<string>();
        if (kind is not (DueKind.DevelopmentReview or DueKind.SiamsPreparation or DueKind.HeadteacherAppraisal))
        {
            problems.Add("Choose a development review, a SIAMS preparation visit or a headteacher appraisal.");
        }

        var occurrence = Create(kind, heldOn, lead, leadName, teamMembers, notes, recordedBy, now, today, problems);
        occurrence.SchoolId = schoolId;
        return occurrence;
    }

    /// <summary>Records the trust's yearly review of one board kind's terms of reference.</summary>
    public static ReviewOccurrence ForTermsOfReference(
        BoardKind boardKind, DateOnly heldOn, ReviewLead? lead, string? leadName, IEnumerable<string?>? teamMembers, string? notes,
        Guid recordedBy, DateTimeOffset now, DateOnly today)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(boardKind))
        {
            problems.Add("Choose the board whose terms of reference were reviewed.");
        }

        var occurrence = Create(DueKind.TermsOfReferenceReview, heldOn, lead, leadName, teamMembers, notes, recordedBy, now, today, problems);
        occurrence.BoardKind = boardKind;
        return occurrence;
    }

    private static ReviewOccurrence Create(
        DueKind kind, DateOnly heldOn, ReviewLead? lead, string? leadName, IEnumerable<string?>? teamMembers, string? notes,
        Guid recordedBy, DateTimeOffset now, DateOnly today, List<string> problems)
    {
        if (heldOn > today)
        {
            problems.Add("A review is recorded once it is held: the date cannot be in the future.");
        }

        if (lead is { } l && !Enum.IsDefined(l))
        {
            problems.Add("Choose who led the review.");
        }

        var name = Trimmed(leadName);
        if (kind == DueKind.DevelopmentReview)
        {
            if (lead is null)
            {
                problems.Add("Say who led the development review: the central team, a school or an external partner.");
            }

            if (name is null)
            {
                problems.Add("Give the name of the development review's lead.");
            }
        }

        if (name?.Length > NameLength)
        {
            problems.Add($"The lead's name can be at most {NameLength} characters.");
        }

        List<string> team = [.. (teamMembers ?? []).Select(Trimmed).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        if (team.Count > MostTeamMembers)
        {
            problems.Add($"A review team can name at most {MostTeamMembers} members.");
        }

        if (team.Any(m => m.Length > NameLength))
        {
            problems.Add($"A team member's name can be at most {NameLength} characters.");
        }

        var note = Trimmed(notes);
        if (note?.Length > NotesLength)
        {
            problems.Add($"The notes can be at most {NotesLength:N0} characters.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new ReviewOccurrence
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            HeldOn = heldOn,
            Lead = lead,
            LeadName = name,
            TeamMembers = team,
            Notes = note,
            RecordedBy = recordedBy,
            RecordedAt = now.UtcDateTime,
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

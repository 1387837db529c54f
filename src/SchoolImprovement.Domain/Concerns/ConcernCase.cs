using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Concerns;

/// <summary>
/// A school causing concern (DDAT §3): the role the trust's profile names recommends the school to the CEO with
/// the grounds, the evidence and the proposed response (one of the profile's board kinds); the CEO designates or
/// declines with reasons. A designation marks the school (<see cref="School.CausingConcernSince"/>) and is queued to
/// inform the Education and Standards Committee until that is recorded. The CEO recommends exit; the committee's
/// decision ends the designation (accepted) or keeps it (rejected). A school has at most one open case. Every step
/// is kept in <see cref="Events"/>.
/// </summary>
public sealed class ConcernCase : ITrustOwned, IVersioned
{
    public const int TextLength = 8000;

    private readonly List<ConcernCaseEvent> _events = [];

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public IReadOnlyList<ConcernGround> Grounds { get; private set; } = [];
    public string Evidence { get; private set; } = "";
    public BoardKind ProposedResponse { get; private set; }
    public ConcernStatus Status { get; private set; }
    public Guid RecommendedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecommendedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionReasons { get; private set; }
    public DateOnly? DesignatedOn { get; private set; }
    public Guid? ExitRecommendedBy { get; private set; }
    public DateTime? ExitRecommendedAt { get; private set; }
    public string? ExitReasons { get; private set; }
    public DateOnly? ExitedOn { get; private set; }

    /// <summary>When the Education and Standards Committee was informed of the designation; null while it is queued to be.</summary>
    public DateOnly? CommitteeInformedOn { get; private set; }

    /// <summary>The case's history, oldest first once ordered by <see cref="ConcernCaseEvent.At"/>.</summary>
    public IReadOnlyList<ConcernCaseEvent> Events => _events;

    public bool IsOpen => Status.IsOpen();

    /// <summary>Designated (or exit recommended) and the committee not yet told: queued to inform the E&amp;S Committee.</summary>
    public bool AwaitsCommitteeNotice => DesignatedOn is not null && CommitteeInformedOn is null;

    private ConcernCase() { }

    /// <summary>
    /// A recommendation to the CEO. Refused (all reasons at once) without a ground, without evidence, with a proposed
    /// response that is not one of the trust's board kinds, for a closed school, or while the school has an open case.
    /// </summary>
    /// <param name="boardKinds">The board kinds of the trust's profile (<c>PolicyProfile.BoardKinds</c>).</param>
    /// <param name="schoolHasOpenCase">Whether the school already has a recommended, designated or exit-recommended case.</param>
    public static ConcernCase Recommend(
        School school, IReadOnlyCollection<ConcernGround> grounds, string? evidence, BoardKind proposedResponse,
        IReadOnlyCollection<BoardKind> boardKinds, bool schoolHasOpenCase, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(grounds);
        ArgumentNullException.ThrowIfNull(boardKinds);
        school.EnsureOpenFor("recommended as causing concern");
        var problems = new List<string>();
        if (schoolHasOpenCase)
        {
            problems.Add("This school already has an open concern case: continue that case instead.");
        }

        if (grounds.Count == 0)
        {
            problems.Add("Choose at least one ground for the concern.");
        }
        else if (grounds.Any(g => !Enum.IsDefined(g)))
        {
            problems.Add("Choose the grounds from the policy's list.");
        }

        var text = Text(evidence, "Give the evidence for the concern.", problems);
        if (!boardKinds.Contains(proposedResponse))
        {
            problems.Add($"Choose the proposed response from the trust's boards: {string.Join(", ", boardKinds.Select(k => k.Label()))}.");
        }

        Throw(problems);
        var concern = new ConcernCase
        {
            Id = Guid.CreateVersion7(at),
            SchoolId = school.Id,
            Grounds = [.. grounds.Distinct().Order()],
            Evidence = text!,
            ProposedResponse = proposedResponse,
            Status = ConcernStatus.Recommended,
            RecommendedBy = by,
            RecommendedAt = at.UtcDateTime,
        };
        concern.Record(ConcernEventKind.Recommended, by, at, null);
        return concern;
    }

    /// <summary>The CEO designates the recommended school causing concern: the school is marked from <paramref name="today"/>, and the committee is to be informed.</summary>
    public void Designate(School school, string? reasons, Guid by, DateTimeOffset at, DateOnly today)
    {
        RequireSchool(school);
        RequireStatus(ConcernStatus.Recommended, "Only a recommended school can be designated");
        var problems = new List<string>();
        var text = Text(reasons, null, problems);
        Throw(problems);
        Status = ConcernStatus.Designated;
        DecidedBy = by;
        DecidedAt = at.UtcDateTime;
        DecisionReasons = text;
        DesignatedOn = today;
        school.CausingConcernSince = today;
        Record(ConcernEventKind.Designated, by, at, text);
    }

    /// <summary>The CEO declines the recommendation, with reasons; the school is not marked.</summary>
    public void Decline(string? reasons, Guid by, DateTimeOffset at)
    {
        RequireStatus(ConcernStatus.Recommended, "Only a recommended school can be declined");
        var problems = new List<string>();
        var text = Text(reasons, "Give the reasons for declining the recommendation.", problems);
        Throw(problems);
        Status = ConcernStatus.Declined;
        DecidedBy = by;
        DecidedAt = at.UtcDateTime;
        DecisionReasons = text;
        Record(ConcernEventKind.Declined, by, at, text);
    }

    /// <summary>The committee has been informed of the designation (and the action required to improve), once, on a day from the designation to today.</summary>
    public void RecordCommitteeInformed(DateOnly on, DateOnly today, Guid by, DateTimeOffset at)
    {
        if (DesignatedOn is null)
        {
            throw new DomainException("The committee is informed of a designation: this school has not been designated.");
        }

        if (CommitteeInformedOn is not null)
        {
            throw new DomainException($"The committee was already informed on {CommitteeInformedOn:d MMMM yyyy}.");
        }

        if (on > today)
        {
            throw new DomainException("The date the committee was informed cannot be in the future.");
        }

        if (on < DesignatedOn)
        {
            throw new DomainException("The committee cannot have been informed before the school was designated.");
        }

        CommitteeInformedOn = on;
        Record(ConcernEventKind.CommitteeInformed, by, at, null);
    }

    /// <summary>The CEO recommends to the committee that the school exits, with reasons; only while designated.</summary>
    public void RecommendExit(string? reasons, Guid by, DateTimeOffset at)
    {
        RequireStatus(ConcernStatus.Designated, "Exit can only be recommended for a school causing concern");
        var problems = new List<string>();
        var text = Text(reasons, "Give the reasons for recommending exit.", problems);
        Throw(problems);
        Status = ConcernStatus.ExitRecommended;
        ExitRecommendedBy = by;
        ExitRecommendedAt = at.UtcDateTime;
        ExitReasons = text;
        Record(ConcernEventKind.ExitRecommended, by, at, text);
    }

    /// <summary>
    /// The committee's decision on the recommended exit: accepted ends the designation (the school's mark is cleared
    /// from <paramref name="today"/>); rejected returns the case to designated, the recommendation kept in the history.
    /// </summary>
    public void RecordCommitteeExitDecision(School school, bool accepted, string? notes, Guid by, DateTimeOffset at, DateOnly today)
    {
        RequireSchool(school);
        RequireStatus(ConcernStatus.ExitRecommended, "The committee decides on an exit once it has been recommended");
        var problems = new List<string>();
        var text = Text(notes, accepted ? null : "Say why the committee rejected the exit.", problems);
        Throw(problems);
        if (accepted)
        {
            Status = ConcernStatus.Exited;
            ExitedOn = today;
            school.CausingConcernSince = null;
            Record(ConcernEventKind.ExitAccepted, by, at, text);
        }
        else
        {
            Status = ConcernStatus.Designated;
            ExitRecommendedBy = null;
            ExitRecommendedAt = null;
            ExitReasons = null;
            Record(ConcernEventKind.ExitRejected, by, at, text);
        }
    }

    /// <summary>A step taken on the case's external support (<see cref="ExternalSupportRequest"/>), in the case's history.</summary>
    internal void Record(ConcernEventKind what, Guid by, DateTimeOffset at, string? reason) =>
        _events.Add(new ConcernCaseEvent(Id, what, by, at, reason));

    /// <summary>Whether external support can be requested: only for a designated school (or one whose exit is awaiting the committee).</summary>
    public bool IsDesignated => Status is ConcernStatus.Designated or ConcernStatus.ExitRecommended;

    private void RequireSchool(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        if (school.Id != SchoolId)
        {
            throw new InvalidOperationException("The school is not the concern case's.");
        }
    }

    private void RequireStatus(ConcernStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException($"{action}; this case is {Status.Label().ToLowerInvariant()}.");
        }
    }

    internal static string? Text(string? text, string? missing, List<string> problems, int length = TextLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is null && missing is not null)
        {
            problems.Add(missing);
        }

        if (trimmed?.Length > length)
        {
            problems.Add($"Text can be at most {length:N0} characters.");
        }

        return trimmed;
    }

    internal static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }
    }
}

using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Spotlight;

/// <summary>
/// A Spotlight project (DDAT policy §6): a school whose attainment dropped and whose outcomes are consistently
/// below national gets focused visits every half term from its allocated officer, with a member of the local
/// committee involved; strengths are built upon and next steps agreed and followed up in successive visits.
/// Opened from the data dashboard's candidates or by hand with a reason; one open project per school; closed
/// with an outcome, after which no visit is recorded.
/// </summary>
public sealed class SpotlightProject : ITrustOwned, IVersioned
{
    public const int ReasonLength = 2000;
    public const int NameLength = 200;
    public const int OutcomeLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public SpotlightOrigin Origin { get; private set; }

    /// <summary>Why the school is in the Spotlight: the candidate's results, or the improvement team's reason.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The allocated officer who makes the focused visits.</summary>
    public Guid OfficerUserId { get; private set; }

    /// <summary>The local committee member involved in the discussions, when they have an account.</summary>
    public Guid? LocalCommitteeMemberUserId { get; private set; }

    /// <summary>The local committee member's name when they have no account (or as recorded).</summary>
    public string? LocalCommitteeMemberName { get; private set; }

    public DateOnly OpenedOn { get; private set; }
    public SpotlightStatus Status { get; private set; }

    /// <summary>The date of the latest focused visit, kept on the project so lists read it without the visits.</summary>
    public DateOnly? LastVisitOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public string? Outcome { get; private set; }

    private SpotlightProject() { }

    /// <summary>
    /// Opens a project. Refused (all the reasons at once) without a reason, without an allocated officer, without a
    /// local committee member (a person or a name), or dated in the future. The caller makes sure the school has no
    /// other open project (<see cref="EnsureNoneOpen"/>; the database holds it too).
    /// </summary>
    public static SpotlightProject Open(
        Guid schoolId, SpotlightOrigin origin, string? reason, Guid? officerUserId, Guid? localCommitteeMemberUserId, string? localCommitteeMemberName,
        DateOnly openedOn, DateOnly today)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(origin))
        {
            problems.Add("Say whether the project comes from a Spotlight candidate or is opened by hand.");
        }

        var why = Trimmed(reason);
        if (why is null)
        {
            problems.Add(origin == SpotlightOrigin.Candidate
                ? "Give the reason: the candidate's results that put the school in the Spotlight."
                : "Give the reason for opening a Spotlight project by hand.");
        }
        else if (why.Length > ReasonLength)
        {
            problems.Add($"The reason can be at most {ReasonLength:N0} characters.");
        }

        if (officerUserId is null || officerUserId == Guid.Empty)
        {
            problems.Add("Choose the allocated officer who makes the focused visits.");
        }

        var name = Trimmed(localCommitteeMemberName);
        if (localCommitteeMemberUserId is null && name is null)
        {
            problems.Add("Choose the local committee member involved, or give their name.");
        }
        else if (name?.Length > NameLength)
        {
            problems.Add($"The local committee member's name can be at most {NameLength} characters.");
        }

        if (openedOn > today)
        {
            problems.Add("A project cannot be opened on a future date.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new SpotlightProject
        {
            Id = Guid.CreateVersion7(),
            SchoolId = schoolId,
            Origin = origin,
            Reason = why!,
            OfficerUserId = officerUserId!.Value,
            LocalCommitteeMemberUserId = localCommitteeMemberUserId,
            LocalCommitteeMemberName = name,
            OpenedOn = openedOn,
            Status = SpotlightStatus.Open,
        };
    }

    /// <summary>Refuses a second open project for a school: one project at a time follows the school's visits.</summary>
    public static void EnsureNoneOpen(bool schoolHasOpenProject)
    {
        if (schoolHasOpenProject)
        {
            throw new DomainException("This school already has an open Spotlight project: record visits there, or close it first.");
        }
    }

    public bool IsOpen => Status == SpotlightStatus.Open;

    /// <summary>
    /// Records a focused visit: strengths and next steps are required (DDAT §6: strengths built upon, next steps agreed
    /// and followed up), notes optional. Refused on a closed project, before the project opened, or in the future.
    /// </summary>
    public SpotlightVisit RecordVisit(DateOnly visitedOn, string? strengths, string? nextSteps, string? notes, Guid recordedBy, DateOnly today, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("This Spotlight project is closed: no more visits are recorded.");
        }

        var problems = new List<string>();
        if (visitedOn > today)
        {
            problems.Add("A visit cannot be recorded for a future date.");
        }

        if (visitedOn < OpenedOn)
        {
            problems.Add("A visit cannot be before the project was opened.");
        }

        var visit = SpotlightVisit.Create(Id, SchoolId, visitedOn, strengths, nextSteps, notes, recordedBy, now, problems);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        if (LastVisitOn is null || visitedOn > LastVisitOn)
        {
            LastVisitOn = visitedOn;
        }

        return visit!;
    }

    /// <summary>Closes the project with its outcome (required), on or after the day it opened and not in the future.</summary>
    public void Close(string? outcome, DateOnly closedOn, DateOnly today)
    {
        if (!IsOpen)
        {
            throw new DomainException("This Spotlight project is already closed.");
        }

        var problems = new List<string>();
        var text = Trimmed(outcome);
        if (text is null)
        {
            problems.Add("Record the outcome of the project.");
        }
        else if (text.Length > OutcomeLength)
        {
            problems.Add($"The outcome can be at most {OutcomeLength:N0} characters.");
        }

        if (closedOn > today)
        {
            problems.Add("A project cannot be closed on a future date.");
        }

        if (closedOn < OpenedOn)
        {
            problems.Add("A project cannot be closed before it was opened.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        Status = SpotlightStatus.Closed;
        ClosedOn = closedOn;
        Outcome = text;
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Linq.Expressions;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Actions;

/// <summary>
/// One action for a school: what, who owns it (a role and/or a person), by when, its status, and
/// the headteacher's evidence of impact. Overdue when past its due date and not done or dropped.
/// </summary>
public sealed class ImprovementAction : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Title { get; private set; } = "";
    public ActionSource Source { get; private set; }

    /// <summary>The record that gave rise to the action (e.g. the confirmed categorisation).</summary>
    public Guid? SourceId { get; private set; }

    public string? OwnerRole { get; private set; }
    public Guid? OwnerUserId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public string? DroppedReason { get; private set; }
    public string? EvidenceOfImpact { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private ImprovementAction() { }

    /// <summary>Creates an action. A new action cannot be due in the past.</summary>
    public static ImprovementAction Create(Guid schoolId, string title, ActionSource source, Guid? sourceId, string? ownerRole, Guid? ownerUserId, DateOnly dueOn, DateOnly today, DateTimeOffset now)
    {
        if (dueOn < today)
        {
            throw new DomainException("A new action cannot be due in the past.");
        }

        var action = new ImprovementAction
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = schoolId,
            Source = source,
            SourceId = sourceId,
            Status = ActionStatus.Open,
            CreatedAt = now,
        };
        action.Revise(title, ownerRole, ownerUserId, dueOn);
        return action;
    }

    public bool IsClosed => Status is ActionStatus.Done or ActionStatus.Dropped;

    /// <summary><see cref="IsClosed"/>'s opposite as a query condition, for lists read from the database.</summary>
    public static readonly Expression<Func<ImprovementAction, bool>> IsOpenCondition =
        a => a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped;

    public bool IsOverdue(DateOnly today) => !IsClosed && DueOn < today;

    /// <summary>Edits what, who and when. A closed action cannot be edited.</summary>
    public void Revise(string title, string? ownerRole, Guid? ownerUserId, DateOnly dueOn)
    {
        if (Status is ActionStatus.Done or ActionStatus.Dropped)
        {
            throw new DomainException("A done or dropped action cannot be edited.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("An action needs a title.");
        }

        if (string.IsNullOrWhiteSpace(ownerRole) && ownerUserId is null)
        {
            throw new DomainException("An action needs an owner: a role, a person or both.");
        }

        Title = title.Trim();
        OwnerRole = string.IsNullOrWhiteSpace(ownerRole) ? null : ownerRole.Trim();
        OwnerUserId = ownerUserId;
        DueOn = dueOn;
    }

    public void Start() => MoveTo(ActionStatus.InProgress);

    public void Complete() => MoveTo(ActionStatus.Done);

    public void Reopen()
    {
        if (Status != ActionStatus.Done && Status != ActionStatus.Dropped)
        {
            throw new DomainException("Only a done or dropped action can be reopened.");
        }

        Status = ActionStatus.Open;
        DroppedReason = null;
    }

    public void Drop(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the action is being dropped.");
        }

        MoveTo(ActionStatus.Dropped);
        DroppedReason = reason.Trim();
    }

    /// <summary>The headteacher's evidence of the action's impact.</summary>
    public void RecordImpact(string evidence)
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainException("Describe the evidence of impact.");
        }

        EvidenceOfImpact = evidence.Trim();
    }

    private void MoveTo(ActionStatus next)
    {
        if (IsClosed)
        {
            throw new DomainException($"This action is already {Status.Label().ToLowerInvariant()}.");
        }

        Status = next;
    }
}

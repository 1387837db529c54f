using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

/// <summary>One step of an ILTC's recruitment of a local committee (DDAT Appendix 2 §7), tracked to done.</summary>
public sealed class RecruitmentStep : ITrustOwned
{
    public const int NotesLength = 2000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid BoardId { get; private set; }
    public RecruitmentStepKind Kind { get; private set; }
    public RecruitmentStepStatus Status { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>When the step was last updated, and by whom (null until someone updates it).</summary>
    public DateOnly? UpdatedOn { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public bool IsDone => Status == RecruitmentStepStatus.Done;

    private RecruitmentStep() { }

    internal RecruitmentStep(Guid boardId, RecruitmentStepKind kind)
    {
        Id = Guid.CreateVersion7();
        BoardId = boardId;
        Kind = kind;
        Status = RecruitmentStepStatus.NotStarted;
    }

    internal void Update(RecruitmentStepStatus status, string? notes, DateOnly on, Guid by)
    {
        Status = status;
        Notes = notes;
        UpdatedOn = on;
        UpdatedBy = by;
    }
}

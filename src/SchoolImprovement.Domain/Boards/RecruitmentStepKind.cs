namespace SchoolImprovement.Domain.Boards;

/// <summary>The ILTC's recruitment and training of local committee members (DDAT Appendix 2 §7).</summary>
public enum RecruitmentStepKind
{
    /// <summary>7.1: "hold parent and staff elections".</summary>
    Elections = 1,

    /// <summary>7.2: "Liaise with the Diocesan Board of Education or Parochial Church Council representative … to recruit Trust Governors".</summary>
    DiocesanAndTrustGovernors = 2,

    /// <summary>7.3: "Create a recruitment campaign".</summary>
    RecruitmentCampaign = 3,

    /// <summary>7.4: "Ensure all newly recruited LTC members receive access to training".</summary>
    NewMemberTraining = 4,
}

public enum RecruitmentStepStatus
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
}

public static class RecruitmentSteps
{
    public static IReadOnlyList<RecruitmentStepKind> All { get; } = Enum.GetValues<RecruitmentStepKind>();

    public static string Label(this RecruitmentStepKind kind) => kind switch
    {
        RecruitmentStepKind.Elections => "Parent and staff elections",
        RecruitmentStepKind.DiocesanAndTrustGovernors => "Diocesan and trust governors recruited",
        RecruitmentStepKind.RecruitmentCampaign => "Recruitment campaign",
        RecruitmentStepKind.NewMemberTraining => "Training for newly recruited members",
        _ => kind.ToString(),
    };

    public static string Label(this RecruitmentStepStatus status) => status switch
    {
        RecruitmentStepStatus.NotStarted => "Not started",
        RecruitmentStepStatus.InProgress => "In progress",
        RecruitmentStepStatus.Done => "Done",
        _ => status.ToString(),
    };
}

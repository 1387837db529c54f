namespace SchoolImprovement.Domain.Categorisation;

/// <summary>
/// What categorisation is informed by (Vine policy §3): school self-evaluation; school
/// improvement priorities; pupil outcomes including academic achievement, behaviour and
/// attendance; the quality of the curriculum; inspection findings (Ofsted and SIAMS); internal
/// review outcomes; governance evaluation.
/// </summary>
public enum EvidenceSource
{
    SchoolSelfEvaluation = 1,
    ImprovementPriorities = 2,
    PupilOutcomes = 3,
    CurriculumQuality = 4,
    InspectionFindings = 5,
    InternalReviewOutcomes = 6,
    GovernanceEvaluation = 7,
}

public static class EvidenceSources
{
    public static IReadOnlyList<EvidenceSource> All { get; } = Enum.GetValues<EvidenceSource>();

    public static string Label(this EvidenceSource source) => source switch
    {
        EvidenceSource.SchoolSelfEvaluation => "School self-evaluation",
        EvidenceSource.ImprovementPriorities => "School improvement priorities",
        EvidenceSource.PupilOutcomes => "Pupil outcomes, including achievement, behaviour and attendance",
        EvidenceSource.CurriculumQuality => "The quality of the curriculum",
        EvidenceSource.InspectionFindings => "Inspection findings (Ofsted and SIAMS)",
        EvidenceSource.InternalReviewOutcomes => "Internal review outcomes",
        EvidenceSource.GovernanceEvaluation => "Governance evaluation",
        _ => source.ToString(),
    };
}

/// <summary>The officer's judgement on one evidence source: the category it points to, and notes.</summary>
public sealed record EvidenceJudgement(EvidenceSource Source, string Judgement, string Notes);

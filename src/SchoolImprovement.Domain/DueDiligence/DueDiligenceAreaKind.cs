namespace SchoolImprovement.Domain.DueDiligence;

/// <summary>The two halves of the due diligence template (Vine Appendix A): academic and financial due diligence.</summary>
public enum DueDiligenceStrand
{
    Academic = 1,
    Financial = 2,
}

/// <summary>
/// The areas of the due diligence template (Vine Appendix A), each given a RAG risk assessment and comments:
/// six academic areas, then ten financial ones, in the template's order.
/// </summary>
public enum DueDiligenceAreaKind
{
    VisionAndGovernance = 1,
    DevelopmentAndStrategicPlanning = 2,
    CurriculumDevelopment = 3,
    AdmissionsMarketingCommunications = 4,
    Safeguarding = 5,
    AcademicAttainmentAndProgress = 6,

    GeneralInformation = 7,
    Finance = 8,
    Staffing = 9,
    Governance = 10,
    SkillsMatrix = 11,
    Contracts = 12,
    Capital = 13,
    RelatedPartyTransactions = 14,
    Premises = 15,
    Other = 16,
}

public static class DueDiligenceAreas
{
    /// <summary>Every area in the template's order: the academic areas, then the financial ones.</summary>
    public static IReadOnlyList<DueDiligenceAreaKind> All { get; } = Enum.GetValues<DueDiligenceAreaKind>();

    public static IReadOnlyList<DueDiligenceStrand> Strands { get; } = Enum.GetValues<DueDiligenceStrand>();

    /// <summary>The areas of one strand, in the template's order.</summary>
    public static IReadOnlyList<DueDiligenceAreaKind> Of(DueDiligenceStrand strand) => [.. All.Where(a => a.Strand() == strand)];

    public static DueDiligenceStrand Strand(this DueDiligenceAreaKind area) =>
        area <= DueDiligenceAreaKind.AcademicAttainmentAndProgress ? DueDiligenceStrand.Academic : DueDiligenceStrand.Financial;

    /// <summary>The template's own wording (Vine Appendix A).</summary>
    public static string Label(this DueDiligenceAreaKind area) => area switch
    {
        DueDiligenceAreaKind.VisionAndGovernance => "Vision and Governance",
        DueDiligenceAreaKind.DevelopmentAndStrategicPlanning => "Development and Strategic Planning",
        DueDiligenceAreaKind.CurriculumDevelopment => "Curriculum Development",
        DueDiligenceAreaKind.AdmissionsMarketingCommunications => "Admissions Marketing / Communications strategy",
        DueDiligenceAreaKind.Safeguarding => "Safeguarding",
        DueDiligenceAreaKind.AcademicAttainmentAndProgress => "Academic Attainment and Progress",
        DueDiligenceAreaKind.GeneralInformation => "General Information",
        DueDiligenceAreaKind.Finance => "Finance",
        DueDiligenceAreaKind.Staffing => "Staffing",
        DueDiligenceAreaKind.Governance => "Governance",
        DueDiligenceAreaKind.SkillsMatrix => "Skills Matrix",
        DueDiligenceAreaKind.Contracts => "Contracts",
        DueDiligenceAreaKind.Capital => "Capital",
        DueDiligenceAreaKind.RelatedPartyTransactions => "Related Party Transactions",
        DueDiligenceAreaKind.Premises => "Premises",
        DueDiligenceAreaKind.Other => "Other",
        _ => area.ToString(),
    };

    /// <summary>The template's headings: "Academic Due Diligence", "Financial Due Diligence".</summary>
    public static string Label(this DueDiligenceStrand strand) => strand switch
    {
        DueDiligenceStrand.Academic => "Academic Due Diligence",
        DueDiligenceStrand.Financial => "Financial Due Diligence",
        _ => strand.ToString(),
    };
}

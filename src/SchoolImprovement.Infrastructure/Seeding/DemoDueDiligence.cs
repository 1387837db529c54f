using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo due diligence (Vine §5, Appendix A) for a trust whose policy uses it (the Vine demo trust): one joining school,
/// not yet on the register, with due diligence in progress: the head of the template filled in, the evidence gathered,
/// and some academic and financial areas rated with comments, the rest still to rate. Adds only; the caller saves.
/// </summary>
public static class DemoDueDiligence
{
    /// <summary>The joining school's URN: on no demo register, so completing it in the demo adds it.</summary>
    public const int JoiningUrn = 290010;

    public const string JoiningSchool = "Danbury Common CE Primary School";

    public static void AddFor(PortalDbContext db, PolicyContent policy, Guid directorOfLearning, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        if (!policy.Uses(PolicyCapability.DueDiligence))
        {
            return;
        }

        var assessment = DueDiligenceAssessment.Start(
            new DueDiligenceDetails(JoiningSchool, JoiningUrn, "Mrs A. Harding", "Revd P. Okafor", "Tuesday 10 November, 9:30am, at the school", "The CEO and the Director of Learning"),
            directorOfLearning, now.AddDays(-16));
        assessment.Record(
            assessment.Details(),
            new DueDiligenceNarrative(
                "School self-evaluation and improvement plan; governors' minutes for the last year; the single central record; KS2 results 2023 to 2025; budget monitoring reports.",
                "A warm, inclusive school with a clear Christian vision. Leaders know the school's strengths; the curriculum is being rewritten.",
                "The school's finances were reviewed from the last three years' accounts and the current budget.",
                null),
            [
                new(DueDiligenceAreaKind.VisionAndGovernance, Rag.Green, "The vision is lived out; governors know the school well."),
                new(DueDiligenceAreaKind.DevelopmentAndStrategicPlanning, Rag.Amber, "The improvement plan lacks measurable milestones."),
                new(DueDiligenceAreaKind.CurriculumDevelopment, Rag.Amber, "Foundation subjects are being rewritten; history and geography sequencing is at an early stage."),
                new(DueDiligenceAreaKind.Safeguarding, Rag.Green, "The single central record is complete; training is up to date."),
                new(DueDiligenceAreaKind.GeneralInformation, Rag.Green, null),
                new(DueDiligenceAreaKind.Finance, Rag.Red, "An in-year deficit is forecast for 2026/27; the recovery plan is not yet agreed."),
                new(DueDiligenceAreaKind.Premises, Rag.Amber, "The roof of the Key Stage 1 block needs replacing within two years."),
            ]);
        db.DueDiligenceAssessments.Add(assessment);
    }
}

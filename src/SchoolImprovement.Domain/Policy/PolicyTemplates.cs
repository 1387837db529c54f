using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;

namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Starting profiles taken from the two seed policies. A new trust starts from one of them and
/// its administrator edits it to match the trust's own policy.
/// </summary>
public static class PolicyTemplates
{
    public const string Vine = "Vine Schools Trust policy A001";
    public const string Ddat = "DDAT school improvement policy 2026";

    /// <summary>DDAT §3: a standard response the portal carries out as the concern workflow, not as a tracker action.</summary>
    public const string DdatRecommendCausingConcern = "The Deputy CEO recommends the school to the CEO as a school causing concern.";

    /// <summary>DDAT §4–5: carried out by forming a board.</summary>
    public const string DdatFormBoard = "A Raising Achievement Board (RAB) or Interim Local Trust Committee (ILTC) is formed for two terms in the first instance.";

    /// <summary>DDAT §6: carried out as a Spotlight project.</summary>
    public const string DdatSpotlightProject = "Spotlight Project: focused visits every half term by the allocated SSIO with clear actions.";

    /// <summary>DDAT §6: part of the Spotlight project (its local committee member).</summary>
    public const string DdatSpotlightLocalCommittee = "A member of the Local Trust Committee is involved in the discussions.";

    /// <summary>
    /// Standard responses of the DDAT template that the portal carries out as workflows (concern designation,
    /// boards, Spotlight projects): the demo records them as those workflows' records, not as actions.
    /// </summary>
    public static IReadOnlyList<string> DdatWorkflowResponses { get; } = [DdatRecommendCausingConcern, DdatFormBoard, DdatSpotlightProject, DdatSpotlightLocalCommittee];

    public static IReadOnlyList<string> Names { get; } = [Vine, Ddat];

    public static PolicyContent ByName(string name) => name switch
    {
        Vine => VineSchoolsTrust(),
        Ddat => DerbyDiocesanAcademyTrust(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown policy template."),
    };

    /// <summary>
    /// Vine policy A001: §3 categorisation table (a trust improvement board "may be formed" for a school at
    /// Risk; its policy sets no quorum or period, so whoever forms one sets them), the Director of Learning
    /// leading the response for schools causing concern and the CEO deciding (§4), §4 support allocations
    /// (SIL 7.5 days plus one for performance management; SLE up to 9; more for greatest need), development
    /// review and SIAMS preparation every three years, website moderation (§4), due diligence (§5). No health
    /// checks, Spotlight projects or committee packs: the policy has none.
    /// </summary>
    public static PolicyContent VineSchoolsTrust() => new(
        new PolicyLabels("School Improvement Lead (SIL)", "Local Schools Board", "Vine Schools Trust Board"),
        VineCategories(),
        new ConcernWorkflow(TrustRole.DirectorOfLearning, TrustRole.Ceo),
        [BoardKind.TrustImprovementBoard],
        BoardRules.NotSet,
        new Allocations(7.5m, 1m, 9m, AdditionalSleDaysForGreatestNeed: true),
        new Cycles(HealthCheckMonths: null, DevelopmentReviewMonths: 36, SiamsPreparationMonths: 36, SefSipUpdatesPerTerm: 1,
            SpotlightVisitsPerHalfTerm: null, CommitteeMeetingsPerYear: null, TermsOfReferenceReviewMonths: null)
        {
            // §4: "one day of support from a SIL for the HT performance management process" each academic year.
            HeadteacherAppraisalMonths = 12,
        })
    {
        // §4: SEF and SIP each term; "The DOL will also moderate all school improvement plans".
        ReturnRequirements = ReturnRequirement.Defaults,
        Capabilities =
        [
            PolicyCapability.ConcernDesignation, PolicyCapability.Boards, PolicyCapability.DayAllocations,
            PolicyCapability.DevelopmentReviews, PolicyCapability.SiamsPreparation, PolicyCapability.WebsiteChecks,
            PolicyCapability.DueDiligence,
        ],
    };

    /// <summary>
    /// DDAT policy 2026: SSIOs, schools causing concern (§3), RAB (§4) and ILTC (§5) with quorum
    /// three and two terms in the first instance, Spotlight visits each half term (§6), annual
    /// health checks (§2), Education and Standards Committee three times a year, terms of reference reviewed
    /// annually. No day allocations, development reviews, SIAMS preparation visits, website moderation or due
    /// diligence: the policy has none.
    /// </summary>
    public static PolicyContent DerbyDiocesanAcademyTrust() => new(
        new PolicyLabels("Senior School Improvement Officer (SSIO)", "Local Trust Committee", "Education and Standards Committee"),
        DdatCategories(),
        new ConcernWorkflow(TrustRole.DeputyCeo, TrustRole.Ceo),
        [BoardKind.RaisingAchievementBoard, BoardKind.InterimLocalTrustCommittee],
        new BoardRules(Quorum: 3, FirstPeriodTerms: 2, ExtensionTerms: 1),
        Allocations: null,
        new Cycles(HealthCheckMonths: 12, DevelopmentReviewMonths: null, SiamsPreparationMonths: null, SefSipUpdatesPerTerm: 1,
            SpotlightVisitsPerHalfTerm: 1, CommitteeMeetingsPerYear: 3, TermsOfReferenceReviewMonths: 12)
        {
            // §2: "Headteacher appraisal is supported by the SIT members working with local trust committees" (yearly).
            HeadteacherAppraisalMonths = 12,
        })
    {
        // "SEF and SIP updated termly ... reviewed in partnership with linked SSIOs".
        ReturnRequirements = ReturnRequirement.Defaults,
        Capabilities =
        [
            PolicyCapability.ConcernDesignation, PolicyCapability.Boards, PolicyCapability.SpotlightProjects,
            PolicyCapability.HealthChecks, PolicyCapability.CommitteePacks,
        ],
    };

    private static List<CategoryDefinition> VineCategories() =>
    [
        new("Risk",
            [
                "The school is failing its pupils in relation to one or a combination of the Quality of Education, Behaviour and Attitudes, Personal Development, Leadership and Management or Early Years.",
                "Improvement is too slow.",
                "Safeguarding is not effective.",
                "Christian Character may be a weakness.",
            ],
            [
                "The Headteacher and Chair of Governors will attend a school causing concern meeting with the CEO and members of the school improvement team to agree a response to weaknesses in the school.",
                "A trust improvement board may be formed to replace the local governing body.",
                "School improvement leader time will be increased to provide support for leaders and to ensure that improvement is rapid.",
                "Specialist leader of education time will be allocated to support improvement in the quality of education and curriculum leadership.",
                "The director of learning will monitor the work of school leaders and the central team.",
                "An executive headteacher may be put in place at the school.",
                "Financial control may be centralised.",
                "School reviews will be completed, based upon priorities identified by the SIL or DL.",
                "A safeguarding review will be completed.",
            ]),
        new("Support",
            [
                "The school needs significant improvement in some key areas.",
                "Trust support is needed to secure and sustain improvement.",
                "Christian character may be a weakness.",
                "Safeguarding is effective.",
            ],
            [
                "The Headteacher, School Improvement Leader and Director of Learning will meet to agree actions for the school.",
                "School improvement leader time will be increased to provide support for leaders and to ensure that improvement is rapid.",
                "Specialist leader of education time will be allocated to support improvement in the quality of education and curriculum leadership.",
                "Support may be provided to governors so that they provide effective challenge and support to school leaders.",
                "The governing body may be supported by the trust governance adviser.",
                "School reviews will be completed, based upon priorities identified by the SIL or DL.",
                "A safeguarding review may be completed.",
            ]),
        new("Developing",
            [
                "Moving towards good (based upon Ofsted criteria) but improvement is needed in some key areas.",
                "Christian Character is almost fully developed but some improvements are needed.",
                "Safeguarding is effective.",
            ],
            [
                "The school improvement leader and headteacher will agree priorities for improvement and monitor progress against them.",
                "The school improvement leader will support self-evaluation through monitoring and evaluation in school.",
                "The director of learning will monitor progress through school review meetings with the school improvement team.",
                "Half termly school-based meetings will be completed by the school improvement leader and at least one online meeting will be completed each half term.",
                "Specialist leader in education support may be allocated to support school priorities.",
                "School reviews may be completed and, if so, are likely to be linked to school improvement priorities.",
            ]),
        new("Secure",
            [
                "Likely to be good or better in inspection and able to sustain this position independently.",
                "Can contribute to the support of other schools in the trust.",
                "Christian Character of the school is well developed in all areas.",
                "Safeguarding is effective.",
            ],
            [
                "Half termly school-based meetings will be completed by the school improvement leader and at least one online meeting will be completed each half term.",
                "Specialist leader in education support may be allocated to support school priorities.",
                "School reviews may be completed and, if so, are likely to be linked to school improvement priorities.",
            ]),
    ];

    private static List<CategoryDefinition> DdatCategories() =>
    [
        new("Risk",
            [
                "The school has struggled to improve its overall effectiveness and to deliver a good standard of education to all pupils.",
                "The school is not bringing about sufficient sustained improvement or not fully engaging with the standard support package.",
                "The Trust has evidence the school has failed to uphold its statutory duty to safeguard its pupils.",
            ],
            [
                DdatRecommendCausingConcern,
                DdatFormBoard,
                "The linked SSIO increases visits proportionate to need.",
                "External reviews are commissioned in key areas where needed, agreed in advance with the CEO.",
            ]),
        new("Support",
            [
                "Attainment has dropped and outcomes are consistently below national.",
                "Trust support is needed to secure and sustain improvement.",
            ],
            [
                DdatSpotlightProject,
                DdatSpotlightLocalCommittee,
                "A school health check meeting is held more frequently than annually.",
            ]),
        new("Developing",
            [
                "Improvement is needed in some key areas.",
                "Safeguarding is effective.",
            ],
            [
                "The SEF and SIP are reviewed termly in partnership with the linked SSIO.",
                "An annual school health check meeting covers all Ofsted categories, health and safety and internal audit.",
            ]),
        new("Secure",
            [
                "Likely to be good or better in inspection and able to sustain this position independently.",
                "Can contribute to the support of other schools in the trust.",
            ],
            [
                "The SEF and SIP are reviewed termly in partnership with the linked SSIO.",
                "Leaders share expertise to support colleagues in other DDAT schools.",
            ]),
    ];
}

namespace SchoolImprovement.Domain.People;

/// <summary>
/// The roles of product.md ("Who uses it"). Names are stable identifiers; the labels a trust
/// shows (SSIO, SIL, Local Schools Board...) come from its policy profile.
/// </summary>
public static class TrustRole
{
    public const string Ceo = "CEO";
    public const string DeputyCeo = "Deputy CEO";
    public const string DirectorOfLearning = "Director of Learning";
    public const string SchoolImprovementOfficer = "School improvement officer";
    public const string SpecialistLeader = "Specialist leader in education";
    public const string Headteacher = "Headteacher";
    public const string LocalCommitteeMember = "Local committee member";
    public const string Trustee = "Trustee";
    public const string GovernanceProfessional = "Governance professional";
    public const string TrustAdministrator = "Trust administrator";
    public const string PlatformAdministrator = "Platform administrator";

    /// <summary>Roles a user of a trust can hold (every role but platform administrator).</summary>
    public static readonly IReadOnlyList<string> TrustRoles =
    [
        Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, SpecialistLeader,
        Headteacher, LocalCommitteeMember, Trustee, GovernanceProfessional, TrustAdministrator,
    ];

    public static readonly IReadOnlyList<string> All = [.. TrustRoles, PlatformAdministrator];

    /// <summary>
    /// Roles that see every school of their trust. Headteachers, local committee members and
    /// SLEs see only the schools they are assigned to.
    /// </summary>
    public static readonly IReadOnlyList<string> TrustWide =
    [
        Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, Trustee,
        GovernanceProfessional, TrustAdministrator,
    ];

    /// <summary>The central improvement team: record inspections, manage actions, write evidence of impact for any school (CEO, Director of Learning, officers).</summary>
    public static readonly IReadOnlyList<string> ImprovementTeam = [Ceo, DirectorOfLearning, SchoolImprovementOfficer];

    /// <summary>Keep the register of schools (add, edit, close, import): the CEO, the Director of Learning and the trust administrator.</summary>
    public static readonly IReadOnlyList<string> SchoolRegisterKeepers = [Ceo, DirectorOfLearning, TrustAdministrator];

    /// <summary>Propose a category (Vine §3: the linked officer; the Director of Learning for any school).</summary>
    public static readonly IReadOnlyList<string> CategoryProposers = [SchoolImprovementOfficer, DirectorOfLearning];

    /// <summary>Confirm or return a proposed category (Vine §3: the Director of Learning; the CEO too).</summary>
    public static readonly IReadOnlyList<string> CategoryDeciders = [DirectorOfLearning, Ceo];

    /// <summary>Read the trust-wide picture (dashboard, every action): the central team and trustees.</summary>
    public static readonly IReadOnlyList<string> OverviewReaders = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, Trustee];

    /// <summary>Read the audit trail: the CEO and the trust administrator.</summary>
    public static readonly IReadOnlyList<string> AuditReaders = [Ceo, TrustAdministrator];

    /// <summary>Write evidence of impact on an action: the improvement team for any school, a headteacher for their own.</summary>
    public static readonly IReadOnlyList<string> ImpactWriters = [.. ImprovementTeam, Headteacher];

    /// <summary>Upload the school's termly SEF and SIP (a headteacher, for their own school only).</summary>
    public static readonly IReadOnlyList<string> ReturnUploaders = [Headteacher];

    /// <summary>Review a SEF or SIP version: the school's linked officer; the Director of Learning for any school.</summary>
    public static readonly IReadOnlyList<string> ReturnReviewers = [SchoolImprovementOfficer, DirectorOfLearning];

    /// <summary>Moderate SIPs and school websites (Vine §4: "The DOL will also moderate all school improvement plans and school websites").</summary>
    public static readonly IReadOnlyList<string> ReturnModerators = [DirectorOfLearning];

    /// <summary>
    /// Work with termly returns (the returns pages, versions and downloads): the central team for every
    /// school, a headteacher for their own. Trustees and local committee members see summaries only, never these screens.
    /// </summary>
    public static readonly IReadOnlyList<string> ReturnWorkers = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, Headteacher];

    /// <summary>The trust-wide returns page: the central team.</summary>
    public static readonly IReadOnlyList<string> ReturnOverseers = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer];

    /// <summary>Enter or import pupil headline data: the improvement team for any school, a headteacher for their own.</summary>
    public static readonly IReadOnlyList<string> HeadlineDataEnterers = [.. ImprovementTeam, Headteacher];

    /// <summary>Validate headline data, and change it once validated (audited): the central improvement team.</summary>
    public static readonly IReadOnlyList<string> HeadlineDataValidators = ImprovementTeam;

    /// <summary>Keep the national comparators (product.md: kept by the trust administrator).</summary>
    public static readonly IReadOnlyList<string> NationalComparatorKeepers = [TrustAdministrator];

    /// <summary>Trust-wide data dashboards (heat map, gaps, Spotlight candidates): the overview readers and the governance professional, who builds committee packs.</summary>
    public static readonly IReadOnlyList<string> TrustDataReaders = [.. OverviewReaders, GovernanceProfessional];

    /// <summary>
    /// Read schools causing concern, their recommendations, boards' business and Spotlight projects trust-wide
    /// (the trust view): the central team, trustees and the governance professional, who clerks the committee.
    /// Who recommends and decides comes from the trust's profile, not from a role set (DDAT §3).
    /// </summary>
    public static readonly IReadOnlyList<string> ConcernReaders = [.. OverviewReaders, GovernanceProfessional];

    /// <summary>Ask the CEO to agree external support for a school causing concern (DDAT §5 "agreed in advance with the CEO"): the central team.</summary>
    public static readonly IReadOnlyList<string> ExternalSupportRequesters = [DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer];

    /// <summary>
    /// Form boards, set their members, chair and clerk, extend them (DDAT §3–5: the CEO forms the board; Appendix 1:
    /// "The Trust Board will agree the RAB clerking arrangements based on the Governance Professional's recommendation").
    /// </summary>
    public static readonly IReadOnlyList<string> BoardManagers = [Ceo, GovernanceProfessional];

    /// <summary>
    /// Record a board's meetings (attendance, minutes, findings, recommendations) and a chair's urgent decisions:
    /// the governance professional for any board; the roles that can chair or clerk one, only for a board where
    /// they are its chair or clerk (<c>SchoolRelation.BoardOfficer</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> BoardRecorders = [GovernanceProfessional, Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, Trustee];

    /// <summary>Record the Education and Standards Committee's decisions (recommendations, ratification, exit): the governance professional, who clerks it.</summary>
    public static readonly IReadOnlyList<string> CommitteeDecisionRecorders = [GovernanceProfessional];

    /// <summary>Open, staff and close Spotlight projects and record their focused visits (DDAT §6): the improvement team.</summary>
    public static readonly IReadOnlyList<string> SpotlightLeads = ImprovementTeam;

    /// <summary>Record improvement visits (issue 11): the Director of Learning for any school, an officer as the school's linked officer (<c>SchoolRelation.LinkedOfficer</c>).</summary>
    public static readonly IReadOnlyList<string> VisitRecorders = [SchoolImprovementOfficer, DirectorOfLearning];

    /// <summary>Confirm a published visit note as accurate or dispute it: the school's headteacher.</summary>
    public static readonly IReadOnlyList<string> VisitResponders = [Headteacher];

    /// <summary>
    /// Read a school's visits, health checks, allocations and due items: the central team for every school, an SLE and a
    /// headteacher for the schools they are assigned to (<c>SchoolRelation.Visible</c>). Trustees and local committee members
    /// see the committee's summaries instead.
    /// </summary>
    public static readonly IReadOnlyList<string> SchoolWorkReaders = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, SpecialistLeader, Headteacher];

    /// <summary>Hold and record school health check meetings (DDAT §2: "between school and DDAT central functions").</summary>
    public static readonly IReadOnlyList<string> HealthCheckRecorders = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer];

    /// <summary>Set each school's yearly SIL and SLE allocation and assign officers and SLEs to it (Vine §4).</summary>
    public static readonly IReadOnlyList<string> AllocationManagers = [Ceo, DirectorOfLearning];

    /// <summary>Approve additional SLE days for a school with the greatest need (Vine §4), with a reason: the Director of Learning.</summary>
    public static readonly IReadOnlyList<string> AdditionalDayApprovers = [DirectorOfLearning];

    /// <summary>Log days against an allocation: officers and SLEs against their own assignments only; the Director of Learning against hers.</summary>
    public static readonly IReadOnlyList<string> DayLoggers = [SchoolImprovementOfficer, SpecialistLeader, DirectorOfLearning];

    /// <summary>Record a development review, SIAMS preparation visit or headteacher appraisal (Vine §4: "a lead appointed by the DOL").</summary>
    public static readonly IReadOnlyList<string> ReviewRecorders = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer];

    /// <summary>Carry out due diligence for a joining school and plan its integration (Vine §5: the directors, CEO and Director of Learning).</summary>
    public static readonly IReadOnlyList<string> DueDiligenceLeads = [Ceo, DirectorOfLearning];

    /// <summary>
    /// Schedule the Education and Standards Committee's meetings and build, publish and correct its packs (DDAT §2 "School
    /// performance information is shared with the Education and Standards Committee of the Trust board three times per
    /// year"): the governance professional, who clerks the committee, the CEO and the Director of Learning. Only they see drafts.
    /// </summary>
    public static readonly IReadOnlyList<string> CommitteePackBuilders = [GovernanceProfessional, Ceo, DirectorOfLearning];

    /// <summary>Read the committee's PUBLISHED packs (web and PDF), never drafts: trustees, who sit on the committee, the builders and the Deputy CEO.</summary>
    public static readonly IReadOnlyList<string> CommitteePackReaders = [Trustee, .. CommitteePackBuilders, DeputyCeo];

    /// <summary>Read due diligence reports: the central team, the trust's directors (trustees) and the governance professional.</summary>
    public static readonly IReadOnlyList<string> DueDiligenceReaders = [Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, Trustee, GovernanceProfessional];

    public static bool IsTrustRole(string role) => TrustRoles.Contains(role, StringComparer.Ordinal);
}

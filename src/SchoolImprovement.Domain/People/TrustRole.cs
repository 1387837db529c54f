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

    /// <summary>
    /// Paid staff, who must use an authenticator app (engineering security defaults: MFA for staff
    /// roles). Local committee members and trustees are volunteers and are not made to.
    /// </summary>
    public static readonly IReadOnlyList<string> Staff =
    [
        Ceo, DeputyCeo, DirectorOfLearning, SchoolImprovementOfficer, SpecialistLeader, Headteacher,
        GovernanceProfessional, TrustAdministrator, PlatformAdministrator,
    ];

    public static bool IsTrustRole(string role) => TrustRoles.Contains(role, StringComparer.Ordinal);
}

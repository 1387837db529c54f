namespace SchoolImprovement.Domain.People;

/// <summary>How a person is tied to a school (product.md: per-school assignments).</summary>
public enum AssignmentKind
{
    HeadteacherOf = 1,
    LocalCommitteeMemberOf = 2,
    LinkedOfficerFor = 3,
    SpecialistLeaderFor = 4,
}

public static class AssignmentKindRules
{
    /// <summary>The role a person must hold to be given this kind of assignment.</summary>
    public static string RequiredRole(this AssignmentKind kind) => kind switch
    {
        AssignmentKind.HeadteacherOf => TrustRole.Headteacher,
        AssignmentKind.LocalCommitteeMemberOf => TrustRole.LocalCommitteeMember,
        AssignmentKind.LinkedOfficerFor => TrustRole.SchoolImprovementOfficer,
        AssignmentKind.SpecialistLeaderFor => TrustRole.SpecialistLeader,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown assignment kind."),
    };

    /// <summary>Whether a person holding <paramref name="roles"/> may have this kind of assignment.</summary>
    public static bool FitsRoles(this AssignmentKind kind, IReadOnlyCollection<string> roles) =>
        roles?.Contains(kind.RequiredRole(), StringComparer.Ordinal) == true;

    public static string Label(this AssignmentKind kind) => kind switch
    {
        AssignmentKind.HeadteacherOf => "Headteacher of",
        AssignmentKind.LocalCommitteeMemberOf => "Local committee member of",
        AssignmentKind.LinkedOfficerFor => "Linked officer for",
        AssignmentKind.SpecialistLeaderFor => "SLE for",
        _ => kind.ToString(),
    };
}

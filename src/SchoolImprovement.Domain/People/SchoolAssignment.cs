using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.People;

/// <summary>A person's tie to one school: headteacher of, local committee member of, linked officer for, SLE for.</summary>
public sealed class SchoolAssignment : ITrustOwned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid SchoolId { get; private set; }
    public AssignmentKind Kind { get; private set; }

    private SchoolAssignment(Guid userId, Guid schoolId, AssignmentKind kind)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        SchoolId = schoolId;
        Kind = kind;
    }

    /// <summary>
    /// Refuses an assignment the person's roles do not allow (a local committee member cannot be
    /// made headteacher of a school without holding the headteacher role).
    /// </summary>
    public static SchoolAssignment Create(Guid userId, IReadOnlyCollection<string> rolesOfUser, Guid schoolId, AssignmentKind kind)
    {
        ArgumentNullException.ThrowIfNull(rolesOfUser);
        if (!kind.FitsRoles(rolesOfUser))
        {
            throw new DomainException($"Only a person with the role '{kind.RequiredRole()}' can be '{kind.Label()}' a school.");
        }

        return new SchoolAssignment(userId, schoolId, kind);
    }

    /// <summary>
    /// The assignments a change of roles leaves without the role they need (a former headteacher
    /// is no longer headteacher of a school): they go when the roles change.
    /// </summary>
    /// <param name="assignmentsOfUser">The person's assignments.</param>
    /// <param name="rolesAfter">The roles the person holds after the change.</param>
    public static IReadOnlyList<SchoolAssignment> OrphanedBy(IEnumerable<SchoolAssignment> assignmentsOfUser, IReadOnlyCollection<string> rolesAfter)
    {
        ArgumentNullException.ThrowIfNull(assignmentsOfUser);
        ArgumentNullException.ThrowIfNull(rolesAfter);
        return [.. assignmentsOfUser.Where(a => !a.Kind.FitsRoles(rolesAfter))];
    }
}

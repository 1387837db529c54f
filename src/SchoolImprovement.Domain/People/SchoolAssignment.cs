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
        var required = kind.RequiredRole();
        if (!rolesOfUser.Contains(required))
        {
            throw new DomainException($"Only a person with the role '{required}' can be '{kind.Label()}' a school.");
        }

        return new SchoolAssignment(userId, schoolId, kind);
    }
}

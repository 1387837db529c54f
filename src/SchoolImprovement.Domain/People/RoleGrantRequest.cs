using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.People;

public enum RoleGrantOutcome
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// A request to give someone a role that controls the trust (<see cref="Privileged"/>): it takes
/// effect only when a second person, a CEO or trust administrator who neither asked for it nor
/// receives it, approves (ASVS V6: no single administrator can take over accounts or the trust).
/// The installation's platform administrator may decide any trust's request too, under the same
/// rules (never their own request, never one about themselves): a new trust has a single
/// administrator, so without them its first CEO or second administrator could never be approved.
/// </summary>
public sealed class RoleGrantRequest : ITrustOwned, IVersioned
{
    public const int RoleLength = 64;
    public const string ApproverIsRequester = "You asked for this change, so another CEO or trust administrator must approve or refuse it.";
    public const string ApproverIsSubject = "This change is about you, so another CEO or trust administrator must approve or refuse it.";
    public const string ApproverNotEligible = "Only a CEO or trust administrator, or the platform administrator, can approve or refuse a role change.";
    public const string AlreadyDecided = "This request has already been decided.";

    /// <summary>Roles that need a second person's approval to be granted.</summary>
    public static readonly IReadOnlyList<string> Privileged = [TrustRole.Ceo, TrustRole.DirectorOfLearning, TrustRole.TrustAdministrator];

    /// <summary>Roles whose holders may approve a privileged grant.</summary>
    public static readonly IReadOnlyList<string> Approvers = [TrustRole.Ceo, TrustRole.TrustAdministrator];

    /// <summary>Everyone who may decide: the trust's <see cref="Approvers"/> and the platform administrator, who belongs to no trust.</summary>
    public static readonly IReadOnlyList<string> Deciders = [.. Approvers, TrustRole.PlatformAdministrator];

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid UserId { get; private set; }
    public string Role { get; private set; } = "";
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public RoleGrantOutcome Outcome { get; private set; }

    private RoleGrantRequest() { }

    public RoleGrantRequest(Guid userId, string role, Guid requestedBy, DateTimeOffset now)
    {
        if (!IsPrivileged(role))
        {
            throw new ArgumentException($"'{role}' is granted at once, without a request.", nameof(role));
        }

        Id = Guid.CreateVersion7();
        UserId = userId;
        Role = role;
        RequestedBy = requestedBy;
        RequestedAt = now;
        Outcome = RoleGrantOutcome.Pending;
    }

    public static bool IsPrivileged(string role) => Privileged.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether a person holding <paramref name="rolesOfDecider"/> may decide this request.</summary>
    public bool CanBeDecidedBy(Guid decider, IEnumerable<string> rolesOfDecider) =>
        Problem(decider, rolesOfDecider) is null;

    public void Approve(Guid decider, IEnumerable<string> rolesOfDecider, DateTimeOffset now) => Decide(decider, rolesOfDecider, now, RoleGrantOutcome.Approved);

    public void Refuse(Guid decider, IEnumerable<string> rolesOfDecider, DateTimeOffset now) => Decide(decider, rolesOfDecider, now, RoleGrantOutcome.Refused);

    private void Decide(Guid decider, IEnumerable<string> rolesOfDecider, DateTimeOffset now, RoleGrantOutcome outcome)
    {
        if (Problem(decider, rolesOfDecider) is { } problem)
        {
            throw new DomainException(problem);
        }

        DecidedBy = decider;
        DecidedAt = now;
        Outcome = outcome;
    }

    private string? Problem(Guid decider, IEnumerable<string> rolesOfDecider)
    {
        ArgumentNullException.ThrowIfNull(rolesOfDecider);
        if (Outcome != RoleGrantOutcome.Pending)
        {
            return AlreadyDecided;
        }

        if (decider == RequestedBy)
        {
            return ApproverIsRequester;
        }

        if (decider == UserId)
        {
            return ApproverIsSubject;
        }

        return rolesOfDecider.Any(r => Deciders.Contains(r, StringComparer.Ordinal)) ? null : ApproverNotEligible;
    }
}

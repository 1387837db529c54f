namespace SchoolImprovement.Infrastructure.Tenancy;

/// <summary>The signed-in person behind the current unit of work (the web request's user).</summary>
public sealed record ActingPerson(Guid UserId, string Name);

/// <summary>
/// Who is signed in around a scope entered explicitly (<see cref="TrustScopeFactory"/>): a platform
/// administrator creating a trust enters that trust with no user of its own, and the audit trail
/// must still say who acted (ASVS 5.0 V16.2.1). The web host reads it from the request.
/// </summary>
public interface IActingPersonSource
{
    ActingPerson? Current { get; }
}

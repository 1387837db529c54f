using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// A role whose holders in one trust are not made to set up an authenticator app, because the
/// trust administrator chose so (MFA is required for every role otherwise). Trust-owned, so adding
/// or withdrawing one writes the audit trail. A person is exempt only when every role they hold is;
/// platform administrators never are (they belong to no trust, and the role cannot be exempted).
/// </summary>
public sealed class MfaExemption : ITrustOwned
{
    public const int RoleLength = 256;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public string Role { get; private set; } = "";
    public Guid ExemptedBy { get; private set; }
    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can compare it.</summary>
    public DateTime ExemptedAt { get; private set; }

    private MfaExemption() { }

    /// <summary>Refuses a role no trust member can hold (platform administrator) or an unknown one.</summary>
    public static MfaExemption Create(string role, Guid exemptedBy, DateTimeOffset at)
    {
        if (!TrustRole.IsTrustRole(role))
        {
            throw new DomainException($"'{role}' cannot be exempted from the authenticator app.");
        }

        return new MfaExemption { Id = Guid.CreateVersion7(at), Role = role, ExemptedBy = exemptedBy, ExemptedAt = at.UtcDateTime };
    }
}

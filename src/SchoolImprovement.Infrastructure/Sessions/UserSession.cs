namespace SchoolImprovement.Infrastructure.Sessions;

/// <summary>Why a session ended, stored as text (append new reasons; never rename one that has been written).</summary>
public enum SessionEndReason
{
    SignedOut,
    EndedByOwner,
    EndedByAdministrator,
    AbsoluteLifetimeReached,
    Deactivated,
    RolesChanged,
    SignInEmailChanged,
    PasswordChanged,
    PasswordReset,
    AuthenticatorReset,
}

/// <summary>
/// One signed-in session, made when the sign-in cookie is issued; the cookie carries only its id
/// (docs/security.md, ASVS V7). Every request checks it is still open, so signing out, an
/// administrator ending it or a credential change stops a copied cookie at once, and it cannot
/// outlive its absolute lifetime. Not trust-owned: it is read before the trust is known, and a
/// platform administrator's sessions have no trust; queries by trust filter on
/// <see cref="TrustId"/> explicitly, like people.
/// </summary>
public sealed class UserSession
{
    public const int ClientAddressLength = 64;
    public const int UserAgentLength = 256;
    public const int EndedReasonLength = 40;

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid? TrustId { get; private set; }
    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can compare and sort it.</summary>
    public DateTime CreatedAt { get; private set; }
    /// <summary>UTC; written at most once a minute.</summary>
    public DateTime LastSeenAt { get; private set; }
    public string ClientAddress { get; private set; } = "";
    public string UserAgent { get; private set; } = "";
    public DateTime? EndedAt { get; private set; }
    public SessionEndReason? EndedReason { get; private set; }

    private UserSession() { }

    public UserSession(Guid userId, Guid? trustId, DateTime now, string clientAddress, string? userAgent)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        TrustId = trustId;
        CreatedAt = now;
        LastSeenAt = now;
        ClientAddress = Truncate(clientAddress, ClientAddressLength);
        UserAgent = Truncate(userAgent ?? "", UserAgentLength);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// Failed sign-in attempts at one account from one client address (ADR 0011). Locking the pair,
/// not the account, keeps an attacker's guesses from keeping the owner out when the owner signs in
/// from elsewhere; each new lockout of the same pair lasts longer. The account is a SHA-256 of
/// the normalised email typed (unknown addresses are counted too, so nothing tells them apart and
/// no stranger's email is stored). Not trust-owned: it is read before anyone is signed in.
/// </summary>
public sealed class SignInSource
{
    public const int AccountKeyLength = 64;
    public const int ClientAddressLength = 64;

    public Guid Id { get; private set; }
    public string AccountKey { get; private set; } = "";
    public string ClientAddress { get; private set; } = "";
    /// <summary>Failures since the last lockout (or success).</summary>
    public int Failures { get; private set; }
    /// <summary>How many times this pair has been locked; each lockout doubles the last.</summary>
    public int Lockouts { get; private set; }
    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can compare it.</summary>
    public DateTime? LockedUntil { get; private set; }
    /// <summary>UTC time of the last failure; old pairs are forgotten after a quiet day.</summary>
    public DateTime LastFailureAt { get; private set; }

    private SignInSource() { }

    /// <summary>The pair's first failure.</summary>
    public SignInSource(string accountKey, string clientAddress, DateTime now)
    {
        Id = Guid.CreateVersion7();
        AccountKey = accountKey;
        ClientAddress = clientAddress;
        Failures = 1;
        LastFailureAt = now;
    }
}

using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// A published version of a meeting's pack: an immutable snapshot of its <see cref="PackContent"/> (stored as JSON, with
/// its SHA-256 shown on the pack). Later changes to the data do not change it; a correction is a new version, numbered
/// on, with the reason. Nothing on it can be changed once it is saved.
/// </summary>
public sealed class CommitteePack : ITrustOwned
{
    public const int ReasonLength = 2000;

    /// <summary>64 lower-case hex digits (<see cref="PackSnapshot.Hash"/>).</summary>
    public const int HashLength = 64;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid MeetingId { get; private set; }

    /// <summary>1 for the first published version; each correction the next number.</summary>
    public int Number { get; private set; }

    public string ContentJson { get; private set; } = "";

    /// <summary><see cref="PackSnapshot.Hash"/> of <see cref="ContentJson"/>.</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>Null for version 1; why this version replaced the one before.</summary>
    public string? CorrectionReason { get; private set; }

    public Guid PublishedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime PublishedAt { get; private set; }

    private CommitteePack() { }
}

using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// A published version of a meeting's pack: an immutable snapshot of its <see cref="PackContent"/> (stored as JSON, with
/// its SHA-256 shown on the pack). Later changes to the data do not change it; a correction is a new version, numbered
/// on, with the reason. Nothing on it can be changed once it is saved (no setters here, and the database context refuses
/// a save that modifies or deletes one).
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

    /// <summary>
    /// Publishes version 1 of the meeting's pack from <paramref name="content"/>. Refused when a version is already
    /// published (<paramref name="latestNumber"/>: a change is a correction, with its reason) and for a cancelled meeting.
    /// </summary>
    public static CommitteePack Publish(CommitteeMeeting meeting, PackContent content, int? latestNumber, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        meeting.EnsureTakesPack();
        if (latestNumber is { } number)
        {
            throw new DomainException($"The pack for this meeting is already published (version {number}): publish a correction, with its reason.");
        }

        return Snapshot(meeting, content, 1, null, by, now);
    }

    /// <summary>
    /// Publishes a correction: the next version, from <paramref name="content"/> read again, with the reason it replaces the
    /// one before. Refused before version 1 is published, without a reason, and for a cancelled meeting.
    /// </summary>
    public static CommitteePack Correct(CommitteeMeeting meeting, PackContent content, int? latestNumber, string? reason, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        meeting.EnsureTakesPack();
        if (latestNumber is not { } number)
        {
            throw new DomainException("The pack for this meeting has not been published yet: publish it first.");
        }

        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            throw new DomainException("Say why the pack is corrected: readers see the reason on the new version.");
        }

        if (why.Length > ReasonLength)
        {
            throw new DomainException($"The reason for the correction must be {ReasonLength} characters or fewer.");
        }

        return Snapshot(meeting, content, number + 1, why, by, now);
    }

    private static CommitteePack Snapshot(CommitteeMeeting meeting, PackContent content, int number, string? reason, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.MeetingOn != meeting.MeetingOn)
        {
            throw new InvalidOperationException($"The content was built for {content.MeetingOn:yyyy-MM-dd}, not for the meeting of {meeting.MeetingOn:yyyy-MM-dd}.");
        }

        var json = PackSnapshot.Serialize(content);
        return new CommitteePack
        {
            Id = Guid.CreateVersion7(now),
            MeetingId = meeting.Id,
            Number = number,
            ContentJson = json,
            ContentHash = PackSnapshot.Hash(json),
            CorrectionReason = reason,
            PublishedBy = by,
            PublishedAt = now.UtcDateTime,
        };
    }

    /// <summary>The content as it was published.</summary>
    public PackContent Content() => PackSnapshot.Deserialize(ContentJson);

    /// <summary>Whether the stored content still matches the hash it was published with.</summary>
    public bool IsIntact => PackSnapshot.Hash(ContentJson) == ContentHash;
}

using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Reminders;

/// <summary>
/// One reminder email to one person, written before it is sent. Its key (<see cref="Kind"/>, <see cref="Key"/>: the ISO week
/// of a digest, or the due item and its date) is unique per person, so however many instances plan reminders at once, each
/// email exists once; an instance sends it only after claiming it (<see cref="ReminderStatus.Sending"/> by a conditional
/// update), so it is sent once. A transient failure puts it back to <see cref="ReminderStatus.Pending"/> with a later
/// <see cref="NextAttemptAt"/>; a permanent refusal or the last failed retry makes it <see cref="ReminderStatus.Failed"/>.
/// </summary>
public sealed class ReminderDelivery : ITrustOwned
{
    public const int KeyLength = 200;
    public const int AddressLength = 256;
    public const int SubjectLength = 200;
    public const int ErrorLength = 200;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid UserId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public string Key { get; private set; } = "";
    public string ToAddress { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public ReminderStatus Status { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>UTC, as every time the database compares (SQLite cannot compare DateTimeOffset values).</summary>
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>The instance that claimed it, and until when its claim holds.</summary>
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    private ReminderDelivery() { }

    public static ReminderDelivery Plan(Guid userId, ReminderKind kind, string key, string toAddress, string subject, string body, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > KeyLength)
        {
            throw new ArgumentException($"A reminder's key is 1 to {KeyLength} characters.", nameof(key));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        return new ReminderDelivery
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Kind = kind,
            Key = key,
            ToAddress = toAddress,
            Subject = subject.Length > SubjectLength ? subject[..SubjectLength] : subject,
            Body = body,
            Status = ReminderStatus.Pending,
            CreatedAt = now.UtcDateTime,
            NextAttemptAt = now.UtcDateTime,
        };
    }
}

namespace SchoolImprovement.Domain.Reminders;

/// <summary>The two emails issue 11 asks for: a weekly digest of what is due and overdue, and a reminder before a due date.</summary>
public enum ReminderKind
{
    /// <summary>Each week: everything due and overdue for the person (opt-out per person).</summary>
    WeeklyDigest = 1,

    /// <summary>A configured number of days before one item's due date (opt-out per person).</summary>
    DueSoon = 2,
}

/// <summary>Where one reminder email is on its way.</summary>
public enum ReminderStatus
{
    /// <summary>Waiting to be sent (again, after a failed attempt, from <see cref="ReminderDelivery.NextAttemptAt"/>).</summary>
    Pending = 1,

    /// <summary>Claimed by one instance, which is handing it to the mail server now.</summary>
    Sending = 2,

    /// <summary>The mail server took it.</summary>
    Sent = 3,

    /// <summary>Refused by the mail server, or still failing after the last retry: not tried again.</summary>
    Failed = 4,

    /// <summary>
    /// The instance sending it stopped before it knew whether the mail server took it. Never retried: a reminder is sent at
    /// most once, and one lost is named on the trust's records rather than sent twice.
    /// </summary>
    OutcomeUnknown = 5,
}

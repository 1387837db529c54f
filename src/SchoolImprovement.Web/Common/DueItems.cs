using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// One thing that falls due for a school or the trust: the next health check, development review, SIAMS preparation
/// visit, terms of reference review or headteacher appraisal, or a visit note waiting for the headteacher. The due list,
/// the calendar, each person's iCalendar feed and the reminder emails all read these.
/// </summary>
/// <param name="Subject">What the item is about, stable across reads ("school:{id}", "visit:{id}", "board-kind:RAB"): with
/// <paramref name="Kind"/> and <paramref name="DueOn"/> it names the item, so a reminder for it is sent once.</param>
/// <param name="Url">Where the item is done (a relative URL in the portal).</param>
/// <param name="ResponsibleUserIds">Whose list it is on: the school's linked officer, its headteacher, the board managers...</param>
/// <param name="LastDoneOn">The occurrence the due date counts from; null when none is recorded.</param>
public sealed record DueItem(
    DueKind Kind,
    string Subject,
    string Title,
    DateOnly DueOn,
    string Url,
    Guid? SchoolId,
    string? SchoolName,
    IReadOnlyList<Guid> ResponsibleUserIds,
    DateOnly? LastDoneOn = null)
{
    public string Key => $"{Kind}/{Subject}/{DueOn:yyyy-MM-dd}";

    /// <summary>Overdue on the trust's clock: the due date has passed.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today;
}

/// <summary>
/// What a <see cref="IDueSource"/> reads with: the trust's day (UK, from the injected clock), its policy (cycles,
/// capabilities, categories) and, for a school's page, the one school.
/// </summary>
public sealed record DueContext(DateOnly Today, PolicyContent Policy, Guid? SchoolId = null);

/// <summary>
/// A feature's contribution to the due list. Each source answers for the whole trust (or one school) in a fixed number
/// of queries, whatever the number of schools, and lists nothing for a capability the trust's policy switches off.
/// Implementations are found and registered by <c>FeatureRegistration.AddFeatureHandlers</c>; they run in a request and
/// in the reminder job (inside a trust scope), so they read the trust through the DbContext's tenancy filter only.
/// </summary>
public interface IDueSource
{
    Task<IReadOnlyList<DueItem>> DueAsync(DueContext context, CancellationToken cancellationToken);
}

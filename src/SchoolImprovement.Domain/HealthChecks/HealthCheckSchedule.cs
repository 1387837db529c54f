using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Domain.HealthChecks;

/// <summary>
/// When a school's next health check falls due (DDAT §2: "at least annually, and more frequently where there is a
/// need"): the last completed check's date plus the interval in months, or, before any check, the date the school
/// joined the trust plus the interval. The interval is the school's confirmed category's
/// <see cref="CategoryDefinition.HealthCheckMonths"/> where the category sets one, else the profile's
/// <see cref="Cycles.HealthCheckMonths"/>. Overdue when the due date has passed.
/// </summary>
public static class HealthCheckSchedule
{
    /// <summary>The interval for a school in <paramref name="category"/> (null: none confirmed); null when the trust's policy sets none.</summary>
    public static int? Months(PolicyContent policy, string? category)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var ofCategory = category is null
            ? null
            : policy.Categories.FirstOrDefault(c => c.Name.Equals(category, StringComparison.OrdinalIgnoreCase))?.HealthCheckMonths;
        return ofCategory is > 0 ? ofCategory : policy.Cycles.HealthCheckMonths is > 0 ? policy.Cycles.HealthCheckMonths : null;
    }

    /// <summary>The next due date; null when no interval is set.</summary>
    public static DateOnly? NextDue(DateOnly dateJoined, DateOnly? lastCompletedHeldOn, int? months) =>
        months is > 0 ? (lastCompletedHeldOn ?? dateJoined).AddMonths(months.Value) : null;

    /// <summary>Overdue on <paramref name="today"/> (the trust's UK date): the due date has passed.</summary>
    public static bool IsOverdue(DateOnly? dueOn, DateOnly today) => dueOn < today;
}

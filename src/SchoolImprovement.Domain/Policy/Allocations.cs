namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Support allocations (Vine policy §4): SIL 7.5 days a year plus one day for the
/// headteacher's performance management; SLE up to 9 days; more SLE days for greatest need.
/// </summary>
public sealed record Allocations(decimal OfficerDaysPerYear, decimal PerformanceManagementDays, decimal SleDaysPerYear, bool AdditionalSleDaysForGreatestNeed);

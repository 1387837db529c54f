namespace SchoolImprovement.Domain.Allocations;

/// <summary>
/// The three kinds of support day a school's allocation holds (Vine §4 "How schools will be supported"): the School
/// Improvement Lead's days, the headteacher's performance-management day, and Specialist Leader of Education days.
/// </summary>
public enum AllocationStrand
{
    Officer = 1,
    PerformanceManagement = 2,
    Sle = 3,
}

public static class AllocationStrands
{
    public static IReadOnlyList<AllocationStrand> All { get; } = Enum.GetValues<AllocationStrand>();

    public static string Label(this AllocationStrand strand) => strand switch
    {
        AllocationStrand.Officer => "Improvement lead days",
        AllocationStrand.PerformanceManagement => "Headteacher performance management",
        AllocationStrand.Sle => "SLE days",
        _ => strand.ToString(),
    };

    /// <summary>The strand's days in a sentence: "officer days", "performance-management days", "SLE days".</summary>
    public static string Noun(this AllocationStrand strand) => strand switch
    {
        AllocationStrand.Officer => "officer days",
        AllocationStrand.PerformanceManagement => "performance-management days",
        AllocationStrand.Sle => "SLE days",
        _ => strand.ToString(),
    };
}

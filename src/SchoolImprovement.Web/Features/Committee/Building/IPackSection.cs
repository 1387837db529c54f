using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// One section of a committee pack: reads its data for the whole trust in a fixed number of queries (or takes it from
/// <see cref="PackReading"/>, read once for every section) and answers null when the trust's profile does not use its
/// capability or it holds nothing.
/// </summary>
public interface IPackSection
{
    PackSectionKind Kind { get; }

    Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct);
}

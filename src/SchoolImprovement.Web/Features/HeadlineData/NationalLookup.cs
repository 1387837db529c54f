using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>The national figure to set beside a school's: its phase's figure, else the all-phase one; none means "not published".</summary>
public sealed class NationalLookup(IReadOnlyList<NationalComparator> comparators, string? schoolPhase)
{
    public NationalComparator? For(string measureKey, int year, PupilGroup group) =>
        comparators.Where(c => c.AppliesTo(measureKey, year, group, schoolPhase)).OrderBy(c => c.Rank).FirstOrDefault();

    /// <summary>"61%", or "Not published" (with why, where that is known).</summary>
    public string Shown(Measure measure, int year, PupilGroup group)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return For(measure.Key, year, group) is { } c
            ? measure.Format(c.Value)
            : NationalComparator.WhyNotPublished(measure.Key, year) is { } why ? $"{NationalComparator.NotPublished} ({why})" : NationalComparator.NotPublished;
    }
}

using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>A measure's latest result for one pupil group, beside national and the school's target.</summary>
/// <param name="National">The national figure as shown, or <see cref="NationalComparator.NotPublished"/>.</param>
/// <param name="Target">The school's target as shown, or null when none is set.</param>
public sealed record LatestResult(
    Measure Measure, PupilGroup Group, string Period, string Value, string National, ComparisonBadge? AgainstNational, string? Target, ComparisonBadge? AgainstTarget, bool Validated);

/// <summary>
/// A school's latest result per measure and pupil group, beside national and target, in two queries whatever the
/// school's history (its values, then the national figures): the proposal form's evidence (any state, all pupils) and a
/// board meeting's agenda (validated figures only, DDAT Appendix 1 §1.8, with the SEND and disadvantaged groups).
/// </summary>
public static class LatestResults
{
    /// <param name="groups">The pupil groups to read.</param>
    /// <param name="validatedOnly">Only figures the central team has validated.</param>
    public static async Task<IReadOnlyList<LatestResult>> ReadAsync(
        PortalDbContext db, Guid schoolId, string schoolPhase, IReadOnlyCollection<PupilGroup> groups, bool validatedOnly, ComparisonTolerances tolerances, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(tolerances);
        var query = db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == schoolId && groups.Contains(v.Group));
        if (validatedOnly)
        {
            query = query.Where(v => v.State == DataState.Validated);
        }

        var values = await query.Select(v => new { v.MeasureKey, v.Group, v.Year, v.TermNumber, v.Value, v.Target, v.State }).ToListAsync(ct);
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Where(c => groups.Contains(c.Group))
            .Select(c => new NationalFigure(c.Year, c.MeasureKey, c.Group, c.Phase, c.Value))
            .ToListAsync(ct));
        var latest = values.ToLookup(v => (v.MeasureKey, v.Group));
        var results = new List<LatestResult>();
        foreach (var measure in Measures.All.Where(m => m.AppliesTo(schoolPhase)))
        {
            foreach (var group in groups)
            {
                var v = latest[(measure.Key, group)].OrderByDescending(x => x.Year).ThenByDescending(x => x.TermNumber).FirstOrDefault();
                if (v is null)
                {
                    continue;
                }

                var figure = DataFigures.National(national, v.Year, measure.Key, group, schoolPhase);
                results.Add(new LatestResult(
                    measure, group, DataFigures.Period(v.Year, v.TermNumber), DataFigures.Format(measure, v.Value),
                    figure is { } n ? DataFigures.Format(measure, n) : NationalComparator.NotPublished,
                    DataFigures.Badge(tolerances, measure, v.Value, figure, "national"),
                    v.Target is { } t ? DataFigures.Format(measure, t) : null,
                    DataFigures.Badge(tolerances, measure, v.Value, v.Target, "target"),
                    v.State == DataState.Validated));
            }
        }

        return results;
    }
}

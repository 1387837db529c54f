using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DataDashboards;

public sealed record SpotlightQuery(int Page = 1);

/// <summary>A school's candidacy in one measure: the previous comparable and the latest result, each with national.</summary>
public sealed record SpotlightRow(
    Guid SchoolId, string School, string MeasureKey, string Measure, bool HigherIsBetter,
    string PreviousPeriod, decimal PreviousValue, string PreviousShown, decimal PreviousNational, string PreviousNationalShown,
    string LatestPeriod, decimal LatestValue, string LatestShown, decimal LatestNational, string LatestNationalShown);

/// <param name="CanOpenProjects">Whether the person may open a Spotlight project from a row (LeadSpotlight, and the trust's policy uses them).</param>
public sealed record SpotlightPage(SpotlightQuery Query, IReadOnlyList<SpotlightRow> Rows, int Total, int Schools, int Pages, bool CanOpenProjects = false);

/// <summary>
/// The Spotlight candidates (DDAT policy §6, <see cref="SpotlightRule"/>): for every open school and
/// measure that applies to its phase, the results for all pupils in the trust's latest two years of data,
/// assessed in memory. Four queries however many schools: the open schools, the latest year, their values for
/// all pupils in it and the year before (the columns needed), and the national figures for all pupils.
/// </summary>
public sealed class SpotlightHandler(PortalDbContext db)
{
    public const int PageSize = 50;

    public async Task<SpotlightPage> HandleAsync(SpotlightQuery query, bool allPages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var schools = await db.Schools.AsNoTracking().Where(s => s.ClosedOn == null)
            .Select(s => new { s.Id, s.Name, s.Phase })
            .ToListAsync(ct);

        // The trust's latest two years: enough for the latest result and the same term a year before. The latest year is
        // read first, on its own: as a subquery in the filter SQLite evaluated it for every row (seconds at 200 schools).
        var latestYear = await db.HeadlineValues.Where(v => v.Group == PupilGroup.All).MaxAsync(v => (int?)v.Year, ct) ?? 0;
        var values = await db.HeadlineValues.AsNoTracking()
            .Where(v => v.Group == PupilGroup.All && v.Year >= latestYear - 1)
            .Select(v => new { v.SchoolId, v.Year, v.TermNumber, v.MeasureKey, v.Value })
            .ToListAsync(ct);
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Where(n => n.Group == PupilGroup.All)
            .Select(n => new NationalFigure(n.Year, n.MeasureKey, n.Group, n.Phase, n.Value))
            .ToListAsync(ct));

        var bySchoolAndMeasure = values.ToLookup(v => (v.SchoolId, v.MeasureKey));
        var rows = new List<SpotlightRow>();
        foreach (var school in schools.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            foreach (var measure in Measures.All.Where(m => m.AppliesTo(school.Phase)))
            {
                var results = bySchoolAndMeasure[(school.Id, measure.Key)]
                    .Select(v => new SpotlightResult(v.Year, v.TermNumber, v.Value, DataFigures.National(national, v.Year, measure.Key, PupilGroup.All, school.Phase)));
                if (SpotlightRule.Assess(measure, results) is not { } candidate)
                {
                    continue;
                }

                var (previous, latest) = (candidate.Previous, candidate.Latest);
                rows.Add(new SpotlightRow(school.Id, school.Name, measure.Key, measure.Name, measure.HigherIsBetter,
                    DataFigures.Period(previous.Year, previous.TermNumber), previous.Value, DataFigures.Format(measure, previous.Value), previous.National!.Value, DataFigures.Format(measure, previous.National.Value),
                    DataFigures.Period(latest.Year, latest.TermNumber), latest.Value, DataFigures.Format(measure, latest.Value), latest.National!.Value, DataFigures.Format(measure, latest.National.Value)));
            }
        }

        var pages = Paging.Pages(rows.Count, PageSize);
        var page = Paging.Clamp(query.Page, rows.Count, PageSize);
        return new SpotlightPage(query with { Page = page }, allPages ? rows : [.. rows.Skip((page - 1) * PageSize).Take(PageSize)],
            rows.Count, rows.Select(r => r.SchoolId).Distinct().Count(), pages);
    }
}

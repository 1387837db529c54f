using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.DataDashboards;
using SchoolImprovement.Web.Features.ReturnsOverview;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>One measure's latest result for all pupils, beside national, on the proposal form.</summary>
/// <param name="Against">Null when no national figure is kept for that year ("Not published").</param>
public sealed record LatestResultRow(string Measure, string Period, string Value, string National, ComparisonBadge? Against, bool Validated);

/// <summary>
/// What the proposal form shows beside the evidence sources it asks about (Vine §3: "school self-evaluation",
/// "school improvement priorities", "pupil outcomes including academic achievement, behaviour and attendance"):
/// the latest SEF and SIP with their review state, and the school's latest data against national.
/// </summary>
public sealed record ProposalEvidenceContext(Guid SchoolId, IReadOnlyList<LatestResultRow> LatestResults, SchoolReturnsSummary Returns);

/// <summary>Reads <see cref="ProposalEvidenceContext"/> in three queries whatever the school's history.</summary>
public sealed class ProposalEvidenceQueries(PortalDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public async Task<ProposalEvidenceContext> ReadAsync(Guid schoolId, string schoolPhase, Permissions can, CancellationToken ct)
    {
        var values = await db.HeadlineValues.AsNoTracking()
            .Where(v => v.SchoolId == schoolId && v.Group == PupilGroup.All)
            .Select(v => new { v.MeasureKey, v.Year, v.TermNumber, v.Value, v.State })
            .ToListAsync(ct);
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Where(c => c.Group == PupilGroup.All)
            .Select(c => new NationalFigure(c.Year, c.MeasureKey, c.Group, c.Phase, c.Value))
            .ToListAsync(ct));
        var tolerances = DataDashboardSettings.Tolerances(configuration);
        var latestByMeasure = values.ToLookup(v => v.MeasureKey);
        var rows = new List<LatestResultRow>();
        foreach (var measure in Measures.All.Where(m => m.AppliesTo(schoolPhase)))
        {
            var latest = latestByMeasure[measure.Key].OrderByDescending(v => v.Year).ThenByDescending(v => v.TermNumber).FirstOrDefault();
            if (latest is null)
            {
                continue;
            }

            var figure = DataFigures.National(national, latest.Year, measure.Key, PupilGroup.All, schoolPhase);
            rows.Add(new LatestResultRow(measure.Name, DataFigures.Period(latest.Year, latest.TermNumber), DataFigures.Format(measure, latest.Value),
                figure is { } n ? DataFigures.Format(measure, n) : NationalComparator.NotPublished,
                DataFigures.Badge(tolerances, measure, latest.Value, figure, "national"), latest.State == DataState.Validated));
        }

        var (_, returns) = await SchoolReturns.ReadAsync(db, schoolId, clock.Today(), can, ct);
        return new ProposalEvidenceContext(schoolId, rows, returns);
    }
}

/// <summary>One latest return for the proposal form's partial, with whether the person may open it.</summary>
public sealed record LatestReturnBeside(LatestReturn Latest, bool CanOpen);

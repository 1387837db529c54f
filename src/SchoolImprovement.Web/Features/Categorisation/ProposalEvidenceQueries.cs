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

/// <summary>Reads <see cref="ProposalEvidenceContext"/> in three queries whatever the school's history (the latest results through <see cref="LatestResults"/>).</summary>
public sealed class ProposalEvidenceQueries(PortalDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public async Task<ProposalEvidenceContext> ReadAsync(Guid schoolId, string schoolPhase, Permissions can, CancellationToken ct)
    {
        var latest = await LatestResults.ReadAsync(db, schoolId, schoolPhase, [PupilGroup.All], validatedOnly: false, DataDashboardSettings.Tolerances(configuration), ct);
        var rows = latest.Select(r => new LatestResultRow(r.Measure.Name, r.Period, r.Value, r.National, r.AgainstNational, r.Validated)).ToList();
        var (_, returns) = await SchoolReturns.ReadAsync(db, schoolId, clock.Today(), can, ct);
        return new ProposalEvidenceContext(schoolId, rows, returns);
    }
}

/// <summary>One latest return for the proposal form's partial, with whether the person may open it.</summary>
public sealed record LatestReturnBeside(LatestReturn Latest, bool CanOpen);

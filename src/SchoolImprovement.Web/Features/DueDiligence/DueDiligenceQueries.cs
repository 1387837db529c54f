using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>One assessment on the list.</summary>
public sealed record DueDiligenceRow(
    Guid Id, string SchoolName, int? Urn, DueDiligenceStatus Status, int Rated, int Areas, DateTime StartedAt, DateOnly? CompletedOn, DateOnly? WithdrawnOn, Guid? SchoolId);

public sealed record DueDiligenceListPage(IReadOnlyList<DueDiligenceRow> Rows, bool CanStart);

/// <summary>One area as the pages show it: the template's wording, its strand, rating and comments.</summary>
public sealed record DueDiligenceAreaRow(DueDiligenceAreaKind Area, DueDiligenceStrand Strand, string Label, Rag? Rag, string? Comments);

/// <summary>
/// The due diligence report as Vine Appendix A lays it out: the academic strand (school, headteacher, chair of governors,
/// date, time and location, who completed it, evidence gathered, general observations, its areas), the financial strand
/// (academy, the same people, introduction, its areas) and further actions; then what completion did.
/// </summary>
public sealed record DueDiligenceReport(
    Guid Id, Guid Version, DueDiligenceStatus Status, string SchoolName, int? Urn, string? Headteacher, string? ChairOfGovernors, string? HeldAt,
    string? CompletedBy, string? EvidenceGathered, string? GeneralObservations, string? Introduction, string? FurtherActions,
    IReadOnlyList<DueDiligenceAreaRow> Areas, string? ProposedCategory, DateOnly? CompletedOn, DateOnly? WithdrawnOn, Guid? SchoolId,
    bool CanManage, bool CanRecommendConcern)
{
    public IReadOnlyList<DueDiligenceAreaRow> AreasOf(DueDiligenceStrand strand) => [.. Areas.Where(a => a.Strand == strand)];

    public bool IsInProgress => Status == DueDiligenceStatus.InProgress;

    public int Unrated => Areas.Count(a => a.Rag is null);

    /// <summary>The concern recommendation on the "newly joined" ground (DDAT §3), preselected.</summary>
    public string? RecommendConcernUrl => SchoolId is { } school && CanRecommendConcern
        ? $"/schools/{school}/concerns/recommend?ground={Domain.Concerns.ConcernGround.NewlyJoinedGovernanceOrFinance}"
        : null;
}

/// <summary>
/// The assessment page: the template as a form while in progress (for the due diligence leads), or the report's content
/// otherwise; on a conflict, the current values beside the kept input.
/// </summary>
public sealed record DueDiligencePage(DueDiligenceReport Report, DueDiligenceForm Form, DueDiligenceForm? Current)
{
    public bool CanEdit => Report.CanManage && Report.IsInProgress;
}

/// <summary>The due diligence pages' reads: each a fixed number of queries, whatever the number of assessments or schools.</summary>
public sealed class DueDiligenceQueries(PortalDbContext db, PermissionsReader permissions)
{
    public async Task<DueDiligenceListPage> ListAsync(CancellationToken ct)
    {
        var rows = await db.DueDiligenceAssessments.AsNoTracking()
            .OrderBy(a => a.Status).ThenByDescending(a => a.StartedAt)
            .Select(a => new DueDiligenceRow(
                a.Id, a.SchoolName, a.Urn, a.Status, a.Areas.Count(r => r.Rag != null), a.Areas.Count(), a.StartedAt, a.CompletedOn, a.WithdrawnOn, a.SchoolId))
            .ToListAsync(ct);
        return new DueDiligenceListPage(rows, (await permissions.CurrentAsync()).ManageDueDiligence);
    }

    public async Task<DueDiligenceReport?> ReportAsync(Guid id, CancellationToken ct)
    {
        var a = await db.DueDiligenceAssessments.AsNoTracking().Include(x => x.Areas).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var can = await permissions.CurrentAsync();
        return new DueDiligenceReport(
            a.Id, a.Version, a.Status, a.SchoolName, a.Urn, a.Headteacher, a.ChairOfGovernors, a.HeldAt, a.CompletedBy,
            a.EvidenceGathered, a.GeneralObservations, a.Introduction, a.FurtherActions,
            [.. a.Areas.OrderBy(r => r.Area).Select(r => new DueDiligenceAreaRow(r.Area, r.Strand, r.Area.Label(), r.Rag, r.Comments))],
            a.ProposedCategory, a.CompletedOn, a.WithdrawnOn, a.SchoolId,
            can.ManageDueDiligence, can.RecommendConcern && can.Uses(PolicyCapability.ConcernDesignation));
    }

    /// <param name="kept">The form as typed (after a refusal or conflict); null for the saved values.</param>
    /// <param name="showCurrent">A conflict: show the saved values beside the kept input.</param>
    public async Task<DueDiligencePage?> PageAsync(Guid id, DueDiligenceForm? kept, bool showCurrent, CancellationToken ct)
    {
        var report = await ReportAsync(id, ct);
        if (report is null)
        {
            return null;
        }

        var saved = DueDiligenceForm.From(report);
        if (kept is not null)
        {
            // Every area of the template keeps a row, whatever was posted.
            kept.Areas = [.. DueDiligenceAreas.All.Select(area => kept.Areas.FirstOrDefault(r => r.Area == area) ?? new DueDiligenceAreaForm { Area = area })];
        }

        return new DueDiligencePage(report, kept ?? saved, showCurrent ? saved : null);
    }
}

/// <summary>The head of the template as the details fields show it (start and assessment pages).</summary>
public sealed record DueDiligenceDetailsFields(string? SchoolName, int? Urn, string? Headteacher, string? ChairOfGovernors, string? HeldAt, string? CompletedBy);

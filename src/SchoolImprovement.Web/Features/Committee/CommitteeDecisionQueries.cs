using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>An outcome the clerk may choose for an item, and whether it needs the committee's reason.</summary>
public sealed record CommitteeOutcomeOption(CommitteeOutcome Value, string Label, bool NeedsReason);

/// <summary>One item of the pack: what it asks, and the outcome recorded at this meeting or the outcomes to choose from.</summary>
/// <param name="Awaits">Whether the record still waits for the committee (false once decided, here or on its own page).</param>
public sealed record CommitteeDecisionRow(
    CommitteeItemKind Kind, string KindLabel, Guid ItemId, Guid SchoolId, string SchoolName, string Text, string? Context,
    string? Outcome, string? Reason, string? RecordedBy, DateTime? RecordedAt, bool Awaits, IReadOnlyList<CommitteeOutcomeOption> Outcomes)
{
    /// <summary>The id of the row's form inputs (unique on the page).</summary>
    public string Key => $"{Kind}-{ItemId:N}";
}

/// <summary>
/// The clerk's decisions page for a committee meeting: every item of its latest published pack, in pack order, with the
/// outcome recorded or, for the clerk from the meeting's day on, a form to record it.
/// </summary>
/// <param name="Form">The posted form shown again (refused or invalid) with the input kept on its item.</param>
public sealed record CommitteeDecisionsPage(
    Guid MeetingId, DateOnly MeetingOn, CommitteeMeetingStatus Status, int? PackNumber, Guid? PackId, DateTime? PublishedAt,
    IReadOnlyList<CommitteeDecisionRow> Rows, bool CanRecord, bool Open, CommitteeOutcomeForm? Form)
{
    public int Outstanding => Rows.Count(r => r.Outcome is null && r.Awaits);
}

/// <summary>The decisions page's read: a fixed number of queries however many items the pack holds.</summary>
public sealed class CommitteeDecisionQueries(PortalDbContext db, PermissionsReader permissions, TimeProvider clock)
{
    public async Task<CommitteeDecisionsPage?> PageAsync(Guid meetingId, CommitteeOutcomeForm? form, CancellationToken ct)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { m.Id, m.MeetingOn, m.Status })
            .SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var can = await permissions.CurrentAsync();
        var open = meeting.Status != CommitteeMeetingStatus.Cancelled && clock.Today() >= meeting.MeetingOn;
        var pack = await db.CommitteePacks.AsNoTracking().Where(p => p.MeetingId == meetingId).OrderByDescending(p => p.Number)
            .Select(p => new { p.Id, p.Number, p.PublishedAt, p.ContentJson })
            .FirstOrDefaultAsync(ct);
        if (pack is null)
        {
            return new CommitteeDecisionsPage(meeting.Id, meeting.MeetingOn, meeting.Status, null, null, null, [], can.RecordCommitteeDecisions, open, form);
        }

        var items = PackSnapshot.Deserialize(pack.ContentJson).Items.ToList();
        var recorded = await db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meetingId)
            .Select(d => new { d.ItemKind, d.ItemId, d.Outcome, d.Reason, d.RecordedAt, By = db.Users.Where(u => u.Id == d.RecordedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var awaiting = await AwaitingAsync(items, ct);
        var rows = items.Select(i =>
        {
            var decision = recorded.FirstOrDefault(d => d.ItemKind == i.Kind && d.ItemId == i.ItemId);
            return new CommitteeDecisionRow(
                i.Kind, i.Kind.Label(), i.ItemId, i.SchoolId, i.SchoolName, i.Text, i.Context,
                decision?.Outcome.Label(), decision?.Reason, decision?.By, decision?.RecordedAt, awaiting.Contains((i.Kind, i.ItemId)),
                [.. CommitteeOutcomes.AllowedFor(i.Kind).Select(o => new CommitteeOutcomeOption(o, o.Label(), CommitteeDecision.NeedsReason(o)))]);
        }).ToList();
        return new CommitteeDecisionsPage(meeting.Id, meeting.MeetingOn, meeting.Status, pack.Number, pack.Id, pack.PublishedAt, rows, can.RecordCommitteeDecisions, open, form);
    }

    /// <summary>The items whose record still waits for the committee: one query per kind of record.</summary>
    private async Task<HashSet<(CommitteeItemKind, Guid)>> AwaitingAsync(IReadOnlyCollection<PackItem> items, CancellationToken ct)
    {
        List<Guid> Ids(params CommitteeItemKind[] kinds) => [.. items.Where(i => kinds.Contains(i.Kind)).Select(i => i.ItemId).Distinct()];
        var awaiting = new HashSet<(CommitteeItemKind, Guid)>();
        if (Ids(CommitteeItemKind.Recommendation) is { Count: > 0 } recommendations)
        {
            var pending = await db.BoardRecommendations.AsNoTracking()
                .Where(r => recommendations.Contains(r.Id) && r.Status == RecommendationStatus.Pending).Select(r => r.Id).ToListAsync(ct);
            awaiting.UnionWith(pending.Select(id => (CommitteeItemKind.Recommendation, id)));
        }

        if (Ids(CommitteeItemKind.UrgentDecision) is { Count: > 0 } urgent)
        {
            var pending = await db.UrgentDecisions.AsNoTracking()
                .Where(d => urgent.Contains(d.Id) && d.Status == UrgentDecisionStatus.AwaitingRatification).Select(d => d.Id).ToListAsync(ct);
            awaiting.UnionWith(pending.Select(id => (CommitteeItemKind.UrgentDecision, id)));
        }

        if (Ids(CommitteeItemKind.Exit, CommitteeItemKind.Designation) is { Count: > 0 } concerns)
        {
            var cases = await db.ConcernCases.AsNoTracking().Where(c => concerns.Contains(c.Id))
                .Select(c => new { c.Id, c.Status, c.DesignatedOn, c.CommitteeInformedOn }).ToListAsync(ct);
            awaiting.UnionWith(cases.Where(c => c.Status == ConcernStatus.ExitRecommended).Select(c => (CommitteeItemKind.Exit, c.Id)));
            awaiting.UnionWith(cases.Where(c => c.DesignatedOn != null && c.CommitteeInformedOn == null).Select(c => (CommitteeItemKind.Designation, c.Id)));
        }

        return awaiting;
    }
}

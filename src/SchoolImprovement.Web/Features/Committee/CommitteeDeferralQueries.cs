using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>
/// The items the committee deferred at its earlier meetings, for the next pack (<see cref="PackBuildContext.Deferred"/>):
/// a deferred item stays open and comes back with the reason. One query, whatever the number of items.
/// </summary>
public sealed class CommitteeDeferralQueries(PortalDbContext db)
{
    /// <summary>
    /// By item id, the latest deferral at a (not cancelled) meeting before <paramref name="meetingOn"/>:
    /// "Deferred on 20 November 2026: awaiting the summer results".
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> BeforeAsync(DateOnly meetingOn, CancellationToken ct)
    {
        var deferrals = await (
                from d in db.CommitteeDecisions.AsNoTracking()
                join m in db.CommitteeMeetings.AsNoTracking() on d.MeetingId equals m.Id
                where d.Outcome == CommitteeOutcome.Deferred && m.MeetingOn < meetingOn && m.Status != CommitteeMeetingStatus.Cancelled
                select new { d.ItemId, m.MeetingOn, d.Reason, d.RecordedAt })
            .ToListAsync(ct);
        return deferrals
            .GroupBy(d => d.ItemId)
            .Select(g => g.OrderByDescending(d => d.MeetingOn).ThenByDescending(d => d.RecordedAt).First())
            .ToDictionary(d => d.ItemId, d => Note(d.MeetingOn, d.Reason));
    }

    public static string Note(DateOnly deferredOn, string? reason) =>
        $"Deferred on {PackFormat.Date(deferredOn)}" + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}");
}

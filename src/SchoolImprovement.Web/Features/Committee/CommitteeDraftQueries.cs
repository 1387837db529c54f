using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>The live draft of a meeting's pack (builders only): the content read now, with the meeting's own state.</summary>
public sealed record CommitteeDraftPage(Guid MeetingId, DateOnly MeetingOn, bool IsCancelled, int? PublishedVersion, PackContent Content);

/// <summary>
/// Builds a meeting's pack from live data (<see cref="ICommitteePackBuilder"/>) for the draft web view and PDF, and for
/// publishing: the context is the meeting's date, the content of the last published pack of the latest earlier meeting
/// (changes are counted from it) and the items deferred at earlier meetings.
/// </summary>
public sealed class CommitteeDraftQueries(PortalDbContext db, ICommitteePackBuilder builder, CommitteeDeferralQueries deferrals)
{
    public async Task<CommitteeDraftPage?> PageAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new
            {
                m.MeetingOn, m.Status,
                Published = db.CommitteePacks.Where(p => p.MeetingId == m.Id).Max(p => (int?)p.Number),
            })
            .SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var content = await BuildAsync(meeting.MeetingOn, ct);
        return new CommitteeDraftPage(meetingId, meeting.MeetingOn, meeting.Status == CommitteeMeetingStatus.Cancelled, meeting.Published, content);
    }

    /// <summary>The pack for the meeting on <paramref name="meetingOn"/>, read from the live data now.</summary>
    public async Task<PackContent> BuildAsync(DateOnly meetingOn, CancellationToken ct)
    {
        var previousJson = await db.CommitteePacks.AsNoTracking()
            .Join(db.CommitteeMeetings, p => p.MeetingId, m => m.Id, (p, m) => new { p.ContentJson, p.Number, m.MeetingOn, m.Status })
            .Where(x => x.MeetingOn < meetingOn && x.Status != CommitteeMeetingStatus.Cancelled)
            .OrderByDescending(x => x.MeetingOn).ThenByDescending(x => x.Number)
            .Select(x => x.ContentJson)
            .FirstOrDefaultAsync(ct);
        var previous = previousJson is null ? null : PackSnapshot.Deserialize(previousJson);
        return await builder.BuildAsync(new PackBuildContext(meetingOn, previous, await deferrals.BeforeAsync(meetingOn, ct)), ct);
    }
}

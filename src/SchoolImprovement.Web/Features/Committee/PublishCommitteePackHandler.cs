using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>The publish button: no input but the antiforgery token.</summary>
public sealed class PublishCommitteePackForm;

/// <summary>
/// A builder publishes version 1 of a meeting's pack: the content is built from the live data now and stored as an
/// immutable snapshot with its hash. Refused once published (a change is a correction) and for a cancelled meeting; two
/// publishing at the same moment make one version (the database holds one row per number).
/// </summary>
public sealed class PublishCommitteePackHandler(PortalDbContext db, CommitteeDraftQueries drafts, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(
            async () =>
            {
                var latest = await LatestNumberAsync(meetingId, ct);
                meeting.EnsureTakesPack();
                var content = latest is null ? await drafts.BuildAsync(meeting.MeetingOn, ct) : null;
                var pack = CommitteePack.Publish(meeting, content!, latest, by, clock.GetUtcNow());
                db.CommitteePacks.Add(pack);
                return pack.Id;
            },
            ct,
            async () => await LatestNumberAsync(meetingId, ct) is { } number
                ? CommandResult.Refuse($"Someone else published this pack at the same moment (version {number}): publish a correction, with its reason.")
                : null);
    }

    private Task<int?> LatestNumberAsync(Guid meetingId, CancellationToken ct) =>
        db.CommitteePacks.Where(p => p.MeetingId == meetingId).MaxAsync(p => (int?)p.Number, ct);
}

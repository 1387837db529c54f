using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>Committee meetings and published packs made straight in a trust's database, for tests and the authorization matrix.</summary>
public static class CommitteeTestData
{
    private static int _offset;

    /// <summary>A date far ahead that no other test of the run uses (meetings are shared by the tests of a class).</summary>
    public static DateOnly UnusedDate() => new DateOnly(2090, 1, 1).AddDays(Interlocked.Increment(ref _offset) * 7);

    /// <summary>A scheduled meeting on <paramref name="on"/>, by the trust's demo governance professional.</summary>
    public static async Task<Guid> MeetingAsync(PortalFactory portal, string trustPrefix, string domain, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var trust = await portal.TrustIdAsync(trustPrefix);
        var by = await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, domain));
        var meeting = CommitteeMeeting.Schedule(on, false, by, on, DateTimeOffset.UtcNow);
        await portal.InTrustAsync(trust, async db =>
        {
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
        });
        return meeting.Id;
    }

    /// <summary>Version 1 of the meeting's pack, published with a small content naming <paramref name="school"/>.</summary>
    public static async Task<Guid> PublishedAsync(PortalFactory portal, string trustPrefix, string domain, Guid meetingId, string school = "Matrix school")
    {
        ArgumentNullException.ThrowIfNull(portal);
        var trust = await portal.TrustIdAsync(trustPrefix);
        var by = await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, domain));
        return await portal.InTrustAsync(trust, async db =>
        {
            var meeting = await db.CommitteeMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);
            var content = new PackContent("Test trust", meeting.MeetingOn, DateTime.UtcNow, null,
                [new PackSection(PackSectionKind.TrustSummary, "Trust summary", school, [], [], [], [])]);
            var pack = CommitteePack.Publish(meeting, content, null, by, DateTimeOffset.UtcNow);
            db.CommitteePacks.Add(pack);
            await db.SaveChangesAsync();
            return pack.Id;
        });
    }

    public static async Task<CommitteeMeeting> ReadMeetingAsync(PortalFactory portal, string trustPrefix, Guid meetingId)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.InTrustAsync(await portal.TrustIdAsync(trustPrefix), db => db.CommitteeMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId));
    }

    public static async Task<List<CommitteePack>> PacksAsync(PortalFactory portal, string trustPrefix, Guid meetingId)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.InTrustAsync(await portal.TrustIdAsync(trustPrefix),
            db => db.CommitteePacks.AsNoTracking().Where(p => p.MeetingId == meetingId).OrderBy(p => p.Number).ToListAsync());
    }
}

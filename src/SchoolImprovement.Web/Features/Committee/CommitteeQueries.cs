using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>A meeting on the builders' list: its status today and its latest published version, if any.</summary>
public sealed record CommitteeMeetingRow(Guid Id, DateOnly MeetingOn, CommitteeMeetingStatus Status, int? LatestVersion, Guid? LatestPackId, DateTime? PublishedAt);

/// <summary>A published pack on the readers' list: the latest version of one meeting's pack.</summary>
public sealed record PublishedPackRow(Guid PackId, DateOnly MeetingOn, CommitteeMeetingStatus Status, int Number, DateTime PublishedAt);

/// <summary>The next meeting not yet held, and what its latest published pack asks the committee to decide.</summary>
public sealed record NextMeetingPanel(DateOnly MeetingOn, Guid? PackId, int? Number, IReadOnlyList<PackItem> ForDecision);

/// <summary>
/// /committee: for readers (trustees), the published packs, newest first, and what needs their decision at the next
/// meeting; for builders, also every meeting with its draft or published version and the scheduling forms.
/// </summary>
public sealed record CommitteeIndexPage(
    bool CanBuild, IReadOnlyList<CommitteeMeetingRow> Meetings, IReadOnlyList<PublishedPackRow> Packs, NextMeetingPanel? Next,
    int? PerYear, IReadOnlyList<AcademicYear> Years, ScheduleCommitteeMeetingForm Schedule, ScheduleCommitteeYearForm Year, DateOnly Today);

/// <summary>A published version on a meeting's page.</summary>
public sealed record PackVersionRow(Guid PackId, int Number, DateTime PublishedAt, string PublishedBy, string Hash, string? Reason);

/// <summary>A meeting's page (builders): its versions, publishing, the correction form and the way to its decisions.</summary>
public sealed record CommitteeMeetingPage(
    Guid Id, DateOnly MeetingOn, CommitteeMeetingStatus Status, IReadOnlyList<PackVersionRow> Versions, bool CanRecordDecisions,
    CorrectCommitteePackForm Correction)
{
    public bool IsCancelled => Status == CommitteeMeetingStatus.Cancelled;

    public bool CanPublish => !IsCancelled && Versions.Count == 0;

    public bool CanCorrect => !IsCancelled && Versions.Count > 0;

    public bool CanCancel => Status == CommitteeMeetingStatus.Scheduled;
}

/// <summary>A published version's web view (readers): the stored content, never the live data.</summary>
public sealed record CommitteePackPage(
    Guid PackId, Guid MeetingId, DateOnly MeetingOn, int Number, DateTime PublishedAt, string PublishedBy, string Hash, string? CorrectionReason,
    int LatestNumber, Guid LatestPackId, bool CanBuild, PackContent Content)
{
    public bool IsSuperseded => Number < LatestNumber;
}

/// <summary>The committee pages' reads; meetings and packs are trust-owned, so another trust's are missing (404).</summary>
public sealed class CommitteeQueries(PortalDbContext db, PermissionsReader permissions, TimeProvider clock)
{
    /// <summary>Academic years the year form offers: this one and the next.</summary>
    private static IReadOnlyList<AcademicYear> YearsFrom(DateOnly today)
    {
        var year = AcademicYear.Containing(today);
        return [year, new AcademicYear(year.StartYear + 1)];
    }

    public async Task<CommitteeIndexPage> IndexAsync(ScheduleCommitteeMeetingForm? schedule, ScheduleCommitteeYearForm? year, CancellationToken ct)
    {
        var can = await permissions.CurrentAsync();
        var today = clock.Today();
        var meetings = (await db.CommitteeMeetings.AsNoTracking()
            .OrderByDescending(m => m.MeetingOn)
            .Select(m => new
            {
                m.Id, m.MeetingOn, m.Status,
                Latest = db.CommitteePacks.Where(p => p.MeetingId == m.Id).OrderByDescending(p => p.Number)
                    .Select(p => new { p.Id, p.Number, p.PublishedAt }).FirstOrDefault(),
            })
            .ToListAsync(ct))
            .Select(m => new CommitteeMeetingRow(
                m.Id, m.MeetingOn, CommitteeMeeting.StatusOf(m.Status, m.MeetingOn, today), m.Latest?.Number, m.Latest?.Id, m.Latest?.PublishedAt))
            .ToList();
        var packs = meetings
            .Where(m => m.LatestPackId is not null)
            .Select(m => new PublishedPackRow(m.LatestPackId!.Value, m.MeetingOn, m.Status, m.LatestVersion!.Value, m.PublishedAt!.Value))
            .ToList();

        var next = meetings.Where(m => m.Status == CommitteeMeetingStatus.Scheduled).MinBy(m => m.MeetingOn);
        NextMeetingPanel? panel = null;
        if (next is not null)
        {
            var items = next.LatestPackId is { } packId
                ? PackSnapshot.Deserialize(await db.CommitteePacks.AsNoTracking().Where(p => p.Id == packId).Select(p => p.ContentJson).SingleAsync(ct)).ForDecision.ToList()
                : [];
            panel = new NextMeetingPanel(next.MeetingOn, next.LatestPackId, next.LatestVersion, items);
        }

        int? perYear = null;
        if (can.BuildCommitteePacks)
        {
            var cycles = await db.PolicyProfiles.AsNoTracking().Select(p => p.Cycles).SingleOrDefaultAsync(ct);
            perYear = cycles?.CommitteeMeetingsPerYear;
        }

        var years = YearsFrom(today);
        return new CommitteeIndexPage(
            can.BuildCommitteePacks, can.BuildCommitteePacks ? meetings : [], packs, panel, perYear, years,
            schedule ?? new ScheduleCommitteeMeetingForm(), year ?? new ScheduleCommitteeYearForm { AcademicYear = years[^1].StartYear }, today);
    }

    public async Task<CommitteeMeetingPage?> MeetingAsync(Guid id, CorrectCommitteePackForm? correction, CancellationToken ct)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.MeetingOn, m.Status }).SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var versions = await db.CommitteePacks.AsNoTracking().Where(p => p.MeetingId == id).OrderByDescending(p => p.Number)
            .Select(p => new PackVersionRow(
                p.Id, p.Number, p.PublishedAt, db.Users.Where(u => u.Id == p.PublishedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "", p.ContentHash, p.CorrectionReason))
            .ToListAsync(ct);
        var can = await permissions.CurrentAsync();
        return new CommitteeMeetingPage(
            id, meeting.MeetingOn, CommitteeMeeting.StatusOf(meeting.Status, meeting.MeetingOn, clock.Today()), versions, can.RecordCommitteeDecisions,
            correction ?? new CorrectCommitteePackForm());
    }

    public async Task<CommitteePackPage?> PackAsync(Guid packId, CancellationToken ct)
    {
        var pack = await db.CommitteePacks.AsNoTracking().Where(p => p.Id == packId)
            .Join(db.CommitteeMeetings, p => p.MeetingId, m => m.Id, (p, m) => new
            {
                p.MeetingId, m.MeetingOn, p.Number, p.PublishedAt, p.ContentHash, p.CorrectionReason, p.ContentJson,
                PublishedBy = db.Users.Where(u => u.Id == p.PublishedBy).Select(u => u.DisplayName).FirstOrDefault(),
                Latest = db.CommitteePacks.Where(q => q.MeetingId == p.MeetingId).OrderByDescending(q => q.Number).Select(q => new { q.Id, q.Number }).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (pack is null)
        {
            return null;
        }

        var can = await permissions.CurrentAsync();
        return new CommitteePackPage(
            packId, pack.MeetingId, pack.MeetingOn, pack.Number, pack.PublishedAt, pack.PublishedBy ?? "", pack.ContentHash, pack.CorrectionReason,
            pack.Latest.Number, pack.Latest.Id, can.BuildCommitteePacks, PackSnapshot.Deserialize(pack.ContentJson));
    }
}

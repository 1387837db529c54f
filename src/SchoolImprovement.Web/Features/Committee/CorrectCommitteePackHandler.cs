using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

public sealed class CorrectCommitteePackForm
{
    /// <summary>Why the new version replaces the one before; readers see it on the pack.</summary>
    public string? Reason { get; set; }
}

public sealed class CorrectCommitteePackFormValidator : AbstractValidator<CorrectCommitteePackForm>
{
    public CorrectCommitteePackFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say why the pack is corrected: readers see the reason on the new version.");
        RuleFor(f => f.Reason).MaximumLength(CommitteePack.ReasonLength).WithMessage($"The reason must be {CommitteePack.ReasonLength} characters or fewer.");
    }
}

/// <summary>
/// A builder publishes a correction: the pack built again from the live data, as the next version, with the reason. The
/// versions before it stay as they were published; their web view says which version supersedes them.
/// </summary>
public sealed class CorrectCommitteePackHandler(PortalDbContext db, CommitteeDraftQueries drafts, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, CorrectCommitteePackForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
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
                var content = latest is null ? null : await drafts.BuildAsync(meeting.MeetingOn, ct);
                var pack = CommitteePack.Correct(meeting, content!, latest, form.Reason, by, clock.GetUtcNow());
                db.CommitteePacks.Add(pack);
                return pack.Id;
            },
            ct,
            async () => await LatestNumberAsync(meetingId, ct) is { } number
                ? CommandResult.Refuse($"Someone else published version {number} at the same moment: check it before correcting it again.")
                : null);
    }

    private Task<int?> LatestNumberAsync(Guid meetingId, CancellationToken ct) =>
        db.CommitteePacks.Where(p => p.MeetingId == meetingId).MaxAsync(p => (int?)p.Number, ct);
}

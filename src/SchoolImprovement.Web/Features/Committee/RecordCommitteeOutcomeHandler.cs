using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>The committee's outcome on one item of the meeting's pack, as the clerk records it.</summary>
public sealed class CommitteeOutcomeForm
{
    public CommitteeItemKind? ItemKind { get; set; }

    public Guid? ItemId { get; set; }

    public CommitteeOutcome? Outcome { get; set; }

    public string? Reason { get; set; }

    /// <summary>Whether this form was posted for that item (its input is kept on that item when the page is shown again).</summary>
    public bool IsFor(CommitteeItemKind kind, Guid itemId) => ItemKind == kind && ItemId == itemId;
}

public sealed class CommitteeOutcomeFormValidator : AbstractValidator<CommitteeOutcomeForm>
{
    public CommitteeOutcomeFormValidator()
    {
        RuleFor(f => f.ItemKind).NotNull().IsInEnum().WithMessage("Choose an item of the pack.");
        RuleFor(f => f.ItemId).NotNull().WithMessage("Choose an item of the pack.");
        RuleFor(f => f.Outcome).NotNull().IsInEnum().WithMessage("Choose the committee's outcome.");
        RuleFor(f => f.Reason).MaximumLength(CommitteeDecision.ReasonLength);
    }
}

/// <summary>
/// The clerk (<c>RecordCommitteeDecisions</c>) records the committee's outcome on one item of the meeting's latest published
/// pack. <see cref="CommitteeDecision.Record"/> checks it and applies it, in the same save, to the record the item came from
/// through that record's own rule: the same rules the per-item pages use (a board's recommendation, a chair's urgent
/// decision, a recommended exit, which also ends the boards sitting for the case, a designation noted).
/// </summary>
public sealed class RecordCommitteeOutcomeHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, CommitteeOutcomeForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.CommitteeMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return CommandResult.Missing;
        }

        var kind = form.ItemKind!.Value;
        var itemId = form.ItemId!.Value;
        var packs = await db.CommitteePacks.AsNoTracking().Where(p => p.MeetingId == meetingId).ToListAsync(ct);
        var recorded = await db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meetingId).ToListAsync(ct);
        var record = await RecordAsync(kind, itemId, ct);
        return await db.SaveCommandAsync(
            () =>
            {
                var decision = CommitteeDecision.Record(
                    meeting, packs, recorded, kind, itemId, form.Outcome!.Value, form.Reason, record, trust.UserId!.Value, clock.GetUtcNow(), clock.Today());
                db.CommitteeDecisions.Add(decision);
                return decision.Id;
            },
            ct,
            async () => await db.CommitteeDecisions.AnyAsync(d => d.MeetingId == meetingId && d.ItemKind == kind && d.ItemId == itemId, ct)
                ? CommandResult.Refuse("The committee's outcome on this item has just been recorded for this meeting by someone else.")
                : null);
    }

    /// <summary>The record the item flows back to, with what its rule needs; null when it is not in the trust.</summary>
    private async Task<CommitteeItemRecord?> RecordAsync(CommitteeItemKind kind, Guid itemId, CancellationToken ct)
    {
        switch (kind)
        {
            case CommitteeItemKind.Recommendation:
                var recommendation = await db.BoardRecommendations.SingleOrDefaultAsync(r => r.Id == itemId, ct);
                if (recommendation is null)
                {
                    return null;
                }

                var madeOn = await db.BoardMeetings.Where(m => m.Id == recommendation.MeetingId).Select(m => m.ScheduledOn).SingleAsync(ct);
                return CommitteeItemRecord.Of(recommendation, madeOn);
            case CommitteeItemKind.UrgentDecision:
                return await db.UrgentDecisions.SingleOrDefaultAsync(d => d.Id == itemId, ct) is { } urgent ? CommitteeItemRecord.Of(urgent) : null;
            case CommitteeItemKind.Exit or CommitteeItemKind.Designation:
                var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == itemId, ct);
                if (concern is null)
                {
                    return null;
                }

                var school = await db.Schools.SingleAsync(s => s.Id == concern.SchoolId, ct);
                var boards = kind == CommitteeItemKind.Exit
                    ? await db.Boards.Where(b => b.ConcernCaseId == concern.Id && b.Status == BoardStatus.Active).ToListAsync(ct)
                    : [];
                return CommitteeItemRecord.Of(concern, school, boards);
            default:
                return null;
        }
    }
}

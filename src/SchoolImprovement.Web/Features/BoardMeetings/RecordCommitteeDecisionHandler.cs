using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class CommitteeDecisionForm : IVersionedForm
{
    public Guid Version { get; set; }

    public bool? Accepted { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Notes { get; set; }
}

public sealed class CommitteeDecisionFormValidator : AbstractValidator<CommitteeDecisionForm>
{
    public CommitteeDecisionFormValidator()
    {
        RuleFor(f => f.Accepted).NotNull().WithMessage("Choose whether the committee accepted or rejected the recommendation.");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("Enter the date of the committee's meeting.");
        RuleFor(f => f.Notes).MaximumLength(BoardRecommendation.TextLength);
    }
}

/// <summary>
/// The Education and Standards Committee's decision on a recommendation, recorded once by the governance professional
/// (<c>RecordCommitteeDecisions</c>). The board is advisory: this records the decision and changes nothing else.
/// </summary>
public sealed class RecordCommitteeDecisionHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    /// <summary>The meeting the recommendation was made at (the page shown again), or null when it is not in the trust.</summary>
    public Task<Guid?> MeetingOfAsync(Guid recommendationId, CancellationToken ct) =>
        db.BoardRecommendations.Where(r => r.Id == recommendationId).Select(r => (Guid?)r.MeetingId).SingleOrDefaultAsync(ct);

    public async Task<CommandResult> HandleAsync(Guid recommendationId, CommitteeDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var recommendation = await db.BoardRecommendations.SingleOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return CommandResult.Missing;
        }

        var meetingOn = await db.BoardMeetings.Where(m => m.Id == recommendation.MeetingId).Select(m => m.ScheduledOn).SingleAsync(ct);
        return await db.ChangeAsync(recommendation, form.Version, r =>
        {
            r.RecordCommitteeDecision(form.Accepted!.Value, form.DecidedOn!.Value, meetingOn, clock.Today(), form.Notes, trust.UserId!.Value);
            return Task.CompletedTask;
        }, r => r.MeetingId, ct);
    }
}

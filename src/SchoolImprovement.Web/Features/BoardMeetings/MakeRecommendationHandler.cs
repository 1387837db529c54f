using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class RecommendationForm
{
    public string? Text { get; set; }
}

public sealed class RecommendationFormValidator : AbstractValidator<RecommendationForm>
{
    public RecommendationFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the recommendation to the Education and Standards Committee.")
            .MaximumLength(BoardRecommendation.TextLength).WithMessage($"The recommendation can be at most {BoardRecommendation.TextLength:N0} characters.");
    }
}

/// <summary>
/// Records a recommendation to the Education and Standards Committee made at the meeting: refused, with the reason and
/// nothing saved, when the meeting was not quorate. Who may is declared on the controller.
/// </summary>
public sealed class MakeRecommendationHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, RecommendationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.BoardMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(() =>
        {
            var recommendation = BoardRecommendation.Make(meeting, form.Text, trust.UserId!.Value, clock.GetUtcNow());
            db.BoardRecommendations.Add(recommendation);
            return recommendation.Id;
        }, ct);
    }
}

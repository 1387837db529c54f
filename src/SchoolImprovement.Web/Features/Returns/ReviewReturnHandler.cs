using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Returns;

public sealed class ReviewForm : IVersionedForm
{
    public Guid Version { get; set; }
    public ReviewOutcome? Outcome { get; set; }
    public string? Comments { get; set; }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleFor(f => f.Outcome).NotNull().IsInEnum().WithMessage("Choose reviewed or changes requested.");
        RuleFor(f => f.Comments).MaximumLength(ReturnVersion.CommentsLength);
    }
}

/// <summary>
/// The linked officer (or the Director of Learning) reviews the latest version: reviewed, or changes requested
/// with comments the headteacher answers with a new version. Who may is declared on the controller.
/// </summary>
public sealed class ReviewReturnHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid id, ReviewForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var version = await db.ReturnVersions.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (version is not null && await ReturnVersionQueries.NewerExistsAsync(db, version, ct))
        {
            return CommandResult.Refuse($"Version {version.Number} has been replaced by a newer version: review that one.");
        }

        return await db.ChangeAsync(version, form.Version, v =>
        {
            v.RecordReview(form.Outcome!.Value, form.Comments, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, v => v.Id, ct);
    }
}

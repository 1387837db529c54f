using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>The headteacher's answer: confirmed as accurate, or disputed with a comment.</summary>
public sealed class VisitResponseForm : IVersionedForm
{
    public Guid Version { get; set; }

    public VisitResponse? Response { get; set; }

    public string? Comment { get; set; }
}

public sealed class VisitResponseFormValidator : AbstractValidator<VisitResponseForm>
{
    public VisitResponseFormValidator()
    {
        RuleFor(f => f.Response).NotNull().IsInEnum().WithMessage("Say whether the note is accurate or disputed.");
        RuleFor(f => f.Comment).MaximumLength(ImprovementVisit.CommentLength).WithMessage($"The comment can be at most {ImprovementVisit.CommentLength:N0} characters.");
    }
}

/// <summary>
/// A headteacher of the school confirms a published visit note as accurate or disputes it with a comment, once; the
/// dispute stays on record. Anyone else (the improvement team passes the school scope) is refused.
/// </summary>
public sealed class RespondToVisitHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(Guid visitId, VisitResponseForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var visit = await db.ImprovementVisits.SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null || visit.IsDraft)
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        var isHead = await db.SchoolAssignments.AnyAsync(a => a.SchoolId == visit.SchoolId && a.UserId == by && a.Kind == AssignmentKind.HeadteacherOf, ct);
        return await db.SaveCommandAsync(() =>
        {
            db.ExpectVersion(visit, form.Version);
            visit.Respond(by, isHead, form.Response!.Value, form.Comment, clock.GetUtcNow());
            return visit.Id;
        }, ct);
    }
}

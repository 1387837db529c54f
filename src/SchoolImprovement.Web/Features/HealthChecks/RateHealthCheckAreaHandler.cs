using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HealthChecks;

/// <summary>An area's rating and findings, with the action agreed for an identified area and the date it is agreed by.</summary>
public sealed class RateHealthCheckAreaForm : IVersionedForm
{
    public Guid Version { get; set; }

    public Rag? Rag { get; set; }

    public string? Findings { get; set; }

    public string? ActionTitle { get; set; }

    public DateOnly? ActionDueOn { get; set; }
}

public sealed class RateHealthCheckAreaFormValidator : AbstractValidator<RateHealthCheckAreaForm>
{
    public RateHealthCheckAreaFormValidator()
    {
        RuleFor(f => f.Rag).IsInEnum().WithMessage("Rate the area: Red, Amber or Green.");
    }
}

/// <summary>
/// Rates one area of a draft health check with its findings (DDAT §2); an identified area (Red or Amber) becomes an
/// action in the school's tracker owned by the headteacher, due by the agreed date ("within agreed timelines"), saved
/// with the rating or not at all.
/// </summary>
public sealed class RateHealthCheckAreaHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid id, Guid areaId, RateHealthCheckAreaForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = await db.HealthChecks.Include(c => c.Areas).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (check is null || check.Areas.All(a => a.Id != areaId))
        {
            return CommandResult.Missing;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == check.SchoolId, ct);
        return await db.SaveCommandAsync(() =>
        {
            db.ExpectVersion(check, form.Version);
            // A change to an area is a change to the check: its version moves on, so two people rating at once conflict.
            db.Entry(check).State = EntityState.Modified;
            var action = check.Rate(areaId, form.Rag, form.Findings, form.ActionTitle, form.ActionDueOn, clock.Today(), clock.GetUtcNow());
            if (action is not null)
            {
                school.EnsureOpenFor("given actions");
                db.Actions.Add(action);
            }

            return check.Id;
        }, ct);
    }
}

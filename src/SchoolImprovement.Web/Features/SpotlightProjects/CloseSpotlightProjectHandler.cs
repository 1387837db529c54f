using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

public sealed class CloseSpotlightForm : IVersionedForm
{
    public Guid Version { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Outcome { get; set; }
}

public sealed class CloseSpotlightFormValidator : AbstractValidator<CloseSpotlightForm>
{
    public CloseSpotlightFormValidator()
    {
        RuleFor(f => f.ClosedOn).NotNull().WithMessage("Enter the date the project closes.");
    }
}

/// <summary>The confirmation page before closing: what closing means, and the outcome as typed.</summary>
public sealed record CloseSpotlightPage(Guid Id, Guid SchoolId, string School, int Visits, bool IsOpen, CloseSpotlightForm Form);

/// <summary>The improvement team closes a project with its outcome; no visit is recorded after it (DDAT §6).</summary>
public sealed class CloseSpotlightProjectHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<CloseSpotlightPage?> PageAsync(Guid id, CloseSpotlightForm? form, CancellationToken ct)
    {
        var project = await db.SpotlightProjects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.SchoolId, p.Version, p.Status,
                School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.Name).First(),
                Visits = db.SpotlightVisits.Count(v => v.ProjectId == p.Id),
            })
            .SingleOrDefaultAsync(ct);
        return project is null
            ? null
            : new CloseSpotlightPage(project.Id, project.SchoolId, project.School, project.Visits, project.Status == Domain.Spotlight.SpotlightStatus.Open, form ?? new CloseSpotlightForm { Version = project.Version, ClosedOn = clock.Today() });
    }

    public async Task<CommandResult> HandleAsync(Guid id, CloseSpotlightForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var project = await db.SpotlightProjects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(() =>
        {
            db.ExpectVersion(project, form.Version);
            project.Close(form.Outcome, form.ClosedOn!.Value, clock.Today());
            return project.Id;
        }, ct);
    }
}

using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

/// <summary>A focused visit as the officer records it, with up to <see cref="ActionRows"/> clear actions for the tracker.</summary>
public sealed class SpotlightVisitForm : IVersionedForm
{
    public const int ActionRows = 3;

    public Guid Version { get; set; }

    public DateOnly? VisitedOn { get; set; }

    public string? Strengths { get; set; }

    public string? NextSteps { get; set; }

    public string? Notes { get; set; }

    /// <summary>Clear actions agreed at the visit; rows left without a title are ignored.</summary>
    public List<SpotlightActionForm> Actions { get; set; } = [];

    public static SpotlightVisitForm Blank(DateOnly today, Guid version) => new() { VisitedOn = today, Version = version };

    /// <summary>The action row <paramref name="index"/> as typed, or an empty one.</summary>
    public SpotlightActionForm ActionAt(int index) => index < Actions.Count ? Actions[index] : new SpotlightActionForm();
}

public sealed class SpotlightActionForm
{
    public string? Title { get; set; }

    public string? OwnerRole { get; set; }

    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool IsGiven => !string.IsNullOrWhiteSpace(Title);
}

public sealed class SpotlightVisitFormValidator : AbstractValidator<SpotlightVisitForm>
{
    public SpotlightVisitFormValidator()
    {
        RuleFor(f => f.VisitedOn).NotNull().WithMessage("Enter the date of the visit.");
        RuleFor(f => f.Actions.Count).LessThanOrEqualTo(SpotlightVisitForm.ActionRows).WithMessage($"Record at most {SpotlightVisitForm.ActionRows} actions with a visit; add more in the action tracker.");
        RuleForEach(f => f.Actions).ChildRules(action =>
        {
            action.RuleFor(a => a.Title).MaximumLength(1000).WithMessage("An action's description can be at most 1,000 characters.");
            action.RuleFor(a => a.DueOn).NotNull().When(a => a.IsGiven).WithMessage("Enter the date each action is due by.");
            action.RuleFor(a => a).Must(a => !string.IsNullOrWhiteSpace(a.OwnerRole) || a.OwnerUserId is not null).When(a => a.IsGiven)
                .WithName("Owner").WithMessage("Choose each action's owner: a role, a person or both.");
        });
    }
}

/// <summary>
/// The officer records a focused visit (DDAT §6): strengths, next steps and notes on the project, and the clear actions
/// agreed into the school's action tracker (sourced to the visit, each with an owner and a due date). The visit and its
/// actions are saved together or not at all; a closed project or school takes no visit.
/// </summary>
public sealed class RecordSpotlightVisitHandler(PortalDbContext db, ActionOwnerQueries owners, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(Guid projectId, SpotlightVisitForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var project = await db.SpotlightProjects.SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return CommandResult.Missing;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == project.SchoolId, ct);
        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(async () =>
        {
            db.ExpectVersion(project, form.Version);
            school.EnsureOpenFor("given Spotlight visits");
            var today = clock.Today();
            var now = clock.GetUtcNow();
            var visit = project.RecordVisit(form.VisitedOn!.Value, form.Strengths, form.NextSteps, form.Notes, by, today, now);
            db.SpotlightVisits.Add(visit);
            foreach (var row in form.Actions.Where(a => a.IsGiven))
            {
                await owners.EnsureMayOwnAsync(row.OwnerUserId, ct);
                db.Actions.Add(ImprovementAction.Create(
                    project.SchoolId, row.Title!, ActionSource.Spotlight, visit.Id, row.OwnerRole, row.OwnerUserId,
                    row.DueOn ?? throw new DomainException("Enter the date each action is due by."), today, now));
            }

            return visit.Id;
        }, ct);
    }
}

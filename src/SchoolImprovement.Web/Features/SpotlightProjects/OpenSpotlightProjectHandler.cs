using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Features.DataDashboards;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

public sealed class OpenSpotlightForm
{
    public SpotlightOrigin Origin { get; set; } = SpotlightOrigin.ByHand;

    public string? Reason { get; set; }

    public Guid? OfficerUserId { get; set; }

    public Guid? LocalCommitteeMemberUserId { get; set; }

    public string? LocalCommitteeMemberName { get; set; }

    public DateOnly? OpenedOn { get; set; }
}

public sealed class OpenSpotlightFormValidator : AbstractValidator<OpenSpotlightForm>
{
    public OpenSpotlightFormValidator()
    {
        RuleFor(f => f.OpenedOn).NotNull().WithMessage("Enter the date the project opens.");
        RuleFor(f => f.Origin).IsInEnum().WithMessage("Say whether the project comes from a Spotlight candidate or is opened by hand.");
    }
}

/// <summary>The open form: the school, the candidate's results when it came from the candidates list, the people to choose from.</summary>
public sealed record OpenSpotlightPage(
    Guid SchoolId, string School, Guid? OpenProjectId, OpenSpotlightForm Form, IReadOnlyList<PersonOption> Officers, IReadOnlyList<PersonOption> LocalCommitteeMembers);

/// <summary>
/// The improvement team opens a Spotlight project for a school (DDAT §6): from the data dashboard's candidates, the
/// reason prefilled from the candidate's results, or by hand with a reason. One open project per school (the database
/// holds it too, against two opened at once).
/// </summary>
public sealed class OpenSpotlightProjectHandler(PortalDbContext db, SpotlightPeopleQueries people, TimeProvider clock)
{
    public async Task<OpenSpotlightPage?> PageAsync(Guid schoolId, string? candidateMeasure, OpenSpotlightForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        if (form is null)
        {
            form = new OpenSpotlightForm { OpenedOn = clock.Today() };
            if (candidateMeasure is not null && await CandidateReasonAsync(schoolId, school.Phase, candidateMeasure, ct) is { } reason)
            {
                form.Origin = SpotlightOrigin.Candidate;
                form.Reason = reason;
            }
        }

        var open = await db.SpotlightProjects.Where(p => p.SchoolId == schoolId && p.Status == SpotlightStatus.Open).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return new OpenSpotlightPage(schoolId, school.Name, open, form, await people.OfficersAsync(ct), await people.LocalCommitteeMembersAsync(schoolId, ct));
    }

    public async Task<CommandResult> HandleAsync(Guid schoolId, OpenSpotlightForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            async () =>
            {
                school.EnsureOpenFor("given a Spotlight project");
                SpotlightProject.EnsureNoneOpen(await db.SpotlightProjects.AnyAsync(p => p.SchoolId == schoolId && p.Status == SpotlightStatus.Open, ct));
                var project = SpotlightProject.Open(
                    schoolId, form.Origin, form.Reason, form.OfficerUserId, form.LocalCommitteeMemberUserId, form.LocalCommitteeMemberName,
                    form.OpenedOn!.Value, clock.Today());
                await people.EnsureMayBeNamedAsync(form.OfficerUserId, form.LocalCommitteeMemberUserId, ct);
                db.SpotlightProjects.Add(project);
                return project.Id;
            },
            ct,
            async () => await db.SpotlightProjects.AnyAsync(p => p.SchoolId == schoolId && p.Status == SpotlightStatus.Open, ct)
                ? CommandResult.Refuse("Someone else opened a Spotlight project for this school at the same moment: record visits there.")
                : null);
    }

    /// <summary>The candidate's results in the measure (<see cref="SpotlightRule"/>), as the reason's text; null when the school is not a candidate in it.</summary>
    private async Task<string?> CandidateReasonAsync(Guid schoolId, string phase, string measureKey, CancellationToken ct)
    {
        var measure = Measures.All.FirstOrDefault(m => m.Key == measureKey && m.AppliesTo(phase));
        if (measure is null)
        {
            return null;
        }

        var latestYear = await db.HeadlineValues.Where(v => v.Group == PupilGroup.All).MaxAsync(v => (int?)v.Year, ct) ?? 0;
        var values = await db.HeadlineValues.AsNoTracking()
            .Where(v => v.SchoolId == schoolId && v.MeasureKey == measureKey && v.Group == PupilGroup.All && v.Year >= latestYear - 1)
            .Select(v => new { v.Year, v.TermNumber, v.Value })
            .ToListAsync(ct);
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Where(n => n.Group == PupilGroup.All && n.MeasureKey == measureKey)
            .Select(n => new NationalFigure(n.Year, n.MeasureKey, n.Group, n.Phase, n.Value))
            .ToListAsync(ct));
        var results = values.Select(v => new SpotlightResult(v.Year, v.TermNumber, v.Value, DataFigures.National(national, v.Year, measureKey, PupilGroup.All, phase)));
        if (SpotlightRule.Assess(measure, results) is not { } candidate)
        {
            return null;
        }

        var (previous, latest) = (candidate.Previous, candidate.Latest);
        return $"Spotlight candidate in {measure.Name}: {DataFigures.Format(measure, latest.Value)} in {DataFigures.Period(latest.Year, latest.TermNumber)} " +
            $"(national {DataFigures.Format(measure, latest.National!.Value)}), down from {DataFigures.Format(measure, previous.Value)} in " +
            $"{DataFigures.Period(previous.Year, previous.TermNumber)} (national {DataFigures.Format(measure, previous.National!.Value)}): " +
            "a drop in attainment with outcomes below national in both.";
    }
}

using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.HealthChecks;

public sealed class StartHealthCheckForm
{
    public DateOnly? HeldOn { get; set; }

    /// <summary>The school has early years provision: its area applies.</summary>
    public bool HasEarlyYears { get; set; }

    /// <summary>The school has a sixth form: its area applies.</summary>
    public bool HasSixthForm { get; set; }
}

public sealed class StartHealthCheckFormValidator : AbstractValidator<StartHealthCheckForm>
{
    public StartHealthCheckFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Enter the date of the health check meeting.");
    }
}

/// <summary>
/// The start page: the school, the framework the areas follow (from its latest Ofsted inspection) and the areas, the
/// optional ones named so the recorder can say whether the school has them; the draft in progress, if any.
/// </summary>
public sealed record StartHealthCheckPage(
    Guid SchoolId, string School, InspectionFramework Framework, DateOnly? LatestInspectionOn, IReadOnlyList<string> Areas,
    string EarlyYearsArea, string SixthFormArea, Guid? DraftId, StartHealthCheckForm Form);

/// <summary>
/// The improvement team starts a school's health check meeting (DDAT §2): the areas come from the framework of the
/// school's latest Ofsted inspection (Ofsted 2019 when none is recorded) plus health and safety, internal audit, and
/// financial and non-financial controls; early years and sixth form are marked not applicable where the school has
/// none. One draft per school (the database holds it too); a closed school takes none.
/// </summary>
public sealed class StartHealthCheckHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<StartHealthCheckPage?> PageAsync(Guid schoolId, StartHealthCheckForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking()
            .Where(s => s.Id == schoolId)
            .Select(s => new
            {
                s.Name, s.Phase,
                DraftId = db.HealthChecks.Where(c => c.SchoolId == s.Id && c.Status == HealthCheckStatus.Draft).Select(c => (Guid?)c.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var latest = await LatestOfsted(schoolId).Select(i => new { i.Framework, i.InspectedOn, i.Grades }).FirstOrDefaultAsync(ct);

        var framework = HealthCheckAreas.FrameworkFor(latest?.Framework);
        var earlyYears = HealthCheckAreas.EarlyYears(framework);
        var sixthForm = HealthCheckAreas.SixthForm(framework);
        form ??= new StartHealthCheckForm
        {
            HeldOn = clock.Today(),
            // The latest inspection graded the area, or else the phase suggests it; the recorder confirms.
            HasEarlyYears = latest?.Grades.ContainsKey(earlyYears) ?? PhaseHas(school.Phase, "Primary", "Nursery", "All-through"),
            HasSixthForm = latest?.Grades.ContainsKey(sixthForm) ?? PhaseHas(school.Phase, "16", "All-through"),
        };
        return new StartHealthCheckPage(
            schoolId, school.Name, framework, latest?.InspectedOn, HealthCheckAreas.For(framework), earlyYears, sixthForm, school.DraftId, form);
    }

    public async Task<CommandResult> HandleAsync(Guid schoolId, StartHealthCheckForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(
            async () =>
            {
                school.EnsureOpenFor("given health checks");
                HealthCheck.EnsureNoDraft(await HasDraftAsync(schoolId, ct));
                var latest = await LatestOfsted(schoolId).Select(i => (InspectionFramework?)i.Framework).FirstOrDefaultAsync(ct);
                var check = HealthCheck.Start(
                    schoolId, HealthCheckAreas.FrameworkFor(latest), form.HeldOn!.Value, form.HasEarlyYears, form.HasSixthForm, by, clock.Today(), clock.GetUtcNow());
                db.HealthChecks.Add(check);
                return check.Id;
            },
            ct,
            async () => await HasDraftAsync(schoolId, ct)
                ? CommandResult.Refuse("Someone else started a health check for this school at the same moment: continue that one.")
                : null);
    }

    /// <summary>The school's Ofsted inspections (either framework, not SIAMS), latest first.</summary>
    private IQueryable<Inspection> LatestOfsted(Guid schoolId) =>
        db.Inspections.AsNoTracking()
            .Where(i => i.SchoolId == schoolId && i.Framework != InspectionFramework.Siams)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id);

    private Task<bool> HasDraftAsync(Guid schoolId, CancellationToken ct) =>
        db.HealthChecks.AnyAsync(c => c.SchoolId == schoolId && c.Status == HealthCheckStatus.Draft, ct);

    private static bool PhaseHas(string phase, params string[] words) => words.Any(w => phase.Contains(w, StringComparison.OrdinalIgnoreCase));
}

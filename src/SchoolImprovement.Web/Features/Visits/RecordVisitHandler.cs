using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// The officer records a visit (issue 11): a new note saved as a draft or published at once, and a draft edited (and
/// published from its edit) by its officer or the Director of Learning. A published note is not edited. A closed school
/// takes no visit.
/// </summary>
public sealed class RecordVisitHandler(
    PortalDbContext db, ActionOwnerQueries owners, PublishVisitHandler publishing, TrustPolicyReader policy, TimeProvider clock, IHttpContextAccessor http)
{
    public const string AllocationNote =
        "Publishing logs the days on your day allocation for the school and academic year; it is refused when there is no allocation or the days would go past it.";

    public async Task<VisitFormPage?> NewPageAsync(Guid schoolId, VisitForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        return school is null ? null : new VisitFormPage(schoolId, school, null, form ?? VisitForm.Blank(clock.Today()), await owners.PeopleAsync(ct), await NoteAsync(ct));
    }

    /// <summary>A draft's edit page; null for a published note (nothing to edit) or one that is not the person's to write.</summary>
    public async Task<VisitFormPage?> EditPageAsync(Guid visitId, VisitForm? form, CancellationToken ct)
    {
        var found = await db.ImprovementVisits.AsNoTracking()
            .Where(v => v.Id == visitId)
            .Select(v => new { Visit = v, School = db.Schools.Where(s => s.Id == v.SchoolId).Select(s => s.Name).First() })
            .SingleOrDefaultAsync(ct);
        if (found is null || !found.Visit.IsDraft || !PublishVisitHandler.MayWrite(http.HttpContext!.User, found.Visit))
        {
            return null;
        }

        var shown = form ?? VisitForm.From(found.Visit);
        return new VisitFormPage(found.Visit.SchoolId, found.School, visitId, shown, await owners.PeopleAsync(ct), await NoteAsync(ct));
    }

    public async Task<CommandResult> CreateAsync(Guid schoolId, VisitForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(async () =>
        {
            school.EnsureOpenFor("given visits");
            var visit = ImprovementVisit.Draft(schoolId, by, form.ToNote(), clock.Today(), clock.GetUtcNow());
            await EnsureOwnersAsync(form, ct);
            db.ImprovementVisits.Add(visit);
            if (form.Publish)
            {
                await publishing.PublishAsync(visit, ct);
            }

            return visit.Id;
        }, ct);
    }

    public async Task<CommandResult> ReviseAsync(Guid visitId, VisitForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var visit = await db.ImprovementVisits.SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null)
        {
            return CommandResult.Missing;
        }

        if (!PublishVisitHandler.MayWrite(http.HttpContext!.User, visit))
        {
            return CommandResult.NotAllowed;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == visit.SchoolId, ct);
        return await db.SaveCommandAsync(async () =>
        {
            db.ExpectVersion(visit, form.Version);
            school.EnsureOpenFor("given visits");
            visit.Revise(form.ToNote(), clock.Today());
            await EnsureOwnersAsync(form, ct);
            if (form.Publish)
            {
                await publishing.PublishAsync(visit, ct);
            }

            return visit.Id;
        }, ct);
    }

    private async Task EnsureOwnersAsync(VisitForm form, CancellationToken ct)
    {
        foreach (var owner in form.Actions.Where(a => a.IsGiven).Select(a => a.OwnerUserId).Distinct())
        {
            await owners.EnsureMayOwnAsync(owner, ct);
        }
    }

    private async Task<string?> NoteAsync(CancellationToken ct) =>
        (await policy.CurrentAsync(ct)).Uses(PolicyCapability.DayAllocations) ? AllocationNote : null;
}

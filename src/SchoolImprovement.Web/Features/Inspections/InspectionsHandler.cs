using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>Every inspection of a school, newest first, with the latest per framework and the suggestion.</summary>
public sealed record InspectionHistory(Guid SchoolId, string SchoolName, IReadOnlyList<InspectionRow> Inspections, LatestInspections Latest, bool CanRecord);

/// <summary>The form to record an inspection of a school.</summary>
public sealed record InspectionCreatePage(Guid SchoolId, string SchoolName, InspectionForm Form);

/// <summary>One inspection with its school's name (the delete confirmation).</summary>
public sealed record InspectionDeletePage(string SchoolName, InspectionRow Inspection);

/// <summary>Reads, records and deletes a school's inspections. Access to the school is declared on the controller and checked before this runs.</summary>
public sealed class InspectionsHandler(PortalDbContext db, TimeProvider clock, PermissionsReader permissions)
{
    public async Task<InspectionHistory?> HistoryAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var name = await SchoolNameAsync(schoolId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        var inspections = await LatestInspections.NewestFirstAsync(db, schoolId, cancellationToken);
        return new InspectionHistory(
            schoolId, name, [.. inspections.Select(InspectionRow.From)], LatestInspections.From(schoolId, inspections),
            (await permissions.CurrentAsync()).RecordInspections);
    }

    public async Task<InspectionCreatePage?> CreatePageAsync(Guid schoolId, InspectionForm form, CancellationToken cancellationToken) =>
        await SchoolNameAsync(schoolId, cancellationToken) is { } name ? new InspectionCreatePage(schoolId, name, form) : null;

    /// <summary>Records the inspection; refused (nothing saved) when it breaks a rule.</summary>
    public async Task<CommandResult> RecordAsync(Guid schoolId, InspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            return CommandResult.Missing;
        }

        var today = clock.Today();
        var on = form.InspectedOn ?? throw new ArgumentException("The form has no date: validate it first.", nameof(form));
        var grades = form.GradesByArea();
        return await db.SaveCommandAsync(
            () =>
            {
                var inspection = form.Framework switch
                {
                    InspectionFramework.Ofsted2019 => Inspection.Ofsted2019(schoolId, on, grades.ToDictionary(g => g.Key, g => (OfstedGrade)g.Value), today, form.CombinedNotes()),
                    InspectionFramework.OfstedReportCard => Inspection.ReportCard(schoolId, on, grades.ToDictionary(g => g.Key, g => (ReportCardGrade)g.Value), form.SafeguardingMet ?? throw new DomainException("Choose whether safeguarding was met."), today, form.CombinedNotes()),
                    InspectionFramework.Siams => Inspection.SiamsInspection(schoolId, on, form.Judgement ?? default, form.CombinedNotes(), today),
                    _ => throw new DomainException("Choose the inspection framework."),
                };
                db.Inspections.Add(inspection);
                return inspection.Id;
            },
            cancellationToken);
    }

    public async Task<InspectionDeletePage?> DeletePageAsync(Guid schoolId, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Inspections.AsNoTracking()
            .Where(i => i.Id == id && i.SchoolId == schoolId)
            .Join(db.Schools, i => i.SchoolId, s => s.Id, (i, s) => new { Inspection = i, s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new InspectionDeletePage(found.Name, InspectionRow.From(found.Inspection));
    }

    /// <summary>Deletes the inspection; not found when the school has no such inspection.</summary>
    public async Task<CommandResult> DeleteAsync(Guid schoolId, Guid id, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id && i.SchoolId == schoolId, cancellationToken);
        if (inspection is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            () =>
            {
                db.Inspections.Remove(inspection);
                return inspection.Id;
            },
            cancellationToken);
    }

    private Task<string?> SchoolNameAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
}

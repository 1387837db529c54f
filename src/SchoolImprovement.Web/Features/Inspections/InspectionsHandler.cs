using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>Every inspection of a school, newest first, with the latest per framework and the suggestion.</summary>
public sealed record InspectionHistory(Guid SchoolId, string SchoolName, IReadOnlyList<Inspection> Inspections, LatestInspections Latest);

/// <summary>One inspection with its school's name (the delete confirmation).</summary>
public sealed record InspectionOfSchool(string SchoolName, Inspection Inspection);

/// <summary>Reads, records and deletes a school's inspections. The controller checks access to the school first.</summary>
public sealed class InspectionsHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<InspectionHistory?> HistoryAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var name = await SchoolNameAsync(schoolId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        var inspections = await LatestInspections.NewestFirstAsync(db, schoolId, cancellationToken);
        return new InspectionHistory(schoolId, name, inspections, LatestInspections.From(schoolId, inspections));
    }

    public Task<string?> SchoolNameAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Records the inspection; returns the rule it breaks (nothing is saved then), or null once saved.</summary>
    public async Task<string?> RecordAsync(Guid schoolId, InspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var today = clock.Today();
        var on = form.InspectedOn ?? throw new ArgumentException("The form has no date: validate it first.", nameof(form));
        var grades = form.GradesByArea();
        try
        {
            var inspection = form.Framework switch
            {
                InspectionFramework.Ofsted2019 => Inspection.Ofsted2019(schoolId, on, grades.ToDictionary(g => g.Key, g => (OfstedGrade)g.Value), today, form.CombinedNotes()),
                InspectionFramework.OfstedReportCard => Inspection.ReportCard(schoolId, on, grades.ToDictionary(g => g.Key, g => (ReportCardGrade)g.Value), form.SafeguardingMet ?? throw new DomainException("Choose whether safeguarding was met."), today, form.CombinedNotes()),
                InspectionFramework.Siams => Inspection.SiamsInspection(schoolId, on, form.Judgement ?? default, form.CombinedNotes(), today),
                _ => throw new DomainException("Choose the inspection framework."),
            };
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    public async Task<InspectionOfSchool?> FindAsync(Guid schoolId, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Inspections.AsNoTracking()
            .Where(i => i.Id == id && i.SchoolId == schoolId)
            .Join(db.Schools, i => i.SchoolId, s => s.Id, (i, s) => new { Inspection = i, s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new InspectionOfSchool(found.Name, found.Inspection);
    }

    /// <summary>Deletes the inspection; false when the school has no such inspection.</summary>
    public async Task<bool> DeleteAsync(Guid schoolId, Guid id, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id && i.SchoolId == schoolId, cancellationToken);
        if (inspection is null)
        {
            return false;
        }

        db.Inspections.Remove(inspection);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

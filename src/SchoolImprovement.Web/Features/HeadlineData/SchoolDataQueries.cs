using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>One line of a school's data for a year: a measure, group and term, with what is held and the national figure.</summary>
public sealed record SchoolDataRow(string Measure, string Term, string Group, string? Value, string? Target, string? Source, string? State, string National);

/// <summary>A school's headline data for one academic year, with the years to choose from.</summary>
public sealed record SchoolDataPage(
    Guid SchoolId,
    string SchoolName,
    string Phase,
    int Year,
    string YearName,
    IReadOnlyList<(int Year, string Name)> Years,
    IReadOnlyList<SchoolDataRow> Rows,
    int Submitted,
    bool CanEdit,
    bool CanValidate)
{
    public bool HasData => Rows.Any(r => r.Value is not null);
}

/// <summary>Reads a school's headline data (three queries: the school, the year's figures, the national figures).</summary>
public sealed class SchoolDataQueries(PortalDbContext db, TimeProvider clock, PermissionsReader permissions)
{
    /// <summary>The academic years a page offers: the current one and the four before it.</summary>
    public const int YearsShown = 5;

    public int CurrentYear => AcademicYear.Containing(clock.Today()).StartYear;

    public IReadOnlyList<(int Year, string Name)> YearChoices() =>
        [.. Enumerable.Range(0, YearsShown).Select(i => CurrentYear - i).Select(y => (y, HeadlineLabels.YearName(y)))];

    public async Task<SchoolDataPage?> SchoolDataAsync(Guid schoolId, int? year, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Id, s.Name, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var chosen = year ?? await db.HeadlineValues.Where(v => v.SchoolId == schoolId).MaxAsync(v => (int?)v.Year, ct) ?? CurrentYear;
        var values = await db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == schoolId && v.Year == chosen).ToListAsync(ct);
        var national = new NationalLookup(await db.NationalComparators.AsNoTracking().Where(c => c.Year == chosen).ToListAsync(ct), school.Phase);
        var held = values.ToDictionary(v => (v.MeasureKey, v.TermNumber, v.Group));
        var rows = new List<SchoolDataRow>();
        foreach (var measure in Measures.For(school.Phase))
        {
            foreach (var term in Measures.TermNumbersOf(measure))
            {
                foreach (var group in Enum.GetValues<PupilGroup>())
                {
                    held.TryGetValue((measure.Key, term, group), out var v);
                    rows.Add(new SchoolDataRow(
                        measure.Name,
                        term == HeadlineValue.WholeYear ? "Whole year" : HeadlineLabels.TermName(term),
                        group.Label(),
                        v is null ? null : measure.Format(v.Value),
                        v?.Target is { } t ? measure.Format(t) : null,
                        v?.Source.Label(),
                        v?.State.Label(),
                        national.Shown(measure, chosen, group)));
                }
            }
        }

        var can = await permissions.CurrentAsync();
        var years = YearChoices().Concat(values.Count > 0 && !YearChoices().Any(y => y.Year == chosen) ? [(chosen, HeadlineLabels.YearName(chosen))] : []).ToList();
        return new SchoolDataPage(school.Id, school.Name, school.Phase, chosen, HeadlineLabels.YearName(chosen), years, rows,
            values.Count(v => v.State == DataState.Submitted), can.EnterHeadlineData, can.ValidateHeadlineData);
    }
}

using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>One cell of the grid as posted: a measure, group and term with the figure, target and source typed. Blank value = not entered.</summary>
public sealed class HeadlineCellInput
{
    public string MeasureKey { get; set; } = "";
    public PupilGroup Group { get; set; }
    public int TermNumber { get; set; }
    public string? Value { get; set; }
    public string? Target { get; set; }
    public DataSource? Source { get; set; }

    /// <summary>The version of the figure the person saw; null when there was none.</summary>
    public Guid? Version { get; set; }
}

/// <summary>The grid for one academic year: the whole-year measures and the termly ones for <see cref="Term"/>. Cells not posted (validated ones shown read-only) are left as they are.</summary>
public sealed class HeadlineEntryForm
{
    public int Term { get; set; } = 1;
    public List<HeadlineCellInput> Cells { get; set; } = [];
}

/// <summary>A cell of the grid as shown: the kept or held input, whether the person may change it, and on a conflict what is saved now.</summary>
public sealed record HeadlineCellView(
    int Index,
    string MeasureKey,
    string MeasureName,
    string UnitHint,
    PupilGroup Group,
    string GroupLabel,
    int TermNumber,
    string? Value,
    string? Target,
    DataSource? Source,
    Guid? Version,
    string State,
    bool ReadOnly,
    string? SavedNow,
    string National);

public sealed record HeadlineEntryPage(
    Guid SchoolId,
    string SchoolName,
    int Year,
    string YearName,
    int Term,
    IReadOnlyList<(int Year, string Name)> Years,
    IReadOnlyList<HeadlineCellView> Cells,
    bool ShowingCurrent,
    bool CanValidate,
    int Submitted);

/// <summary>
/// The entry grid of a school's headline data for one academic year: the headteacher for their own
/// school, the central team for any. Every cell is checked before anything is saved; a figure out of its
/// measure's range is refused with the reason and nothing is saved. Validated figures are read-only for
/// the school and changed only by the central team (the audit keeps old and new). Each figure carries
/// its version: a figure someone else saved since the page was loaded is a conflict.
/// </summary>
public sealed class HeadlineEntryHandler(PortalDbContext db, SchoolDataQueries queries, PermissionsReader permissions, TimeProvider clock)
{
    public async Task<HeadlineEntryPage?> PageAsync(Guid schoolId, int year, int? term, HeadlineEntryForm? kept, bool showCurrent, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Id, s.Name, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null || year is < HeadlineValue.FirstYear or > HeadlineValue.LastYear)
        {
            return null;
        }

        var chosenTerm = kept?.Term ?? term ?? 1;
        chosenTerm = chosenTerm is >= 1 and <= 3 ? chosenTerm : 1;
        var central = (await permissions.CurrentAsync()).ValidateHeadlineData;
        var values = await db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == schoolId && v.Year == year).ToListAsync(ct);
        var held = values.ToDictionary(v => (v.MeasureKey, v.TermNumber, v.Group));
        var national = new NationalLookup(await db.NationalComparators.AsNoTracking().Where(c => c.Year == year).ToListAsync(ct), school.Phase);
        var posted = (kept?.Cells ?? []).GroupBy(c => (c.MeasureKey, c.TermNumber, c.Group)).ToDictionary(g => g.Key, g => g.First());
        var cells = new List<HeadlineCellView>();
        foreach (var measure in Measures.For(school.Phase))
        {
            var termNumber = measure.Termly ? chosenTerm : HeadlineValue.WholeYear;
            foreach (var group in Enum.GetValues<PupilGroup>())
            {
                held.TryGetValue((measure.Key, termNumber, group), out var v);
                var readOnly = v is { IsValidated: true } && !central;
                string? savedNow = null;
                string? value = HeadlineNumbers.Show(v?.Value), target = HeadlineNumbers.Show(v?.Target);
                var source = v?.Source;
                var version = v?.Version;
                if (!readOnly && kept is not null && posted.TryGetValue((measure.Key, termNumber, group), out var input))
                {
                    if (showCurrent && (input.Value?.Trim() != value || input.Target?.Trim() != target || input.Source != source))
                    {
                        savedNow = v is null ? "Nothing saved now" : $"{measure.Format(v.Value)}{(v.Target is { } t ? $", target {measure.Format(t)}" : "")}, {v.Source.Label()}";
                    }

                    (value, target, source) = (input.Value, input.Target, input.Source);
                    version = showCurrent ? v?.Version : input.Version;
                }

                cells.Add(new HeadlineCellView(cells.Count, measure.Key, measure.Name, UnitHint(measure), group, group.Label(), termNumber, value, target, source, version,
                    v?.State.Label() ?? "Not entered", readOnly, savedNow, national.Shown(measure, year, group)));
            }
        }

        return new HeadlineEntryPage(school.Id, school.Name, year, HeadlineLabels.YearName(year), chosenTerm, queries.YearChoices(), cells, showCurrent, central,
            values.Count(v => v.State == DataState.Submitted));
    }

    public async Task<CommandResult> SaveAsync(Guid schoolId, int year, HeadlineEntryForm form, Guid person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var phase = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Phase).SingleOrDefaultAsync(ct);
        if (phase is null)
        {
            return CommandResult.Missing;
        }

        var central = (await permissions.CurrentAsync()).ValidateHeadlineData;
        var existing = await db.HeadlineValues.Where(v => v.SchoolId == schoolId && v.Year == year).ToListAsync(ct);
        var held = existing.ToDictionary(v => (v.MeasureKey, v.TermNumber, v.Group));
        var problems = new List<string>();
        var changes = new List<(HeadlineCellInput Input, Measure Measure, HeadlineValue? Held, decimal? Value, decimal? Target)>();
        var seen = new HashSet<(string, int, PupilGroup)>();
        foreach (var input in form.Cells)
        {
            var measure = Measures.Find(input.MeasureKey);
            if (measure is null || !measure.AppliesTo(phase))
            {
                problems.Add($"\"{input.MeasureKey}\" is not a measure this school's phase records.");
                continue;
            }

            var name = $"{measure.Name} ({input.Group.Label()}{(measure.Termly ? ", " + HeadlineLabels.TermName(input.TermNumber) : "")})";
            if (!seen.Add((measure.Key, input.TermNumber, input.Group)))
            {
                problems.Add($"{name} was given twice.");
                continue;
            }

            held.TryGetValue((measure.Key, input.TermNumber, input.Group), out var v);
            if (v?.Version != input.Version)
            {
                // Someone saved (or removed) this figure since the page was loaded.
                return new CommandResult.Conflict(v?.Version ?? Guid.Empty);
            }

            var blank = string.IsNullOrWhiteSpace(input.Value);
            decimal? value = null, target = null;
            if (!blank)
            {
                value = HeadlineNumbers.TryParse(input.Value, out var parsed) ? parsed : null;
                if (value is null)
                {
                    problems.Add($"{name}: \"{input.Value!.Trim()}\" is not a number.");
                }
            }

            if (!string.IsNullOrWhiteSpace(input.Target))
            {
                target = HeadlineNumbers.TryParse(input.Target, out var parsed) ? parsed : null;
                if (target is null)
                {
                    problems.Add($"{name}: the target \"{input.Target.Trim()}\" is not a number.");
                }
                else if (blank)
                {
                    problems.Add($"{name}: give the figure as well as the target.");
                }
            }

            if (value is { } given)
            {
                if (input.Source is null)
                {
                    problems.Add($"{name}: choose where the figure comes from.");
                }
                else
                {
                    problems.AddRange(HeadlineValue.ProblemsOf(measure, year, input.TermNumber, input.Group, given, target, input.Source.Value).Select(p => $"{name}: {p}"));
                }
            }

            var changed = v is null ? !blank : blank || value != v.Value || target != v.Target || input.Source != v.Source;
            if (changed && v is { IsValidated: true } && !central)
            {
                problems.Add($"{name} has been validated by the central team: only they can change it.");
            }

            if (changed)
            {
                changes.Add((input, measure, v, value, target));
            }
        }

        if (problems.Count > 0)
        {
            return CommandResult.Refuse(problems.Distinct());
        }

        var now = clock.GetUtcNow();
        return await db.SaveCommandAsync(() =>
        {
            foreach (var (input, measure, v, value, target) in changes)
            {
                if (v is not null)
                {
                    db.ExpectVersion(v, v.Version);
                }

                if (value is null)
                {
                    v!.EnsureRemovableBy(central);
                    db.HeadlineValues.Remove(v);
                }
                else if (v is null)
                {
                    db.HeadlineValues.Add(HeadlineValue.Submit(schoolId, year, input.TermNumber, measure, input.Group, value.Value, target, input.Source!.Value, person, now));
                }
                else
                {
                    v.Revise(value.Value, target, input.Source!.Value, person, central, now);
                }
            }

            return schoolId;
        }, ct, async () => await db.HeadlineValues.AnyAsync(v => v.SchoolId == schoolId && v.Year == year, ct)
            ? CommandResult.Refuse("Someone else entered figures for this year at the same time. Load the page again to see them.")
            : null);
    }

    /// <summary>The confirmation page of validating a year: how many submitted figures there are.</summary>
    public async Task<ValidateYearPage?> ValidatePageAsync(Guid schoolId, int year, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Id, s.Name }).SingleOrDefaultAsync(ct);
        return school is null
            ? null
            : new ValidateYearPage(school.Id, school.Name, year, HeadlineLabels.YearName(year),
                await db.HeadlineValues.CountAsync(v => v.SchoolId == schoolId && v.Year == year && v.State == DataState.Submitted, ct));
    }

    /// <summary>The central team validates every submitted figure of a school's year (DDAT policy 1.8). Done's detail counts them.</summary>
    public async Task<CommandResult> ValidateYearAsync(Guid schoolId, int year, Guid person, CancellationToken ct)
    {
        var submitted = await db.HeadlineValues.Where(v => v.SchoolId == schoolId && v.Year == year && v.State == DataState.Submitted).ToListAsync(ct);
        if (submitted.Count == 0)
        {
            return CommandResult.Refuse($"There are no submitted figures for {HeadlineLabels.YearName(year)} to validate.");
        }

        var now = clock.GetUtcNow();
        var result = await db.SaveCommandAsync(() =>
        {
            foreach (var v in submitted)
            {
                v.Validate(person, now);
            }

            return schoolId;
        }, ct);
        return result is CommandResult.Done ? CommandResult.Success(schoolId, $"{submitted.Count} figures for {HeadlineLabels.YearName(year)} have been validated.") : result;
    }

    private static string UnitHint(Measure m) => m.Unit switch
    {
        MeasureUnit.Percentage => "% (0 to 100)",
        MeasureUnit.Count => "number of suspensions (a whole number)",
        _ => $"score ({HeadlineNumbers.Show(m.Minimum)} to {HeadlineNumbers.Show(m.Maximum)})",
    };
}

public sealed record ValidateYearPage(Guid SchoolId, string SchoolName, int Year, string YearName, int Submitted);

using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>The import page: the school and, after a refused file, its name (the problems are in ModelState).</summary>
public sealed record HeadlineImportPage(Guid SchoolId, string SchoolName, string? FileName, int MaxRows, string CurrentYearName);

/// <summary>
/// Imports a school's headline data from a CSV file, all or nothing: every line is checked (year,
/// term, measure known and for the school's phase, group, number, range, source, duplicates,
/// validated figures the person may not change) and a file with any bad line imports nothing and lists
/// each with its line number and reason. A line with a blank value is skipped (nothing entered). The
/// template holds one line per measure, group and term of the current year, with the figures held.
/// </summary>
public sealed class HeadlineImportHandler(PortalDbContext db, SchoolDataQueries queries, PermissionsReader permissions, TimeProvider clock)
{
    public const long MaxBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    public async Task<HeadlineImportPage?> PageAsync(Guid schoolId, string? fileName, CancellationToken ct)
    {
        var name = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        return name is null ? null : new HeadlineImportPage(schoolId, name, fileName, MaxRows, HeadlineLabels.YearName(queries.CurrentYear));
    }

    /// <summary>The template for the current academic year: the header and one line per measure, group and term of the school's phase, with the figures already held.</summary>
    public async Task<(string FileName, byte[] Content)?> TemplateAsync(Guid schoolId, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Urn, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var year = queries.CurrentYear;
        var held = (await db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == schoolId && v.Year == year).ToListAsync(ct))
            .ToDictionary(v => (v.MeasureKey, v.TermNumber, v.Group));
        var text = new StringBuilder();
        text.Append(HeadlineCsv.Line(HeadlineCsv.Columns)).Append("\r\n");
        foreach (var measure in Measures.For(school.Phase))
        {
            foreach (var term in Measures.TermNumbersOf(measure))
            {
                foreach (var group in Enum.GetValues<PupilGroup>())
                {
                    held.TryGetValue((measure.Key, term, group), out var v);
                    text.Append(HeadlineCsv.Line(HeadlineLabels.YearName(year), HeadlineLabels.TermName(term), measure.Key, group.FileName(),
                        HeadlineNumbers.Show(v?.Value), HeadlineNumbers.Show(v?.Target), v?.Source.Label())).Append("\r\n");
                }
            }
        }

        return ($"headline-data-{school.Urn}-{year}-{(year + 1) % 100:00}.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }

    public async Task<CommandResult> ImportAsync(Guid schoolId, IFormFile? file, Guid person, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return CommandResult.Refuse("Choose a CSV file to upload.");
        }

        if (!string.Equals(Path.GetExtension(Path.GetFileName(file.FileName)), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CommandResult.Refuse("The file must be a CSV file (ending .csv). In Excel, use Save As and choose CSV.");
        }

        if (file.Length > MaxBytes)
        {
            return CommandResult.Refuse($"The file is larger than {MaxBytes / 1024 / 1024} MB, the most one import takes. Nothing has been imported.");
        }

        byte[] bytes;
        await using (var stream = file.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return CommandResult.Refuse("The file is not a CSV text file (it looks like a spreadsheet or another binary file). In Excel, use Save As and choose CSV.");
        }

        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var (rows, problems) = HeadlineCsv.Read(HeadlineCsv.Decode(bytes), MaxRows);
        if (problems.Count == 0 && rows.Count == 0)
        {
            problems = [new HeadlineCsvProblem(2, "the file has a header but no rows")];
        }

        if (problems.Any(p => p.Line is 0 or 1))
        {
            return Refused(problems);
        }

        var central = (await permissions.CurrentAsync()).ValidateHeadlineData;
        var years = rows.Select(r => HeadlineLabels.ParseYear(r.Year)).OfType<int>().Distinct().ToList();
        var existing = await db.HeadlineValues.Where(v => v.SchoolId == schoolId && years.Contains(v.Year)).ToListAsync(ct);
        var held = existing.ToDictionary(v => (v.Year, v.TermNumber, v.MeasureKey, v.Group));
        var bad = problems.ToList();
        var firstLine = new Dictionary<(int, int, string, PupilGroup), int>();
        var good = new List<(int Year, int Term, Measure Measure, PupilGroup Group, decimal Value, decimal? Target, DataSource Source, HeadlineValue? Held)>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var year = HeadlineLabels.ParseYear(row.Year);
            if (year is null)
            {
                reasons.Add($"\"{row.Year}\" is not an academic year (write it as 2025/26)");
            }

            var term = HeadlineLabels.ParseTerm(row.Term);
            if (term is null)
            {
                reasons.Add($"\"{row.Term}\" is not a term (leave it blank, or write Autumn, Spring or Summer)");
            }

            var measure = Measures.Find(row.Measure);
            if (measure is null)
            {
                reasons.Add($"\"{row.Measure}\" is not a measure (use the keys in the template)");
            }
            else if (!measure.AppliesTo(school.Phase))
            {
                reasons.Add($"{measure.Name} is not recorded for a {school.Phase.ToLowerInvariant()} school");
                measure = null;
            }

            var group = HeadlineLabels.ParseGroup(row.Group);
            if (group is null)
            {
                reasons.Add($"\"{row.Group}\" is not a pupil group (All, Disadvantaged or SEND)");
            }

            if (string.IsNullOrWhiteSpace(row.Value))
            {
                if (!string.IsNullOrWhiteSpace(row.Target))
                {
                    reasons.Add("there is a target but no value");
                }

                if (reasons.Count > 0)
                {
                    bad.Add(new HeadlineCsvProblem(row.Line, string.Join("; ", reasons)));
                }

                continue; // nothing entered on this line
            }

            decimal? value = HeadlineNumbers.TryParse(row.Value, out var v) ? v : null;
            if (value is null)
            {
                reasons.Add($"the value \"{row.Value}\" is not a number");
            }

            decimal? target = null;
            if (!string.IsNullOrWhiteSpace(row.Target))
            {
                target = HeadlineNumbers.TryParse(row.Target, out var t) ? t : null;
                if (target is null)
                {
                    reasons.Add($"the target \"{row.Target}\" is not a number");
                }
            }

            var source = HeadlineLabels.ParseSource(row.Source);
            if (source is null)
            {
                reasons.Add(string.IsNullOrWhiteSpace(row.Source)
                    ? "the source is missing (Teacher assessment, Standardised test or Statutory result)"
                    : $"\"{row.Source}\" is not a source (Teacher assessment, Standardised test or Statutory result)");
            }

            if (year is { } y && term is { } tn && measure is not null && group is { } g)
            {
                var key = (y, tn, measure.Key, g);
                if (firstLine.TryGetValue(key, out var first))
                {
                    reasons.Add($"it repeats line {first} (the same year, term, measure and group)");
                }
                else
                {
                    firstLine[key] = row.Line;
                }

                if (value is { } given && source is { } s && (!string.IsNullOrWhiteSpace(row.Target) == target is not null))
                {
                    var rule = HeadlineValue.ProblemsOf(measure, y, tn, g, given, target, s);
                    reasons.AddRange(rule.Select(r => r.StartsWith(measure.Name + ": ", StringComparison.Ordinal) ? r[(measure.Name.Length + 2)..] : r));
                    held.TryGetValue((y, tn, measure.Key, g), out var h);
                    var changes = h is null || h.Value != given || h.Target != target || h.Source != s;
                    if (h is { IsValidated: true } && changes && !central)
                    {
                        reasons.Add("this figure has been validated by the central team: only they can change it");
                    }

                    if (rule.Count == 0 && changes)
                    {
                        good.Add((y, tn, measure, g, given, target, s, h));
                    }
                }
            }

            if (reasons.Count > 0)
            {
                bad.Add(new HeadlineCsvProblem(row.Line, string.Join("; ", reasons)));
            }
        }

        if (bad.Count > 0)
        {
            return Refused(bad);
        }

        var now = clock.GetUtcNow();
        var added = good.Count(r => r.Held is null);
        var result = await db.SaveCommandAsync(() =>
        {
            foreach (var r in good)
            {
                if (r.Held is { } h)
                {
                    h.Revise(r.Value, r.Target, r.Source, person, central, now);
                }
                else
                {
                    db.HeadlineValues.Add(HeadlineValue.Submit(schoolId, r.Year, r.Term, r.Measure, r.Group, r.Value, r.Target, r.Source, person, now));
                }
            }

            return schoolId;
        }, ct, () => Task.FromResult<CommandResult?>(CommandResult.Refuse("Someone else entered figures for this school at the same time. Nothing has been imported; upload the file again.")));
        return result is CommandResult.Done
            ? CommandResult.Success(schoolId, $"Imported: {added} figure{(added == 1 ? "" : "s")} added, {good.Count - added} changed, {rows.Count - good.Count} unchanged or blank.")
            : result;
    }

    private static CommandResult Refused(IEnumerable<HeadlineCsvProblem> problems) =>
        CommandResult.Refuse(problems.OrderBy(p => p.Line).Select(p => p.ToString()).Prepend("Nothing has been imported. Correct these lines and upload the file again:"));
}

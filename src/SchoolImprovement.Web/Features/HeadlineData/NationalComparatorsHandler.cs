using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HeadlineData;

public sealed record NationalComparatorRow(Guid Id, string YearName, string Measure, string Group, string Phase, string Value, string Source);

public sealed record NationalComparatorsPage(IReadOnlyList<NationalComparatorRow> Rows, IReadOnlyList<string> NotPublished, bool CanManage);

/// <summary>A national figure as typed: year as "2024/25", value as text (checked by the handler, kept on refusal).</summary>
public sealed class NationalComparatorForm : IVersionedForm
{
    public Guid Version { get; set; }
    public string? Year { get; set; }
    public string? MeasureKey { get; set; }
    public PupilGroup Group { get; set; } = PupilGroup.All;
    public string? Phase { get; set; }
    public string? Value { get; set; }
    public string? Source { get; set; }
}

public sealed record NationalComparatorFormPage(Guid? Id, NationalComparatorForm Form, IReadOnlyList<(string Key, string Name)> Measures, string? SavedNow);

public sealed record NationalComparatorDeletePage(NationalComparatorRow Comparator, Guid Version);

/// <summary>
/// The national comparators of the trust: listed for everyone in the trust; added, changed and deleted
/// by the trust administrator. One figure per year, measure, group and phase.
/// </summary>
public sealed class NationalComparatorsHandler(PortalDbContext db, PermissionsReader permissions)
{
    public const string Duplicate = "There is already a national figure for this year, measure, group and phase: change that one instead.";

    public async Task<NationalComparatorsPage> ListAsync(CancellationToken ct)
    {
        var all = await db.NationalComparators.AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.MeasureKey).ThenBy(c => c.Group).ThenBy(c => c.Phase).ToListAsync(ct);
        var order = Measures.All.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var rows = all.OrderByDescending(c => c.Year).ThenBy(c => order.GetValueOrDefault(c.MeasureKey, int.MaxValue)).ThenBy(c => c.Group).ThenBy(c => c.Phase).Select(Row).ToList();
        var notPublished = new[] { 2024, 2025 }.Select(y => NationalComparator.WhyNotPublished(Measures.Ks4Progress8, y)).OfType<string>().Distinct().ToList();
        return new NationalComparatorsPage(rows, notPublished, (await permissions.CurrentAsync()).ManageNationalComparators);
    }

    public async Task<NationalComparatorFormPage?> FormPageAsync(Guid? id, NationalComparatorForm? kept, bool showCurrent, CancellationToken ct)
    {
        NationalComparator? current = null;
        if (id is { } existing)
        {
            current = await db.NationalComparators.AsNoTracking().SingleOrDefaultAsync(c => c.Id == existing, ct);
            if (current is null)
            {
                return null;
            }
        }

        var form = kept ?? (current is null ? new NationalComparatorForm() : new NationalComparatorForm
        {
            Version = current.Version,
            Year = HeadlineLabels.YearName(current.Year),
            MeasureKey = current.MeasureKey,
            Group = current.Group,
            Phase = current.Phase,
            Value = HeadlineNumbers.Show(current.Value),
            Source = current.Source,
        });
        var savedNow = showCurrent && current is not null ? $"{HeadlineLabels.YearName(current.Year)}, {Measures.Find(current.MeasureKey)?.Name}, {current.Group.Label()}, {current.Phase ?? "all phases"}: {HeadlineNumbers.Show(current.Value)} ({current.Source})" : null;
        return new NationalComparatorFormPage(id, form, [.. Measures.All.Select(m => (m.Key, m.Name))], savedNow);
    }

    public async Task<CommandResult> CreateAsync(NationalComparatorForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Read(form) is not { } figure)
        {
            return CommandResult.Refuse(Problems(form));
        }

        if (await ExistsAsync(figure, except: null, ct))
        {
            return CommandResult.Refuse(Duplicate);
        }

        return await db.SaveCommandAsync(() =>
        {
            var comparator = new NationalComparator(figure.Year, figure.MeasureKey, figure.Group, figure.Phase, figure.Value, form.Source ?? "");
            db.NationalComparators.Add(comparator);
            return comparator.Id;
        }, ct, async () => await ExistsAsync(figure, except: null, ct) ? CommandResult.Refuse(Duplicate) : null);
    }

    public async Task<CommandResult> UpdateAsync(Guid id, NationalComparatorForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var comparator = await db.NationalComparators.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (comparator is null)
        {
            return CommandResult.Missing;
        }

        if (Read(form) is not { } figure)
        {
            return CommandResult.Refuse(Problems(form));
        }

        if (await ExistsAsync(figure, except: id, ct))
        {
            return CommandResult.Refuse(Duplicate);
        }

        return await db.ChangeAsync(comparator, form.Version, c =>
        {
            c.Revise(figure.Year, figure.MeasureKey, figure.Group, figure.Phase, figure.Value, form.Source ?? "");
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }

    public async Task<NationalComparatorDeletePage?> DeletePageAsync(Guid id, CancellationToken ct) =>
        await db.NationalComparators.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? new NationalComparatorDeletePage(Row(c), c.Version) : null;

    public async Task<CommandResult> DeleteAsync(Guid id, Guid version, CancellationToken ct)
    {
        var comparator = await db.NationalComparators.SingleOrDefaultAsync(c => c.Id == id, ct);
        return await db.ChangeAsync(comparator, version, c =>
        {
            db.NationalComparators.Remove(c);
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }

    private static NationalComparatorRow Row(NationalComparator c)
    {
        var measure = Measures.Find(c.MeasureKey);
        return new NationalComparatorRow(c.Id, HeadlineLabels.YearName(c.Year), measure?.Name ?? c.MeasureKey, c.Group.Label(), c.Phase ?? "All phases",
            measure?.Format(c.Value) ?? HeadlineNumbers.Show(c.Value), c.Source);
    }

    private Task<bool> ExistsAsync(Figure figure, Guid? except, CancellationToken ct) =>
        db.NationalComparators.AnyAsync(c => c.Year == figure.Year && c.MeasureKey == figure.MeasureKey && c.Group == figure.Group && c.Phase == figure.Phase && c.Id != except, ct);

    private sealed record Figure(int Year, string MeasureKey, PupilGroup Group, string? Phase, decimal Value);

    private static Figure? Read(NationalComparatorForm form) =>
        HeadlineLabels.ParseYear(form.Year) is { } year && Measures.Find(form.MeasureKey) is { } measure && HeadlineNumbers.TryParse(form.Value, out var value)
            && NationalComparator.ProblemsOf(year, measure.Key, form.Group, form.Phase, value, form.Source).Count == 0
            ? new Figure(year, measure.Key, form.Group, NationalComparator.NormalPhase(form.Phase), value)
            : null;

    private static List<string> Problems(NationalComparatorForm form)
    {
        var problems = new List<string>();
        var year = HeadlineLabels.ParseYear(form.Year);
        if (year is null)
        {
            problems.Add("Enter the academic year, e.g. 2024/25.");
        }

        if (!HeadlineNumbers.TryParse(form.Value, out var value))
        {
            problems.Add("Enter the national figure as a number.");
        }
        else
        {
            problems.AddRange(NationalComparator.ProblemsOf(year ?? HeadlineValue.FirstYear, form.MeasureKey, form.Group, form.Phase, value, form.Source));
        }

        return problems;
    }
}

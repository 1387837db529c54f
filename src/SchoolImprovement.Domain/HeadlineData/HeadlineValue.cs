using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// One school-level figure: a school's result in one measure, for one pupil group, in one academic
/// year (and term, for termly measures), with the school's optional target, where the figure comes
/// from, and whether the central team has validated it. Cohort figures only, never pupils.
/// Submitted by the school (the headteacher or the central team); validated by the central team;
/// once validated only the central team may change it (the audit keeps each old and new value).
/// </summary>
public sealed class HeadlineValue : ITrustOwned, IVersioned
{
    /// <summary><see cref="TermNumber"/> of a measure held once for the whole academic year.</summary>
    public const int WholeYear = 0;

    /// <summary>The academic years a figure may be for (by their first calendar year).</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }

    /// <summary>The academic year, by its first calendar year (2024 = 2024/25).</summary>
    public int Year { get; private set; }

    /// <summary>0 = the whole academic year; 1-3 = Autumn, Spring, Summer (termly measures only).</summary>
    public int TermNumber { get; private set; }

    public string MeasureKey { get; private set; } = "";
    public PupilGroup Group { get; private set; }
    public decimal Value { get; private set; }
    public decimal? Target { get; private set; }
    public DataSource Source { get; private set; }
    public DataState State { get; private set; }
    public Guid EnteredBy { get; private set; }

    /// <summary>UTC; a <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime EnteredAt { get; private set; }

    public Guid? ValidatedBy { get; private set; }
    public DateTime? ValidatedAt { get; private set; }

    public bool IsValidated => State == DataState.Validated;

    private HeadlineValue() { }

    /// <summary>A new figure, submitted by the school (or by the central team for it). Refused when out of the measure's range.</summary>
    public static HeadlineValue Submit(Guid schoolId, int year, int termNumber, Measure measure, PupilGroup group, decimal value, decimal? target, DataSource source, Guid enteredBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var problems = ProblemsOf(measure, year, termNumber, group, value, target, source);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new HeadlineValue
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = schoolId,
            Year = year,
            TermNumber = termNumber,
            MeasureKey = measure.Key,
            Group = group,
            Value = value,
            Target = target,
            Source = source,
            State = DataState.Submitted,
            EnteredBy = enteredBy,
            EnteredAt = now.UtcDateTime,
        };
    }

    /// <summary>
    /// Changes the figure, its target or its source. A validated figure is changed only by the central
    /// team (<paramref name="byCentralTeam"/>, which the handler reads from the person's roles); it stays
    /// validated, now by them. Returns what changed (null when nothing did); the audit records the same.
    /// </summary>
    public HeadlineChange? Revise(decimal value, decimal? target, DataSource source, Guid by, bool byCentralTeam, DateTimeOffset now)
    {
        var measure = MeasureOrThrow();
        var problems = ProblemsOf(measure, Year, TermNumber, Group, value, target, source);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        if (value == Value && target == Target && source == Source)
        {
            return null;
        }

        EnsureChangeableBy(byCentralTeam, measure);
        var change = new HeadlineChange(Id, MeasureKey, Group, Year, TermNumber, Value, value, Target, target, Source, source, State);
        Value = value;
        Target = target;
        Source = source;
        EnteredBy = by;
        EnteredAt = now.UtcDateTime;
        if (IsValidated)
        {
            ValidatedBy = by;
            ValidatedAt = now.UtcDateTime;
        }

        return change;
    }

    /// <summary>Checks that the figure may be removed (left blank): a validated one only by the central team.</summary>
    public void EnsureRemovableBy(bool byCentralTeam) => EnsureChangeableBy(byCentralTeam, MeasureOrThrow());

    /// <summary>The central team validates a submitted figure (DDAT policy 1.8). Validating twice is refused.</summary>
    public void Validate(Guid by, DateTimeOffset now)
    {
        if (IsValidated)
        {
            throw new DomainException($"{MeasureOrThrow().Name} ({Group.Label()}) is already validated.");
        }

        State = DataState.Validated;
        ValidatedBy = by;
        ValidatedAt = now.UtcDateTime;
    }

    /// <summary>Why a figure cannot be held as given; empty when it can.</summary>
    public static IReadOnlyList<string> ProblemsOf(Measure measure, int year, int termNumber, PupilGroup group, decimal value, decimal? target, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var problems = new List<string>();
        if (year is < FirstYear or > LastYear)
        {
            problems.Add($"The academic year must be between {FirstYear}/{(FirstYear + 1) % 100:00} and {LastYear}/{(LastYear + 1) % 100:00}.");
        }

        if (measure.Termly ? termNumber is < 1 or > 3 : termNumber != WholeYear)
        {
            problems.Add(measure.Termly
                ? $"{measure.Name} is collected each term: choose Autumn, Spring or Summer."
                : $"{measure.Name} is collected once a year, not per term.");
        }

        if (!Enum.IsDefined(group))
        {
            problems.Add("Choose the pupil group: all pupils, disadvantaged or SEND.");
        }

        if (!Enum.IsDefined(source))
        {
            problems.Add($"{measure.Name}: choose where the figure comes from (teacher assessment, standardised test or statutory result).");
        }

        problems.AddRange(measure.Problems(value));
        if (target is { } t)
        {
            problems.AddRange(measure.Problems(t).Select(p => $"Target: {p}"));
        }

        return problems;
    }

    private void EnsureChangeableBy(bool byCentralTeam, Measure measure)
    {
        if (IsValidated && !byCentralTeam)
        {
            throw new DomainException($"{measure.Name} ({Group.Label()}) has been validated by the central team: only they can change it.");
        }
    }

    private Measure MeasureOrThrow() =>
        Measures.Find(MeasureKey) ?? throw new DomainException($"Unknown measure \"{MeasureKey}\".");
}

/// <summary>What one revision of a figure changed, old and new (the audit holds the same, field by field).</summary>
public sealed record HeadlineChange(
    Guid ValueId,
    string MeasureKey,
    PupilGroup Group,
    int Year,
    int TermNumber,
    decimal OldValue,
    decimal NewValue,
    decimal? OldTarget,
    decimal? NewTarget,
    DataSource OldSource,
    DataSource NewSource,
    DataState StateBefore)
{
    /// <summary>Whether a validated figure was changed (only the central team can).</summary>
    public bool WasValidated => StateBefore == DataState.Validated;
}

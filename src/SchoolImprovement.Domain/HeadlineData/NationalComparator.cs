using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// A published national figure for one measure, year and pupil group (and phase, where the DfE
/// publishes it by phase: absence), with the publication it comes from. Kept by the trust
/// administrator; seeded per trust from the published figures. A measure with no comparator for a
/// year is "not published" (no Progress 8 for 2024/25 and 2025/26, no KS2 progress), never zero.
/// </summary>
public sealed class NationalComparator : ITrustOwned, IVersioned
{
    public const string PrimaryPhase = "Primary";
    public const string SecondaryPhase = "Secondary";
    public const int SourceLength = 500;
    public const int PhaseLength = 20;

    /// <summary>Shown where a measure has no national figure for a year.</summary>
    public const string NotPublished = "Not published";

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>The academic year, by its first calendar year (KS2 "2025" results are 2024/25: 2024).</summary>
    public int Year { get; private set; }

    public string MeasureKey { get; private set; } = "";
    public PupilGroup Group { get; private set; }

    /// <summary>Null: all phases; otherwise <see cref="PrimaryPhase"/> or <see cref="SecondaryPhase"/>.</summary>
    public string? Phase { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>The publication the figure comes from (and how it was derived, if it was).</summary>
    public string Source { get; private set; } = "";

    private NationalComparator() { }

    /// <summary>
    /// Why the DfE publishes no national figure for a measure and year where that is known (no Progress 8
    /// for 2024/25 and 2025/26: those pupils sat no KS2 tests in 2020 and 2021); null otherwise.
    /// </summary>
    public static string? WhyNotPublished(string measureKey, int year) =>
        measureKey == Measures.Ks4Progress8 && year is 2024 or 2025
            ? "No Progress 8 is published for 2024/25 or 2025/26: those pupils took no KS2 tests in 2020 and 2021."
            : null;

    public NationalComparator(int year, string measureKey, PupilGroup group, string? phase, decimal value, string source)
    {
        Id = Guid.CreateVersion7();
        Apply(year, measureKey, group, phase, value, source);
    }

    public void Revise(int year, string measureKey, PupilGroup group, string? phase, decimal value, string source) =>
        Apply(year, measureKey, group, phase, value, source);

    /// <summary>Why a national figure cannot be held as given; empty when it can.</summary>
    public static IReadOnlyList<string> ProblemsOf(int year, string? measureKey, PupilGroup group, string? phase, decimal value, string? source)
    {
        var problems = new List<string>();
        if (year is < HeadlineValue.FirstYear or > HeadlineValue.LastYear)
        {
            problems.Add("Choose an academic year.");
        }

        var measure = Measures.Find(measureKey);
        if (measure is null)
        {
            problems.Add("Choose a measure.");
        }
        else
        {
            problems.AddRange(measure.Problems(value));
        }

        if (!Enum.IsDefined(group))
        {
            problems.Add("Choose the pupil group.");
        }

        if (NormalPhase(phase) is null && !string.IsNullOrWhiteSpace(phase))
        {
            problems.Add("The phase is all phases, primary or secondary.");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add("Say which publication the figure comes from.");
        }
        else if (source.Trim().Length > SourceLength)
        {
            problems.Add($"The source must be at most {SourceLength} characters.");
        }

        return problems;
    }

    /// <summary>"Primary" or "Secondary" for those names in any case; null for blank or anything else.</summary>
    public static string? NormalPhase(string? phase) => (phase ?? "").Trim().ToUpperInvariant() switch
    {
        "PRIMARY" => PrimaryPhase,
        "SECONDARY" => SecondaryPhase,
        _ => null,
    };

    /// <summary>
    /// Whether this figure is the one to set beside a school's: the same measure, year and group, and
    /// either the school's phase figure or the all-phase one (a phase figure wins, see <see cref="Rank"/>).
    /// </summary>
    public bool AppliesTo(string measureKey, int year, PupilGroup group, string? schoolPhase) =>
        MeasureKey == measureKey && Year == year && Group == group && PhaseFits(Phase, schoolPhase);

    /// <summary>Among figures that apply, lower ranks first: the school's own phase before all phases.</summary>
    public int Rank => RankOf(Phase);

    /// <summary>Whether a figure kept for <paramref name="figurePhase"/> (null = all phases) may stand beside a school of <paramref name="schoolPhase"/>.</summary>
    public static bool PhaseFits(string? figurePhase, string? schoolPhase) =>
        figurePhase is null || figurePhase == SchoolPhases.ComparatorPhaseFor(schoolPhase);

    /// <summary><see cref="Rank"/> for a figure's phase: the school's own phase (0) before all phases (1).</summary>
    public static int RankOf(string? figurePhase) => figurePhase is null ? 1 : 0;

    private void Apply(int year, string measureKey, PupilGroup group, string? phase, decimal value, string source)
    {
        var problems = ProblemsOf(year, measureKey, group, phase, value, source);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        Year = year;
        MeasureKey = Measures.Find(measureKey)!.Key;
        Group = group;
        Phase = NormalPhase(phase);
        Value = value;
        Source = source.Trim();
    }
}

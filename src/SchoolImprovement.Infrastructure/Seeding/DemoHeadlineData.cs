using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo pupil headline data: for each school, each of <see cref="DemoYears"/>, each measure of its
/// phase (termly ones each term) and each pupil group, a plausible figure around national, some with
/// targets, earlier years validated and the latest partly submitted. Deterministic (a Random seeded from
/// the URN). By URN: a quarter of the schools drop and sit below national in the latest two years
/// (Spotlight candidates), a quarter drop but stay above national; the rest move a little.
/// Adds only; the caller saves (one SaveChanges per trust).
/// </summary>
public static class DemoHeadlineData
{
    /// <summary>2022/23, 2023/24 and 2024/25: the latest years with published national figures (product.md), so the demo's heat map and Spotlight candidates compare against national.</summary>
    public static IReadOnlyList<int> DemoYears { get; } = [2022, 2023, 2024];

    /// <summary>A demo trust's national comparators and its schools' three years of figures.</summary>
    public static void SeedTrust(PortalDbContext db, IReadOnlyList<School> schools, Guid enteredBy, Guid validatedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.NationalComparators.AddRange(NationalFigures.Create());
        AddFor(db, schools, DemoYears, enteredBy, validatedBy, now);
    }

    /// <summary>Adds the figures of <paramref name="schools"/> for <paramref name="years"/>, entered by <paramref name="enteredBy"/> and (where validated) validated by <paramref name="validatedBy"/>, both people of the trust.</summary>
    public static void AddFor(PortalDbContext db, IReadOnlyList<School> schools, IReadOnlyList<int> years, Guid enteredBy, Guid validatedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(years);
        var ordered = years.Order().ToList();
        foreach (var school in schools)
        {
            db.HeadlineValues.AddRange(For(school, ordered, enteredBy, validatedBy, now));
        }
    }

    /// <summary>How a school's results move over the years: the shift from its usual level, per year from the latest back.</summary>
    public enum Pattern
    {
        Steady,

        /// <summary>Drops and sits below national in the latest two years.</summary>
        DropsBelowNational,

        /// <summary>Drops but stays above national.</summary>
        DropsAboveNational,
    }

    public static Pattern PatternOf(int urn) => (urn % 4) switch
    {
        2 => Pattern.DropsBelowNational,
        3 => Pattern.DropsAboveNational,
        _ => Pattern.Steady,
    };

    private static List<HeadlineValue> For(School school, IReadOnlyList<int> years, Guid enteredBy, Guid validatedBy, DateTimeOffset now)
    {
        var random = new Random(school.Urn);
        var pattern = PatternOf(school.Urn);
        var phase = SchoolPhases.Of(school.Phase);
        var secondary = phase == SchoolPhase.Secondary;
        var level = pattern switch
        {
            Pattern.DropsBelowNational => 1.0,
            Pattern.DropsAboveNational => 3.0,
            _ => (random.NextDouble() * 2) - 0.6,
        };
        var latest = years.Count == 0 ? 0 : years[^1];
        var rows = new List<HeadlineValue>();
        foreach (var measure in Measures.For(school.Phase))
        {
            var baseline = Baseline(measure.Key, secondary);
            foreach (var (year, index) in years.Select((y, i) => (y, years.Count - 1 - i)))
            {
                if (measure.Key == Measures.Ks4Progress8 && NationalComparator.WhyNotPublished(measure.Key, year) is not null)
                {
                    continue; // no Progress 8 for 2024/25 and 2025/26
                }

                // index: 0 = the latest year, 1 = the one before, ...
                var shift = pattern switch
                {
                    Pattern.DropsBelowNational => index switch { 0 => -4.0, 1 => -2.0, _ => 1.5 },
                    Pattern.DropsAboveNational => index switch { 0 => -1.2, 1 => 0.0, _ => 1.0 },
                    _ => (random.NextDouble() - 0.3) * 0.6,
                };
                foreach (var term in Measures.TermNumbersOf(measure))
                {
                    foreach (var group in Enum.GetValues<PupilGroup>())
                    {
                        var noise = (random.NextDouble() - 0.5) * 0.4;
                        var raw = baseline.Value + ((level + shift + noise + GroupGap(group)) * baseline.Step * (measure.HigherIsBetter ? 1 : -1));
                        var value = Fit(measure, raw);
                        decimal? target = group == PupilGroup.All && term is HeadlineValue.WholeYear or 1 && random.Next(3) > 0
                            ? Fit(measure, baseline.Value + (3.5 * baseline.Step * (measure.HigherIsBetter ? 1 : -1)))
                            : null;
                        var row = HeadlineValue.Submit(school.Id, year, term, measure, group, value, target, SourceOf(measure, random), enteredBy, now);
                        if (year != latest || (term is 1 or 2 && school.Urn % 2 == 0) || (term == HeadlineValue.WholeYear && school.Urn % 3 == 0))
                        {
                            row.Validate(validatedBy, now);
                        }

                        rows.Add(row);
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>Where the pupils' groups sit against all pupils, in steps of the measure.</summary>
    private static double GroupGap(PupilGroup group) => group switch
    {
        PupilGroup.Disadvantaged => -3.5,
        PupilGroup.Send => -7.0,
        _ => 0,
    };

    /// <summary>A national-like level of each measure and the size of a meaningful step in it.</summary>
    private static (double Value, double Step) Baseline(string key, bool secondary) => key switch
    {
        Measures.EyfsGld => (68, 3),
        Measures.PhonicsY1 => (80, 3),
        Measures.Ks2RwmExpected => (61.5, 3),
        Measures.Ks2ReadingExpected => (74.5, 3),
        Measures.Ks2WritingExpected => (72, 3),
        Measures.Ks2MathsExpected => (73.5, 3),
        Measures.Ks2RwmHigher => (8, 1),
        Measures.Ks2ReadingHigher => (29, 2),
        Measures.Ks2WritingHigher => (13, 1.5),
        Measures.Ks2MathsHigher => (25, 2),
        Measures.Ks4Attainment8 => (45.9, 2.5),
        Measures.Ks4Progress8 => (0, 0.12),
        Measures.Ks4EnglishMathsGrade4 => (64.5, 3),
        Measures.Ks4EnglishMathsGrade5 => (45.2, 3),
        Measures.AttendanceOverall => (secondary ? 91.1 : 94.5, 0.6),
        Measures.PersistentAbsence => (secondary ? 24 : 14, 2),
        Measures.Suspensions => (secondary ? 30 : 3, secondary ? 4 : 0.8),
        _ => (50, 3),
    };

    private static decimal Fit(Measure measure, double raw)
    {
        var decimals = measure.Unit switch
        {
            MeasureUnit.Count => 0,
            MeasureUnit.Percentage => 1,
            _ => measure.Key == Measures.Ks4Progress8 ? 2 : 1,
        };
        var value = Math.Round((decimal)raw, decimals, MidpointRounding.AwayFromZero);
        return Math.Clamp(value, measure.Minimum, measure.Maximum);
    }

    private static DataSource SourceOf(Measure measure, Random random) => measure.Stage switch
    {
        MeasureStage.KeyStage2 when measure.Key.Contains("writing", StringComparison.Ordinal) => DataSource.TeacherAssessment,
        MeasureStage.KeyStage2 or MeasureStage.KeyStage4 or MeasureStage.Phonics => DataSource.StatutoryResult,
        MeasureStage.EarlyYears => DataSource.TeacherAssessment,
        _ => random.Next(4) == 0 ? DataSource.TeacherAssessment : DataSource.StatutoryResult,
    };
}

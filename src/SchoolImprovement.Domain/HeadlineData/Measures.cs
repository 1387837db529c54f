namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>The catalogue of headline measures (issue 9, item 3), in the order pages list them.</summary>
public static class Measures
{
    public const string EyfsGld = "eyfs-gld";
    public const string PhonicsY1 = "phonics-y1";
    public const string Ks2RwmExpected = "ks2-rwm-expected";
    public const string Ks2ReadingExpected = "ks2-reading-expected";
    public const string Ks2WritingExpected = "ks2-writing-expected";
    public const string Ks2MathsExpected = "ks2-maths-expected";
    public const string Ks2RwmHigher = "ks2-rwm-higher";
    public const string Ks2ReadingHigher = "ks2-reading-higher";
    public const string Ks2WritingHigher = "ks2-writing-higher";
    public const string Ks2MathsHigher = "ks2-maths-higher";
    public const string Ks4Attainment8 = "ks4-attainment8";
    public const string Ks4Progress8 = "ks4-progress8";
    public const string Ks4EnglishMathsGrade4 = "ks4-em-grade4";
    public const string Ks4EnglishMathsGrade5 = "ks4-em-grade5";
    public const string AttendanceOverall = "attendance-overall";
    public const string PersistentAbsence = "persistent-absence";
    public const string Suspensions = "suspensions";

    /// <summary>The longest key; the column's length.</summary>
    public const int KeyLength = 40;

    private static Measure Percent(string key, string name, MeasureStage stage, bool termly = false, bool higherIsBetter = true) =>
        new(key, name, stage, MeasureUnit.Percentage, 0m, 100m, termly, higherIsBetter);

    public static IReadOnlyList<Measure> All { get; } =
    [
        Percent(EyfsGld, "EYFS good level of development", MeasureStage.EarlyYears),
        Percent(PhonicsY1, "Year 1 phonics check: working at the expected standard", MeasureStage.Phonics),
        Percent(Ks2RwmExpected, "KS2 reading, writing and maths: expected standard", MeasureStage.KeyStage2),
        Percent(Ks2ReadingExpected, "KS2 reading: expected standard", MeasureStage.KeyStage2),
        Percent(Ks2WritingExpected, "KS2 writing: expected standard", MeasureStage.KeyStage2),
        Percent(Ks2MathsExpected, "KS2 maths: expected standard", MeasureStage.KeyStage2),
        Percent(Ks2RwmHigher, "KS2 reading, writing and maths: higher standard", MeasureStage.KeyStage2),
        Percent(Ks2ReadingHigher, "KS2 reading: higher standard", MeasureStage.KeyStage2),
        Percent(Ks2WritingHigher, "KS2 writing: greater depth", MeasureStage.KeyStage2),
        Percent(Ks2MathsHigher, "KS2 maths: higher standard", MeasureStage.KeyStage2),
        new(Ks4Attainment8, "KS4 Attainment 8", MeasureStage.KeyStage4, MeasureUnit.Score, 0m, 90m, Termly: false, HigherIsBetter: true),
        new(Ks4Progress8, "KS4 Progress 8", MeasureStage.KeyStage4, MeasureUnit.Score, -5m, 5m, Termly: false, HigherIsBetter: true),
        Percent(Ks4EnglishMathsGrade4, "KS4 English and maths grade 4 or above", MeasureStage.KeyStage4),
        Percent(Ks4EnglishMathsGrade5, "KS4 English and maths grade 5 or above", MeasureStage.KeyStage4),
        Percent(AttendanceOverall, "Attendance (overall)", MeasureStage.Attendance, termly: true),
        Percent(PersistentAbsence, "Persistent absence", MeasureStage.Attendance, termly: true, higherIsBetter: false),
        new(Suspensions, "Suspensions", MeasureStage.Behaviour, MeasureUnit.Count, 0m, 100_000m, Termly: true, HigherIsBetter: false),
    ];

    private static readonly Dictionary<string, Measure> ByKey = All.ToDictionary(m => m.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The measure with this key (case-insensitive), or null.</summary>
    public static Measure? Find(string? key) => key is not null && ByKey.TryGetValue(key.Trim(), out var measure) ? measure : null;

    /// <summary>The measures collected from a school of this phase, in catalogue order.</summary>
    public static IReadOnlyList<Measure> For(string schoolPhase) => [.. All.Where(m => m.AppliesTo(schoolPhase))];

    /// <summary>The term numbers a measure is held for: 1-3 (Autumn, Spring, Summer) when termly, else 0 (the whole year).</summary>
    public static IReadOnlyList<int> TermNumbersOf(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Termly ? [1, 2, 3] : [HeadlineValue.WholeYear];
    }
}

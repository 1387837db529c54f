using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// The published national figures every trust starts with (docs: product.md, "Open data"), each with
/// the DfE publication it comes from. Years are academic years by their first calendar year: the
/// "2024" KS2 results are 2023/24 (2023), the "2025" ones 2024/25 (2024). What is not published
/// (Progress 8 for 2024/25 and 2025/26; KS2 progress) has no row, so pages show "Not published", never zero.
/// The trust administrator keeps them from then on (/data/national).
/// </summary>
public static class NationalFigures
{
    private const string Ks2Headlines2024 = "DfE, Key stage 2 attainment, academic year 2023/24 (the 2024 results): all pupils in state-funded schools, England.";
    private const string Ks2Headlines2025 = "DfE, Key stage 2 attainment: national headlines, academic year 2024/25 (the 2025 results): all pupils in state-funded schools, England.";
    private const string Ks4Provisional2025 = "DfE, Key stage 4 performance, academic year 2024/25 (provisional): all pupils in state-funded schools, England.";
    private const string Absence2024 = "DfE, Pupil absence in schools in England, academic year 2023/24: overall absence {0}% ({1}); attendance derived here as 100 minus the absence rate.";

    /// <summary>(year, measure, phase, value, source) for pupils as a whole (<see cref="PupilGroup.All"/>).</summary>
    public static IReadOnlyList<(int Year, string MeasureKey, string? Phase, decimal Value, string Source)> Published { get; } =
    [
        (2023, Measures.Ks2RwmExpected, null, 61m, Ks2Headlines2024),
        (2024, Measures.Ks2RwmExpected, null, 62m, Ks2Headlines2025),
        (2024, Measures.Ks2ReadingExpected, null, 75m, Ks2Headlines2025),
        (2024, Measures.Ks2WritingExpected, null, 72m, Ks2Headlines2025 + " Writing is teacher-assessed."),
        (2024, Measures.Ks2MathsExpected, null, 74m, Ks2Headlines2025),
        (2024, Measures.Ks4Attainment8, null, 45.9m, Ks4Provisional2025),
        (2024, Measures.Ks4EnglishMathsGrade5, null, 45.2m, Ks4Provisional2025),
        (2024, Measures.Ks4EnglishMathsGrade4, null, 64.5m, Ks4Provisional2025),
        (2023, Measures.AttendanceOverall, null, 92.9m, string.Format(System.Globalization.CultureInfo.InvariantCulture, Absence2024, "7.1", "all state-funded schools")),
        (2023, Measures.AttendanceOverall, NationalComparator.PrimaryPhase, 94.5m, string.Format(System.Globalization.CultureInfo.InvariantCulture, Absence2024, "5.5", "state-funded primary schools")),
        (2023, Measures.AttendanceOverall, NationalComparator.SecondaryPhase, 91.1m, string.Format(System.Globalization.CultureInfo.InvariantCulture, Absence2024, "8.9", "state-funded secondary schools")),
    ];

    /// <summary>New comparators for one trust (added inside that trust's scope, which stamps the trust).</summary>
    public static IReadOnlyList<NationalComparator> Create() =>
        [.. Published.Select(f => new NationalComparator(f.Year, f.MeasureKey, PupilGroup.All, f.Phase, f.Value, f.Source))];
}

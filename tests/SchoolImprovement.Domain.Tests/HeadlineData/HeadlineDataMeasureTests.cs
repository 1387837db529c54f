using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Domain.Tests.HeadlineData;

public sealed class HeadlineDataMeasureTests
{
    [Theory]
    [InlineData(Measures.Ks2RwmExpected, "100.01")]
    [InlineData(Measures.Ks2RwmExpected, "-1")]
    [InlineData(Measures.Ks4Attainment8, "90.5")]
    [InlineData(Measures.Ks4Progress8, "5.01")]
    [InlineData(Measures.Ks4Progress8, "-5.5")]
    [InlineData(Measures.Ks4Progress8, "0.125")]
    [InlineData(Measures.Suspensions, "-1")]
    [InlineData(Measures.Suspensions, "2.5")]
    public void A_value_outside_its_measure_is_refused_with_the_reason(string key, string value)
    {
        var problems = Measures.Find(key)!.Problems(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var problem = Assert.Single(problems);
        Assert.StartsWith(Measures.Find(key)!.Name + ":", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Measures.Ks2RwmExpected, "0")]
    [InlineData(Measures.Ks2RwmExpected, "100")]
    [InlineData(Measures.Ks4Attainment8, "90")]
    [InlineData(Measures.Ks4Progress8, "-0.25")]
    [InlineData(Measures.Ks4Progress8, "5")]
    [InlineData(Measures.Suspensions, "0")]
    [InlineData(Measures.Suspensions, "12")]
    public void A_value_in_range_has_no_problems(string key, string value) =>
        Assert.Empty(Measures.Find(key)!.Problems(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_percentage_over_100_says_it_is_not_a_percentage() =>
        Assert.Equal("KS2 reading, writing and maths: expected standard: 101 is not a percentage between 0 and 100.", Assert.Single(Measures.Find(Measures.Ks2RwmExpected)!.Problems(101m)));

    [Fact]
    public void A_negative_count_says_it_cannot_be_negative() =>
        Assert.Equal("Suspensions: -3 cannot be negative.", Assert.Single(Measures.Find(Measures.Suspensions)!.Problems(-3m)));

    [Theory]
    [InlineData("Primary", Measures.Ks2RwmExpected, true)]
    [InlineData("Primary", Measures.Ks4Attainment8, false)]
    [InlineData("Middle deemed primary", Measures.PhonicsY1, true)]
    [InlineData("Secondary", Measures.Ks4Attainment8, true)]
    [InlineData("Secondary", Measures.EyfsGld, false)]
    [InlineData("All-through", Measures.Ks2RwmExpected, true)]
    [InlineData("All-through", Measures.Ks4Progress8, true)]
    [InlineData("Secondary", Measures.AttendanceOverall, true)]
    [InlineData("Primary", Measures.Suspensions, true)]
    public void Measures_apply_by_phase(string phase, string key, bool applies) =>
        Assert.Equal(applies, Measures.Find(key)!.AppliesTo(phase));

    [Fact]
    public void The_catalogue_has_every_named_key_once_with_attendance_absence_and_suspensions_termly()
    {
        Assert.Equal(17, Measures.All.Select(m => m.Key).Distinct().Count());
        Assert.Equal([Measures.AttendanceOverall, Measures.PersistentAbsence, Measures.Suspensions], Measures.All.Where(m => m.Termly).Select(m => m.Key));
        Assert.False(Measures.Find(Measures.PersistentAbsence)!.HigherIsBetter);
        Assert.False(Measures.Find(Measures.Suspensions)!.HigherIsBetter);
        Assert.All(Measures.All, m => Assert.True(m.Key.Length <= Measures.KeyLength));
        Assert.Same(Measures.Find(Measures.Ks4Progress8), Measures.Find(" KS4-PROGRESS8 "));
        Assert.Null(Measures.Find("ks2-progress"));
    }

    [Fact]
    public void Progress_8_is_not_published_for_2024_25_and_2025_26()
    {
        Assert.NotNull(NationalComparator.WhyNotPublished(Measures.Ks4Progress8, 2024));
        Assert.NotNull(NationalComparator.WhyNotPublished(Measures.Ks4Progress8, 2025));
        Assert.Null(NationalComparator.WhyNotPublished(Measures.Ks4Progress8, 2023));
        Assert.Null(NationalComparator.WhyNotPublished(Measures.Ks4Attainment8, 2024));
    }

    [Theory]
    [InlineData("2025/26", 2025)]
    [InlineData("2025-26", 2025)]
    [InlineData("2025/2026", 2025)]
    [InlineData("2025", 2025)]
    [InlineData("2025/27", null)]
    [InlineData("25/26", null)]
    [InlineData("next year", null)]
    public void Academic_years_are_read_as_their_first_calendar_year(string text, int? year) =>
        Assert.Equal(year, HeadlineLabels.ParseYear(text));
}

using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Tests.Calendar;

public sealed class AcademicYearTests
{
    [Theory]
    [InlineData(2026, 9, 1, 2026, Term.Autumn)]
    [InlineData(2026, 12, 31, 2026, Term.Autumn)]
    [InlineData(2027, 1, 4, 2026, Term.Spring)]
    [InlineData(2027, 4, 20, 2026, Term.Summer)]
    [InlineData(2027, 8, 31, 2026, Term.Summer)]
    public void A_date_falls_in_the_english_academic_year_and_term(int y, int m, int d, int startYear, Term term)
    {
        var date = new DateOnly(y, m, d);
        Assert.Equal(new AcademicYear(startYear), AcademicYear.Containing(date));
        Assert.Equal(term, AcademicYear.TermOf(date));
    }

    [Fact]
    public void The_year_is_named_like_2026_27()
    {
        Assert.Equal("2026/27", new AcademicYear(2026).ToString());
        Assert.Equal(new DateOnly(2027, 8, 31), new AcademicYear(2026).LastDay);
    }
}

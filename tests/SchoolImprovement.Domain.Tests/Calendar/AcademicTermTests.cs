using System.Globalization;
using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Tests.Calendar;

public sealed class AcademicTermTests
{
    private static readonly AcademicYear Year2026 = new(2026);

    [Theory]
    [InlineData("2026-09-01", 2026, Term.Autumn)]
    [InlineData("2026-12-31", 2026, Term.Autumn)]
    [InlineData("2027-01-01", 2026, Term.Spring)]
    [InlineData("2027-03-31", 2026, Term.Spring)]
    [InlineData("2027-04-01", 2026, Term.Summer)]
    [InlineData("2027-08-31", 2026, Term.Summer)]
    public void A_date_falls_in_the_term_of_its_academic_year(string date, int startYear, Term term) =>
        Assert.Equal(new AcademicTerm(new AcademicYear(startYear), term), AcademicTerm.Containing(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Two_terms_from_the_summer_cross_into_the_next_academic_year()
    {
        var summer = new AcademicTerm(Year2026, Term.Summer);

        var later = summer.Plus(2);

        Assert.Equal(new AcademicTerm(new AcademicYear(2027), Term.Spring), later);
        Assert.Equal(new DateOnly(2028, 3, 31), later.LastDay);
    }

    [Fact]
    public void Going_back_a_term_from_the_autumn_reaches_the_previous_summer() =>
        Assert.Equal(new AcademicTerm(new AcademicYear(2025), Term.Summer), new AcademicTerm(Year2026, Term.Autumn).Plus(-1));

    [Fact]
    public void Terms_until_counts_across_years()
    {
        var spring = new AcademicTerm(Year2026, Term.Spring);

        Assert.Equal(4, spring.TermsUntil(new AcademicTerm(new AcademicYear(2027), Term.Summer)));
        Assert.Equal(-1, spring.TermsUntil(new AcademicTerm(Year2026, Term.Autumn)));
    }

    [Fact]
    public void Each_term_ends_the_day_before_the_next_begins()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), new AcademicTerm(Year2026, Term.Autumn).LastDay);
        Assert.Equal(new DateOnly(2027, 8, 31), new AcademicTerm(Year2026, Term.Summer).LastDay);
        Assert.Equal("Spring 2026/27", new AcademicTerm(Year2026, Term.Spring).ToString());
    }
}

using System.Globalization;
using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Tests.Calendar;

public sealed class HalfTermTests
{
    [Theory]
    [InlineData("2026-10-31", 1)]
    [InlineData("2026-11-01", 2)]
    [InlineData("2027-02-14", 3)]
    [InlineData("2027-02-15", 4)]
    [InlineData("2027-05-31", 5)]
    [InlineData("2027-06-01", 6)]
    [InlineData("2027-08-31", 6)]
    [InlineData("2026-09-01", 1)]
    public void A_date_falls_in_one_of_six_half_terms(string date, int numberInYear) =>
        Assert.Equal(numberInYear, HalfTerm.Containing(DateOnly.Parse(date, CultureInfo.InvariantCulture)).NumberInYear);

    [Fact]
    public void The_half_term_after_summer_two_is_autumn_one_of_the_next_year()
    {
        var summerTwo = HalfTerm.Containing(new DateOnly(2027, 7, 20));

        var next = summerTwo.Next();

        Assert.Equal(new DateOnly(2027, 9, 1), next.FirstDay);
        Assert.Equal(new DateOnly(2027, 10, 31), next.LastDay);
        Assert.Equal(1, next.NumberInYear);
    }

    [Fact]
    public void Going_back_from_autumn_one_reaches_summer_two_of_the_previous_year()
    {
        var previous = HalfTerm.Containing(new DateOnly(2026, 9, 10)).Plus(-1);

        Assert.Equal(new DateOnly(2026, 6, 1), previous.FirstDay);
        Assert.Equal(new DateOnly(2026, 8, 31), previous.LastDay);
    }
}

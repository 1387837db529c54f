using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>DDAT §2 "three times per year": the default dates of a year's committee meetings.</summary>
public sealed class CommitteeCalendarTests
{
    [Fact]
    public void Three_a_year_is_one_meeting_in_each_term_on_a_Wednesday()
    {
        var dates = CommitteeCalendar.DefaultDates(new AcademicYear(2026), 3);

        Assert.Equal([new DateOnly(2026, 10, 28), new DateOnly(2027, 2, 17), new DateOnly(2027, 6, 9)], dates);
        Assert.Equal([Term.Autumn, Term.Spring, Term.Summer], dates.Select(AcademicYear.TermOf));
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Wednesday, d.DayOfWeek));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(12)]
    public void Any_number_falls_in_order_within_the_teaching_year(int perYear)
    {
        var year = new AcademicYear(2027);

        var dates = CommitteeCalendar.DefaultDates(year, perYear);

        Assert.Equal(perYear, dates.Count);
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(perYear, dates.Distinct().Count());
        Assert.All(dates, d => Assert.InRange(d, year.FirstDay, new DateOnly(2028, 8, 6)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Outside_1_to_12_a_year_is_refused(int perYear)
    {
        Assert.Throws<DomainException>(() => CommitteeCalendar.DefaultDates(new AcademicYear(2026), perYear));
    }
}

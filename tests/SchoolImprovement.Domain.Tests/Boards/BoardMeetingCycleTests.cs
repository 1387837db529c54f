using SchoolImprovement.Domain.Boards;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>The meeting cycle: monthly by default from the last meeting, never in the past, within the board's period (across the year boundary).</summary>
public sealed class BoardMeetingCycleTests
{
    [Fact]
    public void Monthly_dates_follow_the_last_meeting_across_the_new_year()
    {
        var rab = new MeetingTestBoard();

        var dates = BoardMeetingCycle.NextDates(rab.Board, new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 20));

        Assert.Equal([new DateOnly(2026, 12, 12), new DateOnly(2027, 1, 12), new DateOnly(2027, 2, 12)], dates);
    }

    [Fact]
    public void Before_its_first_meeting_the_cycle_starts_today()
    {
        var rab = new MeetingTestBoard();

        var dates = BoardMeetingCycle.NextDates(rab.Board, null, new DateOnly(2026, 10, 5), 2);

        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 5)], dates);
    }

    [Fact]
    public void A_board_formed_for_a_later_term_starts_its_cycle_on_the_terms_first_day()
    {
        var rab = new MeetingTestBoard();

        var dates = BoardMeetingCycle.NextDates(rab.Board, null, new DateOnly(2026, 7, 1), 1);

        Assert.Equal([new DateOnly(2026, 9, 1)], dates);
    }

    [Fact]
    public void The_cycle_stops_at_the_end_of_the_period()
    {
        var rab = new MeetingTestBoard();

        var dates = BoardMeetingCycle.NextDates(rab.Board, new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11), 5);

        Assert.Equal([new DateOnly(2027, 3, 10)], dates);
    }

    [Fact]
    public void A_missed_meeting_date_is_skipped_not_offered_in_the_past()
    {
        var rab = new MeetingTestBoard(meetingIntervalMonths: 1);

        var dates = BoardMeetingCycle.NextDates(rab.Board, new DateOnly(2026, 9, 10), new DateOnly(2026, 11, 1), 1);

        Assert.Equal([new DateOnly(2026, 11, 10)], dates);
    }

    [Fact]
    public void A_two_monthly_cycle_and_an_ended_board()
    {
        var rab = new MeetingTestBoard(meetingIntervalMonths: 2);
        Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2027, 1, 10)], BoardMeetingCycle.NextDates(rab.Board, new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 11), 2));

        rab.Board.End(new DateOnly(2026, 9, 12), "Exit.", MeetingTestBoard.Now);
        Assert.Empty(BoardMeetingCycle.NextDates(rab.Board, new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 13)));
    }
}

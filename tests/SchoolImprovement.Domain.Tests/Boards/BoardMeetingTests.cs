using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>Scheduling within the board's period, attendance from its members, and quorate from the VOTING members present.</summary>
public sealed class BoardMeetingTests
{
    private readonly MeetingTestBoard _rab = new();

    [Fact]
    public void A_meeting_is_scheduled_for_the_board_and_its_school()
    {
        var meeting = _rab.Meeting(new DateOnly(2026, 10, 15));

        Assert.Equal(_rab.Board.Id, meeting.BoardId);
        Assert.Equal(_rab.Board.SchoolId, meeting.SchoolId);
        Assert.Equal(BoardMeetingStatus.Scheduled, meeting.Status);
        Assert.Null(meeting.Quorate);
    }

    [Theory]
    [InlineData(2026, 8, 31)] // before the start term
    [InlineData(2027, 4, 1)] // after the two terms (the period ends 31 March 2027)
    public void A_meeting_outside_the_boards_period_is_refused(int year, int month, int day)
    {
        var e = Assert.Throws<DomainException>(() => _rab.Meeting(new DateOnly(year, month, day)));
        Assert.Contains("01/09/2026 to 31/03/2027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_lets_the_board_meet_in_the_next_term()
    {
        _rab.Board.Extend("Progress too slow", new DateOnly(2027, 3, 1), Guid.NewGuid(), MeetingTestBoard.Now);

        var meeting = _rab.Meeting(new DateOnly(2027, 5, 10));

        Assert.Equal(new DateOnly(2027, 5, 10), meeting.ScheduledOn);
    }

    [Fact]
    public void Two_meetings_on_one_day_are_refused()
    {
        var on = new DateOnly(2026, 10, 15);
        var e = Assert.Throws<DomainException>(() => BoardMeeting.Schedule(_rab.Board, on, [on], Guid.NewGuid(), MeetingTestBoard.Now));
        Assert.Contains("already has a meeting on 15/10/2026", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ended_board_holds_no_more_meetings()
    {
        _rab.Board.End(new DateOnly(2026, 12, 1), "The school has exited.", MeetingTestBoard.Now);
        Assert.Throws<DomainException>(() => _rab.Meeting(new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void Three_voting_members_present_make_the_meeting_quorate()
    {
        var meeting = _rab.Held(new DateOnly(2026, 10, 15), _rab.Chair, _rab.Director, _rab.Officer);

        Assert.Equal(BoardMeetingStatus.Held, meeting.Status);
        Assert.True(meeting.Quorate);
        Assert.Equal(3, meeting.VotingPresent);
        Assert.Equal(3, meeting.QuorumRequired);
    }

    [Fact]
    public void An_associate_trustee_present_does_not_count_towards_the_quorum()
    {
        var meeting = _rab.Held(new DateOnly(2026, 10, 15), _rab.Chair, _rab.Officer, _rab.Associate);

        Assert.False(meeting.Quorate);
        Assert.Equal(2, meeting.VotingPresent);
        Assert.Equal(3, meeting.PresentMemberIds.Count);
    }

    [Fact]
    public void With_the_associate_trustee_and_three_voting_members_the_meeting_is_quorate()
    {
        var meeting = _rab.Held(new DateOnly(2026, 10, 15), _rab.Chair, _rab.Officer, _rab.LocalMember, _rab.Associate);

        Assert.True(meeting.Quorate);
        Assert.Equal(3, meeting.VotingPresent);
    }

    [Fact]
    public void Correcting_the_attendance_recomputes_quorate()
    {
        var on = new DateOnly(2026, 10, 15);
        var meeting = _rab.Held(on, _rab.Chair, _rab.Officer);
        Assert.False(meeting.Quorate);

        meeting.RecordAttendance(_rab.Board, [_rab.Chair.Id, _rab.Officer.Id, _rab.Director.Id], on, _rab.Clerk, MeetingTestBoard.Now);

        Assert.True(meeting.Quorate);
    }

    [Fact]
    public void Only_the_boards_current_members_can_be_present()
    {
        var on = new DateOnly(2026, 10, 15);
        var meeting = _rab.Meeting(on);
        _rab.Board.RemoveMember(_rab.Director.Id, on, MeetingTestBoard.Now);

        Assert.Throws<DomainException>(() => meeting.RecordAttendance(_rab.Board, [_rab.Chair.Id, Guid.NewGuid()], on, _rab.Clerk, MeetingTestBoard.Now));
        Assert.Throws<DomainException>(() => meeting.RecordAttendance(_rab.Board, [_rab.Chair.Id, _rab.Director.Id], on, _rab.Clerk, MeetingTestBoard.Now));
        Assert.Equal(BoardMeetingStatus.Scheduled, meeting.Status);
    }

    [Fact]
    public void Attendance_is_not_recorded_before_the_meetings_day()
    {
        var meeting = _rab.Meeting(new DateOnly(2026, 10, 15));
        Assert.Throws<DomainException>(() => meeting.RecordAttendance(_rab.Board, [_rab.Chair.Id], new DateOnly(2026, 10, 14), _rab.Clerk, MeetingTestBoard.Now));
    }

    [Fact]
    public void Minutes_need_the_attendance_first_and_keep_one_note_per_standard()
    {
        var on = new DateOnly(2026, 10, 15);
        var scheduled = _rab.Meeting(on);
        Assert.Throws<DomainException>(() => scheduled.RecordMinutes([], "Minutes", null, _rab.Clerk, MeetingTestBoard.Now));

        var meeting = _rab.Held(on, _rab.Chair, _rab.Director, _rab.Officer);
        meeting.RecordMinutes(
            [new AgendaNote(AgendaStandard.Attainment, " Reading below target. "), new AgendaNote(AgendaStandard.Safety, "  "), new AgendaNote(AgendaStandard.Progress, "Maths improving")],
            "**Minutes**", "Key finding", _rab.Clerk, MeetingTestBoard.Now);

        Assert.Equal("Reading below target.", meeting.NoteFor(AgendaStandard.Attainment));
        Assert.Null(meeting.NoteFor(AgendaStandard.Safety));
        Assert.Equal(2, meeting.AgendaNotes.Count);
        Assert.Equal("**Minutes**", meeting.Minutes);
        Assert.Equal("Key finding", meeting.KeyFindings);
    }
}

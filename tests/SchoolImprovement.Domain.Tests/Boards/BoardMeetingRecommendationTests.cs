using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>Recommendations to the E&amp;S Committee: only from a quorate meeting (else refused with the reason); pending until the committee decides, once.</summary>
public sealed class BoardMeetingRecommendationTests
{
    private static readonly DateOnly MeetingOn = new(2026, 10, 15);
    private readonly MeetingTestBoard _rab = new();

    [Fact]
    public void A_quorate_meeting_makes_a_pending_recommendation()
    {
        var meeting = _rab.Held(MeetingOn, _rab.Chair, _rab.Director, _rab.Officer);

        var recommendation = BoardRecommendation.Make(meeting, " Extend the board by a term. ", _rab.Clerk, MeetingTestBoard.Now);

        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
        Assert.Equal("Extend the board by a term.", recommendation.Text);
        Assert.Equal(meeting.Id, recommendation.MeetingId);
        Assert.Equal(_rab.Board.Id, recommendation.BoardId);
        Assert.Equal(_rab.Board.SchoolId, recommendation.SchoolId);
    }

    [Fact]
    public void A_recommendation_at_an_inquorate_meeting_is_refused_with_the_reason()
    {
        var meeting = _rab.Held(MeetingOn, _rab.Chair, _rab.Officer, _rab.Associate);

        var e = Assert.Throws<DomainException>(() => BoardRecommendation.Make(meeting, "Extend the board.", _rab.Clerk, MeetingTestBoard.Now));

        Assert.Equal(
            "The meeting of 15/10/2026 was not quorate (2 voting members present; the quorum is 3), so a recommendation to the Education and Standards Committee " +
            "cannot be recorded for it. Associate Trustees are not voting members. Make it at a quorate meeting.",
            e.Message);
    }

    [Fact]
    public void A_recommendation_before_the_attendance_is_recorded_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => BoardRecommendation.Make(_rab.Meeting(MeetingOn), "Extend.", _rab.Clerk, MeetingTestBoard.Now));
        Assert.StartsWith("Record who attended first", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_recommendation_is_refused()
    {
        var meeting = _rab.Held(MeetingOn, _rab.Chair, _rab.Director, _rab.Officer);
        Assert.Throws<DomainException>(() => BoardRecommendation.Make(meeting, "  ", _rab.Clerk, MeetingTestBoard.Now));
    }

    [Theory]
    [InlineData(true, RecommendationStatus.Accepted)]
    [InlineData(false, RecommendationStatus.Rejected)]
    public void The_committee_accepts_or_rejects_once(bool accepted, RecommendationStatus expected)
    {
        var recommendation = BoardRecommendation.Make(_rab.Held(MeetingOn, _rab.Chair, _rab.Director, _rab.Officer), "Extend.", _rab.Clerk, MeetingTestBoard.Now);
        var committeeOn = new DateOnly(2026, 11, 20);

        recommendation.RecordCommitteeDecision(accepted, committeeOn, MeetingOn, committeeOn, "Agreed at the November committee.", _rab.Clerk);

        Assert.Equal(expected, recommendation.Status);
        Assert.Equal(committeeOn, recommendation.CommitteeDecidedOn);
        Assert.Equal(_rab.Clerk, recommendation.CommitteeRecordedBy);
        var again = Assert.Throws<DomainException>(() => recommendation.RecordCommitteeDecision(!accepted, committeeOn, MeetingOn, committeeOn, "Changed our minds.", _rab.Clerk));
        Assert.Contains("already decided", again.Message, StringComparison.Ordinal);
        Assert.Equal(expected, recommendation.Status);
    }

    [Fact]
    public void A_rejection_needs_the_committees_reason()
    {
        var recommendation = BoardRecommendation.Make(_rab.Held(MeetingOn, _rab.Chair, _rab.Director, _rab.Officer), "Extend.", _rab.Clerk, MeetingTestBoard.Now);
        Assert.Throws<DomainException>(() => recommendation.RecordCommitteeDecision(false, MeetingOn, MeetingOn, MeetingOn, null, _rab.Clerk));
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
    }

    [Fact]
    public void The_committee_cannot_decide_before_the_meeting_or_in_the_future()
    {
        var recommendation = BoardRecommendation.Make(_rab.Held(MeetingOn, _rab.Chair, _rab.Director, _rab.Officer), "Extend.", _rab.Clerk, MeetingTestBoard.Now);
        Assert.Throws<DomainException>(() => recommendation.RecordCommitteeDecision(true, MeetingOn.AddDays(-1), MeetingOn, MeetingOn, null, _rab.Clerk));
        Assert.Throws<DomainException>(() => recommendation.RecordCommitteeDecision(true, MeetingOn.AddDays(2), MeetingOn, MeetingOn.AddDays(1), null, _rab.Clerk));
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
    }
}

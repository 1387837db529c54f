using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>The chair's urgent decisions between meetings (Appendix 1 §2.1): only by the chair; awaiting ratification until the committee ratifies it, or not, once.</summary>
public sealed class RatificationTests
{
    private static readonly DateOnly Today = new(2026, 11, 3);
    private readonly MeetingTestBoard _rab = new();

    private UrgentDecision Decision() => UrgentDecision.Take(_rab.Board, "Commission a reading review now.", Today, Today, _rab.ChairUser, MeetingTestBoard.Now);

    [Fact]
    public void The_chairs_urgent_decision_awaits_ratification()
    {
        var decision = Decision();

        Assert.Equal(UrgentDecisionStatus.AwaitingRatification, decision.Status);
        Assert.True(decision.AwaitsRatification);
        Assert.Equal(_rab.ChairUser, decision.DecidedBy);
        Assert.Equal(_rab.Board.SchoolId, decision.SchoolId);
    }

    [Fact]
    public void Another_member_or_the_clerk_cannot_make_an_urgent_decision()
    {
        var byMember = Assert.Throws<DomainException>(() => UrgentDecision.Take(_rab.Board, "Decide.", Today, Today, _rab.OfficerUser, MeetingTestBoard.Now));
        Assert.Contains("Only the board's chair", byMember.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => UrgentDecision.Take(_rab.Board, "Decide.", Today, Today, _rab.Clerk, MeetingTestBoard.Now));
    }

    [Fact]
    public void Without_a_chair_nobody_makes_an_urgent_decision()
    {
        _rab.Board.RemoveMember(_rab.Chair.Id, Today, MeetingTestBoard.Now);
        Assert.Throws<DomainException>(() => Decision());
    }

    [Fact]
    public void An_urgent_decision_cannot_be_dated_in_the_future_or_outside_the_period()
    {
        Assert.Throws<DomainException>(() => UrgentDecision.Take(_rab.Board, "Decide.", Today.AddDays(1), Today, _rab.ChairUser, MeetingTestBoard.Now));
        Assert.Throws<DomainException>(() => UrgentDecision.Take(_rab.Board, "Decide.", new DateOnly(2026, 8, 1), Today, _rab.ChairUser, MeetingTestBoard.Now));
    }

    [Fact]
    public void The_committee_ratifies_it_once()
    {
        var decision = Decision();
        var committee = new DateOnly(2026, 11, 20);

        decision.RecordRatification(true, committee, committee, null, _rab.Clerk);

        Assert.Equal(UrgentDecisionStatus.Ratified, decision.Status);
        Assert.False(decision.AwaitsRatification);
        Assert.Equal(committee, decision.RatifiedOn);
        Assert.Throws<DomainException>(() => decision.RecordRatification(false, committee, committee, "No.", _rab.Clerk));
        Assert.Equal(UrgentDecisionStatus.Ratified, decision.Status);
    }

    [Fact]
    public void Not_ratified_needs_the_committees_reason()
    {
        var decision = Decision();
        var committee = new DateOnly(2026, 11, 20);
        Assert.Throws<DomainException>(() => decision.RecordRatification(false, committee, committee, " ", _rab.Clerk));

        decision.RecordRatification(false, committee, committee, "The committee wants a quote first.", _rab.Clerk);

        Assert.Equal(UrgentDecisionStatus.NotRatified, decision.Status);
        Assert.Equal("The committee wants a quote first.", decision.Notes);
    }

    [Fact]
    public void Ratification_cannot_precede_the_decision_or_be_in_the_future()
    {
        var decision = Decision();
        Assert.Throws<DomainException>(() => decision.RecordRatification(true, Today.AddDays(-1), Today, null, _rab.Clerk));
        Assert.Throws<DomainException>(() => decision.RecordRatification(true, Today.AddDays(1), Today, null, _rab.Clerk));
        Assert.True(decision.AwaitsRatification);
    }
}

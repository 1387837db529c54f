using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Actions;

public sealed class ImprovementActionTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static ImprovementAction Action(DateOnly? due = null) =>
        ImprovementAction.Create(Guid.NewGuid(), "Review attendance", ActionSource.Visit, null, TrustRole.Headteacher, null, due ?? Today.AddDays(14), Today, DateTimeOffset.UtcNow);

    [Fact]
    public void A_new_action_cannot_be_due_in_the_past()
    {
        Assert.Throws<DomainException>(() => Action(Today.AddDays(-1)));
    }

    [Fact]
    public void An_action_needs_an_owner()
    {
        Assert.Throws<DomainException>(() => ImprovementAction.Create(Guid.NewGuid(), "x", ActionSource.Other, null, " ", null, Today, Today, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void It_is_overdue_after_its_due_date_until_done_or_dropped()
    {
        var action = Action(Today);
        Assert.False(action.IsOverdue(Today));
        Assert.True(action.IsOverdue(Today.AddDays(1)));
        action.Complete();
        Assert.False(action.IsOverdue(Today.AddDays(1)));
    }

    [Fact]
    public void Dropping_needs_a_reason_and_a_dropped_action_cannot_be_edited_until_reopened()
    {
        var action = Action();
        Assert.Throws<DomainException>(() => action.Drop(""));
        action.Drop("Superseded by the RAB plan");
        Assert.Equal((ActionStatus.Dropped, "Superseded by the RAB plan"), (action.Status, action.DroppedReason));
        Assert.Throws<DomainException>(() => action.Revise("New", TrustRole.Ceo, null, Today));
        Assert.Throws<DomainException>(() => action.Start());
        action.Reopen();
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Null(action.DroppedReason);
    }

    [Fact]
    public void Evidence_of_impact_is_recorded_and_cannot_be_blank()
    {
        var action = Action();
        Assert.Throws<DomainException>(() => action.RecordImpact(" "));
        action.RecordImpact("Persistent absence down from 18% to 11%");
        Assert.Equal("Persistent absence down from 18% to 11%", action.EvidenceOfImpact);
    }
}

using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Concerns;

public sealed class ExternalSupportConcernTests
{
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Ceo = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void External_support_is_requested_only_for_a_designated_school()
    {
        var concern = ConcernCaseTests.Recommended(ConcernCaseTests.NewSchool());

        var refused = Assert.Throws<DomainException>(() => ExternalSupportRequest.Request(concern, "Maths consultant", null, 1500m, Officer, At));

        Assert.Contains("not designated", refused.Message, StringComparison.Ordinal);
        Assert.Single(concern.Events);
    }

    [Fact]
    public void A_request_needs_a_purpose_and_a_cost_in_pounds_and_pence()
    {
        var concern = ConcernCaseTests.Designated(ConcernCaseTests.NewSchool());

        var refused = Assert.Throws<DomainException>(() => ExternalSupportRequest.Request(concern, " ", "Acme", null, Officer, At));
        Assert.Contains("purpose", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cost", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => ExternalSupportRequest.Request(concern, "Review", null, -1m, Officer, At));
        Assert.Throws<DomainException>(() => ExternalSupportRequest.Request(concern, "Review", null, 10.001m, Officer, At));
    }

    [Fact]
    public void A_request_is_approved_once_and_each_step_is_in_the_case_history()
    {
        var school = ConcernCaseTests.NewSchool();
        var concern = ConcernCaseTests.Designated(school);
        var request = ExternalSupportRequest.Request(concern, "Safeguarding review", "Local authority", 2400.50m, Officer, At);

        Assert.Equal((ExternalSupportStatus.Requested, school.Id, concern.Id), (request.Status, request.SchoolId, request.ConcernCaseId));

        request.Decide(concern, approved: true, null, Ceo, At);

        Assert.Equal(ExternalSupportStatus.Approved, request.Status);
        Assert.Equal(Ceo, request.DecidedBy);
        var refused = Assert.Throws<DomainException>(() => request.Decide(concern, approved: false, "No.", Ceo, At));
        Assert.Contains("already been approved", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ExternalSupportStatus.Approved, request.Status);
        Assert.Equal(
            [ConcernEventKind.Recommended, ConcernEventKind.Designated, ConcernEventKind.ExternalSupportRequested, ConcernEventKind.ExternalSupportApproved],
            concern.Events.Select(e => e.What));
        Assert.Contains("Safeguarding review", concern.Events[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Declining_a_request_needs_reasons()
    {
        var concern = ConcernCaseTests.Designated(ConcernCaseTests.NewSchool());
        var request = ExternalSupportRequest.Request(concern, "Consultant", null, 900m, Officer, At);

        Assert.Throws<DomainException>(() => request.Decide(concern, approved: false, null, Ceo, At));
        Assert.Equal(ExternalSupportStatus.Requested, request.Status);

        request.Decide(concern, approved: false, "Capacity exists within the trust.", Ceo, At);

        Assert.Equal((ExternalSupportStatus.Declined, "Capacity exists within the trust."), (request.Status, request.DecisionNotes));
    }
}

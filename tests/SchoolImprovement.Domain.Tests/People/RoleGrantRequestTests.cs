using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.People;

/// <summary>Who may decide a request for a role that controls the trust: a second person, never the requester or the person it is about.</summary>
public sealed class RoleGrantRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Requester = Guid.NewGuid();

    private static RoleGrantRequest Request(Guid? requestedBy = null) => new(Person, TrustRole.Ceo, requestedBy ?? Requester, Now);

    [Theory]
    [InlineData(TrustRole.Ceo)]
    [InlineData(TrustRole.TrustAdministrator)]
    [InlineData(TrustRole.PlatformAdministrator)]
    public void A_ceo_a_trust_administrator_or_the_platform_administrator_may_approve(string role)
    {
        var decider = Guid.NewGuid();
        var request = Request();

        request.Approve(decider, [role], Now.AddHours(1));

        Assert.Equal((RoleGrantOutcome.Approved, decider, Now.AddHours(1)), (request.Outcome, request.DecidedBy, request.DecidedAt));
    }

    [Fact]
    public void The_platform_administrator_may_refuse()
    {
        var platform = Guid.NewGuid();
        var request = Request();

        request.Refuse(platform, [TrustRole.PlatformAdministrator], Now);

        Assert.Equal((RoleGrantOutcome.Refused, platform), (request.Outcome, request.DecidedBy));
    }

    [Theory]
    [InlineData(TrustRole.DeputyCeo)]
    [InlineData(TrustRole.DirectorOfLearning)]
    [InlineData(TrustRole.Trustee)]
    public void Other_roles_cannot_decide(string role)
    {
        var request = Request();

        var refused = Assert.Throws<DomainException>(() => request.Approve(Guid.NewGuid(), [role], Now));

        Assert.Equal(RoleGrantRequest.ApproverNotEligible, refused.Message);
        Assert.Equal(RoleGrantOutcome.Pending, request.Outcome);
        Assert.Null(request.DecidedBy);
    }

    [Theory]
    [InlineData(TrustRole.TrustAdministrator)]
    [InlineData(TrustRole.PlatformAdministrator)]
    public void Nobody_approves_or_refuses_a_request_they_made_themselves(string role)
    {
        var request = Request();

        Assert.False(request.CanBeDecidedBy(Requester, [role]));
        Assert.Equal(RoleGrantRequest.ApproverIsRequester, Assert.Throws<DomainException>(() => request.Approve(Requester, [role], Now)).Message);
        Assert.Equal(RoleGrantRequest.ApproverIsRequester, Assert.Throws<DomainException>(() => request.Refuse(Requester, [role], Now)).Message);
        Assert.Equal(RoleGrantOutcome.Pending, request.Outcome);
    }

    [Theory]
    [InlineData(TrustRole.TrustAdministrator)]
    [InlineData(TrustRole.PlatformAdministrator)]
    public void Nobody_decides_a_request_about_themselves(string role)
    {
        var request = Request();

        Assert.False(request.CanBeDecidedBy(Person, [role]));
        Assert.Equal(RoleGrantRequest.ApproverIsSubject, Assert.Throws<DomainException>(() => request.Approve(Person, [role], Now)).Message);
        Assert.Equal(RoleGrantOutcome.Pending, request.Outcome);
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_again_even_by_the_platform_administrator()
    {
        var request = Request();
        request.Refuse(Guid.NewGuid(), [TrustRole.Ceo], Now);

        var again = Assert.Throws<DomainException>(() => request.Approve(Guid.NewGuid(), [TrustRole.PlatformAdministrator], Now.AddMinutes(5)));

        Assert.Equal(RoleGrantRequest.AlreadyDecided, again.Message);
        Assert.Equal(RoleGrantOutcome.Refused, request.Outcome);
    }
}

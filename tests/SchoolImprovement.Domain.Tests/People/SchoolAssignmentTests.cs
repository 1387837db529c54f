using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.People;

public sealed class SchoolAssignmentTests
{
    [Theory]
    [InlineData(AssignmentKind.HeadteacherOf, TrustRole.Headteacher)]
    [InlineData(AssignmentKind.LocalCommitteeMemberOf, TrustRole.LocalCommitteeMember)]
    [InlineData(AssignmentKind.LinkedOfficerFor, TrustRole.SchoolImprovementOfficer)]
    [InlineData(AssignmentKind.SpecialistLeaderFor, TrustRole.SpecialistLeader)]
    public void An_assignment_is_made_for_a_person_holding_its_role(AssignmentKind kind, string role)
    {
        var assignment = SchoolAssignment.Create(Guid.NewGuid(), [role], Guid.NewGuid(), kind);
        Assert.Equal(kind, assignment.Kind);
    }

    [Fact]
    public void A_local_committee_member_cannot_be_made_headteacher_of_a_school()
    {
        var refused = Assert.Throws<DomainException>(() => SchoolAssignment.Create(Guid.NewGuid(), [TrustRole.LocalCommitteeMember], Guid.NewGuid(), AssignmentKind.HeadteacherOf));
        Assert.Contains("Headteacher", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trust_wide_roles_exclude_school_bound_roles()
    {
        Assert.DoesNotContain(TrustRole.Headteacher, TrustRole.TrustWide);
        Assert.DoesNotContain(TrustRole.LocalCommitteeMember, TrustRole.TrustWide);
        Assert.DoesNotContain(TrustRole.SpecialistLeader, TrustRole.TrustWide);
        Assert.DoesNotContain(TrustRole.PlatformAdministrator, TrustRole.TrustRoles);
    }
}

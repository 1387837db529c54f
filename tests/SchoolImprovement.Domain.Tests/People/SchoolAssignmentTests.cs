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

    [Fact]
    public void Losing_the_headteacher_role_orphans_only_the_headteacher_assignments()
    {
        var person = Guid.NewGuid();
        var roles = new[] { TrustRole.Headteacher, TrustRole.LocalCommitteeMember };
        var head = SchoolAssignment.Create(person, roles, Guid.NewGuid(), AssignmentKind.HeadteacherOf);
        var otherHead = SchoolAssignment.Create(person, roles, Guid.NewGuid(), AssignmentKind.HeadteacherOf);
        var committee = SchoolAssignment.Create(person, roles, Guid.NewGuid(), AssignmentKind.LocalCommitteeMemberOf);

        var orphaned = SchoolAssignment.OrphanedBy([head, committee, otherHead], [TrustRole.LocalCommitteeMember]);

        Assert.Equal([head.Id, otherHead.Id], orphaned.Select(a => a.Id));
    }

    [Fact]
    public void Keeping_every_needed_role_orphans_nothing()
    {
        var person = Guid.NewGuid();
        var officer = SchoolAssignment.Create(person, [TrustRole.SchoolImprovementOfficer], Guid.NewGuid(), AssignmentKind.LinkedOfficerFor);

        Assert.Empty(SchoolAssignment.OrphanedBy([officer], [TrustRole.SchoolImprovementOfficer, TrustRole.Ceo]));
        Assert.Equal([officer.Id], SchoolAssignment.OrphanedBy([officer], [TrustRole.Ceo]).Select(a => a.Id));
    }
}

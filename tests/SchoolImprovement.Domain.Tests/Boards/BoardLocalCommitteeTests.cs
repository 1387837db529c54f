using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>The ILTC's extras (DDAT Appendix 2): link members, the interests register, the recruitment tracker, and its end when a local committee is formed.</summary>
public sealed class BoardLocalCommitteeTests
{
    [Fact]
    public void An_ILTC_replaces_the_local_committee_and_starts_with_every_recruitment_step_not_started()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);

        Assert.True(board.ReplacesLocalCommittee);
        Assert.Equal(RecruitmentSteps.All, board.RecruitmentSteps.Select(s => s.Kind));
        Assert.All(board.RecruitmentSteps, s => Assert.Equal(RecruitmentStepStatus.NotStarted, s.Status));
    }

    [Fact]
    public void A_RAB_neither_replaces_the_local_committee_nor_recruits_one()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);

        Assert.False(board.ReplacesLocalCommittee);
        Assert.Empty(board.RecruitmentSteps);
        Assert.Empty(board.MissingLinkRoles);
        Assert.Throws<DomainException>(() => board.RecordLocalCommitteeFormed(BoardTestData.On, BoardTestData.At));
        Assert.Throws<DomainException>(() => board.Add(MembershipCategory.CentralExecutiveTeam, null, LinkRole.Finance));
    }

    [Fact]
    public void The_missing_link_members_are_listed_until_each_is_designated()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        Assert.Equal([LinkRole.Safeguarding, LinkRole.Send, LinkRole.Finance], board.MissingLinkRoles);

        board.Add(MembershipCategory.CentralExecutiveTeam, null, LinkRole.Safeguarding, LinkRole.Send);
        Assert.Equal([LinkRole.Finance], board.MissingLinkRoles);

        var finance = board.Add(MembershipCategory.Trustee, null, LinkRole.Finance);
        Assert.Empty(board.MissingLinkRoles);

        board.RemoveMember(finance.Id, BoardTestData.On, BoardTestData.At);
        Assert.Equal([LinkRole.Finance], board.MissingLinkRoles);
    }

    [Fact]
    public void A_link_role_is_held_by_one_member_and_never_by_an_associate_trustee()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        board.Add(MembershipCategory.CentralExecutiveTeam, null, LinkRole.Safeguarding);
        var other = board.Add(MembershipCategory.SchoolImprovementTeam);

        var taken = Assert.Throws<DomainException>(() => board.SetLinkRoles(other.Id, [LinkRole.Safeguarding], BoardTestData.At));
        var associate = Assert.Throws<DomainException>(() => board.Add(MembershipCategory.AssociateTrustee, null, LinkRole.Send));

        Assert.Contains("already the link member for Safeguarding", taken.Message, StringComparison.Ordinal);
        Assert.Contains("Associate Trustee", associate.Message, StringComparison.Ordinal);
        Assert.Empty(other.LinkRoles);
    }

    [Fact]
    public void An_ILTC_has_no_local_committee_members_since_it_replaces_the_committee()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);

        Assert.Throws<DomainException>(() => board.Add(MembershipCategory.LocalCommittee));
        Assert.Empty(board.Members);
    }

    [Fact]
    public void Interests_are_recorded_in_the_register()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        var member = board.AddMember("Pat Finance", null, MembershipCategory.Trustee, [LinkRole.Finance], "Director, Acme Supplies Ltd", BoardTestData.On, BoardTestData.At);

        board.DeclareInterests(member.Id, "  None declared  ", BoardTestData.At);

        Assert.Equal("None declared", member.Interests);
        Assert.True(BoardTermsOfReference.KeepsInterestsRegister(BoardKind.InterimLocalTrustCommittee));
    }

    [Fact]
    public void The_local_committee_cannot_be_recorded_as_formed_while_steps_are_outstanding()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        board.UpdateRecruitmentStep(RecruitmentStepKind.Elections, RecruitmentStepStatus.Done, "Two parents elected.", BoardTestData.On, BoardTestData.Ceo, BoardTestData.At);
        board.UpdateRecruitmentStep(RecruitmentStepKind.RecruitmentCampaign, RecruitmentStepStatus.InProgress, null, BoardTestData.On, BoardTestData.Ceo, BoardTestData.At);

        var refusal = Assert.Throws<DomainException>(() => board.RecordLocalCommitteeFormed(BoardTestData.On, BoardTestData.At));

        Assert.Contains("Diocesan and trust governors recruited; Recruitment campaign; Training for newly recruited members", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("elections", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(BoardStatus.Active, board.Status);
        Assert.True(board.ReplacesLocalCommittee);
    }

    [Fact]
    public void Forming_the_local_committee_ends_the_ILTC_and_it_no_longer_replaces_the_committee()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        foreach (var kind in RecruitmentSteps.All)
        {
            board.UpdateRecruitmentStep(kind, RecruitmentStepStatus.Done, null, BoardTestData.On, BoardTestData.Ceo, BoardTestData.At);
        }

        var formedOn = new DateOnly(2027, 3, 10);
        board.RecordLocalCommitteeFormed(formedOn, BoardTestData.At);

        Assert.Equal(BoardStatus.Ended, board.Status);
        Assert.Equal(formedOn, board.EndedOn);
        Assert.Equal(formedOn, board.LocalCommitteeFormedOn);
        Assert.Equal(Board.LocalCommitteeFormedReason, board.EndReason);
        Assert.False(board.ReplacesLocalCommittee);
        Assert.False(board.IsNearEnd(new DateOnly(2027, 3, 20)));
        Assert.Throws<DomainException>(() => board.Add(MembershipCategory.CentralExecutiveTeam));
    }

    [Fact]
    public void The_agenda_standards_include_Christian_distinctiveness_only_for_church_schools()
    {
        var church = BoardTermsOfReference.Standards(BoardKind.RaisingAchievementBoard, isChurchSchool: true);
        var community = BoardTermsOfReference.Standards(BoardKind.InterimLocalTrustCommittee, isChurchSchool: false);

        Assert.Equal(8, church.Count);
        Assert.Contains(AgendaStandard.ChristianDistinctiveness, church);
        Assert.Equal(7, community.Count);
        Assert.DoesNotContain(AgendaStandard.ChristianDistinctiveness, community);
        Assert.Equal(AgendaStandard.Attainment, community[0]);
    }

    [Fact]
    public void The_same_person_cannot_be_added_twice()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var user = Guid.NewGuid();
        board.AddMember("Alex", user, MembershipCategory.CentralExecutiveTeam, [], null, BoardTestData.On, BoardTestData.At);

        Assert.Throws<DomainException>(() => board.AddMember("Alex", user, MembershipCategory.Trustee, [], null, BoardTestData.On, BoardTestData.At));
        Assert.Single(board.Members);
    }
}

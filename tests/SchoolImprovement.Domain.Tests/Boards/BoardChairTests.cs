using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

public sealed class BoardChairTests
{
    [Theory]
    [InlineData(MembershipCategory.CentralExecutiveTeam)]
    [InlineData(MembershipCategory.Trustee)]
    [InlineData(MembershipCategory.AssociateTrustee)]
    public void A_RAB_may_be_chaired_by_the_central_executive_team_a_trustee_or_an_associate_trustee(MembershipCategory category)
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var member = board.Add(category);

        board.SetChair(member.Id, BoardTestData.At);

        Assert.Equal(member.Id, board.ChairMemberId);
        Assert.Same(member, board.Chair);
    }

    [Theory]
    [InlineData(MembershipCategory.SchoolImprovementTeam)]
    [InlineData(MembershipCategory.LocalCommittee)]
    public void A_RAB_chair_from_another_category_is_refused_with_the_reason(MembershipCategory category)
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var member = board.Add(category, "Sam Ineligible");

        var refusal = Assert.Throws<DomainException>(() => board.SetChair(member.Id, BoardTestData.At));

        Assert.Null(board.ChairMemberId);
        Assert.Contains("Sam Ineligible cannot chair this board", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Central Executive Team, a Trustee or an Associate Trustee", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MembershipCategory.Trustee)]
    [InlineData(MembershipCategory.AssociateTrustee)]
    [InlineData(MembershipCategory.SchoolImprovementTeam)]
    public void An_ILTC_may_be_chaired_only_by_the_central_executive_team(MembershipCategory category)
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee);
        var ineligible = board.Add(category);
        var executive = board.Add(MembershipCategory.CentralExecutiveTeam);

        var refusal = Assert.Throws<DomainException>(() => board.SetChair(ineligible.Id, BoardTestData.At));
        board.SetChair(executive.Id, BoardTestData.At);

        Assert.Contains("member of the Central Executive Team", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(executive.Id, board.ChairMemberId);
    }

    [Fact]
    public void A_trust_improvement_board_may_be_chaired_by_the_central_executive_team_or_a_trustee_but_not_an_associate_trustee()
    {
        Assert.Equal([MembershipCategory.CentralExecutiveTeam, MembershipCategory.Trustee], BoardTermsOfReference.ChairCategories(BoardKind.TrustImprovementBoard));
        var board = BoardTestData.Form(BoardKind.TrustImprovementBoard);
        var associate = board.Add(MembershipCategory.AssociateTrustee);

        Assert.Throws<DomainException>(() => board.SetChair(associate.Id, BoardTestData.At));
    }

    [Fact]
    public void Removing_the_chair_leaves_the_chair_vacant_and_the_member_on_record()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var chair = board.Add(MembershipCategory.CentralExecutiveTeam);
        board.SetChair(chair.Id, BoardTestData.At);

        board.RemoveMember(chair.Id, BoardTestData.On, BoardTestData.At);

        Assert.Null(board.ChairMemberId);
        Assert.Equal(BoardTestData.On, chair.RemovedOn);
        Assert.Contains(chair, board.Members);
        Assert.DoesNotContain(chair, board.CurrentMembers);
    }

    [Fact]
    public void Only_a_current_member_can_be_made_chair()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var gone = board.Add(MembershipCategory.CentralExecutiveTeam);
        board.RemoveMember(gone.Id, BoardTestData.On, BoardTestData.At);

        Assert.Throws<DomainException>(() => board.SetChair(gone.Id, BoardTestData.At));
        Assert.Throws<DomainException>(() => board.SetChair(Guid.NewGuid(), BoardTestData.At));
    }
}

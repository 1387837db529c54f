using SchoolImprovement.Domain.Boards;

namespace SchoolImprovement.Domain.Tests.Boards;

public sealed class BoardQuorumTests
{
    [Fact]
    public void Associate_trustees_never_vote_and_every_other_category_does()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        foreach (var category in MembershipCategories.All)
        {
            var member = board.Add(category);
            Assert.Equal(category != MembershipCategory.AssociateTrustee, member.IsVoting);
        }
    }

    [Fact]
    public void Three_voting_members_present_make_the_quorum()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var present = new[]
        {
            board.Add(MembershipCategory.CentralExecutiveTeam).Id,
            board.Add(MembershipCategory.SchoolImprovementTeam).Id,
            board.Add(MembershipCategory.LocalCommittee).Id,
        };

        Assert.Equal(3, board.VotingPresent(present));
        Assert.True(board.QuorumMet(present));
    }

    [Fact]
    public void Associate_trustees_present_do_not_count_towards_the_quorum()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var present = new[]
        {
            board.Add(MembershipCategory.CentralExecutiveTeam).Id,
            board.Add(MembershipCategory.Trustee).Id,
            board.Add(MembershipCategory.AssociateTrustee).Id,
            board.Add(MembershipCategory.AssociateTrustee).Id,
        };

        Assert.Equal(2, board.VotingPresent(present));
        Assert.False(board.QuorumMet(present));
    }

    [Fact]
    public void Only_current_members_of_this_board_count()
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);
        var a = board.Add(MembershipCategory.CentralExecutiveTeam).Id;
        var b = board.Add(MembershipCategory.SchoolImprovementTeam).Id;
        var removed = board.Add(MembershipCategory.Trustee).Id;
        board.RemoveMember(removed, BoardTestData.On, BoardTestData.At);

        Assert.False(board.QuorumMet([a, b, removed, Guid.NewGuid()]));
        Assert.Equal(2, board.VotingPresent([a, a, b, removed]));
    }

    [Fact]
    public void The_quorum_is_the_board_own_number()
    {
        var board = BoardTestData.Form(BoardKind.TrustImprovementBoard, quorum: 2);
        var present = new[] { board.Add(MembershipCategory.CentralExecutiveTeam).Id, board.Add(MembershipCategory.Trustee).Id };

        Assert.True(board.QuorumMet(present));
    }
}

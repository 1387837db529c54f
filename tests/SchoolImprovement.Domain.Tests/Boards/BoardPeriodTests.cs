using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Boards;

public sealed class BoardPeriodTests
{
    [Theory]
    [InlineData(Term.Autumn, 2026, Term.Spring, "2027-03-31")]
    [InlineData(Term.Spring, 2026, Term.Summer, "2027-08-31")]
    [InlineData(Term.Summer, 2027, Term.Autumn, "2027-12-31")]
    public void Two_terms_from_the_start_term_end_across_academic_years(Term start, int endYear, Term endTerm, string endsOn)
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, start));

        Assert.Equal(BoardTestData.Term(endYear, endTerm), board.EndTerm);
        Assert.Equal(DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture), board.EndsOn);
    }

    [Fact]
    public void Each_extension_adds_one_term_and_is_recorded_with_its_reason()
    {
        var board = BoardTestData.Form(BoardKind.InterimLocalTrustCommittee, BoardTestData.Term(2026, Term.Spring));
        var decidedBy = Guid.NewGuid();

        board.Extend("Governance not yet secure.", new DateOnly(2027, 6, 20), decidedBy, BoardTestData.At);
        Assert.Equal(BoardTestData.Term(2027, Term.Autumn), board.EndTerm);
        board.Extend("Elections held in the autumn.", new DateOnly(2027, 12, 1), decidedBy, BoardTestData.At);

        Assert.Equal(BoardTestData.Term(2027, Term.Spring), board.EndTerm);
        Assert.Equal(new DateOnly(2028, 3, 31), board.EndsOn);
        Assert.Equal(4, board.PeriodTerms);
        Assert.Collection(
            board.Extensions,
            e => Assert.Equal(("Governance not yet secure.", 1, decidedBy), (e.Reason, e.Terms, e.DecidedBy)),
            e => Assert.Equal(("Elections held in the autumn.", new DateOnly(2027, 12, 1)), (e.Reason, e.DecidedOn)));
    }

    [Fact]
    public void An_extension_adds_the_board_own_number_of_terms()
    {
        var board = BoardTestData.Form(BoardKind.TrustImprovementBoard, BoardTestData.Term(2026, Term.Autumn), firstPeriod: 3, extension: 2);

        board.Extend("Vine board decision.", BoardTestData.On, BoardTestData.Ceo, BoardTestData.At);

        Assert.Equal(BoardTestData.Term(2027, Term.Spring), board.EndTerm);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_extension_without_a_reason_is_refused(string reason)
    {
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard);

        Assert.Throws<DomainException>(() => board.Extend(reason, BoardTestData.On, BoardTestData.Ceo, BoardTestData.At));
        Assert.Empty(board.Extensions);
    }

    [Fact]
    public void A_board_is_near_its_end_from_the_last_half_term_of_its_period()
    {
        // Autumn 2026 + two terms: ends 31 March 2027; its last half term starts 15 February 2027.
        var board = BoardTestData.Form(BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Autumn));

        Assert.False(board.IsNearEnd(new DateOnly(2027, 2, 14)));
        Assert.True(board.IsNearEnd(new DateOnly(2027, 2, 15)));
        Assert.True(board.IsNearEnd(new DateOnly(2027, 4, 2)));
        Assert.True(board.IsPastEnd(new DateOnly(2027, 4, 1)));
        Assert.False(board.IsPastEnd(new DateOnly(2027, 3, 31)));
    }

    [Fact]
    public void An_extension_or_an_end_clears_the_near_end_flag()
    {
        var extended = BoardTestData.Form(BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Autumn));
        var ended = BoardTestData.Form(BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Autumn));
        var today = new DateOnly(2027, 3, 1);

        extended.Extend("Progress not yet sustained.", today, BoardTestData.Ceo, BoardTestData.At);
        ended.End(today, "The school has exited.", BoardTestData.At);

        Assert.False(extended.IsNearEnd(today));
        Assert.Equal(new DateOnly(2027, 6, 1), extended.NearEndFrom);
        Assert.False(ended.IsNearEnd(today));
        Assert.Throws<DomainException>(() => ended.Extend("Too late.", today, BoardTestData.Ceo, BoardTestData.At));
    }

    [Fact]
    public void The_policy_numbers_are_used_when_none_are_entered()
    {
        var settings = BoardSettings.From(new BoardRules(3, 2, 1), BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Summer), null, null, null);

        Assert.Equal((3, 2, 1, 1), (settings.Quorum, settings.FirstPeriodTerms, settings.ExtensionTerms, settings.MeetingIntervalMonths));
    }

    [Fact]
    public void Entered_numbers_replace_the_policy_ones()
    {
        var settings = BoardSettings.From(new BoardRules(3, 2, 1), BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Summer), 4, 3, 2, 2);

        Assert.Equal((4, 3, 2, 2), (settings.Quorum, settings.FirstPeriodTerms, settings.ExtensionTerms, settings.MeetingIntervalMonths));
    }

    [Fact]
    public void Without_a_policy_number_the_person_forming_the_board_must_enter_each()
    {
        var refusal = Assert.Throws<DomainException>(() => BoardSettings.From(BoardRules.NotSet, BoardKind.TrustImprovementBoard, BoardTestData.Term(2026, Term.Autumn), null, 2, null));

        Assert.Contains("Enter the quorum", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("each extension adds", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("first instance", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(5, BoardSettings.From(BoardRules.NotSet, BoardKind.TrustImprovementBoard, BoardTestData.Term(2026, Term.Autumn), 5, 2, 1).Quorum);
    }

    [Fact]
    public void A_board_formed_with_impossible_numbers_is_refused()
    {
        var settings = new BoardSettings(BoardKind.RaisingAchievementBoard, BoardTestData.Term(2026, Term.Autumn), 0, 0, 0, 0);

        var refusal = Assert.Throws<DomainException>(() => Board.Form(Guid.NewGuid(), null, settings, BoardTestData.Ceo, BoardTestData.At));

        Assert.Equal(4, Board.ProblemsOf(settings).Count);
        Assert.Contains("quorum", refusal.Message, StringComparison.Ordinal);
    }
}

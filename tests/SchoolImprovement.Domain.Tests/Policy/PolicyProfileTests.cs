using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Policy;

public sealed class PolicyProfileTests
{
    [Fact]
    public void The_vine_template_holds_the_four_categories_with_their_standard_responses()
    {
        var vine = PolicyTemplates.VineSchoolsTrust();
        Assert.Equal(["Risk", "Support", "Developing", "Secure"], vine.Categories.Select(c => c.Name));
        Assert.Contains(vine.Categories[0].StandardResponses, r => r.Contains("safeguarding review will be completed", StringComparison.Ordinal));
        Assert.Equal(7.5m, vine.Allocations?.OfficerDaysPerYear);
        Assert.Equal(9m, vine.Allocations?.SleDaysPerYear);
        Assert.Empty(vine.Problems());
    }

    [Fact]
    public void The_ddat_template_has_the_deputy_ceo_recommend_and_the_ceo_decide()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();
        Assert.Equal(new ConcernWorkflow(TrustRole.DeputyCeo, TrustRole.Ceo), ddat.Concern);
        Assert.Equal(new BoardRules(3, 2, 1), ddat.Boards);
        Assert.Empty(ddat.Problems());
    }

    [Fact]
    public void A_revision_that_breaks_a_rule_is_refused_and_changes_nothing()
    {
        var profile = new PolicyProfile(PolicyTemplates.VineSchoolsTrust());
        var broken = PolicyTemplates.DerbyDiocesanAcademyTrust() with { Boards = new BoardRules(0, 2, 1), Concern = new ConcernWorkflow(TrustRole.Ceo, TrustRole.Ceo) };
        profile.Revise(PolicyTemplates.DerbyDiocesanAcademyTrust());

        var refused = Assert.Throws<DomainException>(() => profile.Revise(broken));

        Assert.Contains("quorum", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cannot also decide", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, profile.Boards.Quorum);
    }

    [Fact]
    public void Category_names_must_be_unique_and_have_descriptors()
    {
        var duplicate = PolicyTemplates.VineSchoolsTrust() with
        {
            Categories = [new CategoryDefinition("Risk", ["a"], []), new CategoryDefinition("risk", [], [])],
        };
        var problems = duplicate.Problems();
        Assert.Contains(problems, p => p.Contains("different", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("descriptor", StringComparison.Ordinal));
    }
}

using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Actions;

public sealed class ActionPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static TheoryData<string> VineCategories => ["Risk", "Support", "Developing", "Secure"];

    private static SchoolCategorisation Confirmed(string category, IReadOnlyList<CategoryDefinition> scheme)
    {
        var c = SchoolCategorisation.Propose(Guid.NewGuid(), category, "Rationale", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category, "n"))], scheme, Guid.NewGuid(), Now);
        c.Confirm(Guid.NewGuid(), Now);
        return c;
    }

    [Theory]
    [MemberData(nameof(VineCategories))]
    public void Confirming_a_category_creates_one_action_per_standard_response(string name)
    {
        var scheme = PolicyTemplates.VineSchoolsTrust().Categories;
        var category = scheme.Single(c => c.Name == name);
        var confirmed = Confirmed(name, scheme);

        var plan = ActionPlan.FromStandardResponses(confirmed, category, Today, Now);

        Assert.Equal(category.StandardResponses, plan.Select(a => a.Title));
        Assert.All(plan, a =>
        {
            Assert.Equal((ActionSource.Categorisation, confirmed.Id, confirmed.SchoolId, ActionStatus.Open), (a.Source, a.SourceId!.Value, a.SchoolId, a.Status));
            Assert.Equal(new DateOnly(2026, 12, 31), a.DueOn);
            Assert.False(string.IsNullOrEmpty(a.OwnerRole));
        });
    }

    [Fact]
    public void A_proposal_not_yet_confirmed_creates_no_plan()
    {
        var scheme = PolicyTemplates.VineSchoolsTrust().Categories;
        var proposed = SchoolCategorisation.Propose(Guid.NewGuid(), "Risk", "r", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, "Risk", "n"))], scheme, Guid.NewGuid(), Now);
        Assert.Throws<DomainException>(() => ActionPlan.FromStandardResponses(proposed, scheme[0], Today, Now));
    }

    [Theory]
    [InlineData("A safeguarding review will be completed.", TrustRole.DirectorOfLearning)]
    [InlineData("The director of learning will monitor the work of school leaders and the central team.", TrustRole.DirectorOfLearning)]
    [InlineData("Specialist leader of education time will be allocated to support improvement.", TrustRole.SpecialistLeader)]
    [InlineData("School improvement leader time will be increased to provide support for leaders.", TrustRole.SchoolImprovementOfficer)]
    [InlineData("The Headteacher, School Improvement Leader and Director of Learning will meet to agree actions.", TrustRole.Headteacher)]
    [InlineData("The Deputy CEO recommends the school to the CEO as a school causing concern.", TrustRole.DeputyCeo)]
    public void Each_response_is_owned_by_the_role_it_names_first(string response, string role) =>
        Assert.Equal(role, ActionPlan.OwnerRoleFor(response));

    [Theory]
    [InlineData(2026, 9, 10, 2026, 12, 31)]
    [InlineData(2027, 2, 1, 2027, 3, 31)]
    [InlineData(2027, 5, 1, 2027, 7, 31)]
    [InlineData(2027, 8, 10, 2027, 8, 31)]
    public void Actions_are_due_at_the_end_of_the_current_term(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), ActionPlan.EndOfTerm(new DateOnly(y, m, d)));

    [Fact]
    public void A_plan_tailored_before_confirmation_replaces_the_standard_responses()
    {
        var scheme = PolicyTemplates.VineSchoolsTrust().Categories;
        var categorisation = SchoolCategorisation.Propose(Guid.NewGuid(), "Support", "r", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, "Support", "n"))], scheme, Guid.NewGuid(), Now);
        categorisation.PlanActions(["The director of learning will review reading weekly.", "  ", "An SLE will support the English lead."]);
        categorisation.Confirm(Guid.NewGuid(), Now);

        var plan = ActionPlan.FromStandardResponses(categorisation, scheme.Single(c => c.Name == "Support"), Today, Now);

        Assert.Equal(["The director of learning will review reading weekly.", "An SLE will support the English lead."], plan.Select(a => a.Title));
        Assert.Equal([TrustRole.DirectorOfLearning, TrustRole.SpecialistLeader], plan.Select(a => a.OwnerRole));
        Assert.Throws<DomainException>(() => categorisation.PlanActions(["too late"]));
    }
}

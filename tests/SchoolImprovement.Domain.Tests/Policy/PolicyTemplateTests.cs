using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Domain.Tests.Policy;

/// <summary>
/// Each template holds only what its own policy says (issue 10, item 0): DDAT's has no day allocations, development-review or SIAMS
/// cycles (Vine §4's); Vine's has no quorum, board period, health checks, Spotlight or committee cycles (DDAT's). A capability
/// a template switches off has none of its numbers, and every capability it switches on has them.
/// </summary>
public sealed class PolicyTemplateTests
{
    /// <summary>The numbers each capability's switch needs; null when it needs none.</summary>
    private static IEnumerable<object?> NumbersOf(PolicyContent content, PolicyCapability capability) => capability switch
    {
        PolicyCapability.HealthChecks => [content.Cycles.HealthCheckMonths],
        PolicyCapability.DevelopmentReviews => [content.Cycles.DevelopmentReviewMonths],
        PolicyCapability.SiamsPreparation => [content.Cycles.SiamsPreparationMonths],
        PolicyCapability.SpotlightProjects => [content.Cycles.SpotlightVisitsPerHalfTerm],
        PolicyCapability.CommitteePacks => [content.Cycles.CommitteeMeetingsPerYear],
        PolicyCapability.DayAllocations => [content.Allocations],
        _ => [],
    };

    public static TheoryData<string> Templates => [.. PolicyTemplates.Names];

    [Fact]
    public void The_ddat_template_has_no_allocations_development_reviews_siams_visits_website_checks_or_due_diligence()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();

        Assert.Null(ddat.Allocations);
        Assert.Null(ddat.Cycles.DevelopmentReviewMonths);
        Assert.Null(ddat.Cycles.SiamsPreparationMonths);
        Assert.Equal(
            [PolicyCapability.ConcernDesignation, PolicyCapability.Boards, PolicyCapability.SpotlightProjects, PolicyCapability.HealthChecks, PolicyCapability.CommitteePacks],
            ddat.Capabilities);
        Assert.Equal([BoardKind.RaisingAchievementBoard, BoardKind.InterimLocalTrustCommittee], ddat.BoardKinds);
        Assert.Equal(new BoardRules(3, 2, 1), ddat.Boards);
        Assert.Equal(12, ddat.Cycles.HealthCheckMonths);
        Assert.Equal(1, ddat.Cycles.SpotlightVisitsPerHalfTerm);
        Assert.Equal(3, ddat.Cycles.CommitteeMeetingsPerYear);
        Assert.Empty(ddat.Problems());
    }

    [Fact]
    public void The_vine_template_has_no_quorum_board_period_health_checks_spotlight_or_committee_cycles()
    {
        var vine = PolicyTemplates.VineSchoolsTrust();

        Assert.Equal(BoardRules.NotSet, vine.Boards);
        Assert.Null(vine.Cycles.HealthCheckMonths);
        Assert.Null(vine.Cycles.SpotlightVisitsPerHalfTerm);
        Assert.Null(vine.Cycles.CommitteeMeetingsPerYear);
        Assert.Null(vine.Cycles.TermsOfReferenceReviewMonths);
        Assert.DoesNotContain(PolicyCapability.HealthChecks, vine.Capabilities);
        Assert.DoesNotContain(PolicyCapability.SpotlightProjects, vine.Capabilities);
        Assert.DoesNotContain(PolicyCapability.CommitteePacks, vine.Capabilities);
        Assert.Contains(PolicyCapability.WebsiteChecks, vine.Capabilities);
        Assert.Equal([BoardKind.TrustImprovementBoard], vine.BoardKinds);
        Assert.Equal(new Domain.Policy.Allocations(7.5m, 1m, 9m, true), vine.Allocations);
        Assert.Equal(36, vine.Cycles.DevelopmentReviewMonths);
        Assert.Empty(vine.Problems());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_sets_no_numbers_for_a_capability_it_switches_off_and_every_number_for_one_it_switches_on(string name)
    {
        var template = PolicyTemplates.ByName(name);

        foreach (var capability in PolicyCapabilities.All)
        {
            var numbers = NumbersOf(template, capability).ToList();
            if (template.Uses(capability))
            {
                Assert.All(numbers, Assert.NotNull);
            }
            else
            {
                Assert.All(numbers, Assert.Null);
            }
        }
    }
}

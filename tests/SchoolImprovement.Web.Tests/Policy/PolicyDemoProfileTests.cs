using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Features.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Policy;

/// <summary>
/// Each demo trust's profile holds only what its own policy says (issue 10, item 0): the DDAT profile has no day allocations,
/// development-review or SIAMS cycles (Vine's); the Vine profile has no quorum, board period, health check, Spotlight or
/// committee cycles (DDAT's). Asserted in the database and on the policy page. Read-only: nothing here changes the profiles.
/// </summary>
public sealed class PolicyDemoProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PolicyProfile> ProfileAsync(string trust) =>
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), db => db.PolicyProfiles.AsNoTracking().SingleAsync());

    [Fact]
    public async Task The_ddat_profile_has_no_allocations_development_reviews_or_siams_visits()
    {
        var profile = await ProfileAsync(Browsing.DdatTrust);
        Assert.Null(profile.Allocations);
        Assert.Null(profile.Cycles.DevelopmentReviewMonths);
        Assert.Null(profile.Cycles.SiamsPreparationMonths);
        Assert.Equal(
            [PolicyCapability.ConcernDesignation, PolicyCapability.Boards, PolicyCapability.SpotlightProjects, PolicyCapability.HealthChecks, PolicyCapability.CommitteePacks],
            profile.Capabilities);

        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        var page = await trustee.GetDocumentAsync("/policy");
        foreach (var (capability, setting) in new[]
        {
            (PolicyCapability.DayAllocations, "OfficerDaysPerYear"), (PolicyCapability.DayAllocations, "SleDaysPerYear"),
            (PolicyCapability.DevelopmentReviews, "DevelopmentReviewMonths"), (PolicyCapability.SiamsPreparation, "SiamsPreparationMonths"),
        })
        {
            var section = page.QuerySelector($"[data-capability={capability}]")!;
            Assert.Equal("false", section.GetAttribute("data-used"));
            Assert.Equal(CapabilitySettings.NotUsed, section.QuerySelector($"[data-setting={setting}]")!.TextContent);
        }

        Assert.DoesNotContain("7.5", page.Text(), StringComparison.Ordinal);
        Assert.Equal("3 voting members", page.QuerySelector("[data-setting=Quorum]")!.TextContent);
        Assert.Equal("1 each half term", page.QuerySelector("[data-setting=SpotlightVisitsPerHalfTerm]")!.TextContent);
    }

    [Fact]
    public async Task The_vine_profile_has_no_quorum_board_period_health_check_spotlight_or_committee_cycles()
    {
        var profile = await ProfileAsync(Browsing.VineTrust);
        Assert.Equal(BoardRules.NotSet, profile.Boards);
        Assert.Null(profile.Cycles.HealthCheckMonths);
        Assert.Null(profile.Cycles.SpotlightVisitsPerHalfTerm);
        Assert.Null(profile.Cycles.CommitteeMeetingsPerYear);
        Assert.Null(profile.Cycles.TermsOfReferenceReviewMonths);
        Assert.DoesNotContain(PolicyCapability.HealthChecks, profile.Capabilities);
        Assert.DoesNotContain(PolicyCapability.SpotlightProjects, profile.Capabilities);
        Assert.DoesNotContain(PolicyCapability.CommitteePacks, profile.Capabilities);
        Assert.Contains(PolicyCapability.WebsiteChecks, profile.Capabilities);

        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        var page = await trustee.GetDocumentAsync("/policy");
        Assert.Equal("true", page.QuerySelector($"[data-capability={PolicyCapability.Boards}]")!.GetAttribute("data-used"));
        Assert.Equal("Not set: set for each board when it is formed", page.QuerySelector("[data-setting=Quorum]")!.TextContent);
        Assert.Equal("Not set: set for each board when it is formed", page.QuerySelector("[data-setting=FirstPeriodTerms]")!.TextContent);
        foreach (var (capability, setting) in new[]
        {
            (PolicyCapability.HealthChecks, "HealthCheckMonths"), (PolicyCapability.SpotlightProjects, "SpotlightVisitsPerHalfTerm"),
            (PolicyCapability.CommitteePacks, "CommitteeMeetingsPerYear"),
        })
        {
            var section = page.QuerySelector($"[data-capability={capability}]")!;
            Assert.Equal("false", section.GetAttribute("data-used"));
            Assert.Equal(CapabilitySettings.NotUsed, section.QuerySelector($"[data-setting={setting}]")!.TextContent);
        }

        Assert.Equal("7.5 days a year plus 1 for the headteacher's performance management", page.QuerySelector("[data-setting=OfficerDaysPerYear]")!.TextContent);
    }
}

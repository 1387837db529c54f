using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Policy;

/// <summary>
/// A capability switched on needs its numbers (<see cref="PolicyContent.Problems"/>); switched off, it needs none; a profile
/// revised with a capability on and its numbers missing is refused and keeps what it had.
/// </summary>
public sealed class PolicyCapabilityTests
{
    private static PolicyContent With(PolicyContent content, PolicyCapability capability) =>
        content with { Capabilities = [.. content.Capabilities.Append(capability)] };

    public static TheoryData<string, PolicyCapability, string> SwitchedOnWithoutNumbers => new()
    {
        { PolicyTemplates.Ddat, PolicyCapability.DayAllocations, "Day allocations are switched on: enter the improvement lead and SLE days." },
        { PolicyTemplates.Ddat, PolicyCapability.DevelopmentReviews, "Development reviews are switched on: enter how many months apart they fall." },
        { PolicyTemplates.Ddat, PolicyCapability.SiamsPreparation, "SIAMS preparation visits are switched on: enter how many months apart they fall." },
        { PolicyTemplates.Vine, PolicyCapability.HealthChecks, "Health checks are switched on: enter how many months apart they fall." },
        { PolicyTemplates.Vine, PolicyCapability.SpotlightProjects, "Spotlight projects are switched on: enter how many focused visits fall in each half term." },
        { PolicyTemplates.Vine, PolicyCapability.CommitteePacks, "Committee packs are switched on: enter how many committee meetings there are a year." },
    };

    [Theory]
    [MemberData(nameof(SwitchedOnWithoutNumbers))]
    public void A_capability_switched_on_without_its_numbers_is_refused_with_what_to_enter(string template, PolicyCapability capability, string problem)
    {
        var content = With(PolicyTemplates.ByName(template), capability);

        Assert.Equal([problem], content.Problems());
    }

    [Fact]
    public void A_capability_switched_on_with_its_numbers_is_accepted()
    {
        var vine = PolicyTemplates.VineSchoolsTrust();
        var content = With(vine, PolicyCapability.SpotlightProjects) with { Cycles = vine.Cycles with { SpotlightVisitsPerHalfTerm = 1 } };
        var ddat = With(PolicyTemplates.DerbyDiocesanAcademyTrust(), PolicyCapability.DayAllocations) with { Allocations = new Domain.Policy.Allocations(5m, 1m, 3m, false) };

        Assert.Empty(content.Problems());
        Assert.Empty(ddat.Problems());
    }

    [Fact]
    public void Boards_switched_on_need_a_kind_of_board_and_switched_off_need_none()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust() with { BoardKinds = [] };

        Assert.Equal(["Boards are switched on: choose at least one kind of board."], ddat.Problems());
        Assert.Empty((ddat with { Capabilities = [.. ddat.Capabilities.Where(c => c != PolicyCapability.Boards)] }).Problems());
    }

    [Fact]
    public void Switching_a_capability_off_needs_none_of_its_numbers()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();
        var off = ddat with
        {
            Capabilities = [PolicyCapability.ConcernDesignation],
            Cycles = ddat.Cycles with { HealthCheckMonths = null, SpotlightVisitsPerHalfTerm = null, CommitteeMeetingsPerYear = null },
            Boards = BoardRules.NotSet,
        };

        Assert.Empty(off.Problems());
    }

    [Fact]
    public void A_number_that_is_set_must_make_sense_even_when_its_capability_is_off()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();

        Assert.Contains("Cycle lengths must be at least one month and counts cannot be negative.", (ddat with { Cycles = ddat.Cycles with { DevelopmentReviewMonths = 0 } }).Problems());
        Assert.Contains("Allocated days cannot be negative.", (ddat with { Allocations = new Domain.Policy.Allocations(-1m, 0m, 0m, false) }).Problems());
    }

    [Fact]
    public void A_revision_switching_a_capability_on_without_its_numbers_is_refused_and_the_profile_keeps_what_it_had()
    {
        var profile = new PolicyProfile(PolicyTemplates.DerbyDiocesanAcademyTrust());

        var refused = Assert.Throws<DomainException>(() => profile.Revise(With(PolicyTemplates.DerbyDiocesanAcademyTrust(), PolicyCapability.DevelopmentReviews)));

        Assert.Contains("Development reviews are switched on", refused.Message, StringComparison.Ordinal);
        Assert.False(profile.Uses(PolicyCapability.DevelopmentReviews));
        Assert.True(profile.Uses(PolicyCapability.SpotlightProjects));
    }

    [Fact]
    public void A_revision_stores_each_capability_once_in_order()
    {
        var profile = new PolicyProfile(PolicyTemplates.VineSchoolsTrust());
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();

        profile.Revise(ddat with { Capabilities = [PolicyCapability.HealthChecks, PolicyCapability.ConcernDesignation, PolicyCapability.HealthChecks] });

        Assert.Equal([PolicyCapability.ConcernDesignation, PolicyCapability.HealthChecks], profile.Capabilities);
        Assert.False(profile.Uses(PolicyCapability.WebsiteChecks));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Features.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Policy;

/// <summary>
/// The administrator switches a capability of the trust's policy on or off on the policy page: a capability switched on
/// needs its numbers (refused with the domain's message, the input kept), an empty number is "not set", and the policy page
/// shows each capability's numbers under it. Each test uses its own capability of the DDAT trust, so their order does not matter.
/// </summary>
public sealed class PolicyCapabilityEditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Edit = "/policy/edit";

    private async Task<PolicyProfile> DdatProfileAsync() =>
        await factory.InTrustAsync(await factory.TrustIdAsync(Browsing.DdatTrust), db => db.PolicyProfiles.AsNoTracking().SingleAsync());

    [Fact]
    public async Task Switching_a_capability_on_without_its_numbers_is_refused_and_keeps_the_input()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(Edit, Edit)).With("OfficerTitle", "Kept officer title").With("DevelopmentReviewMonths", "");
        fields.Add(new("Capabilities", nameof(PolicyCapability.DevelopmentReviews)));

        using var refused = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Development reviews are switched on: enter how many months apart they fall.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector($"#capability-{PolicyCapability.DevelopmentReviews}")!.HasAttribute("checked"));
        Assert.Equal("Kept officer title", page.QuerySelector("#OfficerTitle")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#DevelopmentReviewMonths")!.GetAttribute("value"));
        var saved = await DdatProfileAsync();
        Assert.False(saved.Uses(PolicyCapability.DevelopmentReviews));
        Assert.Null(saved.Cycles.DevelopmentReviewMonths);
        Assert.NotEqual("Kept officer title", saved.Labels.OfficerTitle);
    }

    [Fact]
    public async Task Switching_a_capability_on_with_its_numbers_saves_them_and_the_policy_page_shows_them_under_it()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(Edit, Edit)).With("OfficerDaysPerYear", "6").With("PerformanceManagementDays", "1").With("SleDaysPerYear", "4.5");
        fields.Add(new("Capabilities", nameof(PolicyCapability.DayAllocations)));

        using var saved = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await DdatProfileAsync();
        Assert.True(profile.Uses(PolicyCapability.DayAllocations));
        Assert.Equal(new Allocations(6m, 1m, 4.5m, false), profile.Allocations);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        var page = await trustee.GetDocumentAsync("/policy");
        var section = page.QuerySelector($"[data-capability={PolicyCapability.DayAllocations}]")!;
        Assert.Equal("true", section.GetAttribute("data-used"));
        Assert.Equal("6 days a year plus 1 for the headteacher's performance management", section.QuerySelector("[data-setting=OfficerDaysPerYear]")!.TextContent);
        Assert.Equal("up to 4.5 days a year", section.QuerySelector("[data-setting=SleDaysPerYear]")!.TextContent);
    }

    [Fact]
    public async Task Switching_a_capability_off_with_its_number_emptied_stores_not_set_and_shows_not_used()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(Edit, Edit)).With("HealthCheckMonths", "");
        Assert.Contains(fields, f => f.Key == "Capabilities" && f.Value == nameof(PolicyCapability.HealthChecks));
        fields.RemoveAll(f => f.Key == "Capabilities" && f.Value == nameof(PolicyCapability.HealthChecks));

        using var saved = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await DdatProfileAsync();
        Assert.False(profile.Uses(PolicyCapability.HealthChecks));
        Assert.Null(profile.Cycles.HealthCheckMonths);
        Assert.True(profile.Uses(PolicyCapability.SpotlightProjects));
        var page = await admin.GetDocumentAsync("/policy");
        var section = page.QuerySelector($"[data-capability={PolicyCapability.HealthChecks}]")!;
        Assert.Equal("false", section.GetAttribute("data-used"));
        Assert.Equal(CapabilitySettings.NotUsed, section.QuerySelector("[data-setting=HealthCheckMonths]")!.TextContent);
        var form = await admin.GetDocumentAsync(Edit);
        Assert.False(form.QuerySelector($"#capability-{PolicyCapability.HealthChecks}")!.HasAttribute("checked"));
        Assert.Equal("", form.QuerySelector("#HealthCheckMonths")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Boards_switched_on_without_a_kind_of_board_is_refused()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = await admin.FieldsAsync(Edit, Edit);
        fields.RemoveAll(f => f.Key == "BoardKinds");

        using var refused = await admin.SubmitAsync(Edit, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Boards are switched on: choose at least one kind of board.", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await DdatProfileAsync()).BoardKinds.Count);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Platform;

public sealed class TrustProvisioningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> NewTrust(string name, string email, string password) =>
    [
        new("TrustName", name), new("PolicyTemplate", PolicyTemplates.Ddat), new("AdministratorName", "Ada Admin"),
        new("AdministratorEmail", email), new("AdministratorPassword", password),
    ];

    [Fact]
    public async Task A_platform_administrator_creates_a_trust_whose_administrator_signs_in_to_an_empty_trust_with_its_policy()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new", NewTrust("Peak Learning Trust", "ada@peak.example", "a good long first password"), "/platform/trusts/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Peak Learning Trust", (await platform.GetDocumentAsync("/platform/trusts")).Text(), StringComparison.Ordinal);

        using var admin = await factory.SignedInAsync("ada@peak.example", "a good long first password");
        Assert.Equal("/users", (await admin.GetAsync("/")).Headers.Location!.OriginalString);
        Assert.Contains("Raising Achievement Board (RAB)", (await admin.GetDocumentAsync("/policy")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("St Alkmund", (await admin.GetDocumentAsync("/schools")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_administrator_password_creates_nothing()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var refused = await platform.PostFormAsync("/platform/trusts/new", NewTrust("Short Password Trust", "short@trust.example", "too short"), "/platform/trusts/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("at least 12 characters", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.False(await factory.WithoutTrustAsync(db => db.Trusts.AnyAsync(t => t.Name == "Short Password Trust")));
    }

    [Fact]
    public async Task An_administrator_email_already_in_use_creates_nothing()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var refused = await platform.PostFormAsync("/platform/trusts/new", NewTrust("Taken Email Trust", "ceo@ddat.example", "a good long first password"), "/platform/trusts/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(await factory.WithoutTrustAsync(db => db.Trusts.AnyAsync(t => t.Name == "Taken Email Trust")));
    }
}

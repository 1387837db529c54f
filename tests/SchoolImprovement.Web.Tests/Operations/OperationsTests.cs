using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

public sealed class OperationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        using var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_page_is_a_friendly_404_with_a_correlation_id()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains(id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_pages_carry_security_headers_and_are_not_stored()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await client.GetAsync("/schools");
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Dates_are_shown_in_uk_format()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await client.GetDocumentAsync("/schools?Search=190001");
        Assert.Contains("01/09/2015", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var response = await client.PostAsync("/policy/edit", new FormUrlEncodedContent([new("OfficerTitle", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// The portal as the README runs it (Development, demo trusts seeded, the shipped appsettings
/// limits, a real Kestrel process): a burst of wrong sign-ins is answered 429 with Retry-After.
/// </summary>
public sealed partial class DevelopmentThrottlingTests
{
    [Fact]
    public async Task A_burst_of_wrong_sign_ins_to_the_development_portal_is_answered_429_with_retry_after()
    {
        using var database = TestDatabase.Sqlite();
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
        };

        using var portal = await PortalProcess.StartAsync(database, settings);
        Assert.True(portal.Address is not null, portal.Output);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(portal.Address) };
        var form = await http.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the sign-in page carries an antiforgery token");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? throttled = null;
        for (var attempt = 0; attempt < 12 && throttled is null; attempt++)
        {
            using var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "ceo@ddat.example",
                ["Password"] = $"wrong guess number {attempt}",
                ["__RequestVerificationToken"] = token,
            });
            var response = await http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), body);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.True(throttled is not null, "statuses: " + string.Join(", ", statuses));
        using (throttled)
        {
            // The shipped limit is 5 a minute for one account: the first five are answered with the form again.
            Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
            var retryAfter = int.Parse(Assert.Single(throttled.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
            Assert.Contains("Too many attempts", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

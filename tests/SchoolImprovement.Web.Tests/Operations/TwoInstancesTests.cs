using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using Npgsql;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Tests.Support;
using Xunit.Abstractions;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// Two portal processes behind nginx on one PostgreSQL database (issue 8 item 3, ADR 0017): a
/// sign-in and an antiforgery token from one instance are accepted by the other, requests alternate,
/// forwarded headers are believed from nginx only, "sign out everywhere" and deactivation on one
/// instance end the session on the other within the revocation interval (2 s here), another trust's
/// ids answer 404 through nginx as they do directly, and when one instance dies the other goes on
/// with nothing lost. Needs TEST_POSTGRES and nginx (scripts/test.sh provides both when root).
/// </summary>
public sealed class TwoInstancesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(TwoInstancesTopology.RevocationSeconds);

    [SkippableFact]
    public async Task Two_instances_behind_nginx_share_sign_in_antiforgery_and_revocation_and_one_dying_loses_nothing()
    {
        TwoInstancesTopology.Nginx();
        var watch = Stopwatch.StartNew();
        await using var topology = await TwoInstancesTopology.StartAsync();
        output.WriteLine($"topology started in {watch.Elapsed.TotalSeconds:0.0} s at {topology.ProxyUrl}");
        try
        {
            await DriveAsync(topology);
        }
        catch (Exception failure) when (failure is not SkipException)
        {
            throw new InvalidOperationException(failure.Message + Environment.NewLine + topology.Logs, failure);
        }

        output.WriteLine($"whole test {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task DriveAsync(TwoInstancesTopology topology)
    {
        var proxy = new Uri(topology.ProxyUrl);
        var client = TwoInstancesTopology.ClientAddress.ToString();

        // Sign-in through nginx: the form from one instance, the post to the other.
        var adminJar = new CookieContainer();
        using var admin = topology.Client(topology.ProxyUrl, adminJar);
        var adminEmail = DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, Browsing.Ddat);
        using (var signIn = await SignInAsync(admin, adminEmail))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var adminId = await ScalarAsync<Guid>(topology, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = @p", adminEmail);
        // nginx connected from 127.0.0.2; the session names the client's address it forwarded.
        Assert.Equal(client, await ScalarAsync<string>(topology, "SELECT \"ClientAddress\" FROM \"UserSessions\" WHERE \"UserId\" = @p", adminId));

        // Requests alternate between the instances, each accepting the other's sign-in cookie.
        var served = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            using var schools = await admin.GetAsync("/schools");
            Assert.Equal(HttpStatusCode.OK, schools.StatusCode);
            served.Add(InstanceOf(schools));
        }

        output.WriteLine("served by: " + string.Join(", ", served));
        Assert.Equal(3, served.Count(s => s == "one"));
        Assert.Equal(3, served.Count(s => s == "two"));
        Assert.All(served.Zip(served.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));

        // A form's antiforgery token from one instance, posted to the other.
        var title = "Improvement partner " + Guid.NewGuid().ToString("N")[..6];
        using (var form = await admin.GetAsync("/policy/edit"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            var fields = (await form.DocumentAsync()).FieldsOf("/policy/edit").With("OfficerTitle", title);
            using var saved = await admin.SubmitAsync("/policy/edit", fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.NotEqual(InstanceOf(form), InstanceOf(saved));
        }

        Assert.Equal([title, title], [await OfficerTitleAsync(admin), await OfficerTitleAsync(admin)]);

        // X-Forwarded-For is believed from nginx only: a client's own header counts for nothing, through nginx or directly.
        var headteacher = DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat);
        using (var spoofing = topology.Client(topology.ProxyUrl, new CookieContainer()))
        {
            spoofing.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
            using var wrong = await SignInAsync(spoofing, headteacher, "not the password of this account");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using (var direct = topology.Client(topology.DirectUrls[0], new CookieContainer()))
        {
            direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.10");
            using var wrong = await SignInAsync(direct, headteacher, "still not the password of it");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        Assert.Equal((client, 2L), await LockoutAsync(topology, headteacher));

        // Another trust's school: 404 through nginx exactly as directly from each instance.
        var vineSchool = await ScalarAsync<Guid>(topology, "SELECT \"Id\" FROM \"Schools\" WHERE \"Urn\" = @p", 290001);
        var adminCookie = adminJar.GetCookieHeader(proxy);
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var url in (string[])[topology.ProxyUrl, topology.ProxyUrl, .. topology.DirectUrls])
        {
            using var asker = topology.Client(url, cookieHeader: adminCookie);
            using var response = await asker.GetAsync($"/schools/{vineSchool}");
            answers.Add((response.StatusCode, (await response.DocumentAsync()).QuerySelector("h1")?.TextContent.Trim() ?? ""));
        }

        Assert.All(answers, a => Assert.Equal(answers[^1], a));
        Assert.Equal(HttpStatusCode.NotFound, answers[0].Item1);

        // "Sign out everywhere else" on one instance ends the other browser's session on both.
        var trustee = DemoSeeder.DemoEmail(TrustRole.Trustee, Browsing.Ddat);
        using var laptop = topology.Client(topology.ProxyUrl, new CookieContainer());
        using (var signedIn = await SignInAsync(laptop, trustee))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var phone = await CopiedSessionAsync(topology, trustee);
        await AcceptedOnBothAsync(phone);
        string changedOn;
        using (var ended = await laptop.PostFormAsync("/account/sessions/end-others", [], "/account/sessions/end-others"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            changedOn = InstanceOf(ended);
        }

        await RefusedOnBothWithinTheIntervalAsync(phone, changedOn, "sign out everywhere");
        using (var stillHere = await laptop.GetAsync("/account/sessions"))
        {
            Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
        }

        // Deactivation by the administrator on one instance, likewise.
        var member = DemoSeeder.DemoEmail(TrustRole.LocalCommitteeMember, Browsing.Ddat);
        var memberId = await ScalarAsync<Guid>(topology, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = @p", member);
        using var memberClient = await CopiedSessionAsync(topology, member);
        await AcceptedOnBothAsync(memberClient);
        using (var ended = await admin.PostFormAsync($"/users/{memberId}/deactivate", [], $"/users/{memberId}/deactivate"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            changedOn = InstanceOf(ended);
        }

        await RefusedOnBothWithinTheIntervalAsync(memberClient, changedOn, "deactivation");
        Assert.False(await ScalarAsync<bool>(topology, "SELECT \"IsActive\" FROM \"AspNetUsers\" WHERE \"Id\" = @p", memberId));

        // One instance dies: nginx skips it, the other serves everything, the change made before is there.
        var killed = Stopwatch.StartNew();
        topology.Instances[0].Process.Kill(entireProcessTree: true);
        await topology.Instances[0].Process.WaitForExitAsync();
        var after = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await admin.GetAsync("/policy");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            after.Add(InstanceOf(page));
            Assert.Equal(title, OfficerTitle(await page.DocumentAsync()));
        }

        Assert.All(after, s => Assert.Equal("two", s));
        var second = "Improvement adviser " + Guid.NewGuid().ToString("N")[..6];
        using (var form = await admin.GetAsync("/policy/edit"))
        {
            var fields = (await form.DocumentAsync()).FieldsOf("/policy/edit").With("OfficerTitle", second);
            using var saved = await admin.SubmitAsync("/policy/edit", fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(second, await OfficerTitleAsync(admin));
        output.WriteLine($"after the kill: {string.Join(", ", after)}; first requests answered within {killed.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = DemoSeeder.DemoPassword) =>
        await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>A second browser of <paramref name="email"/>: its cookie sent as it was, whatever the answers say (so a refusal cannot delete it).</summary>
    private static async Task<HttpClient> CopiedSessionAsync(TwoInstancesTopology topology, string email)
    {
        var jar = new CookieContainer();
        using (var browser = topology.Client(topology.ProxyUrl, jar))
        using (var signedIn = await SignInAsync(browser, email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        return topology.Client(topology.ProxyUrl, cookieHeader: jar.GetCookieHeader(new Uri(topology.ProxyUrl)));
    }

    /// <summary>Signed in on both instances, so each keeps an accepted check of the session.</summary>
    private static async Task AcceptedOnBothAsync(HttpClient browser)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await browser.GetAsync("/account/sessions");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            seen.Add(InstanceOf(page));
        }

        Assert.Equal(["one", "two"], seen.Order());
    }

    /// <summary>
    /// After the change: the instance that made it refuses the session at once; the other may accept
    /// it only from its kept check, so every request that starts a revocation interval later is
    /// refused; and both have refused it by the end.
    /// </summary>
    private async Task RefusedOnBothWithinTheIntervalAsync(HttpClient browser, string changedOn, string change)
    {
        var since = Stopwatch.StartNew();
        var refused = new Dictionary<string, TimeSpan>();
        while (refused.Count < 2)
        {
            var started = since.Elapsed;
            Assert.True(started < Interval + TimeSpan.FromSeconds(30), $"{change}: refused so far on {string.Join(", ", refused.Keys)}");
            using var page = await browser.GetAsync("/account/sessions");
            var instance = InstanceOf(page);
            if (page.StatusCode == HttpStatusCode.OK)
            {
                Assert.True(instance != changedOn, $"{change}: instance {instance}, where it happened, still accepted the session at {started.TotalSeconds:0.00} s");
                Assert.True(started < Interval, $"{change}: instance {instance} still accepted the session {started.TotalSeconds:0.00} s later");
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
                Assert.Equal("/account/sign-in", new Uri(browser.BaseAddress!, page.Headers.Location!).AbsolutePath);
                refused.TryAdd(instance, started);
            }

            await Task.Delay(150);
        }

        output.WriteLine($"{change} on {changedOn}: refused by " + string.Join(", ", refused.Select(r => $"{r.Key} after {r.Value.TotalSeconds:0.00} s")));
    }

    private static string InstanceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PortalInstance.Header, out var values) ? values.Single() : throw new InvalidOperationException($"No {PortalInstance.Header} header on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");

    private static async Task<string> OfficerTitleAsync(HttpClient client)
    {
        using var page = await client.GetAsync("/policy");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return OfficerTitle(await page.DocumentAsync());
    }

    private static string OfficerTitle(IDocument page) =>
        page.QuerySelectorAll("dt").FirstOrDefault(dt => dt.TextContent.Trim() == "School improvement officers")?.NextElementSibling?.TextContent.Trim() ?? "";

    private static async Task<(string Address, long Failures)> LockoutAsync(TwoInstancesTopology topology, string email)
    {
        await using var connection = new NpgsqlConnection(topology.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(\"ClientAddress\", ','), COALESCE(SUM(\"Failures\"), 0) FROM \"SignInSources\" WHERE \"AccountKey\" = @p", connection);
        command.Parameters.AddWithValue("p", Security.SignInKeys.Account(email));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.IsDBNull(0) ? "" : reader.GetString(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<T> ScalarAsync<T>(TwoInstancesTopology topology, string sql, object parameter)
    {
        await using var connection = new NpgsqlConnection(topology.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

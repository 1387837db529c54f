using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Concerns;

/// <summary>Steps of the concern journey through HTTP, and reads of what they saved.</summary>
internal static class ConcernTestData
{
    public static string Recommend(Guid school) => $"/schools/{school}/concerns/recommend";

    public static string Case(Guid id) => $"/concerns/{id}";

    /// <summary>Recommends through the page; returns the response (a redirect to the case when done).</summary>
    public static Task<HttpResponseMessage> RecommendAsync(HttpClient client, Guid school, string evidence = "Outcomes below national for three years.", string response = "RaisingAchievementBoard", params string[] grounds)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Evidence", evidence), new("ProposedResponse", response) };
        fields.AddRange((grounds.Length == 0 ? [nameof(ConcernGround.OverallEffectiveness)] : grounds).Select(g => new KeyValuePair<string, string>("Grounds", g)));
        return client.PostFormAsync(Recommend(school), fields, Recommend(school));
    }

    /// <summary>Recommends and returns the new case's id (from the redirect).</summary>
    public static async Task<Guid> RecommendedAsync(HttpClient client, Guid school, string response = "RaisingAchievementBoard")
    {
        using var done = await RecommendAsync(client, school, response: response);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return Guid.Parse(done.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts the case page's form for <paramref name="action"/> with the case's version from the page and <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostOnCaseAsync(HttpClient client, Guid id, string action, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(Case(id));
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posts to {action} on the case page: {page.Text()}");
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("Version", form.QuerySelector("input[name=Version]")?.GetAttribute("value") ?? ""),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        pairs.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(action, new FormUrlEncodedContent(pairs));
    }

    public static async Task<HttpResponseMessage> DoneOnCaseAsync(HttpClient client, Guid id, string action, params (string Name, string Value)[] fields)
    {
        var response = await PostOnCaseAsync(client, id, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode} {(await response.DocumentAsync()).QuerySelector(".alert-danger")?.TextContent}");
        return response;
    }

    public static Task<ConcernCase?> CaseAsync(PortalFactory factory, Guid trust, Guid id) =>
        factory.InTrustAsync(trust, db => db.ConcernCases.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id));

    public static Task<School> SchoolAsync(PortalFactory factory, Guid trust, Guid id) =>
        factory.InTrustAsync(trust, db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == id));

    public static Task<List<ExternalSupportRequest>> SupportAsync(PortalFactory factory, Guid trust, Guid caseId) =>
        factory.InTrustAsync(trust, db => db.ExternalSupportRequests.AsNoTracking().Where(r => r.ConcernCaseId == caseId).ToListAsync());

    /// <summary>The register row of the school on the schools list (found by name).</summary>
    public static IElement? RegisterRow(IDocument list, string schoolName) =>
        list.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.TextContent.Contains(schoolName, StringComparison.Ordinal));
}

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Drives the portal over HTTP as a browser would: forms with their antiforgery tokens, cookies.</summary>
public static partial class Browsing
{
    public const string Ddat = "ddat.example";
    public const string Vine = "vine.example";

    /// <summary>The demo trusts' name prefixes, for <see cref="PortalFactory.TrustIdAsync"/> and <see cref="PortalFactory.SchoolIdAsync"/>.</summary>
    public const string DdatTrust = "Derby";
    public const string VineTrust = "Vine";

    /// <summary>Pages any client (anonymous or signed in, whatever the role) can open that carry a form, so a token for that client can be read from them.</summary>
    private static readonly string[] TokenPages = ["/account/sign-in", "/account/forgot-password"];

    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string email, string password = DemoSeeder.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public static Task<HttpClient> SignedInAsAsync(this PortalFactory factory, string role, string domain) =>
        factory.SignedInAsync(DemoSeeder.DemoEmail(role, domain));

    /// <summary>Posts a form after fetching the antiforgery token from <paramref name="formPage"/> (defaults to the action).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string action, Dictionary<string, string> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await AntiforgeryTokenAsync(client, formPage ?? action);
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        pairs.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(pairs));
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields, string formPage)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    /// <summary>
    /// A valid antiforgery token for this client (its cookie and its signed-in identity, or none),
    /// read from a page every client may open. The token can be reused for any POST of the client.
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var page in TokenPages)
        {
            using var response = await client.GetAsync(page);
            var match = TokenPattern().Match(await response.Content.ReadAsStringAsync());
            if (response.StatusCode == HttpStatusCode.OK && match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"No antiforgery token on any of {string.Join(", ", TokenPages)}.");
    }

    /// <summary>Posts <paramref name="fields"/> (none by default) with an antiforgery token already read for this client.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, string token, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields ?? [], new("__RequestVerificationToken", token)]));
    }

    public static async Task<IDocument> DocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        return await response.DocumentAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net.Http.Headers;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>Multipart uploads to the returns page with a valid antiforgery token for the client.</summary>
internal static class ReturnsClient
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid schoolId, string document, int year, string term, byte[] content, string fileName, string? note = null, string? tokenPage = null)
    {
        var token = tokenPage is null ? await client.AntiforgeryTokenAsync() : await Browsing.AntiforgeryTokenAsync(client, tokenPage);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(document), "Document" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Year" },
            { new StringContent(term), "Term" },
            { new StringContent(note ?? ""), "Note" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", fileName);
        return await client.PostAsync($"/schools/{schoolId}/returns/upload", form);
    }

    public static Guid VersionIdFrom(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect.");
        return Guid.Parse(location.Split('/')[^1]);
    }
}

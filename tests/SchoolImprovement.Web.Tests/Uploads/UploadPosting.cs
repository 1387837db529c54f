using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Uploads;

/// <summary>
/// The demo DDAT headteacher posting to their own school's upload action (URN 190001) with the fields the real form
/// carries (its antiforgery token, year, document, term), and what the portal kept afterwards: StoredFile rows,
/// ReturnVersion rows and files in the storage folder (temporary ".partial" ones included).
/// </summary>
public sealed class UploadPosting
{
    private UploadPosting(PortalFactory portal, HttpClient client, Guid schoolId, List<KeyValuePair<string, string>> fields)
    {
        Portal = portal;
        Client = client;
        SchoolId = schoolId;
        Fields = fields;
    }

    public PortalFactory Portal { get; }
    public HttpClient Client { get; }
    public Guid SchoolId { get; }
    public string Action => $"/schools/{SchoolId}/returns/upload";

    /// <summary>The form's own fields as the page gives them, without the file input.</summary>
    public List<KeyValuePair<string, string>> Fields { get; }

    public static async Task<UploadPosting> AsDdatHeadteacherAsync(PortalFactory portal)
    {
        var client = await portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var schoolId = await portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var fields = await client.FieldsAsync($"/schools/{schoolId}/returns", $"/schools/{schoolId}/returns/upload");
        fields.RemoveAll(f => f.Key == "File");
        return new UploadPosting(portal, client, schoolId, fields);
    }

    /// <summary>The form with <paramref name="file"/> as its File part, named exactly <paramref name="name"/> (filename*, UTF-8, so control characters arrive as sent).</summary>
    public MultipartFormDataContent Form(string name, HttpContent file)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in Fields)
        {
            form.Add(new StringContent(value), key);
        }

        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"File\"", FileName = "\"upload\"", FileNameStar = name };
        form.Add(file);
        return form;
    }

    public async Task<HttpResponseMessage> PostAsync(string name, byte[] bytes) => await Client.PostAsync(Action, Form(name, new ByteArrayContent(bytes)));

    public Task<Kept> KeptAsync() => Portal.WithoutTrustAsync(async db => new Kept(
        await db.StoredFiles.IgnoreQueryFilters().CountAsync(),
        await db.ReturnVersions.IgnoreQueryFilters().CountAsync(),
        Directory.Exists(Portal.StorageFolder) ? Directory.GetFiles(Portal.StorageFolder, "*", SearchOption.AllDirectories).Length : 0));

    /// <summary>The problems listed on the page answered (the form's error summary, or the problem page's list).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(HttpResponseMessage response)
    {
        var document = await response.DocumentAsync();
        return [.. document.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent.Trim())];
    }
}

/// <summary>What the portal holds: StoredFile rows, ReturnVersion rows, files in the storage folder.</summary>
public sealed record Kept(int StoredFiles, int ReturnVersions, int FilesInFolder);

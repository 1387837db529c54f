using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The termly returns journey in a real browser: the headteacher uploads a SEF (PDF) and a SIP (DOCX) from the
/// "Returns due" panel, the linked officer requests changes from the returns page, the headteacher uploads a new
/// version, the officer marks it reviewed and the returns page shows Reviewed; then the Director of Learning checks the
/// school's website. Every page of the journey is scanned by axe-core.
/// </summary>
public sealed class ReturnsJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string School = "St Cedd's CE Primary Academy";

    private static readonly Term ThisTerm = AcademicYear.TermOf(DateOnly.FromDateTime(DateTime.UtcNow));

    private Task<IPage> SignedInAsync(string role) => session.SignedInPageAsync(DemoSeeder.DemoEmail(role, "vine.example"));

    /// <summary>A small valid PDF: header, one empty page, cross-reference table and trailer.</summary>
    private static byte[] Pdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(body.Length);
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = body.Length;
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>A small valid Word document: the three parts a DOCX needs.</summary>
    private static byte[] Docx(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");
        }

        return buffer.ToArray();
    }

    private static async Task UploadAsync(IPage head, string document, string name, string mime, byte[] content, string? note = null)
    {
        await head.Locator("#Document").SelectOptionAsync(document);
        await head.Locator("#Term").SelectOptionAsync(ThisTerm.ToString());
        await head.Locator("#File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mime, Buffer = content });
        if (note is not null)
        {
            await head.Locator("#Note").FillAsync(note);
        }

        await head.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await head.WaitForURLAsync(url => url.Contains("/returns/versions/", StringComparison.Ordinal));
        await head.GetByText("The document has been uploaded.").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(head);
    }

    /// <summary>The officer opens the school's SEF from the returns page, opens its newest version and records a review.</summary>
    private static async Task ReviewNewestSefAsync(IPage officer, string outcomeId, string? comments)
    {
        await officer.GotoAsync("/returns");
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Locator($"tr:has(th:has-text(\"{School}\")) td[data-document='Sef'] a").ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/returns?year=", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Locator($"[data-return='Sef-{ThisTerm}'] tbody tr").First.Locator("a").First.ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/returns/versions/", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Locator($"#{outcomeId}").CheckAsync();
        if (comments is not null)
        {
            await officer.Locator("#Comments").FillAsync(comments);
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await officer.WaitForLoadStateAsync();
        await BrowserSession.AssertAccessibleAsync(officer);
    }

    [SkippableFact]
    public async Task The_headteacher_uploads_the_officer_requests_changes_then_reviews_the_new_version_and_the_returns_page_shows_it()
    {
        // The headteacher lands on their school, sees what is due, and uploads the SEF (PDF) and the SIP (DOCX).
        var head = await SignedInAsync(TrustRole.Headteacher);
        Assert.Equal(School, (await head.Locator("h1").First.InnerTextAsync()).Trim());
        await head.Locator("section[aria-labelledby=returns-due]").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = "All returns of this school" }).ClickAsync();
        await head.WaitForURLAsync(url => url.Contains("/returns", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(head);
        await UploadAsync(head, "Sef", "sef.pdf", "application/pdf", Pdf());
        await head.Locator("nav[aria-label=Breadcrumb]").GetByRole(AriaRole.Link, new() { Name = "Returns" }).ClickAsync();
        await head.Locator("#File").WaitForAsync();
        await UploadAsync(head, "Sip", "sip.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Docx("Our school improvement plan"));
        await head.Context.CloseAsync();

        // The linked officer requests changes to the SEF from the returns page.
        var officer = await SignedInAsync(TrustRole.SchoolImprovementOfficer);
        await ReviewNewestSefAsync(officer, "outcome-changes", "Add the Year 6 reading data to the quality of education section.");
        await officer.GetByText("Add the Year 6 reading data").First.WaitForAsync();
        await officer.Context.CloseAsync();

        // The headteacher sees the changes requested on their school page and answers with a new version.
        head = await SignedInAsync(TrustRole.Headteacher);
        var due = head.Locator("section[aria-labelledby=returns-due] [data-document=Sef]");
        Assert.Contains("Changes requested", await due.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(head);
        await due.GetByRole(AriaRole.Link).ClickAsync();
        await head.GetByText("Add the Year 6 reading data").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(head);
        await UploadAsync(head, "Sef", "sef-v2.pdf", "application/pdf", Pdf(), "Year 6 reading data added on page 3.");
        await head.Context.CloseAsync();

        // The officer marks the new version reviewed, and the returns page shows it.
        officer = await SignedInAsync(TrustRole.SchoolImprovementOfficer);
        await ReviewNewestSefAsync(officer, "outcome-reviewed", "Thank you: a clear picture.");
        await officer.GotoAsync("/returns");
        Assert.Equal("Reviewed", (await officer.Locator($"tr:has(th:has-text(\"{School}\")) td[data-document='Sef'] .badge").InnerTextAsync()).Trim());
        Assert.Equal("Submitted", (await officer.Locator($"tr:has(th:has-text(\"{School}\")) td[data-document='Sip'] .badge").InnerTextAsync()).Trim());
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_director_checks_the_schools_website_and_the_headteacher_reads_the_check()
    {
        var director = await SignedInAsync(TrustRole.DirectorOfLearning);
        await director.GotoAsync("/schools");
        await director.GetByRole(AriaRole.Link, new() { Name = School }).ClickAsync();
        var schoolUrl = director.Url;
        await BrowserSession.AssertPageAccessibleAsync(director, new Uri(schoolUrl).AbsolutePath + "/website-checks");
        await director.GetByRole(AriaRole.Link, new() { Name = "Check the website" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(director);
        var present = director.Locator("input[type=radio][value=Present]");
        for (var i = 0; i < await present.CountAsync(); i++)
        {
            await present.Nth(i).CheckAsync();
        }

        await director.Locator("input[type=radio][value=Missing]").Last.CheckAsync();
        await director.Locator("#Outcome-ChangesNeeded").CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Record the check" }).ClickAsync();
        await director.GetByText("changes needed requires notes").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(director);
        await director.Locator("#Notes").FillAsync("Publish the latest SIAMS report.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Record the check" }).ClickAsync();
        await director.GetByText("The website check has been recorded.").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(director);
        await director.Context.CloseAsync();

        var head = await SignedInAsync(TrustRole.Headteacher);
        await head.Locator("section[aria-labelledby=returns] a", new() { HasText = "Changes needed" }).ClickAsync();
        await head.GetByText("Publish the latest SIAMS report.").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(head);
        await head.Context.CloseAsync();
    }
}

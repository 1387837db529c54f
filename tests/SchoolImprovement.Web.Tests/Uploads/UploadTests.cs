using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Uploads;

/// <summary>
/// Every file attack of the issue, through the real upload action as the school's own headteacher: each answers the
/// returns page again (200, not a redirect) with the reason in its error summary, and leaves no StoredFile row, no
/// ReturnVersion row and no file in the storage folder. The valid PDF, DOCX and XLSX are kept (so the refusals are
/// the checks' doing, not a form that never worked), each with the SHA-256 of its bytes. SQLite and PostgreSQL.
/// </summary>
public abstract class UploadTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    public static TheoryData<string, string, string> Attacks => new()
    {
        { "wrong magic bytes: an executable renamed .pdf", "SEF.pdf", "The file's contents are not a PDF, although its name ends in .pdf." },
        { "wrong magic bytes: HTML renamed .pdf", "SEF.pdf", "The file's contents are not a PDF, although its name ends in .pdf." },
        { "double extension", "SEF.pdf.exe", "Only PDF (.pdf), Word (.docx) and Excel (.xlsx) files can be uploaded; this file is .exe." },
        { "path characters", "../../etc/passwd.pdf", "The file's name contains characters that are not allowed" },
        { "Windows path", "..\\..\\Windows\\SEF.pdf", "The file's name contains characters that are not allowed" },
        { "control characters", "SEF\r\nContent-Type: text/html.pdf", "The file's name contains characters that are not allowed" },
        { "NUL", "SEF\0.pdf", "The file's name contains characters that are not allowed" },
        { "right-to-left override", "SEF\u202Efdp.exe.pdf", "The file's name contains characters that are not allowed" },
        { "zip bomb with lying sizes", "SEF.docx", "The file unpacks to more than 200 MB" },
        { "too many entries", "SEF.docx", "The file holds more than 1,000 parts" },
        { "macros: vbaProject.bin", "SEF.docx", "The file contains macros" },
        { "macros: .docm", "SEF.docm", "Macro-enabled Office files (.docm) are not accepted." },
        { "macros: .xlsm", "SIP.xlsm", "Macro-enabled Office files (.xlsm) are not accepted." },
        { "macros: a .docm renamed .docx", "SEF.docx", "The file contains macros" },
        { "a DOCX renamed .xlsx", "SIP.xlsx", "The file is a Word document whose name ends in .xlsx." },
        { "PDF with JavaScript", "SEF.pdf", "The PDF contains JavaScript" },
        { "PDF with a hex-escaped JavaScript name", "SEF.pdf", "The PDF contains JavaScript" },
        { "PDF with JavaScript in an object stream", "SEF.pdf", "The PDF contains JavaScript" },
        { "PDF with a launch action", "SEF.pdf", "The PDF contains an action that starts another program" },
        { "PDF with an embedded file", "SEF.pdf", "The PDF contains embedded files" },
        { "empty file", "SEF.pdf", "The file is empty (0 bytes)." },
        { "over the size limit", "SEF.pdf", "The file is larger than the 20 MB limit." },
    };

    private static byte[] BytesOf(string attack) => attack switch
    {
        "wrong magic bytes: an executable renamed .pdf" => HostileFiles.Executable(),
        "wrong magic bytes: HTML renamed .pdf" => HostileFiles.Html(),
        "double extension" or "path characters" or "Windows path" or "control characters" or "NUL" or "right-to-left override" => HostileFiles.MinimalPdf(),
        "zip bomb with lying sizes" => HostileFiles.ZipBombWithLyingSizes(),
        "too many entries" => HostileFiles.DocxWithEntries(1001),
        "macros: vbaProject.bin" => HostileFiles.DocxWithVbaProject(),
        "macros: .docm" or "macros: a .docm renamed .docx" => HostileFiles.MacroEnabledWordPackage(),
        "macros: .xlsm" => HostileFiles.MacroEnabledExcelPackage(),
        "a DOCX renamed .xlsx" => HostileFiles.MinimalDocx(),
        "PDF with JavaScript" => HostileFiles.PdfWithJavaScript(),
        "PDF with a hex-escaped JavaScript name" => HostileFiles.PdfWithHexEscapedJavaScript(),
        "PDF with JavaScript in an object stream" => HostileFiles.PdfWithJavaScriptInObjectStream(),
        "PDF with a launch action" => HostileFiles.PdfWithLaunch(),
        "PDF with an embedded file" => HostileFiles.PdfWithEmbeddedFile(),
        "empty file" => [],
        // One byte over: the body is still within the request limit (20 MB + 64 KB), so the check itself refuses it.
        "over the size limit" => HostileFiles.PdfOfSize(20L * 1024 * 1024 + 1),
        _ => throw new ArgumentException(attack, nameof(attack)),
    };

    [SkippableTheory]
    [MemberData(nameof(Attacks))]
    public async Task Each_attack_is_refused_on_the_page_with_its_reason_and_nothing_is_kept(string attack, string name, string reason)
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var before = await upload.KeptAsync();

        using var response = await upload.PostAsync(name, BytesOf(attack));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = await UploadPosting.ProblemsAsync(response);
        Assert.True(problems.Any(p => p.StartsWith(reason, StringComparison.Ordinal)), $"{attack}: [{string.Join(" | ", problems)}]");
        Assert.Equal(before, await upload.KeptAsync());
    }

    public static TheoryData<string, string> ValidFiles => new()
    {
        { "SEF Autumn.pdf", "pdf" },
        { "SIP plan.docx", "docx" },
        { "SIP tracker.xlsx", "xlsx" },
    };

    [SkippableTheory]
    [MemberData(nameof(ValidFiles))]
    public async Task A_valid_document_is_kept_with_its_hash_as_a_new_version(string name, string kind)
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var bytes = kind switch { "pdf" => HostileFiles.MinimalPdf(), "docx" => HostileFiles.MinimalDocx(), _ => HostileFiles.MinimalXlsx() };
        var before = await upload.KeptAsync();

        using var response = await upload.PostAsync(name, bytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/returns/versions/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before with { StoredFiles = before.StoredFiles + 1, ReturnVersions = before.ReturnVersions + 1, FilesInFolder = before.FilesInFolder + 1 }, await upload.KeptAsync());
        var versionId = Guid.Parse(response.Headers.Location!.OriginalString["/returns/versions/".Length..]);
        var stored = await fixture.Portal.WithoutTrustAsync(db => db.ReturnVersions.IgnoreQueryFilters().Where(v => v.Id == versionId)
            .Join(db.StoredFiles.IgnoreQueryFilters(), v => v.FileId, f => f.Id, (_, f) => f).SingleAsync());
        Assert.Equal(name, stored.OriginalName);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(fixture.Portal.StorageFolder, stored.StorageKey)));
    }
}

public sealed class SqliteUploadTests(SqlitePortal fixture) : UploadTests<SqlitePortal>(fixture);

public sealed class PostgresUploadTests(PostgresPortal fixture) : UploadTests<PostgresPortal>(fixture);

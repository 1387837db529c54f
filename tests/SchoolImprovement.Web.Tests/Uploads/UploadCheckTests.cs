using Microsoft.AspNetCore.Http;
using SchoolImprovement.Web.Tests.Support;
using SchoolImprovement.Web.Uploads;

namespace SchoolImprovement.Web.Tests.Uploads;

/// <summary>
/// <see cref="DocumentUploadCheck"/> on its own: each attack from the issue is refused with its own reason (asserted
/// by the words that tell it apart, so a refusal for the wrong reason fails), and the valid minimal PDF, DOCX and XLSX
/// are accepted with a safe name and the allow-list's content type.
/// </summary>
public sealed class UploadCheckTests
{
    private static readonly UploadOptions Defaults = new();

    private static Task<DocumentCheckResult> CheckAsync(string name, byte[] bytes, UploadOptions? options = null) =>
        new DocumentUploadCheck(options ?? Defaults).CheckAsync(new FormFile(new MemoryStream(bytes), 0, bytes.Length, "File", name), CancellationToken.None);

    private static async Task<string> RefusalAsync(string name, byte[] bytes, UploadOptions? options = null)
    {
        var result = await CheckAsync(name, bytes, options);
        Assert.False(result.Accepted, $"{name} was accepted");
        Assert.NotNull(result.Refusal);
        Assert.Equal("", result.SafeName);
        Assert.Equal("application/octet-stream", result.ContentType);
        return result.Refusal;
    }

    public static TheoryData<string, byte[], string, string> ValidFiles => new()
    {
        { "SEF Autumn 2025.pdf", HostileFiles.MinimalPdf(), "SEF Autumn 2025.pdf", "application/pdf" },
        { "SIP 2025-26.docx", HostileFiles.MinimalDocx(), "SIP 2025-26.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "Plan.XLSX", HostileFiles.MinimalXlsx(), "Plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "Évaluation (final) v2.pdf", HostileFiles.MinimalPdf(), "Évaluation _final_ v2.pdf", "application/pdf" },
        { "scan.pdf", HostileFiles.PdfWithCompressedContentHoldingJsBytes(), "scan.pdf", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Valid_documents_are_accepted_with_a_safe_name_and_the_allow_lists_content_type(string name, byte[] bytes, string safeName, string contentType)
    {
        var result = await CheckAsync(name, bytes);

        Assert.True(result.Accepted, result.Refusal);
        Assert.Null(result.Refusal);
        Assert.Equal(safeName, result.SafeName);
        Assert.Equal(contentType, result.ContentType);
    }

    [Fact]
    public async Task No_file_is_refused()
    {
        var result = await new DocumentUploadCheck(Defaults).CheckAsync(null, CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal("Choose a file to upload.", result.Refusal);
    }

    [Theory]
    [InlineData("report.exe", "this file is .exe")]
    [InlineData("report.pdf.exe", "this file is .exe")]
    [InlineData("page.html", "this file is .html")]
    [InlineData("report.doc", "this file is .doc")]
    [InlineData("report", "The file has no extension")]
    public async Task Extensions_off_the_allow_list_are_refused_by_the_last_extension(string name, string reason)
    {
        var refusal = await RefusalAsync(name, HostileFiles.MinimalPdf());

        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.Contains("Only PDF (.pdf), Word (.docx) and Excel (.xlsx)", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan.docm")]
    [InlineData("data.xlsm")]
    public async Task Macro_enabled_extensions_are_refused_as_macro_enabled(string name)
    {
        var bytes = name.EndsWith("docm", StringComparison.Ordinal) ? HostileFiles.MacroEnabledWordPackage() : HostileFiles.MacroEnabledExcelPackage();

        var refusal = await RefusalAsync(name, bytes);

        Assert.StartsWith($"Macro-enabled Office files (.{name[^4..]}) are not accepted", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "not a PDF")]
    [InlineData("report.docx", "not a Word document")]
    [InlineData("report.xlsx", "not an Excel workbook")]
    public async Task An_executable_renamed_to_an_allowed_extension_is_refused_by_its_magic_bytes(string name, string reason)
    {
        var refusal = await RefusalAsync(name, HostileFiles.Executable());

        Assert.Contains($"contents are {reason}", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_renamed_pdf_is_refused_by_its_magic_bytes()
    {
        Assert.Contains("contents are not a PDF", await RefusalAsync("report.pdf", HostileFiles.Html()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_renamed_docx_is_refused_by_its_magic_bytes()
    {
        Assert.Contains("contents are not a Word document", await RefusalAsync("report.docx", HostileFiles.MinimalPdf()), StringComparison.Ordinal);
    }

    public static TheoryData<string> PathNames => [.. HostileFiles.NamesWithPathCharacters];

    public static TheoryData<string> ControlNames => [.. HostileFiles.NamesWithControlCharacters];

    [Theory]
    [MemberData(nameof(PathNames))]
    [MemberData(nameof(ControlNames))]
    public async Task Names_with_path_or_control_characters_are_refused(string name)
    {
        Assert.Equal(UploadNamesReason, await RefusalAsync(name, HostileFiles.MinimalPdf()));
    }

    private const string UploadNamesReason =
        "The file's name contains characters that are not allowed: a slash (/ or \\), \"..\", or an invisible control character. Rename the file and upload it again.";

    [Theory]
    [InlineData("...")]
    [InlineData(". . .")]
    [InlineData(" ")]
    [InlineData("")]
    public async Task Names_of_only_dots_or_spaces_are_refused(string name)
    {
        var refusal = await RefusalAsync(name, HostileFiles.MinimalPdf());

        Assert.True(refusal.StartsWith("The file has no usable name", StringComparison.Ordinal) || (name == "..." && refusal == UploadNamesReason), refusal);
    }

    [Fact]
    public async Task A_long_name_with_odd_characters_is_cut_to_120_characters_and_keeps_its_extension()
    {
        var result = await CheckAsync(new string('a', 200) + " <script>\"';:*?|.pdf", HostileFiles.MinimalPdf());

        Assert.True(result.Accepted, result.Refusal);
        Assert.Equal(120, result.SafeName.Length);
        Assert.EndsWith("aaaa.pdf", result.SafeName, StringComparison.Ordinal);
        Assert.Matches(@"^[\p{L}\p{Nd} ._-]+$", result.SafeName);
    }

    [Fact]
    public async Task Characters_outside_the_kept_set_become_underscores()
    {
        var result = await CheckAsync("SEF <b>Autumn<b>: \"final\" & ready?.pdf", HostileFiles.MinimalPdf());

        Assert.True(result.Accepted, result.Refusal);
        Assert.Equal("SEF _b_Autumn_b_ _final_ _ ready.pdf", result.SafeName);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.StartsWith("The file is empty (0 bytes)", await RefusalAsync("SEF.pdf", []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_refused_with_the_limit()
    {
        var options = new UploadOptions { MaxBytes = 2048 };

        Assert.StartsWith("The file is larger than the 2 KB limit", await RefusalAsync("SEF.pdf", HostileFiles.PdfOfSize(2049), options), StringComparison.Ordinal);
        Assert.True((await CheckAsync("SEF.pdf", HostileFiles.PdfOfSize(2048), options)).Accepted);
    }

    [Fact]
    public async Task The_default_size_limit_is_20_MB()
    {
        Assert.Equal(20L * 1024 * 1024, Defaults.MaxBytes);
        Assert.StartsWith("The file is larger than the 20 MB limit", await RefusalAsync("SEF.pdf", HostileFiles.PdfOfSize(Defaults.MaxBytes + 1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_with_lying_sizes_is_refused_by_the_bytes_counted_while_inflating()
    {
        var bomb = HostileFiles.ZipBombWithLyingSizes();

        Assert.True(bomb.Length < 400_000, $"the bomb is {bomb.Length} bytes");
        Assert.StartsWith("The file unpacks to more than 200 MB", await RefusalAsync("SEF.docx", bomb), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_under_the_limit_whose_headers_lie_is_refused_as_tampered()
    {
        // 5 MB inflated is within the limit, but the headers claim 1 KB: what .NET's own reader would believe.
        var refusal = await RefusalAsync("SEF.docx", HostileFiles.ZipBombWithLyingSizes(5));

        Assert.StartsWith("The sizes recorded inside the file do not match its contents", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_with_honest_sizes_over_the_configured_total_is_refused()
    {
        var options = new UploadOptions { MaxUncompressedBytes = 4L * 1024 * 1024 };

        Assert.StartsWith("The file unpacks to more than 4 MB", await RefusalAsync("SEF.docx", HostileFiles.ZipBombWithHonestSizes(5), options), StringComparison.Ordinal);
        Assert.True((await CheckAsync("SEF.docx", HostileFiles.ZipBombWithHonestSizes(3), options)).Accepted);
    }

    [Fact]
    public async Task A_header_that_overstates_an_entrys_size_is_refused_as_tampered()
    {
        Assert.StartsWith("The sizes recorded inside the file do not match", await RefusalAsync("SEF.docx", HostileFiles.DocxWithOverstatedSize()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_entries_than_the_limit_are_refused_and_the_limit_itself_is_accepted()
    {
        Assert.StartsWith("The file holds more than 1,000 parts", await RefusalAsync("SEF.docx", HostileFiles.DocxWithEntries(1001)), StringComparison.Ordinal);
        Assert.True((await CheckAsync("SEF.docx", HostileFiles.DocxWithEntries(1000))).Accepted);
    }

    [Fact]
    public async Task A_docx_carrying_a_vba_project_is_refused_for_its_macros()
    {
        Assert.StartsWith("The file contains macros", await RefusalAsync("SEF.docx", HostileFiles.DocxWithVbaProject()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SEF.docx")]
    [InlineData("Plan.xlsx")]
    public async Task A_macro_enabled_package_renamed_to_an_allowed_extension_is_refused_for_its_macros(string name)
    {
        var bytes = name.EndsWith("docx", StringComparison.Ordinal) ? HostileFiles.MacroEnabledWordPackage() : HostileFiles.MacroEnabledExcelPackage();

        Assert.StartsWith("The file contains macros", await RefusalAsync(name, bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_renamed_xlsx_is_refused_and_named_as_a_word_document()
    {
        Assert.StartsWith("The file is a Word document whose name ends in .xlsx", await RefusalAsync("Plan.xlsx", HostileFiles.MinimalDocx()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_renamed_docx_is_refused_and_named_as_an_excel_workbook()
    {
        Assert.StartsWith("The file is an Excel workbook whose name ends in .docx", await RefusalAsync("SEF.docx", HostileFiles.MinimalXlsx()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_package_is_refused_as_damaged()
    {
        byte[] truncated = [.. HostileFiles.MinimalDocx().AsSpan(0, 200)];

        Assert.StartsWith("The file could not be opened as a Word document", await RefusalAsync("SEF.docx", truncated), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> HostilePdfs => new()
    {
        { "JavaScript", HostileFiles.PdfWithJavaScript(), "The PDF contains JavaScript" },
        { "an /OpenAction running /JS", HostileFiles.PdfWithOpenActionScript(), "The PDF contains JavaScript" },
        { "a name written with #hex escapes", HostileFiles.PdfWithHexEscapedJavaScript(), "The PDF contains JavaScript" },
        { "JavaScript in a compressed object stream", HostileFiles.PdfWithJavaScriptInObjectStream(), "The PDF contains JavaScript" },
        { "a launch action", HostileFiles.PdfWithLaunch(), "The PDF contains an action that starts another program" },
        { "an embedded file", HostileFiles.PdfWithEmbeddedFile(), "The PDF contains embedded files" },
    };

    [Theory]
    [MemberData(nameof(HostilePdfs))]
    public async Task Pdfs_with_active_content_are_refused_with_what_they_carry(string carrying, byte[] pdf, string reason)
    {
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), carrying);

        Assert.StartsWith(reason, await RefusalAsync("SEF.pdf", pdf), StringComparison.Ordinal);
    }
}

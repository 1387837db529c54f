using Microsoft.AspNetCore.Http;
using SchoolImprovement.Web.Uploads;

namespace SchoolImprovement.Web.Tests.Uploads;

/// <summary>
/// <see cref="DocumentDownload"/>: a stored document always goes out as an attachment, with a header-safe ASCII name
/// and the real name in UTF-8, a content type only from the allow-list, and nosniff.
/// </summary>
public sealed class UploadDownloadTests
{
    [Theory]
    [InlineData("SEF Autumn 2025.pdf", "attachment; filename=\"SEF Autumn 2025.pdf\"; filename*=UTF-8''SEF%20Autumn%202025.pdf")]
    [InlineData("Évaluation.pdf", "attachment; filename=\"_valuation.pdf\"; filename*=UTF-8''%C3%89valuation.pdf")]
    [InlineData("a\"b;c\\d.pdf", "attachment; filename=\"d.pdf\"; filename*=UTF-8''d.pdf")]
    [InlineData("a\"b;c.pdf", "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%3Bc.pdf")]
    [InlineData("../../etc/passwd", "attachment; filename=\"passwd\"; filename*=UTF-8''passwd")]
    [InlineData("report\r\nSet-Cookie: x=1.pdf", "attachment; filename=\"reportSet-Cookie: x=1.pdf\"; filename*=UTF-8''reportSet-Cookie%3A%20x%3D1.pdf")]
    [InlineData("", "attachment; filename=\"document\"; filename*=UTF-8''document")]
    public void The_disposition_is_an_attachment_with_an_ascii_name_and_the_utf8_name(string name, string header)
    {
        Assert.Equal(header, DocumentDownload.ContentDisposition(name));
    }

    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData(null, "application/octet-stream")]
    public void The_content_type_comes_only_from_the_allow_list(string? stored, string served)
    {
        var http = new DefaultHttpContext();

        var result = DocumentDownload.File(http.Response, new MemoryStream([1, 2, 3]), "SEF.pdf", stored);

        Assert.Equal(served, result.ContentType);
        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
        Assert.StartsWith("attachment; ", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("", result.FileDownloadName);
    }
}

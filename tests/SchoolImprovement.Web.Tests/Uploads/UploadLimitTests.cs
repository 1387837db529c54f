using System.Net;
using SchoolImprovement.Web.Tests.Support;
using SchoolImprovement.Web.Uploads;

namespace SchoolImprovement.Web.Tests.Uploads;

/// <summary>
/// The size limit, enforced by the server before the body is buffered ([DocumentUploadLimit] on the real upload
/// action, before antiforgery reads the form): a Content-Length over the limit is refused without reading the body,
/// a chunked body (no length) is refused once it passes the limit, both with a 413 page that names the limit, never a
/// 500 or antiforgery's 400, and nothing is kept. SQLite and PostgreSQL.
/// </summary>
public abstract class UploadLimitTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private static readonly UploadOptions Defaults = new();

    private const string Reason = "The upload is too large: a file can be at most 20 MB. Nothing has been saved.";

    [SkippableFact]
    public async Task A_content_length_over_the_limit_is_refused_without_reading_the_body()
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var before = await upload.KeptAsync();
        // Claims a gigabyte and sends 10 bytes: reading the body would end early and fail (400), not answer 413.
        var form = upload.Form("SEF.pdf", new ByteArrayContent(HostileFiles.MinimalPdf()));
        using var request = new HttpRequestMessage(HttpMethod.Post, upload.Action) { Content = new ClaimedLengthContent(form, 1L << 30) };

        using var response = await upload.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(await UploadPosting.ProblemsAsync(response), p => p.StartsWith(Reason, StringComparison.Ordinal));
        Assert.Equal(before, await upload.KeptAsync());
    }

    [SkippableFact]
    public async Task A_body_just_over_the_limit_with_its_true_length_is_refused()
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var before = await upload.KeptAsync();

        using var response = await upload.PostAsync("SEF.pdf", HostileFiles.PdfOfSize(Defaults.MaxRequestBytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(await UploadPosting.ProblemsAsync(response), p => p.StartsWith(Reason, StringComparison.Ordinal));
        Assert.Equal(before, await upload.KeptAsync());
    }

    [SkippableFact]
    public async Task A_chunked_body_over_the_limit_is_refused_once_it_passes_the_limit()
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var before = await upload.KeptAsync();
        var pdf = HostileFiles.PdfOfSize(Defaults.MaxBytes + 200_000);
        var form = upload.Form("SEF.pdf", new StreamContent(new UnknownLengthStream(pdf)));
        Assert.Null(form.Headers.ContentLength);

        using var response = await upload.Client.PostAsync(upload.Action, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(await UploadPosting.ProblemsAsync(response), p => p.StartsWith(Reason, StringComparison.Ordinal));
        Assert.Equal(before, await upload.KeptAsync());
    }

    [SkippableFact]
    public async Task A_chunked_body_within_the_limit_is_read_and_kept()
    {
        var upload = await UploadPosting.AsDdatHeadteacherAsync(fixture.Portal);
        var before = await upload.KeptAsync();
        var form = upload.Form("SEF.pdf", new StreamContent(new UnknownLengthStream(HostileFiles.PdfOfSize(300_000))));

        using var response = await upload.Client.PostAsync(upload.Action, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before with { StoredFiles = before.StoredFiles + 1, ReturnVersions = before.ReturnVersions + 1, FilesInFolder = before.FilesInFolder + 1 }, await upload.KeptAsync());
    }

    /// <summary>Sends another content's bytes under a Content-Length of its own choosing.</summary>
    private sealed class ClaimedLengthContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly long _claimed;

        public ClaimedLengthContent(HttpContent inner, long claimed)
        {
            _inner = inner;
            _claimed = claimed;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            Headers.ContentLength = claimed;
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => _inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = _claimed;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that will not tell its length, so the request goes without a Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}

public sealed class SqliteUploadLimitTests(SqlitePortal fixture) : UploadLimitTests<SqlitePortal>(fixture);

public sealed class PostgresUploadLimitTests(PostgresPortal fixture) : UploadLimitTests<PostgresPortal>(fixture);

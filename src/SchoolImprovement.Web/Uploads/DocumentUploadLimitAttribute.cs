using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Errors;

namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// Limits an upload action's request to <see cref="UploadOptions.MaxRequestBytes"/> (the configured
/// <c>Uploads:MaxBytes</c> plus room for the other fields), before anything reads the body. It is an authorization
/// filter ordered after <see cref="SchoolScopeAttribute"/> (a person refused there is refused without the body being
/// read) and before antiforgery (order 1000), which reads the form: a resource filter, or MVC's
/// <c>[RequestSizeLimit]</c> as a filter, would come after the body had been buffered. (Endpoint metadata,
/// <c>IRequestSizeLimitMetadata</c>, is honoured by routing on .NET 8+, but is fixed when the app is built; this limit
/// comes from configuration.)
/// <list type="number">
/// <item>A <c>Content-Length</c> over the limit is answered 413 at once, nothing read.</item>
/// <item>Otherwise the server's own limit is lowered to it (<see cref="IHttpMaxRequestBodySizeFeature"/>, Kestrel) and the
/// body is wrapped so that reading past it fails on any server (a chunked body has no length to check first).</item>
/// <item>The form is read here, with <see cref="FormOptions.MultipartBodyLengthLimit"/> at the same limit (files past
/// 64 KB go to a temporary file that ASP.NET Core deletes at the end of the request), so an oversized body is answered
/// 413 with a page that says the limit, never a 500 and never antiforgery's 400; the action never runs, so nothing is
/// stored.</item>
/// </list>
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class DocumentUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>After <see cref="SchoolScopeAttribute.RunsBeforeAntiforgery"/>, before antiforgery's 1000.</summary>
    public const int FilterOrder = SchoolScopeAttribute.RunsBeforeAntiforgery + 500;

    public int Order => FilterOrder;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new Filter(serviceProvider.GetRequiredService<UploadOptions>());

    /// <summary>The reason an oversized upload is refused, naming the limit.</summary>
    public static string TooLargeReason(UploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"The upload is too large: a file can be at most {UploadOptions.Describe(options.MaxBytes)}. Nothing has been saved. Make the file smaller (for example, compress its pictures or save it as PDF) and upload it again.";
    }

    private sealed class Filter(UploadOptions options) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var limit = options.MaxRequestBytes;
            var serverLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (serverLimit is { IsReadOnly: false })
            {
                // Also tells Kestrel not to drain more than this of a body the portal refuses unread.
                serverLimit.MaxRequestBodySize = limit;
            }

            if (request.ContentLength > limit)
            {
                context.Result = Refusal(context, StatusCodes.Status413PayloadTooLarge, TooLargeReason(options));
                return;
            }

            request.Body = new LimitedReadStream(request.Body, limit);
            if (!request.HasFormContentType)
            {
                return;
            }

            try
            {
                await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = Refusal(context, StatusCodes.Status413PayloadTooLarge, TooLargeReason(options));
            }
            catch (InvalidDataException)
            {
                // A malformed form (a part past MultipartBodyLengthLimit cannot come first: the body's own limit is the same).
                context.Result = Refusal(context, StatusCodes.Status400BadRequest, "The upload could not be read, so nothing has been saved. Choose the file again and upload it.");
            }
            catch (IOException) when (!http.RequestAborted.IsCancellationRequested)
            {
                context.Result = Refusal(context, StatusCodes.Status400BadRequest, "The upload did not arrive whole, so nothing has been saved. Try again.");
            }
        }

        private static ViewResult Refusal(AuthorizationFilterContext context, int status, string reason) => new()
        {
            ViewName = "~/Features/Errors/Problem.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary<ErrorPage>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            {
                Model = new ErrorPage(status, context.HttpContext.TraceIdentifier, [reason]),
            },
        };
    }

    /// <summary>Reads through to the request body and fails, as Kestrel does (413), once more than the limit has come.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Counted(int read)
        {
            _read += read;
            if (_read > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

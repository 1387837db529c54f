using Microsoft.AspNetCore.Mvc.Filters;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Signed-in pages hold trust data: browsers and proxies must not store them. The value is the one
/// antiforgery writes on a page with a form (<c>no-cache, no-store</c>): antiforgery logs a warning
/// each time it replaces a Cache-Control without <c>no-cache</c>, which on "no-store" alone meant one
/// warning per form page served (issue 8). Both directives together say the same to caches.
/// </summary>
public sealed class NoStoreForSignedInFilter : IResultFilter
{
    public const string CacheControl = "no-cache, no-store";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.HttpContext.Response.Headers.CacheControl = CacheControl;
            context.HttpContext.Response.Headers.Pragma = "no-cache";
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

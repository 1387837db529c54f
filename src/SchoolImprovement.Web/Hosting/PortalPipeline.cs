using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tenancy;
using Serilog;

namespace SchoolImprovement.Web.Hosting;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Before anything reads the client's address or scheme (ADR 0017).
        app.UsePortalForwardedHeaders();
        app.UsePortalInstanceName(app.Configuration);
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler("/error/500");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TrustResolutionMiddleware>();
        app.UsePortalThrottling();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers();
        return app;
    }
}

using SchoolImprovement.Infrastructure.Pdf;

namespace SchoolImprovement.Web.Features.Committee.Pdf;

public static class PackPdfRegistration
{
    /// <summary>The pack PDF renderer, with the layout module's font start-up check and "pdf-fonts" health check.</summary>
    public static IServiceCollection AddPackPdf(this IServiceCollection services)
    {
        services.AddPdfLayout();
        services.AddSingleton<IPackPdfRenderer, PackPdf>();
        return services;
    }
}

namespace SchoolImprovement.Web.Uploads;

/// <summary>PLACEHOLDER (branch wt-returns): replaced by branch wt-upload's registration, with its options, at merge.</summary>
public static class UploadRegistration
{
    public static IServiceCollection AddDocumentUploads(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<DocumentUploadCheck>();
        return services;
    }
}

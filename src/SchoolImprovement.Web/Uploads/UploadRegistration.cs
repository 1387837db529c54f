namespace SchoolImprovement.Web.Uploads;

public static class UploadRegistration
{
    /// <summary>The checks on uploaded documents (<see cref="DocumentUploadCheck"/>) and their limits from section <c>Uploads</c>.</summary>
    public static IServiceCollection AddDocumentUploads(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions();
        if (options.MaxBytes <= 0 || options.MaxZipEntries <= 0 || options.MaxUncompressedBytes <= 0)
        {
            throw new InvalidOperationException("Uploads:MaxBytes, Uploads:MaxZipEntries and Uploads:MaxUncompressedBytes must be greater than zero.");
        }

        services.AddSingleton(options);
        services.AddSingleton<DocumentUploadCheck>();
        return services;
    }
}

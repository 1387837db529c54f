using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SchoolImprovement.Infrastructure.Storage;

public static class StorageRegistration
{
    /// <summary>The file store (<see cref="LocalFolderFileStore"/> over <c>Storage:Folder</c>) and <see cref="FileUploads"/>.</summary>
    public static IServiceCollection AddPortalFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(options);
        services.AddSingleton<IFileStore>(new LocalFolderFileStore(options));
        services.AddScoped<FileUploads>();
        return services;
    }
}

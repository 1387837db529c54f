
namespace SchoolImprovement.Web.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<EmailOptions>();
            return options.Mode.Equals("Smtp", StringComparison.OrdinalIgnoreCase)
                ? new SmtpEmail(options)
                : new PickupFolderEmail(options);
        });
        // Requests queue mail; the dispatcher delivers it outside them.
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<EmailDeliveryFailures>();
        services.AddSingleton<IPortalEmail>(provider => provider.GetRequiredService<EmailOutbox>());
        services.AddHostedService<EmailDispatcher>();

        services.AddScoped<AccountEmails>();
        return services;
    }
}

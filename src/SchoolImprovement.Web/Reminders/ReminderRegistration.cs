using SchoolImprovement.Infrastructure.Scheduling;

namespace SchoolImprovement.Web.Reminders;

public static class ReminderRegistration
{
    /// <summary>The reminder emails (issue 11): planned and sent by a background sweep on every instance that has it enabled.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        services.AddSingleton(options);
        services.AddScoped<JobLeases>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<ReminderSender>();
        services.AddSingleton<ReminderEmails>();
        services.AddSingleton<ReminderSweep>();
        if (options.Enabled)
        {
            services.AddHostedService<ReminderScheduler>();
        }

        return services;
    }
}

using SchoolImprovement.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await StartupTasks.MigrateAsync(app.Services);
    return;
}

app.UsePortal();
await StartupTasks.RunAsync(app);
await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;

using SchoolImprovement.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();

switch (args.FirstOrDefault())
{
    case "migrate":
        await StartupTasks.MigrateAsync(app.Services);
        return 0;
    case PlatformAdministratorCommand.Name:
        return await PlatformAdministratorCommand.RunAsync(app.Services, args[1..], Console.In, Console.Out);
}

// Outside Development and Testing, refuse to serve with unsafe or missing settings (all listed at once).
if (ProductionConfiguration.Problems(app.Configuration, app.Environment) is { Count: > 0 } problems)
{
    await Console.Error.WriteLineAsync(ProductionConfiguration.Describe(problems, app.Environment));
    return 1;
}

app.UsePortal();
await StartupTasks.RunAsync(app);
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;

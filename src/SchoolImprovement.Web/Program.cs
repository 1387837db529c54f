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

app.UsePortal();
await StartupTasks.RunAsync(app);
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;

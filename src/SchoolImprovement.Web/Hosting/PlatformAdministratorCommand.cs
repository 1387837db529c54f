using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// <c>create-platform-admin EMAIL "FULL NAME"</c>: creates a platform administrator on a fresh
/// installation (demo mode off has no users). The password is read from standard input so it
/// never appears in shell history or the process list. It passes every password rule, as any new
/// password does (<see cref="Security.PortalPasswordValidator"/>: not a common password, no
/// context words such as the administrator's own name).
/// </summary>
public static class PlatformAdministratorCommand
{
    public const string Name = "create-platform-admin";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count < 2)
        {
            await output.WriteLineAsync($"Usage: {Name} EMAIL \"FULL NAME\"   (the password is read from standard input)");
            return 2;
        }

        await StartupTasks.MigrateAsync(services);
        // The line as typed: a password is never trimmed (spaces may be part of it).
        var password = await input.ReadLineAsync() ?? "";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = args[0], Email = args[0], EmailConfirmed = true, DisplayName = args[1], CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, TrustRole.PlatformAdministrator);
        }

        if (!created.Succeeded)
        {
            await output.WriteLineAsync("Not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"Platform administrator {args[0]} created.");
        return 0;
    }
}

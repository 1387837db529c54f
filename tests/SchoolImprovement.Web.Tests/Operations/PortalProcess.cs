using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>Runs the built portal as an operator would: <c>dotnet SchoolImprovement.Web.dll ARGS</c>, with the given environment variables.</summary>
public static partial class PortalProcess
{
    /// <summary>Settings with which a Production start is allowed (ProductionConfiguration); tests take one away at a time.</summary>
    public static Dictionary<string, string?> ProductionSettings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Demo__Enabled"] = "false",
        ["Portal__PublicBaseUrl"] = "https://portal.test.example",
        ["AllowedHosts"] = "portal.test.example",
        ["Email__Mode"] = "Smtp",
        ["Email__SmtpHost"] = "smtp.test.example",
    };

    public static ProcessStartInfo StartInfo(TestDatabase database, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(database);
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [web, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Serilog__WriteTo__0__Args__configure__1__Name"] = "Console";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs a command to its end: its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, string? input, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(database, environment, args))!;
        await process.StandardInput.WriteLineAsync(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{string.Join(' ', args)} did not exit");
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>
    /// Starts the web server on a free loopback port and waits until it listens; the address, or
    /// null when the process exited first (its exit code and output then say why).
    /// </summary>
    public static async Task<Started> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?> environment)
    {
        // A caller may name its own listeners (the two-instance test adds HTTPS); the first http one is the address.
        var settings = new Dictionary<string, string?>(environment) { ["ASPNETCORE_HTTP_PORTS"] = "" };
        settings.TryAdd("ASPNETCORE_URLS", "http://127.0.0.1:0");
        var process = Process.Start(StartInfo(database, settings))!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (ListeningPattern().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Exited += (_, _) => listening.TrySetResult(null);
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited)
        {
            listening.TrySetResult(null);
        }

        var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        if (address is null)
        {
            await process.WaitForExitAsync();
        }

        return new Started(process, address, () => { lock (output) { return output.ToString(); } });
    }

    /// <summary>Kestrel's start line, as text (Development) or as a JSON log event (everywhere else).</summary>
    [GeneratedRegex(@"Now listening on: (http://[^\s""]+)|""address"":""(http://[^""]+)""")]
    private static partial Regex ListeningPattern();

    /// <summary>A started portal process; disposing stops it.</summary>
    public sealed class Started(Process process, string? address, Func<string> output) : IDisposable
    {
        public string? Address { get; } = address;
        public Process Process { get; } = process;
        public string Output => output();

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(TimeSpan.FromSeconds(30));
            }

            Process.Dispose();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// The scale-out topology of scripts/two-instances.sh, for the TwoInstances test: two portal
/// processes (the built assembly, as an operator runs it) on one PostgreSQL database, behind nginx
/// on loopback. nginx terminates TLS (a self-signed certificate made here) and connects to the
/// instances from <see cref="ProxyAddress"/>, the only address they trust forwarded headers from;
/// the test's clients connect from <see cref="ClientAddress"/>, so the address an instance records
/// shows whether it believed the header. Each instance also listens on HTTPS itself, so a page
/// can be asked for directly and compared with the answer through nginx.
/// </summary>
public sealed partial class TwoInstancesTopology : IAsyncDisposable
{
    public static readonly IPAddress ProxyAddress = IPAddress.Parse("127.0.0.2");
    public static readonly IPAddress ClientAddress = IPAddress.Parse("127.0.0.3");
    public const int RevocationSeconds = 2;

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-two-instances-").FullName;
    private readonly X509Certificate2 _certificate;
    private readonly List<PortalProcess.Started> _instances = [];
    private Process? _nginx;

    public TestDatabase Database { get; }
    public string ProxyUrl { get; private set; } = "";
    public IReadOnlyList<PortalProcess.Started> Instances => _instances;
    public IReadOnlyList<string> DirectUrls { get; private set; } = [];

    /// <summary>Each instance's mail pickup folder (the mail it sent, one .eml file a message).</summary>
    public IReadOnlyList<string> MailFolders => [Path.Combine(_folder, "mail-one"), Path.Combine(_folder, "mail-two")];

    private TwoInstancesTopology(TestDatabase database)
    {
        Database = database;
        _certificate = SelfSigned(Path.Combine(_folder, "cert.pem"), Path.Combine(_folder, "key.pem"));
    }

    /// <summary>nginx, or null: skipped locally, a failure under CI=true (CI installs it through scripts/test.sh).</summary>
    public static string Nginx()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists);
        if (nginx is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but nginx is not installed: scripts/test.sh installs it (apt-get install nginx) when run as root.");
            }

            Skip.If(true, "The two-instance test needs nginx (Debian package nginx; scripts/test.sh installs it as root).");
        }

        return nginx!;
    }

    public static async Task<TwoInstancesTopology> StartAsync()
    {
        var nginx = Nginx();
        var topology = new TwoInstancesTopology(TestDatabase.Postgres());
        try
        {
            // Started together: the first migrates and seeds the demo trusts before it listens; the
            // second neither migrates nor seeds (it reads nothing until the first request, sent once both listen).
            var one = topology.StartInstanceAsync("one", first: true);
            var two = topology.StartInstanceAsync("two", first: false);
            topology._instances.AddRange([await one, await two]);
            foreach (var instance in topology._instances)
            {
                Assert.True(instance.Address is not null, $"an instance did not start:{Environment.NewLine}{topology.Logs}");
            }
            topology.DirectUrls = [.. topology._instances.Select(HttpsAddress)];
            await topology.StartNginxAsync(nginx);
            return topology;
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }
    }

    private async Task<PortalProcess.Started> StartInstanceAsync(string name, bool first)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0;https://127.0.0.1:0",
            ["Kestrel__Certificates__Default__Path"] = Path.Combine(_folder, "cert.pem"),
            ["Kestrel__Certificates__Default__KeyPath"] = Path.Combine(_folder, "key.pem"),
            ["Database__MigrateOnStartup"] = first ? "true" : "false",
            ["Demo__Enabled"] = first ? "true" : "false",
            ["Security__RequireMfaForStaff"] = "false",
            ["Security__SessionRevocationSeconds"] = RevocationSeconds.ToString(CultureInfo.InvariantCulture),
            ["ForwardedHeaders__KnownProxies"] = ProxyAddress.ToString(),
            ["Portal__InstanceName"] = name,
            ["Email__PickupFolder"] = Path.Combine(_folder, "mail-" + name),
            // Both instances sweep for reminders every second; the database lease lets one at a time do it (ReminderTwoInstancesTests).
            ["Reminders__Enabled"] = "true",
            ["Reminders__SweepSeconds"] = "1",
            ["Reminders__DigestDay"] = "Monday",
            ["Reminders__DigestFromHour"] = "0",
        };
        var started = await PortalProcess.StartAsync(Database, settings);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (started.Address is not null && HttpsPattern().Match(started.Output) is { Success: false } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return started;
    }

    private static string HttpsAddress(PortalProcess.Started instance) =>
        HttpsPattern().Match(instance.Output) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No HTTPS listener in the instance's output:" + Environment.NewLine + instance.Output);

    private async Task StartNginxAsync(string nginx)
    {
        // A port taken between choosing and binding: choose again (nginx then exits at once).
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var config = Path.Combine(_folder, "nginx.conf");
            await File.WriteAllTextAsync(config, NginxConfig(port));
            var start = new ProcessStartInfo(nginx, ["-p", _folder, "-c", config, "-e", Path.Combine(_folder, "nginx-error.log")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            _nginx = Process.Start(start)!;
            ProxyUrl = $"https://127.0.0.1:{port}";
            if (await ListensAsync(port, _nginx))
            {
                return;
            }

            var why = File.Exists(Path.Combine(_folder, "nginx-error.log")) ? await File.ReadAllTextAsync(Path.Combine(_folder, "nginx-error.log")) : "";
            StopNginx();
            if (attempt == 3)
            {
                throw new InvalidOperationException("nginx did not start: " + why);
            }
        }
    }

    /// <summary>The configuration scripts/two-instances.sh writes too: round robin, a dead instance skipped.</summary>
    private string NginxConfig(int port)
    {
        var upstreams = string.Concat(_instances.Select(i => $"        server {new Uri(i.Address!).Authority} max_fails=1 fail_timeout=30s;\n"));
        var folder = _folder;
        var runAs = Environment.UserName == "root" ? "user root;\n" : "";
        return $$"""
            {{runAs}}daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/nginx-access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream portal {
            {{upstreams}}    }
                server {
                    listen 127.0.0.1:{{port}} ssl;
                    ssl_certificate {{folder}}/cert.pem;
                    ssl_certificate_key {{folder}}/key.pem;
                    location / {
                        proxy_pass http://portal;
                        proxy_bind {{ProxyAddress}};
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_connect_timeout 5s;
                        proxy_next_upstream error timeout http_502 http_503;
                        proxy_next_upstream_tries 2;
                    }
                }
            }
            """;
    }

    /// <summary>A client of nginx or of one instance, connecting from <see cref="ClientAddress"/>, trusting only this topology's certificate.</summary>
    public HttpClient Client(string baseUrl, CookieContainer? jar = null, string? cookieHeader = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = jar is not null,
            CookieContainer = jar ?? new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(ClientAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var thumbprint = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase);
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(1) };
        if (cookieHeader is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        }

        return client;
    }

    public string Logs => string.Join(Environment.NewLine, _instances.Select((i, n) => $"--- instance {n + 1}{Environment.NewLine}{i.Output}"))
        + Environment.NewLine + "--- nginx" + Environment.NewLine + ReadOrEmpty(Path.Combine(_folder, "nginx-error.log"));

    public async ValueTask DisposeAsync()
    {
        StopNginx();
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }

        _certificate.Dispose();
        Database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the temp folder's cleanup.
        }

        await Task.CompletedTask;
    }

    private void StopNginx()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _nginx?.Dispose();
        _nginx = null;
    }

    private static async Task<bool> ListensAsync(int port, Process nginx)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !nginx.HasExited)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    private static X509Certificate2 SelfSigned(string certificatePath, string keyPath)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    /// <summary>Kestrel's HTTPS listener as it logs it (text or JSON).</summary>
    [GeneratedRegex(@"(https://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex HttpsPattern();
}

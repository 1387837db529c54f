using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.FrontEnd;

/// <summary>
/// The files the pages load come with the build, no Node needed: every stylesheet, script and icon
/// the layout names answers 200 with its type, the favicon is a real icon, and wwwroot/lib holds
/// exactly the files package.json pins, licence included (scripts/refresh-frontend.sh).
/// </summary>
public sealed class FrontEndFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_favicon_answers_with_an_icon()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 1, "the icon holds no image");
    }

    [Fact]
    public async Task Every_stylesheet_script_and_icon_of_the_layout_answers_with_its_type_signed_out_and_in()
    {
        using var anonymous = factory.CreateClient();
        using var signedIn = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        foreach (var (client, page) in new[] { (anonymous, "/account/sign-in"), (signedIn, "/dashboard") })
        {
            var document = await client.GetDocumentAsync(page);
            var stylesheets = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            var scripts = document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
            var icons = document.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Contains(stylesheets, h => h.StartsWith("/lib/bootstrap/dist/css/bootstrap.min.css?v=", StringComparison.Ordinal));
            Assert.Contains(scripts, s => s.StartsWith("/lib/bootstrap/dist/js/bootstrap.bundle.min.js?v=", StringComparison.Ordinal));
            Assert.Equal(["/favicon.ico"], icons);

            foreach (var (url, type) in stylesheets.Select(u => (u, "text/css")).Concat(scripts.Select(u => (u, "text/javascript"))).Concat(icons.Select(u => (u, "image/x-icon"))))
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} on {page} answered {response.StatusCode}");
                Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{url} is empty");
            }
        }
    }

    [Fact]
    public void Wwwroot_lib_holds_the_pinned_files_of_package_json_with_their_licence()
    {
        var environment = factory.Services.GetRequiredService<IWebHostEnvironment>();
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(environment.ContentRootPath, "package.json")));
        var dependencies = package.RootElement.GetProperty("dependencies");
        var lib = Path.Combine(environment.WebRootPath, "lib");
        var declared = new List<string>();
        foreach (var library in package.RootElement.GetProperty("wwwrootLib").EnumerateObject())
        {
            Assert.Matches(@"^\d+\.\d+\.\d+$", dependencies.GetProperty(library.Name).GetString());
            var files = library.Value.EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.Contains(files, f => Path.GetFileName(f).StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase));
            declared.AddRange(files.Select(f => Path.Combine(library.Name, f)));
        }

        var present = Directory.GetFiles(lib, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(lib, f));
        Assert.Equal(declared.Order(StringComparer.Ordinal), present.Order(StringComparer.Ordinal));
        var bootstrap = File.ReadAllText(Path.Combine(lib, "bootstrap", "dist", "css", "bootstrap.min.css"));
        Assert.Contains($"Bootstrap  v{dependencies.GetProperty("bootstrap").GetString()}", bootstrap[..200], StringComparison.Ordinal);
    }
}

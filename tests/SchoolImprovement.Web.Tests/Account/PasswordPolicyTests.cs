using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Every new password is checked against the shipped list of common passwords and against context
/// words (portal, trust, the person's name and email), wherever it is chosen: reset, change,
/// invitation, the create-platform-admin command. Passwords are used exactly as typed, never trimmed.
/// </summary>
public sealed partial class PasswordPolicyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IdentityResult> ValidateAsync(PortalUser user, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var validator = scope.ServiceProvider.GetServices<IPasswordValidator<PortalUser>>().OfType<PortalPasswordValidator>().Single();
        return await validator.ValidateAsync(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), user, password);
    }

    private async Task<List<KeyValuePair<string, string>>> ResetFormAsync(HttpClient client, string email)
    {
        var earlier = factory.MessagesTo(email, AccountEmails.ResetSubject);
        using (var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var link = ResetLink().Match(Assert.Single(factory.MessagesTo(email, AccountEmails.ResetSubject).Except(earlier))).Value;
        return await client.FieldsAsync(new Uri(link).PathAndQuery, "/account/reset-password");
    }

    private Task<string?> HashAsync(string email) =>
        factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

    [Fact]
    public void The_shipped_list_holds_at_least_the_ten_thousand_most_common_passwords_compared_ignoring_case()
    {
        var list = factory.Services.GetRequiredService<CommonPasswordList>();
        Assert.True(list.Count >= 10_000, $"{list.Count} passwords");
        Assert.True(list.Contains("password1234"));
        Assert.True(list.Contains("PassWord1234"));
        Assert.True(list.Contains("qwertyuiop123"));
        Assert.False(list.Contains("lantern orchard copper meadow"));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "SchoolImprovement.Web", "Security", "CommonPasswords", "LICENSE.txt")));
    }

    [Theory]
    [InlineData("password1234", PortalPasswordValidator.Common)]
    [InlineData("PASSWORD-1234", PortalPasswordValidator.Common)]
    [InlineData("my school improvement portal", PortalPasswordValidator.PortalName)]
    [InlineData("SchoolImprovement!!2026", PortalPasswordValidator.PortalName)]
    [InlineData("the PORTAL is mine 2026", PortalPasswordValidator.PortalName)]
    [InlineData("Priya Ramaswamy in spring", PortalPasswordValidator.OwnName)]
    [InlineData("ramaswamy1985 forever", PortalPasswordValidator.OwnName)]
    [InlineData("p.ramaswamy.home the best", PortalPasswordValidator.OwnEmail)]
    [InlineData("Derby is a fine city indeed", PortalPasswordValidator.TrustName)]
    [InlineData("my diocesan password!", PortalPasswordValidator.TrustName)]
    public async Task A_common_password_or_one_with_a_context_word_is_refused_with_a_clear_message(string password, string message)
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var user = new PortalUser { UserName = "p.ramaswamy.home@ddat.example", Email = "p.ramaswamy.home@ddat.example", DisplayName = "Priya Ramaswamy", TrustId = ddat };

        var result = await ValidateAsync(user, password);

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Errors.Select(e => e.Description));
    }

    [Theory]
    [InlineData("lantern orchard copper meadow")]
    [InlineData("  spaces at both ends matter  ")]
    [InlineData("Al and Bo went to sea in 2026")]
    [InlineData("I trust this academy with my lantern")]
    public async Task A_long_uncommon_password_without_context_words_is_accepted(string password)
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var user = new PortalUser { UserName = "al@ddat.example", Email = "al@ddat.example", DisplayName = "Al Bo", TrustId = ddat };

        Assert.True((await ValidateAsync(user, password)).Succeeded);
    }

    [Fact]
    public async Task A_common_password_or_the_trusts_name_is_refused_on_reset_and_changes_nothing()
    {
        const string email = "officer@ddat.example";
        var before = await HashAsync(email);
        var client = factory.CreateClient();
        var fields = await ResetFormAsync(client, email);

        using var common = await client.SubmitAsync("/account/reset-password", fields.With("Password", "password1234").With("ConfirmPassword", "password1234"));
        using var trust = await client.SubmitAsync("/account/reset-password", fields.With("Password", "the derby dales walk 77").With("ConfirmPassword", "the derby dales walk 77"));

        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.Contains(PortalPasswordValidator.Common, (await common.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Contains(PortalPasswordValidator.TrustName, (await trust.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("the derby dales walk 77", await trust.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HashAsync(email));
    }

    [Fact]
    public async Task A_reset_password_is_used_exactly_as_typed_never_trimmed()
    {
        const string email = "director.of.learning@vine.example";
        const string padded = "  lantern orchard copper meadow  ";
        var client = factory.CreateClient();
        var fields = await ResetFormAsync(client, email);

        using var reset = await client.SubmitAsync("/account/reset-password", fields.With("Password", padded).With("ConfirmPassword", padded));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var trimmed = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = padded.Trim() });
        Assert.Equal(HttpStatusCode.OK, trimmed.StatusCode);
        using var exact = await factory.SignedInAsync(email, padded);
    }

    [Fact]
    public async Task The_create_platform_admin_command_refuses_a_common_password_and_creates_nobody()
    {
        using var output = new StringWriter();
        var exit = await PlatformAdministratorCommand.RunAsync(factory.Services, ["ops.lead@portal.example", "Operations Lead"], new StringReader("password1234\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains(PortalPasswordValidator.Common, output.ToString(), StringComparison.Ordinal);
        Assert.False(await factory.WithoutTrustAsync(db => db.Users.AnyAsync(u => u.Email == "ops.lead@portal.example")));

        using var named = new StringWriter();
        Assert.Equal(1, await PlatformAdministratorCommand.RunAsync(factory.Services, ["ops.lead@portal.example", "Operations Lead"], new StringReader("operations are my whole life\n"), named));
        Assert.Contains(PortalPasswordValidator.OwnName, named.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+reset-password\S+")]
    private static partial Regex ResetLink();
}

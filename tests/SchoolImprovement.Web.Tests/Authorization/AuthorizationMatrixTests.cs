using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Authorization;

public sealed class AuthorizationMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_controller_action_is_in_the_matrix()
    {
        var actions = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(Controller).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
                .SelectMany(m => (m.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods).DefaultIfEmpty("GET"))
                    .Select(verb => $"{c.Name[..^"Controller".Length]}.{m.Name} {verb}")))
            .ToHashSet();
        var listed = AuthorizationMatrix.Rows.Select(r => $"{r.Action} {r.Method}").ToHashSet();

        Assert.Empty(actions.Except(listed));
        Assert.Empty(listed.Except(actions));
    }

    [Fact]
    public async Task Every_role_gets_the_expected_status_for_every_action_and_target()
    {
        var targets = await TargetsAsync();
        var failures = new List<string>();
        for (var column = 0; column < AuthorizationMatrix.Columns.Count; column++)
        {
            var role = AuthorizationMatrix.Columns[column];
            using var client = await ClientForAsync(role);
            foreach (var row in AuthorizationMatrix.Rows)
            {
                var expected = AuthorizationMatrix.Cells(row)[column].Split('/');
                var urls = row.Target switch
                {
                    Target.School => [row.Url.Replace("{id}", targets.OwnSchool), row.Url.Replace("{id}", targets.OtherSchool), row.Url.Replace("{id}", targets.OtherTrustSchool)],
                    Target.User => [row.Url.Replace("{id}", targets.OwnTrustUser), row.Url.Replace("{id}", targets.OtherTrustUser)],
                    Target.Action => [.. targets.Actions.Select(id => row.Url.Replace("{id}", id))],
                    Target.Categorisation => [.. targets.Categorisations.Select(id => row.Url.Replace("{id}", id))],
                    _ => new[] { row.Url },
                };
                Assert.Equal(urls.Length, expected.Length);
                for (var i = 0; i < urls.Length; i++)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(row.Method), urls[i]);
                    if (row.Method == "POST")
                    {
                        request.Content = new FormUrlEncodedContent([]);
                    }

                    using var response = await client.SendAsync(request);
                    if (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) != expected[i])
                    {
                        failures.Add($"{role} {row.Method} {urls[i]} ({row.Action}): expected {expected[i]}, got {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<HttpClient> ClientForAsync(string role) => role switch
    {
        AuthorizationMatrix.Anonymous => factory.CreateClient(),
        TrustRole.PlatformAdministrator => await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail),
        _ => await factory.SignedInAsAsync(role, Browsing.Ddat),
    };

    private sealed record Targets(string OwnSchool, string OtherSchool, string OtherTrustSchool, string OwnTrustUser, string OtherTrustUser, string[] Actions, string[] Categorisations);

    private async Task<Targets> TargetsAsync()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        var vine = await factory.TrustIdAsync("Vine");
        Guid own = default, other = default, otherTrust = default;
        await factory.InTrustAsync(ddat, async db =>
        {
            own = await db.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync();
            other = await db.Schools.Where(s => s.Urn == 190010).Select(s => s.Id).SingleAsync();
        });
        await factory.InTrustAsync(vine, async db => otherTrust = await db.Schools.Where(s => s.Urn == 290001).Select(s => s.Id).SingleAsync());
        var ownUser = await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == "trustee@ddat.example").Select(u => u.Id).SingleAsync());
        var otherUser = await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == "trustee@vine.example").Select(u => u.Id).SingleAsync());
        var actions = new[] { await ActionAsync(ddat, own), await ActionAsync(ddat, other), await ActionAsync(vine, otherTrust) };
        var proposals = new[] { await ProposalAsync(ddat, own), await ProposalAsync(ddat, other), await ProposalAsync(vine, otherTrust) };
        return new Targets(own.ToString(), other.ToString(), otherTrust.ToString(), ownUser.ToString(), otherUser.ToString(), actions, proposals);
    }

    private async Task<string> ActionAsync(Guid trust, Guid school)
    {
        var action = ImprovementAction.Create(school, "Matrix action", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2099, 1, 1), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);
        await factory.InTrustAsync(trust, async db =>
        {
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        return action.Id.ToString();
    }

    private async Task<string> ProposalAsync(Guid trust, Guid school)
    {
        SchoolCategorisation proposal = null!;
        await factory.InTrustAsync(trust, async db =>
        {
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            proposal = SchoolCategorisation.Propose(school, "Developing", "Matrix", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, "Developing", "Notes"))], scheme, Guid.NewGuid(), DateTimeOffset.UtcNow);
            db.Categorisations.Add(proposal);
            await db.SaveChangesAsync();
        });
        return proposal.Id.ToString();
    }
}

using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Schools;

/// <summary>
/// The school search and the audit trail's person filter behave the same on SQLite and PostgreSQL
/// (where LIKE is case-sensitive): case-insensitive, and what the user types is literal text, so a
/// % or _ is not a wildcard. Runs on both providers (the two classes at the end of this file).
/// </summary>
public abstract class SchoolSearchTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const string Aldgate = "The Aldgate School";
    private const string Percent = "The 100% Inclusion Academy";
    private const string Auditor = "Ada Aldgate-Brown";

    private PortalFactory Portal => fixture.Portal;

    [SkippableTheory]
    [InlineData("aldgate")]
    [InlineData("ALDGATE")]
    [InlineData("The aldGATE")]
    public async Task The_school_search_ignores_case(string typed)
    {
        await SchoolsAsync();
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var names = await SchoolNamesAsync(ceo, typed);

        Assert.Equal([Aldgate], names);
    }

    [SkippableTheory]
    [InlineData("%")]
    [InlineData("100%")]
    public async Task A_typed_percent_sign_is_a_character_not_a_wildcard(string typed)
    {
        await SchoolsAsync();
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        Assert.Equal([Percent], await SchoolNamesAsync(ceo, typed));
    }

    [SkippableTheory]
    [InlineData("_")]
    [InlineData("Ald_ate")]
    public async Task A_typed_underscore_is_a_character_not_a_wildcard(string typed)
    {
        await SchoolsAsync();
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var response = await ceo.GetAsync($"/schools?Search={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("No schools match.", page.Text(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("aldgate-brown")]
    [InlineData("ALDGATE")]
    public async Task The_audit_trails_person_filter_ignores_case(string typed)
    {
        var changed = await AuditedChangeAsync();
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var rows = await AuditRowsAsync(ceo, typed);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(Auditor, r.Who));
        Assert.Contains(rows, r => r.Record.Contains(changed.ToString(), StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("Ada%Brown")]
    public async Task The_audit_trails_person_filter_takes_percent_and_underscore_literally(string typed)
    {
        await AuditedChangeAsync();
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        Assert.Empty(await AuditRowsAsync(ceo, typed));
    }

    /// <summary>Adds the two named schools to DDAT once (the fixture is shared by the class).</summary>
    private async Task SchoolsAsync()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        await Portal.InTrustAsync(ddat, async db =>
        {
            foreach (var (urn, name) in new[] { (188801, Aldgate), (188802, Percent) })
            {
                if (!db.Schools.Any(s => s.Urn == urn))
                {
                    db.Schools.Add(new School(new SchoolDetails(urn, name, "Secondary", "Academy converter", "Derby", null, null, 900, new DateOnly(2024, 9, 1))));
                }
            }

            await db.SaveChangesAsync();
        });
    }

    /// <summary>A school changed by <see cref="Auditor"/>, so the trail has rows with that person; the school's id.</summary>
    private async Task<Guid> AuditedChangeAsync()
    {
        var ddat = await Portal.TrustIdAsync("Derby");
        await using var scope = Portal.Services.CreateTrustScope(ddat, Auditor);
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>();
        var school = db.Schools.Single(s => s.Urn == 190009);
        school.Update(new SchoolDetails(school.Urn, school.Name, school.Phase, school.EstablishmentType, school.LocalAuthority, school.ChurchDesignation, school.Diocese, (school.Pupils ?? 0) + 1, school.DateJoined));
        await db.SaveChangesAsync();
        return school.Id;
    }

    private static async Task<List<string>> SchoolNamesAsync(HttpClient client, string typed)
    {
        using var response = await client.GetAsync($"/schools?Search={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        return [.. page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];
    }

    private static async Task<List<(string Who, string Record)>> AuditRowsAsync(HttpClient client, string actor)
    {
        using var response = await client.GetAsync($"/audit?Actor={Uri.EscapeDataString(actor)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        return [.. page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").ToList())
            .Select(cells => (cells[1].TextContent.Trim(), cells[2].TextContent))];
    }
}

public sealed class SqliteSchoolSearchTests(SqlitePortal fixture) : SchoolSearchTests<SqlitePortal>(fixture);

public sealed class PostgresSchoolSearchTests(PostgresPortal fixture) : SchoolSearchTests<PostgresPortal>(fixture);

using System.Net;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>Reads the audit trail's table rows (never the filter form, which lists every record type).</summary>
public static class AuditPages
{
    public sealed record Row(string When, string Who, string Type, string Id, string Action, string Changes);

    public static async Task<List<Row>> RowsAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        return [.. page.QuerySelectorAll("table tbody tr").Select(tr => tr.QuerySelectorAll("td").ToList()).Select(td => new Row(
            td[0].TextContent.Trim(),
            td[1].TextContent.Trim(),
            td[2].ChildNodes.OfType<AngleSharp.Dom.IText>().First().Text.Trim(),
            td[2].QuerySelector("span")!.TextContent.Trim(),
            td[3].TextContent.Trim(),
            td[4].TextContent))];
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Returned documents made directly (through the portal's own FileUploads), for tests of the returns screens.</summary>
public static class ReturnsTestData
{
    /// <summary>A minimal PDF header, enough for a placeholder or a check by magic bytes.</summary>
    public static byte[] Pdf(string text = "SEF") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public static async Task<Guid> AddVersionAsync(
        PortalFactory portal, Guid trust, Guid school, Guid uploader, ReturnDocument document, int year, Term term, int number = 1, string name = "return.pdf")
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, uploader, "returns test");
        var file = await scope.ServiceProvider.GetRequiredService<FileUploads>()
            .SaveAsync(new MemoryStream(Pdf(document.ToString())), name, "application/pdf", CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = new ReturnVersion(school, document, new AcademicYear(year), term, number, file.Id, uploader, DateTimeOffset.UtcNow, null);
        db.ReturnVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    public static Task<ReturnVersion?> VersionAsync(PortalFactory portal, Guid trust, Guid id)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.InTrustAsync(trust, db => db.ReturnVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id));
    }
}
